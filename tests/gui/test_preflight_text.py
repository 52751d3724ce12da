"""Preflight warnings in the interface language: every issue kind and place in Chinese with the zh_TW translator."""

from __future__ import annotations

import re
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QTranslator
from PySide6.QtGui import QImage

from releasedesk.export.pdf import PdfOptions
from releasedesk.export.pdf.template import FontConfig
from releasedesk.export.preflight import PreflightIssue, preflight
from releasedesk.gui.export_dialog import ExportDialog
from releasedesk.gui.preflight_text import PreflightText, fill
from releasedesk.model.release import Bilingual, Image, Release
from releasedesk.model.richtext import Figure, Heading, ListItem, Paragraph, Quote, text
from releasedesk.resources import resource
from releasedesk.samples import load_sample

if TYPE_CHECKING:
    from collections.abc import Iterator

# source words of the English templates: none may survive translation (ids, U+ codes, PDF and dpi may)
ENGLISH = re.compile(
    r"\b(body|paragraph|heading|list|item|quote|caption|headline|subheadline|agency|unit|dateline|end|mark|"
    r"boilerplate|contacts?|media|release|number|embargo|image|logo|block|missing|passed|removed|export|font|draw|"
    r"wide|prints|column|needs|installed|cannot|read|Chinese|English)\b",
    re.IGNORECASE,
)
CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def chinese(qapp) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load(str(resource("i18n", "releasedesk_zh_TW.qm")))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def _png(width: int, height: int) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(0x2E6DA4)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def troubled_release() -> Release:
    """The sample with one of every problem, in every kind of place that has text."""
    release = load_sample()
    release.embargo_until = datetime(2020, 1, 1, 9, 0, tzinfo=ZoneInfo("Asia/Taipei"))
    release.agency = Bilingual(release.agency.zh + "\x07", release.agency.en)
    release.unit = Bilingual(release.unit.zh + "\x07", release.unit.en)
    release.dateline = Bilingual(release.dateline.zh, release.dateline.en + "\x07")  # English only
    release.end_mark = Bilingual("（完）\x07", release.end_mark.en)
    release.number = "X-1\x07"
    release.images += [Image("small", "image/png", _png(400, 300)), Image("broken", "image/png", b"not an image")]
    release.logo_image_id = "broken"
    zh = release.content["zh-TW"]
    zh.subheadline += "\x00"
    zh.boilerplate += "\x07"
    zh.body = [
        Paragraph((text("鈴\x07"),)),
        Heading(2, (text("標\x07"),)),
        ListItem(False, 0, (text("項\x07"),)),
        Quote((text("引\x07"),)),
        Figure("small", (text("圖\x07"),)),
        Figure("broken"),
    ]
    en = release.content["en"]
    en.headline = " "
    en.body = [Paragraph((text("thumbs 👍"),))]
    release.contacts[0].name.en = "Ada 🦩"
    return release


def _shown(dialog: ExportDialog) -> list[str]:
    return [dialog.warnings.item(row).text() for row in range(dialog.warnings.count())]


def test_export_dialog_shows_every_issue_in_chinese(qtbot, chinese, tmp_path):
    release = troubled_release()
    issues = preflight(release, "both", formats=("pdf",))
    kinds = {issue.code for issue in issues}
    assert kinds >= {"missing-headline", "embargo-past", "image-resolution", "image-unreadable", "dropped-character"}
    assert "no-glyph" in kinds
    places = {issue.place.kind for issue in issues} | {issue.place.block for issue in issues}
    for place in ("agency", "unit", "dateline", "end-mark", "boilerplate", "number", "subheadline", "headline"):
        assert place in places
    assert {"image", "logo", "contact", "embargo", "paragraph", "heading", "list item", "quote", "caption"} <= places

    dialog = ExportDialog(release, "pdf", tmp_path / "x.pdf")
    qtbot.addWidget(dialog)
    shown = _shown(dialog)
    assert len(shown) == len(issues)
    for line, issue in zip(shown, issues, strict=True):
        assert line != str(issue), line
        assert CJK.search(line), line
        assert not ENGLISH.search(line), line
    assert "英文標題：未填寫" in shown
    assert "解禁時間：2020-01-01 09:00 (Asia/Taipei) 已經過去" in shown
    assert "中文內文第 1 個清單項目：匯出時會移除 U+0007" in shown
    assert "中文副標題：匯出時會移除 U+0000" in shown
    assert "圖片「small」（中文內文第 5 個區塊）：寬 400 像素，依欄寬列印只有 61 dpi（150 dpi 需要 980 像素）" in shown
    assert "標誌「broken」：無法讀取為圖片" in shown
    assert "英文第 1 位新聞聯絡人：沒有 PDF 字型能顯示 U+1F9A9 '🦩'" in shown
    assert "英文內文第 1 段：沒有 PDF 字型能顯示 U+1F44D '👍'" in shown
    assert dialog.summary.text() == f"預檢發現 {len(issues)} 個問題；仍可匯出。"


def test_missing_contacts_language_and_font_in_chinese(chinese):
    words = PreflightText()
    release = load_sample()
    release.contacts = []
    issues = preflight(release, "both", formats=())
    assert [words.text(issue) for issue in issues] == [
        "中文新聞聯絡人：沒有可印出的新聞聯絡人",
        "英文新聞聯絡人：沒有可印出的新聞聯絡人",
    ]
    options = PdfOptions(fonts=FontConfig(cjk="No Such Font TW"))
    (font,) = preflight(load_sample(), "both", formats=("pdf",), pdf_options=options)
    assert words.text(font) == "PDF 字型：未安裝「No Such Font TW」"
    release.content = {}
    texts = [words.text(preflight(release, lang, formats=())[0]) for lang in ("both", "zh-TW", "en")]
    assert texts == [
        "這份新聞稿沒有可匯出的文字。",
        "這份新聞稿沒有可匯出的中文文字。",
        "這份新聞稿沒有可匯出的英文文字。",
    ]


def test_english_interface_words_the_place_and_unknown_issues_fall_back():
    words = PreflightText()
    release = troubled_release()
    shown = [words.text(issue) for issue in preflight(release, "both", formats=("pdf",))]
    assert "English headline: missing" in shown
    assert "Chinese body, list item 1: will be removed on export: U+0007" in shown
    assert "Image “small” (Chinese body, block 5): 400 px wide prints at 61 dpi across the column" in "\n".join(shown)
    unknown = PreflightIssue("somewhere new", "a problem not worded yet", "new-code")
    assert words.text(unknown) == "somewhere new: a problem not worded yet"


def test_fill_replaces_all_placeholders_at_once():
    assert fill("%1 and %2", "a%2", "b") == "a%2 and b"
    assert fill("100% of %1", "x") == "100% of x"
