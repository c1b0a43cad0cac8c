"""Finding a record from what a person types: its id, the start of its id, or a natural key."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from cchc_desktop.domain.text import nfc
from cchc_desktop.errors import NotFound, UserError
from cchc_desktop.store import records

if TYPE_CHECKING:
    from cchc_desktop.store.workspace import Workspace

_ID_PREFIX = re.compile(r"^[0-9a-f-]{4,36}$")

# What each table is called in messages.
NAMES: dict[str, tuple[str, str]] = {
    "units": ("đơn vị", "unit"),
    "plans": ("kế hoạch", "plan"),
    "teams": ("đoàn kiểm tra", "team"),
    "inspections": ("cuộc kiểm tra", "inspection"),
    "findings": ("nhận xét", "finding"),
    "photos": ("ảnh", "photo"),
}

# Natural keys people use instead of ids: a unit's official code, a plan's number.
_NATURAL: dict[str, str] = {
    "units": "SELECT id FROM units WHERE code = ? AND deleted = 0",
    "plans": "SELECT id FROM plans WHERE number = ? AND deleted = 0",
}


def resolve(ws: Workspace, table: str, ref: str) -> str:
    """The id of the live record ``ref`` names, or NotFound/UserError saying what to do."""
    ref = ref.strip()
    what_vi, what_en = NAMES.get(table, (table, table))
    hits: list[str] = []
    if ref:
        row = ws.db.execute(
            f"SELECT id FROM [{table}] WHERE id = ? AND deleted = 0", [ref]
        ).fetchone()
        if row:
            return str(row[0])
        if _ID_PREFIX.match(ref.lower()):
            hits = [
                r[0]
                for r in ws.db.execute(
                    f"SELECT id FROM [{table}] WHERE id LIKE ? AND deleted = 0 LIMIT 3",
                    [ref.lower() + "%"],
                )
            ]
        if not hits and table in _NATURAL:
            hits = [r[0] for r in ws.db.execute(_NATURAL[table], [nfc(ref)])]
    if len(hits) == 1:
        return hits[0]
    if len(hits) > 1:
        raise UserError(
            f"«{ref}» khớp với nhiều {what_vi}; hãy ghi đầy đủ mã.",
            f"'{ref}' matches several {what_en}s; give the full id.",
        )
    raise NotFound(
        f"Không tìm thấy {what_vi} «{ref}». Xem danh sách bằng lệnh list tương ứng.",
        f"No {what_en} '{ref}'. See the matching list command.",
    )


def live_record(ws: Workspace, table: str, ref: str) -> dict[str, Any]:
    """The live record ``ref`` names (its id, the start of its id, or its natural key) as stored;
    NotFound/UserError saying what to do when there is none."""
    record = records.get(ws, table, ref.strip())
    if record is None:
        record = records.get(ws, table, resolve(ws, table, ref))
        assert record is not None  # resolve names live records only
    return record
