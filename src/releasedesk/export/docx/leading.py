"""Line spacing from the role table: every role's paragraph style gets the PDF's leading as an *at-least* line
spacing, and the sections in the other language get their own leading and alignment as direct paragraph formatting.

Why at-least, not exact: the house faces' natural line heights (TW-Sung 1.0 em, Times/Liberation 1.15 em, from the
font files) are below every role's leading (1.27 em at the tightest), so at-least *is* the PDF's leading; but a taller
run (a fallback emoji face, a larger inline image) grows its line instead of being clipped, as Word clips exact
lines. The ODT does the same (`style:line-height-at-least`).

Why direct formatting for the other language, not "Body Text (English)" styles: reviewers restyle one set of named
styles whatever the language (a font or size change reaches both), the style list stays the one they know, and
LibreOffice and Word show the paragraph's named style as for any direct formatting — as the ODT's automatic
English variants do. The named styles carry the first section's language, so a one-language release has none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from docx.enum.text import WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Pt

from releasedesk.export.docx.ooxml import PPR_ORDER, element, set_child
from releasedesk.export.docx.styles import NAMES, style_id
from releasedesk.export.roles import Roles, roles

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from docx.document import Document
    from docx.oxml.xmlchemy import BaseOxmlElement

    from releasedesk.export.roles import RoleLook
    from releasedesk.export.style import HouseStyle
    from releasedesk.model.release import Lang

_n = NAMES
STYLE_ROLES: dict[str, Callable[[Roles], RoleLook]] = {
    "Normal": lambda t: t.body,
    _n.letterhead: lambda t: t.agency,
    _n.letterhead_other: lambda t: t.agency_other,
    _n.letterhead_title: lambda t: t.news_release,
    _n.running_header: lambda t: t.running_head,
    _n.release_line: lambda t: t.release_line,
    _n.meta: lambda t: t.meta,
    _n.stamp: lambda t: t.stamp,
    _n.headline: lambda t: t.headline,
    _n.subheadline: lambda t: t.subheadline,
    _n.body: lambda t: t.body,
    _n.heading(1): lambda t: t.headings[0],
    _n.heading(2): lambda t: t.headings[1],
    _n.heading(3): lambda t: t.headings[2],
    _n.list_bullet: lambda t: t.list_item,
    _n.list_number: lambda t: t.list_item,
    _n.quote: lambda t: t.quote,
    _n.caption: lambda t: t.caption,
    _n.end_mark: lambda t: t.end_mark,
    _n.boilerplate_heading: lambda t: t.section_label,
    _n.boilerplate: lambda t: t.boilerplate,
    _n.contacts_heading: lambda t: t.section_label,
    _n.contact_name: lambda t: t.contact_name,
    _n.contact_details: lambda t: t.contact_detail,
    _n.footer: lambda t: t.footer,
}
"""The role behind each paragraph style that takes the role table's leading. Not here: the figure (an inline picture
sets its own line) and the letterhead rule (a 2 pt line under the letterhead)."""

_JC = {"left": "left", "right": "right", "center": "center", "justify": "both"}


def _twips(points: float) -> str:
    return str(round(points * 20))


def set_style_leadings(document: Document, table: Roles) -> None:
    """Each role's style: the table's leading as an at-least line spacing."""
    for name, pick in STYLE_ROLES.items():
        fmt = document.styles[name].paragraph_format
        fmt.line_spacing = Pt(table.leading(pick(table)))
        fmt.line_spacing_rule = WD_LINE_SPACING.AT_LEAST


def _differences(house: HouseStyle, main: Lang, lang: Lang) -> dict[str | None, tuple[str | None, str | None]]:
    """Style id → (line in twips, `w:jc`) where `lang`'s section differs from the named styles (None: same)."""
    if lang == main:
        return {}
    ours, theirs = roles(house, lang), roles(house, main)
    out: dict[str | None, tuple[str | None, str | None]] = {}
    for name, pick in STYLE_ROLES.items():
        look, named = pick(ours), pick(theirs)
        line = _twips(ours.leading(look))
        change = (
            line if line != _twips(theirs.leading(named)) else None,
            _JC[look.align] if look.align != named.align and name != "Normal" else None,  # Normal: no alignment
        )
        if change != (None, None):
            out[None if name == "Normal" else style_id(name)] = change
    return out


def localize(paragraphs: Iterable[BaseOxmlElement], house: HouseStyle, main: Lang, lang: Lang) -> None:
    """Give `lang`'s paragraphs their language's leading and alignment where the named styles (`main`'s) differ;
    a paragraph's own alignment or line spacing, set by the writer, is kept."""
    changes = _differences(house, main, lang)
    if not changes:
        return
    for p in paragraphs:
        p_pr = p.find(qn("w:pPr"))
        style = p_pr.find(qn("w:pStyle")) if p_pr is not None else None
        change = changes.get(style.get(qn("w:val")) if style is not None else None)
        if change is None:
            continue
        line, jc = change
        p_pr = p.get_or_add_pPr()
        if line is not None:
            spacing = p_pr.find(qn("w:spacing"))
            if spacing is None:
                spacing = set_child(p_pr, element("w:spacing"), PPR_ORDER)
            if spacing.get(qn("w:line")) is None:
                spacing.set(qn("w:line"), line)
                spacing.set(qn("w:lineRule"), "atLeast")
        if jc is not None and p_pr.find(qn("w:jc")) is None:
            set_child(p_pr, element("w:jc", {"w:val": jc}), PPR_ORDER)
