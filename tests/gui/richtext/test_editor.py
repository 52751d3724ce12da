"""RichTextEditor driven like a person would: keys, input-method commits, actions, dialogs, paste."""

from __future__ import annotations

import http.server
import threading
from typing import ClassVar

import pytest
from PySide6.QtCore import QEvent, QMimeData, Qt
from PySide6.QtGui import QColor, QImage, QInputMethodEvent, QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog

from releasedesk.gui.richtext import FormatToolBar, LinkDialog, RichTextEditor
from releasedesk.model.links import safe_href
from releasedesk.model.release import Image
from releasedesk.model.richtext import Figure, Heading, ListItem, Mark, Paragraph, Quote, Run, Table, TableCell, text
from releasedesk.samples import load_sample, sample_names


@pytest.fixture
def editor(qtbot) -> RichTextEditor:
    widget = RichTextEditor(language="zh-TW")
    qtbot.addWidget(widget)
    widget.resize(600, 400)
    widget.show()
    widget.setFocus()
    return widget


def commit(widget: RichTextEditor, value: str) -> None:
    """Chinese arrives through the input method, as from a real IME (keyClicks aborts on non-ASCII)."""
    event = QInputMethodEvent()
    event.setCommitString(value)
    QApplication.sendEvent(widget, event)


def key_text(widget: RichTextEditor, value: str) -> None:
    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, value))


def select(widget: RichTextEditor, start: int, end: int) -> None:
    cursor = widget.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    widget.setTextCursor(cursor)


def test_typing_ascii_and_chinese(qtbot, editor) -> None:
    changes: list[int] = []
    editor.contentChanged.connect(lambda: changes.append(1))
    qtbot.keyClicks(editor, "Taipei ")
    commit(editor, "新聞稿")
    key_text(editor, "中文")
    assert editor.content() == [Paragraph((Run("Taipei 新聞稿中文"),))]
    assert changes
    assert editor.document().isModified()
    assert editor.text_count() == 6  # "Taipei" counts once, plus five Chinese characters


def test_set_content_is_unmodified_and_not_undoable(qtbot, editor) -> None:
    changes: list[int] = []
    editor.contentChanged.connect(lambda: changes.append(1))
    editor.set_content([Paragraph((text("原文"),))], {})
    assert not editor.document().isModified()
    assert not editor.document().isUndoAvailable()
    assert changes == []
    editor.undo()
    assert editor.content() == [Paragraph((text("原文"),))]


@pytest.mark.parametrize(
    ("key", "mark"),
    [
        (QKeySequence.StandardKey.Bold, Mark.BOLD),
        (QKeySequence.StandardKey.Italic, Mark.ITALIC),
        (QKeySequence.StandardKey.Underline, Mark.UNDERLINE),
    ],
)
def test_marks_by_shortcut_on_selection_and_while_typing(qtbot, editor, key, mark) -> None:
    qtbot.keyClicks(editor, "plain")
    select(editor, 0, 2)
    sequence = QKeySequence(key)[0]
    qtbot.keyClick(editor, sequence.key(), sequence.keyboardModifiers())
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(editor, sequence.key(), sequence.keyboardModifiers())
    commit(editor, "粗")
    assert editor.content() == [Paragraph((text("pl", mark), text("ain"), text("粗", mark)))]
    editor.undo()  # the typed character
    editor.undo()  # the mark on "pl"
    assert editor.content() == [Paragraph((text("plain"),))]
    editor.redo()
    assert editor.content() == [Paragraph((text("pl", mark), text("ain")))]


