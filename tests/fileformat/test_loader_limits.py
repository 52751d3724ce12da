"""Hostile release files: every one is one ReleaseFileError (one line), never another exception or a hang."""

from __future__ import annotations

import base64
import codecs
import json
import os
import random
import threading
from typing import TYPE_CHECKING, Any

import pytest

from releasedesk.cli import main
from releasedesk.errors import ReleaseFileError
from releasedesk.fileformat import dumps, loads
from releasedesk.fileformat.limits import MAX_DEPTH, MAX_TEXT_CHARS
from releasedesk.model import Bilingual, Contact, Figure, Image, LanguageContent, Paragraph, Release
from releasedesk.model.richtext import text

if TYPE_CHECKING:
    from pathlib import Path

PNG_1PX = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


def _release() -> Release:
    return Release(
        agency=Bilingual("測試部", "Ministry of Tests"),
        number="115-7",
        content={
            "zh-TW": LanguageContent("標題", body=[Paragraph((text("內文"),)), Figure("img", (text("圖說"),))]),
            "en": LanguageContent("Title"),
        },
        contacts=[Contact(name=Bilingual("王小明", "Wang"), directory_id=7)],
        images=[Image("img", "image/png", PNG_1PX)],
    )


GOOD = dumps(_release())
DOCUMENT = json.loads(GOOD)


def _one_line_error(data: bytes) -> str:
    with pytest.raises(ReleaseFileError) as caught:
        loads(data, "x.rdrelease")
    assert "\n" not in str(caught.value)
    return str(caught.value)


def _with(raw: str, *path: str | int) -> bytes:
    """GOOD with the value at `path` replaced by the raw JSON text `raw`."""
    document = json.loads(GOOD)
    node: Any = document
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = "\u0000MARK\u0000"
    return json.dumps(document, ensure_ascii=False).replace('"\\u0000MARK\\u0000"', raw).encode("utf-8")


def test_huge_integer_is_one_clear_error_and_fast() -> None:
    assert "too large" in _one_line_error(_with("9" * 5000, "release", "contacts", 0, "directory_id"))
    assert "too large" in _one_line_error(_with("1" * 100_000, "schema"))


def test_directory_id_beyond_64_bits_is_refused() -> None:
    assert "too large" in _one_line_error(_with(str(2**63), "release", "contacts", 0, "directory_id"))
    assert loads(_with(str(2**63 - 1), "release", "contacts", 0, "directory_id")).contacts[0].directory_id == 2**63 - 1


def test_deep_nesting_duplicates_and_constants_are_refused() -> None:
    deep = "[" * (MAX_DEPTH + 5) + "]" * (MAX_DEPTH + 5)
    assert "nested too deeply" in _one_line_error(_with(deep, "release", "number"))
    assert "nested too deeply" in _one_line_error(_with("[" * 200_000 + "]" * 200_000, "release", "number"))
    duplicate = GOOD.replace(b'"number": ', b'"number": "1", "number": ', 1)
    assert "'number' appears twice" in _one_line_error(duplicate)
    for constant in ("NaN", "Infinity", "-Infinity"):
        assert constant in _one_line_error(_with(constant, "release", "contacts", 0, "directory_id"))


def test_overlong_text_is_refused_but_long_image_data_is_not() -> None:
    long_text = json.dumps("字" * (MAX_TEXT_CHARS + 1))
    assert "too long" in _one_line_error(_with(long_text, "release", "number"))
    big = base64.b64encode(PNG_1PX + bytes(3 * MAX_TEXT_CHARS)).decode()
    assert len(loads(_with(json.dumps(big), "release", "images", 0, "data")).images[0].data) > MAX_TEXT_CHARS


def test_boms_and_encodings() -> None:
    assert loads(codecs.BOM_UTF8 + GOOD) == loads(GOOD)
    assert "not UTF-8" in _one_line_error(GOOD.decode().encode("utf-16"))
    assert "not UTF-8" in _one_line_error(codecs.BOM_UTF16_BE + GOOD.decode().encode("utf-16-be"))


def test_only_regular_files_are_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fifo = tmp_path / "pipe.rdrelease"
    os.mkfifo(fifo)
    codes: list[int] = []
    worker = threading.Thread(
        target=lambda: codes.append(main(["check", str(fifo), "/dev/zero", str(tmp_path)])), daemon=True
    )
    worker.start()
    worker.join(20)
    assert not worker.is_alive(), "check hung on a FIFO or /dev/zero"
    assert codes == [1]
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 3
    assert all(line.startswith("invalid: ") for line in err)
    assert "not a regular file" in err[0]
    assert "not a regular file" in err[1]
    assert "is a folder" in err[2]


