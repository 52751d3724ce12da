"""The command line: open the window, export, check and create releases without a display.

Exit codes: 0 success; 1 a file could not be read, written or exported; 2 wrong usage; 3 a strict export refused
because of preflight problems; 4 the window cannot be opened (no display or Qt libraries).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from releasedesk import __version__
from releasedesk.checks import cli as checks_cli
from releasedesk.cliutil import ExitCode, UsageParser
from releasedesk.cliutil import say as _say
from releasedesk.errors import ReleaseDeskError

if TYPE_CHECKING:
    import argparse
    from collections.abc import Sequence

    from releasedesk.export import Format
    from releasedesk.export.layout import LangChoice
    from releasedesk.model.release import Release

# The old names, kept for callers and tests that say `cli.EXIT_OK` (the values live in releasedesk.cliutil).
EXIT_OK = ExitCode.OK
EXIT_ERROR = ExitCode.ERROR
EXIT_USAGE = ExitCode.USAGE
EXIT_PREFLIGHT = ExitCode.PREFLIGHT
EXIT_NO_GUI = ExitCode.NO_GUI

COMMANDS = ("export", "check", "new", "contacts", "library")
APPROVAL_COMMANDS = ("submit", "approve", "return", "verify", "history", "diff", "version", "keys", "print")
"""Handled by releasedesk.approval.cli (exit 3 there: not validly approved)."""


def _build_parser() -> argparse.ArgumentParser:
    parser = UsageParser(
        prog="releasedesk",
        description="Bilingual press-release editor. Without a command, opens FILE (or the sample) in the window.",
    )
    parser.add_argument("--version", action="version", version=f"ReleaseDesk {__version__}")
    commands = parser.add_subparsers(dest="command", parser_class=UsageParser)

    from releasedesk.export_command import add_export_arguments

    export = commands.add_parser("export", help="export releases to PDF, DOCX, ODT, HTML and plain text")
    add_export_arguments(export)

    check = commands.add_parser("check", help="validate release files and list what needs attention")
    check.add_argument("files", type=Path, nargs="+", metavar="FILE")
    checks_cli.add_arguments(check)

    new = commands.add_parser("new", help="write a new release from a sample or an agency profile")
    new.add_argument("out", type=Path, metavar="OUT")
    new.add_argument("--sample", default=None, help="sample name (default: announcement); --list shows them")
    new.add_argument("--profile", help="start blank from this agency profile of the library (number allocated)")
    new.add_argument("--db", metavar="URL", help="the library for --profile (see 'releasedesk library --help')")
    new.add_argument("--force", action="store_true", help="overwrite OUT if it exists")
    new.add_argument("--list", action="store_true", help="list the sample names and exit")
    return parser


def _preflight_messages(release: Release, lang: LangChoice, formats: Sequence[Format]) -> tuple[list[str], list[str]]:
    """(warnings, refusals) as one line each."""
    from releasedesk.export.preflight import REFUSED_CODES, preflight

    issues = preflight(release, lang, formats=tuple(formats))
    return (
        [str(issue) for issue in issues if issue.code not in REFUSED_CODES],
        [str(issue) for issue in issues if issue.code in REFUSED_CODES],
    )


def _cmd_export(args: argparse.Namespace) -> int:
    from releasedesk.export_command import run_export

    return run_export(args)


def _cmd_check(args: argparse.Namespace) -> int:
    from releasedesk.approval.state import approval_state
    from releasedesk.fileformat import load_release

    status = ExitCode.OK
    checker = checks_cli.build_checker(args)
    if checker.unavailable:
        _say(f"releasedesk check: {checker.unavailable}")
    for path in args.files:
        try:
            release = load_release(path)
        except ReleaseDeskError as error:
            _say(f"invalid: {error}")
            status = ExitCode.ERROR
            continue
        warnings, refusals = _preflight_messages(release, "both", ("pdf", "docx"))
        for refusal in refusals:
            _say(f"invalid: {path}: {refusal}")
        if refusals:
            status = ExitCode.ERROR
            continue
        languages = ", ".join(release.languages) or "no text"
        print(f"ok: {path} ({languages}; {len(release.contacts)} contacts; {len(release.images)} images)")
        print(f"  approval: {approval_state(release).reason}")  # derived: a typed "approved" is not one
        for warning in warnings:
            print(f"  warning: {warning}")
        for line in checks_cli.finding_lines(path, release, checker):
            print(line)
    return status


def _cmd_new(args: argparse.Namespace) -> int:
    from releasedesk import samples
    from releasedesk.fileformat import UNCHECKED, SaveConflictError, save_release

    if args.list:
        print("\n".join(samples.sample_names()))
        return ExitCode.OK
    if args.profile:
        from releasedesk.library.cli import new_from_profile

        return new_from_profile(args.profile, args.out, db=args.db, force=args.force)
    if args.out.exists() and not args.force:
        _say(f"releasedesk new: {args.out} already exists (use --force to overwrite)")
        return ExitCode.ERROR
    release = samples.load_sample(args.sample or samples.DEFAULT_SAMPLE)
    try:  # expected=None: a file that appears meanwhile (another program) is not overwritten either
        save_release(release, args.out, keep_backup=args.force, expected=UNCHECKED if args.force else None)
    except SaveConflictError:
        _say(f"releasedesk new: {args.out} already exists (use --force to overwrite)")
        return ExitCode.ERROR
    print(f"wrote {args.out}")
    return ExitCode.OK


def _cmd_contacts(argv: list[str]) -> int:
    from releasedesk.directory.cli import main as contacts_main

    return contacts_main(argv)


def _open_window(argv: list[str]) -> int:
    parser = UsageParser(prog="releasedesk", description="Open a release in the window (default: the sample).")
    parser.add_argument("file", type=Path, nargs="?", help="release file to open")
    args = parser.parse_args(argv)
    from releasedesk import onecommand

    onecommand.for_long_lived_process()  # undo what a one-command start set (collector, lazy Pillow, startcache)
    try:
        from releasedesk.gui.app import run_gui
    except ImportError as error:  # PySide6 or a Qt system library missing: the command line still works
        _say(f"releasedesk: the window cannot start ({error}); 'releasedesk export' works without it")
        return ExitCode.NO_GUI
    return run_gui(args.file)


def main(argv: Sequence[str] | None = None) -> int:
    """The `releasedesk` command line; the exit code (never a traceback for bad input)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] == "contacts":
            return _cmd_contacts(argv[1:])
        if argv and argv[0] in APPROVAL_COMMANDS:
            from releasedesk.approval.cli import main as approval_main

            return approval_main(argv)
        if argv and argv[0] == "library":
            from releasedesk.library.cli import main as library_main

            return library_main(argv[1:])
        if not argv or (argv[0] not in COMMANDS and argv[0] not in ("-h", "--help", "--version")):
            return _open_window(argv)
        args = _build_parser().parse_args(argv)
        handlers = {"export": _cmd_export, "check": _cmd_check, "new": _cmd_new}
        return handlers[args.command](args)
    except checks_cli.ChecksUsageError as error:
        _say(f"releasedesk: error: {error}")
        return ExitCode.USAGE
    except ReleaseDeskError as error:
        _say(f"releasedesk: {error}")
        return ExitCode.ERROR
    except KeyboardInterrupt:
        return 130


def run() -> None:
    """Console-script entry point: one command, then the process ends (the window undoes onecommand.start)."""
    from releasedesk import onecommand

    onecommand.start()  # (`python -m releasedesk` did it before importing this module)
    from releasedesk import export_command

    export_command.ENDS_WITH_PROCESS = True
    try:
        status = main()
        sys.stdout.flush()  # here, not at exit: a reader gone away (`| head`) is caught below
    except BrokenPipeError:
        status = onecommand.reader_gone()
    onecommand.finish()
    if sys.argv[1:2] == ["export"]:  # every file written and synced: no interpreter teardown (onecommand.end)
        onecommand.end(status)
    sys.exit(status)
