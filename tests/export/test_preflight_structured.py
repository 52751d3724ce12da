"""Preflight issues carry their facts as fields too, so an interface can word them in its own language."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from export.pdf.pdf_test_releases import png_bytes, sample_release
from releasedesk.export.pdf import PdfOptions
from releasedesk.export.pdf.template import FontConfig
from releasedesk.export.preflight import Place, preflight
from releasedesk.model.release import Image
from releasedesk.model.richtext import Figure, ListItem, Paragraph, text

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=ZoneInfo("Asia/Taipei"))


def test_places_and_characters_match_the_english_line():
    release = sample_release()
    release.content["zh-TW"].body[:0] = [ListItem(False, 0, (text("a\x07"),)), ListItem(False, 0, (text("b\x1b"),))]
    release.content["en"].body.append(Paragraph((text("ok 👍"),)))
    release.contacts[0].name.en = "Ada 🦩"
    issues = preflight(release, "both", formats=("pdf",), now=NOW)
    found = [(str(issue), issue.code, issue.place, issue.characters) for issue in issues]
    assert found == [
        ("zh-TW body, list item 1: will be removed on export: U+0007", "dropped-character",
         Place("body", "zh-TW", "list item", 1), ("\x07",)),
        ("zh-TW body, list item 2: will be removed on export: U+001B", "dropped-character",
         Place("body", "zh-TW", "list item", 2), ("\x1b",)),
        ("en body, paragraph 3: no PDF font can draw U+1F44D '👍'", "no-glyph", Place("body", "en", "paragraph", 3),
         ("👍",)),
        ("en media contact 1: no PDF font can draw U+1F9A9 '🦩'", "no-glyph", Place("contact", "en", index=1),
         ("🦩",)),
    ]  # fmt: skip


def test_image_embargo_font_and_language_parameters():
    release = sample_release(embargo=True)
    release.images.append(Image("small", "image/png", png_bytes(400, 300)))
    release.content["en"].body.append(Figure("small"))
    later = datetime(2026, 11, 26, tzinfo=ZoneInfo("UTC"))
    embargo, image = preflight(release, "en", formats=(), now=later)
    assert (embargo.code, embargo.place, embargo.embargo_until) == (
        "embargo-past",
        Place("embargo"),
        release.embargo_until,
    )
    assert (image.place, image.image_id, image.width_px, image.dpi, image.needed_px) == (
        Place("image", "en", index=10), "small", 400, 61, 980
    )  # fmt: skip
    options = PdfOptions(fonts=FontConfig(cjk="No Such Font TW"))
    (font,) = preflight(sample_release(), "en", formats=("pdf",), pdf_options=options, now=NOW)
    assert (font.code, font.place, font.font) == ("font-missing", Place("pdf-fonts"), "No Such Font TW")
    del release.content["en"]
    (missing,) = preflight(release, "en", formats=(), now=NOW)
    assert (missing.code, missing.place) == ("missing-language", Place("release", "en"))


def test_links_the_policy_refuses_are_reported_once_each_with_their_target() -> None:
    from releasedesk.export.preflight import preflight
    from releasedesk.model.richtext import Paragraph, text
    from releasedesk.samples import load_sample, sample_names

    release = load_sample(sample_names()[0])
    release.content["en"].body = [
        Paragraph((text("passwords", href="file:///etc/passwd"), text(" share", href="\\\\host\\share"))),
        Paragraph((text("site", href="https://example.org/"), text(" run", href="javascript:alert(1)"))),
    ]
    issues = [issue for issue in preflight(release, "en", formats=("docx",)) if issue.code == "link-dropped"]
    assert [issue.href for issue in issues] == ["file:///etc/passwd", "\\\\host\\share", "javascript:alert(1)"]
    assert all("plain text" in str(issue) for issue in issues)
