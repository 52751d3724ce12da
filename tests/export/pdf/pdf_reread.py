"""Read a PDF back the way a person or a program would: poppler's text, its font list, its pixels."""

from __future__ import annotations

import io
import re
import subprocess
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PIL import Image as PILImage
from pypdf import PdfReader

from releasedesk.export import layout
from releasedesk.export.plan import build_plan, line_text
from releasedesk.model.richtext import block_runs, plain_text

if TYPE_CHECKING:
    from pathlib import Path

    from releasedesk.model.release import Lang, Release


def pdftotext(data: bytes, *, first: int | None = None, last: int | None = None) -> str:
    args = ["pdftotext", "-raw", "-enc", "UTF-8"]  # content order: the watermark cannot interleave with text
    if first is not None:
        args += ["-f", str(first)]
    if last is not None:
        args += ["-l", str(last)]
    return subprocess.run([*args, "-", "-"], input=data, capture_output=True, check=True).stdout.decode("utf-8")


def squash(text: str) -> str:
    """Text without any whitespace: line breaks fall anywhere in Chinese, so only the characters are compared."""
    return re.sub(r"\s+", "", text)


def page_texts(data: bytes) -> list[str]:
    count = len(PdfReader(io.BytesIO(data)).pages)
    return [pdftotext(data, first=page, last=page) for page in range(1, count + 1)]


def pdffonts(data: bytes, tmp_path: Path) -> list[dict[str, str]]:
    """pdffonts' table as dicts (name, type, emb, sub, uni)."""
    path = tmp_path / "fonts-check.pdf"
    path.write_bytes(data)
    output = subprocess.run(["pdffonts", str(path)], capture_output=True, check=True, text=True).stdout
    rows = []
    for line in output.splitlines()[2:]:
        parts = line.split()
        # name type [type...] encoding emb sub uni object ID: read the yes/no columns from the right
        rows.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3]})
    return rows


def render_png(data: bytes, tmp_path: Path, *, dpi: int = 70, page: int = 1) -> PILImage.Image:
    pdf = tmp_path / f"render-{page}.pdf"
    pdf.write_bytes(data)
    prefix = tmp_path / f"render-{page}"
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile", str(pdf), str(prefix)],
        check=True,
    )
    return PILImage.open(f"{prefix}.png")


def dark_pixels(image: PILImage.Image, threshold: int = 128) -> int:
    histogram = image.convert("L").histogram()
    return sum(histogram[:threshold])


def printed_paragraphs(release: Release, lang: Lang) -> list[str]:
    """Every piece of body, headline and boilerplate text of `lang`, as the model holds it."""
    content = release.content[lang]
    texts = [content.headline, content.subheadline]
    texts += [plain_text(block_runs(block)) for block in content.body]
    texts += content.boilerplate.splitlines()
    return [text for text in texts if text.strip()]


_WATERMARKS = tuple(squash(text) for text in ("CHANGED AFTER APPROVAL", "IN REVIEW", "DRAFT"))


def running_heads(release: Release) -> dict[Lang, str]:
    """Each language section's running head as the plan words it, squashed."""
    return {section.lang: squash(line_text(section.running_head)) for section in build_plan(release, "both").sections}


def split_pages(data: bytes, release: Release) -> list[tuple[str, bool]]:
    """Per page: the squashed content without page furniture, and whether "DRAFT" is in its text (it never should be).

    In content order a page is its flowing text, then the watermark, then the running head and the footer (drawn once
    the page count is known), so both can be cut off the end and paragraphs compared across page breaks. The running
    head must be there exactly on a section's later pages: a page whose footer is in the previous page's language.
    """
    pages = [squash(page) for page in page_texts(data)]
    heads = running_heads(release)
    total = len(pages)
    out = []
    previous: Lang | None = None
    for number, page in enumerate(pages, start=1):
        cut, page_lang = len(page), None
        for lang in release.languages:
            footer = squash(release.agency.best(lang).strip() + layout.page_footer(lang, number, total, release.number))
            found = page.rfind(footer)
            if found >= 0 and found + len(footer) == len(page) and found < cut:
                cut, page_lang = found, lang
        assert page_lang is not None, f"no footer at the end of page {number}"
        head = heads[page_lang]
        has_head = page[:cut].endswith(head)
        assert has_head == (page_lang == previous), f"page {number}: running head {'drawn' if has_head else 'missing'}"
        if has_head:
            cut -= len(head)
        content = page[:cut]
        out.append((content, "DRAFT" in content))
        previous = page_lang
    return out


def body_text(data: bytes, release: Release) -> str:
    """The squashed text of all pages without footers and watermark, so paragraphs run on across page breaks."""
    return "".join(content for content, _marked in split_pages(data, release))


@dataclass(frozen=True)
class Word:
    page: int
    text: str
    x_min: float
    x_max: float
    y_min: float
    y_max: float


_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')


def words(data: bytes, tmp_path: Path) -> tuple[list[Word], tuple[float, float]]:
    """Every word poppler finds with its box (points from the top left), and the page size."""
    pdf = tmp_path / "words.pdf"
    pdf.write_bytes(data)
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, check=True).stdout.decode()
    size = re.search(r'<page width="([\d.]+)" height="([\d.]+)"', html)
    assert size
    found = []
    for number, page in enumerate(html.split("<page ")[1:], start=1):
        for match in re.finditer(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', page
        ):
            x0, y0, x1, y1, text = match.groups()
            found.append(Word(number, text, float(x0), float(x1), float(y0), float(y1)))
    return found, (float(size.group(1)), float(size.group(2)))


def watermark_pixels(image: PILImage.Image) -> list[tuple[int, int]]:
    """Where the translucent red watermark shows over paper: light pink pixels (#C8102E at 11% over white)."""
    rgb = image.convert("RGB")
    width, height = rgb.size
    data = rgb.load()
    return [
        (x, y)
        for y in range(0, height, 2)
        for x in range(0, width, 2)
        if (pixel := data[x, y])[0] > 235 and 12 < pixel[0] - pixel[1] < 40 and 8 < pixel[0] - pixel[2] < 35
    ]
