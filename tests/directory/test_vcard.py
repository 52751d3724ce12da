"""vCard 3.0 / 4.0: round trips through real files and a real database, malformed cards, all-or-nothing import."""

from __future__ import annotations

import sqlite3
import uuid
from typing import TYPE_CHECKING

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from releasedesk.directory.repository import DirectoryContact, DirectoryError, SqliteContactRepository
from releasedesk.directory.vcard import (
    VERSIONS,
    import_vcard_file,
    parse_vcards,
    read_vcard_file,
    to_vcards,
    write_vcard_file,
)
from releasedesk.model.release import Bilingual

if TYPE_CHECKING:
    from pathlib import Path


@pytest.mark.parametrize("version", VERSIONS)
def test_export_then_import_gives_equal_contacts(tmp_path: Path, samples: list[DirectoryContact], version: str) -> None:
    with SqliteContactRepository(tmp_path / "a.sqlite3") as source:
        for contact in samples:
            source.add(contact)
        exported = source.all()
    vcf = tmp_path / "out.vcf"
    write_vcard_file(vcf, exported, version)  # type: ignore[arg-type]
    text = vcf.read_text("utf-8")
    assert text.count("BEGIN:VCARD") == 3
    assert f"VERSION:{version}" in text
    assert "王小明" in text
    assert "新聞科科長" in text

    with SqliteContactRepository(tmp_path / "b.sqlite3") as target:
        summary, problems = import_vcard_file(target, vcf)
        assert problems == []
        assert (summary.added, summary.updated) == (3, 0)
        imported = target.all()
    assert [c.content() for c in imported] == [c.content() for c in exported]
    assert [c.uid for c in imported] == [c.uid for c in exported]


def test_bilingual_properties_as_documented() -> None:
    contact = DirectoryContact(
        name=Bilingual("王小明", "Wang Hsiao-ming"), title=Bilingual("科長", "Chief"), unit=Bilingual("署", "SMEA")
    )
    v3 = to_vcards([contact], "3.0")
    assert "FN;LANGUAGE=zh-TW:王小明" in v3
    assert "X-RELEASEDESK-FN;LANGUAGE=en:Wang Hsiao-ming" in v3
    assert v3.count("\nFN") == 1  # vCard 3.0 has one FN
    v4 = to_vcards([contact], "4.0")
    assert "FN;ALTID=1;LANGUAGE=zh-TW:王小明" in v4
    assert "FN;ALTID=1;LANGUAGE=en:Wang Hsiao-ming" in v4
    assert "TITLE;ALTID=1;LANGUAGE=en:Chief" in v4
    assert "X-RELEASEDESK-FN" not in v4


def test_reimport_updates_by_uid_instead_of_duplicating(tmp_path: Path, samples: list[DirectoryContact]) -> None:
    vcf = tmp_path / "c.vcf"
    with SqliteContactRepository(tmp_path / "d.sqlite3") as repo:
        wang = repo.add(samples[0])
        write_vcard_file(vcf, [wang])
        vcf.write_text(vcf.read_text("utf-8").replace("新聞科科長", "新聞科專門委員"), "utf-8")
        summary, _ = import_vcard_file(repo, vcf)
        assert (summary.added, summary.updated) == (0, 1)
        assert repo.count() == 1
        again = repo.get(wang.id or 0)
        assert again is not None
        assert again.title.zh == "新聞科專門委員"
        summary, _ = import_vcard_file(repo, vcf)  # the same file again: nothing to do, stamps untouched
        assert (summary.added, summary.updated, summary.unchanged) == (0, 0, 1)
        assert repo.get(wang.id or 0) == again


def test_cards_without_uid_are_not_duplicated_on_reimport(tmp_path: Path) -> None:
    vcf = tmp_path / "outlook.vcf"
    vcf.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:王小明\nTEL;TYPE=WORK:02-1234\nEND:VCARD\n" * 2, "utf-8")
    with SqliteContactRepository(tmp_path / "o.sqlite3") as repo:
        first, _ = import_vcard_file(repo, vcf)
        second, _ = import_vcard_file(repo, vcf)
        assert (first.added, first.unchanged) == (1, 1)  # the file itself holds the card twice
        assert (second.added, second.unchanged) == (0, 2)
        assert repo.count() == 1


