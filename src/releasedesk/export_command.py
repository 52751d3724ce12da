"""`releasedesk export`: one release to the formats named by flags, or many releases to a folder in one process.

    releasedesk export FILE [--pdf OUT] [--docx OUT] [--odt OUT] [--html OUT] [--html-email OUT] [--text OUT]
    releasedesk export FILE... --out-dir DIR [--formats pdf,docx,odt,html,txt]

Batch output names come from the release number (or the file name when it has none) and the language:
`MODS-2026-1124-01-zh-TW-en.pdf` (export.naming, as the window suggests). An input, any .rdrelease file and two
outputs with the same name are refused before anything is written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from releasedesk.checks import cli as checks_cli
from releasedesk.cli import EXIT_ERROR, EXIT_OK, EXIT_PREFLIGHT, EXIT_USAGE
from releasedesk.errors import ReleaseDeskError
from releasedesk.export import FORMATS, Format, export_release
from releasedesk.export.naming import export_file_name
from releasedesk.model.release import Release

if TYPE_CHECKING:
    from releasedesk.export.style import HouseStyle

BATCH_DEFAULT = ("pdf", "docx", "odt", "html", "txt")
_FLAGS: tuple[tuple[str, Format, str], ...] = (
    ("--pdf", "pdf", "OUT.pdf"),
    ("--docx", "docx", "OUT.docx"),
    ("--odt", "odt", "OUT.odt"),
    ("--html", "html", "OUT.html"),
    ("--html-email", "html-email", "OUT.html"),
    ("--text", "txt", "OUT.txt"),
)


def add_export_arguments(export: argparse.ArgumentParser) -> None:
    export.add_argument("files", type=Path, nargs="+", metavar="FILE", help="release file(s) (.rdrelease)")
    for flag, fmt, metavar in _FLAGS:
        export.add_argument(flag, type=Path, metavar=metavar, dest=f"out_{fmt.replace('-', '_')}", help=f"write {fmt}")
    export.add_argument("--out-dir", type=Path, metavar="DIR", help="batch: write every FILE into DIR")
    export.add_argument(
        "--formats",
        metavar="LIST",
        help=f"batch: comma-separated formats (default: {','.join(BATCH_DEFAULT)}; also html-email)",
    )
    export.add_argument("--lang", choices=("zh-TW", "en", "both"), default="both", help="languages (default: both)")
    export.add_argument("--strict", action="store_true", help="refuse to export when preflight finds problems")
    export.add_argument("--page-size", choices=("A4", "Letter"), help="paper size (default: the template's, A4)")
    export.add_argument(
        "--pdf-template", type=Path, metavar="FILE.toml", help="PDF layout template (default: the agency's, if any)"
    )
    checks_cli.add_arguments(export, export=True)


def _say(message: str) -> None:
    print(message, file=sys.stderr)


def _options(fmt: str, args: argparse.Namespace) -> Any:
    """The format's options object for what the command line asked, or None for the format's defaults."""
    if not (args.pdf_template or args.page_size):
        return None
    from releasedesk.export.style import current_template, load_template

    house = load_template(args.pdf_template) if args.pdf_template else current_template()  # the one house style
    return options_for(fmt, house, args.page_size)


def options_for(fmt: str, house: HouseStyle, page_size: str | None = None) -> Any:
    """The format's options object that renders with the house style `house` (a template file, an agency
    profile's template), on `page_size` paper when given."""
    from dataclasses import replace

    if fmt == "pdf":
        from releasedesk.export.pdf import PdfOptions

        return PdfOptions(template=house, page_size=page_size)  # type: ignore[arg-type]
    if page_size:
        house = replace(house, page_size=page_size)
    if fmt == "docx":
        from releasedesk.export.docx import DocxOptions

        return DocxOptions(house=house)
    if fmt == "odt":
        from releasedesk.export.odt import OdtOptions

        return OdtOptions(house=house)
    if fmt in ("html", "html-email"):
        from releasedesk.export.html import HtmlOptions

        return HtmlOptions(email=fmt == "html-email", house=house)
    from releasedesk.export.html import HtmlOptions  # the text writer reads only the house style

    return HtmlOptions(house=house)


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
            return str(error), EXIT_ERROR
        resolved = out.resolve()
        if resolved in seen:
            return f"two outputs would be written to {out} (from {seen[resolved]} and {source}): rename one", EXIT_USAGE
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
    return list(dict.fromkeys(names))  # type: ignore[arg-type]


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
    if len(args.files) > 1:
        return "several files need --out-dir DIR (each writes its own files there)"
    if not single:
        return "nothing to do: give --pdf OUT.pdf, --docx, --odt, --html, --html-email, --text, or --out-dir DIR"
    return single, []


