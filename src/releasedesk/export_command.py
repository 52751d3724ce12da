"""`releasedesk export`: one release to the formats named by flags, or many releases to a folder in one process.

    releasedesk export FILE [--pdf OUT] [--docx OUT] [--odt OUT] [--html OUT] [--html-email OUT] [--text OUT]
    releasedesk export FILE... --out-dir DIR [--formats pdf,docx,odt,html,txt]

Batch output names come from the release number (or the file name when it has none) and the language:
`MODS-2026-1124-01-zh-TW-en.pdf` (export.naming, as the window suggests). An input, any .rdrelease file and two
outputs with the same name are refused before anything is written.
"""

from __future__ import annotations

import signal
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from releasedesk.checks import cli as checks_cli
from releasedesk.cliutil import ExitCode
from releasedesk.errors import ReleaseDeskError
from releasedesk.export import FORMATS, Format, export_plan, writer_options
from releasedesk.export.layout import section_languages
from releasedesk.export.naming import release_file_name
from releasedesk.export.plan import plan_release
from releasedesk.onecommand import GC_THRESHOLD

if TYPE_CHECKING:
    import argparse
    from collections.abc import Iterator

    from releasedesk.checks.runner import Checker
    from releasedesk.export.plan import Plan
    from releasedesk.export.style import HouseStyle
    from releasedesk.model.release import Release

ENDS_WITH_PROCESS = False
"""True when this process runs one command and exits (`releasedesk …`, `python -m releasedesk …`: cli.run and
__main__ set it), False when main() is called in a longer-lived process (tests): then what the command loads is
freed as usual, otherwise it is left to the system at exit."""

ONE_COMMAND_GC_THRESHOLD = GC_THRESHOLD
"""Collector thresholds while a one-command process exports (onecommand.start sets them before the imports; the
collector took 30-45 ms of a 0.3 s export, mostly re-walking freshly loaded tables and plans)."""

INTERRUPTED = 128 + signal.SIGINT
"""The exit status after Ctrl+C (as a shell reports a process SIGINT ended)."""

BATCH_DEFAULT: tuple[Format, ...] = ("pdf", "docx", "odt", "html", "txt")
_FLAGS: tuple[tuple[str, Format, str], ...] = (
    ("--pdf", "pdf", "OUT.pdf"),
    ("--docx", "docx", "OUT.docx"),
    ("--odt", "odt", "OUT.odt"),
    ("--html", "html", "OUT.html"),
    ("--html-email", "html-email", "OUT.html"),
    ("--text", "txt", "OUT.txt"),
)


def add_export_arguments(export: argparse.ArgumentParser) -> None:
    """The `releasedesk export` options: one output flag per format, the batch folder, and the rest."""
    export.add_argument("files", type=Path, nargs="+", metavar="FILE", help="release file(s) (.rdrelease)")
    for flag, fmt, metavar in _FLAGS:
        export.add_argument(flag, type=Path, metavar=metavar, dest=f"out_{fmt.replace('-', '_')}", help=f"write {fmt}")
    export.add_argument("--out-dir", type=Path, metavar="DIR", help="batch: write every FILE into DIR")
    export.add_argument(
        "--formats",
        metavar="LIST",
        help=f"batch: comma-separated formats (default: {','.join(BATCH_DEFAULT)}; also html-email)",
    )
    export.add_argument(
        "--jobs",
        type=_job_count,
        metavar="N",
        help="batch: export on N worker processes (default: one per usable core, at most one per release;"
        " 1: one release after another in this process)",
    )
    export.add_argument("--lang", choices=("zh-TW", "en", "both"), default="both", help="languages (default: both)")
    export.add_argument("--strict", action="store_true", help="refuse to export when preflight finds problems")
    export.add_argument("--page-size", choices=("A4", "Letter"), help="paper size (default: the template's, A4)")
    export.add_argument(
        "--pdf-template", type=Path, metavar="FILE.toml", help="PDF layout template (default: the agency's, if any)"
    )
    checks_cli.add_arguments(export, export=True)


def _job_count(text: str) -> int:
    import argparse

    try:
        count = int(text)
    except ValueError:
        count = 0
    if count < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of processes, 1 or more, not {text!r}")
    return count


