"""Build the bundled sample releases in resources/samples/ from the texts in scripts/sample_texts/.

Run `.venv/bin/python scripts/make_samples.py` after changing a text or this script, and commit both. The output is
deterministic: fixed dates, images drawn with Pillow's bundled font, no timestamps anywhere.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

_HERE = Path(__file__).resolve().parent
if str(_HERE) not in sys.path:
    sys.path.insert(0, str(_HERE))

from sample_images import chart_png, logo_png  # noqa: E402
from sample_markup import read_content  # noqa: E402

from releasedesk.approval import workflow  # noqa: E402
from releasedesk.fileformat import FILE_SUFFIX, save_release  # noqa: E402
from releasedesk.model import Bilingual, Contact, Image, Release, Status  # noqa: E402
from releasedesk.pairs.states import confirm_all  # noqa: E402
from releasedesk.pairs.tracking import start_tracking  # noqa: E402

if TYPE_CHECKING:
    from collections.abc import Sequence

TEXTS = _HERE / "sample_texts"
SAMPLES = _HERE.parent / "resources" / "samples"
TAIPEI = ZoneInfo("Asia/Taipei")

AGENCY = Bilingual(zh="數位服務部", en="Ministry of Digital Services")
BOILERPLATE_SITE = "https://www.digital-services.example"


def _content(name: str) -> dict:
    """Both language versions of one sample text, in LANGUAGES order; missing files are missing languages."""
    out = {}
    for lang in ("zh-TW", "en"):
        path = TEXTS / f"{name}.{lang}.txt"
        if path.is_file():
            out[lang] = read_content(path)
    return out


def _press_office_contact() -> Contact:
    return Contact(
        name=Bilingual(zh="王志豪", en="Wang Chih-hao"),
        title=Bilingual(zh="發言人", en="Spokesperson"),
        unit=Bilingual(zh="公共事務室", en="Office of Public Affairs"),
        office_phone="(02) 2700-5100 #1101",
        mobile="0933-218-465",
        email="press@digital-services.example",
        print_mobile=True,
    )


def announcement() -> Release:
    """About two A4 pages in both languages, using every kind of block and mark."""
    chart = chart_png(
        title="Digital Companion pilot: assisted visits per month",
        labels=("2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10"),
        series={"Assisted visits": (1420, 2215, 2870, 3340, 3985, 4410)},
        unit="visits",
    )
    return Release(
        agency=AGENCY,
        unit=Bilingual(zh="數位包容司", en="Department of Digital Inclusion"),
        number="MODS-2026-1124-01",
        issued_at=datetime(2026, 11, 24, 10, 0, tzinfo=TAIPEI),
        dateline=Bilingual(zh="台北", en="Taipei"),
        status=Status.DRAFT,
        content=_content("announcement"),
        contacts=[
            Contact(
                name=Bilingual(zh="陳怡君", en="Chen Yi-chun"),
                title=Bilingual(zh="科長", en="Section Chief"),
                unit=Bilingual(zh="數位包容司", en="Department of Digital Inclusion"),
                office_phone="(02) 2700-5100 #3120",
                mobile="0912-345-678",
                email="yichun.chen@digital-services.example",
                print_mobile=False,
            ),
            _press_office_contact(),
            Contact(
                name=Bilingual(zh="林佩蓉", en="Lin Pei-jung"),
                title=Bilingual(zh="專員", en="Program Officer"),
                unit=Bilingual(zh="數位包容司", en="Department of Digital Inclusion"),
                office_phone="(02) 2700-5100 #3127",
                email="peijung.lin@digital-services.example",
            ),
        ],
        images=[
            Image(
                "logo",
                "image/png",
                logo_png(),
                Bilingual(zh="數位服務部部徽", en="Emblem of the Ministry of Digital Services"),
            ),
            Image(
                "pilot-chart",
                "image/png",
                chart,
                Bilingual(
                    zh="長條圖：試辦期間每月陪伴服務人次，自115年5月的1,420人次逐月增加至10月的4,410人次。",
                    en="Bar chart: assisted visits per month during the pilot, rising every month from 1,420 in "
                    "May 2026 to 4,410 in October 2026.",
                ),
            ),
        ],
        logo_image_id="logo",
    )


def long_report() -> Release:
    """An embargoed annual report of 8+ A4 pages per language: the stress case for pagination and exports."""
    speeds = chart_png(
        title="Median download speed in served villages (Mbps)",
        labels=("North", "T-H-M", "Central", "Y-C-T", "K-P", "East", "Islands"),
        series={
            "Before (2025)": (38, 31, 27, 22, 25, 14, 11),
            "After (2026)": (412, 388, 356, 341, 367, 305, 118),
        },
        unit="Mbps",
    )
    subsidy = chart_png(
        title="Households receiving the broadband affordability subsidy, 2026",
        labels=("Q1", "Q2", "Q3", "Q4"),
        series={"Households": (18_400, 31_900, 44_750, 52_300)},
        unit="households",
        line=True,
    )
    return Release(
        agency=AGENCY,
        unit=Bilingual(zh="網路基礎建設司", en="Department of Network Infrastructure"),
        number="MODS-2027-0303-02",
        issued_at=datetime(2027, 3, 3, 10, 0, tzinfo=TAIPEI),
        dateline=Bilingual(zh="台北", en="Taipei"),
        embargo_until=datetime(2027, 3, 3, 10, 0, tzinfo=TAIPEI),
        status=Status.IN_REVIEW,
        content=_content("long-report"),
        contacts=[
            Contact(
                name=Bilingual(zh="劉建宏", en="Liu Chien-hung"),
                title=Bilingual(zh="副司長", en="Deputy Director-General"),
                unit=Bilingual(zh="網路基礎建設司", en="Department of Network Infrastructure"),
                office_phone="(02) 2700-5100 #4201",
                mobile="0921-556-013",
                email="chienhung.liu@digital-services.example",
                print_mobile=False,
            ),
            _press_office_contact(),
        ],
        images=[
            Image(
                "speed-chart",
                "image/png",
                speeds,
                Bilingual(
                    zh="長條圖：各區受惠村里的下載速率中位數，計畫前後對照；本島各區由每秒11至38 Mbps提升至305至412 "
                    "Mbps，離島提升至118 Mbps。",
                    en="Bar chart comparing median download speeds in served villages before and after the program: "
                    "from 11–38 Mbps to 305–412 Mbps on the main island, and to 118 Mbps on the outlying islands.",
                ),
            ),
            Image(
                "subsidy-chart",
                "image/png",
                subsidy,
                Bilingual(
                    zh="折線圖：115年各季領取寬頻資費補助的家戶數，由第一季18,400戶增加至第四季52,300戶。",
                    en="Line chart: households receiving the affordability subsidy in 2026, from 18,400 in the first "
                    "quarter to 52,300 in the fourth.",
                ),
            ),
        ],
    )


def english_only() -> Release:
    """A short approved media advisory with English content only: submitted and approved by two people."""
    release = Release(
        agency=AGENCY,
        unit=Bilingual(zh="資料治理司", en="Department of Data Governance"),
        number="MODS-2026-1201-03",
        issued_at=datetime(2026, 12, 1, 9, 30, tzinfo=TAIPEI),
        dateline=Bilingual(zh="台北", en="Taipei"),
        status=Status.DRAFT,
        content=_content("english-only"),
        contacts=[_press_office_contact()],
    )
    workflow.submit(release, "Lin Mei-hua", at=datetime(2026, 11, 30, 11, 40, tzinfo=TAIPEI))
    workflow.approve(release, "Wang Chih-hao", at=datetime(2026, 11, 30, 14, 5, tzinfo=TAIPEI))
    return release


def _paired(release: Release) -> Release:
    """Every sample is fully paired and confirmed in sync: the texts were written as each other's translation."""
    if not start_tracking(release):
        raise SystemExit("a sample's two bodies differ in block types: they cannot pair by position")
    confirm_all(release)
    return release


def build_samples() -> dict[str, Release]:
    """Every sample by file name (without the suffix)."""
    samples = {"announcement": announcement(), "long-report": long_report(), "english-only": english_only()}
    return {name: _paired(release) for name, release in samples.items()}


def write_samples(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, release in build_samples().items():
        path = folder / f"{name}{FILE_SUFFIX}"
        save_release(release, path, keep_backup=False)
        written.append(path)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=SAMPLES, help=f"folder to write to (default: {SAMPLES})")
    args = parser.parse_args(argv)
    for path in write_samples(args.out):
        print(f"wrote {path} ({path.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
