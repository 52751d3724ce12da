"""`releasedesk submit|approve|return|verify|history|diff|version|keys new|print`: approval without a window.

Exit codes as in releasedesk.cli: 0 done; 1 a file or key could not be read or written, or a workflow step is not
allowed now; 2 wrong usage; 3 not validly approved (verify, print).
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from releasedesk.approval.canonical import canonical_content, short_fingerprint
from releasedesk.approval.office import Office, load_office
from releasedesk.cliutil import ExitCode, UsageParser
from releasedesk.errors import ReleaseDeskError
from releasedesk.model.history import EventKind

if TYPE_CHECKING:
    import argparse
    from collections.abc import Sequence

    from releasedesk.approval.signing import PublicKey
    from releasedesk.model.release import Release

COMMANDS = ("submit", "approve", "return", "verify", "history", "diff", "version", "keys", "print")
PASSPHRASE_ENV = "RELEASEDESK_KEY_PASSPHRASE"


def _build_parser() -> argparse.ArgumentParser:
    parser = UsageParser(prog="releasedesk", description="Approval workflow, verification and the print station.")
    commands = parser.add_subparsers(dest="command", parser_class=UsageParser, required=True)

    def command(name: str, help_text: str, *, by: bool = False) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text)
        sub.add_argument("file", type=Path, metavar="FILE")
        if by:
            sub.add_argument("--by", metavar="NAME", help="who (default: the office's user name, else the login)")
        return sub

    submit = command("submit", "submit a release for review", by=True)
    submit.add_argument("--note", default="")
    approve = command("approve", "approve a release in review (the exact submitted content)", by=True)
    approve.add_argument("--key", type=Path, metavar="KEYFILE", help="sign with this private key")
    approve.add_argument("--note", default="")
    back = command("return", "return a release in review for changes, with a note", by=True)
    back.add_argument("--note", required=True)
    version = command("version", "save a version (a snapshot in the file's history)", by=True)
    version.add_argument("--note", default="")
    check = command("verify", "exit 0 when validly approved, 3 otherwise (one line says why)")
    check.add_argument("--trusted", type=Path, metavar="KEYS", help="the office's trusted public keys")
    command("history", "list the file's versions: who, when, what event")
    diff = command("diff", "compare two versions (default: the approved one against the current content)")
    diff.add_argument("--from", dest="source", metavar="N", help="version number from 'history' (0 = current)")
    diff.add_argument("--to", dest="target", metavar="N", help="version number from 'history' (0 = current)")

    keys = commands.add_parser("keys", help="approvers' signing keys")
    key_commands = keys.add_subparsers(dest="keys_command", parser_class=UsageParser, required=True)
    new = key_commands.add_parser("new", help="create an Ed25519 key pair: KEYFILE (0600) and KEYFILE.pub")
    new.add_argument("--name", required=True, help="the approver's name, as they approve")
    new.add_argument("--out", type=Path, required=True, metavar="KEYFILE")
    new.add_argument("--passphrase", action="store_true", help=f"encrypt the key (asked, or ${PASSPHRASE_ENV})")

    printing = command("print", "print the approved release's PDF through CUPS (lp)")
    printing.add_argument("--printer", metavar="NAME", help="CUPS queue (default: the system's default)")
    printing.add_argument("--copies", type=int, default=1, metavar="N")
    printing.add_argument("--to-pdf", type=Path, metavar="OUT.pdf", help="write the PDF instead of printing it")
    printing.add_argument("--trusted", type=Path, metavar="KEYS", help="require a signature by one of these keys")
    printing.add_argument("--lang", choices=("zh-TW", "en", "both"), default="both")
    return parser


def _say(message: str) -> None:
    print(message, file=sys.stderr)


def _passphrase(ask: bool, prompt: str) -> str | None:
    if os.environ.get(PASSPHRASE_ENV):
        return os.environ[PASSPHRASE_ENV]
    if ask and sys.stdin.isatty():
        return getpass.getpass(prompt)
    return None


def _trusted(path: Path | None, office: Office) -> list[PublicKey] | None:
    from releasedesk.approval.signing import load_trusted

    path = path or office.trusted_keys
    return None if path is None else load_trusted(path)


def _load(path: Path) -> Release:
    from releasedesk.fileformat import load_release

    return load_release(path)


def _save(release: Release, path: Path) -> None:
    from releasedesk.fileformat import save_release

    save_release(release, path)


def _step(args: argparse.Namespace, office: Office) -> int:
    from releasedesk.approval import workflow

    release = _load(args.file)
    by = args.by or office.user_name
    if args.command == "submit":
        event = workflow.submit(release, by, note=args.note)
    elif args.command == "return":
        event = workflow.return_for_changes(release, by, args.note)
    elif args.command == "version":
        event = workflow.save_version(release, by, note=args.note)
    else:
        key = None
        if args.key is not None:
            from releasedesk.approval.signing import KeyFileError, load_private_key

            try:
                key = load_private_key(args.key, _passphrase(False, ""))
            except KeyFileError as error:
                if "passphrase" not in str(error) or os.environ.get(PASSPHRASE_ENV) or not sys.stdin.isatty():
                    raise
                key = load_private_key(args.key, _passphrase(True, f"Passphrase for {args.key}: "))
        event = workflow.approve(release, by, note=args.note, key=key, two_person=office.two_person_rule)
    _save(release, args.file)
    signed = f", signed {event.signature.key_id}" if event.signature else ""
    print(f"{args.file}: {event.kind.value} by {event.by} ({short_fingerprint(event.fingerprint)}{signed})")
    return ExitCode.OK


def _verify(args: argparse.Namespace, office: Office) -> int:
    from releasedesk.approval.verify import verify

    release = _load(args.file)
    verdict = verify(release, _trusted(args.trusted, office), require_signature=office.require_signature)
    if verdict.ok:
        print(f"{args.file}: {verdict.reason}")
        return ExitCode.OK
    _say(f"{args.file}: {verdict.reason}")
    return ExitCode.NOT_APPROVED


def _history(args: argparse.Namespace) -> int:
    from releasedesk.approval.state import approval_state

    release = _load(args.file)
    for number, event in enumerate(release.history.events, 1):
        when = event.at.strftime("%Y-%m-%d %H:%M %z")
        digest = short_fingerprint(event.fingerprint) if event.fingerprint else "—"
        extra = f"  signed {event.signature.key_id}" if event.signature else ""
        note = f"  “{event.note}”" if event.note else ""
        print(f"{number:>3}  {when}  {event.kind.value:<16} {event.by or '(unknown)':<20} {digest}{extra}{note}")
    state = approval_state(release)
    print(f"  0  current content  {short_fingerprint(state.current)}: {state.reason}")
    return ExitCode.OK


def _version_content(release: Release, number: int) -> dict[str, Any]:
    events = release.history.events
    if number == 0:
        return canonical_content(release)
    if not 1 <= number <= len(events) or not events[number - 1].fingerprint:
        raise ReleaseDeskError(f"no version {number} with content (see 'releasedesk history')")
    return release.history.snapshots[events[number - 1].fingerprint]


def _diff(args: argparse.Namespace) -> int:
    from releasedesk.approval.compare import compare

    release = _load(args.file)
    events = release.history.events

    def number(text: str | None, default: int) -> int:
        if text is None:
            return default
        if text == "current":
            return 0
        try:
            return int(text)
        except ValueError:
            raise ReleaseDeskError(f"not a version number: {text!r}") from None

    approvals = [i for i, e in enumerate(events, 1) if e.kind == EventKind.APPROVED]
    with_content = [i for i, e in enumerate(events, 1) if e.fingerprint]
    default_from = approvals[-1] if approvals else (with_content[-1] if with_content else 0)
    source, target = number(args.source, default_from), number(args.target, 0)
    changes = compare(_version_content(release, source), _version_content(release, target))
    for num in (source, target):
        if num and events[num - 1].fingerprint in release.history.damaged:
            _say(f"warning: version {num}'s snapshot was edited by hand after it was recorded")
    names = {0: "current"}
    print(f"--- version {names.get(source, source)}  +++ version {names.get(target, target)}")
    for change in changes:
        print(f"{change.place}: {change.marked()}")
    if not changes:
        print("no differences in what is printed")
    return ExitCode.OK


def _keys_new(args: argparse.Namespace) -> int:
    from releasedesk.approval.signing import new_key_pair

    passphrase = None
    if args.passphrase:
        passphrase = _passphrase(True, "Passphrase for the new key: ")
        if not passphrase:
            _say(f"releasedesk keys new: no passphrase given (type one, or set ${PASSPHRASE_ENV})")
            return ExitCode.USAGE
    public = new_key_pair(args.name, args.out, passphrase)
    print(f"wrote {args.out} (private, mode 0600) and {args.out}.pub ({public.id}, {public.name})")
    return ExitCode.OK


def _print(args: argparse.Namespace, office: Office) -> int:
    from releasedesk.approval.station import PrintJob, PrintRefused, print_release

    job = PrintJob(
        file=args.file,
        by=office.user_name,
        log=office.log_path,
        printer=args.printer,
        copies=args.copies,
        to_pdf=args.to_pdf,
        lang=args.lang,
        trusted=_trusted(args.trusted, office),
        require_signature=office.require_signature,
    )
    try:
        record = print_release(job)
    except PrintRefused as refused:
        _say(str(refused))
        return ExitCode.NOT_APPROVED
    where = args.to_pdf if args.to_pdf else record.printer
    print(f"printed {args.file} ({short_fingerprint(record.fingerprint)}) to {where}, {record.copies} copies")
    return ExitCode.OK


def main(argv: Sequence[str]) -> int:
    """`releasedesk submit|approve|return|verify|history|diff|version|keys|print`; the exit code."""
    args = _build_parser().parse_args(list(argv))
    try:
        office = load_office()
        if args.command in ("submit", "approve", "return", "version"):
            return _step(args, office)
        if args.command == "verify":
            return _verify(args, office)
        if args.command == "history":
            return _history(args)
        if args.command == "diff":
            return _diff(args)
        if args.command == "keys":
            return _keys_new(args)
        return _print(args, office)
    except ReleaseDeskError as error:
        _say(f"releasedesk {args.command}: {error}")
        return ExitCode.ERROR