def test_cards_from_other_programs(tmp_path: Path) -> None:
    """Outlook / phone exports: no LANGUAGE parameters, N without FN, tel: URIs, several ORG units."""
    text = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:陳;美玲;;;\r\nORG:經濟部;中小企業署\r\nTITLE:發言人\r\nTITLE:Spokesperson\r\n"
        "TEL;TYPE=HOME:02-1111-2222\r\nTEL;TYPE=FAX:02-9999-9999\r\nTEL;TYPE=CELL:0933-222-111\r\n"
        "EMAIL;TYPE=INTERNET:ml@moea.gov.tw\r\nEMAIL:second@moea.gov.tw\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Mary O'Brien\r\nTEL;VALUE=uri;TYPE=work:tel:+353-1-555-0100\r\n"
        "END:VCARD\r\n"
    )
    parsed = parse_vcards(text)
    assert parsed.problems == []
    chen, mary = parsed.contacts
    assert chen.name == Bilingual("陳美玲", "")
    assert chen.title == Bilingual("發言人", "Spokesperson")
    assert chen.unit.zh == "經濟部 中小企業署"
    assert (chen.office_phone, chen.mobile, chen.email) == ("02-1111-2222", "0933-222-111", "ml@moea.gov.tw")
    assert (chen.print_office_phone, chen.print_mobile) == (True, False)  # directory defaults
    assert mary.name == Bilingual("", "Mary O'Brien")
    assert mary.office_phone == "+353-1-555-0100"


MALFORMED = """\
BEGIN:VCARD
VERSION:3.0
FN:王小明
END:VCARD
stray text between cards
BEGIN:VCARD
VERSION:3.0
FN:Bad Line
this line has no colon
END:VCARD
BEGIN:VCARD
VERSION:4.0
FN:陳美玲
TITLE:發言人
END:VCARD
BEGIN:VCARD
VERSION:3.0
NOTE:a card with nothing to call it by
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Never closed
BEGIN:VCARD
VERSION:3.0
FN:Mary O'Brien
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Cut off at the end
"""


def test_malformed_cards_are_reported_one_by_one_and_the_good_ones_imported(tmp_path: Path) -> None:
    vcf = tmp_path / "mixed.vcf"
    vcf.write_text(MALFORMED, "utf-8")
    with SqliteContactRepository(tmp_path / "m.sqlite3") as repo:
        summary, problems = import_vcard_file(repo, vcf)
        names = [contact.name.best("zh-TW") for contact in repo.all()]
    assert names == ["王小明", "陳美玲", "Mary O'Brien"]
    assert summary.added == 3
    assert [(problem.line, problem.message.split(" (")[0].split(":")[0]) for problem in problems] == [
        (5, "text outside a vCard"),
        (9, "cannot read this line"),
        (16, "vCard has no name, phone number or e-mail address"),
        (20, "vCard not closed"),
        (27, "vCard not closed"),
    ]
    assert "this line has no colon" in str(problems[1])


def test_lines_that_are_not_utf8_skip_only_their_card(tmp_path: Path) -> None:
    vcf = tmp_path / "big5.vcf"
    good = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:王小明\r\nEND:VCARD\r\n".encode()
    big5 = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:陳美玲\r\nEND:VCARD\r\n".encode("big5")
    vcf.write_bytes(good + big5)
    parsed = read_vcard_file(vcf)
    assert [contact.name.zh for contact in parsed.contacts] == ["王小明"]
    assert [(problem.line, "UTF-8" in problem.message) for problem in parsed.problems] == [(7, True)]


def test_a_database_error_mid_import_writes_nothing(tmp_path: Path, samples: list[DirectoryContact]) -> None:
    db = tmp_path / "t.sqlite3"
    SqliteContactRepository(db).close()
    raw = sqlite3.connect(db)
    raw.execute(
        "CREATE TRIGGER refuse BEFORE INSERT ON contacts WHEN NEW.name_en = 'Mary O''Brien' "
        "BEGIN SELECT RAISE(ABORT, 'disk says no'); END"
    )
    raw.commit()
    raw.close()
    vcf = tmp_path / "all.vcf"
    write_vcard_file(vcf, samples)
    with SqliteContactRepository(db) as repo:
        with pytest.raises(DirectoryError, match="disk says no"):
            import_vcard_file(repo, vcf)
        assert repo.count() == 0  # the two cards before the failing one were rolled back too


