"""The office's approval policy, shared by the command line and the window: one small TOML file.

`RELEASEDESK_OFFICE` names it; otherwise `~/.config/releasedesk/office.toml` (XDG_CONFIG_HOME honoured). Missing
file = defaults: two-person rule on, signatures not required, the login name as the user.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from releasedesk.approval.workflow import default_user
from releasedesk.errors import ReleaseDeskError


def config_dir() -> Path:
    """`$XDG_CONFIG_HOME/releasedesk`: where the office settings and the signing key live."""
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "releasedesk"


def signing_key_path() -> Path:
    """The approver's own private key (made in the window with Review → Signing Key…, or `keys new`)."""
    return config_dir() / "approver.key"


def default_print_log() -> Path:
    """`$XDG_STATE_HOME/releasedesk/print-log.jsonl`: the print log when the office file names none."""
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "releasedesk" / "print-log.jsonl"


@dataclass(frozen=True)
class Office:
    """This workstation's approval settings (office.toml): who works here and what the office requires."""

    user_name: str
    two_person_rule: bool = True
    require_signature: bool = False
    trusted_keys: Path | None = None
    print_log: Path | None = None
    print_station: bool = False
    """Releases open read-only and only validly approved ones print."""

    @property
    def log_path(self) -> Path:
        return self.print_log or default_print_log()


_KEYS = {"user_name", "two_person_rule", "require_signature", "trusted_keys", "print_log", "print_station"}


def office_path() -> Path:
    """The office file: `$RELEASEDESK_OFFICE`, else office.toml in the config folder."""
    return Path(os.environ.get("RELEASEDESK_OFFICE") or config_dir() / "office.toml")


def load_office(path: Path | None = None) -> Office:
    """The office settings from `path` (default: `office_path()`); defaults when there is no file."""
    path = path or office_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Office(default_user())
    except (OSError, UnicodeDecodeError) as error:
        raise ReleaseDeskError(f"{path}: cannot read the office settings ({error})") from None
    import tomllib  # only for an office file (the window's start-up without one skips the TOML parser)

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ReleaseDeskError(f"{path}: cannot read the office settings ({error})") from None
    unknown = sorted(set(data) - _KEYS)
    if unknown:
        raise ReleaseDeskError(f"{path}: unknown office setting {unknown[0]!r}")
    for key in ("two_person_rule", "require_signature", "print_station"):
        if key in data and type(data[key]) is not bool:
            raise ReleaseDeskError(f"{path}: {key} must be true or false")
    for key in ("user_name", "trusted_keys", "print_log"):
        if key in data and not isinstance(data[key], str):
            raise ReleaseDeskError(f"{path}: {key} must be text")

    def _path(key: str) -> Path | None:
        return (path.parent / Path(data[key]).expanduser()) if data.get(key) else None

    return Office(
        user_name=data.get("user_name") or default_user(),
        two_person_rule=data.get("two_person_rule", True),
        require_signature=data.get("require_signature", False),
        trusted_keys=_path("trusted_keys"),
        print_log=_path("print_log"),
        print_station=data.get("print_station", False),
    )
