"""Plan → one self-contained HTML5 file: semantic elements, images as data: URIs, no script, every text escaped.

The web file styles by class from one stylesheet (with print rules and page-margin footers); the e-mail file puts
the same declarations inline on every element. Text keeps every space (`white-space: pre-wrap`); a line break
inside a paragraph is `<br>`. List labels are the plan's, printed as text (`list-style: none`), so what a reader
copies is what every other format shows.
"""

from __future__ import annotations

import base64
import re
from html import escape
from typing import TYPE_CHECKING

from releasedesk.export.html.css import css_string, role_styles, stylesheet
from releasedesk.export.html.table import ROLES as TABLE_ROLES
from releasedesk.export.html.table import table_html
from releasedesk.export.plan.approval import approval_properties
from releasedesk.export.plan.lists import list_runs
from releasedesk.export.plan.values import (
    FigureBlock,
    HeadingBlock,
    Line,
    ListItemBlock,
    PageField,
    ParagraphBlock,
    Plan,
    PlanBlock,
    PlanImage,
    QuoteBlock,
    Script,
    Section,
    TableBlock,
)

if TYPE_CHECKING:
    from releasedesk.export.house import WriterStyle
    from releasedesk.export.plan.values import PlanContact


def _text(value: str) -> str:
    return escape(value, quote=True).replace("\n", "<br>")


