"""Two connections to one file: a writer in a thread while the main thread reads (WAL: readers never wait)."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from releasedesk.directory.repository import DirectoryContact, SqliteContactRepository
from releasedesk.model.release import Bilingual

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path


def _contact(number: int) -> DirectoryContact:
    return DirectoryContact(name=Bilingual(f"記者{number}", f"Reporter {number}"), email=f"r{number}@example.tw")


def test_reader_sees_nothing_of_an_uncommitted_import_and_is_not_blocked(db_path: Path) -> None:
    SqliteContactRepository(db_path).close()
    halfway, checked = threading.Event(), threading.Event()
    errors: list[BaseException] = []

    def contacts() -> Iterator[DirectoryContact]:
        for number in range(1000):
            if number == 500:
                halfway.set()
                checked.wait(timeout=30)
            yield _contact(number)

    def write() -> None:
        try:
            with SqliteContactRepository(db_path) as writer:
                writer.import_contacts(contacts())
        except BaseException as error:  # reported by the main thread
            errors.append(error)
            halfway.set()

    thread = threading.Thread(target=write)
    thread.start()
    with SqliteContactRepository(db_path) as reader:
        assert halfway.wait(timeout=30)
        seen_during = (reader.count(), len(reader.search("reporter")))  # the writer holds its transaction open
        checked.set()
        thread.join(timeout=60)
        assert not errors
        assert seen_during == (0, 0)
        assert reader.count() == 1000
        assert len(reader.search("記者99")) == 11  # 記者99 and 記者990…記者999


def test_reads_interleaved_with_many_small_writes(db_path: Path) -> None:
    SqliteContactRepository(db_path).close()
    done = threading.Event()
    errors: list[BaseException] = []

    def write() -> None:
        try:
            with SqliteContactRepository(db_path) as writer:
                for number in range(300):
                    writer.add(_contact(number))
        except BaseException as error:
            errors.append(error)
        finally:
            done.set()

    thread = threading.Thread(target=write)
    thread.start()
    counts: list[int] = []
    with SqliteContactRepository(db_path) as reader:
        while not done.is_set():
            found = reader.search("reporter")
            assert len({contact.id for contact in found}) == len(found)
            counts.append(len(found))
        thread.join(timeout=60)
        counts.append(len(reader.search("reporter")))
    assert not errors
    assert counts == sorted(counts)  # each read sees a committed state, never one that goes back
    assert counts[-1] == 300
