"""Release numbers: schemes, periods, and no number ever handed out twice under concurrent allocation."""

from __future__ import annotations

import subprocess
import sys
import threading
from datetime import date

import pytest

from releasedesk.library.errors import LibraryError
from releasedesk.library.numbering import allocate, check_scheme, render
from releasedesk.library.store import Library

SCHEME = "MODS-{yyyy}-{mmdd}-{seq:02}"


def test_render_and_check() -> None:
    assert render(SCHEME, date(2026, 11, 30), 7) == "MODS-2026-1130-07"
    assert render("數位部{roc}字第{seq:04}號", date(2026, 1, 2), 12) == "數位部115字第0012號"
    for bad in ("MODS-{yyyy}", "{seq}-{seq}", "{seq}-{month}", "{seq}}"):
        with pytest.raises(LibraryError, match="number scheme"):
            check_scheme(bad)


def test_sequences_count_per_period(library: Library) -> None:
    day, next_day = date(2026, 11, 30), date(2026, 12, 1)
    assert [allocate(library, SCHEME, day) for _ in range(3)] == [f"MODS-2026-1130-0{n}" for n in (1, 2, 3)]
    assert allocate(library, SCHEME, next_day) == "MODS-2026-1201-01"
    assert allocate(library, "MODS-{yyyy}-{seq:03}", next_day) == "MODS-2026-001"  # another scheme, own counter


def test_threads_never_get_the_same_number(library_url: str) -> None:
    numbers: list[str] = []
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            with Library(library_url) as client:
                for _ in range(25):
                    numbers.append(allocate(client, SCHEME, date(2026, 11, 30)))
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors, errors
    assert len(numbers) == 100
    assert set(numbers) == {f"MODS-2026-1130-{n:02d}" for n in range(1, 101)}


WORKER = """
import sys
from datetime import date
from releasedesk.library.numbering import allocate
from releasedesk.library.store import Library
with Library(sys.argv[1]) as library:
    for _ in range(20):
        print(allocate(library, "P-{seq:03}", date(2026, 1, 1)), flush=True)
"""


@pytest.mark.slow
def test_processes_never_get_the_same_number(library_url: str) -> None:
    Library(library_url).close()  # migrate once, so the workers race on numbers, not on the schema
    workers = [
        subprocess.Popen([sys.executable, "-c", WORKER, library_url], stdout=subprocess.PIPE, text=True)
        for _ in range(3)
    ]
    outputs = [worker.communicate(timeout=120)[0].split() for worker in workers]
    assert all(worker.returncode == 0 for worker in workers)
    assert sorted(number for output in outputs for number in output) == [f"P-{n:03d}" for n in range(1, 61)]