def test_toolbar_applies_and_reflects_format(qtbot, editor) -> None:
    toolbar = FormatToolBar()
    qtbot.addWidget(toolbar)
    toolbar.set_editor(editor)
    qtbot.keyClicks(editor, "abc")
    select(editor, 0, 3)
    toolbar.bold_action.trigger()
    toolbar.italic_action.trigger()
    toolbar.underline_action.trigger()
    assert editor.content() == [Paragraph((text("abc", Mark.BOLD, Mark.ITALIC, Mark.UNDERLINE),))]
    editor.moveCursor(QTextCursor.MoveOperation.StartOfBlock)
    editor.moveCursor(QTextCursor.MoveOperation.Right)
    assert toolbar.bold_action.isChecked()
    assert toolbar.italic_action.isChecked()
    toolbar.heading_combo.activated.emit(2)
    assert editor.content()[0] == Heading(2, (text("abc", Mark.BOLD, Mark.ITALIC, Mark.UNDERLINE),))
    assert toolbar.heading_combo.currentIndex() == 2
    toolbar.quote_action.trigger()
    assert isinstance(editor.content()[0], Quote)
    assert toolbar.quote_action.isChecked()
    toolbar.numbers_action.trigger()
    assert isinstance(editor.content()[0], ListItem)
    assert toolbar.numbers_action.isChecked()
    assert not toolbar.quote_action.isChecked()
    toolbar.undo_action.trigger()
    assert isinstance(editor.content()[0], Quote)
    toolbar.redo_action.trigger()
    assert isinstance(editor.content()[0], ListItem)
    toolbar.set_editor(None)
    assert not toolbar.bold_action.isEnabled()


def test_one_toolbar_serves_two_editors(qtbot, editor) -> None:
    other = RichTextEditor(language="en")
    qtbot.addWidget(other)
    toolbar = FormatToolBar()
    qtbot.addWidget(toolbar)
    qtbot.keyClicks(editor, "zh")
    qtbot.keyClicks(other, "en")
    toolbar.set_editor(other)
    select(other, 0, 2)
    toolbar.bold_action.trigger()
    assert other.content() == [Paragraph((text("en", Mark.BOLD),))]
    assert editor.content() == [Paragraph((text("zh"),))]
    toolbar.set_editor(editor)
    assert not toolbar.bold_action.isChecked()


def test_headings_and_enter_returns_to_body_text(qtbot, editor) -> None:
    qtbot.keyClick(editor, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    commit(editor, "標題")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "body")
    assert editor.content() == [Heading(2, (text("標題"),)), Paragraph((text("body"),))]
    qtbot.keyClick(editor, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    editor.moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.keyClick(editor, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert editor.content() == [Paragraph((text("標題"),)), Paragraph((text("body"),))]


def test_list_with_indent_and_outdent(qtbot, editor) -> None:
    editor.toggle_numbered_list()
    qtbot.keyClicks(editor, "one")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    qtbot.keyClicks(editor, "sub")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(editor, "two")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # Enter on an empty item ends the list
    qtbot.keyClicks(editor, "after")
    assert editor.content() == [
        ListItem(True, 0, (text("one"),)),
        ListItem(True, 1, (text("sub"),)),
        ListItem(True, 0, (text("two"),)),
        Paragraph((text("after"),)),
    ]
    two = editor.document().findBlockByNumber(2)
    assert two.textList().itemText(two) == "2."  # numbering continues across the nested item
    select(editor, 0, 1)
    editor.toggle_bullet_list()
    assert editor.content()[0] == ListItem(False, 0, (text("one"),))
    editor.toggle_bullet_list()
    assert editor.content()[0] == Paragraph((text("one"),))


def test_link_dialog_inserts_safe_links_and_refuses_others(qtbot, editor, monkeypatch) -> None:
    answers = iter([("新聞室", "https://example.gov.tw/news?id=1&x=<y>"), ("bad", "javascript:alert(1)")])

    def fake_exec(dialog: LinkDialog) -> int:
        label, href = next(answers)
        dialog.text_edit.setText(label)
        dialog.href_edit.setText(href)
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
        return LinkDialog.DialogCode.Accepted if ok else LinkDialog.DialogCode.Rejected

    monkeypatch.setattr(LinkDialog, "exec", fake_exec)
    qtbot.keyClicks(editor, "See ")
    qtbot.keyClick(editor, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, " now")
    expected = [Paragraph((text("See "), text("新聞室", href="https://example.gov.tw/news?id=1&x=<y>"), text(" now")))]
    assert editor.content() == expected
    editor.edit_link()  # javascript: keeps OK disabled: nothing changes
    assert editor.content() == expected
    editor.moveCursor(QTextCursor.MoveOperation.Start)
    for _ in range(5):
        editor.moveCursor(QTextCursor.MoveOperation.Right)
    assert editor.current_href() == "https://example.gov.tw/news?id=1&x=<y>"
    assert editor.insert_link("mailto:press@example.gov.tw")
    assert editor.content()[0].runs[1] == text("新聞室", href="mailto:press@example.gov.tw")
    assert not editor.insert_link("javascript:alert(1)")
    editor.remove_link()
    assert editor.content() == [Paragraph((text("See 新聞室 now"),))]


@pytest.mark.parametrize(
    "href",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:x",
        "java\tscript:x",
        "data:text/html,x",
        "file:///etc/passwd",
        "/rel",
        "vbscript:x",
        "http:/x",
        "",
    ],
)
def test_unsafe_hrefs_are_refused(href) -> None:
    assert safe_href(href) is None


def test_safe_hrefs_are_kept() -> None:
    for href in ["https://a.tw/x?y=1", "http://b.example", "mailto:a@b.tw", "tel:+886-2-1234-5678"]:
        assert safe_href(href) == href


def test_image_from_file_with_caption(qtbot, editor, tmp_path, monkeypatch, png) -> None:
    path = tmp_path / "photo.png"
    path.write_bytes(png(800, 400))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("記者會現場", True))
    qtbot.keyClicks(editor, "before")
    editor.choose_image()
    qtbot.keyClicks(editor, " (photo)")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "after")
    [image] = editor.images().values()
    assert image.data == path.read_bytes()
    assert image.mime_type == "image/png"
    assert editor.content() == [
        Paragraph((text("before"),)),
        Figure(image.id, (text("記者會現場 (photo)"),)),
        Paragraph((text("after"),)),
    ]
    while any(isinstance(block, Figure) for block in editor.content()):
        editor.undo()  # typing, then the figure: one step each
    assert editor.content() == [Paragraph((text("before"),))]
    assert editor.images() == {}


