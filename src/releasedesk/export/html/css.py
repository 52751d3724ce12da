"""One table of CSS declarations per role, from the house style: a stylesheet for the web file, inline styles for
e-mail (mail clients drop or ignore `<style>` and classes too often to trust them)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from releasedesk.export.house import WriterStyle


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
    """Role → declarations. Sizes in pt, as in the PDF; text keeps every space (`pre-wrap`) as the PDF draws it."""
    s = style
    latin_body = _family(s.serif, s.cjk, *s.cjk_fallbacks) + ", serif"
    cjk_body = _family(s.cjk, *s.cjk_fallbacks, s.serif) + ", serif"
    latin_sans = _family(s.sans, s.cjk, *s.cjk_fallbacks) + ", sans-serif"
    text = "white-space: pre-wrap; overflow-wrap: anywhere; margin: 0"
    return {
        "body": f"margin: 0; background: #ffffff; color: {s.text_color}; font-size: {s.body_size}pt",
        "article-en": f"font-family: {latin_body}; line-height: {s.body_leading / s.body_size:.3f}",
        "article-zh-TW": f"font-family: {cjk_body}; line-height: {s.body_leading_zh / s.body_size:.3f}",
        "page": "max-width: 46em; margin: 0 auto; padding: 2em 1.5em",
        "letterhead": f"border-bottom: 2px solid {s.accent_color}; padding-bottom: 0.6em; margin-bottom: 1em",
        "band": "display: flex; align-items: center; gap: 1em",
        "logo": f"height: {s.logo_height_mm}mm; width: auto; display: block",
        "names": "flex: 1 1 auto; min-width: 0",
        "band-cell": "vertical-align: middle; padding: 0",
        "agency": f"{text}; font-family: {latin_sans}; font-weight: bold; font-size: 13pt; color: {s.accent_color}",
        "agency-other": f"{text}; font-family: {latin_sans}; font-size: 10pt; color: {s.muted_color}",
        "news-label": f"{text}; font-family: {latin_sans}; font-weight: bold; font-size: 11pt; letter-spacing: 0.08em;"
        f" color: {s.accent_color}; text-align: right",
        "band-label": "flex: 0 1 auto; max-width: 30%",
        "release-line": f"{text}; font-family: {latin_sans}; font-weight: bold; color: {s.accent_color};"
        " margin-bottom: 0.4em",
        "meta": f"margin: 0 0 1em 0; font-family: {latin_sans}; font-size: {s.meta_size}pt; color: {s.muted_color}",
        "meta-row": f"display: flex; gap: 1em; font-family: {latin_sans}",
        "meta-label": f"{text}; min-width: 7em; font-weight: bold",
        "meta-value": f"{text}",
        "headline": f"{text}; font-family: {latin_sans}; font-size: {s.headline_size}pt; line-height: 1.3;"
        f" color: {s.text_color}; margin-bottom: 0.3em",
        "subheadline": f"{text}; font-size: {s.subheadline_size}pt; color: {s.muted_color}; margin-bottom: 1em",
        "p": f"{text}; margin-bottom: {s.paragraph_space}pt; text-align: justify",
        "dateline": "font-weight: bold",
        "h2": f"{text}; font-family: {latin_sans}; font-size: {s.heading_sizes[0]}pt; color: {s.accent_color};"
        " margin: 1em 0 0.4em",
        "h3": f"{text}; font-family: {latin_sans}; font-size: {s.heading_sizes[1]}pt; color: {s.accent_color};"
        " margin: 0.9em 0 0.3em",
        "h4": f"{text}; font-family: {latin_sans}; font-size: {s.heading_sizes[2]}pt; color: {s.accent_color};"
        " margin: 0.8em 0 0.3em",
        "list": f"list-style: none; margin: 0 0 {s.paragraph_space}pt 0; padding: 0 0 0 {s.list_indent_mm}mm",
        "list-nested": "margin-bottom: 0",
        "li": f"{text}; margin-bottom: 2pt; text-indent: -{s.list_indent_mm}mm",
        "label": f"display: inline-block; min-width: {s.list_indent_mm - 1}mm; text-indent: 0",
        "quote": f"margin: 0 0 {s.paragraph_space}pt {s.quote_indent_mm}mm; padding-left: 3mm;"
        f" border-left: 2px solid {s.accent_color}; font-style: italic",
        "figure": "margin: 1em 0; text-align: center; break-inside: avoid",
        "figure-img": "max-width: 100%; height: auto",
        "figcaption": f"{text}; font-size: {s.meta_size}pt; color: {s.muted_color}; margin-top: 0.3em",
        "missing": f"border: 1px dashed {s.muted_color}; padding: 2em 1em; color: {s.muted_color}",
        "stamp": f"{text}; font-family: {latin_sans}; font-size: {s.meta_size}pt; font-weight: bold;"
        f" color: {s.accent_color}; margin: 0.3em 0 1em 0",
        "end-mark": f"{text}; text-align: center; margin: 1em 0",
        "aside-heading": f"{text}; font-family: {latin_sans}; font-size: {s.heading_sizes[2]}pt;"
        f" color: {s.accent_color}; margin: 1em 0 0.3em",
        "aside-p": f"{text}; font-size: {s.meta_size + 0.5}pt; margin-bottom: 0.4em",
        "contacts": f"display: grid; grid-template-columns: repeat({s.contact_columns}, minmax(0, 1fr));"
        " column-gap: 10pt",
        "contact-cell": "vertical-align: top; padding: 0 10pt 0 0",
        "address": f"font-style: normal; font-size: {s.meta_size + 0.5}pt; margin-bottom: 0.6em",
        "contact-name": f"{text}; font-weight: bold",
        "contact-line": f"{text}",
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
            f" text-align: center; font: bold 110pt sans-serif; color: {style.watermark_color}; opacity: 0.11;"
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
