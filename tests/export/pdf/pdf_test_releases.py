"""Releases built in code for the PDF tests: every block type, both languages, a logo and a photo."""

from __future__ import annotations

import io
from datetime import datetime
from zoneinfo import ZoneInfo

from PIL import Image as PILImage
from PIL import ImageDraw

from approved import with_standing
from releasedesk.model.release import Bilingual, Contact, Image, LanguageContent, Release, Status
from releasedesk.model.richtext import Figure, Heading, ListItem, Mark, Paragraph, Quote, text
from releasedesk.samples import load_sample, sample_names

TAIPEI = ZoneInfo("Asia/Taipei")


def png_bytes(width: int, height: int, color: str = "#2E6DA4") -> bytes:
    image = PILImage.new("RGB", (width, height), color)
    draw = ImageDraw.Draw(image)
    draw.ellipse((width * 0.2, height * 0.2, width * 0.8, height * 0.8), fill="#F2C14E")
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def logo_bytes() -> bytes:
    image = PILImage.new("RGBA", (240, 240), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((8, 8, 232, 232), fill="#1F3A5F")
    draw.rectangle((70, 100, 170, 140), fill="#FFFFFF")
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


ZH_BODY = [
    Paragraph(
        (
            text("環境部今（24）日宣布，自民國116年起推動「淨零綠生活」計畫，"),
            text("首年編列新臺幣12億元", Mark.BOLD),
            text("，協助地方政府與企業減少碳排放。部長表示：「這是全民共同的責任。」"),
        )
    ),
    Heading(1, (text("計畫重點"),)),
    ListItem(True, 0, (text("補助住宅設置太陽光電，每戶最高新臺幣5萬元；"),)),
    ListItem(True, 1, (text("優先補助偏遠地區與離島；"),)),
    ListItem(True, 0, (text("推動企業導入 ISO 14064 溫室氣體盤查。"),)),
    ListItem(False, 0, (text("詳情請見"), text("環境部網站", href="https://www.moenv.gov.tw/"), text("。"))),
    Quote((text("「減碳不是口號，而是每一天的選擇。」——環境部部長"),)),
    Figure("photo", (text("圖：計畫啟動記者會現場"),)),
    Paragraph((text("本計畫預計於115年12月31日前完成第一階段評估，相關資訊將公布於官網。"),)),
]

EN_BODY = [
    Paragraph(
        (
            text("The Ministry of Environment today announced the Net-Zero Green Living programme, starting in "),
            text("2027 with a first-year budget of NT$1.2 billion", Mark.BOLD),
            text(" to help local governments and companies cut emissions. "),
            text("“This is everyone’s responsibility,”", Mark.ITALIC),
            text(" the minister said."),
        )
    ),
    Heading(1, (text("Highlights"),)),
    ListItem(True, 0, (text("Subsidies of up to NT$50,000 per household for rooftop solar;"),)),
    ListItem(True, 1, (text("priority for remote areas and outlying islands;"),)),
    ListItem(True, 0, (text("greenhouse-gas inventories under ISO 14064 for companies."),)),
    ListItem(False, 0, (text("Details: "), text("www.moenv.gov.tw", Mark.UNDERLINE, href="https://www.moenv.gov.tw/"))),
    Quote((text("“Cutting carbon is not a slogan but a choice we make every day.” — Minister of Environment"),)),
    Figure("photo", (text("The programme launch in Taipei (臺北)."),)),
    Paragraph((text("The first phase will be evaluated by Dec. 31, 2026; updates will be posted online."),)),
]


def sample_release(*, status: Status = Status.DRAFT, embargo: bool = False) -> Release:
    release = Release(
        agency=Bilingual("環境部", "Ministry of Environment"),
        unit=Bilingual("氣候變遷署", "Climate Change Administration"),
        number="MOENV-115-1124",
        issued_at=datetime(2026, 11, 24, 10, 0, tzinfo=TAIPEI),
        dateline=Bilingual("臺北", "Taipei"),
        embargo_until=datetime(2026, 11, 25, 9, 30, tzinfo=TAIPEI) if embargo else None,
        end_mark=Bilingual("###", "###"),
        status=status,
        content={
            "zh-TW": LanguageContent(
                headline="環境部推動「淨零綠生活」計畫　首年投入12億元",
                subheadline="補助住宅太陽光電與企業溫室氣體盤查",
                body=list(ZH_BODY),
                boilerplate="環境部負責全國環境保護政策之規劃與推動。\n更多資訊請參閱官方網站。",
            ),
            "en": LanguageContent(
                headline="Ministry launches Net-Zero Green Living programme with NT$1.2 billion",
                subheadline="Rooftop solar subsidies and greenhouse-gas inventories for companies",
                body=list(EN_BODY),
                boilerplate="The Ministry of Environment plans and carries out Taiwan's environmental policy.",
            ),
        },
        contacts=[
            Contact(
                name=Bilingual("王小明", "Wang Hsiao-ming"),
                title=Bilingual("科長", "Section Chief"),
                office_phone="02-2311-7722 ext. 2101",
                mobile="0912-345-678",
                email="press@moenv.gov.tw",
                print_mobile=True,
            ),
            Contact(
                name=Bilingual("林美華", "Lin Mei-hua"),
                title=Bilingual("專員", "Specialist"),
                office_phone="02-2311-7722 ext. 2102",
                email="media@moenv.gov.tw",
            ),
        ],
        images=[
            Image("photo", "image/png", png_bytes(1200, 700), Bilingual("記者會", "Press conference")),
            Image("logo", "image/png", logo_bytes()),
        ],
        logo_image_id="logo",
    )
    return with_standing(release, status)


BUILT = "built"


def release_names() -> list[str]:
    """The release built here plus every bundled sample (announcement, long-report, …)."""
    return [BUILT, *sample_names()]


def named_release(name: str) -> Release:
    return sample_release() if name == BUILT else load_sample(name)
