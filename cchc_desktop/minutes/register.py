"""The minutes register (table ``minutes``): drafts, signed revisions, and how a record may move.

How a record evolves:
- A draft (``signed`` 0) is replaced freely while the inspection is open: each make renders
  the current snapshot and points the record at the new PDF and snapshot blobs.
- The first digital signature sets ``signed`` 1 and ``signed_at``; from then on the content
  columns never change (a trigger enforces it) and the inspection is locked (``da_ky``).
- A further signature replaces ``pdf_sha256`` with a PDF that *extends* the previous one (an
  incremental update: the old file is a byte prefix of the new one, checked here) and appends
  to ``signers``. Every earlier PDF stays in the media store, and the audit log keeps each
  hash, so every stage of the signed document can be shown again.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from cchc_desktop.errors import UserError
from cchc_desktop.store import records
from cchc_desktop.store.connection import fetch_all, transaction
from cchc_desktop.store.inspections import STATUS_SIGNED

if TYPE_CHECKING:
    from cchc_desktop.store.workspace import Workspace

COLUMNS = (
    "id, inspection_id, revision_no, supersedes_id, doc_number, pdf_sha256, snapshot_sha256,"
    " page_count, signed, signed_at, signers, rev, updated_at"
)


def minutes_id(inspection_id: str, revision_no: int) -> str:
    """A revision's identity is (inspection, revision number), the same on every laptop."""
    return records.natural_id("minutes", inspection_id, str(revision_no))


def _decode(row: dict[str, Any]) -> dict[str, Any]:
    row = dict(row)
    try:  # a stored list that cannot be read names no signer (`cchc check` reports it)
        signers = json.loads(row["signers"] or "[]")
    except (TypeError, ValueError, RecursionError):
        signers = []
    row["signers"] = signers if isinstance(signers, list) else []
    row["signed"] = bool(row["signed"])
    return row


def of_inspection(ws: Workspace, inspection_id: str) -> list[dict[str, Any]]:
    """The inspection's minutes, first revision first."""
    rows = fetch_all(
        ws.db,
        f"SELECT {COLUMNS} FROM minutes WHERE inspection_id = ? AND deleted = 0"
        " ORDER BY revision_no",
        [inspection_id],
    )
    return [_decode(r) for r in rows]


def latest(ws: Workspace, inspection_id: str) -> dict[str, Any] | None:
    found = of_inspection(ws, inspection_id)
    return found[-1] if found else None


def get(ws: Workspace, record_id: str) -> dict[str, Any]:
    rows = fetch_all(ws.db, f"SELECT {COLUMNS} FROM minutes WHERE id = ?", [record_id])
    if not rows:
        raise UserError(
            f"Không có biên bản {record_id}.", f"There are no minutes with id {record_id}."
        )
    return _decode(rows[0])


def by_pdf(ws: Workspace, sha256: str) -> dict[str, Any] | None:
    """The minutes whose current PDF has this hash (a file handed to `minutes sign`)."""
    rows = fetch_all(
        ws.db, f"SELECT {COLUMNS} FROM minutes WHERE pdf_sha256 = ? AND deleted = 0", [sha256]
    )
    return _decode(rows[0]) if rows else None


def save_draft(
    ws: Workspace,
    *,
    inspection_id: str,
    revision_no: int,
    supersedes_id: str | None,
    doc_number: str,
    pdf_sha256: str,
    snapshot_sha256: str,
    page_count: int,
) -> str:
    """Create or replace the unsigned draft of one revision; return its id."""
    record_id = minutes_id(inspection_id, revision_no)
    values = {
        "inspection_id": inspection_id,
        "revision_no": revision_no,
        "supersedes_id": supersedes_id,
        "doc_number": doc_number,
        "pdf_sha256": pdf_sha256,
        "snapshot_sha256": snapshot_sha256,
        "page_count": page_count,
        "signed": 0,
        "signers": "[]",
    }
    with transaction(ws.db):
        current = records.get(ws, "minutes", record_id, include_deleted=True)
        if current is None:
            return records.insert(ws, "minutes", values, record_id=record_id)
        if current["signed"]:
            raise UserError(
                f"Biên bản số {current['doc_number']} đã ký, không thay được.",
                f"Minutes {current['doc_number']} are signed and cannot be replaced.",
            )
        records.update(ws, "minutes", record_id, {**values, "deleted": 0})
    return record_id


def pdf_extends(old: bytes, new: bytes) -> bool:
    """Whether ``new`` is ``old`` with something appended (an incremental update)."""
    return len(new) > len(old) and new[: len(old)] == old


def record_signature(
    ws: Workspace, record_id: str, *, old_pdf: bytes, new_pdf: bytes, entry: dict[str, Any]
) -> dict[str, Any]:
    """Store a newly signed PDF for the minutes and lock the inspection; return the record."""
    current = get(ws, record_id)
    if not pdf_extends(old_pdf, new_pdf):
        raise UserError(
            "Tệp đã ký không nối tiếp bản biên bản đang lưu; không ghi nhận.",
            "The signed file does not extend the stored minutes; not recorded.",
        )
    sha = ws.media.put_bytes(new_pdf)
    signers = [*current["signers"], entry]
    changes: dict[str, Any] = {
        "pdf_sha256": sha,
        "signers": json.dumps(signers, ensure_ascii=False, sort_keys=True),
        "signed": 1,
    }
    if not current["signed"]:
        changes["signed_at"] = entry["signed_at"]
    with transaction(ws.db):
        records.update(ws, "minutes", record_id, changes)
        inspection = records.get(ws, "inspections", current["inspection_id"])
        if inspection is not None and inspection["status"] != STATUS_SIGNED:
            records.update(ws, "inspections", inspection["id"], {"status": STATUS_SIGNED})
    return get(ws, record_id)
