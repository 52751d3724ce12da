"""What a person wants to know before exporting: missing text, a past embargo, weak images, characters that vanish.

Every check is format-independent except the PDF one (characters no configured PDF font can draw). The command line
prints these as warnings (and `--strict` refuses to export); the export dialog lists them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from typing import TYPE_CHECKING

from releasedesk.errors import ExportError
from releasedesk.export import layout
from releasedesk.model.richtext import Figure, Heading, ListItem, Paragraph, Quote, Table, block_runs, plain_text
from releasedesk.model.textclean import clean_text, uncarriable_characters
from releasedesk.pairs.report import PairProblem, pair_problems

if TYPE_CHECKING:
    from collections.abc import Iterator

    from releasedesk.export.imagecheck import ImageCheck
    from releasedesk.export.layout import LangChoice
    from releasedesk.export.pdf import PdfOptions
    from releasedesk.export.pdf.fallback import FontChain
    from releasedesk.export.plan import Plan
    from releasedesk.model.release import Lang, Release

PRINT_DPI = 150
REFUSED_CODES = ("image-too-large",)
"""Findings that stop an export even without --strict: hostile input, not a matter of taste."""
"""The least resolution an image needs at its printed size."""

_UNREADABLE = "cannot be read as an image"
_BLOCK_NAMES = {
    Paragraph: "paragraph", Heading: "heading", ListItem: "list item", Quote: "quote", Figure: "caption",
    Table: "table",
}  # fmt: skip


@dataclass(frozen=True)
class Place:
    """Where an issue is, in parts (not words), so a translated interface can word it in its own order."""

    kind: str = ""
    """agency, unit, headline, subheadline, dateline, body, end-mark, boilerplate, contact, contacts, number,
    embargo, image, logo, release, pdf-fonts, link."""
    lang: str = ""
    """The section's language ("zh-TW", "en"); for kind "release" the language asked for ("both" too)."""
    block: str = ""
    """For kind "body": paragraph, heading, list item, quote or caption."""
    index: int = 0
    """body: the block's number among blocks of its kind; contact: its print number; image: its body block number."""


@dataclass(frozen=True)
class PreflightIssue:
    """One problem: where it is (for a person, e.g. "en body, paragraph 3") and what is wrong.

    `where`, `problem` and `str()` are the command line's English; `place` and the parameters below carry the same
    facts for an interface that words them in another language.
    """

    where: str
    problem: str
    code: str = ""
    """A stable kind for programs: missing-language, missing-headline, missing-contacts, embargo-past,
    image-resolution, image-unreadable, image-too-large, image-damaged, dropped-character, no-glyph, font-missing,
    link-dropped, contact-name-other-language; and from translation pairs (releasedesk.pairs.report):
    pair-out-of-date, pair-to-translate, pair-unconfirmed, figure-mismatch."""
    place: Place = Place()
    characters: tuple[str, ...] = ()
    """dropped-character, no-glyph: the characters, each once, in order of appearance."""
    image_id: str = ""
    width_px: int = 0
    dpi: int = 0
    needed_px: int = 0
    """image-resolution: the image's width, the dpi it prints at, and the width PRINT_DPI needs."""
    embargo_until: datetime | None = None
    font: str = ""
    """font-missing: the configured family that is not installed."""
    pair: PairProblem | None = None
    """pair-* and figure-mismatch: the pair problem, for an interface that words it itself."""
    href: str = ""
    """link-dropped: the link target the link policy refused (its text is exported, the link is not)."""

    def __str__(self) -> str:
        return f"{self.where}: {self.problem}"


def char_name(char: str) -> str:
    """U+XXXX, then the character itself when it is printable: how every interface names a character."""
    code = f"U+{ord(char):04X}"
    return code if not char.isprintable() else f"{code} {char!r}"


