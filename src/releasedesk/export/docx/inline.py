"""Inline runs: cleaned text, marks as the only direct formatting, links, and the East-Asian hint for Chinese."""

from __future__ import annotations

from docx.oxml.xmlchemy import BaseOxmlElement
from docx.text.paragraph import Paragraph
from docx.text.run import Run as DocxRun

from releasedesk.export.docx.hyperlinks import add_hyperlink
from releasedesk.export.docx.ooxml import RPR_ORDER, element, set_child
from releasedesk.export.docx.styles import set_run_style
from releasedesk.model.release import Lang
from releasedesk.model.richtext import Run, Runs
from releasedesk.model.textclean import clean_text


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
    (container if container is not None else paragraph._p).append(run._r)
    if style:
        set_run_style(run, style)
    if lang == "zh-TW":
        # Ambiguous-width punctuation (curly quotes, dashes, ellipsis) in the CJK font, as Word does for Chinese.
        set_child(run._r.get_or_add_rPr(), element("w:rFonts", {"w:hint": "eastAsia"}), RPR_ORDER)
    run.text = text
    return run


def _apply_marks(run: DocxRun, source: Run) -> None:
    """Bold/italic/underline are the writer's emphasis, not something a style covers: they stay direct."""
    if source.bold:
        run.bold = True
    if source.italic:
        run.italic = True
    if source.underline:
        run.underline = True


def add_runs(paragraph: Paragraph, runs: Runs, lang: Lang, *, hyperlink_style: str) -> None:
    """Append the model's runs; consecutive runs with the same link share one `w:hyperlink`."""
    open_href: str | None = None
    container: BaseOxmlElement | None = None
    for source in runs:
        if source.href != open_href:
            open_href = source.href
            container = add_hyperlink(paragraph, source.href) if source.href else None
        style = hyperlink_style if container is not None else None
        run = add_text(paragraph, source.text, lang, style=style, container=container)
        if run is not None:
            _apply_marks(run, source)
