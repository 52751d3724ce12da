"""The loader's limits: what a release file may hold beyond being valid JSON, checked while and after parsing.

Validation, not part of the schema: an integer SQLite and the exporters can hold, nesting far below Python's
recursion limit, text fields far below a memory problem, no duplicate keys (JSON would silently keep the last), no
NaN/Infinity. Each refusal is one `LimitError` line the loader turns into a `ReleaseFileError`.
"""

from __future__ import annotations

import json
from typing import Any

MAX_FILE_BYTES = 512 * 1024 * 1024
MAX_INT = 2**63 - 1  # what SQLite (the contact directory) and every exporter can hold
MAX_DEPTH = 24  # the format itself nests 7 deep; anything far deeper is damage or an attack
MAX_TEXT_CHARS = 2_000_000  # one text field: far beyond any press release, far below a memory problem
MAX_DATA_CHARS = 4 * MAX_FILE_BYTES // 3 + 4  # an image's base64 can use the whole file


class LimitError(ValueError):
    """A document beyond the loader's limits (not a JSON syntax error)."""


def _parse_int(digits: str) -> int:
    if len(digits) > 20:  # before int(): Python refuses (ValueError) past 4,300 digits and is slow before that
        raise LimitError(f"a number is too large ({len(digits)} digits)")
    value = int(digits)
    if not -MAX_INT - 1 <= value <= MAX_INT:
        raise LimitError(f"a number is too large ({digits})")
    return value


def _refuse_constant(name: str) -> Any:
    raise LimitError(f"{name} is not allowed in a release file")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    document = dict(pairs)
    if len(document) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise LimitError(f"the field {key!r} appears twice in one object")
            seen.add(key)
    return document


def _check_limits(document: object) -> None:
    """Nesting depth and string lengths, walked without recursion."""
    stack: list[tuple[object, int, str]] = [(document, 1, "")]
    while stack:
        value, depth, key = stack.pop()
        if isinstance(value, str):
            limit = MAX_DATA_CHARS if key == "data" else MAX_TEXT_CHARS
            if len(value) > limit:
                raise LimitError(f"the text in field {key!r} is too long ({len(value):,} characters; limit {limit:,})")
        elif isinstance(value, (dict, list)):
            if depth > MAX_DEPTH:
                raise LimitError(f"nested too deeply (more than {MAX_DEPTH} levels)")
            items = value.items() if isinstance(value, dict) else ((key, item) for item in value)
            stack.extend((item, depth + 1, child_key) for child_key, item in items)


def parse_json(text: str) -> Any:
    """`json.loads` with the limits; raises LimitError (or the JSON errors and RecursionError of json itself)."""
    document = json.loads(text, parse_int=_parse_int, parse_constant=_refuse_constant, object_pairs_hook=_no_duplicates)
    _check_limits(document)
    return document
