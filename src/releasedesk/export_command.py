"""`releasedesk export`: one release to the formats named by flags, or many releases to a folder in one process.

    releasedesk export FILE [--pdf OUT] [--docx OUT] [--odt OUT] [--html OUT] [--html-email OUT] [--text OUT]
    releasedesk export FILE... --out-dir DIR [--formats pdf,docx,odt,html,txt]

Batch output names come from the release number (or the file name when it has none) and the language:
`MODS-2026-1124-01.both.pdf`. An input, any .rdrelease file and two outputs with the same name are refused
before anything is written.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

from releasedesk.cli import EXIT_ERROR, EXIT_OK, EXIT_PREFLIGHT, EXIT_USAGE
from releasedesk.errors import ReleaseDeskError
from releasedesk.export import EXTENSIONS, FORMATS, Format, export_release
from releasedesk.model.release import Release

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


def _say(message: str) -> None:
    print(message, file=sys.stderr)


def _options(fmt: str, args: argparse.Namespace) -> Any:
    """The format's options object for what the command line asked, or None for the format's defaults."""
    if fmt == "pdf" and (args.pdf_template or args.page_size):
        from releasedesk.export.pdf import PdfOptions
        from releasedesk.export.pdf.template import current_template, load_template

        template = load_template(args.pdf_template) if args.pdf_template else current_template()
        return PdfOptions(template=template, page_size=args.page_size)
    if fmt == "docx" and args.page_size:
        from releasedesk.export.docx import DocxOptions

        return DocxOptions(page_size=args.page_size)
    if fmt == "odt" and args.page_size:
        from releasedesk.export.odt import OdtOptions

        return OdtOptions(page_size=args.page_size)
    if fmt in ("html", "html-email") and args.page_size:
        from releasedesk.export.html import HtmlOptions

        return HtmlOptions(email=fmt == "html-email", page_size=args.page_size)
    return None


def output_stem(release: Release, source: Path) -> str:
    """A file-name-safe stem from the release number, else from the release file's own name."""
    stem = re.sub(r"[^\w.\-]+", "-", release.number.strip()).strip(".-_")
    return stem[:120] or source.stem


def _refusal(targets: list[tuple[Path, Format, Path]], inputs: list[Path]) -> str | None:
    """Why these targets must not be written, or None: inputs, releases and clashes are never overwritten."""
    protected = {path.resolve() for path in inputs}
    seen: dict[Path, Path] = {}
    for source, _fmt, out in targets:
        resolved = out.resolve()
        if resolved in protected or out.name.lower().endswith((".rdrelease", ".rdrelease~")):
            return f"refusing to overwrite {out}: it is a release file"
        if resolved in seen:
            return f"two outputs would be written to {out} (from {seen[resolved]} and {source}): rename one"
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


def _preflight(release: Release, lang: str, formats: list[Format]) -> list[str]:
    from releasedesk.export.preflight import preflight

    return [str(issue) for issue in preflight(release, lang, formats=tuple(formats))]  # type: ignore[arg-type]


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
            stem = f"{output_stem(release, path)}.{args.lang}"
            targets += [(path, fmt, args.out_dir / f"{stem}{EXTENSIONS[fmt]}") for fmt in formats]
        else:
            targets += [(path, fmt, out) for out, fmt in single]
    refusal = _refusal(targets, list(args.files))
    if refusal:
        _say(f"releasedesk export: {refusal}")
        return EXIT_USAGE
    for path, release in loaded:
        prefix = f"{path}: " if batch else ""
        if args.lang != "both" and args.lang not in release.content:
            _say(f"releasedesk export: {path}: the release has no {args.lang} text")
            status = EXIT_ERROR
            continue
        warnings = _preflight(release, args.lang, formats)
        for warning in warnings:
            _say(f"warning: {prefix}{warning}")
        if warnings and args.strict:
            _say(f"releasedesk export: {prefix}refused by --strict: {len(warnings)} preflight problem(s)")
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
