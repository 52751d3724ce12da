"""The letterhead as ODF: logo | agency names | 新聞稿 in one borderless row over the accent rule, as the PDF's
`Letterhead` flowable and the DOCX header table lay it out (one paragraph after another put the logo on a line of its
own, the names beside its foot and the label on a third line).

The table's style carries the section's first master page, so the section still opens on its own page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from releasedesk.export.house import WriterStyle
    from releasedesk.export.odt.table import Paragraph
    from releasedesk.export.plan import Section

LOGO_GAP_MM = 3.5
"""Between the logo and the names: the PDF's 10 pt."""
LABEL_SHARE = 0.3
LABEL_MAX_MM = 53.0
"""The label's column: 30 % of the text width, at most 150 pt (53 mm), as in the PDF."""

STYLES = (
    '<style:style style:name="ReleaseLetterheadCell" style:family="table-cell"><style:table-cell-properties'
    ' style:vertical-align="middle" fo:border="none" fo:padding="0mm"/></style:style>'
)
"""The cells' automatic style (added once per document): no rules, the content centred on the band."""


def letterhead_xml(
    section: Section, number: int, style: WriterStyle, logo: tuple[str, float] | None, paragraph: Paragraph
) -> tuple[str, str]:
    """The letterhead table of section `number`, then the rule paragraph; and its automatic styles.

    `logo` is the logo's frame XML and width in millimetres, None without a logo.
    """
    head = section.letterhead
    page_width, _height = style.page_mm
    _top, right, _bottom, left = style.margins_mm
    width = page_width - left - right
    label = min(width * LABEL_SHARE, LABEL_MAX_MM)
    columns = [logo[1] + LOGO_GAP_MM] if logo else []
    columns += [width - sum(columns) - label, label]
    name = f"ReleaseLetterhead{number}"
    styles = (
        f'<style:style style:name="{name}" style:family="table" style:master-page-name="ReleaseFirst{number}">'
        f'<style:table-properties style:width="{width:.2f}mm" table:align="margins" fo:margin-top="0mm"'
        ' fo:margin-bottom="0mm"/></style:style>'
    )
    styles += "".join(
        f'<style:style style:name="{name}.{index}" style:family="table-column"><style:table-column-properties'
        f' style:column-width="{column:.2f}mm"/></style:style>'
        for index, column in enumerate(columns)
    )
    cells = [f'<text:p text:style-name="ReleaseLetterheadLogo">{logo[0]}</text:p>'] if logo else []
    names = paragraph("ReleaseAgency", head.agency)
    if head.agency_other:
        names += paragraph("ReleaseAgencyOther", head.agency_other)
    cells += [names, paragraph("ReleaseNewsLabel", head.news_label)]
    row = "".join(
        f'<table:table-cell table:style-name="ReleaseLetterheadCell" office:value-type="string">{cell}'
        "</table:table-cell>"
        for cell in cells
    )
    grid = "".join(f'<table:table-column table:style-name="{name}.{index}"/>' for index in range(len(columns)))
    table = f'<table:table table:name="{name}" table:style-name="{name}">{grid}<table:table-row>{row}</table:table-row>'
    return f'{table}</table:table><text:p text:style-name="ReleaseLetterheadRule"/>', styles
