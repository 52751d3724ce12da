"""Export benchmark: PDF (reportlab) and DOCX in-process and as whole commands, against LibreOffice's conversion.

Run: .venv/bin/python benchmarks/export.py [--runs 7] [--soffice-runs 3] [--no-soffice] [--no-batch | --batch-only]
     [--baseline-src OTHER/src]
Prints medians (and minimums) over several runs for the standard sample (announcement, both languages) and the long
sample (long-report):
  - font loading, once per process;
  - render_pdf in memory: unchanged release (what the preview pays when nothing new must be embedded) and edited
    release (a different headline every run, so font subsets and their compression cannot be reused);
  - `releasedesk export --pdf` as a new process (interpreter start, imports, font loading included), with the
    per-user cache (parsed fonts, the font listing, start-up code) warm as after any earlier run, and cold as on the
    first run ever; with `--baseline-src`, the same command of another checkout (its `src` folder, e.g. from
    `git worktree add /tmp/base main`) in the same loop, runs alternating, for a figure against a baseline;
  - PDF sizes;
  - render_docx in memory and `releasedesk export --docx` when the DOCX exporter exists, and in the same run
    `soffice --headless --convert-to pdf` of that DOCX, for comparison.
Then (issue 9) batches of 20 in one process against LibreOffice converting the same 20 DOCX files in one invocation
(per file): the batch command `releasedesk export F1..F20 --out-dir DIR --formats pdf` on 20 different releases (the
announcement with its own number and headlines each; preflight and writing checks included, as a user runs it),
serial (`--jobs 1`) and on worker processes (the default: one per usable core), runs alternating, and
`export_release` called 20 times on one release (the earlier measure); then one 100,000-character paragraph against
the same text split into paragraphs. Targets: whole command >= 5x faster than LibreOffice, batch >= 30x per file,
long paragraph within 2x. `--no-batch` leaves out the batches and the long paragraph, `--batch-only` everything else.

Commands run from compiled bytecode, as an installed program does: the package is byte-compiled first (this
machine's environment sets PYTHONDONTWRITEBYTECODE, which would otherwise recompile every module on every start).
"""

from __future__ import annotations

import argparse
import compileall
import importlib
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from releasedesk.export.pdf import render_pdf
from releasedesk.samples import load_sample, sample_path

if TYPE_CHECKING:
    from collections.abc import Callable

    from releasedesk.model.release import Release

SAMPLES = ("announcement", "long-report")


class Timing(tuple[float, float]):
    """(median, minimum) wall milliseconds; `cpu`: the median CPU milliseconds (user + system) of the child processes
    a run started, 0 for in-process work. On a machine shared with other jobs wall time swings by 2x and more; CPU
    time much less, so the ratios are printed for both."""

    cpu: float = 0.0

    def per(self, count: int) -> Timing:
        result = Timing((self[0] / count, self[1] / count))
        result.cpu = self.cpu / count
        return result


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(action: Callable[[], object], runs: int) -> Timing:
    """(median, minimum) wall time in milliseconds, with the children's median CPU time."""
    times, cpus = [], []
    for _ in range(runs):
        before = _children_cpu()
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
        cpus.append((_children_cpu() - before) * 1000)
    result = Timing((statistics.median(times), min(times)))
    result.cpu = statistics.median(cpus)
    return result


def row(label: str, figures: tuple[float, float] | None, extra: str = "") -> None:
    if figures is None:
        print(f"  {label:<52} {'n/a':>10}")
        return
    median, minimum = figures
    cpu = getattr(figures, "cpu", 0.0)
    cpu_text = f", cpu {cpu:.0f} ms" if cpu else ""
    print(f"  {label:<52} {median:>8.1f} ms  (min {minimum:.1f}{cpu_text}){extra}")


def ratio(label: str, slow: Timing, fast: Timing) -> None:
    cpu = f"   (CPU time: {slow.cpu / fast.cpu:.1f} x)" if slow.cpu and fast.cpu else ""
    print(f"  {label:<52} {slow[0] / fast[0]:>8.1f} x{cpu}")


def command(*args: str, cold_cache_in: Path | None = None, src: Path | None = None) -> Callable[[], None]:
    """`releasedesk ARGS` as a new process; with `cold_cache_in`, every run gets its own empty per-user cache
    folder there (XDG_CACHE_HOME), as on the first run ever: fonts parsed, fc-list asked, caches written; with
    `src`, the package of another checkout's `src` folder runs instead of this one."""
    counter = iter(range(10**6))

    def run() -> None:
        env = dict(os.environ)
        if cold_cache_in is not None:
            env["XDG_CACHE_HOME"] = str(cold_cache_in / f"cache-{next(counter)}")
        if src is not None:
            env["PYTHONPATH"] = str(src)
        subprocess.run([sys.executable, "-m", "releasedesk", *args], check=True, capture_output=True, env=env)

    return run


