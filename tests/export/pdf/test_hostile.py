"""Text that breaks naive exporters: markup, entities, control characters, a 300-character URL, emoji, Ext-B."""

from __future__ import annotations

import pytest

from export.pdf.pdf_reread import body_text, squash
from releasedesk.errors import ExportError
from releasedesk.export.pdf import export_pdf, render_pdf
from releasedesk.model.richtext import Heading, Mark, Paragraph, Quote, text

URL = "https://www.example.gov.tw/" + "/".join(f"part{n:02d}" for n in range(40)) + "?a=1&b=<2>"

HOSTILE = [
    "<b>not bold</b> <i>x <font name='Helvetica'>y</font> <br/> </para> <a href='javascript:alert(1)'>z</a>",
    "AT&T &amp; &lt;tag&gt; &#x41; &nbsp; 5 > 3 < 4",
    "bell\x07 escape\x1b null\x00 del\x7f c1\x85 form\x0c vt\x0b end",
    URL,
    "emoji 😀👍🏽 family 👨‍👩‍👧 flag 🇹🇼 heart ❤️ end",
    "Ext-B 𠀋𡃁 names 堃 and compatibility \ufa0c stay as typed",
    "lone \ud800 surrogate and \ufffe non-character",
]


def test_hostile_text_exports_with_printable_text_intact(release):
    body = [Paragraph((text(value),)) for value in HOSTILE]
    body += [Heading(1, (text("<h1>&"),)), Quote((text("“<quote>” & more", Mark.ITALIC),))]
    body += [Paragraph((text("link text", href="javascript:alert(1)"), text(" & ", Mark.BOLD), text(URL, href=URL)))]
    release.content["en"].body = body
    release.content["en"].headline = "<Headline> & AT&T"
    release.agency.en = "Agency <&> Inc."
    release.number = "No. <1> & 2"
    data = render_pdf(release, lang="en")
    printed = body_text(data, release)
    for expected in (
        "<b>notbold</b><i>x<fontname='Helvetica'>y</font><br/></para><ahref='javascript:alert(1)'>z</a>",
        "AT&T&amp;&lt;tag&gt;&#x41;&nbsp;5>3<4",
        "bellescapenulldelc1formvtend",  # control characters removed, nothing else
        squash(URL),
        "<Headline>&AT&T",
        "Agency<&>Inc.",
        "<h1>&",
        "“<quote>”&more",
        "linktext&" + squash(URL),
        "Ext-B𠀋𡃁names堃andcompatibility\ufa0cstayastyped",  # no NFC: U+FA0C is not rewritten to U+5140
        "lonesurrogateandnon-character",
    ):
        assert expected in printed, expected
    assert "emoji" in printed
    assert "end" in printed


def test_links_are_clickable_only_for_safe_schemes(release):
    release.content["en"].body = [
        Paragraph((text("site", href="https://example.org/a?b=1&c=2"), text(" js", href="javascript:alert(1)"))),
        Paragraph((text("mail", href="mailto:press@example.org"),)),
    ]
    from io import BytesIO

    from pypdf import PdfReader

    reader = PdfReader(BytesIO(render_pdf(release, lang="en")))
    uris = [
        annotation.get_object()["/A"]["/URI"]
        for annotation in reader.pages[0].get("/Annots", [])
        if "/A" in annotation.get_object()
    ]
    assert {"https://example.org/a?b=1&c=2", "mailto:press@example.org"} <= set(uris)
    assert not any(uri.startswith("javascript") for uri in uris)
    assert all(uri.startswith(("https://", "mailto:")) for uri in uris)  # the rest: the contacts' e-mail links


def test_a_directory_as_target_is_a_clear_error(release, tmp_path):
    with pytest.raises(ExportError, match="cannot write the PDF"):
        export_pdf(release, tmp_path)
    assert [path.name for path in tmp_path.iterdir()] == []