def _say(message: str) -> None:
    print(message, file=sys.stderr)


def _house(args: argparse.Namespace) -> HouseStyle:
    """The one house style of this run (`--pdf-template`, else the agency's): every format and every plan use it."""
    from releasedesk.export.style import current_template, load_template

    return load_template(args.pdf_template) if args.pdf_template else current_template()


def _refusal(targets: list[tuple[Path, Format, Path]], inputs: list[Path]) -> tuple[str, int] | None:
    """Why these targets must not be written, with the exit code, or None: an input or any release file is an error
    (the core's one check, export.output.check_export_target); two outputs with the same name are a usage error."""
    from releasedesk.export.output import check_export_target

    seen: dict[Path, Path] = {}
    for source, _fmt, out in targets:
        try:
            for release_file in inputs:
                check_export_target(out, release_file)
        except ReleaseDeskError as error:
            return str(error), ExitCode.ERROR
        resolved = out.resolve()
        if resolved in seen:
            return (
                f"two outputs would be written to {out} (from {seen[resolved]} and {source}): rename one",
                ExitCode.USAGE,
            )
        seen[resolved] = source
    return None


def _formats(text: str | None) -> list[Format] | str:
    if not text:
        return list(BATCH_DEFAULT)
    names = [name.strip().lower() for name in text.split(",") if name.strip()]
    names = ["txt" if name == "text" else name for name in names]
    unknown = [name for name in names if name not in FORMATS]
    if unknown or not names:
        return f"unknown format(s) {', '.join(unknown) or '(none)'} (use {', '.join(FORMATS)})"
    return list(dict.fromkeys(names))  # type: ignore[arg-type]  # each name was checked against FORMATS above


def _plan_targets(args: argparse.Namespace) -> tuple[list[tuple[Path, Format]], list[Format]] | str:
    """(single-file targets, batch formats): exactly one of them is non-empty; a string says what is wrong."""
    single = [(out, fmt) for _flag, fmt, _ in _FLAGS if (out := getattr(args, f"out_{fmt.replace('-', '_')}"))]
    if args.out_dir is not None:
        if single:
            return "give either --out-dir (with --formats) or per-format outputs such as --pdf OUT, not both"
        formats = _formats(args.formats)
        return formats if isinstance(formats, str) else ([], formats)
    if args.formats:
        return "--formats needs --out-dir DIR"
    if args.jobs is not None:
        return "--jobs needs --out-dir DIR (a batch)"
    if len(args.files) > 1:
        return "several files need --out-dir DIR (each writes its own files there)"
    if not single:
        return "nothing to do: give --pdf OUT.pdf, --docx, --odt, --html, --html-email, --text, or --out-dir DIR"
    return single, []


def _preflight(
    release: Release,
    args: argparse.Namespace,
    formats: list[Format],
    plan: Plan | None,
    pdf_options: Any,
    writing: Checker,
) -> tuple[list[str], list[str], int]:
    """(warnings with the writing checks' findings, refusals, how many warnings `--strict` refuses for)."""
    from releasedesk.checks.preflight import counts_for_strict, writing_issues
    from releasedesk.export.preflight import REFUSED_CODES, preflight

    named = checks_cli.named_checks(args)
    issues = preflight(release, args.lang, formats=tuple(formats), plan=plan, pdf_options=pdf_options)
    issues += writing_issues(release, section_languages(release, args.lang), writing)
    warnings = [issue for issue in issues if issue.code not in REFUSED_CODES]
    return (
        [str(issue) for issue in warnings],
        [str(issue) for issue in issues if issue.code in REFUSED_CODES],
        sum(counts_for_strict(issue, named) for issue in warnings),
    )


@dataclass(frozen=True)
class _Run:
    """What every release of one command shares; ready before a batch's worker processes are forked."""

    args: argparse.Namespace
    house: HouseStyle
    formats: list[Format]
    options: dict[Format, Any]
    targets: list[tuple[Path, Format, Path]]
    writing: Checker
    batch: bool


