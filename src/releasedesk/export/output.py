"""What every exporter does around its writer: check the language choice, and write the file atomically."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import TYPE_CHECKING

from releasedesk.atomicfile import is_stream, write_atomic, write_target
from releasedesk.errors import ExportError
from releasedesk.export.layout import LANG_CHOICES, LangChoice, section_languages
from releasedesk.oserrors import ReadOnlyTargetError, reason

if TYPE_CHECKING:
    from releasedesk.model.release import Lang, Release


def languages_to_export(release: Release, lang: LangChoice) -> tuple[Lang, ...]:
    """The sections to write; an unknown choice or a release without that text is an ExportError."""
    if lang not in LANG_CHOICES:
        raise ExportError(f"unknown language choice {lang!r} (use one of {', '.join(LANG_CHOICES)})")
    langs = section_languages(release, lang)
    if not langs:
        wanted = "text" if lang == "both" else f"{lang} text"
        raise ExportError(f"nothing to export: the release has no {wanted}")
    return langs


RELEASE_SUFFIXES = (".rdrelease", ".rdrelease~")
_IN_USE = {errno.EACCES, errno.EPERM, errno.EBUSY, errno.ETXTBSY}


def _is_release_file(path: Path) -> bool:
    """A ReleaseDesk release, whatever its name: its first bytes carry the format marker."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(256)
    except OSError:
        return False
    return b'"releasedesk-release"' in head


def check_export_target(path: Path | str, source: Path | str | None = None) -> None:
    """Refuse a target that is the release being exported, or any release file: an export must never replace one."""
    path = Path(path)
    target = write_target(path)
    if source is not None:
        try:
            same = os.path.samefile(target, source)
        except OSError:
            same = False
        if same or target.resolve() == Path(source).resolve():
            raise ExportError(f"{path}: is the release being exported; choose another name for the export")
    if target.name.lower().endswith(RELEASE_SUFFIXES) or (target.is_file() and _is_release_file(target)):
        raise ExportError(f"{path}: is a ReleaseDesk release file; an export never replaces one")


def write_export(path: Path | str, data: bytes, kind: str) -> None:
    """Replace `path` with a complete file or not at all; a failure says why and that nothing was lost."""
    path = Path(path)
    check_export_target(path)
    try:
        write_atomic(path, data)
    except ReadOnlyTargetError:
        raise ExportError(f"{path}: cannot write the {kind}: the file is read-only; it was left unchanged") from None
    except OSError as error:
        hint = (
            "; if it is open in another program (Word, a PDF viewer), close it and export again"
            if error.errno in _IN_USE
            else ""
        )
        kept = "" if is_stream(path) else "; any existing file was left unchanged"  # a pipe keeps what it was given
        raise ExportError(f"{path}: cannot write the {kind} ({reason(error)}){hint}{kept}") from error