def timed_alternating(first: Callable[[], object], second: Callable[[], object], runs: int) -> tuple[Timing, Timing]:
    """`timed` for two commands whose runs alternate, so that both meet the same moments of a shared machine."""
    times: tuple[list[float], list[float]] = ([], [])
    cpus: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        for action, wall, cpu in ((first, times[0], cpus[0]), (second, times[1], cpus[1])):
            before = _children_cpu()
            start = time.perf_counter()
            action()
            wall.append((time.perf_counter() - start) * 1000)
            cpu.append((_children_cpu() - before) * 1000)
    results = []
    for wall, cpu in zip(times, cpus, strict=True):
        result = Timing((statistics.median(wall), min(wall)))
        result.cpu = statistics.median(cpu)
        results.append(result)
    return results[0], results[1]


def libreoffice(soffice: str, docx_path: Path, tmp: Path) -> Callable[[], None]:
    """soffice converting the DOCX to PDF, with a private profile (other LibreOffice instances may be running)."""
    profile = f"-env:UserInstallation={(tmp / 'lo-profile').as_uri()}"

    def run() -> None:
        subprocess.run(
            [soffice, profile, "--headless", "--convert-to", "pdf", "--outdir", str(tmp / "lo"), str(docx_path)],
            check=True,
            capture_output=True,
            timeout=300,
        )

    return run


def edited(release: Release) -> Callable[[], bytes]:
    """A render of a release whose headline changes every time (a character not used elsewhere)."""
    counter = iter(range(10**6))
    headline = release.content["zh-TW"].headline

    def run() -> bytes:
        release.content["zh-TW"].headline = headline + chr(0x4E00 + 3000 + next(counter) % 15000)
        return render_pdf(release)

    return run


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--soffice-runs", type=int, default=3)
    parser.add_argument("--no-soffice", action="store_true")
    parser.add_argument("--no-batch", action="store_true", help="leave out the batches and the long paragraph")
    parser.add_argument("--batch-only", action="store_true", help="only the batches and the long paragraph")
    parser.add_argument("--baseline-src", type=Path, help="another checkout's src folder, timed beside this one")
    args = parser.parse_args()

    import releasedesk

    compileall.compile_dir(Path(releasedesk.__file__).parent, quiet=1)  # what `pip install` does
    if args.baseline_src:
        compileall.compile_dir(args.baseline_src, quiet=1)
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    print(f"Python {sys.version.split()[0]}, {args.runs} runs each (median, min); bytecode compiled; load {load}\n")
    start = time.perf_counter()
    render_pdf(load_sample("announcement"))  # parses the fonts the sample needs
    print(f"  {'font loading + first render (once per process)':<52} {(time.perf_counter() - start) * 1000:>8.1f} ms\n")

    try:
        docx = importlib.import_module("releasedesk.export.docx")
    except ModuleNotFoundError:
        docx = None
    soffice = None if args.no_soffice else shutil.which("soffice")

    with tempfile.TemporaryDirectory(prefix="rd-bench-") as folder:
        tmp = Path(folder)
        for name in () if args.batch_only else SAMPLES:
            release = load_sample(name)
            source = sample_path(name)
            pdf_bytes = render_pdf(release)
            pages = pdf_bytes.count(b"/Type /Page\n") or pdf_bytes.count(b"/Type /Page ")
            print(f"{name} (both languages)")
            row("PDF render_pdf, unchanged release", timed(partial(render_pdf, release), args.runs))
            row("PDF render_pdf, edited every run", timed(edited(load_sample(name)), args.runs))
            for lang in ("zh-TW", "en"):
                row(f"PDF render_pdf, {lang} only", timed(partial(render_pdf, release, lang=lang), args.runs))
            out = tmp / f"{name}.pdf"
            cold = timed(command("export", str(source), "--pdf", str(out), cold_cache_in=tmp / "cold"), args.runs)
            row("PDF whole command, cold cache (first run ever)", cold)
            warm = command("export", str(source), "--pdf", str(out))
            warm()  # untimed: fills the per-user cache if this build has never run (new cache version, new words)
            if args.baseline_src:
                base = command("export", str(source), "--pdf", str(tmp / f"{name}-base.pdf"), src=args.baseline_src)
                base()
                whole, baseline = timed_alternating(warm, base, args.runs)
                row("PDF whole command: releasedesk export --pdf", whole)
                row("  the same, --baseline-src, runs alternating", baseline)
                ratio("  baseline time / this time", baseline, whole)
            else:
                whole = timed(warm, args.runs)
                row("PDF whole command: releasedesk export --pdf", whole)
            sizes = {lang: len(render_pdf(release, lang=lang)) for lang in ("both", "zh-TW", "en")}
            print(
                f"  {'PDF size':<52} {sizes['both'] / 1024:>8.1f} KiB  (zh-TW {sizes['zh-TW'] / 1024:.1f},"
                f" en {sizes['en'] / 1024:.1f}; {pages} pages)"
            )
            if docx is None:
                print("  DOCX: releasedesk.export.docx not available in this build\n")
                continue
            row("DOCX render_docx", timed(partial(docx.render_docx, release), args.runs))
            docx_path = tmp / f"{name}.docx"
            row(
                "DOCX whole command: releasedesk export --docx",
                timed(command("export", str(source), "--docx", str(docx_path)), args.runs),
            )
            print(f"  {'DOCX size':<52} {docx_path.stat().st_size / 1024:>8.1f} KiB")
            if soffice:
                convert = libreoffice(soffice, docx_path, tmp)
                convert()  # the first start creates the profile; not counted
                lo = timed(convert, args.soffice_runs)
                size = f"  {(tmp / 'lo' / f'{name}.pdf').stat().st_size / 1024:.1f} KiB"
                row("soffice --headless --convert-to pdf (of the DOCX)", lo, size)
                ratio("LibreOffice time / releasedesk export --pdf time", lo, whole)
                ratio("LibreOffice time / the same, cold cache", lo, cold)
            print()
        if not args.no_batch:
            batch_and_long_paragraph(tmp, soffice, args)
    return 0


