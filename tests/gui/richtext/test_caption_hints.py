"""The grey "Caption" hint is painted in an empty figure caption wherever it is, and only the repainted area is
walked (caption_hints.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPixmap, QRegion

from releasedesk.gui.richtext import RichTextEditor
from releasedesk.gui.richtext import styles as richtext_styles
from releasedesk.model.release import Image
from releasedesk.model.richtext import Figure, Paragraph, text


def _editor(qtbot: Any, png: Any, caption: str) -> tuple[RichTextEditor, Any]:
    editor = RichTextEditor()
    qtbot.addWidget(editor)
    editor.resize(520, 420)
    before = [Paragraph((text(f"Paragraph {n} before the figure."),)) for n in range(60)]
    after = [Paragraph((text(f"Paragraph {n} after it."),)) for n in range(20)]
    image = Image("fig", "image/png", png(60, 40))
    editor.set_content([*before, Figure("fig", (text(caption),) if caption else ()), *after], {"fig": image})
    editor.show()
    qtbot.waitExposed(editor)
    document = editor.document()
    block = document.begin()
    while richtext_styles.figure_role(block.blockFormat()) != richtext_styles.FigureRole.CAPTION:
        block = block.next()
    top = editor.document().documentLayout().blockBoundingRect(block).top()
    editor.verticalScrollBar().setValue(int(top) - 150)  # the caption in the middle of the view
    assert editor.verticalScrollBar().value() > 0  # far down: the walk must not start at the top of the document
    return editor, block


def _caption_rect(editor: RichTextEditor, block: Any) -> QRect:
    rect = editor.document().documentLayout().blockBoundingRect(block)
    return rect.translated(-editor.horizontalScrollBar().value(), -editor.verticalScrollBar().value()).toRect()


def _inked(picture: QImage, rect: QRect) -> int:
    """Pixels in `rect` that are not the white page."""
    white = QColor("white").rgb()
    return sum(
        picture.pixel(x, y) != white
        for x in range(max(0, rect.left()), min(picture.width(), rect.right()))
        for y in range(max(0, rect.top()), min(picture.height(), rect.bottom()))
    )


def _paint(editor: RichTextEditor, area: QRect) -> QImage:
    """The viewport painted for `area` only (as a partial repaint after a keystroke would be)."""
    pixmap = QPixmap(editor.viewport().size())
    pixmap.fill(QColor("white"))
    editor.viewport().render(pixmap, area.topLeft(), QRegion(area))  # at the same place in the pixmap
    return pixmap.toImage()


def test_an_empty_caption_far_down_gets_its_hint_in_a_partial_repaint(qtbot: Any, png: Any) -> None:
    editor, block = _editor(qtbot, png, "")
    rect = _caption_rect(editor, block)
    assert _inked(_paint(editor, rect.adjusted(-2, -2, 2, 2)), rect) > 20
    whole = editor.viewport().grab().toImage()
    assert _inked(whole, rect) > 20


def test_a_caption_with_text_has_no_hint_and_an_area_above_it_paints_none(qtbot: Any, png: Any) -> None:
    editor, block = _editor(qtbot, png, "")
    rect = _caption_rect(editor, block)
    above = QRect(0, 0, editor.viewport().width(), max(1, rect.top() - 30))
    assert _inked(_paint(editor, above), rect) == 0  # nothing painted outside the repainted area
    captioned, block = _editor(qtbot, png, "A real caption")
    plain = _paint(captioned, _caption_rect(captioned, block))
    hinted = _paint(editor, _caption_rect(editor, _editor(qtbot, png, "")[1]))
    assert plain != hinted
