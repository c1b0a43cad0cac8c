"""The minutes register (table ``minutes``): drafts, signed revisions, and how a record may move.

How a record evolves:
- Nothing is stored while the biên bản is a draft: a draft is rendered from the inspection as
  it is, shown, and thrown away (``issue.draft_minutes``). (Databases of version 0.1 may still
  hold draft rows, ``signed`` 0; they are replaced when the revision is issued.)
- Issuing creates the row with ``signed`` 1 and ``signed_at``: the first digital signature, or
  the issue for signing on paper (``paper`` 1, no digital signer). From then on the content
  columns never change (triggers enforce it) and the inspection is locked (``da_ky``).
- A paper issue receives its scanned signed copy once (``scan_sha256``, ``scan_pages``,
  ``scanned_at``): the official copy from then on.
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
    " page_count, signed, signed_at, signers, paper, scan_sha256, scan_pages, scanned_at, rev,"
    " updated_at"
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
    row["paper"] = bool(row["paper"])
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


def by_scan(ws: Workspace, sha256: str) -> dict[str, Any] | None:
    """The minutes whose recorded paper-signed scan has this hash (a file handed to verify)."""
    rows = fetch_all(
        ws.db, f"SELECT {COLUMNS} FROM minutes WHERE scan_sha256 = ? AND deleted = 0", [sha256]
    )
    return _decode(rows[0]) if rows else None


def save_issued(
    ws: Workspace,
    *,
    inspection_id: str,
    revision_no: int,
    supersedes_id: str | None,
    doc_number: str,
    pdf_sha256: str,
    snapshot_sha256: str,
    page_count: int,
    signed_at: str,
    signers: list[dict[str, Any]],
    paper: bool,
) -> str:
    """Record an issued revision (digitally signed, or issued for paper) and lock the
    inspection; return the record's id. An issued revision is never issued again."""
    record_id = minutes_id(inspection_id, revision_no)
    values = {
        "inspection_id": inspection_id,
        "revision_no": revision_no,
        "supersedes_id": supersedes_id,
        "doc_number": doc_number,
        "pdf_sha256": pdf_sha256,
        "snapshot_sha256": snapshot_sha256,
        "page_count": page_count,
        "signed": 1,
        "signed_at": signed_at,
        "signers": json.dumps(signers, ensure_ascii=False, sort_keys=True),
        "paper": int(paper),
    }
    with transaction(ws.db):
        current = records.get(ws, "minutes", record_id, include_deleted=True)
        if current is None:
            records.insert(ws, "minutes", values, record_id=record_id)
        elif current["signed"]:
            raise UserError(
                f"Biên bản số {current['doc_number']} đã phát hành, không phát hành lại được.",
                f"Minutes {current['doc_number']} are already issued.",
            )
        else:  # a draft row of an earlier version of the app
            records.update(ws, "minutes", record_id, {**values, "deleted": 0})
        _lock(ws, inspection_id)
    return record_id


def _lock(ws: Workspace, inspection_id: str) -> None:
    inspection = records.get(ws, "inspections", inspection_id)
    if inspection is not None and inspection["status"] != STATUS_SIGNED:
        records.update(ws, "inspections", inspection_id, {"status": STATUS_SIGNED})


def already_scanned(record: dict[str, Any]) -> UserError:
    """The refusal of a second scan: the one recorded stays the official copy."""
    return UserError(
        f"Đã nhận bản giấy đã ký của Biên bản số {record['doc_number']} "
        f"({record['scanned_at'][:10]}); bản đã nhận là bản chính thức, không thay được.",
        f"The paper-signed copy of minutes {record['doc_number']} was recorded "
        f"({record['scanned_at'][:10]}); it is the official copy and cannot be replaced.",
    )


def record_scan(
    ws: Workspace, record_id: str, *, sha256: str, pages: int, scanned_at: str
) -> dict[str, Any]:
    """The scanned paper-signed copy of a biên bản issued for paper, recorded once."""
    current = get(ws, record_id)
    if not (current["signed"] and current["paper"]):
        raise UserError(
            f"Biên bản số {current['doc_number']} không phát hành để ký giấy; không nhận bản "
            "quét cho nó.",
            f"Minutes {current['doc_number']} were not issued for signing on paper.",
        )
    if current["scan_sha256"]:
        raise already_scanned(current)
    records.update(
        ws,
        "minutes",
        record_id,
        {"scan_sha256": sha256, "scan_pages": pages, "scanned_at": scanned_at},
    )
    return get(ws, record_id)


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
        _lock(ws, current["inspection_id"])
    return get(ws, record_id)
