"""Plan → the XML of content.xml's body and automatic styles, and the master pages of styles.xml.

Every run is a span whose automatic style carries its marks and the font its script needs: Latin runs take the
Latin face for Asian-classed characters too (curly quotes beside Latin names), CJK runs the CJK face for
Western-classed ones, so LibreOffice draws each character in the script the plan decided.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from releasedesk.export.odt.contacts import STYLES as CONTACT_STYLES
from releasedesk.export.odt.contacts import contacts_xml
from releasedesk.export.odt.letterhead import STYLES as LETTERHEAD_STYLES
from releasedesk.export.odt.letterhead import letterhead_xml
from releasedesk.export.odt.styles import LIST_STYLE, paragraph_styles
from releasedesk.export.odt.table import STYLES as TABLE_STYLES
from releasedesk.export.odt.table import table_xml
from releasedesk.export.odt.xmltext import attr, odf_text
from releasedesk.export.plan.lists import list_runs
from releasedesk.export.plan.values import (
    FigureBlock,
    HeadingBlock,
    Line,
    ListItemBlock,
    PageField,
    ParagraphBlock,
    Plan,
    PlanBlock,
    PlanImage,
    PlanRun,
    QuoteBlock,
    Section,
    TableBlock,
)

if TYPE_CHECKING:
    from releasedesk.export.house import WriterStyle

AddPicture = Callable[[PlanImage], str]
"""Stores an image in the package and returns its path there (`Pictures/…`)."""


@dataclass
class _AutoStyles:
    """Automatic styles made on demand, each once."""

    style: WriterStyle
    prefix: str = "T"
    text: dict[tuple[bool, bool, bool, str, str], str] = field(default_factory=dict)
    xml: list[str] = field(default_factory=list)

    def run_style(self, run: PlanRun, latin: str) -> str:
        bold, italic, underline, script = run.bold, run.italic, run.underline, run.script
        key = (bold, italic, underline, script, latin)
        if key not in self.text:
            name = f"{self.prefix}{len(self.text) + 1}"
            self.text[key] = name
            s = self.style
            props = [f"style:font-name-asian={attr(latin)}" if script == "latin" else f"style:font-name={attr(s.cjk)}"]
            if bold:
                props += ['fo:font-weight="bold"', 'style:font-weight-asian="bold"']
            if italic:
                props += ['fo:font-style="italic"', 'style:font-style-asian="italic"']
            if underline:
                props += ['style:text-underline-style="solid"', 'style:text-underline-width="auto"']
                props += ['style:text-underline-color="font-color"']
            self.xml.append(
                f'<style:style style:name="{name}" style:family="text">'
                f"<style:text-properties {' '.join(props)}/></style:style>"
            )
        return self.text[key]


_SANS_STYLES = frozenset(
    {"ReleaseAgency", "ReleaseAgencyOther", "ReleaseNewsLabel", "ReleaseLine", "ReleaseMeta", "ReleaseHeadline"}
    | {"ReleaseHeading1", "ReleaseHeading2", "ReleaseHeading3", "ReleaseAsideHeading", "ReleaseContactsHeading"}
)


_OWN_LEADING = frozenset({"ReleaseLetterheadLogo", "ReleaseLetterheadRule", "ReleaseFooter"})
"""Styles whose line height is their own in every language."""
_SCALED_LEADING = {"ReleaseContactName": "contact_name", "ReleaseContactLine": "contact_detail"}
"""Styles whose leading is the body's scaled to their size (the PDF's rule), by role: English scales its own."""
_ODF_ALIGN = {"left": "start", "right": "end", "center": "center", "justify": "justify"}


class OdtBody:
    """Turns a plan's sections into ODT body content, collecting the automatic styles it needs."""

    def __init__(self, plan: Plan, style: WriterStyle, add_picture: AddPicture) -> None:
        self.plan, self.style, self.add_picture = plan, style, add_picture
        self.auto = _AutoStyles(style)
        self.page_auto = _AutoStyles(style, prefix="MT")
        """Header and footer live in styles.xml and may only use styles defined there."""
        self.first_styles: list[str] = []
        self.frames = 0
        self.tables = 0
        self.english = False
        """Inside an English section: its paragraphs take the English variant of their style (`_english`)."""
        self.english_styles: dict[str, str] = {}
        self.named = frozenset(paragraph.name for paragraph in paragraph_styles(style))

    def runs(self, line: Line, paragraph_style: str) -> str:
        latin = self.style.sans if paragraph_style in _SANS_STYLES else self.style.serif
        out: list[str] = []
        index = 0
        while index < len(line):
            href = line[index].href
            stop = index + 1
            while stop < len(line) and line[stop].href == href:
                stop += 1
            spans = "".join(
                f'<text:span text:style-name="{self.auto.run_style(run, latin)}">{odf_text(run.text)}</text:span>'
                for run in line[index:stop]
            )
            if href is None:
                out.append(spans)
            else:
                out.append(
                    f'<text:a xlink:type="simple" xlink:href={attr(href)} text:style-name="ReleaseLink"'
                    f' text:visited-style-name="ReleaseLink">{spans}</text:a>'
                )
            index = stop
        return "".join(out)

    def paragraph(self, style: str, line: Line, *, prefix: str = "", tag: str = "text:p", extra: str = "") -> str:
        name = self._english(style) if self.english else style
        return f'<{tag} text:style-name="{name}"{extra}>{prefix}{self.runs(line, style)}</{tag}>'

    def _english(self, style: str) -> str:
        """The automatic English variant of a named style: the role table's English leading and body alignment.

        The named styles carry the Chinese section's (the justified body, the looser leading); LibreOffice still
        shows the named style, as for any paragraph with direct formatting."""
        if style in _OWN_LEADING or style not in self.named:  # an automatic style cannot be another's parent
            return style
        if style not in self.english_styles:
            en = self.style.role_tables()[0]
            name = f"En{style}"  # not "Release…": readers walk up to the named style
            leading = en.leading(getattr(en, _SCALED_LEADING[style])) if style in _SCALED_LEADING else en.body_leading
            props = f'style:line-height-at-least="{round(leading, 2)}pt"'
            if style == "ReleaseBody":
                props += f' fo:text-align="{_ODF_ALIGN[en.body.align]}"'
            self.english_styles[style] = name
            self.auto.xml.append(
                f'<style:style style:name="{name}" style:family="paragraph" style:parent-style-name="{style}">'
                f"<style:paragraph-properties {props}/></style:style>"
            )
        return self.english_styles[style]

    def figure(self, block: FigureBlock) -> list[str]:
        out: list[str] = []
        if block.image is None:
            out.append(f'<text:p text:style-name="ReleaseMissingImage">{odf_text(block.placeholder)}</text:p>')
        else:
            out.append(f'<text:p text:style-name="ReleaseFigure">{self.frame(block.image)}</text:p>')
        if block.caption:
            out.append(self.paragraph("ReleaseCaption", block.caption))
        return out

    def frame(self, image: PlanImage, height_mm: float | None = None) -> str:
        width_mm, frame_height = _image_size_mm(image, self.style, height_mm)
        self.frames += 1
        href = self.add_picture(image)
        title = f"<svg:title>{escape(image.alt)}</svg:title>" if image.alt else ""  # plain text: no ODF spaces
        return (
            f'<draw:frame draw:style-name="ReleaseImageFrame" draw:name="Image{self.frames}" text:anchor-type="as-char"'
            f' svg:width="{width_mm:.2f}mm" svg:height="{frame_height:.2f}mm" draw:z-index="0">'
            f'<draw:image xlink:href={attr(href)} xlink:type="simple" xlink:show="embed" xlink:actuate="onLoad"/>'
            f"{title}</draw:frame>"
        )

    def list_xml(self, items: list[ListItemBlock]) -> str:
        """Real nested text:list elements; each item's paragraph starts with the plan's label and a tab."""
        out: list[str] = []
        depth = 0  # open lists, each with an open list-item
        kinds: list[bool] = []
        for item in items:
            level = min(item.level, 9)
            while depth > level + 1 or (depth == level + 1 and kinds[-1] != item.ordered):
                out.append("</text:list-item></text:list>")
                depth -= 1
                kinds.pop()
            if depth == level + 1:
                out.append("</text:list-item><text:list-item>")
            else:
                while depth < level + 1:
                    style = f' text:style-name="{LIST_STYLE}"' if depth == 0 else ""
                    out.append(f"<text:list{style}><text:list-item>")
                    depth += 1
                    kinds.append(item.ordered)
            label = f'<text:span text:style-name="ReleaseListLabel">{odf_text(item.label)}</text:span><text:tab/>'
            out.append(self.paragraph("ReleaseListItem", item.runs, prefix=label))
        out.extend("</text:list-item></text:list>" for _ in range(depth))
        return "".join(out)

    def block(self, block: PlanBlock) -> list[str]:
        match block:
            case ParagraphBlock(runs, lead):
                if not runs and not lead:
                    return []
                prefix = ""
                if lead:
                    inner = self.runs(lead, "ReleaseBody")
                    prefix = f'<text:span text:style-name="ReleaseDateline">{inner}</text:span>'
                return [self.paragraph("ReleaseBody", runs, prefix=prefix)]
            case HeadingBlock(level, runs):
                name = f"ReleaseHeading{min(level, 3)}"
                return [self.paragraph(name, runs, tag="text:h", extra=f' text:outline-level="{min(level, 3) + 1}"')]
            case QuoteBlock(runs):
                return [self.paragraph("ReleaseQuote", runs)] if runs else []
            case FigureBlock():
                return self.figure(block)
            case TableBlock():
                self.tables += 1
                parts, styles = table_xml(block, self.tables, self.paragraph)
                self.auto.xml.append(styles)
                return parts
        return []

    def body_blocks(self, blocks: tuple[PlanBlock, ...]) -> list[str]:
        out: list[str] = []
        for run in list_runs(blocks):
            if isinstance(run, tuple):
                out.append(self.list_xml(list(run)))
            else:
                out.extend(self.block(run))
        return out

    def section(self, number: int, section: Section) -> str:
        self.english = section.lang == "en"
        head = section.letterhead
        logo = None
        if head.logo:
            width_mm, _height = _image_size_mm(head.logo, self.style, self.style.logo_height_mm)
            logo = (self.frame(head.logo, self.style.logo_height_mm), width_mm)
        letterhead, styles = letterhead_xml(section, number, self.style, logo, self.paragraph)
        self.first_styles.append(styles)  # the table's style opens the section's first page
        parts = [letterhead]
        if section.release_line:
            parts.append(self.paragraph("ReleaseLine", section.release_line))
        for row in section.meta:
            label = f'<text:span text:style-name="ReleaseMetaLabel">{self.runs(row.label, "ReleaseMeta")}</text:span>'
            parts.append(self.paragraph("ReleaseMeta", row.value, prefix=f"{label}<text:tab/>"))
        if section.stamp and self.style.stamp_place == "meta":
            parts.append(self.paragraph("ReleaseStamp", section.stamp))
        if section.headline:
            parts.append(
                self.paragraph("ReleaseHeadline", section.headline, tag="text:h", extra=' text:outline-level="1"')
            )
        if section.subheadline:
            parts.append(self.paragraph("ReleaseSubheadline", section.subheadline))
        parts.extend(self.body_blocks(section.body))
        if section.end_mark:
            parts.append(self.paragraph("ReleaseEndMark", section.end_mark))
        if section.boilerplate:
            parts.append(self.paragraph("ReleaseAsideHeading", section.boilerplate_heading))
            parts.extend(self.paragraph("ReleaseBoilerplate", line) for line in section.boilerplate)
        if section.contacts:
            parts.append(self.paragraph("ReleaseContactsHeading", section.contacts_heading))
            table, styles = contacts_xml(section, self.style.contact_columns, number, self.paragraph)
            parts.append(table)
            self.auto.xml.append(styles)
        if section.stamp and self.style.stamp_place == "end":
            parts.append(self.paragraph("ReleaseStamp", section.stamp))
        name = attr(f"Release {section.lang}")
        return f"<text:section text:name={name}>{''.join(parts)}</text:section>"

    def office_text(self) -> str:
        sections = "".join(self.section(number, section) for number, section in enumerate(self.plan.sections))
        return f"<office:text>{sections}</office:text>"

    def automatic_styles(self) -> str:
        frame = (
            '<style:style style:name="ReleaseImageFrame" style:family="graphic"><style:graphic-properties'
            ' style:vertical-pos="top" style:vertical-rel="baseline" fo:border="none" fo:padding="0mm"/></style:style>'
        )
        styles = "".join(self.first_styles) + "".join(self.auto.xml)
        tables = (
            TABLE_STYLES
            + CONTACT_STYLES
            + LETTERHEAD_STYLES
            + (
                '<style:style style:name="ReleaseTableCaption" style:family="paragraph"'
                ' style:parent-style-name="ReleaseCaption"><style:paragraph-properties fo:keep-with-next="always"/>'
                "</style:style>"
            )
        )
        return f"<office:automatic-styles>{frame}{tables}{styles}</office:automatic-styles>"

    def master_pages(self) -> str:
        """Master pages for styles.xml: call after `office_text`; uses its own automatic styles."""
        body_styles, self.auto = self.auto, self.page_auto
        self.english = False  # one line each: header and footer keep their named styles
        try:
            return self._master_pages()
        finally:
            self.auto = body_styles

    def page_automatic_styles(self) -> str:
        from releasedesk.export.odt.styles import page_layout

        styles = "".join(self.page_auto.xml)
        layout = page_layout(self.style)
        frame = watermark_frame_style(watermark_size(self.plan.state.watermark or "", self.style)[0], self.style)
        return f"<office:automatic-styles>{layout}{frame}{styles}</office:automatic-styles>"

    def _master_pages(self) -> str:
        s = self.style
        out: list[str] = []
        watermark = _watermark(self.plan.state.watermark, s)
        for number, section in enumerate(self.plan.sections):
            parts = "".join(
                '<text:page-number text:select-page="current">1</text:page-number>'
                if part == PageField.PAGE
                else "<text:page-count>1</text:page-count>"
                if part == PageField.PAGES
                else odf_text(part)
                for part in section.footer.parts
            )
            footer = (
                f'<style:footer><text:p text:style-name="ReleaseFooter">{watermark}'
                f"{self.runs(section.footer.left, 'ReleaseFooter')}<text:tab/>{parts}</text:p></style:footer>"
            )
            header = f"<style:header>{self.paragraph('ReleaseHeader', section.running_head)}</style:header>"
            out.append(
                f'<style:master-page style:name="ReleaseFirst{number}" style:page-layout-name="ReleasePage"'
                f' style:next-style-name="ReleaseRest{number}">{footer}</style:master-page>'
                f'<style:master-page style:name="ReleaseRest{number}" style:page-layout-name="ReleasePage"'
                f' style:next-style-name="ReleaseRest{number}">{header}{footer}</style:master-page>'
            )
        standard = '<style:master-page style:name="Standard" style:page-layout-name="ReleasePage"/>'
        return f"<office:master-styles>{standard}{''.join(out)}</office:master-styles>"