class _Report:
    """Where one release's lines go: printed at once (serial), or kept for a worker to send back in order."""

    def __init__(self, live: bool) -> None:
        self.live = live
        self.lines: list[tuple[bool, str]] = []
        """(to stdout, line) in the order a serial run prints them."""

    def say(self, line: str) -> None:
        if self.live:
            _say(line)
        else:
            self.lines.append((False, line))

    def wrote(self, line: str) -> None:
        if self.live:
            print(line)
        else:
            self.lines.append((True, line))


def _merge(status: int, other: int) -> int:
    """Two releases' exit statuses as one: an error outweighs a `--strict` refusal, which outweighs success."""
    if ExitCode.ERROR in (status, other):
        return ExitCode.ERROR
    return max(status, other)


def _batch_failure(error: ReleaseDeskError, batch: bool, report: _Report) -> ExitCode:
    """One release of a batch failed: say so and go on with the others; a single release's error propagates."""
    if not batch:
        raise error
    report.say(f"releasedesk: {error}")
    return ExitCode.ERROR


def export_one(run: _Run, path: Path, release: Release, report: _Report) -> int:
    """Plan, preflight and write one loaded release to its targets; its exit status (lines go to `report`)."""
    args, batch = run.args, run.batch
    prefix = f"{path}: " if batch else ""
    if args.lang != "both" and args.lang not in release.content:
        report.say(f"releasedesk export: {path}: the release has no {args.lang} text")
        return ExitCode.ERROR
    try:  # planned once: preflight's link findings and every format below render this plan
        plan = plan_release(release, args.lang, run.house) if section_languages(release, args.lang) else None
    except ReleaseDeskError as error:
        return _batch_failure(error, batch, report)
    warnings, refusals, blocking = _preflight(release, args, run.formats, plan, run.options.get("pdf"), run.writing)
    for refused in refusals:
        report.say(f"releasedesk export: {path}: {refused}")
    if refusals:
        return ExitCode.ERROR
    for warning in warnings:
        report.say(f"warning: {prefix}{warning}")
    if blocking and args.strict:
        report.say(f"releasedesk export: {prefix}refused by --strict: {blocking} preflight problem(s)")
        return ExitCode.PREFLIGHT
    status: int = ExitCode.OK
    for source, fmt, out in run.targets:
        if source != path:
            continue
        try:
            if plan is None:
                plan = plan_release(release, args.lang, run.house)  # no text at all: says so, one line
            export_plan(plan, fmt, out, run.options[fmt])
        except ReleaseDeskError as error:
            status = _batch_failure(error, batch, report)
            continue
        report.wrote(f"wrote {out}")
    return status


def export_all(run: _Run, loaded: list[tuple[Path, Release]]) -> int:
    """Export every loaded release, on worker processes when the batch and the machine allow (`--jobs`); the
    combined exit status. Lines come out in the same order either way; Ctrl+C says what was not exported."""
    from releasedesk.export import batchpool

    status: int = ExitCode.OK
    done = 0
    try:
        for path, release in loaded[:1]:  # the first here: what every release loads on first use is loaded once
            status = _merge(status, export_one(run, path, release, _Report(live=True)))
            done += 1
        rest = loaded[1:]
        workers = batchpool.jobs(run.args.jobs, len(rest)) if run.batch else 1
        if workers <= 1:
            for path, release in rest:
                status = _merge(status, export_one(run, path, release, _Report(live=True)))
                done += 1
            return status
        for outcome in export_in_workers(run, rest, workers):
            if outcome != INTERRUPTED:
                status = _merge(status, outcome)
                done += 1
    except KeyboardInterrupt:
        _say(f"releasedesk export: interrupted: {len(loaded) - done} of {len(loaded)} release(s) not exported")
        raise
    return status


