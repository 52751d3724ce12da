"""`releasedesk library [--db URL] add | search | list | get | versions | profiles | import-directory`, and the
profile half of `releasedesk new --profile NAME OUT`.

Exit codes as in releasedesk.cli: 0 done; 1 the library or a file could not be read or written (one line on stderr);
2 wrong usage.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from releasedesk.cliutil import ExitCode, UsageParser
from releasedesk.errors import ReleaseDeskError
from releasedesk.library.address import ENV_URL
from releasedesk.library.engine import default_url
from releasedesk.library.store import Library
from releasedesk.model.release import Status

if TYPE_CHECKING:
    from collections.abc import Sequence

    from releasedesk.library.releases import ReleaseSummary

PROG = "releasedesk library"


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def _build_parser() -> argparse.ArgumentParser:
    parser = UsageParser(prog=PROG, description="The shared library of releases, contacts and agency profiles.")
    parser.add_argument(
        "--db",
        metavar="URL",
        help=f"sqlite:///PATH or postgresql://HOST/DB (default: ${ENV_URL}, else {default_url()})",
    )
    commands = parser.add_subparsers(dest="command", parser_class=UsageParser, required=True)
    add = commands.add_parser("add", help="keep release files in the library (a known number adds a new version)")
    add.add_argument("files", type=Path, nargs="+", metavar="FILE")
    add.add_argument("--author", default=getpass.getuser(), help="who saved it (default: your login name)")
    search = commands.add_parser("search", help="find releases: Chinese by substring, English by word start")
    search.add_argument("query", nargs="+", metavar="QUERY")
    search.add_argument("--lang", choices=("zh-TW", "en"), help="search only this language's text")
    listing = commands.add_parser("list", help="list releases, newest first")
    for sub in (search, listing):
        sub.add_argument("--status", choices=[status.value for status in Status])
        sub.add_argument("--from", dest="date_from", type=_day, metavar="YYYY-MM-DD", help="issued on or after")
        sub.add_argument("--to", dest="date_to", type=_day, metavar="YYYY-MM-DD", help="issued on or before")
        sub.add_argument("--unit", default="", help="issuing unit (either language, exactly)")
        sub.add_argument("--author", default="", help="saved by")
        sub.add_argument("--limit", type=int, default=50, help="at most this many (default: 50)")
    get = commands.add_parser("get", help="write a release from the library to a file")
    get.add_argument("id", type=int, metavar="ID")
    get.add_argument("out", type=Path, metavar="OUT.rdrelease")
    get.add_argument("--version", type=int, help="an earlier version (see 'versions ID')")
    get.add_argument("--force", action="store_true", help="overwrite OUT if it exists")
    versions = commands.add_parser("versions", help="list the saved versions of a release")
    versions.add_argument("id", type=int, metavar="ID")
    profiles = commands.add_parser("profiles", help="agency profiles: list | import FILE.toml | export NAME OUT.toml")
    actions = profiles.add_subparsers(dest="action", parser_class=UsageParser, required=True)
    actions.add_parser("list", help="list the profile names")
    importing = actions.add_parser("import", help="add a profile from TOML (replaces one with the same name)")
    importing.add_argument("file", type=Path, metavar="FILE.toml")
    exporting = actions.add_parser("export", help="write a profile as TOML (its logo beside it)")
    exporting.add_argument("name", metavar="NAME")
    exporting.add_argument("out", type=Path, metavar="OUT.toml")
    move = commands.add_parser(
        "import-directory", help="copy an old contact directory file (contacts, glossary, word list) into this library"
    )
    move.add_argument("file", type=Path, metavar="FILE.sqlite3")
    return parser


def _say(message: str) -> None:
    print(message, file=sys.stderr)


def _line(summary: ReleaseSummary) -> str:
    fields = (
        str(summary.id),
        summary.number or "-",
        summary.issued_on.isoformat(),
        summary.status,
        summary.headline.zh or "-",
        summary.headline.en or "-",
    )
    return "\t".join(field.replace("\t", " ").replace("\n", " ") for field in fields)


def _add(library: Library, files: list[Path], author: str) -> int:
    from releasedesk.fileformat import dumps, load_release

    status = ExitCode.OK
    for path in files:
        try:
            release = load_release(path)
        except ReleaseDeskError as error:
            _say(f"{PROG}: {error}")
            status = ExitCode.ERROR
            continue
        known = library.releases.find_by_number(release.number)
        if known is None:
            stored = library.releases.add(release, author=author, source_name=path.name)
            print(f"added {stored.id}: {path}")
        elif library.releases.document(known.id) == dumps(release):
            print(f"unchanged {known.id}: {path}")
        else:
            saved = library.releases.save(known.id, release, expected_version=known.version, author=author)
            print(f"updated {saved.id} (version {saved.version}): {path}")
    return status


def _get(library: Library, args: argparse.Namespace) -> int:
    from releasedesk.atomicfile import write_atomic

    data = library.releases.document(args.id, args.version)
    if data is None:
        which = f"version {args.version} of release {args.id}" if args.version else f"release {args.id}"
        _say(f"{PROG}: no {which} in the library")
        return ExitCode.ERROR
    if args.out.exists() and not args.force:
        _say(f"{PROG}: {args.out} already exists (use --force to overwrite)")
        return ExitCode.ERROR
    try:
        write_atomic(args.out, data)
    except OSError as error:
        _say(f"{PROG}: {args.out}: cannot write ({error.strerror or error})")
        return ExitCode.ERROR
    print(f"wrote {args.out}")
    return ExitCode.OK


def _profiles(library: Library, args: argparse.Namespace) -> int:
    if args.action == "list":
        for name in library.profiles.names():
            print(name)
    elif args.action == "import":
        profile = library.profiles.import_toml(args.file)
        print(f"imported profile {profile.name} (version {profile.version})")
    else:
        for path in library.profiles.export_toml(args.name, args.out):
            print(f"wrote {path}")
    return ExitCode.OK


def _run(library: Library, args: argparse.Namespace) -> int:
    if args.command == "add":
        return _add(library, args.files, args.author)
    if args.command in ("search", "list"):
        results = library.releases.search(
            " ".join(getattr(args, "query", [])),
            lang=getattr(args, "lang", None),
            status=args.status,
            date_from=args.date_from,
            date_to=args.date_to,
            unit=args.unit,
            author=args.author,
            limit=args.limit,
        )
        for summary in results:
            print(_line(summary))
        return ExitCode.OK
    if args.command == "get":
        return _get(library, args)
    if args.command == "versions":
        for info in library.releases.versions(args.id):
            print(f"{info.version}\t{info.saved_at}\t{info.status}\t{info.author or '-'}")
        return ExitCode.OK
    if args.command == "profiles":
        return _profiles(library, args)
    moved = library.contacts().import_directory_file(args.file)
    print(f"moved {moved.added} contacts in ({moved.unchanged} already there)")
    from releasedesk.checks.glossary_store import CheckStore
    from releasedesk.directory.importcopy import private_copy

    # the glossary is read from a copy too: opening the file as a library would add the library's tables to it
    with private_copy(args.file) as copy, CheckStore(library) as office, CheckStore(copy) as laptop:
        entries, words = office.import_from(laptop)
    print(f"moved {entries} glossary entries and {words} office words in (terms already here kept as they are)")
    return ExitCode.OK


def main(argv: Sequence[str] | None = None) -> int:
    """`releasedesk library ...`: the office library from the command line; the exit code."""
    args = _build_parser().parse_args(list(sys.argv[2:] if argv is None else argv))
    try:
        with Library(args.db) as library:
            return _run(library, args)
    except ReleaseDeskError as error:
        _say(f"{PROG}: {error}")
        return ExitCode.ERROR


def new_from_profile(name: str, out: Path, *, db: str | None, force: bool) -> int:
    """`releasedesk new --profile NAME OUT`: a blank release in the profile's name, its number allocated."""
    from releasedesk.fileformat import UNCHECKED, save_release

    if out.exists() and not force:
        _say(f"releasedesk new: {out} already exists (use --force to overwrite)")
        return ExitCode.ERROR
    try:
        with Library(db) as library:
            release = library.profiles.new_release(name)
        # expected=None: a file that appears meanwhile (another program) is not overwritten either
        save_release(release, out, keep_backup=force, expected=UNCHECKED if force else None)
    except ReleaseDeskError as error:
        _say(f"releasedesk new: {error}")
        return ExitCode.ERROR
    print(f"wrote {out}" + (f" ({release.number})" if release.number else ""))
    return ExitCode.OK
