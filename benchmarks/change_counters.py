"""What the change counters' triggers (library migration 0005) cost a SQLite write: bulk import and single saves.

Run: .venv/bin/python benchmarks/change_counters.py [--releases 5000] [--saves 200] [--rounds 3]

Each round fills two fresh SQLite libraries with the same generated releases (benchmarks/library.py's generator),
one as migrated (a counter UPDATE per changed row) and one with those triggers dropped (the alternative in the same
run), in alternating order, and then adds `--saves` releases one by one to each. Prints medians of wall and CPU time.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from library import generate  # benchmarks/library.py (the script's folder is on sys.path)
from releasedesk.library.bulk import import_releases
from releasedesk.library.store import Library


def _drop_triggers(library: Library) -> None:
    with library.engine.begin() as connection:
        names = connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'").scalars().all()
        for name in names:
            if "_count_" in name:
                connection.exec_driver_sql(f"DROP TRIGGER {name}")


def _one_round(folder: Path, with_triggers: bool, count: int, saves: int) -> tuple[float, float, float, float]:
    library = Library(folder / f"{'with' if with_triggers else 'without'}-{time.monotonic_ns()}.sqlite3")
    try:
        if not with_triggers:
            _drop_triggers(library)
        items = list(generate(count + saves, seed=11))
        wall, cpu = time.perf_counter(), time.process_time()
        import_releases(library, items[:count])
        bulk = (time.perf_counter() - wall, time.process_time() - cpu)
        wall, cpu = time.perf_counter(), time.process_time()
        for release, author in items[count:]:
            library.releases.add(release, author=author)
        single = (time.perf_counter() - wall, time.process_time() - cpu)
        return (*bulk, *single)
    finally:
        library.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--releases", type=int, default=5000)
    parser.add_argument("--saves", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    results: dict[bool, list[tuple[float, float, float, float]]] = {True: [], False: []}
    with tempfile.TemporaryDirectory() as folder:
        for round_number in range(args.rounds):
            for with_triggers in (True, False) if round_number % 2 == 0 else (False, True):
                results[with_triggers].append(_one_round(Path(folder), with_triggers, args.releases, args.saves))
    for with_triggers, label in ((True, "with counters"), (False, "without (triggers dropped)")):
        rows = results[with_triggers]
        bulk_wall, bulk_cpu, save_wall, save_cpu = (statistics.median(row[i] for row in rows) for i in range(4))
        print(
            f"{label:28} bulk import of {args.releases}: {bulk_wall * 1000:8.0f} ms wall {bulk_cpu * 1000:8.0f} ms CPU"
            f" | {args.saves} single saves: {save_wall / args.saves * 1000:6.2f} ms wall"
            f" {save_cpu / args.saves * 1000:6.2f} ms CPU each"
        )


if __name__ == "__main__":
    main()
