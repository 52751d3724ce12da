"""Agency profiles on both engines: stored with their logo, moved as TOML, edited without losing a colleague's
change, and the blank release File → New makes from one."""

from __future__ import annotations

import io
import tomllib
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import pytest
from PIL import Image as PilImage

from releasedesk.fileformat import dumps, loads
from releasedesk.library.errors import LibraryConflict, LibraryError
from releasedesk.library.profiles import Profile, read_profile_toml
from releasedesk.library.store import Library
from releasedesk.model.release import Bilingual, Contact

if TYPE_CHECKING:
    from pathlib import Path


def png(colour: str = "navy") -> bytes:
    buffer = io.BytesIO()
    PilImage.new("RGB", (40, 20), colour).save(buffer, "PNG")
    return buffer.getvalue()


def mods() -> Profile:
    return Profile(
        name="MODS",
        agency=Bilingual("數位服務部", "Ministry of Digital Services"),
        unit=Bilingual("新聞科", "Press Office"),
        dateline=Bilingual("臺北", "TAIPEI"),
        boilerplate=Bilingual("數位服務部負責「數位」政策。\n第二段", 'MODS runs "digital" policy.\nSecond line'),
        contacts=[Contact(name=Bilingual("林怡君", "Lin Yi-chun"), email="lin@mods.gov.tw", directory_uid="u-1")],
        number_scheme="MODS-{yyyy}-{mmdd}-{seq:02}",
        pdf_template='[page]\nsize = "A4"\n',
        logo=png(),
        logo_mime="image/png",
    )


def test_save_get_and_a_stale_edit_is_refused(library_url: str) -> None:
    with Library(library_url) as alice, Library(library_url) as bob:
        stored = alice.profiles.save(mods())
        assert stored.version == 1
        assert stored.logo == mods().logo
        assert alice.profiles.get("MODS") == stored
        theirs = bob.profiles.require("MODS")
        stored.boilerplate.en = "Alice's text"
        alice.profiles.save(stored)
        theirs.logo = None
        with pytest.raises(LibraryConflict):
            bob.profiles.save(theirs)
        again = bob.profiles.require("MODS")
        assert again.boilerplate.en == "Alice's text"
        assert again.logo == mods().logo
        with pytest.raises(LibraryError, match="already exists"):
            bob.profiles.save(mods())
        assert bob.profiles.names() == ["MODS"]


def test_toml_round_trip_with_the_logo_beside_it(library: Library, tmp_path: Path) -> None:
    library.profiles.save(mods())
    written = library.profiles.export_toml("MODS", tmp_path / "mods.toml")
    assert [path.name for path in written] == ["mods.toml", "mods-logo.png"]
    assert tomllib.loads((tmp_path / "mods.toml").read_text("utf-8"))["agency"]["zh"] == "數位服務部"
    back = read_profile_toml(tmp_path / "mods.toml")
    expected = mods()
    assert back.data() == expected.data()
    assert back.logo == expected.logo
    assert back.logo_mime == "image/png"
    (tmp_path / "mods.toml").write_text(
        (tmp_path / "mods.toml").read_text("utf-8").replace("新聞科", "公關科"), "utf-8"
    )
    assert library.profiles.import_toml(tmp_path / "mods.toml").unit.zh == "公關科"  # same name: replaced
    assert library.profiles.names() == ["MODS"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("name = ", "not a valid TOML profile"),
        ('unit = "x"', "needs a name"),
        ('name = "A"\nnumber_scheme = "A-{yyyy}"', "needs exactly one {seq}"),
        ('name = "A"\nlogo = "missing.png"', "cannot read the logo"),
        ('name = "A"\nlogo = "logo.gif"', "PNG or JPEG"),
        ('name = "A"\n[agency]\nzh = 1', "must be text"),
    ],
)
def test_a_bad_toml_profile_is_one_line(tmp_path: Path, content: str, message: str) -> None:
    (tmp_path / "p.toml").write_text(content, "utf-8")
    with pytest.raises(LibraryError, match=message) as raised:
        read_profile_toml(tmp_path / "p.toml")
    assert "\n" not in str(raised.value)


def test_a_new_release_from_a_profile(library: Library) -> None:
    library.profiles.save(mods())
    when = datetime(2026, 11, 30, 9, 30, tzinfo=ZoneInfo("Asia/Taipei"))
    first = library.profiles.new_release("MODS", when=when)
    second = library.profiles.new_release("MODS", when=when)
    assert (first.number, second.number) == ("MODS-2026-1130-01", "MODS-2026-1130-02")
    assert first.agency == Bilingual("數位服務部", "Ministry of Digital Services")
    assert first.content["zh-TW"].boilerplate == mods().boilerplate.zh
    assert first.content["en"].headline == ""
    assert first.content["en"].body == []
    assert first.contacts == mods().contacts
    assert first.logo_image_id is not None
    assert first.image(first.logo_image_id).data == mods().logo
    assert loads(dumps(first)) == first  # a valid release file, same format as ever
