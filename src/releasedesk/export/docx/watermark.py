"""The diagonal DRAFT watermark, as Word itself writes it: a VML WordArt shape anchored in the header.

Word draws it behind the text of every page that uses the header; LibreOffice imports it as its own watermark.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from xml.sax.saxutils import quoteattr

from docx.oxml.parser import parse_xml

from releasedesk.export.docx import docxfence
from releasedesk.model.textclean import clean_text

if TYPE_CHECKING:
    from docx.text.paragraph import Paragraph

# Word's built-in WordArt shape type 136 ("plain text"), written once per header part.
_SHAPETYPE = """<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800"
  path="m@7,l@8,m@5,21600l@6,21600e">
 <v:formulas>
  <v:f eqn="sum #0 0 10800"/><v:f eqn="prod #0 2 1"/><v:f eqn="sum 21600 0 @1"/><v:f eqn="sum 0 0 @2"/>
  <v:f eqn="sum 21600 0 @3"/><v:f eqn="if @0 @3 0"/><v:f eqn="if @0 21600 @1"/><v:f eqn="if @0 0 @2"/>
  <v:f eqn="if @0 @4 21600"/><v:f eqn="mid @5 @6"/><v:f eqn="mid @8 @5"/><v:f eqn="mid @7 @8"/>
  <v:f eqn="mid @6 @7"/><v:f eqn="sum @6 0 @5"/>
 </v:formulas>
 <v:path textpathok="t" o:connecttype="custom" o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800"
   o:connectangles="270,180,90,0"/>
 <v:textpath on="t" fitshape="t"/>
 <v:handles><v:h position="#0,bottomRight" xrange="6629,14971"/></v:handles>
 <o:lock v:ext="edit" text="t" shapetype="t"/>
</v:shapetype>"""

_SHAPE = """<v:shape id="{shape_id}" o:spid="_x0000_s{spid}" type="#_x0000_t136"
  style="position:absolute;margin-left:0;margin-top:0;width:{width}pt;height:{height}pt;rotation:315;
  z-index:-251654144;mso-position-horizontal:center;mso-position-horizontal-relative:margin;
  mso-position-vertical:center;mso-position-vertical-relative:margin"
  o:allowincell="f" fillcolor="#{color}" stroked="f">
 <v:fill opacity="{opacity}"/>
 <v:textpath style="font-family:&quot;{font}&quot;;font-size:1pt" string={text}/>
 <w10:wrap anchorx="margin" anchory="margin"/>
</v:shape>"""

_NAMESPACES = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word"'
)


def add_watermark(
    paragraph: Paragraph, text: str, *, index: int, font: str, color: str = "C8102E", opacity: float = 0.11
) -> None:
    """Append the watermark run to a header paragraph; `index` keeps shape ids unique in the document. Colour and
    opacity are the house style's, as the PDF lays the mark over the page."""
    shape = _SHAPE.format(
        shape_id=f"PowerPlusWaterMarkObject{index}",
        spid=2049 + index,
        width=440,
        height=146,
        color=color,
        opacity=f"{opacity:g}",
        font=font.replace('"', ""),
        text=quoteattr(clean_text(text)),
    )
    run = parse_xml(f"<w:r {_NAMESPACES}><w:pict>{_SHAPETYPE}{shape}</w:pict></w:r>")
    docxfence.p_of(paragraph).append(run)
