"""A plan table as HTML: `<table>` with `<caption>`, header rows in `<thead>` as `<th scope>`, spans as attributes.

`scope="col"` for a header cell (`colgroup` when it spans columns); a body row's cells stay `<td>`. Column widths
go on `<col>` as percentages; a right-aligned cell (figures) carries the role `td-right`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from releasedesk.export.plan.values import Line, PlanCell, TableBlock

ROLES = {
    "table": "border-collapse: collapse; width: 100%; margin: 1em 0; break-inside: auto",
    "table-caption": "caption-side: top; text-align: left; font-weight: bold; margin-bottom: 0.3em",
    "th": "border: 1px solid #888; padding: 0.25em 0.5em; background: #eef1f5; text-align: left; vertical-align: top",
    "td": "border: 1px solid #888; padding: 0.25em 0.5em; text-align: left; vertical-align: top",
    "td-center": "text-align: center",
    "td-right": "text-align: right; font-variant-numeric: tabular-nums",
}
"""Merged into the writer's role table (classes on the web, inline declarations in e-mail)."""


def _cell(cell: PlanCell, tag: str, runs: Callable[[Line], str], attrs: Callable[..., str]) -> str:
    spans = ""
    if cell.colspan > 1:
        spans += f' colspan="{cell.colspan}"'
    if cell.rowspan > 1:
        spans += f' rowspan="{cell.rowspan}"'
    if tag == "th":
        spans += ' scope="colgroup"' if cell.colspan > 1 else ' scope="col"'
    roles = (tag,) if cell.align == "left" else (tag, f"td-{cell.align}")
    return f"<{tag}{spans}{attrs(*roles)}>{runs(cell.runs)}</{tag}>"


def table_html(block: TableBlock, runs: Callable[[Line], str], attrs: Callable[..., str]) -> str:
    """A table block as an HTML table: caption, column widths, header rows, body rows."""
    caption = f"<caption{attrs('table-caption')}>{runs(block.caption)}</caption>" if block.caption else ""
    cols = "".join(f'<col style="width: {share * 100:.2f}%">' for share in block.widths)
    head = [
        f"<tr>{''.join(_cell(cell, 'th', runs, attrs) for cell in row)}</tr>" for row in block.rows[: block.header_rows]
    ]
    body = [
        f"<tr>{''.join(_cell(cell, 'td', runs, attrs) for cell in row)}</tr>" for row in block.rows[block.header_rows :]
    ]
    parts = [caption, f"<colgroup>{cols}</colgroup>"]
    if head:
        parts.append(f"<thead>{''.join(head)}</thead>")
    if body:
        parts.append(f"<tbody>{''.join(body)}</tbody>")
    return f"<table{attrs('table')}>{''.join(parts)}</table>"
