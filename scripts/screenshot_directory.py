"""Screenshot of the contact directory dialog with realistic bilingual contacts (for docs/images/directory.png).

Run under a display, e.g.: Xvfb :98 -screen 0 1400x900x24 &
    DISPLAY=:98 .venv/bin/python scripts/screenshot_directory.py OUT.png
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from releasedesk.directory.repository import DirectoryContact, SqliteContactRepository
from releasedesk.gui.directory import DirectoryDialog
from releasedesk.gui.fonts import ui_font
from releasedesk.model.release import Bilingual

PEOPLE = [
    (
        "王小明",
        "Wang Hsiao-ming",
        "新聞科科長",
        "Section Chief, Press Office",
        "經濟部中小及新創企業署",
        "SME and Startup Administration, MOEA",
        "(02) 2366-1234 #56",
        "0912-345-678",
        "wang.hm@sme.gov.tw",
        ["SMEA press team", "媒體聯絡"],
    ),
    (
        "陳美玲",
        "Chen Mei-ling",
        "發言人",
        "Spokesperson",
        "經濟部",
        "Ministry of Economic Affairs",
        "(02) 2321-2200",
        "0933-222-111",
        "mlchen@moea.gov.tw",
        ["Spokespeople"],
    ),
    (
        "林志豪",
        "Lin Chih-hao",
        "專門委員",
        "Senior Specialist",
        "經濟部產業發展署",
        "Industrial Development Administration",
        "(02) 2754-1255",
        "",
        "chlin@ida.gov.tw",
        [],
    ),
    (
        "黃淑芬",
        "Huang Shu-fen",
        "科員",
        "Officer",
        "經濟部中小及新創企業署",
        "SME and Startup Administration, MOEA",
        "(02) 2366-1250",
        "0920-111-222",
        "sfhuang@sme.gov.tw",
        ["SMEA press team"],
    ),
    (
        "張雅婷",
        "Chang Ya-ting",
        "財經組記者",
        "Business Reporter",
        "中央通訊社",
        "Central News Agency",
        "(02) 2505-1180",
        "0955-666-777",
        "ytchang@cna.com.tw",
        ["財經記者"],
    ),
    (
        "李建宏",
        "Lee Chien-hung",
        "主任秘書",
        "Chief Secretary",
        "經濟部國際貿易署",
        "International Trade Administration",
        "(02) 2351-0271",
        "",
        "chlee@trade.gov.tw",
        [],
    ),
    (
        "吳怡君",
        "Wu Yi-chun",
        "編輯",
        "Editor",
        "公共電視",
        "Public Television Service",
        "(02) 2630-1111",
        "",
        "ycwu@pts.org.tw",
        ["TV"],
    ),
    (
        "",
        "Mary O'Brien",
        "",
        "Press Attaché",
        "",
        "Irish Trade Office, Taipei",
        "+886 2 2725-1691",
        "",
        "mary.obrien@example.ie",
        [],
    ),
    (
        "劉家豪",
        "Liu Chia-hao",
        "新聞聯絡人",
        "Media Liaison",
        "經濟部能源署",
        "Energy Administration",
        "(02) 2775-7777",
        "0911-000-123",
        "chliu@ea.gov.tw",
        ["媒體聯絡"],
    ),
    (
        "蔡淑惠",
        "Tsai Shu-hui",
        "科長",
        "Section Chief",
        "經濟部標準檢驗局",
        "Bureau of Standards, Metrology and Inspection",
        "(02) 2343-1700",
        "",
        "shtsai@bsmi.gov.tw",
        [],
    ),
]


def main(out: Path) -> None:
    from releasedesk.gui.slots import apply_refcount_guard

    apply_refcount_guard()  # as the application's start-up does (gui/slots.py)
    app = QApplication(sys.argv[:1])
    app.setFont(ui_font(10.0))
    with tempfile.TemporaryDirectory() as folder, SqliteContactRepository(Path(folder) / "c.sqlite3") as repo:
        for zh, en, tzh, ten, uzh, uen, office, mobile, email, tags in PEOPLE:
            repo.add(
                DirectoryContact(
                    name=Bilingual(zh, en),
                    title=Bilingual(tzh, ten),
                    unit=Bilingual(uzh, uen),
                    office_phone=office,
                    mobile=mobile,
                    email=email,
                    tags=tags,
                    notes="週三下午開會，急事請打手機。" if zh == "王小明" else "",
                    print_mobile=zh == "陳美玲",
                )
            )
        dialog = DirectoryDialog(repo)
        dialog.resize(1100, 600)
        dialog.show()
        dialog.search.setText("經濟部")
        wang = repo.search("王小明")[0]
        dialog.select_row(dialog.model.row_of(wang.id or 0))
        for _ in range(5):
            app.processEvents()
        dialog.grab().save(str(out))
        dialog.close()
    print(f"wrote {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/images/directory.png"))
