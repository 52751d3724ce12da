"""Hypothesis strategies for releases full of hostile text: CJK, emoji, markup characters, controls, surrogates."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from hypothesis import strategies as st

from releasedesk.model import (
    LANGUAGES,
    Bilingual,
    Contact,
    Figure,
    Heading,
    Image,
    LanguageContent,
    ListItem,
    Mark,
    Paragraph,
    Quote,
    Release,
    Run,
    Status,
    Table,
    TableCell,
)
from releasedesk.model.richtext import CellAlign, normalize_runs
from releasedesk.model.tables import table_grid

HOSTILE = [
    "<",
    ">",
    "&",
    "&amp;",
    "<b>",
    '"',
    "'",
    "\x00",
    "\x01",
    "\x0b",
    "\x1b",
    "\x7f",
    "\x85",
    "\t",
    "\n",
    "\r",
    "\ud800",
    "\udfff",
    "\ufffe",
    "\uffff",
    "\u200b",
    "\u202e",
    "中",
    "文",
    "「",
    "」",
    "，",
    "。",
    "𠀋",
    "\uf900",  # a CJK compatibility ideograph NFC would rewrite
    "😀",
    "👩‍💻",
    "é",
    "e\u0301",
]

LONE_SURROGATES = ("\ud800", "\udfff")
_SCALAR_HOSTILE = [c for c in HOSTILE if c not in LONE_SURROGATES]


def _texts(pieces: list[str]) -> st.SearchStrategy[str]:
    return st.one_of(
        st.text(max_size=30),
        st.text(alphabet=st.sampled_from([c for c in pieces if len(c) == 1]), max_size=12),
        st.lists(st.one_of(st.text(max_size=6), st.sampled_from(pieces)), max_size=6).map("".join),
    )


hostile_text = _texts(HOSTILE)
"""Anything a Python string can hold, lone surrogates included (what exporters must survive)."""
scalar_text = _texts(_SCALAR_HOSTILE)
"""Every Unicode character (controls, noncharacters, emoji) but no lone surrogates: what files carry exactly."""

MIME_TYPES = ["image/png", "image/jpeg"]
ZONES = ["Asia/Taipei", "UTC", "America/New_York", "Asia/Kolkata", "Europe/London", "Australia/Adelaide"]


@st.composite
def aware_datetimes(draw: st.DrawFn) -> datetime:
    moment = draw(st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2200, 12, 31)))
    return moment.replace(tzinfo=ZoneInfo(draw(st.sampled_from(ZONES))), microsecond=0)


def _runs(txt: st.SearchStrategy[str]) -> st.SearchStrategy:
    hrefs = st.one_of(st.none(), st.sampled_from(["https://example.org/a?b=1&c=<2>", "mailto:x@y.tw"]), txt)
    run = st.builds(Run, text=txt, marks=st.frozensets(st.sampled_from(list(Mark))), href=hrefs)
    return st.lists(run, max_size=5).map(normalize_runs)


def blocks(
    image_ids: list[str], txt: st.SearchStrategy[str] = hostile_text, table: st.SearchStrategy | None = None
) -> st.SearchStrategy:
    """Any body block; tables only when `table` (a strategy of them) is given."""
    runs = _runs(txt)
    choices = [
        st.builds(Paragraph, runs=runs),
        st.builds(Heading, level=st.integers(1, 3), runs=runs),
        st.builds(ListItem, ordered=st.booleans(), level=st.integers(0, 8), runs=runs),
        st.builds(Quote, runs=runs),
    ]
    if image_ids:
        choices.append(st.builds(Figure, image_id=st.sampled_from(image_ids), caption=runs))
    if table is not None:
        choices.append(table)
    return st.one_of(choices)


def _contacts(txt: st.SearchStrategy[str]) -> st.SearchStrategy[Contact]:
    bilingual = st.builds(Bilingual, zh=txt, en=txt)
    return st.builds(
        Contact,
        name=bilingual,
        title=bilingual,
        unit=bilingual,
        office_phone=txt,
        mobile=txt,
        email=txt,
        print_office_phone=st.booleans(),
        print_mobile=st.booleans(),
        directory_id=st.one_of(st.none(), st.integers(1, 2**40)),
        directory_updated=st.one_of(st.none(), txt),
        directory_uid=st.one_of(st.none(), st.uuids().map(str), txt),
    )


@st.composite
def releases(
    draw: st.DrawFn, txt: st.SearchStrategy[str] = hostile_text, table: st.SearchStrategy | None = None
) -> Release:
    """Releases of every shape; pass `txt=scalar_text` where the text must survive a file exactly, `table` (e.g.
    `figure_tables(txt)`) for bodies with tables."""
    bilingual = st.builds(Bilingual, zh=txt, en=txt)
    image_ids = draw(st.lists(txt, max_size=3, unique=True))
    images = [
        Image(
            image_id, draw(st.sampled_from(["image/png", "image/jpeg"])), draw(st.binary(max_size=64)), draw(bilingual)
        )
        for image_id in image_ids
    ]
    languages = draw(st.lists(st.sampled_from(LANGUAGES), unique=True, max_size=2))
    content = {
        lang: LanguageContent(
            headline=draw(txt),
            subheadline=draw(txt),
            body=draw(st.lists(blocks(image_ids, txt, table), max_size=6)),
            boilerplate=draw(txt),
        )
        for lang in LANGUAGES
        if lang in languages
    }
    return Release(
        agency=draw(bilingual),
        unit=draw(bilingual),
        number=draw(txt),
        issued_at=draw(aware_datetimes()),
        dateline=draw(bilingual),
        embargo_until=draw(st.one_of(st.none(), aware_datetimes())),
        end_mark=draw(bilingual),
        status=draw(st.sampled_from(list(Status))),
        content=content,
        contacts=draw(st.lists(_contacts(txt), max_size=3)),
        images=images,
        logo_image_id=draw(st.one_of(st.none(), st.sampled_from(image_ids))) if image_ids else None,
    )


@st.composite
def tables(draw: st.DrawFn, txt: st.SearchStrategy[str] = hostile_text) -> Table:
    """A valid table: a grid of 1–4 rows × 1–4 columns, some neighbours merged into column or row spans."""
    row_count, columns = draw(st.integers(1, 4)), draw(st.integers(1, 4))
    header_rows = draw(st.integers(0, row_count))
    runs = _runs(txt)
    aligns = st.one_of(st.none(), st.sampled_from(list(CellAlign)))
    taken: set[tuple[int, int]] = set()
    rows = []
    for r in range(row_count):
        row = []
        for c in range(columns):
            if (r, c) in taken:
                continue
            free = 1
            while c + free < columns and (r, c + free) not in taken:
                free += 1
            colspan = draw(st.integers(1, free))
            last = header_rows if r < header_rows else row_count
            rowspan = draw(st.integers(1, max(1, last - r)))
            if any((r + dr, c + dc) in taken for dr in range(rowspan) for dc in range(colspan)):
                rowspan = 1
            taken.update((r + dr, c + dc) for dr in range(rowspan) for dc in range(colspan))
            row.append(TableCell(draw(runs), colspan, rowspan, draw(aligns)))
        rows.append(tuple(row))
    widths = draw(st.one_of(st.just(()), st.tuples(*[st.integers(1, 9)] * columns)))
    return Table(tuple(rows), header_rows, widths, draw(runs))


@st.composite
def figure_tables(draw: st.DrawFn, txt: st.SearchStrategy[str] = hostile_text) -> Table:
    """A table as a report has one: spans and header rows from `tables`, text cells, and the last column's body
    cells figures aligned right (`1,286`, `-0.6`, `NT$42`)."""
    table = draw(tables(txt))
    grid = table_grid(table)
    last = grid.columns - 1
    figures = st.one_of(
        st.integers(-99999, 9999999).map("{:,}".format),
        st.decimals(-1000, 1000, places=1, allow_nan=False).map(str),
        st.integers(0, 999).map("NT${}".format),
    )
    rows = []
    for placed_row in grid.cells:
        row = []
        for placed in placed_row:
            cell = placed.cell
            if placed.row >= table.header_rows and placed.column == last and cell.colspan == 1:
                cell = TableCell((Run(draw(figures)),), cell.colspan, cell.rowspan, CellAlign.RIGHT)
            row.append(cell)
        rows.append(tuple(row))
    return Table(tuple(rows), table.header_rows, table.widths, table.caption)
