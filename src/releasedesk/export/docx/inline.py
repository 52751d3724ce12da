"""Inline runs: cleaned text, marks as the only direct formatting, links, and the East-Asian hint for Chinese."""

from __future__ import annotations

from typing import TYPE_CHECKING

from docx.text.run import Run as DocxRun

from releasedesk.export.docx import docxfence
from releasedesk.export.docx.hyperlinks import add_hyperlink
from releasedesk.export.docx.ooxml import RPR_ORDER, element, set_child
from releasedesk.export.docx.styles import set_run_style
from releasedesk.model.textclean import clean_text

if TYPE_CHECKING:
    from docx.oxml.xmlchemy import BaseOxmlElement
    from docx.text.paragraph import Paragraph

    from releasedesk.export.plan import Line, PlanRun
    from releasedesk.model.release import Lang


def add_text(
    paragraph: Paragraph,
    text: str,
    lang: Lang,
    *,
    style: str | None = None,
    container: BaseOxmlElement | None = None,
) -> DocxRun | None:
    """One run of cleaned text (tabs and newlines become w:tab / w:br); nothing for text that cleans to empty."""
    text = clean_text(text)
    if not text:
        return None
    run = DocxRun(element("w:r"), paragraph)
    (container if container is not None else docxfence.p_of(paragraph)).append(docxfence.r_of(run))
    if style:
        set_run_style(run, style)
    if lang == "zh-TW":
        # Ambiguous-width punctuation (curly quotes, dashes, ellipsis) in the CJK font: only in the plan's CJK runs.
        set_child(docxfence.r_of(run).get_or_add_rPr(), element("w:rFonts", {"w:hint": "eastAsia"}), RPR_ORDER)
    run.text = text
    return run


def _apply_marks(run: DocxRun, source: PlanRun) -> None:
    """Bold/italic/underline are the writer's emphasis, not something a style covers: they stay direct."""
    if source.bold:
        run.bold = True
    if source.italic:
        run.italic = True
    if source.underline:
        run.underline = True


def add_line(
    paragraph: Paragraph, line: Line, *, hyperlink_style: str, style: str | None = None, marks: bool = True
) -> None:
    """Append a plan line; consecutive runs with the same link share one `w:hyperlink`.

    Links are exactly the plan's (the core policy already refused file:, smb:, javascript:, data: …); the East-Asian
    hint follows each run's script, so a curly quote around a Latin name inside Chinese keeps its Latin form.
    """
    open_href: str | None = None
    container: BaseOxmlElement | None = None
    for source in line:
        if source.href != open_href:
            open_href = source.href
            container = add_hyperlink(paragraph, source.href) if source.href else None
        run_style = hyperlink_style if container is not None else style
        lang: Lang = "zh-TW" if source.script == "cjk" else "en"
        run = add_text(paragraph, source.text, lang, style=run_style, container=container)
        if run is not None and marks:
            _apply_marks(run, source)
