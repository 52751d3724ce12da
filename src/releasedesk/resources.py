"""Where the bundled resources (samples, schema, translations, icons) are, installed or in a checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGED = Path(__file__).resolve().parent / "_resources"
_CHECKOUT = Path(__file__).resolve().parents[2] / "resources"


def resources_dir() -> Path:
    """The resources folder: inside the installed package, else the checkout's."""
    return _PACKAGED if _PACKAGED.is_dir() else _CHECKOUT


def resource(*parts: str) -> Path:
    """A path inside the resources folder."""
    return resources_dir().joinpath(*parts)