def _texts(release: Release, langs: tuple[Lang, ...]) -> Iterator[tuple[str, Place, str]]:
    """(where, place, text) for every piece of text the export prints, in reading order."""
    for lang in langs:
        yield f"{lang} agency name", Place("agency", lang), release.agency.best(lang)
        yield f"{lang} issuing unit", Place("unit", lang), release.unit.best(lang)
        content = release.content[lang]
        yield f"{lang} headline", Place("headline", lang), content.headline
        yield f"{lang} subheadline", Place("subheadline", lang), content.subheadline
        dateline = layout.dateline(release, lang)
        if dateline:
            yield f"{lang} dateline", Place("dateline", lang), dateline
        counts: dict[str, int] = {}
        for block in content.body:
            kind = _BLOCK_NAMES[type(block)]
            counts[kind] = counts.get(kind, 0) + 1
            place = Place("body", lang, kind, counts[kind])
            yield f"{lang} body, {kind} {counts[kind]}", place, plain_text(block_runs(block))
        yield f"{lang} end mark", Place("end-mark", lang), layout.end_mark(release, lang)
        yield f"{lang} boilerplate", Place("boilerplate", lang), content.boilerplate
        for number, contact in enumerate(layout.printable_contacts(release, lang), start=1):
            place = Place("contact", lang, index=number)
            yield f"{lang} media contact {number}", place, "\n".join((contact.name, *contact.details))
    yield "release number", Place("number"), release.number


def _content_issues(release: Release, langs: tuple[Lang, ...], now: datetime) -> Iterator[PreflightIssue]:
    for lang in langs:
        content = release.content[lang]
        if not content.headline.strip():
            yield PreflightIssue(f"{lang} headline", "missing", "missing-headline", Place("headline", lang))
        if not layout.printable_contacts(release, lang):
            yield PreflightIssue(f"{lang} media contacts", "none to print", "missing-contacts", Place("contacts", lang))
        yield from _contact_name_issues(release, lang)
    embargo = release.embargo_until
    if embargo is not None and embargo <= now:
        problem = f"{embargo.isoformat(timespec='minutes')} has already passed"
        yield PreflightIssue("embargo", problem, "embargo-past", Place("embargo"), embargo_until=embargo)
    for where, place, text in _texts(release, langs):
        dropped = tuple(dict.fromkeys(uncarriable_characters(text)))
        if dropped:
            names = ", ".join(char_name(char) for char in dropped)
            problem = f"will be removed on export: {names}"
            yield PreflightIssue(where, problem, "dropped-character", place, characters=dropped)


def _contact_name_issues(release: Release, lang: Lang) -> Iterator[PreflightIssue]:
    """A contact without a name in `lang` prints the other language's name there ("David Lin Press Officer")."""
    lines = [layout.contact_lines(contact, lang) for contact in release.contacts]
    printed = [contact for contact, line in zip(release.contacts, lines, strict=True) if line.name or line.details]
    for number, contact in enumerate(printed, start=1):
        own = contact.name.zh if lang == "zh-TW" else contact.name.en
        if not own.strip() and contact.name.best(lang).strip():
            other = "English" if lang == "zh-TW" else "Chinese"
            yield PreflightIssue(
                f"{lang} media contact {number}",
                f"has no name in this language; the {other} one is printed",
                "contact-name-other-language",
                Place("contact", lang, index=number),
            )


def _image_issues(release: Release, langs: tuple[Lang, ...], column_width_pt: float) -> Iterator[PreflightIssue]:
    from releasedesk.export.imagecheck import check_image  # Pillow is a reportlab dependency

    needed = round(column_width_pt / 72 * PRINT_DPI)
    seen: set[str] = set()
    for lang in langs:
        for number, block in enumerate(release.content[lang].body, start=1):
            if not isinstance(block, Figure) or block.image_id in seen:
                continue
            seen.add(block.image_id)
            image = release.image(block.image_id)
            check = check_image(image.data) if image else None
            where = f"image {block.image_id!r} ({lang} body, block {number})"
            place = Place("image", lang, index=number)
            if check is None or not check.ok:
                code, problem = _image_problem(check)
                yield PreflightIssue(where, problem, code, place, image_id=block.image_id)
            elif check.width < needed:
                dpi = round(check.width / (column_width_pt / 72))
                problem = (
                    f"{check.width} px wide prints at {dpi} dpi across the column ({PRINT_DPI} dpi needs {needed} px)"
                )
                yield PreflightIssue(
                    where, problem, "image-resolution", place, image_id=block.image_id, width_px=check.width, dpi=dpi,
                    needed_px=needed,
                )  # fmt: skip
    if logo_id := release.logo_image_id:
        logo = release.image(logo_id)
        check = check_image(logo.data) if logo else None
        if check is None or not check.ok:
            code, problem = _image_problem(check)
            yield PreflightIssue(f"logo {logo_id!r}", problem, code, Place("logo"), image_id=logo_id)


