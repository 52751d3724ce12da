from __future__ import annotations

from hypothesis import given

from releasedesk.model.textclean import clean_text, uncarriable_characters
from strategies import hostile_text


def test_drops_what_xml_cannot_carry_and_keeps_the_rest() -> None:
    assert clean_text("a\x00b\x0bc\x1bd\x7fe\x85f\ud800g\ufffeh\uffffi") == "abcdefghi"
    assert clean_text("tab\tline\r\nmac\rend") == "tab\nline\nmac\nend".replace("tab\n", "tab\t")
    kept = "中文「引號」，emoji 😀 👩‍💻, <&> AT&T, 𠀋, \uf900, e\u0301"
    assert clean_text(kept) == kept  # no NFC: compatibility ideographs and combining marks untouched
    assert uncarriable_characters("a\x00b\ud800") == ["\x00", "\ud800"]


@given(hostile_text)
def test_clean_text_is_idempotent_and_xml_safe(value: str) -> None:
    cleaned = clean_text(value)
    assert clean_text(cleaned) == cleaned
    cleaned.encode("utf-8")  # no lone surrogates
    assert all(ch in "\t\n" or ord(ch) >= 0x20 for ch in cleaned)
