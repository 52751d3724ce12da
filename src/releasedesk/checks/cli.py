"""The writing checks on the command line: `--checks`/`--db` for `releasedesk check` and `releasedesk export`."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING

from releasedesk.checks.findings import CHECKS
from releasedesk.checks.glossary import Glossary
from releasedesk.checks.runner import Checker, CheckSettings, parse_checks
from releasedesk.checks.store_keys import ENGLISH_VARIANT, TAI_FORM, CheckStoreError
from releasedesk.cliutil import say
from releasedesk.errors import ReleaseDeskError

if TYPE_CHECKING:
    import argparse

    from releasedesk.model.release import Release


class ChecksUsageError(ReleaseDeskError):
    """A wrong --checks value: the command line answers with a usage error."""


def add_arguments(parser: argparse.ArgumentParser, *, export: bool = False) -> None:
    """The writing-check options, for `releasedesk check` or (with `export`) for export's --strict."""
    names = ",".join(CHECKS)
    help_text = (
        f"writing checks that make --strict refuse ({names}); all of them are listed anyway"
        if export
        else f"writing checks to run, comma-separated ({names}; default: all)"
    )
    parser.add_argument("--checks", metavar="LIST", default=None, help=help_text)
    parser.add_argument(
        "--db",
        metavar="URL",
        help="the library with the glossary and word list (a path, sqlite:///… or postgresql://…)",
    )


def named_checks(args: argparse.Namespace) -> frozenset[str]:
    """The checks --checks names (empty when not given)."""
    if not args.checks:
        return frozenset()
    try:
        return parse_checks(args.checks)
    except ValueError as error:
        raise ChecksUsageError(f"--checks: {error}") from error


LIBRARY_FILE_NAME = "contacts.sqlite3"
"""The library file's name in the data folder: directory.repository.default_db_path(), without importing the
directory package (sqlite3, uuid and the contact model: 15 ms of every export's start); a test keeps them equal."""


def library_file() -> Path:
    """Where the office's glossary and word list are when no library is named: the window's and `contacts`'s file."""
    from releasedesk.appdirs import app_data_dir

    return app_data_dir() / LIBRARY_FILE_NAME


def build_checker(args: argparse.Namespace, enabled: frozenset[str] | None = None) -> Checker:
    """A checker with the office's settings, glossary and word list (from --db, or the directory's own file)."""
    if enabled is None:
        enabled = named_checks(args) or frozenset(CHECKS)
    from releasedesk.library.address import ENV_URL

    where = args.db or os.environ.get(ENV_URL)
    if where is not None and "://" not in where and not Path(where).is_file():
        raise CheckStoreError(f"{where}: no such database (the glossary and word list live in the library)")
    if where is None:
        where = library_file()
        if not where.is_file():  # nobody set anything up: the defaults, and no file created for it
            return Checker(CheckSettings(enabled))
    local = str(where).removeprefix("sqlite:///")
    if "://" not in local:  # a file here: read it without SQLAlchemy (start-up is most of an export's time)
        from releasedesk.checks.glossary_read import read_local

        office = read_local(Path(local))
        label = local
    else:  # a server: read, never migrated (`releasedesk export` and `check` only read the library)
        from releasedesk.checks.glossary_read import read_server
        from releasedesk.library.engine import safe_url

        office = read_server(str(where))
        label = safe_url(str(where))
    if office is None:  # an older library: the window (which writes) migrates it, not a command that reads
        say(f"releasedesk: {label}: {NO_GLOSSARY}")
        return Checker(CheckSettings(enabled))
    settings = CheckSettings(enabled, office.setting(ENGLISH_VARIANT), office.setting(TAI_FORM), office.words)
    return Checker(settings, Glossary(office.entries))


NO_GLOSSARY = "no glossary or word list in this library yet (an older one); the writing checks go on without them"


def finding_lines(path: Path, release: Release, checker: Checker) -> list[str]:
    """`FILE: zh-TW body ¶3: simplified character 发 → 發`, one per finding."""
    return [f"{path}: {finding.line()}" for finding in checker.check_release(release, suggest=True)]
