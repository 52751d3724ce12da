"""`releasedesk print` through a real CUPS: a private cupsd with a cups-pdf queue, started and stopped here.

cups-pdf reads its settings only from /etc/cups (compiled in), so the queue gets its own instance file there,
`cups-pdf-<unique>.conf`, pointing its output at this test's folder; the test removes it afterwards. cups-pdf
re-distills through PostScript and Ghostscript, which drops the text layer's Unicode mapping, so the output is
checked by rendering it next to the exporter's own PDF rather than by pdftotext.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PIL import Image, ImageChops, ImageStat

from releasedesk import cli
from releasedesk.approval import workflow
from releasedesk.approval.printlog import read_records
from releasedesk.fileformat import save_release
from releasedesk.samples import load_sample

if TYPE_CHECKING:
    from collections.abc import Iterator

CUPSD = Path("/usr/sbin/cupsd")
CUPS_PDF = Path("/usr/lib/cups/backend/cups-pdf")
PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")

pytestmark = pytest.mark.skipif(
    not (CUPSD.exists() and CUPS_PDF.exists() and PPD.exists() and shutil.which("lp") and os.geteuid() == 0),
    reason="needs root, cupsd, lp and printer-driver-cups-pdf (scripts/bootstrap.sh installs them)",
)


def _wait_for(predicate, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return False


@pytest.fixture
def cups_queue(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[str, Path]]:
    root = Path(tempfile.mkdtemp(prefix="rd-cups-"))  # not under pytest's 0700 folder: filters run as user lp
    os.chmod(root, 0o755)
    spool, out = root / "spool", root / "out"
    for folder in (spool / "tmp", root / "cache", root / "state", root / "log", out):
        folder.mkdir(parents=True, exist_ok=True)
    shutil.chown(spool, "root", "lp")
    shutil.chown(spool / "tmp", "root", "lp")
    os.chmod(spool, 0o710)
    os.chmod(spool / "tmp", 0o1770)
    socket = root / "cups.sock"
    (root / "cupsd.conf").write_text(
        f"LogLevel warn\nListen {socket}\nBrowsing Off\nDefaultAuthType None\nWebInterface No\n"
        "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n",
        encoding="ascii",
    )
    (root / "cups-files.conf").write_text(
        f"ServerRoot {root}\nRequestRoot {spool}\nTempDir {spool / 'tmp'}\nCacheDir {root / 'cache'}\n"
        f"StateDir {root / 'state'}\nAccessLog {root / 'log/access_log'}\nErrorLog {root / 'log/error_log'}\n"
        f"PageLog {root / 'log/page_log'}\nServerBin /usr/lib/cups\nDataDir /usr/share/cups\n",
        encoding="ascii",
    )
    instance = f"releasedesk-test-{os.getpid()}-{root.name[-6:]}"
    instance_conf = Path(f"/etc/cups/cups-pdf-{instance}.conf")
    instance_conf.write_text(f"Out {out}\nAnonDirName {out}\nLabel 0\nGrp root\n", encoding="ascii")
    daemon = subprocess.Popen(
        [str(CUPSD), "-f", "-c", str(root / "cupsd.conf"), "-s", str(root / "cups-files.conf")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        assert _wait_for(socket.exists, 15), "cupsd did not start"
        monkeypatch.setenv("CUPS_SERVER", str(socket))
        subprocess.run(
            ["lpadmin", "-p", "rd-pdf", "-v", f"cups-pdf:/{instance}", "-P", str(PPD), "-E"],
            check=True,
            capture_output=True,
        )
        yield "rd-pdf", out
    finally:
        daemon.send_signal(signal.SIGTERM)
        try:
            daemon.wait(timeout=15)
        except subprocess.TimeoutExpired:
            daemon.kill()
            daemon.wait()
        instance_conf.unlink(missing_ok=True)
        shutil.rmtree(root, ignore_errors=True)


def _page(pdf: Path, number: int, prefix: Path) -> Image.Image:
    page = str(number)
    subprocess.run(["pdftoppm", "-r", "30", "-gray", "-f", page, "-l", page, str(pdf), str(prefix)], check=True)
    (image,) = prefix.parent.glob(f"{prefix.name}*.pgm")
    return Image.open(image)


def _difference(a: Image.Image, b: Image.Image) -> float:
    size = (min(a.width, b.width), min(a.height, b.height))
    return ImageStat.Stat(ImageChops.difference(a.crop((0, 0, *size)), b.crop((0, 0, *size)))).mean[0]


def test_an_approved_release_prints_through_cups_and_others_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], cups_queue: tuple[str, Path]
) -> None:
    printer, out = cups_queue
    office = tmp_path / "office.toml"
    office.write_text(f'print_log = "{tmp_path / "log.jsonl"}"\n', encoding="utf-8")
    monkeypatch.setenv("RELEASEDESK_OFFICE", str(office))
    path = tmp_path / "advisory.rdrelease"
    release = load_sample("announcement")
    workflow.submit(release, "林美華")
    save_release(release, path)

    assert cli.main(["print", str(path), "--printer", printer]) == 3  # in review: refused, nothing queued
    assert "refused to print" in capsys.readouterr().err

    workflow.approve(release, "王小明")
    save_release(release, path)
    assert cli.main(["print", str(path), "--printer", printer]) == 0, capsys.readouterr().err
    assert _wait_for(lambda: any(out.glob("*.pdf")), 90), "cups-pdf wrote nothing"
    (printed,) = out.glob("*.pdf")
    assert _wait_for(lambda: subprocess.run(["pdfinfo", str(printed)], capture_output=True).returncode == 0, 30)

    reference = tmp_path / "reference.pdf"
    assert cli.main(["print", str(path), "--to-pdf", str(reference)]) == 0
    info = subprocess.run(["pdfinfo", str(printed)], capture_output=True, text=True, check=True).stdout
    pages = subprocess.run(["pdfinfo", str(reference)], capture_output=True, text=True, check=True).stdout
    page_count = [line for line in pages.splitlines() if line.startswith("Pages:")]
    assert page_count
    assert page_count[0] in info.splitlines()
    printed_1, reference_1 = _page(printed, 1, tmp_path / "p1"), _page(reference, 1, tmp_path / "r1")
    reference_2 = _page(reference, 2, tmp_path / "r2")
    assert _difference(reference_1, Image.new("L", reference_1.size, 255)) > 8  # a page with text on it ...
    same, other = _difference(printed_1, reference_1), _difference(printed_1, reference_2)
    assert same < 6, (same, other)
    assert same < other / 2, (same, other)  # ... is what came out of the queue, not another page

    records = read_records(tmp_path / "log.jsonl")
    assert [record.printer for record in records] == [printer, f"pdf:{reference}"]
    with contextlib.suppress(FileNotFoundError):
        assert "DRAFT" not in subprocess.run(["pdftotext", str(reference), "-"], capture_output=True, text=True).stdout
