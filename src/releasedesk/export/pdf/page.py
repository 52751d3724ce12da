"""What is drawn on every page rather than flowed: the DRAFT watermark and the "page X of Y" footer.

The total page count is only known at the end, so each page ends with a form XObject that is drawn once the document
is complete; each page remembers which language section it belongs to.
"""

from __future__ import annotations

import math
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from releasedesk.export import layout
from releasedesk.export.pdf.fallback import FontChain
from releasedesk.export.pdf.fonts import BOLD
from releasedesk.export.pdf.markup import SANS, FontSet
from releasedesk.export.pdf.template import PdfTemplate
from releasedesk.model.release import Lang, Release
from releasedesk.model.textclean import clean_text


def text_width(text: str, chain: FontChain, size: float, *, chinese: bool = False) -> float:
    return sum(pdfmetrics.stringWidth(piece, face.name, size) for face, piece in chain.split(text, chinese=chinese))


def draw_text(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    chain: FontChain,
    size: float,
    *,
    align: str = "left",
    chinese: bool = False,
) -> None:
    """Draw one line with per-character font fallback (canvas.drawString knows only one font)."""
    text = clean_text(text).replace("\n", " ")
    pieces = chain.split(text, chinese=chinese)
    width = sum(pdfmetrics.stringWidth(piece, face.name, size) for face, piece in pieces)
    if align == "right":
        x -= width
    elif align == "center":
        x -= width / 2
    for face, piece in pieces:
        canvas.setFont(face.name, size)
        canvas.drawString(x, y, piece)
        x += pdfmetrics.stringWidth(piece, face.name, size)


class PageDecorator:
    """Notes each page's language when it begins, draws the watermark when it ends and the footer at the very end."""

    def __init__(self, release: Release, template: PdfTemplate, fonts: FontSet) -> None:
        self.release = release
        self.template = template
        self.fonts = fonts
        self.watermark = layout.watermark(release)

    def on_page(self, canvas: Canvas, lang: Lang) -> None:
        canvas._rd_lang = lang  # type: ignore[attr-defined]  # read back by the footer pass

    def end_page(self, canvas: Canvas) -> None:
        """The watermark goes over the page's content: translucent, so text shows through and photos cannot hide it."""
        if self.watermark:
            self._draw_watermark(canvas)

    def _draw_watermark(self, canvas: Canvas) -> None:
        width, height = self.template.page_size_points
        chain = self.fonts.chain(SANS, BOLD)
        size = 120.0
        text_w = text_width(self.watermark or "", chain, size)
        diagonal = math.hypot(width, height)
        size = min(size, size * 0.62 * diagonal / max(text_w, 1))
        canvas.saveState()
        canvas.setFillColor(HexColor(self.template.watermark_color))
        canvas.setFillAlpha(self.template.watermark_opacity)
        canvas.translate(width / 2, height / 2)
        canvas.rotate(math.degrees(math.atan2(height, width)))
        draw_text(canvas, 0, -size * 0.35, self.watermark or "", chain, size, align="center")
        canvas.restoreState()

    def draw_footer(self, canvas: Canvas, lang: Lang, page: int, total: int) -> None:
        width, _height = self.template.page_size_points
        _top, right, bottom, left = self.template.margins
        size = self.template.footer_size
        chain = self.fonts.chain(SANS)
        y = bottom * 0.5
        canvas.saveState()
        canvas.setStrokeColor(HexColor(self.template.muted_color))
        canvas.setLineWidth(0.4)
        canvas.line(left, y + size * 1.6, width - right, y + size * 1.6)
        canvas.setFillColor(HexColor(self.template.muted_color))
        agency = self.release.agency.best(lang).strip()
        chinese = lang == "zh-TW"
        if agency:
            draw_text(canvas, left, y, agency, chain, size, chinese=chinese)
        footer = layout.page_footer(lang, page, total, self.release.number)
        draw_text(canvas, width - right, y, footer, chain, size, align="right", chinese=chinese)
        canvas.restoreState()


def numbered_canvas_class(decorator: PageDecorator) -> type[Canvas]:
    """A Canvas that ends every page with a form XObject filled in once the total page count is known.

    PDF lets a page use a form defined later, so pages are written as they come (bookmarks and links keep their
    real page) and only the small footer/watermark forms wait for the end.
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
            for number, lang in enumerate(self._page_langs, start=1):
                self.beginForm(f"rd-page-{number}")
                decorator.draw_footer(self, lang, number, total)
                self.endForm()
            super().save()

    return NumberedCanvas
