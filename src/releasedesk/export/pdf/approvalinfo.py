"""The approval in the PDF's document information: custom keys a print station or a person can read back.

`/ReleaseDeskFingerprint` (`sha256:…`), `/ReleaseDeskStanding` always; `/ReleaseDeskApprover` and
`/ReleaseDeskApprovedAt` (ISO 8601) when approved. reportlab writes only the standard keys, so the info object is
replaced by one that adds these (the standard ones are written exactly as reportlab writes them).
"""

from __future__ import annotations

from reportlab.pdfbase.pdfdoc import PDFDate, PDFDictionary, PDFInfo, PDFName, PDFString

from releasedesk.export.plan.approval import approval_properties
from releasedesk.export.plan.values import DocumentState


def approval_entries(state: DocumentState) -> dict[str, str]:
    """The custom info keys (without the leading slash): the names plan/approval.py gives every format."""
    return approval_properties(state)


class ApprovalInfo(PDFInfo):
    """reportlab's PDFInfo with extra text entries."""

    def __init__(self, base: PDFInfo, extra: dict[str, str]) -> None:
        super().__init__()
        self.__dict__.update(base.__dict__)
        self.extra = extra

    def format(self, document: object) -> bytes:
        entries = {
            "Title": PDFString(self.title),
            "Author": PDFString(self.author),
            "Producer": PDFString(self.producer),
            "Creator": PDFString(self.creator),
            "Subject": PDFString(self.subject),
            "Keywords": PDFString(self.keywords),
            "Trapped": PDFName(self.trapped),
        }
        entries["ModDate"] = entries["CreationDate"] = PDFDate(
            ts=document._timeStamp,  # type: ignore[attr-defined]
            dateFormatter=self._dateFormatter,
        )
        entries.update({key: PDFString(value) for key, value in self.extra.items()})
        return PDFDictionary(entries).format(document)
