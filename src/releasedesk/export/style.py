"""The house style: one template for every format — page, margins, fonts per script, type sizes, heading and quote
style, colours and logo, all in one place.

An agency changes its look here (or in a TOML file read by `load_template`, `--pdf-template`), never in a writer.
Writers read the decisions that are not about one medium from here, so they agree: headings in the heading family
(sans), quotations upright (CJK type has no italic, and a slanted Chinese paragraph reads poorly), colours.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeAlias

from releasedesk.errors import ExportError

if TYPE_CHECKING:
    from releasedesk.model.release import Lang

PageSizeName: TypeAlias = Literal["A4", "Letter"]
_MM = 72 / 25.4
PAGE_SIZES: dict[str, tuple[float, float]] = {"A4": (595.2755905511812, 841.8897637795277), "Letter": (612.0, 792.0)}
"""Points, as reportlab's A4 and LETTER (kept here so the house style does not import reportlab)."""
_HEX = re.compile(r"^#[0-9A-Fa-f]{6}$")


@dataclass(frozen=True)
class FontConfig:
    """Font families by role. Latin faces come first in every chain, then CJK, then the fallbacks."""

    serif: str = "Liberation Serif"
    """Latin body text."""
    sans: str = "Liberation Sans"
    """Latin letterhead, meta block, headline, headings and footer."""
    cjk: str = "TW-Sung"
    """Chinese everywhere (全字庫正宋體); bold is synthetic when the family has no bold face."""
    cjk_fallbacks: tuple[str, ...] = ("AR PL UMing TW", "TW-Sung-Ext-B", "TW-Sung-Plus")
    """Tried in order for characters the main CJK font lacks (rare and Ext-B ideographs)."""
    symbol_fallbacks: tuple[str, ...] = ("DejaVu Sans",)
    """Last resort for symbols (arrows, check marks, shapes)."""

    def families(self) -> tuple[str, ...]:
        return (self.serif, self.sans, self.cjk, *self.cjk_fallbacks, *self.symbol_fallbacks)

    def chain(self, latin: str) -> tuple[str, ...]:
        return (latin, self.cjk, *self.cjk_fallbacks, *self.symbol_fallbacks)


HeadingFamily = Literal["serif", "sans"]
StampPlace = Literal["meta", "end"]
STAMP_PLACES: tuple[str, ...] = ("meta", "end")


@dataclass(frozen=True)
class HouseStyle:
    """Everything about how a release looks, in every format; sizes in points unless named `_mm`."""

    page_size: PageSizeName = "A4"
    margin_top_mm: float = 18
    margin_bottom_mm: float = 22
    margin_left_mm: float = 22
    margin_right_mm: float = 22
    fonts: FontConfig = field(default_factory=FontConfig)

    body_size: float = 10.5
    body_leading: float = 16
    body_leading_zh: float = 18
    """Chinese reads better with looser leading than Latin at the same size."""
    paragraph_space: float = 7
    headline_size: float = 19
    headline_leading: float = 25
    subheadline_size: float = 12.5
    heading_sizes: tuple[float, float, float] = (13.5, 12, 11)
    meta_size: float = 9
    footer_size: float = 8
    quote_indent_mm: float = 8
    list_indent_mm: float = 6.5
    contact_columns: int = 2
    """Media contacts side by side, this many to a row (fewer when there are fewer contacts), in every format."""

    accent_color: str = "#1F3A5F"
    """Letterhead rule, release line and headings."""
    text_color: str = "#1A1A1A"
    muted_color: str = "#5F6670"
    link_color: str = "#1B4F9C"
    watermark_color: str = "#C8102E"
    watermark_opacity: float = 0.11

    logo_path: str | None = None
    """The agency's logo (PNG/JPEG) when the release carries none of its own."""
    logo_height_mm: float = 15
    heading_family: HeadingFamily = "sans"
    """Headline, subheadline and headings: the same family in every format."""
    quote_italic: bool = False
    """Quotations are indented, muted and barred, not slanted (a slanted Chinese paragraph reads poorly)."""
    subheadline_italic: bool = True
    """Latin subheadlines only; Chinese stays upright."""
    stamp_place: StampPlace = "meta"
    """Where an approved copy's stamp line goes in every format: `meta`, a small line under the meta block (first
    page, above the headline); `end`, the last line of each language section (after the media contacts)."""
    stamp_zh: str = ""
    """The Chinese stamp's wording with `{approver}`, `{time}`, `{fingerprint}`; empty: plan/approval.py's default."""
    stamp_en: str = ""
    """The English stamp's wording, the same placeholders; empty: the default."""

    @property
    def house(self) -> HouseStyle:
        return self

    @property
    def page_size_points(self) -> tuple[float, float]:
        return PAGE_SIZES[self.page_size]

    @property
    def margins(self) -> tuple[float, float, float, float]:
        """(top, right, bottom, left) in points."""
        return (
            self.margin_top_mm * _MM,
            self.margin_right_mm * _MM,
            self.margin_bottom_mm * _MM,
            self.margin_left_mm * _MM,
        )

    @property
    def column_width(self) -> float:
        _top, right, _bottom, left = self.margins
        return self.page_size_points[0] - left - right


