"""Which link targets a release may carry: web, mail and phone links only (no javascript:, file:, data:)."""

from __future__ import annotations

import re

SAFE_SCHEMES = ("http", "https", "mailto", "tel")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):")
# Characters browsers strip or ignore inside a URL, used to smuggle "java\tscript:" past naive checks.
_INVISIBLE = re.compile("[\x00-\x20\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]")


def safe_href(value: str) -> str | None:
    """The link target cleaned of surrounding space, or None if its scheme is not one a reader may follow.

    Relative and scheme-less targets are refused too: a release travels as a file, so they would point nowhere.
    """
    href = value.strip()
    if not href or _INVISIBLE.search(href):
        return None
    match = _SCHEME.match(href)
    if match is None or match.group(1).lower() not in SAFE_SCHEMES:
        return None
    rest = href[match.end() :]
    if match.group(1).lower() in ("http", "https"):
        if not rest.startswith("//") or len(rest) <= 2:
            return None
    elif not rest:
        return None
    return href


def is_safe_href(value: str) -> bool:
    """`value` is a link the exports may write (see `safe_href`)."""
    return safe_href(value) is not None


_HOST = re.compile(r"^[\w-]+(\.[\w-]+)+(:\d+)?([/?#]\S*)?$")
_MAIL = re.compile(r"^[^@\s/]+@[\w-]+(\.[\w-]+)+$")


def suggested_href(value: str) -> str | None:
    """What a scheme-less address most likely means: `www.example.tw` → `https://…`, `a@b.tw` → `mailto:…`."""
    raw = value.strip()
    if not raw or "://" in raw or safe_href(raw) is not None or raw.lower().startswith(("javascript:", "data:")):
        return None
    if _MAIL.match(raw):
        return safe_href(f"mailto:{raw}")
    if _HOST.match(raw):
        return safe_href(f"https://{raw}")
    return None