def _watermark(text: str | None, style: WriterStyle) -> str:
    """The state as a pale, diagonal fontwork shape behind the page's text, anchored in the footer (as LibreOffice's
    own watermark is): it is no part of the body, so copying the text never yields "DR AF T"."""
    if not text:
        return ""
    width, height = style.page_mm
    box_w = width * 0.75
    _size, box_h = watermark_size(text, style)
    angle = 0.6  # radians, about 35°, rising to the right
    x, y = (width - box_w) / 2, (height + box_h) / 2
    geometry = '<draw:enhanced-geometry svg:viewBox="0 0 21600 21600" draw:type="rectangle"/>'
    return (
        f'<draw:custom-shape draw:style-name="ReleaseWatermarkShape" draw:text-style-name="MWatermark"'
        f' draw:name="Watermark" text:anchor-type="paragraph" draw:z-index="0" svg:width="{box_w:.1f}mm"'
        f' svg:height="{box_h:.1f}mm" draw:transform="rotate ({angle}) translate ({x:.1f}mm {y:.1f}mm)">'
        f'<text:p text:style-name="MWatermark">{odf_text(text)}</text:p>{geometry}</draw:custom-shape>'
    )


def watermark_size(text: str, style: WriterStyle) -> tuple[float, float]:
    """Font size (pt) and box height (mm) that keep the whole state on the paper: LibreOffice sets a fontwork shape's
    text on one line, so `DRAFT` gets 96 pt and `CHANGED AFTER APPROVAL` what fits the box (a 96 pt line of it ran
    off both edges)."""
    box_w_pt = style.page_mm[0] * 0.75 * 72 / 25.4
    size = min(96.0, box_w_pt / (max(len(text), 1) * 0.72))  # bold caps advance about 0.72 em in Liberation Sans
    return size, 45.0


