"""Office library benchmark: 100,000 generated bilingual releases and 10,000 contacts on SQLite and PostgreSQL.

Run: .venv/bin/python benchmarks/library.py [--releases 100000] [--contacts 10000] [--engines sqlite,postgresql]
     [--pg URL]   (default: a temporary PostgreSQL 15 server, initdb + pg_ctl as the postgres user, stopped at the end)
     [--keep FILE.sqlite3]   (SQLite: keep the filled file and measure it again next time without filling)

Prints per engine: the time to fill the library (one bulk import, library.bulk; a --pg database that already holds
releases is measured as it is), search-as-you-type latency (one search per keystroke while typing Chinese and English
queries, 50 results, median and p95; target < 20 ms median, < 50 ms p95) for the library's bigram/word index and, in
the same run on the same data, a naive LIKE '%…%' scan of the same text, with the slowest keystrokes; adding one
release; opening one; the directory's per-keystroke contact search; and the database size.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shlex
import shutil
import socket
import statistics
import subprocess
import tempfile
import time
from contextlib import contextmanager
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sqlalchemy import func, or_, select, text

from releasedesk.directory.contact import DirectoryContact, fold
from releasedesk.library.bulk import import_releases
from releasedesk.library.schema import releases
from releasedesk.library.store import Library
from releasedesk.model.release import Bilingual, Contact, LanguageContent, Release, Status
from releasedesk.model.richtext import Paragraph
from releasedesk.model.richtext import text as run

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

ROOT = Path(__file__).resolve().parents[1]
PG_BIN = Path("/usr/lib/postgresql/15/bin")
UNITS = [("新聞科", "Press Office"), ("網路基礎建設司", "Network Infrastructure"), ("資料創新司", "Data Innovation")]
UNITS += [("數位政府司", "Digital Government"), ("韌性建設司", "Resilience"), ("資源管理司", "Resource Management")]
AUTHORS = [f"officer{n}" for n in range(10)]
CHINESE_QUERIES = ["寬頻", "偏鄉數位", "海底電纜", "資費", "村里", "離島學校", "網", "韌性標準", "量子電腦"]
ENGLISH_QUERIES = ["broadband", "submarine cable", "villages", "resilience", "digital", "affordable", "quantum"]


def _pool() -> tuple[list[str], list[str]]:
    """Chinese 2–4 character words and English words taken from the bundled sample texts (realistic letters)."""
    zh_text = "".join((ROOT / "scripts/sample_texts" / name).read_text("utf-8") for name in ("long-report.zh-TW.txt",))
    han = "".join(re.findall(r"[\u4e00-\u9fff]+", zh_text))
    rng = random.Random(1)
    zh_words = sorted({han[i : i + rng.randint(2, 4)] for i in range(0, len(han) - 4, 3)})
    en_text = (ROOT / "scripts/sample_texts/long-report.en.txt").read_text("utf-8")
    en_words = sorted({word for word in re.findall(r"[A-Za-z]+", en_text) if len(word) > 1})
    return zh_words, en_words


def generate(count: int, seed: int = 7) -> Iterator[tuple[Release, str]]:
    zh_words, en_words = _pool()
    rng = random.Random(seed)
    start = datetime(2016, 1, 1, 10, 0, tzinfo=ZoneInfo("Asia/Taipei"))

    def zh(words: int) -> str:
        return "，".join("".join(rng.choices(zh_words, k=5)) for _ in range(max(1, words // 5))) + "。"

    def en(words: int) -> str:
        return " ".join(rng.choices(en_words, k=words)).capitalize() + "."

    for number in range(count):
        unit = rng.choice(UNITS)
        yield (
            Release(
                agency=Bilingual("數位服務部", "Ministry of Digital Services"),
                unit=Bilingual(*unit),
                number=f"MODS-{number:06d}",
                issued_at=start + timedelta(hours=number * 0.85),
                status=rng.choice(list(Status)),
                content={
                    "zh-TW": LanguageContent(
                        headline=zh(5)[:-1],
                        body=[Paragraph((run(zh(30)),)) for _ in range(3)],
                        boilerplate="數位服務部",
                    ),
                    "en": LanguageContent(
                        headline=en(8)[:-1], body=[Paragraph((run(en(40)),)) for _ in range(3)], boilerplate="MODS"
                    ),
                },
                contacts=[Contact(name=Bilingual("林怡君", "Lin Yi-chun"), email="lin@example.gov.tw")],
            ),
            rng.choice(AUTHORS),
        )


def contacts(count: int, seed: int = 7) -> list[DirectoryContact]:
    from directory import generate as generate_contacts  # benchmarks/directory.py (the script's folder is on sys.path)

    return generate_contacts(count, seed)


def keystrokes(words: list[str]) -> list[str]:
    return [word[:end] for word in words for end in range(1, len(word) + 1)]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def timed(action: Callable[[], object], rounds: int = 1) -> list[float]:
    times = []
    for _ in range(rounds):
        begin = time.perf_counter()
        action()
        times.append((time.perf_counter() - begin) * 1000)
    return times


def naive_search(library: Library, query: str) -> list[int]:
    """What a library without its own index would do: LIKE '%term%' over the folded text, every term."""
    conditions = [
        or_(releases.c.search_zh.contains(term, autoescape=True), releases.c.search_en.contains(term, autoescape=True))
        for term in fold(query).split()
    ]
    statement = select(releases.c.id).where(*conditions).order_by(releases.c.id.desc()).limit(50)
    with library.engine.connect() as connection:
        return list(connection.execute(statement).scalars())


def report(label: str, values: list[float]) -> None:
    print(f"  {label:<44} median {statistics.median(values):7.2f} ms   p95 {percentile(values, 0.95):7.2f} ms")


def database_size(library: Library) -> int:
    if library.dialect == "sqlite":
        path = Path(library.engine.url.database or "")
        return sum(p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.exists())
    with library.engine.connect() as connection:
        return int(connection.execute(text("SELECT pg_database_size(current_database())")).scalar_one())


def fill(library: Library, count: int, contact_count: int) -> None:
    """One bulk import (library.bulk: one transaction, terms moved into the index in its order at the end)."""
    begin = time.perf_counter()
    import_releases(library, generate(count))
    print(f"  filled {count} releases in {time.perf_counter() - begin:.1f} s (one bulk import, then ANALYZE)")
    begin = time.perf_counter()
    library.contacts().import_contacts(contacts(contact_count))
    print(f"  imported {contact_count} contacts in {time.perf_counter() - begin:.1f} s")


def measure(library: Library, rounds: int) -> None:
    with library.engine.connect() as connection:
        count = connection.execute(select(func.count()).select_from(releases)).scalar_one()
    print(f"  {count} releases, {library.contacts().count()} contacts, {database_size(library) / 2**20:.0f} MiB")
    for name, words in (("Chinese", CHINESE_QUERIES), ("English", ENGLISH_QUERIES)):
        typed = keystrokes(words)
        for query in typed:  # warm the cache as a running application would be
            library.releases.search(query)
        per_query = {q: timed(partial(library.releases.search, q), rounds) for q in typed}
        ours = [t for times in per_query.values() for t in times]
        naive = [t for _ in range(rounds) for query in typed for t in timed(partial(naive_search, library, query))]
        report(f"{name} as you type, library index ({len(typed)} keys)", ours)
        report(f"{name} as you type, naive LIKE scan", naive)
        slowest = sorted(per_query.items(), key=lambda item: -max(item[1]))[:4]
        print("    slowest keystrokes: " + ", ".join(f"{q!r} {max(t):.1f} ms" for q, t in slowest))
        hits = [len(library.releases.search(word, limit=None)) for word in words]
        print(f"  {name} full queries match: " + ", ".join(f"{w}={h}" for w, h in zip(words, hits, strict=True)))
    repo = library.contacts()
    typed = keystrokes(["王小明", "經濟部", "chen mei", "spokesperson"])
    report("contacts as you type", [t for query in typed for t in timed(partial(repo.search_ids, query))])
    sample, _ = next(generate(1, seed=99))
    report("add one release (own transaction)", timed(lambda: library.releases.add(sample, author="bench"), 20))
    rng = random.Random(3)
    report("open one release (read + parse)", timed(lambda: library.releases.get(rng.randint(1, count)), 50))
    print(f"  database size {database_size(library) / 2**20:.0f} MiB")


@contextmanager
def temporary_postgres() -> Iterator[str]:
    root = Path(tempfile.mkdtemp(prefix="releasedesk-bench-pg-"))
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]

    def as_postgres(*command: str) -> None:
        line = shlex.join(command)
        argv = ["su", "postgres", "-s", "/bin/sh", "-c", line] if os.geteuid() == 0 else ["/bin/sh", "-c", line]
        subprocess.run(argv, check=True, capture_output=True)

    data = str(root / "data")
    as_postgres(str(PG_BIN / "initdb"), "-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8")
    options = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c shared_buffers=256MB"
    as_postgres(str(PG_BIN / "pg_ctl"), "-D", data, "-l", str(root / "log"), "-o", options, "-w", "start")
    try:
        as_postgres(str(PG_BIN / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", "bench")
        yield f"postgresql://postgres@127.0.0.1:{port}/bench"
    finally:
        as_postgres(str(PG_BIN / "pg_ctl"), "-D", data, "-m", "fast", "-w", "stop")
        shutil.rmtree(root, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--releases", type=int, default=100_000)
    parser.add_argument("--contacts", type=int, default=10_000)
    parser.add_argument("--engines", default="sqlite,postgresql")
    parser.add_argument("--pg", help="a PostgreSQL database URL instead of a temporary server (filled when empty)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="SQLite: keep (and reuse) the library file here")
    args = parser.parse_args()
    for engine in args.engines.split(","):
        print(f"{engine}:")
        if engine == "sqlite":
            with tempfile.TemporaryDirectory() as folder:
                path = args.keep or Path(folder) / "library.sqlite3"
                reuse = path.exists()
                with Library(path) as library:
                    if not reuse:
                        fill(library, args.releases, args.contacts)
                    measure(library, args.rounds)
        else:
            with temporary_postgres() if args.pg is None else _given(args.pg) as url, Library(url) as library:
                if library.releases.count() == 0:
                    fill(library, args.releases, args.contacts)
                measure(library, args.rounds)


@contextmanager
def _given(url: str) -> Iterator[str]:
    yield url


if __name__ == "__main__":
    main()