def export_in_workers(run: _Run, releases: list[tuple[Path, Release]], workers: int) -> Iterator[int]:
    """Export `releases` on `workers` processes forked from this ready one (export.batchpool); each status in
    order, each release's lines printed just as a serial run prints them. The spelling verdicts the workers learn
    come back with their results, so `remember_verdicts` keeps them once, here."""
    import gc

    from releasedesk.export import batchpool

    run.writing.finish_preparing()  # no thread may hold a lock while forking; the children share the dictionary

    def work(index: int) -> tuple[list[tuple[bool, str]], int, dict[str, bool]]:
        path, release = releases[index]
        report = _Report(live=False)
        status: int = INTERRUPTED
        verdicts: dict[str, bool] = {}
        try:
            status = export_one(run, path, release, report)
            verdicts = run.writing.learnt_verdicts()
        except KeyboardInterrupt:  # what it wrote before (`wrote …`) is still said; the file in hand was removed
            pass
        return report.lines, status, verdicts

    interrupted = False
    gc.freeze()  # what is loaded now is never collected: children do not copy its pages by walking it
    try:
        with batchpool.Pool(work, len(releases), workers) as pool:
            for index, result in pool.results():
                path = releases[index][0]
                if isinstance(result, batchpool.Died):
                    _say(f"releasedesk export: {path}: not exported: its worker process ended ({result.reason})")
                    yield ExitCode.ERROR
                    continue
                if isinstance(result, batchpool.Crashed):
                    sys.stderr.write(result.traceback)
                    _say(f"releasedesk export: {path}: not exported: internal error (above)")
                    yield ExitCode.ERROR
                    continue
                lines, status, verdicts = result
                for to_stdout, line in lines:
                    if to_stdout:
                        print(line)
                    else:
                        _say(line)
                run.writing.adopt_verdicts(verdicts)
                interrupted = interrupted or status == INTERRUPTED
                yield status
    finally:
        gc.unfreeze()
    if interrupted:  # a worker was interrupted on its own (`kill -INT`): the batch stops as a whole, as serially
        raise KeyboardInterrupt


def run_export(args: argparse.Namespace) -> int:
    """Run `releasedesk export` for parsed arguments; the exit code."""
    from releasedesk.fileformat import load_release

    if ENDS_WITH_PROCESS:
        import gc

        gc.set_threshold(*ONE_COMMAND_GC_THRESHOLD)
        if args.out_dir is None and len(args.files) == 1:  # one release, then the process ends: no collection
            gc.disable()  # (its one young collection took 5-10 ms; the cyclic garbage of one export is a few MB)

    planned = _plan_targets(args)
    if isinstance(planned, str):
        _say(f"releasedesk export: {planned}")
        return ExitCode.USAGE
    single, batch_formats = planned
    formats: list[Format] = [fmt for _out, fmt in single] or batch_formats
    house = _house(args)  # a bad template stops before any write
    options = {fmt: writer_options(fmt, house, page_size=args.page_size) for fmt in formats}
    batch = args.out_dir is not None
    if batch and "pdf" in options:  # releases of one office share boilerplate, contacts and labels: lay them out once
        from dataclasses import replace

        from releasedesk.export.pdf.layoutcache import LayoutCache

        options["pdf"] = replace(options["pdf"], layout_cache=LayoutCache())  # the same bytes either way
    if batch and not args.out_dir.is_dir():
        _say(f"releasedesk export: {args.out_dir}: no such folder")
        return ExitCode.ERROR
    loaded: list[tuple[Path, Release]] = []
    writing = checks_cli.build_checker(args)  # once: its dictionaries serve every release of a batch
    status: int = ExitCode.OK
    for path in args.files:
        try:
            loaded.append((path, load_release(path)))
        except ReleaseDeskError as error:
            if not batch:
                raise
            _say(f"releasedesk: {error}")
            status = ExitCode.ERROR
    # Hunspell loads on a second core while the releases are planned, and only if some word has no remembered verdict
    english = [release for _path, release in loaded if "en" in section_languages(release, args.lang)]
    writing.prepare(english, remember=True, for_one_command=ENDS_WITH_PROCESS)
    targets: list[tuple[Path, Format, Path]] = []
    for path, release in loaded:
        if batch:
            names = [release_file_name(release, path.stem, args.lang, fmt) for fmt in formats]
            targets += [(path, fmt, args.out_dir / name) for fmt, name in zip(formats, names, strict=True)]
        else:
            targets += [(path, fmt, out) for out, fmt in single]
    refusal = _refusal(targets, list(args.files))
    if refusal:
        _say(f"releasedesk export: {refusal[0]}")
        return refusal[1]
    run = _Run(args, house, formats, options, targets, writing, batch)
    try:
        status = _merge(status, export_all(run, loaded))
    except KeyboardInterrupt:
        return INTERRUPTED
    writing.remember_verdicts()
    return status
