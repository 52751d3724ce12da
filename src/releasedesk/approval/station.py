"""The print station: print the exporter's vector PDF through CUPS `lp`, only for a validly approved release.

Refusal happens before anything is rendered; every print that went out (to a printer or to `--to-pdf`) is one
line in the print log.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from releasedesk.approval.printlog import PrintRecord, append_record
from releasedesk.approval.verify import verify
from releasedesk.atomicfile import write_atomic
from releasedesk.errors import ReleaseDeskError
from releasedesk.export import export_release
from releasedesk.fileformat import load_release

if TYPE_CHECKING:
    from releasedesk.approval.signing import PublicKey
    from releasedesk.export.layout import LangChoice


class PrintRefused(ReleaseDeskError):
    """Not validly approved (or not signed by a trusted key when that is required): nothing was printed."""


@dataclass(frozen=True)
class PrintJob:
    """One print request at the print station: the file, who asks, the log, the queue and the copies."""

    file: Path
    by: str
    log: Path
    printer: str | None = None
    copies: int = 1
    to_pdf: Path | None = None
    lang: LangChoice = "both"
    trusted: list[PublicKey] | None = None
    require_signature: bool = False


def _lp(pdf: Path, printer: str | None, copies: int) -> str:
    """Send to CUPS; returns the request id line `lp` prints."""
    lp = shutil.which("lp")
    if lp is None:
        raise ReleaseDeskError("cannot print: CUPS 'lp' is not installed (use --to-pdf to write the PDF instead)")
    command = [lp, "-n", str(copies), "-t", pdf.stem]
    if printer:
        command += ["-d", printer]
    command.append(str(pdf))
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    except subprocess.TimeoutExpired:
        raise ReleaseDeskError("cannot print: 'lp' did not answer within 60 s") from None
    if done.returncode != 0:
        detail = (done.stderr or done.stdout).strip().splitlines()
        raise ReleaseDeskError(f"cannot print: {detail[-1] if detail else f'lp exited with {done.returncode}'}")
    return done.stdout.strip()


def print_release(job: PrintJob) -> PrintRecord:
    """Print an approved release (refusing anything else) and log it; the record written."""
    if job.copies < 1:
        raise ReleaseDeskError("--copies must be at least 1")
    release = load_release(job.file)
    verdict = verify(release, job.trusted, require_signature=job.require_signature)
    if not verdict.ok:
        raise PrintRefused(f"{job.file}: refused to print: {verdict.reason}")
    with tempfile.TemporaryDirectory(prefix="releasedesk-print-") as folder:
        pdf = Path(folder) / (job.file.stem + ".pdf")
        export_release(release, "pdf", pdf, lang=job.lang)
        if job.to_pdf is not None:
            try:
                write_atomic(job.to_pdf, pdf.read_bytes())
            except OSError as error:
                raise ReleaseDeskError(f"{job.to_pdf}: cannot write ({error.strerror or error})") from None
            printer = f"pdf:{job.to_pdf}"
        else:
            _lp(pdf, job.printer, job.copies)
            printer = job.printer or "(default printer)"
    record = PrintRecord(
        by=job.by,
        at=datetime.now().astimezone().replace(microsecond=0).isoformat(),
        file=str(job.file.resolve()),
        fingerprint=verdict.state.current,
        printer=printer,
        copies=job.copies,
    )
    append_record(job.log, record)
    return record