def _preflight(release: Release, args: argparse.Namespace, formats: list[Format]) -> tuple[list[str], list[str], int]:
    """(warnings with the writing checks' findings, refusals, how many warnings `--strict` refuses for)."""
    from releasedesk.checks.preflight import counts_for_strict
    from releasedesk.export.preflight import REFUSED_CODES, preflight

    named = checks_cli.named_checks(args)
    issues = preflight(release, args.lang, formats=tuple(formats), writing=checks_cli.build_checker(args))
    warnings = [issue for issue in issues if issue.code not in REFUSED_CODES]
    return (
        [str(issue) for issue in warnings],
        [str(issue) for issue in issues if issue.code in REFUSED_CODES],
        sum(counts_for_strict(issue, named) for issue in warnings),
    )


def run_export(args: argparse.Namespace) -> int:
    from releasedesk.fileformat import load_release

    planned = _plan_targets(args)
    if isinstance(planned, str):
        _say(f"releasedesk export: {planned}")
        return EXIT_USAGE
    single, batch_formats = planned
    formats: list[Format] = [fmt for _out, fmt in single] or batch_formats
    options = {fmt: _options(fmt, args) for fmt in formats}  # a bad template stops before any write
    batch = args.out_dir is not None
    if batch and not args.out_dir.is_dir():
        _say(f"releasedesk export: {args.out_dir}: no such folder")
        return EXIT_ERROR
    loaded: list[tuple[Path, Release]] = []
    status = EXIT_OK
    for path in args.files:
        try:
            loaded.append((path, load_release(path)))
        except ReleaseDeskError as error:
            if not batch:
                raise
            _say(f"releasedesk: {error}")
            status = EXIT_ERROR
    targets: list[tuple[Path, Format, Path]] = []
    for path, release in loaded:
        if batch:
            names = [export_file_name(release.number, path.stem, args.lang, fmt) for fmt in formats]
            targets += [(path, fmt, args.out_dir / name) for fmt, name in zip(formats, names, strict=True)]
        else:
            targets += [(path, fmt, out) for out, fmt in single]
    refusal = _refusal(targets, list(args.files))
    if refusal:
        _say(f"releasedesk export: {refusal[0]}")
        return refusal[1]
    for path, release in loaded:
        prefix = f"{path}: " if batch else ""
        if args.lang != "both" and args.lang not in release.content:
            _say(f"releasedesk export: {path}: the release has no {args.lang} text")
            status = EXIT_ERROR
            continue
        warnings, refusals, blocking = _preflight(release, args, formats)
        for refusal in refusals:
            _say(f"releasedesk export: {path}: {refusal}")
        if refusals:
            status = EXIT_ERROR
            continue
        for warning in warnings:
            _say(f"warning: {prefix}{warning}")
        if blocking and args.strict:
            _say(f"releasedesk export: {prefix}refused by --strict: {blocking} preflight problem(s)")
            status = max(status, EXIT_PREFLIGHT) if status != EXIT_ERROR else status
            continue
        for source, fmt, out in targets:
            if source != path:
                continue
            try:
                export_release(release, fmt, out, lang=args.lang, options=options[fmt])
            except ReleaseDeskError as error:
                if not batch:
                    raise
                _say(f"releasedesk: {error}")
                status = EXIT_ERROR
                continue
            print(f"wrote {out}")
    return status