class HtmlWriter:
    """Turns a plan into HTML, styled by role (inline styles for e-mail)."""

    def __init__(self, plan: Plan, style: WriterStyle, *, email: bool) -> None:
        self.plan, self.style, self.email = plan, style, email
        self.roles = role_styles(style) | TABLE_ROLES
        self.script: Script = "latin"

    def attrs(self, *roles: str) -> str:
        """The element's look: classes on the web, inline declarations in e-mail."""
        if self.email:
            return f' style="{escape("; ".join(self.roles[role] for role in roles), quote=True)}"'
        return f' class="{" ".join(roles)}"'

    def contacts(self, section: Section) -> str:
        """One `address` per contact in the plan's grid: a CSS grid on the web, a layout table in e-mail (where
        mail programs ignore grids)."""
        grid = section.contact_rows(self.style.contact_columns)

        def card(contact: PlanContact) -> str:
            lines = "".join(self.element("p", line, "contact-line") for line in contact.details)
            return f"<address{self.attrs('address')}>{self.element('p', contact.name, 'contact-name')}{lines}</address>"

        if not self.email:
            cards = "".join(card(contact) for row in grid for contact in row if contact is not None)
            return f"<div{self.attrs('contacts')}>{cards}</div>"
        width = f"{100 / len(grid[0]):.4g}%"
        cell = escape(self.roles["contact-cell"], quote=True)
        rows = "".join(
            "<tr>"
            + "".join(
                f'<td style="{cell}; width: {width}">{card(contact) if contact is not None else ""}</td>'
                for contact in row
            )
            + "</tr>"
            for row in grid
        )
        return f'<table role="presentation" style="width: 100%; border-collapse: collapse">{rows}</table>'

    def letterhead(self, logo: list[str], names: str, label: str) -> str:
        """Logo | agency names | 新聞稿 in one band over the accent rule, as the PDF lays it out: a flex row on the web,
        a layout table in e-mail (where mail programs ignore flex)."""
        if not self.email:
            names = f"<div{self.attrs('names')}>{names}</div>"
            return f"<header{self.attrs('letterhead', 'band')}>{''.join(logo)}{names}{label}</header>"
        cell = escape(self.roles["band-cell"], quote=True)
        cells = [f'<td style="{cell}; width: 1%; padding-right: 1em">{logo[0]}</td>'] if logo else []
        cells += [f'<td style="{cell}">{names}</td>', f'<td style="{cell}; width: 30%">{label}</td>']
        table = '<table role="presentation" style="width: 100%; border-collapse: collapse">'
        return f"<header{self.attrs('letterhead')}>{table}<tr>{''.join(cells)}</tr></table></header>"

    def runs(self, line: Line) -> str:
        out: list[str] = []
        index = 0
        while index < len(line):
            href = line[index].href
            stop = index + 1
            while stop < len(line) and line[stop].href == href:
                stop += 1
            inner = "".join(self.run(run) for run in line[index:stop])
            if href is None:
                out.append(inner)
            else:
                out.append(f'<a href="{escape(href, quote=True)}"{self.attrs("link")}>{inner}</a>')
            index = stop
        return "".join(out)

    def run(self, run: object) -> str:
        from releasedesk.export.plan.values import PlanRun

        assert isinstance(run, PlanRun)
        html = _text(run.text)
        if run.underline:
            html = f"<u>{html}</u>"
        if run.italic:
            html = f"<em>{html}</em>"
        if run.bold:
            html = f"<strong>{html}</strong>"
        if run.script != self.script:
            html = f"<span{self.attrs('s-' + run.script)}>{html}</span>"
        return html

    def element(self, tag: str, line: Line, *roles: str, lead: Line = ()) -> str:
        if not line and not lead:
            return ""
        prefix = f"<span{self.attrs('dateline')}>{self.runs(lead)}</span>" if lead else ""
        return f"<{tag}{self.attrs(*roles)}>{prefix}{self.runs(line)}</{tag}>"

    def image(self, image: PlanImage, *roles: str) -> str:
        data = base64.b64encode(image.data).decode("ascii")
        source = f"data:{escape(image.mime_type, quote=True)};base64,{data}"
        return f'<img src="{source}" alt="{escape(image.alt, quote=True)}"{self.attrs(*roles)}>'

    def figure(self, block: FigureBlock) -> str:
        if block.image is not None:
            picture = self.image(block.image, "figure-img")
        else:
            label = escape(block.placeholder, quote=True)
            shown = f'<span aria-hidden="true">{label}</span>'
            picture = f'<div role="img" aria-label="{label}"{self.attrs("missing")}>{shown}</div>'
        caption = self.element("figcaption", block.caption, "figcaption")
        return f"<figure{self.attrs('figure')}>{picture}{caption}</figure>"

    def lists(self, items: list[ListItemBlock]) -> str:
        """Consecutive list items as nested `ul`/`ol`: a deeper item opens a list inside the item before it."""
        out: list[str] = []
        open_lists: list[tuple[int, bool]] = []  # (level, ordered) of each open list, each with an open <li>
        for item in items:
            while open_lists and open_lists[-1][0] > item.level:
                out.append(f"</li></{'ol' if open_lists.pop()[1] else 'ul'}>")
            if open_lists and open_lists[-1][0] == item.level and open_lists[-1][1] != item.ordered:
                out.append(f"</li></{'ol' if open_lists.pop()[1] else 'ul'}>")
            if open_lists and open_lists[-1][0] == item.level:
                out.append("</li>")
            else:
                roles = ("list", "list-nested") if open_lists else ("list",)
                out.append(f"<{'ol' if item.ordered else 'ul'}{self.attrs(*roles)}>")
                open_lists.append((item.level, item.ordered))
            text = f" {self.runs(item.runs)}" if item.runs else ""
            out.append(f"<li{self.attrs('li')}><span{self.attrs('label')}>{escape(item.label)}</span>{text}")
        while open_lists:
            out.append(f"</li></{'ol' if open_lists.pop()[1] else 'ul'}>")
        return "".join(out)

    def block(self, block: PlanBlock) -> str:
        match block:
            case ParagraphBlock(runs, lead):
                return self.element("p", runs, "p", lead=lead)
            case HeadingBlock(level, runs):
                tag = f"h{min(level, 3) + 1}"
                return self.element(tag, runs, tag)
            case QuoteBlock(runs):
                quote = self.element("p", runs, "p", "quote-text")
                return f"<blockquote{self.attrs('quote')}>{quote}</blockquote>" if runs else ""
            case FigureBlock():
                return self.figure(block)
            case TableBlock():
                return table_html(block, self.runs, self.attrs)
        return ""

    def body(self, blocks: tuple[PlanBlock, ...]) -> list[str]:
        out = [self.lists(list(run)) if isinstance(run, tuple) else self.block(run) for run in list_runs(blocks)]
        return [html for html in out if html]

    def section(self, number: int, section: Section) -> str:
        self.script = "cjk" if section.lang == "zh-TW" else "latin"
        head = section.letterhead
        other_lang = "en" if section.lang == "zh-TW" else "zh-TW"
        logo = self.image(head.logo, "logo") if head.logo else ""
        other = ""
        if head.agency_other:
            self.script = "latin" if other_lang == "en" else "cjk"
            other = self.element("p", head.agency_other, "agency-other").replace("<p", f'<p lang="{other_lang}"', 1)
            self.script = "cjk" if section.lang == "zh-TW" else "latin"
        names = f"{self.element('p', head.agency, 'agency')}{other}"
        label = self.element("p", head.news_label, "news-label", *(() if self.email else ("band-label",)))
        parts = [
            self.letterhead([logo] if logo else [], names, label),
            self.element("p", section.release_line, "release-line"),
        ]
        if section.meta:
            rows = "".join(
                f"<div{self.attrs('meta-row')}>{self.element('dt', row.label, 'meta-label')}"
                f"{self.element('dd', row.value, 'meta-value')}</div>"
                for row in section.meta
            )
            parts.append(f"<dl{self.attrs('meta')}>{rows}</dl>")
        stamp = self.element("p", section.stamp, "stamp")
        if self.style.stamp_place == "meta":
            parts.append(stamp)
        parts.append(self.element("h1", section.headline, "headline"))
        en, zh = self.style.role_tables()
        upright = (zh if section.lang == "zh-TW" else en).subheadline.italic is False
        parts.append(self.element("p", section.subheadline, "subheadline", *(("upright",) if upright else ())))
        parts.extend(self.body(section.body))
        parts.append(self.element("p", section.end_mark, "end-mark"))
        if section.boilerplate:
            paragraphs = "".join(self.element("p", line, "aside-p") for line in section.boilerplate)
            heading = self.element("h2", section.boilerplate_heading, "aside-heading")
            parts.append(f"<section>{heading}{paragraphs}</section>")
        if section.contacts:
            heading = self.element("h2", section.contacts_heading, "aside-heading", "contacts-heading")
            parts.append(f"<section>{heading}{self.contacts(section)}</section>")
        if self.style.stamp_place == "end":
            parts.append(stamp)
        classes = f"article-{section.lang}"
        page = "" if self.email else f' data-page="s{number}"'
        return (
            f'<article lang="{section.lang}"{page}{self.attrs(classes)}>\n'
            + "\n".join(p for p in parts if p)
            + ("\n</article>")
        )

    def page_rules(self) -> list[str]:
        """Print: each section on its own named page with its footer and running head in the page margins."""
        rules: list[str] = []
        look = self.style.role_tables()[0].footer
        size = f"font-size: {look.size}pt; color: {look.color}"
        for number, section in enumerate(self.plan.sections):
            footer = " ".join(
                f"counter({part.value})" if isinstance(part, PageField) else css_string(part)
                for part in section.footer.parts
            )
            left = css_string("".join(run.text for run in section.footer.left))
            head = css_string("".join(run.text for run in section.running_head))
            rules.append(f'article[data-page="s{number}"] {{ page: s{number}; }}')
            footer = footer or '""'
            rules.append(
                f"@page s{number} {{ @bottom-left {{ content: {left}; {size}; }}"
                f" @bottom-right {{ content: {footer}; {size}; }}"
                f" @top-right {{ content: {head}; {size}; }} }}"
            )
            rules.append(f"@page s{number}:first {{ @top-right {{ content: none; }} }}")
        return rules

    def document(self) -> str:
        plan, meta = self.plan, self.plan.metadata
        lang = plan.sections[0].lang if plan.sections else "zh-TW"
        state = plan.state.watermark
        title = f"{state}: {meta.title}" if state else meta.title
        head = [
            '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{escape(title)}</title>",
            f'<meta name="author" content="{escape(meta.author, quote=True)}">',
            f'<meta name="description" content="{escape(meta.subject, quote=True)}">',
            f'<meta name="keywords" content="{escape(meta.keywords, quote=True)}">',
            '<meta name="generator" content="ReleaseDesk">',
        ]
        head += [  # the approval, as the PDF info keys and the DOCX/ODT custom properties carry it
            f'<meta name="{_meta_name(name)}" content="{escape(value, quote=True)}">'
            for name, value in approval_properties(plan.state).items()
        ]
        if state:
            head.append('<meta name="robots" content="noindex">')
        if not self.email:
            head.append(f"<style>\n{stylesheet(self.style, self.roles, state, self.page_rules())}\n</style>")
        banner = ""
        if state and self.email:
            banner = f'<div aria-hidden="true"{self.attrs("banner")}>{escape(state)}</div>\n'
        body = "\n".join(self.section(number, section) for number, section in enumerate(plan.sections))
        status = f' data-state="{escape(plan.state.status.value, quote=True)}"'
        return (
            f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n'
            + "\n".join(head)
            + f"\n</head>\n<body{status}{self.attrs('body')}>\n<div{self.attrs('page')}>\n{banner}{body}\n"
            "</div>\n</body>\n</html>\n"
        )


def _meta_name(prop: str) -> str:
    """`ReleaseDeskApprovedAt` → `releasedesk-approved-at`."""
    words = re.findall(r"[A-Z][a-z]*", prop.removeprefix("ReleaseDesk"))
    return "-".join(["releasedesk", *(word.lower() for word in words)])


def render_plan_html(plan: Plan, style: WriterStyle, *, email: bool = False) -> str:
    """The plan as an HTML document's text."""
    return HtmlWriter(plan, style, email=email).document()
