"""Approval benchmark: what deriving the standing costs on every edit, and the canonical encoder against json.

Run: .venv/bin/python benchmarks/approval.py [--rounds 20]
Prints medians for: the canonical content tree, our canonical encoder vs `json.dumps(sort_keys=True)` on the same
tree (the real alternative; ours exists so the bytes never depend on a library's version), the whole fingerprint,
the approval standing (fingerprint + signature check), and a release with a 20 MB photo (SHA-256 of the bytes).
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from releasedesk.approval import approval_state, signing, workflow
from releasedesk.approval.canonical import canonical_bytes, canonical_content, fingerprint
from releasedesk.model.release import Image
from releasedesk.model.richtext import Figure
from releasedesk.samples import load_sample

if TYPE_CHECKING:
    from collections.abc import Callable


def _median_ms(run: Callable[[], object], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=20)
    rounds = parser.parse_args().rounds
    for name in ("announcement", "long-report"):
        release = load_sample(name)
        tree = canonical_content(release)
        size = len(canonical_bytes(tree))
        ours = _median_ms(lambda: canonical_bytes(tree), rounds)  # noqa: B023
        stdlib = _median_ms(
            lambda: json.dumps(tree, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(),  # noqa: B023
            rounds,
        )
        print(f"{name}: canonical form {size / 1024:.0f} KiB")
        print(f"  canonical tree        {_median_ms(lambda: canonical_content(release), rounds):7.2f} ms")  # noqa: B023
        print(f"  our encoder           {ours:7.2f} ms   (json.dumps sort_keys: {stdlib:.2f} ms, {ours / stdlib:.1f}x)")
        print(f"  fingerprint           {_median_ms(lambda: fingerprint(release), rounds):7.2f} ms")  # noqa: B023
        with tempfile.TemporaryDirectory() as folder:
            signing.new_key_pair("bench", Path(folder) / "k")
            key = signing.load_private_key(Path(folder) / "k")
        workflow.submit(release, "a")
        workflow.approve(release, "b", key=key)
        print(f"  standing, signed      {_median_ms(lambda: approval_state(release), rounds):7.2f} ms")  # noqa: B023
    photo = load_sample("announcement")
    photo.images.append(Image("photo", "image/jpeg", bytes(range(256)) * (20 * 4096)))
    photo.content["en"].body.append(Figure("photo"))
    print(f"announcement + 20 MB photo: fingerprint {_median_ms(lambda: fingerprint(photo), rounds):.1f} ms")


if __name__ == "__main__":
    main()
