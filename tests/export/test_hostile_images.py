"""Hostile images and hostile export targets: one line and a refusal, never a traceback or a replaced release."""

from __future__ import annotations

import io
import os
import struct
import subprocess
import zlib
from typing import TYPE_CHECKING

import pytest
from docx import Document
from PIL import Image as PILImage

from releasedesk.cli import main
from releasedesk.export.imagecheck import MAX_PIXELS, ImageState, check_image
from releasedesk.fileformat import save_release
from releasedesk.model import Bilingual, Contact, Figure, Image, LanguageContent, Paragraph, Release
from releasedesk.model.richtext import text

if TYPE_CHECKING:
    from pathlib import Path


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def bomb_png(side: int = 20_000) -> bytes:
    """A valid PNG header claiming side × side pixels and a tiny pixel stream: what a decompression bomb is."""
    header = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(b"\0" * 64))
        + _chunk(b"IEND", b"")
    )


def damaged_png() -> bytes:
    """A 1200 × 900 PNG whose header is fine and whose pixel stream is damaged (CRCs made valid again)."""
    buffer = io.BytesIO()
    PILImage.new("RGB", (1200, 900), (200, 30, 30)).save(buffer, "PNG")
    data = buffer.getvalue()
    start = data.index(b"IDAT") - 4
    length = struct.unpack(">I", data[start : start + 4])[0]
    pixels = bytearray(data[start + 8 : start + 8 + length])
    for index in range(20, min(len(pixels), 400)):
        pixels[index] ^= 0xA5
    return data[:start] + _chunk(b"IDAT", bytes(pixels)) + data[start + 12 + length :]


def _release(image: bytes, *, logo: bool = False) -> Release:
    body = [Paragraph((text("Body text."),)), Figure("fig", (text("The caption stays"),))]
    return Release(
        agency=Bilingual("測試部", "Ministry of Tests"),
        content={"en": LanguageContent("Headline", body=body)},
        contacts=[Contact(name=Bilingual("王", "Wang"), office_phone="02-1234")],
        images=[Image("fig", "image/png", image)],
        logo_image_id="fig" if logo else None,
    )


def test_the_check_names_bombs_damage_and_junk() -> None:
    assert check_image(bomb_png()).state is ImageState.TOO_LARGE
    assert "400,000,000 pixels" in check_image(bomb_png()).problem()
    damaged = check_image(damaged_png())
    assert damaged.state is ImageState.DAMAGED
    assert (damaged.width, damaged.height) == (1200, 900)
    assert check_image(b"\x89PNG\r\n\x1a\nnonsense").state is ImageState.UNREADABLE
    side = int(MAX_PIXELS**0.5) - 1
    assert check_image(bomb_png(side)).state is not ImageState.TOO_LARGE  # just under the limit: not a bomb


@pytest.mark.parametrize("logo", [False, True], ids=["figure", "logo"])
def test_bomb_is_refused_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str], logo: bool) -> None:
    source = tmp_path / "bomb.rdrelease"
    save_release(_release(bomb_png(), logo=logo), source)
    assert main(["check", str(source)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err
    assert all("too large" in line and "bomb.rdrelease" in line for line in err)
    out = tmp_path / "out.pdf"
    assert main(["export", str(source), "--pdf", str(out), "--docx", str(tmp_path / "out.docx")]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err
    assert all("too large" in line for line in err)
    assert "Traceback" not in "".join(err)
    assert not out.exists()


def test_damaged_pixels_warn_refuse_under_strict_and_keep_the_caption(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "damaged.rdrelease"
    save_release(_release(damaged_png()), source)
    pdf, docx = tmp_path / "out.pdf", tmp_path / "out.docx"
    assert main(["export", str(source), "--pdf", str(pdf), "--strict"]) == 3
    assert "damaged pixel data" in capsys.readouterr().err
    assert not pdf.exists()
    assert main(["export", str(source), "--pdf", str(pdf), "--docx", str(docx)]) == 0
    assert "warning: image 'fig'" in capsys.readouterr().err
    shown = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "[image fig cannot be shown]" in shown
    assert "The caption stays" in shown
    document = Document(str(docx))
    assert any("The caption stays" in paragraph.text for paragraph in document.paragraphs)
    assert not document.inline_shapes  # python-docx would have embedded the broken picture as is


def _sample_source(tmp_path: Path) -> Path:
    source = tmp_path / "a.rdrelease"
    buffer = io.BytesIO()
    PILImage.new("RGB", (1600, 1000), "white").save(buffer, "PNG")
    save_release(_release(buffer.getvalue()), source)
    return source


def test_export_never_replaces_its_input_or_any_release(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = _sample_source(tmp_path)
    before = source.read_bytes()
    other = tmp_path / "other.rdrelease"
    other.write_bytes(before)
    disguised = tmp_path / "release-copy.pdf"  # a release under another name
    disguised.write_bytes(before)
    link = tmp_path / "link.pdf"
    link.symlink_to(source)
    cases = [
        ["--pdf", str(source)],
        ["--docx", str(source)],
        ["--pdf", str(other)],
        ["--pdf", str(tmp_path / "new.rdrelease")],
        ["--pdf", str(disguised)],
        ["--pdf", str(link)],
    ]
    for case in cases:
        assert main(["export", str(source), *case]) == 1, case
        (line,) = capsys.readouterr().err.splitlines()
        assert "release" in line, line
        assert "export" in line, line
    assert source.read_bytes() == before
    assert other.read_bytes() == before
    assert disguised.read_bytes() == before
    assert not (tmp_path / "new.rdrelease").exists()
    assert link.is_symlink()


def test_read_only_export_is_not_replaced(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = _sample_source(tmp_path)
    target = tmp_path / "published.pdf"
    target.write_bytes(b"the published copy")
    target.chmod(0o444)
    assert main(["export", str(source), "--pdf", str(target)]) == 1
    (line,) = capsys.readouterr().err.splitlines()
    assert "read-only" in line
    assert target.read_bytes() == b"the published copy"
    os.chmod(target, 0o644)
