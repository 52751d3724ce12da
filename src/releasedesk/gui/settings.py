"""One typed wrapper over QSettings: every persisted preference has a name, a type and a default here."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Literal, TypeAlias, TypeVar, get_args

from PySide6.QtCore import QByteArray, QSettings

from releasedesk.export.layout import LANG_CHOICES, LangChoice
from releasedesk.library.loading import import_library

MAX_RECENT = 10
UiLanguage: TypeAlias = Literal["system", "en", "zh_TW"]
UI_LANGUAGES: tuple[UiLanguage, ...] = get_args(UiLanguage)
PREVIEW_LANGUAGES = LANG_CHOICES
"""The preview shows what export can write: the same choices, from export.layout."""

_Choice = TypeVar("_Choice", bound=str)


class Settings:
    """Reads and writes go straight to QSettings (native format; tests point it at a temporary folder)."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._qs = settings if settings is not None else QSettings()

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._qs.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def _str(self, key: str, default: str) -> str:
        value = self._qs.value(key, default)
        return value if isinstance(value, str) else default

    def _choice(self, key: str, default: _Choice, allowed: tuple[_Choice, ...]) -> _Choice:
        """A stored value from a fixed set, as its Literal type; anything else reads as `default`."""
        value = self._qs.value(key, default)
        return next((choice for choice in allowed if choice == value), default)

    # window layout -----------------------------------------------------------------------------------------
    @property
    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._qs.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        """Dock and toolbar placement (QMainWindow.saveState)."""
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._qs.setValue("window/state", value)

    def splitter_state(self, name: str) -> QByteArray | None:
        return self._bytes(f"splitters/{name}")

    def set_splitter_state(self, name: str, value: QByteArray) -> None:
        self._qs.setValue(f"splitters/{name}", value)

    # files ---------------------------------------------------------------------------------------------------
    @property
    def recent_files(self) -> list[Path]:
        """Most recent first; stored as one JSON string, so one entry never comes back as a bare str."""
        try:
            names = json.loads(self._str("files/recent", "[]"))
        except ValueError:
            return []
        return [Path(name) for name in names if isinstance(name, str)][:MAX_RECENT] if isinstance(names, list) else []

    @recent_files.setter
    def recent_files(self, paths: list[Path]) -> None:
        unique = list(dict.fromkeys(str(path) for path in paths))[:MAX_RECENT]
        self._qs.setValue("files/recent", json.dumps(unique, ensure_ascii=False))

    def add_recent_file(self, path: Path) -> None:
        path = path.resolve()
        self.recent_files = [path, *(p for p in self.recent_files if p != path)]

    def last_folder(self) -> Path | None:
        folder = self._str("files/last_folder", "")
        return Path(folder) if folder else None

    def set_last_folder(self, folder: Path) -> None:
        self._qs.setValue("files/last_folder", str(folder))

    # languages -------------------------------------------------------------------------------------------------
    @property
    def ui_language(self) -> UiLanguage:
        """ "system" (follow the locale), "en" or "zh_TW"."""
        return self._choice("ui/language", "system", UI_LANGUAGES)

    @ui_language.setter
    def ui_language(self, value: str) -> None:
        self._qs.setValue("ui/language", value if value in UI_LANGUAGES else "system")

    @property
    def preview_language(self) -> LangChoice:
        return self._choice("preview/language", "both", PREVIEW_LANGUAGES)

    @preview_language.setter
    def preview_language(self, value: str) -> None:
        self._qs.setValue("preview/language", value if value in PREVIEW_LANGUAGES else "both")

    # writing checks ------------------------------------------------------------------------------------------
    @property
    def enabled_checks(self) -> list[str]:
        """The writing checks switched on (all by default); one JSON string, like the recent files."""
        from releasedesk.checks.findings import CHECKS

        try:
            names = json.loads(self._str("checks/enabled", json.dumps(list(CHECKS))))
        except ValueError:
            return list(CHECKS)
        return [name for name in CHECKS if name in names] if isinstance(names, list) else list(CHECKS)

    @enabled_checks.setter
    def enabled_checks(self, names: list[str]) -> None:
        self._qs.setValue("checks/enabled", json.dumps(list(names)))

    # the office library -------------------------------------------------------------------------------------------
    @property
    def library_url(self) -> str:
        """sqlite:///PATH or postgresql://HOST/DB; empty means the default file. Never holds a password: libpq's
        service and password files supply credentials."""
        return self._str("library/url", "")

    @library_url.setter
    def library_url(self, value: str) -> None:
        import_library()
        from releasedesk.library.engine import has_password

        if has_password(value):
            raise ValueError("put the password in ~/.pgpass (or a service file), not in the library address")
        self._qs.setValue("library/url", value.strip())

    def sync(self) -> None:
        self._qs.sync()
