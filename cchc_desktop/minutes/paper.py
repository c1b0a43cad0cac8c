"""The paper path: a biên bản issued for signing on paper comes back signed, as a scan.

``issue.issue_minutes(paper=True)`` takes the number, locks the content and writes the final
unsigned PDF to print. Both sides sign it in ink; ``attach_signed`` then records the scanned
copy (a PDF, or photos of the pages made into one PDF) as the official copy: a blob in the
media store named by the register row, so it travels in packages like the signed PDFs, and a
copy in the outbox. ``recognise`` tells `minutes verify` that a file is such a scan.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cchc_desktop.atomic import write_atomic
from cchc_desktop.domain.dates import dmy, nd30_date, vietnam_now
from cchc_desktop.errors import UserError, pick
from cchc_desktop.minutes import register
from cchc_desktop.minutes.issue import outbox_path, stored_snapshot
from cchc_desktop.minutes.scan import scanned_pdf
from cchc_desktop.store.connection import transaction
from cchc_desktop.store.lookup import resolve

if TYPE_CHECKING:
    from cchc_desktop.store.workspace import Workspace

SCAN_LABEL_VI = "bản giấy đã ký (bản quét)"
SCAN_LABEL_EN = "signed on paper (scanned copy)"


@dataclass(frozen=True)
class Attached:
    record: dict[str, Any]
    pages: int
    outbox: Path


def awaiting_scan(ws: Workspace, inspection_id: str) -> dict[str, Any]:
    """The biên bản of the inspection that was issued for paper and waits for its scan."""
    latest = register.latest(ws, inspection_id)
    if latest is None or not (latest["signed"] and latest["paper"]):
        raise UserError(
            "Cuộc kiểm tra này chưa có biên bản phát hành để ký giấy. Hãy phát hành trước: "
            "«Phát hành để ký giấy» hoặc cchc minutes make ID -o FILE.pdf --final.",
            "This inspection has no minutes issued for signing on paper. Issue them first: "
            "'Issue for signing on paper' or cchc minutes make ID -o FILE.pdf --final.",
        )
    return latest


def attach_signed(ws: Workspace, inspection_ref: str, scans: list[Path]) -> Attached:
    """Record the scanned, paper-signed copy of the inspection's biên bản as the official one
    (every file checked first; all of it stored, or nothing)."""
    inspection_id = resolve(ws, "inspections", inspection_ref)
    record = awaiting_scan(ws, inspection_id)
    if record["scan_sha256"]:  # said before the files are read
        raise register.already_scanned(record)
    pdf, pages = scanned_pdf(scans)
    outbox = outbox_path(ws, stored_snapshot(ws, record), "-ban-giay")
    with transaction(ws.db):
        sha = ws.media.put_bytes(pdf)
        updated = register.record_scan(
            ws,
            record["id"],
            sha256=sha,
            pages=pages,
            scanned_at=vietnam_now().isoformat(timespec="seconds"),
        )
        write_atomic(outbox, pdf)
    return Attached(updated, pages, outbox)


def status_label(record: dict[str, Any]) -> str:
    """How the register names a revision's state: draft, digitally signed, awaiting its
    paper-signed scan, or signed on paper (scanned copy)."""
    if not record["signed"]:
        return pick("bản nháp (phiên bản cũ)", "draft (older version)")
    if not record["paper"]:
        return pick("đã ký số", "digitally signed")
    if record["scan_sha256"]:
        return pick(SCAN_LABEL_VI, SCAN_LABEL_EN)
    return pick("đã phát hành để ký giấy, chờ bản quét", "issued for paper, awaiting the scan")


@dataclass(frozen=True)
class Recognised:
    """A file the register knows as a paper-signed scan."""

    record: dict[str, Any]
    unit_name: str
    date: str

    def lines(self) -> list[str]:
        """What `minutes verify` says of the file."""
        r = self.record
        kind_vi = "Biên bản bổ sung" if r["revision_no"] > 1 else "Biên bản"
        kind_en = "Supplementary minutes" if r["revision_no"] > 1 else "Minutes"
        return [
            pick(
                f"{kind_vi} số {r['doc_number']} — {self.unit_name}, {nd30_date(self.date)}: "
                f"{SCAN_LABEL_VI}, {r['scan_pages']} trang.",
                f"{kind_en} {r['doc_number']} — {self.unit_name}, {self.date}: "
                f"{SCAN_LABEL_EN}, {r['scan_pages']} pages.",
            ),
            pick(
                f"Bản chính thức, được ghi nhận ngày {dmy(r['scanned_at'][:10])}; tệp trùng khớp "
                "từng byte với bản lưu trong sổ biên bản. Bản quét không có chữ ký số: chữ ký "
                "là chữ ký tay trên giấy.",
                f"The official copy, recorded on {r['scanned_at'][:10]}; the file matches the "
                "registered one byte for byte. A scan has no digital signature: the signatures "
                "are in ink on paper.",
            ),
        ]

    def as_dict(self) -> dict[str, Any]:
        r = self.record
        return {
            "paper_scan": True,
            "minutes_id": r["id"],
            "doc_number": r["doc_number"],
            "revision_no": r["revision_no"],
            "unit": self.unit_name,
            "date": self.date,
            "pages": r["scan_pages"],
            "scanned_at": r["scanned_at"],
            "status": SCAN_LABEL_VI,
        }


def recognise(ws: Workspace, data: bytes) -> Recognised | None:
    """The register's paper-signed scan this file is, byte for byte (else None)."""
    record = register.by_scan(ws, hashlib.sha256(data).hexdigest())
    if record is None:
        return None
    snapshot = stored_snapshot(ws, record)
    return Recognised(record, snapshot.unit_name, snapshot.date)
