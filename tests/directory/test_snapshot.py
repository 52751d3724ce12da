"""Release snapshots of directory contacts and the "changed in the directory since" check."""

from __future__ import annotations

from pathlib import Path

from releasedesk.directory.repository import DirectoryContact, SqliteContactRepository
from releasedesk.directory.snapshot import LinkState, link_state, link_states, printed_content, refreshed, to_snapshot
from releasedesk.fileformat import load_release, save_release
from releasedesk.model.release import Bilingual, Contact, Release


def test_snapshot_copies_printed_fields_and_remembers_id_and_stamp(
    repo: SqliteContactRepository, samples: list[DirectoryContact]
) -> None:
    wang = repo.add(samples[0])
    snapshot = to_snapshot(wang)
    assert snapshot.name == Bilingual("王小明", "Wang Hsiao-ming")
    assert snapshot.title == wang.title and snapshot.unit == wang.unit
    assert (snapshot.office_phone, snapshot.mobile, snapshot.email) == (wang.office_phone, wang.mobile, wang.email)
    assert (snapshot.print_office_phone, snapshot.print_mobile) == (True, False)
    assert (snapshot.directory_id, snapshot.directory_updated) == (wang.id, wang.updated_at)
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
    assert fresh.title.zh == "新聞科專門委員" and fresh.directory_updated == wang.updated_at
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
