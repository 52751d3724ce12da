"""Release snapshots of directory contacts and the "changed in the directory since" check."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from releasedesk.directory.repository import DirectoryContact, SqliteContactRepository
from releasedesk.directory.snapshot import (
    LinkState,
    directory_entry,
    link_state,
    link_states,
    printed_content,
    refreshed,
    to_snapshot,
)
from releasedesk.directory.vcard import import_vcard_file, write_vcard_file
from releasedesk.fileformat import load_release, save_release
from releasedesk.model.release import Bilingual, Contact, Release

if TYPE_CHECKING:
    from pathlib import Path


def test_snapshot_copies_printed_fields_and_remembers_id_and_stamp(
    repo: SqliteContactRepository, samples: list[DirectoryContact]
) -> None:
    wang = repo.add(samples[0])
    snapshot = to_snapshot(wang)
    assert snapshot.name == Bilingual("王小明", "Wang Hsiao-ming")
    assert snapshot.title == wang.title
    assert snapshot.unit == wang.unit
    assert (snapshot.office_phone, snapshot.mobile, snapshot.email) == (wang.office_phone, wang.mobile, wang.email)
    assert (snapshot.print_office_phone, snapshot.print_mobile) == (True, False)
    assert (snapshot.directory_id, snapshot.directory_updated) == (wang.id, wang.updated_at)
    assert snapshot.directory_uid == wang.uid
    assert wang.uid
    wang.name.zh = "改名"
    assert snapshot.name.zh == "王小明"  # a copy, not shared values


def test_snapshot_survives_the_release_file(
    tmp_path: Path, repo: SqliteContactRepository, samples: list[DirectoryContact]
) -> None:
    release = Release(contacts=[to_snapshot(repo.add(samples[0]))])
    save_release(release, tmp_path / "r.rdrelease")
    loaded = load_release(tmp_path / "r.rdrelease")
    assert loaded.contacts == release.contacts
    assert link_states(loaded.contacts, repo) == [LinkState.CURRENT]


def test_changed_since_and_update(repo: SqliteContactRepository, samples: list[DirectoryContact]) -> None:
    wang, chen = repo.add(samples[0]), repo.add(samples[1])
    typed = Contact(name=Bilingual("林記者", ""))
    contacts = [to_snapshot(wang), to_snapshot(chen), typed]
    assert link_states(contacts, repo) == [LinkState.CURRENT, LinkState.CURRENT, LinkState.NOT_LINKED]

    wang.notes = "only a note"  # not printed: nothing to offer
    wang = repo.update(wang)
    assert link_states(contacts, repo)[0] is LinkState.CURRENT

    wang.title.zh = "新聞科專門委員"
    wang = repo.update(wang)
    assert link_states(contacts, repo)[0] is LinkState.CHANGED
    fresh = refreshed(contacts[0], repo)
    assert fresh is not None
    assert fresh.title.zh == "新聞科專門委員"
    assert fresh.directory_updated == wang.updated_at
    contacts[0] = fresh
    assert link_states(contacts, repo)[0] is LinkState.CURRENT

    repo.delete(chen.id or 0)
    assert link_states(contacts, repo)[1] is LinkState.MISSING
    assert refreshed(contacts[1], repo) is None


def test_edits_made_in_the_release_are_not_flagged(
    repo: SqliteContactRepository, samples: list[DirectoryContact]
) -> None:
    snapshot = to_snapshot(repo.add(samples[0]))
    snapshot.title.en = "Acting Section Chief"  # edited in this release only
    assert link_states([snapshot], repo) == [LinkState.CURRENT]


def test_an_id_from_another_database_is_not_somebody_else(
    repo: SqliteContactRepository, samples: list[DirectoryContact]
) -> None:
    chen = repo.add(samples[1])
    foreign = to_snapshot(DirectoryContact(name=Bilingual("張三", "Chang San"), id=chen.id, updated_at="x"))
    assert link_state(foreign, repo.get(chen.id or 0)) is LinkState.MISSING
    assert refreshed(foreign, repo) is None
    assert printed_content(foreign) != printed_content(to_snapshot(chen))


def test_a_uid_from_another_directory_is_never_matched_by_id(
    repo: SqliteContactRepository, samples: list[DirectoryContact]
) -> None:
    """A release made on another machine: its id happens to be Wang's here, even the name agrees; the uid does not."""
    wang = repo.add(samples[0])
    there = replace(to_snapshot(wang), directory_uid="0b9f3a36-5d2e-4c5e-9a53-3d4b7c1e2f10")
    assert directory_entry(there, repo) is None
    assert link_states([there], repo) == [LinkState.MISSING]
    assert link_state(there, wang) is LinkState.MISSING  # even handed the entry with the same id
    assert refreshed(there, repo) is None


def test_the_same_person_is_found_by_uid_in_another_directory(
    tmp_path: Path, repo: SqliteContactRepository, samples: list[DirectoryContact]
) -> None:
    """Directory shared as a vCard file: ids differ on the other machine, the release still finds its contacts."""
    wang, chen = repo.add(samples[0]), repo.add(samples[1])
    release = Release(contacts=[to_snapshot(chen), to_snapshot(wang)])
    save_release(release, tmp_path / "r.rdrelease")
    write_vcard_file(tmp_path / "d.vcf", [wang, chen])
    with SqliteContactRepository(tmp_path / "other.sqlite3") as other:
        for filler in samples[2:] * 3:
            other.add(replace(filler, uid=""))  # takes the ids the release remembers
        import_vcard_file(other, tmp_path / "d.vcf")
        loaded = load_release(tmp_path / "r.rdrelease").contacts
        assert [(c.directory_id, c.directory_uid) for c in loaded] == [(chen.id, chen.uid), (wang.id, wang.uid)]
        assert other.get(chen.id or 0) is not None
        assert other.get(chen.id or 0).uid != chen.uid

        # imported = a new stamp here, but the printed fields are the same: nothing to offer
        assert link_states(loaded, other) == [LinkState.CURRENT, LinkState.CURRENT]
        entry = other.get_by_uid(wang.uid)
        assert entry is not None
        entry.name, entry.email = Bilingual("王大明", "Wang Ta-ming"), "wang.tm@sme.gov.tw"  # renamed, new address
        other.update(entry)
        assert link_states(loaded, other) == [LinkState.CURRENT, LinkState.CHANGED]  # still the same person
        fresh = refreshed(loaded[1], other)
        assert fresh is not None
        assert fresh.name.zh == "王大明"
        assert (fresh.directory_uid, fresh.directory_id) == (wang.uid, entry.id)


def test_files_without_uids_still_match_by_id_and_name_and_get_the_uid_on_update(
    repo: SqliteContactRepository, samples: list[DirectoryContact]
) -> None:
    wang = repo.add(samples[0])
    legacy = replace(to_snapshot(wang), directory_uid=None)  # written before uids were remembered
    assert link_states([legacy], repo) == [LinkState.CURRENT]
    wang.title.zh = "新聞科專門委員"
    wang = repo.update(wang)
    assert link_states([legacy], repo) == [LinkState.CHANGED]
    fresh = refreshed(legacy, repo)
    assert fresh is not None
    assert fresh.directory_uid == wang.uid

    stranger = replace(legacy, name=Bilingual("張三", "Chang San"), email="")  # same id, somebody else
    assert link_states([stranger], repo) == [LinkState.MISSING]