def watermark_frame_style(size: float, style: WriterStyle) -> str:
    """The watermark frame's style at `size` points, in the house sans and the house watermark colour laid over white
    paper at the house opacity (the colour the PDF's translucent mark shows; a fontwork shape's text has no alpha
    LibreOffice keeps on every path)."""
    return (
        WATERMARK_FRAME_STYLE.replace('fo:font-size="96pt"', f'fo:font-size="{size:.0f}pt"')
        .replace('fo:color="#F6D5DA"', f'fo:color="{over_white(style.watermark_color, style.watermark_opacity)}"')
        .replace('style:font-name="Liberation Sans"', f"style:font-name={attr(style.sans)}")
    )


def over_white(color: str, opacity: float) -> str:
    """`#RRGGBB` at `opacity` over white, as one opaque colour."""
    channels = (int(color[index : index + 2], 16) for index in (1, 3, 5))
    return "#" + "".join(f"{round(255 - opacity * (255 - channel)):02X}" for channel in channels)


WATERMARK_FRAME_STYLE = (
    '<style:style style:name="ReleaseWatermarkShape" style:family="graphic"><style:graphic-properties'
    ' draw:stroke="none" draw:fill="none" draw:textarea-horizontal-align="center" draw:textarea-vertical-align="middle"'
    ' style:wrap="run-through" style:run-through="background" style:vertical-pos="from-top"'
    ' style:vertical-rel="page" style:horizontal-pos="from-left" style:horizontal-rel="page"/>'
    '<style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name="Liberation Sans"'
    ' fo:font-size="96pt" fo:font-weight="bold" fo:color="#F6D5DA"/></style:style>'
    '<style:style style:name="MWatermark" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>'
    '<style:text-properties style:font-name="Liberation Sans" fo:font-size="96pt" fo:font-weight="bold"'
    ' fo:color="#F6D5DA"/></style:style>'
)


def _image_size_mm(image: PlanImage, style: WriterStyle, height_mm: float | None) -> tuple[float, float]:
    """The frame's size: the image at its resolution (150 dpi when it names none), within the text column."""
    from PIL import Image

    try:
        with Image.open(io.BytesIO(image.data)) as picture:
            pixels_w, pixels_h = picture.size
            dpi = picture.info.get("dpi", (150, 150))[0] or 150
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        pixels_w, pixels_h, dpi = 4, 3, 150  # still a frame (LibreOffice shows it broken); preflight names it
    aspect = pixels_h / pixels_w if pixels_w else 0.75
    width, height = style.page_mm
    top, right, bottom, left = style.margins_mm
    column = width - left - right
    if height_mm is not None:
        return height_mm / aspect if aspect else height_mm, height_mm
    frame_w = min(column, pixels_w * 25.4 / float(dpi))
    frame_h = frame_w * aspect
    limit = (height - top - bottom) * 0.6
    if frame_h > limit:
        frame_h, frame_w = limit, limit / aspect
    return frame_w, frame_h
