"""Compare places (`headline (en)`, `body (zh-TW) block 3 (inserted)`) in the interface language."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication


def _words() -> dict[str, str]:
    return {
        "agency": QCoreApplication.translate("ComparePlace", "agency"),
        "unit": QCoreApplication.translate("ComparePlace", "unit"),
        "dateline": QCoreApplication.translate("ComparePlace", "dateline"),
        "end_mark": QCoreApplication.translate("ComparePlace", "end mark"),
        "number": QCoreApplication.translate("ComparePlace", "number"),
        "issued_at": QCoreApplication.translate("ComparePlace", "date"),
        "embargo_until": QCoreApplication.translate("ComparePlace", "embargo"),
        "headline": QCoreApplication.translate("ComparePlace", "headline"),
        "subheadline": QCoreApplication.translate("ComparePlace", "subheadline"),
        "boilerplate": QCoreApplication.translate("ComparePlace", "boilerplate"),
        "body": QCoreApplication.translate("ComparePlace", "body"),
        "block": QCoreApplication.translate("ComparePlace", "block"),
        "contact": QCoreApplication.translate("ComparePlace", "contact"),
        "image": QCoreApplication.translate("ComparePlace", "image"),
        "logo": QCoreApplication.translate("ComparePlace", "logo"),
        "text": QCoreApplication.translate("ComparePlace", "text"),
        "(zh-TW)": QCoreApplication.translate("ComparePlace", "(Chinese)"),
        "(en)": QCoreApplication.translate("ComparePlace", "(English)"),
        "(inserted)": QCoreApplication.translate("ComparePlace", "(inserted)"),
        "(deleted)": QCoreApplication.translate("ComparePlace", "(deleted)"),
        "(formatting)": QCoreApplication.translate("ComparePlace", "(formatting)"),
    }


_TOKEN = re.compile(r"\([a-zA-Z-]+\)|[a-z_]+")


def place_label(place: str) -> str:
    """A change's place (`headline (en)`, `body (zh-TW) block 3`) in the interface language."""
    words = _words()
    return _TOKEN.sub(lambda match: words.get(match.group(0), match.group(0)), place)
