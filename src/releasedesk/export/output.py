"""What every exporter does around its writer: check the language choice, and write the file atomically."""

from __future__ import annotations

from pathlib import Path

from releasedesk.atomicfile import write_atomic
from releasedesk.errors import ExportError
from releasedesk.export.layout import LANG_CHOICES, LangChoice, section_languages
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


def write_export(path: Path | str, data: bytes, kind: str) -> None:
    """Replace `path` with a complete file or not at all; a failure says why and that nothing was lost."""
    path = Path(path)
    try:
        write_atomic(path, data)
    except OSError as error:
        reason = error.strerror or str(error)
        raise ExportError(
            f"{path}: cannot write the {kind} ({reason}); if it is open in another program (Word, a PDF viewer),"
            " close it and export again; any existing file was left unchanged"
        ) from error
