"""SQLite library: word-prefix searches walked word by word, newest first (library/prefixwalk.py), against the plan
before it (every posting of the prefix read, then the newest taken), in the same run on the same library file.

Run: .venv/bin/python benchmarks/prefix_search.py LIBRARY.sqlite3 [--rounds 15]
     (a filled library: .venv/bin/python benchmarks/library.py --engines sqlite --releases 20000 --keep FILE)

Prints, per query, the median and p95 wall time and the median CPU time (thread_time) of a 50-result search, ours
and the previous plan alternating (so the machine's load falls on both alike), and checks both give the same ids.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path

from releasedesk.library import prefixwalk
from releasedesk.library.store import Library

QUERIES = ["dig", "digi", "digit", "digital", "res", "resi", "rese", "cab", "res dig", "dig 偏鄉"]


def _timed(action: object) -> tuple[float, float, list[int]]:
    wall, cpu = time.perf_counter(), time.thread_time()
    found = action()  # type: ignore[operator]
    return (time.perf_counter() - wall) * 1000, (time.thread_time() - cpu) * 1000, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("library", type=Path)
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    walk_words = prefixwalk.MAX_WORDS
    print(f"load average {os.getloadavg()[0]:.1f}; {args.rounds} rounds per query, 50 results")
    print(f"  {'query':<10} {'walked: median / p95 / CPU ms':>32}   {'previous plan: median / p95 / CPU ms':>38}")
    with Library(args.library) as library:
        print(f"  {library.releases.count()} releases")

        def search(query: str, walked: bool) -> list[int]:
            prefixwalk.MAX_WORDS = walk_words if walked else 0  # 0: no prefix is walked, the range is read
            try:
                return [summary.id for summary in library.releases.search(query)]
            finally:
                prefixwalk.MAX_WORDS = walk_words

        for query in QUERIES:
            search(query, True), search(query, False)  # warm the page cache for both
            times: dict[bool, list[tuple[float, float]]] = {True: [], False: []}
            for _ in range(args.rounds):
                results = {}
                for walked in (True, False):
                    wall, cpu, results[walked] = _timed(lambda walked=walked, query=query: search(query, walked))
                    times[walked].append((wall, cpu))
                assert results[True] == results[False], query
            cells = []
            for walked in (True, False):
                walls = sorted(wall for wall, _ in times[walked])
                p95 = walls[min(len(walls) - 1, round(0.95 * (len(walls) - 1)))]
                cpu = statistics.median(cpu for _, cpu in times[walked])
                cells.append(f"{statistics.median(walls):8.2f} / {p95:8.2f} / {cpu:7.2f}")
            print(f"  {query:<10} {cells[0]:>32}   {cells[1]:>38}")
    print(f"load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
