"""Save and load cost of the safety this round added: the conflict check, the replace mutex and the loader limits.

Run: .venv/bin/python benchmarks/save.py [--rounds 15]
For the standard sample, the long sample and a release carrying a 20 MB photo, prints the median time of
- `save_release` without a check (UNCHECKED: what every save did before) and with `expected=` (hash the file on
  disk, take the mutex, compare, replace), and
- the JSON parse alone: plain `json.loads` (what the loader did before) against the parse with this round's limits
  (integer/constant/duplicate-key hooks and the depth/length walk), and the whole `loads()` (validation and model).
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from releasedesk.fileformat import UNCHECKED, dumps, limits, loads, save_release
from releasedesk.model.release import Image, Release
from releasedesk.samples import load_sample

if TYPE_CHECKING:
    from collections.abc import Callable


def _median_ms(run: Callable[[], object], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _with_photo() -> Release:
    release = load_sample()
    release.images.append(Image("photo", "image/jpeg", bytes(range(256)) * (20 * 4096)))  # 20 MiB of data
    return release


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=15)
    rounds = parser.parse_args().rounds
    cases = {
        "announcement": load_sample("announcement"),
        "long-report": load_sample("long-report"),
        "20 MiB photo": _with_photo(),
    }
    print(
        f"{'release':<14} {'size':>10} {'save unchecked':>15} {'save expected=':>15} {'json.loads':>11} "
        f"{'+ limits':>12} {'loads()':>11}"
    )
    with tempfile.TemporaryDirectory() as folder:
        for name, release in cases.items():
            print(_measure(name, release, Path(folder) / f"{name.replace(' ', '-')}.rdrelease", rounds))


def _measure(name: str, release: Release, path: Path, rounds: int) -> str:
    data = dumps(release)
    unchecked = _median_ms(lambda: save_release(release, path, expected=UNCHECKED), rounds)
    stamp = save_release(release, path).stamp

    def guarded() -> None:
        nonlocal stamp
        stamp = save_release(release, path, expected=stamp).stamp

    checked = _median_ms(guarded, rounds)
    text = data.decode("utf-8")
    limited = _median_ms(lambda: _parse_with_limits(text), rounds)
    plain = _median_ms(lambda: json.loads(text), rounds)
    whole = _median_ms(lambda: loads(data), rounds)
    size = f"{len(data) / 1024:,.0f} KiB"
    return (
        f"{name:<14} {size:>10} {unchecked:>12.1f} ms {checked:>12.1f} ms {plain:>8.1f} ms {limited:>9.1f} ms "
        f"{whole:>8.1f} ms"
    )


def _parse_with_limits(text: str) -> None:
    """What the loader's parse step does now: hooks for integers, constants and duplicate keys, then the walk."""
    limits.parse_json(text)


if __name__ == "__main__":
    main()