def test_images_survive_set_content(qtbot, editor, png) -> None:
    image = Image("fig-1", "image/png", png())
    editor.set_content([Figure("fig-1", (text("cap"),)), Paragraph((text("x"),))], {"fig-1": image, "unused": image})
    assert editor.content() == [Figure("fig-1", (text("cap"),)), Paragraph((text("x"),))]
    assert editor.images() == {"fig-1": image}
    assert editor.document().requested == []


class _Recorder(http.server.BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        _Recorder.hits.append(self.path)
        self.send_response(404)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


def test_paste_of_hostile_html_keeps_only_model_formatting_and_loads_nothing(qtbot, editor, tmp_path, png) -> None:
    secret = tmp_path / "secret.png"
    secret.write_bytes(png(10, 10))
    server = http.server.HTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        port = server.server_address[1]
        html = (
            '<html><head><style>p { color: red }</style><script>alert("x")</script></head><body>'
            '<h1 style="font-family:Comic Sans MS;color:#f00">標題</h1>'
            '<p style="font-size:40pt;background:yellow"><span style="color:red;font-family:Impact">紅色</span>'
            " <b>粗</b><i>斜</i><u>底線</u>"
            ' <a href="javascript:alert(1)">evil</a> <a href="https://ok.example/a">good</a></p>'
            f'<img src="file://{secret}"><img src="http://127.0.0.1:{port}/x.png">'
            f'<img src="http://example.invalid/x.png"><img src="{secret}">'
            "<table border=1><tr><td>cell 1</td><td>cell 2</td></tr></table>"
            "<ul><li>item<ul><li>nested</li></ul></li></ul><blockquote>quoted</blockquote>"
            "<script>document.write('x')</script><p>end</p></body></html>"
        )
        mime = QMimeData()
        mime.setHtml(html)
        mime.setText("plain fallback")
        editor.insertFromMimeData(mime)
        editor.grab()  # paint: any resource the document still wanted would be requested now
        QApplication.processEvents()
    finally:
        server.shutdown()
    assert _Recorder.hits == []
    assert editor.document().requested == []
    assert editor.images() == {}
    blocks = editor.content()
    assert blocks == [
        Heading(1, (text("標題"),)),
        Paragraph(
            (
                text("紅色 "),
                text("粗", Mark.BOLD),
                text("斜", Mark.ITALIC),
                text("底線", Mark.UNDERLINE),
                text(" evil "),
                text("good", href="https://ok.example/a"),
            )
        ),
        Table(((TableCell((text("cell 1"),)), TableCell((text("cell 2"),))),)),
        ListItem(False, 0, (text("item"),)),
        ListItem(False, 1, (text("nested"),)),
        Quote((text("quoted"),)),
        Paragraph((text("end"),)),
    ]
    html_out = editor.toHtml()
    assert "red" not in html_out
    assert "Impact" not in html_out
    assert "javascript" not in html_out
    assert "passwd" not in html_out
    assert "127.0.0.1" not in html_out


def test_paste_image_data_is_embedded(qtbot, editor) -> None:
    qtbot.keyClicks(editor, "x")
    mime = QMimeData()
    picture = QImage(20, 10, QImage.Format.Format_RGB32)
    picture.fill(QColor("#1c71d8"))
    mime.setImageData(picture)
    editor.insertFromMimeData(mime)
    [image] = editor.images().values()
    assert QImage.fromData(image.data).size() == picture.size()
    assert editor.content() == [Paragraph((text("x"),)), Figure(image.id)]


def test_copy_paste_inside_keeps_figures_and_captions(qtbot, editor, png) -> None:
    image = Image("fig", "image/png", png())
    editor.set_content([Paragraph((text("a"),)), Figure("fig", (text("cap", Mark.BOLD),))], {"fig": image})
    other = RichTextEditor(language="en")
    qtbot.addWidget(other)
    editor.selectAll()
    mime = editor.createMimeDataFromSelection()
    other.insertFromMimeData(mime)
    assert other.content() == editor.content()
    assert other.images() == {"fig": image}


def test_plain_text_paste_splits_paragraphs_and_drops_controls(qtbot, editor) -> None:
    mime = QMimeData()
    mime.setText("line 1\r\nline\x00 2")
    editor.insertFromMimeData(mime)
    assert editor.content() == [Paragraph((text("line 1"),)), Paragraph((text("line 2"),))]


def test_language_sets_locale_and_counts(qtbot, editor) -> None:
    qtbot.keyClicks(editor, "two words")
    assert editor.text_count() == 2  # zh-TW: each Latin word counts once
    editor.language = "en"
    assert editor.locale().language().name == "English"
    assert editor.text_count() == 2
    assert "Liberation Serif" in editor.font().families()


@pytest.mark.parametrize("name", sample_names())
def test_samples_round_trip_through_the_editor(qtbot, editor, name) -> None:
    release = load_sample(name)
    images = {image.id: image for image in release.images}
    for lang, content in release.content.items():
        editor.language = lang
        editor.set_content(content.body, images)
        assert editor.content() == content.body
        used = {block.image_id for block in content.body if isinstance(block, Figure)}
        assert set(editor.images()) == used
        assert editor.document().requested == []


WORD_HTML = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>
p.MsoNormal {mso-style-parent:""; font-family:"Calibri",sans-serif;} @list l0:level1 {mso-level-text:\\F0B7;}
</style></head><body lang=ZH-TW><!--StartFragment-->
<p class=MsoNormal><b><span lang=ZH-TW style='font-family:"新細明體",serif;color:#1F3864'>重要</span></b>
<span style='mso-fareast-font-family:"新細明體"'>通知<o:p></o:p></span></p>
<p class=MsoListParagraph style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]>
<span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>
&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>first point<o:p></o:p></p>
<p class=MsoListParagraph style='mso-list:l1 level1 lfo2'><![if !supportLists]><span style='mso-list:Ignore'>1.
<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]><i>numbered</i><o:p></o:p></p>
<p class=MsoNormal>1.5 million people<o:p></o:p></p>
<!--EndFragment--></body></html>"""


def test_paste_from_word_keeps_text_marks_and_lists(qtbot, editor) -> None:
    mime = QMimeData()
    mime.setHtml(WORD_HTML)
    editor.insertFromMimeData(mime)
    assert editor.content() == [
        Paragraph((text("重要", Mark.BOLD), text(" 通知"))),
        ListItem(False, 0, (text("first point"),)),
        ListItem(True, 0, (text("numbered", Mark.ITALIC),)),
        Paragraph((text("1.5 million people"),)),
    ]
    assert "1F3864" not in editor.toHtml()
    assert "Symbol" not in editor.toHtml()


def test_multi_block_insert_mid_paragraph_is_one_undo_step(qtbot, editor, png) -> None:
    image = Image("fig", "image/png", png())
    editor.set_content([Paragraph((text("abcd"),))], {"fig": image})
    select(editor, 2, 2)
    editor.insert_blocks([Paragraph((text("P", Mark.BOLD),)), Heading(1, (text("H"),)), Figure("fig", (text("c"),))])
    assert editor.content() == [
        Paragraph((text("ab"), text("P", Mark.BOLD))),
        Heading(1, (text("H"),)),
        Figure("fig", (text("c"),)),
        Paragraph((text("cd"),)),
    ]
    image_block = editor.document().findBlockByNumber(2)
    assert image_block.blockFormat().alignment() & Qt.AlignmentFlag.AlignHCenter
    editor.undo()
    assert editor.content() == [Paragraph((text("abcd"),))]


def test_typing_after_a_link_is_plain_and_inside_it_is_linked(qtbot, editor) -> None:
    editor.set_content([Paragraph((text("go "), text("here", href="https://a.example")))], {})
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor, "!")
    select(editor, 4, 4)  # after "go h"
    qtbot.keyClicks(editor, "X")
    assert editor.content() == [Paragraph((text("go "), text("hXere", href="https://a.example"), text("!")))]


def test_images_fit_the_editor_width_without_changing_the_document(qtbot) -> None:
    """A wide chart is shown scaled to the column; resizing re-fits it; the stored image and undo stack stay."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QImage, QTextDocument

    from releasedesk.gui.richtext import styles
    from releasedesk.gui.richtext.editor import RichTextEditor
    from releasedesk.samples import load_sample

    release = load_sample("announcement")
    editor = RichTextEditor(language="zh-TW")
    qtbot.addWidget(editor)
    editor.resize(420, 600)
    editor.show()
    editor.set_content(release.content["zh-TW"].body, {image.id: image for image in release.images})
    figure_ids = list(editor.images())
    assert figure_ids
    changes: list[int] = []
    editor.contentChanged.connect(lambda: changes.append(1))

    def shown_width() -> int:
        resource = editor.document().resource(
            QTextDocument.ResourceType.ImageResource.value, QUrl(styles.image_url(figure_ids[0]))
        )
        return QImage(resource).width()

    assert 0 < shown_width() <= editor.viewport().width()
    editor.resize(300, 600)
    qtbot.waitUntil(lambda: shown_width() <= editor.viewport().width())
    assert not editor.isModified()
    assert not editor.document().isUndoAvailable()
    assert changes == []
    assert editor.images()[figure_ids[0]] == release.image(figure_ids[0])


