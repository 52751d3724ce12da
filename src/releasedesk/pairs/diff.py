"""What changed in one side of a pair since it was confirmed: words for English, characters for Chinese."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Literal

_WORDS = re.compile(r"\s+|\w+|[^\w\s]", re.UNICODE)
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@dataclass(frozen=True)
class Piece:
    op: Literal["equal", "delete", "insert"]
    text: str


def _tokens(text: str) -> list[str]:
    """Word tokens, with CJK text split into single characters (Chinese has no spaces to split at)."""
    out: list[str] = []
    for token in _WORDS.findall(text):
        out.extend(token) if _CJK.search(token) else out.append(token)
    return out


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
