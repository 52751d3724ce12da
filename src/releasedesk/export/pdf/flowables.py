"""The few flowables platypus lacks: the letterhead band, outline bookmarks, the quote bar and the figure."""

from __future__ import annotations

from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.platypus.flowables import Flowable

from releasedesk.export.pdf.images import PreparedImage, draw_image


class Bookmark(Flowable):
    """An invisible mark that adds an outline (bookmark) entry pointing at where it stands."""

    def __init__(self, key: str, title: str, level: int = 0) -> None:
        super().__init__()
        self.key = key
        self.title = title
        self.level = level
        self.width = self.height = 0
        self.keepWithNext = True  # moves to the next page with the heading it marks

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.bookmarkHorizontal(self.key, 0, 0)
        self.canv.addOutlineEntry(self.title, self.key, level=self.level, closed=False)


class Letterhead(Flowable):
    """Logo, agency name(s) and 新聞稿 / NEWS RELEASE over an accent rule."""

    def __init__(
        self,
        *,
        logo: PreparedImage | None,
        logo_height: float,
        names: list[Flowable],
        news: Flowable,
        accent: str,
    ) -> None:
        super().__init__()
        self.logo = logo
        self.logo_height = logo_height
        self.names = names
        self.news = news
        self.accent = accent
        self._layout: dict[str, Any] = {}

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        logo_w = self.logo_height / self.logo.aspect if self.logo else 0.0
        logo_w = min(logo_w, avail_width * 0.3)
        logo_h = logo_w * self.logo.aspect if self.logo else 0.0
        gap = 10.0 if self.logo else 0.0
        news_w = min(avail_width * 0.3, 150.0)
        _w, news_h = self.news.wrap(news_w, avail_height)
        names_w = avail_width - logo_w - gap - news_w - 8
        names_h = sum(name.wrap(names_w, avail_height)[1] for name in self.names)
        band = max(logo_h, names_h, news_h)
        self._layout = {"logo_w": logo_w, "logo_h": logo_h, "gap": gap, "news_w": news_w, "band": band}
        self._layout |= {"news_h": news_h, "names_h": names_h}
        self.width, self.height = avail_width, band + 10
        return self.width, self.height

    def draw(self) -> None:
        lay = self._layout
        band = lay["band"]
        top = self.height
        if self.logo:
            draw_image(self.canv, self.logo, 0, top - (band + lay["logo_h"]) / 2, lay["logo_w"], lay["logo_h"])
        x = lay["logo_w"] + lay["gap"]
        y = top - (band - lay["names_h"]) / 2
        for name in self.names:
            y -= name.height
            name.drawOn(self.canv, x, y)
        self.news.drawOn(self.canv, self.width - lay["news_w"], top - (band + lay["news_h"]) / 2)
        self.canv.setStrokeColor(HexColor(self.accent))
        self.canv.setLineWidth(1.6)
        self.canv.line(0, 2, self.width, 2)


class Rule(Flowable):
    """A thin horizontal line across the column."""

    def __init__(self, color: str, width: float = 0.5, space_before: float = 4, space_after: float = 8) -> None:
        super().__init__()
        self.color = color
        self.line_width = width
        self.space_before = space_before
        self.space_after = space_after

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.height = self.space_before + self.space_after
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setStrokeColor(HexColor(self.color))
        self.canv.setLineWidth(self.line_width)
        self.canv.line(0, self.space_after, self.width, self.space_after)


class QuoteBar(Flowable):
    """A quotation with an accent bar down its left side; splits across pages like its paragraph."""

    def __init__(self, content: Flowable, color: str, indent: float) -> None:
        super().__init__()
        self.content = content
        self.color = color
        self.indent = indent

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = self.content.wrap(avail_width, avail_height)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        return [QuoteBar(part, self.color, self.indent) for part in self.content.split(avail_width, avail_height)]

    def getSpaceBefore(self) -> float:
        return self.content.getSpaceBefore()

    def getSpaceAfter(self) -> float:
        return self.content.getSpaceAfter()

    def draw(self) -> None:
        self.content.drawOn(self.canv, 0, 0)
        self.canv.setStrokeColor(HexColor(self.color))
        self.canv.setLineWidth(2)
        x = self.indent - 8
        self.canv.line(x, 1, x, self.height - 1)


class ImageBox(Flowable):
    """A prepared image at a fixed size (platypus's Image would re-read and re-decode it on every render)."""

    def __init__(self, image: PreparedImage, width: float, height: float) -> None:
        super().__init__()
        self.image = image
        self.width = width
        self.height = height
        self.hAlign = "CENTER"

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        draw_image(self.canv, self.image, 0, 0, self.width, self.height)


class FigureBox(Flowable):
    """An image with its caption, kept together; shrunk (down to MIN_SCALE) to fit the space left on the page.

    Moving a tall figure to the next page unscaled leaves half a page blank; a slightly smaller figure is better.
    """

    MIN_SCALE = 0.6

    def __init__(
        self, image: PreparedImage, max_width: float, max_height: float, caption: Flowable | None, space: float
    ) -> None:
        super().__init__()
        self.image = image
        self.caption = caption
        self.space = space
        width, height = max_width, max_width * image.aspect
        if height > max_height:
            height, width = max_height, max_height / image.aspect
        self.natural = (width, height)
        self.scale = 1.0
        self._caption_height = 0.0

    def _caption_size(self, avail_width: float, avail_height: float) -> float:
        if self.caption is None:
            return self.space
        return self.caption.wrap(avail_width, avail_height)[1] + self.caption.getSpaceAfter()

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        _width, height = self.natural
        self._caption_height = self._caption_size(avail_width, avail_height)
        fixed = 8 + self._caption_height
        room = avail_height - fixed
        self.scale = 1.0
        if height > room and room >= height * self.MIN_SCALE:
            self.scale = room / height
        self.width = avail_width
        self.height = height * self.scale + fixed
        return self.width, self.height

    def draw(self) -> None:
        width, height = (value * self.scale for value in self.natural)
        top = self.height - 4
        draw_image(self.canv, self.image, (self.width - width) / 2, top - height, width, height)
        if self.caption is not None:
            caption_height = self.caption.height
            self.caption.drawOn(self.canv, 0, top - height - 4 - caption_height)
