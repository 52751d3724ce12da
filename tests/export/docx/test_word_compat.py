"""Word opens our DOCX without a repair prompt: schema-valid parts and none of Word's known repair triggers.

There is no Word here, so this uses openxml-audit: the ECMA-376 schemas plus rules that encode what makes Word
repair or rewrite a file (e.g. duplicate drawing ids). LibreOffice, the other client, is tested separately.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from export.docx.docx_releases import full_release, hostile_release
from releasedesk.export.docx import export_docx
from releasedesk.model.release import Status
from releasedesk.samples import load_sample, sample_names


def test_every_export_is_schema_valid_and_opens_cleanly_in_word(tmp_path: Path) -> None:
    releases = {name: load_sample(name) for name in sample_names()}
    releases |= {"built": full_release(), "approved": full_release(Status.APPROVED), "hostile": hostile_release()}
    for name, release in releases.items():
        for lang in ("zh-TW", "en", "both"):
            if lang == "both" or lang in release.content:
                export_docx(release, tmp_path / f"{name}-{lang}.docx", lang=lang)
    audit = Path(sys.executable).with_name("openxml-audit")
    result = subprocess.run(
        [str(audit), "--recursive", "--output", "json", "--max-errors", "0", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    reports = json.loads(result.stdout)
    assert len(reports) == len(list(tmp_path.glob("*.docx"))) > 10
    problems = {
        Path(report["file"]).name: [error["description"] for error in report["errors"]]
        for report in reports
        if not report["valid"] or report["errors"] or report["verdict"]["prediction"] != "opens-clean"
    }
    assert problems == {}
