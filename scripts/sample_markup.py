"""A tiny line-based markup for writing the sample texts, turned into the release model.

Only the sample builder uses it (the app never stores or parses markup). A file starts with `key: value` lines
(`headline`, `subheadline`, `boilerplate`, the last repeatable), then `---`, then one block per line:

    # / ## / ###  heading         - item / "  - item"  bullet (two spaces per level)
    1. item      numbered item    > text               quote
    [figure:ID] caption           anything else        paragraph (blank lines are ignored)
    [table:H] caption             then one `| cell | cell |` line per row; H header rows; a cell may start with
                                  `{c2}` / `{r2}` (column / row span) and `>` (align right)

Inline: **bold**, *italic*, __underline__, [text](https://link); they may nest.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from releasedesk.model import (
    Block,
    Figure,
    Heading,
    LanguageContent,
    ListItem,
    Mark,
    Paragraph,
    Quote,
    Run,
    Table,
    TableCell,
)
from releasedesk.model.richtext import CellAlign, normalize_runs

if TYPE_CHECKING:
    from pathlib import Path

_INLINE = re.compile(
    r"\*\*(?P<bold>.+?)\*\*|__(?P<underline>.+?)__|\*(?P<italic>.+?)\*|\[(?P<link>[^\]]+)\]\((?P<href>[^)\s]+)\)"
)
_LIST = re.compile(r"^(?P<indent> *)(?:(?P<bullet>-)|(?P<number>\d+)\.) (?P<text>.*)$")
_FIGURE = re.compile(r"^\[figure:(?P<id>[\w-]+)\] ?(?P<text>.*)$")
_TABLE = re.compile(r"^\[table:(?P<header>\d+)\] ?(?P<text>.*)$")
_SPAN = re.compile(r"^\{(?P<kind>[cr])(?P<n>\d+)\}")


def runs(source: str, marks: frozenset[Mark] = frozenset(), href: str | None = None) -> tuple[Run, ...]:
    out: list[Run] = []
    position = 0
    for match in _INLINE.finditer(source):
        out.append(Run(source[position : match.start()], marks, href))
        if match["link"] is not None:
            out.extend(runs(match["link"], marks, match["href"]))
        else:
            kind = next(name for name in ("bold", "underline", "italic") if match[name] is not None)
            out.extend(runs(match[kind], marks | {Mark(kind)}, href))
        position = match.end()
    out.append(Run(source[position:], marks, href))
    return normalize_runs(out)


def block(line: str) -> Block:
    if line.startswith("#"):
        hashes, _, rest = line.partition(" ")
        return Heading(len(hashes), runs(rest))
    if line.startswith("> "):
        return Quote(runs(line[2:]))
    if figure := _FIGURE.match(line):
        return Figure(figure["id"], runs(figure["text"]))
    if item := _LIST.match(line):
        return ListItem(item["number"] is not None, len(item["indent"]) // 2, runs(item["text"]))
    return Paragraph(runs(line))


def cell(source: str) -> TableCell:
    spans = {"c": 1, "r": 1}
    source = source.strip()
    while span := _SPAN.match(source):
        spans[span["kind"]] = int(span["n"])
        source = source[span.end() :]
    align = None
    if source.startswith(">"):
        align, source = CellAlign.RIGHT, source[1:].strip()
    return TableCell(runs(source), spans["c"], spans["r"], align)


def body(lines: list[str]) -> list[Block]:
    """One block per line, except a `[table:H]` line, which takes the `|` rows after it."""
    blocks: list[Block] = []
    for line in lines:
        if line.startswith("|") and blocks and isinstance(blocks[-1], Table):
            table = blocks.pop()
            row = tuple(cell(part) for part in line.strip().strip("|").split("|"))
            blocks.append(Table((*table.rows, row), table.header_rows, table.widths, table.caption))
        elif match := _TABLE.match(line):
            blocks.append(Table((), int(match["header"]), (), runs(match["text"])))
        else:
            blocks.append(block(line))
    return blocks


def parse(text: str) -> LanguageContent:
    head, separator, body_text = text.partition("\n---\n")
    if not separator:
        raise ValueError("a sample text needs a '---' line between its fields and its body")
    content = LanguageContent()
    boilerplate: list[str] = []
    for line in head.splitlines():
        key, _, value = line.partition(":")
        if key == "headline":
            content.headline = value.strip()
        elif key == "subheadline":
            content.subheadline = value.strip()
        elif key == "boilerplate":
            boilerplate.append(value.strip())
        elif line.strip():
            raise ValueError(f"unknown field line: {line!r}")
    content.boilerplate = "\n".join(boilerplate)
    content.body = body([line.rstrip() for line in body_text.splitlines() if line.strip()])
    return content


def read_content(path: Path) -> LanguageContent:
    return parse(path.read_text(encoding="utf-8"))
