"""Test releases built in code: every block type, both languages, images, contacts, and hostile text."""

from __future__ import annotations

import struct
import zlib
from datetime import datetime
from zoneinfo import ZoneInfo

from approved import with_standing
from releasedesk.model.release import Bilingual, Contact, Image, LanguageContent, Release, Status
from releasedesk.model.richtext import Figure, Heading, ListItem, Mark, Paragraph, Quote, text

LONG_URL = "https://example.gov.tw/" + "a/" * 138 + "end?q=1&r=<x>"  # 300+ characters


def png(width: int, height: int, rgb: tuple[int, int, int] = (30, 90, 160), dpi: int = 150) -> bytes:
    """A solid-colour PNG, written by hand so the tests need no imaging library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    row = b"\x00" + bytes(rgb) * width
    ppm = round(dpi / 0.0254)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + chunk(b"pHYs", struct.pack(">IIB", ppm, ppm, 1))
        + chunk(b"IDAT", zlib.compress(row * height))
        + chunk(b"IEND", b"")
    )


def full_release(status: Status = Status.DRAFT) -> Release:
    zh = LanguageContent(
        headline="交通部宣布推動智慧運輸新計畫",
        subheadline="預計於2027年前完成全臺主要路口升級",
        body=[
            Paragraph((text("交通部今（24）日宣布，將投入新臺幣"), text("120億元", Mark.BOLD), text("推動智慧運輸。"))),
            Heading(1, (text("計畫重點"),)),
            ListItem(True, 0, (text("第一階段：臺北、新北試辦"),)),
            ListItem(True, 0, (text("第二階段：六都全面導入"),)),
            ListItem(False, 1, (text("含公車優先號誌"),)),
            ListItem(True, 0, (text("第三階段：全國推廣"),)),
            Paragraph((text("詳情請見"), text("交通部網站", href="https://www.motc.gov.tw/"), text("。"))),
            ListItem(True, 0, (text("新清單第一項"),)),
            Quote((text("「這是臺灣交通的重要里程碑。」部長表示。"),)),
            Figure("photo", (text("部長主持記者會"),)),
            Paragraph((text("他說：“智慧交通”將改變生活。"),)),
        ],
        boilerplate="交通部負責全國交通政策。\n第二段說明。",
    )
    en = LanguageContent(
        headline="Ministry Launches Smart Transport Plan",
        subheadline="Major intersections to be upgraded by 2027",
        body=[
            Paragraph(
                (text("The Ministry announced "), text("NT$12 billion", Mark.BOLD), text(" for smart transport."))
            ),
            Heading(2, (text("Key points"),)),
            ListItem(False, 0, (text("Pilot in Taipei"),)),
            ListItem(False, 1, (text("Bus priority signals", Mark.ITALIC),)),
            ListItem(False, 0, (text("Rollout in six cities"),)),
            Quote((text("“A milestone for Taiwan,” the minister said."),)),
            Paragraph(
                (text("See "), text("the plan", Mark.UNDERLINE, href="https://www.motc.gov.tw/en/plan"), text("."))
            ),
            Figure("photo", (text("The minister at the press conference"),)),
        ],
        boilerplate="The Ministry of Transportation and Communications sets national transport policy.",
    )
    release = Release(
        agency=Bilingual("交通部", "Ministry of Transportation and Communications"),
        unit=Bilingual("路政司", "Department of Railways and Highways"),
        number="MOTC-115-1124",
        issued_at=datetime(2026, 11, 24, 10, 0, tzinfo=ZoneInfo("Asia/Taipei")),
        dateline=Bilingual("臺北", "Taipei"),
        status=status,
        content={"zh-TW": zh, "en": en},
        contacts=[
            Contact(
                name=Bilingual("王小明", "Wang Hsiao-ming"),
                title=Bilingual("科長", "Section Chief"),
                office_phone="02-2349-2000",
                mobile="0912-345-678",
                email="wang@motc.gov.tw",
            ),
            Contact(name=Bilingual("陳美玲", "Chen Mei-ling"), mobile="0922-000-111", print_mobile=True),
            Contact(name=Bilingual("林志偉", "Lin Chih-wei"), email="lin@motc.gov.tw"),
        ],
        images=[
            Image("photo", "image/png", png(1200, 600), Bilingual("記者會照片", "Press conference photo")),
            Image("logo", "image/png", png(120, 120, (200, 30, 30))),
        ],
        logo_image_id="logo",
    )
    return with_standing(release, status)


HOSTILE = "控制\x00字元\x0b與\x1b<b>AT&T</b> <&> 😀🇹🇼 \ud800 \ufffe end"


def hostile_release() -> Release:
    release = full_release()
    release.agency = Bilingual("機關\x07<&>", "Agency <&> \x0c")
    release.number = "No.\x01<1>"
    for content in release.content.values():
        content.headline = HOSTILE
        content.subheadline = "\x1f\ud83d"
        content.body.extend(
            [
                Paragraph((text(HOSTILE), text(LONG_URL, href=LONG_URL))),
                Paragraph((text("space link", href="https://ex ample.tw/路徑?a=b c"),)),
                ListItem(False, 8, (text("deep <level> & \x02"),)),
                Heading(3, (text("\x00"),)),
                Figure("missing", (text("no image <here>"),)),
                Figure("broken", (text("broken image"),)),
            ]
        )
    release.images.append(Image("broken", "image/png", b"not a png at all"))
    release.contacts.append(Contact(name=Bilingual("壞\x00", "Bad\ud800"), email="x@y.z<script>"))
    return release