def _image_problem(check: ImageCheck | None) -> tuple[str, str]:
    """The issue code and English line for an image that is missing, unreadable, too large or damaged."""
    if check is None:
        return "image-unreadable", _UNREADABLE
    return f"image-{check.state.value}", check.problem()


@cache
def _font_chain(families: tuple[str, ...], variant: str) -> FontChain:
    """One chain per font list and process: its per-character memo serves every release a batch checks."""
    from releasedesk.export.pdf.fallback import FontChain

    return FontChain(families, variant)


def _pdf_issues(release: Release, langs: tuple[Lang, ...], options: PdfOptions) -> Iterator[PreflightIssue]:
    from releasedesk.export.pdf.fonts import REGULAR, check_installed

    fonts = options.effective_template().fonts
    for family in fonts.families():
        try:
            check_installed((family,))
        except ExportError as error:
            yield PreflightIssue("PDF fonts", str(error), "font-missing", Place("pdf-fonts"), font=family)
            return
    chain = _font_chain(fonts.families(), REGULAR)
    for where, place, text in _texts(release, langs):
        missing = tuple(chain.missing(clean_text(text)))  # what clean_text drops is reported once, as dropped
        if missing:
            names = ", ".join(char_name(char) for char in missing)
            yield PreflightIssue(where, f"no PDF font can draw {names}", "no-glyph", place, characters=missing)


def _link_issues(release: Release, lang: LangChoice, plan: Plan | None) -> Iterator[PreflightIssue]:
    """The plan's dropped links: every format prints their text and none makes them clickable."""
    if plan is None:
        from releasedesk.export.plan import build_plan

        plan = build_plan(release, lang)
    for dropped in plan.dropped_links:
        target = clean_text(dropped.href)
        yield PreflightIssue(
            f"{dropped.lang} {dropped.place}",
            f"link target {target!r} is not a web, mail or phone link: exported as plain text",
            "link-dropped",
            Place("link", dropped.lang),
            href=target,
        )


def preflight(
    release: Release,
    lang: LangChoice,
    *,
    formats: tuple[str, ...],
    pdf_options: PdfOptions | None = None,
    now: datetime | None = None,
    plan: Plan | None = None,
) -> list[PreflightIssue]:
    """Every problem worth knowing before exporting `lang` to `formats` ("pdf", "docx").

    `pdf_options` (the fonts and page the PDF will use) defaults to the standard template. The writing checks'
    findings are added by their caller (`checks.preflight.writing_issues`): export does not depend on the checks.
    `plan`: the export's plan of `release` in `lang` when the caller has it (the command line), so preflight does
    not plan the release a second time.
    """
    from releasedesk.export.pdf import PdfOptions

    options = pdf_options or PdfOptions()
    langs = layout.section_languages(release, lang)
    issues: list[PreflightIssue] = []
    if not langs:
        wanted = "text" if lang == "both" else f"{lang} text"
        return [PreflightIssue("release", f"has no {wanted} to export", "missing-language", Place("release", lang))]
    issues += _content_issues(release, langs, now or datetime.now(UTC))
    issues += _image_issues(release, langs, options.effective_template().column_width)
    issues += _link_issues(release, lang, plan)
    if "pdf" in formats:
        issues += _pdf_issues(release, langs, options)
    issues += [
        PreflightIssue(p.where, p.problem, p.code, Place("pair", p.lang or "", index=p.number), pair=p)
        for p in pair_problems(release)
    ]  # both languages' pairs, whichever is exported: an English export of an outdated translation matters too
    return issues
