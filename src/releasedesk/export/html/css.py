"""One table of CSS declarations per role, type from the role table (export/roles.py): a stylesheet for the web
file, inline styles for e-mail (mail clients drop or ignore `<style>` and classes too often to trust them)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from releasedesk.export.house import WriterStyle
    from releasedesk.export.roles import RoleLook


def css_string(value: str) -> str:
    """`value` as a quoted CSS string that cannot end the string, the rule or the `<style>` element."""
    out = []
    for char in value:
        if (char.isalnum() and char.isascii()) or char == " " or (ord(char) > 0x7F and char.isprintable()):
            out.append(char)
        else:
            out.append(f"\\{ord(char):06x}")
    return '"' + "".join(out) + '"'


def _family(*names: str) -> str:
    return ", ".join(css_string(name) for name in names)


def role_styles(style: WriterStyle) -> dict[str, str]:
    """Role → declarations. Type (family, size, weight, slant, colour) from the role table, in pt as in the PDF; a
    serif role inherits its article's serif chain (Latin or CJK first by the section's language). Text keeps every
    space (`pre-wrap`) as the PDF draws it."""
    s = style
    en, zh = s.role_tables()  # a Chinese section adds `upright` where its table says so (writer.py)
    latin_body = _family(s.serif, s.cjk, *s.cjk_fallbacks) + ", serif"
    cjk_body = _family(s.cjk, *s.cjk_fallbacks, s.serif) + ", serif"
    latin_sans = _family(s.sans, s.cjk, *s.cjk_fallbacks) + ", sans-serif"
    text = "white-space: pre-wrap; overflow-wrap: anywhere; margin: 0"

    def look(role: RoleLook) -> str:
        family = f"font-family: {latin_sans}; " if role.family == "sans" else ""
        return (
            f"{family}font-size: {role.size}pt; font-weight: {'bold' if role.bold else 'normal'};"
            f" font-style: {'italic' if role.italic else 'normal'}; color: {role.color}"
        )

    return {
        "body": f"margin: 0; background: #ffffff; color: {s.text_color}; font-size: {s.body_size}pt",
        # the body's alignment is the role table's per language (Chinese justified, English ragged), inherited by `p`
        "article-en": f"font-family: {latin_body}; line-height: {s.body_leading / s.body_size:.3f};"
        f" text-align: {en.body.align}",
        "article-zh-TW": f"font-family: {cjk_body}; line-height: {s.body_leading_zh / s.body_size:.3f};"
        f" text-align: {zh.body.align}",
        "page": "max-width: 46em; margin: 0 auto; padding: 2em 1.5em",
        "letterhead": f"border-bottom: 2px solid {s.accent_color}; padding-bottom: 0.6em; margin-bottom: 1em",
        "band": "display: flex; align-items: center; gap: 1em",
        "logo": f"height: {s.logo_height_mm}mm; width: auto; display: block",
        "names": "flex: 1 1 auto; min-width: 0",
        "band-cell": "vertical-align: middle; padding: 0",
        "agency": f"{text}; {look(en.agency)}",
        "agency-other": f"{text}; {look(en.agency_other)}",
        "news-label": f"{text}; {look(en.news_release)}; letter-spacing: 0.08em; text-align: right",
        "band-label": "flex: 0 1 auto; max-width: 30%",
        "release-line": f"{text}; {look(en.release_line)}; margin-bottom: 0.4em",
        "meta": f"margin: 0 0 1em 0; {look(en.meta)}",
        "meta-row": f"display: flex; gap: 1em; font-family: {latin_sans}",
        "meta-label": f"{text}; min-width: 7em",  # set as the value, as the PDF's meta table does
        "meta-value": f"{text}",
        "headline": f"{text}; {look(en.headline)}; line-height: 1.3; margin-bottom: 0.3em",
        "subheadline": f"{text}; {look(en.subheadline)}; margin-bottom: 1em",
        "upright": "font-style: normal",
        "p": f"{text}; {look(en.body)}; margin-bottom: {s.paragraph_space}pt",
        "quote-text": look(en.quote),
        "dateline": "font-weight: bold",
        "h2": f"{text}; {look(en.headings[0])}; margin: 1em 0 0.4em",
        "h3": f"{text}; {look(en.headings[1])}; margin: 0.9em 0 0.3em",
        "h4": f"{text}; {look(en.headings[2])}; margin: 0.8em 0 0.3em",
        "list": f"list-style: none; margin: 0 0 {s.paragraph_space}pt 0; padding: 0 0 0 {s.list_indent_mm}mm",
        "list-nested": "margin-bottom: 0",
        "li": f"{text}; {look(en.list_item)}; margin-bottom: 2pt; text-indent: -{s.list_indent_mm}mm",
        "label": f"display: inline-block; min-width: {s.list_indent_mm - 1}mm; text-indent: 0",
        "quote": f"margin: 0 0 {s.paragraph_space}pt {s.quote_indent_mm}mm; padding-left: 3mm;"
        f" border-left: 2px solid {s.accent_color}",
        "figure": "margin: 1em 0; text-align: center; break-inside: avoid",
        "figure-img": "max-width: 100%; height: auto",
        "figcaption": f"{text}; {look(en.caption)}; margin-top: 0.3em",
        "missing": f"border: 1px dashed {s.muted_color}; padding: 2em 1em; {look(en.placeholder)}",
        "stamp": f"{text}; {look(en.stamp)}; margin: 0.3em 0 1em 0",
        "end-mark": f"{text}; {look(en.end_mark)}; text-align: center; margin: 1em 0",
        "aside-heading": f"{text}; {look(en.section_label)}; margin: 1em 0 0.3em",
        "contacts-heading": f"border-top: 0.4pt solid {s.muted_color}; padding-top: 4pt",  # the PDF's rule above
        "aside-p": f"{text}; {look(en.boilerplate)}; margin-bottom: 0.4em",
        "contacts": f"display: grid; grid-template-columns: repeat({s.contact_columns}, minmax(0, 1fr));"
        " column-gap: 10pt",
        "contact-cell": "vertical-align: top; padding: 0 10pt 0 0",
        "address": "font-style: normal; margin-bottom: 0.6em",
        "contact-name": f"{text}; {look(en.contact_name)}",
        "contact-line": f"{text}; {look(en.contact_detail)}",
        "link": f"color: {s.link_color}",
        "s-cjk": f"font-family: {cjk_body}",
        "s-latin": f"font-family: {latin_body}",
        "banner": f"color: {s.watermark_color}; border: 2px solid {s.watermark_color}; font-family: {latin_sans};"
        " font-weight: bold; letter-spacing: 0.2em; text-align: center; padding: 0.3em; margin-bottom: 1em",
    }


def stylesheet(style: WriterStyle, roles: dict[str, str], state: str | None, page_rules: list[str]) -> str:
    """The web file's stylesheet: the role table as classes, the watermark as generated content, print rules."""
    top, right, bottom, left = style.margins_mm
    rules = [f".{role} {{ {decls} }}" for role, decls in roles.items()]
    rules.append("article + article { border-top: 1px solid #ccc; }")
    if state:
        rules.append(
            f"body::before {{ content: {css_string(state)}; position: fixed; top: 40%; left: 0; right: 0;"
            f" text-align: center; font: bold 110pt sans-serif; color: {style.watermark_color};"
            f" opacity: {style.watermark_opacity:g};"
            " transform: rotate(-35deg); pointer-events: none; z-index: 10; }"
        )
    rules.append(
        "@media print { .page { max-width: none; padding: 0; } article + article { break-before: page;"
        " border-top: none; } a { color: inherit; text-decoration: none; } h1, h2, h3, h4 { break-after: avoid; }"
        " figure, address, li { break-inside: avoid; } }"
    )
    page_size = "A4" if style.page_size == "A4" else "letter"
    rules.append(f"@page {{ size: {page_size}; margin: {top}mm {right}mm {bottom}mm {left}mm; }}")
    rules.extend(page_rules)
    return "\n".join(rules)
