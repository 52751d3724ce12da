"""What every command line shares: the exit codes and a parser that reports usage errors as one line.

It sits below `cli`, the sub-command modules (`export_command`, `directory.cli`, `library.cli`, `approval.cli`,
`checks.cli`) and `gui.app`, so none of them has to import another to agree on a number.
"""

from __future__ import annotations

import argparse
import sys
from enum import IntEnum
from typing import NoReturn


class ExitCode(IntEnum):
    """The process exit status of `releasedesk` and all its sub-commands (documented in `releasedesk --help`)."""

    OK = 0
    ERROR = 1
    """A file, key or database could not be read, written or exported, or a workflow step is not allowed now."""
    USAGE = 2
    PREFLIGHT = 3
    """A strict export refused because of preflight problems."""
    NOT_APPROVED = 3
    """`verify` / `print`: not validly approved (the same number: "the content is not fit to go out")."""
    NO_GUI = 4
    """The window cannot be opened (no display or no Qt libraries)."""


class UsageParser(argparse.ArgumentParser):
    """argparse that reports usage errors as one line and exits with `ExitCode.USAGE` (argparse's own is also 2)."""

    def error(self, message: str) -> NoReturn:
        self.exit(ExitCode.USAGE, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


def say(message: str) -> None:
    """One line for the person at the terminal (stderr, so stdout stays the command's output)."""
    print(message, file=sys.stderr)
