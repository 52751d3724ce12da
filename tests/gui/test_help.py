"""Help → User guide: bundled, offline, in the interface language."""

from __future__ import annotations

from releasedesk.resources import resource


def test_user_guide_opens_offline_in_english_then_in_chinese(window):
    window.guide_action.trigger()
    guide = window.guide
    assert guide is not None
    assert guide.isVisible()
    text = guide.browser.toPlainText()
    assert "ReleaseDesk user guide" in text
    assert "Ctrl+E" in text
    assert "116/01/05" in text
    assert guide.browser.source().isLocalFile()
    window._set_ui_language("zh_TW")  # noqa: SLF001 - the language menu's slot
    try:
        window.guide_action.trigger()
        assert "使用說明" in guide.browser.toPlainText()
        assert "解禁時間" in guide.browser.toPlainText()
        assert guide.windowTitle() == "ReleaseDesk 使用說明"
    finally:
        window._set_ui_language("en")  # noqa: SLF001 - as above
    guide.close()


def test_both_guides_cover_the_same_sections():
    import re

    sections = [
        re.findall(r'<h2 id="([^"]+)"', resource("help", name).read_text())
        for name in ("guide-en.html", "guide-zh_TW.html")
    ]
    assert sections[0] == sections[1]
    assert len(sections[0]) >= 6