def test_check_command_gives_one_line_for_a_huge_integer(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "big.rdrelease"
    path.write_bytes(_with("9" * 4400, "release", "contacts", 0, "directory_id"))
    assert main(["check", str(path)]) == 1
    (line,) = capsys.readouterr().err.splitlines()
    assert "big.rdrelease" in line
    assert "too large" in line


# ------------------------------------------------------------------------------------------------ fuzz


def _paths(node: Any, prefix: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    out = [prefix] if prefix else []
    if isinstance(node, dict):
        for key, value in node.items():
            out += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            out += _paths(value, (*prefix, index))
    return out


VALUE_PATHS = _paths(DOCUMENT)


def _case(rng: random.Random, category: str) -> bytes:
    where = rng.choice(VALUE_PATHS)
    if category == "huge integer":
        digits = rng.choice([19, 20, 21, 300, 4300, 4301, 20_000])
        return _with(rng.choice(["", "-"]) + "9" * digits, *where)
    if category == "deep nesting":
        depth = rng.choice([MAX_DEPTH - 2, MAX_DEPTH + 1, 500, 5_000, 100_000])
        opener, closer = rng.choice([("[", "]"), ('{"a":', "}")])
        return _with(opener * depth + "1" + closer * depth, *where)
    if category == "duplicate keys":
        key = json.dumps(str(where[-1])) if isinstance(where[-1], str) else '"number"'
        return GOOD.replace(b"{", b"{" + key.encode() + b": 1, ", rng.randint(1, 4))
    if category == "NaN/Infinity":
        return _with(rng.choice(["NaN", "Infinity", "-Infinity", "1e999", "-0.0", "1.5"]), *where)
    if category == "BOM":
        bom = rng.choice([codecs.BOM_UTF8, codecs.BOM_UTF8 * 2, codecs.BOM_UTF16_LE, codecs.BOM_UTF32_BE])
        return bom + GOOD[rng.randint(0, 3) :] if rng.random() < 0.3 else bom + GOOD
    if category == "UTF-16":
        return GOOD.decode().encode(rng.choice(["utf-16", "utf-16-le", "utf-16-be", "utf-32"]))
    if category == "invalid UTF-8":
        data = bytearray(GOOD)
        for _ in range(rng.randint(1, 4)):
            data.insert(rng.randrange(len(data)), rng.choice([0x80, 0xC0, 0xFF, 0xED, 0xF8]))
        return bytes(data)
    if category == "huge base64":
        size = rng.choice([10, 10_000, 1_000_000])
        payload = base64.b64encode(rng.randbytes(size)).decode()
        payload = payload if rng.random() < 0.5 else payload[: rng.randrange(len(payload))] + rng.choice("!*= \n")
        return _with(json.dumps(payload), "release", "images", 0, "data")
    data = bytearray(GOOD)  # plain byte damage, as a disk or a careless editor makes it
    for _ in range(rng.randint(1, 6)):
        data[rng.randrange(len(data))] = rng.randrange(256)
    return bytes(data[: rng.randint(len(data) // 2, len(data))] if rng.random() < 0.2 else data)


CATEGORIES = (
    "huge integer",
    "deep nesting",
    "duplicate keys",
    "NaN/Infinity",
    "BOM",
    "UTF-16",
    "invalid UTF-8",
    "huge base64",
    "byte damage",
)


def test_fuzz_only_release_file_error_escapes() -> None:
    rng = random.Random(20261130)
    counts = dict.fromkeys(CATEGORIES, 0)
    errors = 0
    for index in range(5_400):
        category = CATEGORIES[index % len(CATEGORIES)]
        data = _case(rng, category)
        try:
            loads(data, "fuzz.rdrelease")
        except ReleaseFileError as error:
            assert "\n" not in str(error), (category, str(error))  # noqa: PT017 - a fuzz loop: any outcome but a traceback
            errors += 1
        except Exception as error:
            pytest.fail(f"{category}: {type(error).__name__}: {error} (case {index})")
        counts[category] += 1
    assert sum(counts.values()) >= 5_000
    assert min(counts.values()) >= 500
    assert errors > 4_000  # nearly every case is refused; a few (a BOM, a valid base64) load fine
