"""What changed in one side of a pair since it was confirmed: words for English, characters for Chinese."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Literal

_CJK_CHARS = "\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef"
_TOKENS = re.compile(rf"[{_CJK_CHARS}]|\d+(?:[.,]\d+)*|[^\W\d{_CJK_CHARS}]+|\s+|.", re.DOTALL)
"""Chinese character by character (no spaces to split at), a number whole (39.7 → 40.2), words whole."""


@dataclass(frozen=True)
class Piece:
    """One piece of a word diff: kept, deleted or inserted text."""

    op: Literal["equal", "delete", "insert"]
    text: str


def _tokens(text: str) -> list[str]:
    return _TOKENS.findall(text)


def diff(old: str, new: str) -> list[Piece]:
    """The pieces that turn `old` into `new`, in order; neighbours of one kind merged."""
    a, b = _tokens(old), _tokens(new)
    pieces: list[Piece] = []

    def add(op: Literal["equal", "delete", "insert"], text: str) -> None:
        if not text:
            return
        if pieces and pieces[-1].op == op:
            pieces[-1] = Piece(op, pieces[-1].text + text)
        else:
            pieces.append(Piece(op, text))

    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            add("equal", "".join(a[i1:i2]))
        else:
            add("delete", "".join(a[i1:i2]))
            add("insert", "".join(b[j1:j2]))
    return pieces


def as_text(pieces: list[Piece]) -> str:
    """A one-line form for the command line: [-removed-]{+added+}."""
    marks = {"equal": ("", ""), "delete": ("[-", "-]"), "insert": ("{+", "+}")}
    return "".join(marks[p.op][0] + p.text + marks[p.op][1] for p in pieces)


def changed_excerpt(old: str, new: str, limit: int = 40) -> str:
    """A short piece of `new` starting just before its first change: where a reader should look."""
    position = 0
    for piece in diff(old, new):
        if piece.op != "equal":
            break
        position += len(piece.text)
    flat_start = max(0, position - 8)
    text = " ".join(new[flat_start:].split())
    text = text if len(text) <= limit else text[: limit - 1] + "…"
    return ("…" if flat_start else "") + text