def test_failed_export_keeps_the_previous_file(tmp_path: Path, samples: list[DirectoryContact]) -> None:
    target = tmp_path / "missing-folder" / "out.vcf"
    with pytest.raises(DirectoryError, match="cannot write"):
        write_vcard_file(target, samples)
    assert not target.exists()


_field = st.text(
    alphabet=st.sampled_from(list("王小明陳美玲𠀋「」，。abcXYZ019 -_'\",;:\\/@#()&<>é😀")), max_size=25
).map(str.strip)
_notes = st.text(alphabet=st.sampled_from(list("備註 ab,;:\\\n\t😀")), max_size=40).map(str.strip)


@st.composite
def _contacts(draw: st.DrawFn) -> DirectoryContact:
    contact = DirectoryContact(
        name=Bilingual(draw(_field), draw(_field)),
        title=Bilingual(draw(_field), draw(_field)),
        unit=Bilingual(draw(_field), draw(_field)),
        office_phone=draw(_field),
        mobile=draw(_field),
        email=draw(_field),
        notes=draw(_notes),
        tags=draw(st.lists(_field, max_size=3)),
        print_office_phone=draw(st.booleans()),
        print_mobile=draw(st.booleans()),
        uid=draw(st.uuids()).hex,
    )
    if not (contact.name.zh or contact.name.en or contact.email or contact.office_phone or contact.mobile):
        contact.email = "someone@example.tw"
    return contact


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(contacts=st.lists(_contacts(), min_size=1, max_size=4), version=st.sampled_from(VERSIONS))
def test_round_trip_of_hostile_text(contacts: list[DirectoryContact], version: str) -> None:
    parsed = parse_vcards(to_vcards(contacts, version))  # type: ignore[arg-type]
    assert parsed.problems == []
    assert [c.content() for c in parsed.contacts] == [c.content() for c in contacts]
    assert [c.uid for c in parsed.contacts] == [c.uid for c in contacts]


def _card(uid: str, name: str) -> str:
    return f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:{uid}\r\nFN:{name}\r\nEMAIL:{name.lower()}@example.tw\r\nEND:VCARD\r\n"


def test_a_cards_uid_is_kept_unless_unusable_or_already_claimed(tmp_path: Path) -> None:
    vcf = tmp_path / "mixed.vcf"
    vcf.write_text(
        _card("urn:uuid:6f1c7c2e-2c7e-4f63-9a55-0f7c2f0b8e11", "Ann")
        + _card("outlook-ABC123", "Bob")
        + _card("x" * 300, "Cai")  # no identity a person could mean
        + _card("outlook-ABC123", "Dee"),  # a second card claiming Bob's identity is not Bob
        "utf-8",
    )
    with SqliteContactRepository(tmp_path / "u.sqlite3") as repo:
        first, problems = import_vcard_file(repo, vcf)
        assert problems == []
        assert (first.added, first.updated, first.unchanged) == (4, 0, 0)
        uids = {c.name.en: c.uid for c in repo.all()}
        assert uids["Ann"] == "urn:uuid:6f1c7c2e-2c7e-4f63-9a55-0f7c2f0b8e11"
        assert uids["Bob"] == "outlook-ABC123"
        assert uuid.UUID(uids["Cai"]).version == 4
        assert uuid.UUID(uids["Dee"]).version == 4
        assert len(set(uids.values())) == 4
        before = repo.all()

        again, _ = import_vcard_file(repo, vcf)  # the same file again changes nothing
        assert (again.added, again.updated, again.unchanged) == (0, 0, 4)
        assert repo.all() == before


def test_uid_round_trip_through_a_file_into_another_directory(tmp_path: Path, samples: list[DirectoryContact]) -> None:
    vcf = tmp_path / "uids.vcf"
    with SqliteContactRepository(tmp_path / "here.sqlite3") as here:
        exported = [here.add(contact) for contact in samples]
    for version in VERSIONS:
        write_vcard_file(vcf, exported, version)  # type: ignore[arg-type]
        assert [line for line in vcf.read_text("utf-8").splitlines() if line.startswith("UID:")] == [
            f"UID:{contact.uid}" for contact in exported
        ]
        with SqliteContactRepository(tmp_path / f"there-{version}.sqlite3") as there:
            there.add(DirectoryContact(name=Bilingual("先到者", "")))  # ids there differ from ids here
            import_vcard_file(there, vcf)
            for contact in exported:
                found = there.get_by_uid(contact.uid)
                assert found is not None
                assert found.content() == contact.content()
                assert found.id != contact.id