PdfTemplate = HouseStyle
"""The name the PDF options and `--pdf-template` have always used."""
DEFAULT_TEMPLATE = HouseStyle()


_COUNTS = frozenset({"contact_columns"})
"""Settings that are whole numbers (the other numbers are sizes: a template's 30 means 30.0)."""


def _coerce(name: str, value: Any, current: Any, *, whole: bool = False) -> Any:
    """`value` as the setting's type: tuples from lists, numbers as floats (`whole`: as ints, for counts)."""
    if isinstance(current, tuple):
        if not isinstance(value, list):
            raise ExportError(f"PDF template: {name} must be a list")
        return tuple(value)
    if isinstance(current, bool) or not isinstance(current, int | float):
        return value
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ExportError(f"PDF template: {name} must be a number")
    if whole:
        if not float(value).is_integer():
            raise ExportError(f"PDF template: {name} must be a whole number")
        return int(value)
    return float(value)


def template_from_dict(data: dict[str, Any], base: HouseStyle = DEFAULT_TEMPLATE) -> HouseStyle:
    """A template with the given keys changed; unknown keys are errors (a typo must not pass silently)."""
    known = {f.name for f in fields(HouseStyle)}
    changes: dict[str, Any] = {}
    for key, value in data.items():
        if key == "fonts":
            if not isinstance(value, dict):
                raise ExportError("PDF template: [fonts] must be a table")
            font_known = {f.name for f in fields(FontConfig)}
            unknown = set(value) - font_known
            if unknown:
                raise ExportError(f"PDF template: unknown font setting(s): {', '.join(sorted(unknown))}")
            fonts = {k: _coerce(f"fonts.{k}", v, getattr(base.fonts, k)) for k, v in value.items()}
            changes["fonts"] = replace(base.fonts, **fonts)
        elif key not in known:
            raise ExportError(f"PDF template: unknown setting {key!r}")
        else:
            changes[key] = _coerce(key, value, getattr(base, key), whole=key in _COUNTS)
    for key, value in changes.items():
        if key.endswith("_color") and (not isinstance(value, str) or not _HEX.match(value)):
            raise ExportError(f'PDF template: {key} must be a colour like "#1F3A5F", not {value!r}')
    if changes.get("stamp_place", base.stamp_place) not in STAMP_PLACES:
        raise ExportError(f"PDF template: stamp_place must be one of {', '.join(STAMP_PLACES)}")
    for key in ("stamp_zh", "stamp_en"):
        if key in changes:
            _check_stamp_wording(key, changes[key])
    if not 1 <= changes.get("contact_columns", base.contact_columns) <= 4:
        raise ExportError("PDF template: contact_columns must be 1, 2, 3 or 4")
    if changes.get("page_size", base.page_size) not in PAGE_SIZES:
        raise ExportError(f"PDF template: page_size must be one of {', '.join(PAGE_SIZES)}")
    return replace(base, **changes)


def _check_stamp_wording(key: str, wording: Any) -> None:
    """A wording with an unknown placeholder would fail at export time: refuse it when the template is read."""
    if not isinstance(wording, str):
        raise ExportError(f"PDF template: {key} must be text")
    try:
        wording.format(approver="", time="", fingerprint="")
    except (KeyError, IndexError, ValueError) as error:
        raise ExportError(
            f"PDF template: {key} may use only {{approver}}, {{time}} and {{fingerprint}} ({error})"
        ) from error


def stamp_formats(style: HouseStyle) -> dict[Lang, str] | None:
    """The template's stamp wording per language for build_plan; None when it keeps the defaults."""
    formats: dict[Lang, str] = {}
    if style.stamp_zh:
        formats["zh-TW"] = style.stamp_zh
    if style.stamp_en:
        formats["en"] = style.stamp_en
    return formats or None


def load_template(path: Path | str) -> HouseStyle:
    """Read an agency's template from TOML: any subset of PdfTemplate's fields, fonts under [fonts]."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ExportError(f"{path}: cannot read the PDF template ({error.strerror or error})") from error
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ExportError(f"{path}: not a valid TOML template ({error})") from error
    return template_from_dict(data)


TEMPLATE_FILE_NAME = "pdf-template.toml"
_LOADED: dict[Path, tuple[tuple[int, int], HouseStyle]] = {}


def agency_template_path() -> Path:
    """Where an agency's own template lives: `$XDG_CONFIG_HOME/releasedesk/pdf-template.toml`."""
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "releasedesk" / TEMPLATE_FILE_NAME


def current_template() -> HouseStyle:
    """The agency's template when that file exists (re-read when it changes), otherwise DEFAULT_TEMPLATE.

    A broken file is an error, not a silent fallback to the default look.
    """
    path = agency_template_path()
    try:
        status = path.stat()
    except OSError:
        return DEFAULT_TEMPLATE
    stamp = (status.st_mtime_ns, status.st_size)
    cached = _LOADED.get(path)
    if cached is None or cached[0] != stamp:
        cached = _LOADED[path] = (stamp, load_template(path))
    return cached[1]
