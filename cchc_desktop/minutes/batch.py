"""Many biên bản at once: which inspections have one, in which state, in the order they print.

The secretary prints a plan's biên bản in one job ("all signed in this plan", or a ticked
list) or exports them as one combined copy for a print shop. Each inspection contributes its
latest revision's current PDF as stored (a signed one with every signature); an inspection
without a made biên bản is named and left out, never silently dropped.
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
    signed: bool
    pdf_sha256: str | None
    page_count: int

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
    def state(self) -> str:
        """ "Đã ký", "Bản nháp" or "Chưa lập" (in the message language)."""
        if not self.has_minutes:
            return pick("Chưa lập biên bản", "No minutes yet")
        return pick("Đã ký", "Signed") if self.signed else pick("Bản nháp", "Draft")


_ITEMS_SQL = """
SELECT i.id, u.name AS unit_name, i.date, p.number AS plan_number,
       m.doc_number, m.revision_no, m.signed, m.pdf_sha256, m.page_count
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
        )
        for r in rows
    ]


def signed_only(items: list[BatchItem]) -> list[BatchItem]:
    """ "Every signed biên bản": the items whose latest revision is signed."""
    return [item for item in items if item.signed]


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
            f"Chưa lập biên bản cho {len(missing)} cuộc kiểm tra; hãy lập biên bản (thẻ «Ký & "
            f"xuất») hoặc bỏ chúng khỏi danh sách:{lines}",
            f"{len(missing)} inspection(s) have no minutes yet; make them (the «Ký & xuất» "
            f"tab) or leave them out:{lines}",
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
