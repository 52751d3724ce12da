"""What is drawn on every page rather than flowed: the watermark, the running head and the "page X of Y" footer.

The total page count is only known at the end, so each page ends with a form XObject that is drawn once the document
is complete; each page remembers which language section it belongs to. The running head is drawn in the same form:
a page is a section's first exactly when the page before belongs to another section (or there is none), and that is
only certain once every page is known.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import Canvas

from releasedesk.export.pdf import draft
from releasedesk.export.pdf.fonts import BOLD
from releasedesk.export.pdf.styles import build_styles
from releasedesk.export.pdf.textflow import Segment, TextStyle, draw_glyphs, measure
from releasedesk.export.pdf.watermark import draw_outlined, text_advance
from releasedesk.export.plan.scripts import script_line

if TYPE_CHECKING:
    from releasedesk.export.pdf.fontset import FontSet
    from releasedesk.export.pdf.template import PdfTemplate
    from releasedesk.export.plan import Line, Plan, Section
    from releasedesk.model.release import Lang


def draw_line(
    canvas: Canvas, x: float, y: float, line: Line, style: TextStyle, fonts: FontSet, *, align: str = "left"
) -> None:
    """One line of plan runs without wrapping (page furniture)."""
    glyphs = measure((Segment(line),), style, fonts)
    width = sum(glyphs.widths)
    if align == "right":
        x -= width
    elif align == "center":
        x -= width / 2
    draw_glyphs(canvas, glyphs, 0, len(glyphs.chars), x, y)


class PageDecorator:
    """Notes each page's section when it begins, draws the watermark when it ends and the footer at the very end."""

    def __init__(self, plan: Plan, template: PdfTemplate, fonts: FontSet) -> None:
        self.plan = plan
        self.template = template
        self.fonts = fonts
        self.sections: dict[Lang, Section] = {section.lang: section for section in plan.sections}

    def on_page(self, canvas: Canvas, lang: Lang) -> None:
        canvas._rd_lang = lang  # type: ignore[attr-defined]  # noqa: SLF001 - our own mark on our canvas, read back by the footer pass

    def end_page(self, canvas: Canvas) -> None:
        """The watermark goes over the page's content: translucent, so text shows through and photos cannot hide it.

        A draft leaves it off the pages out of view (its glyph outlines are a tenth of a draft's time)."""
        if self.plan.state.watermark and not draft.trims(canvas.getPageNumber()):
            self._draw_watermark(canvas, self.plan.state.watermark)

    def _draw_watermark(self, canvas: Canvas, mark: str) -> None:
        width, height = self.template.page_size_points
        family = self.template.fonts.sans
        size = 120.0
        text_w = text_advance(mark, family, BOLD, size)
        diagonal = math.hypot(width, height)
        size = min(size, size * 0.62 * diagonal / max(text_w, 1))
        canvas.saveState()
        canvas.setFillColor(HexColor(self.template.watermark_color))
        canvas.setFillAlpha(self.template.watermark_opacity)
        canvas.translate(width / 2, height / 2)
        canvas.rotate(math.degrees(math.atan2(height, width)))
        draw_outlined(canvas, mark, family, BOLD, size)
        canvas.restoreState()

    def draw_running_head(self, canvas: Canvas, lang: Lang) -> None:
        """The section's running head in the top margin, right-aligned over a thin rule, as the DOCX's header.

        Only on a section's later pages (its first carries the letterhead); the text frame does not move."""
        section = self.sections.get(lang)
        if section is None or not section.running_head:
            return
        width, height = self.template.page_size_points
        top, right, _bottom, left = self.template.margins
        style = build_styles(self.template, lang).running_head  # build_styles keeps them per (template, language)
        # the footer's place mirrored (half the margin from the edge), the line's bottom rather than its baseline there
        y = height - top * 0.5 - style.size * 0.75
        canvas.saveState()
        canvas.setStrokeColor(HexColor(self.template.muted_color))
        canvas.setLineWidth(0.4)
        rule = y - style.size * 0.75  # under the descenders, as the DOCX's bottom border 4 pt below the text
        canvas.line(left, rule, width - right, rule)
        draw_line(canvas, width - right, y, section.running_head, style, self.fonts, align="right")
        canvas.restoreState()

    def draw_footer(self, canvas: Canvas, lang: Lang, page: int, total: int) -> None:
        section = self.sections.get(lang)
        if section is None:
            return
        width, _height = self.template.page_size_points
        _top, right, bottom, left = self.template.margins
        style = build_styles(self.template, lang).footer
        y = bottom * 0.5
        canvas.saveState()
        canvas.setStrokeColor(HexColor(self.template.muted_color))
        canvas.setLineWidth(0.4)
        canvas.line(left, y + style.size * 1.6, width - right, y + style.size * 1.6)
        if section.footer.left:
            draw_line(canvas, left, y, section.footer.left, style, self.fonts)
        pages = script_line(section.footer.text(page, total), lang)
        draw_line(canvas, width - right, y, pages, style, self.fonts, align="right")
        canvas.restoreState()


def page_languages(canvas: Canvas) -> list[Lang]:
    """The language section of each page a NumberedCanvas has shown, in order."""
    langs: list[Lang] = canvas._page_langs  # type: ignore[attr-defined]  # noqa: SLF001 - set by NumberedCanvas below
    return langs


def numbered_canvas_class(decorator: PageDecorator) -> type[Canvas]:
    """A Canvas that ends every page with a form XObject filled in once the total page count is known.

    PDF lets a page use a form defined later, so pages are written as they come (bookmarks and links keep their
    real page) and only the small footer forms wait for the end.
    """

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._page_langs: list[Lang] = []

        def showPage(self) -> None:
            self._page_langs.append(getattr(self, "_rd_lang", "en"))
            decorator.end_page(self)
            self.doForm(f"rd-page-{len(self._page_langs)}")
            super().showPage()

        def save(self) -> None:
            total = len(self._page_langs)
            previous: Lang | None = None
            for number, lang in enumerate(self._page_langs, start=1):
                self.beginForm(f"rd-page-{number}")
                if not draft.trims(number):  # a draft's pages out of view: an empty form, nothing to see there
                    if lang == previous:  # a section's first page has its letterhead at the top instead
                        decorator.draw_running_head(self, lang)
                    decorator.draw_footer(self, lang, number, total)
                previous = lang
                self.endForm()
            super().save()

    return NumberedCanvas
