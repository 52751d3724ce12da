"""Pasting arbitrary HTML: never a fetch, never an unsafe link, never a foreign image, never a crash."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QMimeData

from releasedesk.gui.richtext import RichTextEditor
from releasedesk.gui.richtext.paste import blocks_from_html
from releasedesk.model.links import is_safe_href
from releasedesk.model.richtext import Figure, block_runs

PIECES = [
    "<b>",
    "</b>",
    "<i>",
    "<u>",
    "<h1>",
    "<h4>",
    "<p>",
    "<br>",
    "<ul><li>",
    "<ol><li>",
    "</li></ul>",
    "<blockquote>",
    "<table><tr><td>",
    "</td></tr></table>",
    '<a href="javascript:alert(1)">',
    '<a href=" JAVASCRIPT:x">',
    '<a href="https://ok.example/?a=1&amp;b=2">',
    '<a href="mailto:a@b.tw">',
    '<a href="data:text/html,<script>">',
    "</a>",
    '<img src="file:///etc/passwd">',
    '<img src="http://127.0.0.1:9/x.png">',
    '<img src="/etc/hostname">',
    '<img src="releasedesk-image:nope">',
    '<img src="data:image/png;base64,iVBORw0KGgo=">',
    '<span style="color:red;font-size:80pt;font-family:Impact;font-weight:900">',
    "<script>alert(1)</script>",
    "<style>p{color:red}</style>",
    '<link rel="stylesheet" href="http://127.0.0.1:9/s.css">',
    "中文",
    "😀",
    "&lt;&amp;&gt;",
    "text ",
    "\u2028",
    "\x00",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), max_size=25).map("".join))
def test_any_html_pastes_safely(qapp, html: str) -> None:
    blocks, requested = blocks_from_html(html, {})
    assert requested == []  # the scratch document is never laid out, so nothing is even asked for
    for block in blocks:
        assert not isinstance(block, Figure)
        for run in block_runs(block):
            assert run.href is None or is_safe_href(run.href)
            assert "\x00" not in run.text
            assert "\ufffc" not in run.text
    editor = RichTextEditor()
    mime = QMimeData()
    mime.setHtml(html)
    editor.insertFromMimeData(mime)
    editor.resize(300, 200)
    editor.grab()
    assert editor.document().requested == []
    assert editor.images() == {}
    editor.deleteLater()


def test_safe_document_refuses_what_layout_asks_for(qapp, tmp_path) -> None:
    from PySide6.QtGui import QColor, QImage

    from releasedesk.gui.richtext.document import SafeDocument

    picture = tmp_path / "real.png"
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(picture))
    doc = SafeDocument()
    doc.setHtml(f'<p>x<img src="file://{picture}"><img src="{picture}"></p>')
    doc.documentLayout().documentSize()  # layout asks for the images: each request reaches us and is refused
    assert doc.requested == [f"file://{picture}", str(picture)]