def test_select_all_delete_leaves_a_plain_paragraph_and_one_undo_brings_all_back(editor, qtbot):
    from PySide6.QtCore import Qt

    from releasedesk.model.richtext import ListItem, Paragraph, Quote, text

    for last in (Quote((text("A closing quote"),)), ListItem(False, 0, (text("a last item"),))):
        blocks = [Paragraph((text("A paragraph"),)), last]  # Qt keeps the last block's format for what remains
        editor.set_content(blocks, {})
        editor.setFocus()
        editor.selectAll()
        qtbot.keyClick(editor, Qt.Key.Key_Delete)
        assert not editor.in_quote()
        assert editor.current_list() is None
        assert editor.current_heading_level() == 0
        qtbot.keyClicks(editor, "Fresh")
        assert editor.content() == [Paragraph((text("Fresh"),))]
        editor.undo()  # the typing
        editor.undo()  # the delete, and the reset joined to it
        assert editor.content() == blocks


def test_link_dialog_offers_https_for_a_bare_address_and_shows_its_hint_whole(qtbot):
    from releasedesk.model.links import suggested_href

    dialog = LinkDialog(None, "Ministry site", "")
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    dialog.href_edit.setText("www.example.tw")
    assert not ok.isEnabled()
    assert dialog.fix_button.isVisible()
    assert dialog.fix_button.text() == "Use https://www.example.tw"
    assert dialog.problem.height() >= dialog.problem.heightForWidth(dialog.problem.width())  # not clipped
    dialog.fix_button.click()
    assert ok.isEnabled()
    assert dialog.href() == "https://www.example.tw"
    dialog.href_edit.setText("javascript:alert(1)")
    assert not dialog.fix_button.isVisible()
    assert "Only web" in dialog.problem.text()
    assert dialog.problem.height() >= dialog.problem.heightForWidth(dialog.problem.width())
    assert suggested_href("press@example.gov.tw") == "mailto:press@example.gov.tw"
    assert suggested_href("moda.gov.tw/news?id=3") == "https://moda.gov.tw/news?id=3"
    assert suggested_href("just words") is None
    assert suggested_href("https://ok.tw") is None