_BATCH = """
import sys, time
from pathlib import Path
from releasedesk.export import export_release
from releasedesk.fileformat.store import load_release
start = time.perf_counter()
release = load_release(Path(sys.argv[1]))
for number in range(20):
    export_release(release, "pdf", Path(sys.argv[2]) / f"batch-{number}.pdf")
"""


def _batch_releases(folder: Path) -> list[Path]:
    """20 different releases: the announcement, each with its own number and headlines."""
    from releasedesk.fileformat import save_release

    folder.mkdir()
    paths = []
    for number in range(20):
        release = load_sample("announcement")
        release.number = f"{release.number}-{number + 1:02d}"
        release.content["zh-TW"].headline += f"（第{number + 1}號）"
        release.content["en"].headline += f" (No. {number + 1})"
        paths.append(folder / f"release-{number + 1:02d}.rdrelease")
        save_release(release, paths[-1])
    return paths


def batch_and_long_paragraph(tmp: Path, soffice: str | None, args: argparse.Namespace) -> None:
    from releasedesk.export.batchpool import jobs
    from releasedesk.fileformat import load_release
    from releasedesk.model.richtext import Paragraph, text

    source = sample_path("announcement")
    releases = _batch_releases(tmp / "batch-in")
    out = tmp / "batch"
    out.mkdir()
    workers = jobs(None, 19)
    print(f"batch of 20 in one command (interpreter start and imports included), per file; {workers} worker(s)")
    batch_args = ("export", *map(str, releases), "--out-dir", str(out), "--formats", "pdf")
    command(*batch_args)()  # untimed: the per-user cache learns these releases' words and layouts
    serial_batch, command_batch = timed_alternating(
        command(*batch_args, "--jobs", "1"), command(*batch_args), max(args.soffice_runs, 5)
    )
    row("PDF: export F1..F20 --out-dir --jobs 1 (serial)", serial_batch.per(20))
    row(f"PDF: export F1..F20 --out-dir (default: {workers} workers)", command_batch.per(20))
    ratio("  serial time / parallel time", serial_batch, command_batch)
    batch = timed(lambda: subprocess.run([sys.executable, "-c", _BATCH, str(source), str(out)], check=True), 3)
    row("PDF: export_release x20, one release", batch.per(20))
    if soffice:
        from releasedesk.export.docx import render_docx

        docs = []
        for path in releases:
            docs.append(tmp / "lo-batch" / f"{path.stem}.docx")
            docs[-1].parent.mkdir(exist_ok=True)
            docs[-1].write_bytes(render_docx(load_release(path)))
        profile = f"-env:UserInstallation={(tmp / 'lo-profile').as_uri()}"
        convert = [
            soffice,
            profile,
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp / "lo-out"),
            *map(str, docs),
        ]
        lo = timed(lambda: subprocess.run(convert, check=True, capture_output=True, timeout=900), args.soffice_runs)
        row("soffice: the same 20 releases' DOCX in one invocation", lo.per(20))
        ratio("LibreOffice per file / batch --jobs 1 per file", lo, serial_batch)
        ratio("LibreOffice per file / batch (workers) per file", lo, command_batch)
        ratio("LibreOffice per file / export_release x20 per file", lo, batch)
    print()

    sentence = "數位服務部今日宣布，計畫擴大至全國一百二十處社區據點。" + "The programme starts in 2027. "
    long_text = (sentence * (100_000 // len(sentence) + 1))[:100_000]
    one = load_sample("english-only")
    many = load_sample("english-only")
    one.content["en"].body = [Paragraph((text(long_text),))]
    many.content["en"].body = [Paragraph((text(long_text[i : i + 500]),)) for i in range(0, len(long_text), 500)]
    print("100,000 characters of mixed Chinese and English")
    single = timed(lambda: render_pdf(one, lang="en"), 3)
    split = timed(lambda: render_pdf(many, lang="en"), 3)
    row("PDF: one paragraph", single)
    row("PDF: the same text in 200 paragraphs", split)
    print(f"  {'one paragraph / split paragraphs':<52} {single[0] / split[0]:>8.2f} x")


if __name__ == "__main__":
    sys.exit(main())
