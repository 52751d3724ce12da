"""The command line: open the window, export, check and create releases without a display.

Exit codes: 0 success; 1 a file could not be read, written or exported; 2 wrong usage; 3 a strict export refused
because of preflight problems; 4 the window cannot be opened (no display or Qt libraries).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from releasedesk import __version__
from releasedesk.errors import ReleaseDeskError
from releasedesk.export import Format, export_release
from releasedesk.export.layout import LangChoice
from releasedesk.model.release import Release

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_PREFLIGHT = 3
EXIT_NO_GUI = 4

COMMANDS = ("export", "check", "new", "contacts", "library")


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors as one line and our own exit code."""

    def error(self, message: str) -> Any:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


def _build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="releasedesk",
        description="Bilingual press-release editor. Without a command, opens FILE (or the sample) in the window.",
    )
    parser.add_argument("--version", action="version", version=f"ReleaseDesk {__version__}")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)

    export = commands.add_parser("export", help="export a release to PDF and/or DOCX")
    export.add_argument("file", type=Path, help="release file (.rdrelease)")
    export.add_argument("--pdf", type=Path, metavar="OUT.pdf", help="write a PDF here")
    export.add_argument("--docx", type=Path, metavar="OUT.docx", help="write a DOCX here")
    export.add_argument("--lang", choices=("zh-TW", "en", "both"), default="both", help="languages (default: both)")
    export.add_argument("--strict", action="store_true", help="refuse to export when preflight finds problems")
    export.add_argument("--page-size", choices=("A4", "Letter"), help="paper size (default: the template's, A4)")
    export.add_argument(
        "--pdf-template", type=Path, metavar="FILE.toml", help="PDF layout template (default: the agency's, if any)"
    )

    check = commands.add_parser("check", help="validate release files and list what needs attention")
    check.add_argument("files", type=Path, nargs="+", metavar="FILE")

    new = commands.add_parser("new", help="write a new release from a sample or an agency profile")
    new.add_argument("out", type=Path, metavar="OUT")
    new.add_argument("--sample", default=None, help="sample name (default: announcement); --list shows them")
    new.add_argument("--profile", help="start blank from this agency profile of the library (number allocated)")
    new.add_argument("--db", metavar="URL", help="the library for --profile (see 'releasedesk library --help')")
    new.add_argument("--force", action="store_true", help="overwrite OUT if it exists")
    new.add_argument("--list", action="store_true", help="list the sample names and exit")
    return parser


def _say(message: str) -> None:
    print(message, file=sys.stderr)


def _preflight_messages(release: Release, lang: LangChoice, formats: Sequence[Format]) -> list[str]:
    from releasedesk.export.preflight import preflight

    return [str(issue) for issue in preflight(release, lang, formats=tuple(formats))]


def _export_options(fmt: str, args: argparse.Namespace) -> Any:
    """The format's options object for what the command line asked, or None for the format's defaults."""
    if fmt == "pdf" and (args.pdf_template or args.page_size):
        from releasedesk.export.pdf import PdfOptions
        from releasedesk.export.pdf.template import current_template, load_template

        template = load_template(args.pdf_template) if args.pdf_template else current_template()
        return PdfOptions(template=template, page_size=args.page_size)
    if fmt == "docx" and args.page_size:
        from releasedesk.export.docx import DocxOptions

        return DocxOptions(page_size=args.page_size)
    return None


def _cmd_export(args: argparse.Namespace) -> int:
    from releasedesk.fileformat import load_release

    targets = [(fmt, out) for fmt, out in (("pdf", args.pdf), ("docx", args.docx)) if out is not None]
    if not targets:
        _say("releasedesk export: nothing to do: give --pdf OUT.pdf and/or --docx OUT.docx")
        return EXIT_USAGE
    release = load_release(args.file)
    options = {fmt: _export_options(fmt, args) for fmt, _ in targets}  # a bad template stops before any write
    if args.lang != "both" and args.lang not in release.content:
        _say(f"releasedesk export: {args.file}: the release has no {args.lang} text")
        return EXIT_ERROR
    warnings = _preflight_messages(release, args.lang, [fmt for fmt, _ in targets])
    for warning in warnings:
        _say(f"warning: {warning}")
    if warnings and args.strict:
        _say(f"releasedesk export: refused by --strict: {len(warnings)} preflight problem(s)")
        return EXIT_PREFLIGHT
    for fmt, out in targets:
        export_release(release, fmt, out, lang=args.lang, options=options[fmt])
        print(f"wrote {out}")
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    from releasedesk.fileformat import load_release

    status = EXIT_OK
    for path in args.files:
        try:
            release = load_release(path)
        except ReleaseDeskError as error:
            _say(f"invalid: {error}")
            status = EXIT_ERROR
            continue
        languages = ", ".join(release.languages) or "no text"
        print(f"ok: {path} ({languages}; {len(release.contacts)} contacts; {len(release.images)} images)")
        for warning in _preflight_messages(release, "both", ("pdf", "docx")):
            print(f"  warning: {warning}")
    return status


def _cmd_new(args: argparse.Namespace) -> int:
    from releasedesk import samples
    from releasedesk.atomicfile import write_atomic

    if args.list:
        print("\n".join(samples.sample_names()))
        return EXIT_OK
    if args.profile:
        from releasedesk.library.cli import new_from_profile

        return new_from_profile(args.profile, args.out, db=args.db, force=args.force)
    source = samples.sample_path(args.sample or samples.DEFAULT_SAMPLE)
    if args.out.exists() and not args.force:
        _say(f"releasedesk new: {args.out} already exists (use --force to overwrite)")
        return EXIT_ERROR
    samples.load_sample(args.sample or samples.DEFAULT_SAMPLE)  # a sample that fails to load is not copied
    try:
        write_atomic(args.out, source.read_bytes())
    except OSError as error:
        _say(f"releasedesk new: {args.out}: cannot write ({error.strerror or error})")
        return EXIT_ERROR
    print(f"wrote {args.out}")
    return EXIT_OK


def _cmd_contacts(argv: list[str]) -> int:
    from releasedesk.directory.cli import main as contacts_main

    return contacts_main(argv)


def _open_window(argv: list[str]) -> int:
    parser = _Parser(prog="releasedesk", description="Open a release in the window (default: the sample).")
    parser.add_argument("file", type=Path, nargs="?", help="release file to open")
    args = parser.parse_args(argv)
    try:
        from releasedesk.gui.app import run_gui
    except ImportError as error:  # PySide6 or a Qt system library missing: the command line still works
        _say(f"releasedesk: the window cannot start ({error}); 'releasedesk export' works without it")
        return EXIT_NO_GUI
    return run_gui(args.file)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] == "contacts":
            return _cmd_contacts(argv[1:])
        if argv and argv[0] == "library":
            from releasedesk.library.cli import main as library_main

            return library_main(argv[1:])
        if not argv or (argv[0] not in COMMANDS and argv[0] not in ("-h", "--help", "--version")):
            return _open_window(argv)
        args = _build_parser().parse_args(argv)
        handlers = {"export": _cmd_export, "check": _cmd_check, "new": _cmd_new}
        return handlers[args.command](args)
    except ReleaseDeskError as error:
        _say(f"releasedesk: {error}")
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
