"""Releases with tables for the export tests: the sample's bilingual table, long cells, spans, a 200-row table."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from releasedesk.model.richtext import CellAlign, Mark, Table, TableCell, text
from releasedesk.pairs.states import confirm_all
from releasedesk.pairs.tracking import start_tracking
from releasedesk.samples import load_sample

if TYPE_CHECKING:
    from releasedesk.model import Release


def _c(value: str, *, colspan: int = 1, rowspan: int = 1, right: bool = False, bold: bool = False) -> TableCell:
    runs = (text(value, Mark.BOLD),) if bold and value else ((text(value),) if value else ())
    return TableCell(runs, colspan, rowspan, CellAlign.RIGHT if right else None)


def regions(lang: str) -> Table:
    """Two header rows, a row span and a column span, figures right-aligned: as in the long-report sample."""
    if lang == "zh-TW":
        head = (("地區", "村里數"), ("115年度新增", "113年起累計"))
        names = ("山地鄉", "東部沿海", "離島", "農業地區", "合計")
        caption = "表1：各區受惠村里數"
    else:
        head = (("Region", "Villages"), ("New in 2026", "Total since 2024"))
        names = ("Mountain townships", "East coast", "Outlying islands", "Farming districts", "Total")
        caption = "Table 1: Villages served, by region"
    figures = (("498", "902"), ("301", "566"), ("87", "171"), ("400", "771"), ("1,286", "2,410"))
    rows = [
        (_c(head[0][0], rowspan=2), _c(head[0][1], colspan=2)),
        (_c(head[1][0]), _c(head[1][1])),
    ]
    for number, (name, (new, total)) in enumerate(zip(names, figures, strict=True)):
        last = number == len(names) - 1
        rows.append((_c(name, bold=last), _c(new, right=True, bold=last), _c(total, right=True, bold=last)))
    return Table(tuple(rows), header_rows=2, widths=(3, 2, 2), caption=(text(caption),))


def long_cells(lang: str) -> Table:
    """Cells longer than a line: Chinese that must wrap by kinsoku, an English sentence, a link."""
    if lang == "zh-TW":
        long = "偏鄉數位連結計畫由數位服務部規劃，結合地方政府與電信業者，逐年完成光纖就緒網路與公共無線網路建設。" * 2
        head = ("項目", "說明", "經費")
    else:
        long = "The program funds backbone extensions, last-mile fiber in sparse areas and backup links. " * 2
        head = ("Item", "Description", "Budget")
    link = text("www.digital-services.example/rural", href="https://www.digital-services.example/rural")
    return Table(
        (
            tuple(_c(value) for value in head),
            (_c("1"), _c(long.strip()), _c("NT$4.2 billion" if lang == "en" else "42億元", right=True)),
            (_c("2"), TableCell((link,)), _c("—", right=True)),
        ),
        header_rows=1,
    )


def with_tables(release: Release | None = None) -> Release:
    """The sample with both tables in each language, paired block by block and confirmed in sync."""
    release = release or load_sample("announcement")
    release.pairs = None
    for lang, content in release.content.items():
        content.body = [dataclasses.replace(block, id="") for block in content.body]
        content.body[2:2] = [regions(lang), long_cells(lang)]
    start_tracking(release)
    confirm_all(release)
    return release


def long_table(rows: int = 200) -> Release:
    """A bilingual release whose body is one table of `rows` rows: long enough to run over several pages."""
    release = load_sample("announcement")
    for lang, content in release.content.items():
        zh = lang == "zh-TW"
        head = ("序號", "服務據點", "地址", "開放時間") if zh else ("No.", "Service point", "Address", "Hours")
        body = [tuple(_c(value) for value in head)]
        for number in range(1, rows + 1):
            if zh:
                place, address, hours = f"第{number}服務站", f"臺東縣池上鄉中山路{number}號", "週一至週五 8:30–17:30"
            else:
                place = f"Service point {number}"
                address = f"No. {number}, Zhongshan Rd., Chishang, Taitung"
                hours = "Mon–Fri 8:30–17:30"
            body.append((_c(str(number), right=True), _c(place), _c(address), _c(hours)))
        caption = "表2：服務據點一覽" if zh else "Table 2: Service points"
        content.body = [content.body[0], Table(tuple(body), 1, (1, 3, 5, 3), (text(caption),)), content.body[1]]
    return release
