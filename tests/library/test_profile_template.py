"""An agency profile's PDF template is the house style of the releases made from it (core side; the window's
export, print and preview are tested in tests/gui/library/test_profile_template_window.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from releasedesk.library.errors import LibraryError
from releasedesk.library.profiles import Profile
from releasedesk.model.release import Bilingual

if TYPE_CHECKING:
    from releasedesk.library.store import Library

LETTER = 'page_size = "Letter"\naccent_color = "#AA0000"\n'


def test_a_release_from_a_profile_gets_its_template(library: Library) -> None:
    library.profiles.save(
        Profile("MODS", agency=Bilingual("數位服務部", "Ministry of Digital Services"), pdf_template=LETTER)
    )
    library.profiles.save(Profile("Plain", agency=Bilingual("另一部", "Another Ministry")))
    release = library.profiles.new_release("MODS")
    profile = library.profiles.for_release(release)
    assert profile is not None
    assert profile.name == "MODS"
    style = profile.house_style()
    assert style is not None
    assert (style.page_size, style.accent_color) == ("Letter", "#AA0000")
    assert library.profiles.require("Plain").house_style() is None  # no template: the built-in house style
    stranger = library.profiles.new_release("Plain")
    stranger.agency = Bilingual("未知機關", "Unknown")
    assert library.profiles.for_release(stranger) is None


@pytest.mark.parametrize(
    ("template", "message"),
    [('page_size = "A3"', "page_size must be one of"), ("page_size = ", "not valid TOML"), ("colour = 1", "unknown")],
)
def test_a_broken_template_is_one_clear_line(template: str, message: str) -> None:
    with pytest.raises(LibraryError, match=message) as raised:
        Profile("Broken", pdf_template=template).house_style()
    assert str(raised.value).startswith("profile 'Broken': ")
    assert "\n" not in str(raised.value)
