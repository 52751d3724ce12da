"""The letterhead logo as a plan image: read once, when the plan is built, so no writer opens files."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from releasedesk.errors import ExportError
from releasedesk.export.plan.values import PlanImage

if TYPE_CHECKING:
    from releasedesk.export.style import HouseStyle


def logo_image(style: HouseStyle) -> PlanImage | None:
    """The house style's logo file, for releases without their own; unreadable is an error, not a silent gap."""
    return logo_file(style.logo_path)


def logo_file(path: str | None) -> PlanImage | None:
    """A logo file as plan image (PNG or JPEG), None when no path is set; unreadable raises ExportError."""
    if not path:
        return None
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise ExportError(f"PDF template logo {path}: cannot be read ({error.strerror or error})") from error
    kind = "image/png" if data.startswith(b"\x89PNG") else "image/jpeg" if data.startswith(b"\xff\xd8") else None
    if kind is None:
        raise ExportError(f"PDF template logo {path}: not an image (use PNG or JPEG)")
    return PlanImage(data, kind)
