"""`releasedesk contacts [--db PATH] list [QUERY] | import FILE.vcf | export FILE.vcf`.

Exit codes as in releasedesk.cli: 0 success; 1 the database or a file could not be read or written, or some cards
of an import were skipped (the good ones are imported; each skipped card is reported as FILE:LINE: problem);
2 wrong usage.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from releasedesk.cliutil import ExitCode, UsageParser
from releasedesk.directory.repository import DirectoryContact, DirectoryError, default_db_path
from releasedesk.directory.vcard import VERSIONS, import_vcard_file, printable, write_vcard_file
from releasedesk.library.open_directory import open_repository

if TYPE_CHECKING:
    import argparse
    from collections.abc import Sequence


def _build_parser() -> argparse.ArgumentParser:
    parser = UsageParser(prog="releasedesk contacts", description="The contact directory.")
    parser.add_argument(
        "--db",
        metavar="URL",
        help=f"library holding the directory: sqlite:///PATH, a file, or postgresql://… (default: {default_db_path()})",
    )
    commands = parser.add_subparsers(dest="command", parser_class=UsageParser, required=True)
    listing = commands.add_parser("list", help="list contacts, or those matching QUERY (any field, either language)")
    listing.add_argument("query", nargs="*", metavar="QUERY")
    importing = commands.add_parser("import", help="add (or update, by UID) the contacts of a vCard file")
    importing.add_argument("file", type=Path, metavar="FILE.vcf")
    importing.add_argument(
        "--replace-newer",
        action="store_true",
        help="let cards replace entries edited after the card's REV (default: keep the newer entry)",
    )
    exporting = commands.add_parser("export", help="write contacts (all, or those matching --query) as vCards")
    exporting.add_argument("file", type=Path, metavar="FILE.vcf")
    exporting.add_argument("--vcard", choices=VERSIONS, default="3.0", help="vCard version (default: 3.0)")
    exporting.add_argument("--query", default="", help="export only the contacts this search finds")
    return parser


def _say(message: str) -> None:
    print(message, file=sys.stderr)


def _line(contact: DirectoryContact) -> str:
    """One tab-separated line per contact: easy to read, easy to cut."""
    fields = (
        str(contact.id),
        contact.name.zh,
        contact.name.en,
        contact.title.best("zh-TW"),
        contact.unit.best("zh-TW"),
        contact.office_phone,
        contact.mobile,
        contact.email,
        ", ".join(contact.tags),
    )
    return "\t".join(printable(field.replace("\t", " ").replace("\n", " ")) for field in fields)


def main(argv: Sequence[str] | None = None) -> int:
    """`releasedesk contacts ...`: the contact directory from the command line; the exit code."""
    args = _build_parser().parse_args(list(sys.argv[2:] if argv is None else argv))
    try:
        with open_repository(args.db) as repository:
            if args.command == "list":
                for contact in repository.search(" ".join(args.query)):
                    print(_line(contact))
                return ExitCode.OK
            if args.command == "export":
                contacts = repository.search(args.query)
                write_vcard_file(args.file, contacts, args.vcard)
                print(f"wrote {len(contacts)} contacts to {args.file} (vCard {args.vcard})")
                return ExitCode.OK
            summary, problems = import_vcard_file(repository, args.file, replace_newer=args.replace_newer)
            for problem in problems:
                _say(f"{printable(str(args.file))}:{problem.line}: {printable(problem.message)}")
            kept = f", {summary.kept_newer} kept: newer in the directory" if summary.kept_newer else ""
            print(
                f"imported {summary.total} contacts ({summary.added} new, {summary.updated} updated, "
                f"{summary.unchanged} already there{kept})"
            )
            if problems:
                _say(f"releasedesk contacts: {len(problems)} problem(s) in {args.file}; those cards were not imported")
                return ExitCode.ERROR
            return ExitCode.OK
    except DirectoryError as error:
        _say(f"releasedesk contacts: {printable(str(error))}")
        return ExitCode.ERROR
