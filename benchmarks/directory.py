"""Contact directory benchmark: per-keystroke search latency and vCard import on 10,000 generated contacts.

Run: .venv/bin/python benchmarks/directory.py [--contacts 10000] [--rounds 5] [--gui]
Prints median and p95 per keystroke query for Chinese and English typing sequences (what the directory dialog does:
all matching ids in display order plus the rows of the first screen; and, for comparison, building every matching
contact), then the time to export and to import a 10,000-card vCard file. With --gui (QT_QPA_PLATFORM=offscreen is
fine) it also times real key events in the dialog, list repaint included. Target: under 20 ms per keystroke.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from releasedesk.directory.repository import ContactRepository, DirectoryContact, SqliteContactRepository
from releasedesk.directory.vcard import import_vcard_file, write_vcard_file
from releasedesk.model.release import Bilingual

SURNAMES = [("王", "Wang"), ("陳", "Chen"), ("林", "Lin"), ("張", "Chang"), ("李", "Lee"), ("黃", "Huang")]
SURNAMES += [("吳", "Wu"), ("劉", "Liu"), ("蔡", "Tsai"), ("楊", "Yang"), ("許", "Hsu"), ("鄭", "Cheng")]
GIVEN = [("小", "Hsiao"), ("明", "Ming"), ("美", "Mei"), ("玲", "Ling"), ("志", "Chih"), ("偉", "Wei"), ("淑", "Shu")]
GIVEN += [("芬", "Fen"), ("家", "Chia"), ("豪", "Hao"), ("怡", "Yi"), ("君", "Chun"), ("建", "Chien"), ("宏", "Hung")]
TITLES = [("新聞科科長", "Section Chief"), ("發言人", "Spokesperson"), ("專門委員", "Senior Specialist")]
TITLES += [("科員", "Officer"), ("主任秘書", "Chief Secretary"), ("記者", "Reporter"), ("編輯", "Editor")]
UNITS = [("經濟部", "Ministry of Economic Affairs"), ("中小及新創企業署", "SME Administration")]
UNITS += [("中央通訊社", "Central News Agency"), ("公共電視", "Public Television Service")]
UNITS += [("聯合報", "United Daily News")]
UNITS += [("交通部", "Ministry of Transportation"), ("衛生福利部", "Ministry of Health and Welfare")]
TAGS = ["SMEA press team", "媒體聯絡", "Spokespeople", "財經記者", "TV", "Radio"]


def generate(count: int, seed: int = 7) -> list[DirectoryContact]:
    rng = random.Random(seed)
    contacts = []
    for number in range(count):
        (sz, se), (g1z, g1e), (g2z, g2e) = rng.choice(SURNAMES), rng.choice(GIVEN), rng.choice(GIVEN)
        title, unit = rng.choice(TITLES), rng.choice(UNITS)
        contacts.append(
            DirectoryContact(
                name=Bilingual(sz + g1z + g2z, f"{se} {g1e}-{g2e.lower()}"),
                title=Bilingual(*title),
                unit=Bilingual(*unit),
                office_phone=f"(02) {rng.randint(2000, 2999)}-{rng.randint(1000, 9999)} #{number % 500}",
                mobile=f"09{rng.randint(10, 99)}-{rng.randint(100, 999)}-{rng.randint(100, 999)}",
                email=f"{se.lower()}.{g1e.lower()}{number}@example.gov.tw",
                notes=rng.choice(["", "", "週三下午不在", "Prefers e-mail", "英文稿請寄副本"]),
                tags=rng.sample(TAGS, rng.randint(0, 2)),
                print_mobile=rng.random() < 0.2,
            )
        )
    return contacts


def keystrokes(word: str) -> list[str]:
    """What the search box holds after each keystroke (or input-method commit) while typing `word`."""
    return [word[:end] for end in range(1, len(word) + 1)]


CHINESE = ["王小明", "陳美玲", "經濟部", "發言人", "新聞科", "中央通訊社", "財經記者", "林志豪", "週三"]
ENGLISH = ["wang", "chen mei", "spokesperson", "ministry", "section chief", "0912", "example.gov", "smea press"]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def keystroke(repo: ContactRepository, query: str) -> int:
    """What the dialog does per keystroke: all matching ids in display order, then the rows of the first screen."""
    ids = repo.search_ids(query)
    repo.get_many(ids[:SCREEN])
    return len(ids)


SCREEN = 50


def time_queries(repo: ContactRepository, words: list[str], rounds: int, full: bool) -> tuple[list[float], int]:
    times, results = [], 0
    for _ in range(rounds):
        for word in words:
            for query in keystrokes(word):
                start = time.perf_counter()
                results += len(repo.search(query)) if full else keystroke(repo, query)
                times.append((time.perf_counter() - start) * 1000)
    return times, results


def time_dialog(repo: ContactRepository, rounds: int) -> None:
    """Key events into the dialog's search box, each followed by an immediate repaint of the list."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from releasedesk.gui.directory import DirectoryDialog
    from releasedesk.gui.slots import apply_refcount_guard

    apply_refcount_guard()  # as the application's start-up does (gui/slots.py)
    app = QApplication.instance() or QApplication([])
    dialog = DirectoryDialog(repo)
    dialog.show()
    app.processEvents()
    for label, words in (("Chinese", CHINESE), ("English", ENGLISH)):
        times = []
        for _ in range(rounds):
            for word in words:
                dialog.search.clear()
                app.processEvents()
                for char in word:
                    start = time.perf_counter()
                    for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
                        app.sendEvent(dialog.search, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
                    dialog.list.viewport().repaint()
                    times.append((time.perf_counter() - start) * 1000)
        print(
            f"  {label:8} {len(times):4} keys:    median {statistics.median(times):6.2f} ms, "
            f"p95 {percentile(times, 0.95):6.2f} ms, max {max(times):6.2f} ms"
        )
    dialog.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--gui", action="store_true", help="also time key events in the directory dialog")
    args = parser.parse_args()
    contacts = generate(args.contacts)
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.sqlite3"
        with SqliteContactRepository(db) as repo:
            start = time.perf_counter()
            repo.import_contacts(contacts)
            print(f"insert {len(contacts)} contacts (one transaction): {time.perf_counter() - start:.2f} s")
            repo.search("warm up")
            for full, heading in (
                (False, f"keystroke = search_ids() + first {SCREEN} rows, as the dialog does (target < 20 ms)"),
                (True, "search() building every matching contact (command line, export)"),
            ):
                print(f"{heading}, {repo.count()} contacts:")
                for label, words in (("Chinese", CHINESE), ("English", ENGLISH)):
                    times, results = time_queries(repo, words, args.rounds, full)
                    print(
                        f"  {label:8} {len(times):4} queries: median {statistics.median(times):6.2f} ms, "
                        f"p95 {percentile(times, 0.95):6.2f} ms, max {max(times):6.2f} ms "
                        f"(avg {results / len(times):.0f} matches)"
                    )
            times = []
            for _ in range(args.rounds):
                start = time.perf_counter()
                everyone = repo.search("")
                times.append((time.perf_counter() - start) * 1000)
            print(f"  empty query (all {len(everyone)} contacts): median {statistics.median(times):.2f} ms")
            if args.gui:
                print(f"directory dialog, one key event into the search box + list repaint, {len(everyone)} contacts:")
                time_dialog(repo, args.rounds)
            vcf = Path(folder) / "all.vcf"
            start = time.perf_counter()
            write_vcard_file(vcf, everyone, "3.0")
            elapsed = time.perf_counter() - start
            print(f"export {len(everyone)} vCards (3.0): {elapsed:.2f} s, {vcf.stat().st_size} bytes")
        with SqliteContactRepository(Path(folder) / "import.sqlite3") as target:
            start = time.perf_counter()
            summary, problems = import_vcard_file(target, vcf)
            elapsed = time.perf_counter() - start
            print(f"import a {summary.added}-card vCard file: {elapsed:.2f} s ({len(problems)} problems)")


if __name__ == "__main__":
    main()
