"""Many biên bản at once: which inspections have one, in which state, in the order they print.

The secretary prints a plan's biên bản in one job ("all signed in this plan", or a ticked
list) or exports them as one combined copy for a print shop. Each inspection contributes its
latest issued revision's official copy as stored: the digitally signed PDF with every
signature, the scan of one signed on paper, or (issued for paper, scan not back yet) the final
PDF that was printed. An inspection whose biên bản is not issued has nothing stored (a draft is
never kept): it is named and left out, never silently dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from cchc_desktop.domain.dates import dmy
from cchc_desktop.errors import UserError, pick
from cchc_desktop.store.connection import fetch_all
from cchc_desktop.store.lookup import resolve

if TYPE_CHECKING:
    from cchc_desktop.store.workspace import Workspace


@dataclass(frozen=True)
class BatchItem:
    """One inspection and the biên bản it would print (none yet: ``pdf_sha256`` is None)."""

    inspection_id: str
    unit_name: str
    date: str
    plan_number: str
    doc_number: str
    revision_no: int
    signed: bool  # issued: digitally signed, or issued for signing on paper
    pdf_sha256: str | None  # the official copy (the scan of a paper-signed one)
    page_count: int
    paper: bool = False
    scanned: bool = False

    @property
    def has_minutes(self) -> bool:
        return self.pdf_sha256 is not None

    @property
    def title(self) -> str:
        """ "Biên bản số 05/BB-ĐKT – Xã Khánh Xuân (04/07/2024)", as progress and lists say it."""
        kind = "Biên bản bổ sung" if self.revision_no > 1 else "Biên bản"
        number = f" số {self.doc_number}" if self.doc_number else ""
        return f"{kind}{number} – {self.unit_name} ({dmy(self.date)})"

    @property
    def complete(self) -> bool:
        """Signed by the parties: digitally, or on paper with the scan recorded."""
        return self.signed and (not self.paper or self.scanned)

    @property
    def state(self) -> str:
        """ "Đã ký số", "Bản giấy đã ký", "Chờ ký giấy", "Chưa phát hành" (in the message
        language)."""
        if not self.has_minutes:
            return pick("Chưa phát hành", "Not issued yet")
        if not self.signed:
            return pick("Bản nháp (phiên bản cũ)", "Draft (older version)")
        if not self.paper:
            return pick("Đã ký số", "Digitally signed")
        if self.scanned:
            return pick("Bản giấy đã ký (bản quét)", "Signed on paper (scan)")
        return pick("Chờ ký giấy", "Awaiting signatures on paper")


_ITEMS_SQL = """
SELECT i.id, u.name AS unit_name, i.date, p.number AS plan_number,
       m.doc_number, m.revision_no, m.signed, m.paper, m.scan_sha256,
       coalesce(m.scan_sha256, m.pdf_sha256) AS pdf_sha256,
       CASE WHEN m.scan_sha256 IS NULL THEN m.page_count ELSE m.scan_pages END AS page_count
FROM inspections i
JOIN units u ON u.id = i.unit_id
JOIN plans p ON p.id = i.plan_id
LEFT JOIN minutes m ON m.id = (
    SELECT id FROM minutes WHERE inspection_id = i.id AND deleted = 0
    ORDER BY revision_no DESC LIMIT 1)
WHERE i.deleted = 0 {filters}
ORDER BY i.date, u.sort_key, i.id
"""


def batch_items(
    ws: Workspace, *, plan: str | None = None, inspections: list[str] | None = None
) -> list[BatchItem]:
    """The inspections of ``plan`` (or those named, or all), by date then unit, each with its
    latest biên bản: the order a batch prints in."""
    filters, params = "", []
    if plan:
        filters += " AND i.plan_id = ?"
        params.append(resolve(ws, "plans", plan))
    if inspections is not None:
        wanted = [resolve(ws, "inspections", ref) for ref in inspections]
        if not wanted:
            return []
        filters += f" AND i.id IN ({','.join('?' for _ in wanted)})"
        params += wanted
    rows = fetch_all(ws.db, _ITEMS_SQL.format(filters=filters), params)
    return [
        BatchItem(
            inspection_id=r["id"],
            unit_name=r["unit_name"],
            date=r["date"],
            plan_number=r["plan_number"],
            doc_number=r["doc_number"] or "",
            revision_no=int(r["revision_no"] or 1),
            signed=bool(r["signed"]),
            pdf_sha256=r["pdf_sha256"],
            page_count=int(r["page_count"] or 0),
            paper=bool(r["paper"]),
            scanned=r["scan_sha256"] is not None,
        )
        for r in rows
    ]


def signed_only(items: list[BatchItem]) -> list[BatchItem]:
    """ "Every signed biên bản": the items whose latest revision is signed by the parties
    (digitally, or on paper with its scan)."""
    return [item for item in items if item.complete]


def refuse_without_minutes(items: list[BatchItem]) -> None:
    """Refuse a batch that names an inspection with no biên bản yet (one line per unit), or
    that names nothing at all."""
    if not items:
        raise UserError(
            "Chưa chọn biên bản nào để in hoặc xuất.", "No minutes were chosen to print or export."
        )
    missing = [item for item in items if not item.has_minutes]
    if missing:
        lines = "".join(f"\n- {i.unit_name} ({dmy(i.date)})" for i in missing)
        raise UserError(
            f"Chưa phát hành biên bản cho {len(missing)} cuộc kiểm tra; hãy phát hành (ký số, "
            f"hoặc phát hành để ký giấy, ở thẻ «Ký & xuất») hoặc bỏ chúng khỏi danh sách:{lines}",
            f"{len(missing)} inspection(s) have no issued minutes yet; issue them (signed, or "
            f"issued for signing on paper, in the «Ký & xuất» tab) or leave them out:{lines}",
        )


def read_documents(ws: Workspace, items: list[BatchItem]) -> list[tuple[BatchItem, bytes]]:
    """Each item's PDF as stored (the originals are only read, never changed)."""
    refuse_without_minutes(items)
    documents = []
    for item in items:
        assert item.pdf_sha256 is not None
        if not ws.media.has(item.pdf_sha256):
            raise UserError(
                f"Thiếu tệp PDF của {item.title} trong thư mục dữ liệu; hãy chạy «cchc check».",
                f"The PDF of {item.title} is missing from the data folder; run «cchc check».",
            )
        documents.append((item, ws.media.read(item.pdf_sha256)))
    return documents
