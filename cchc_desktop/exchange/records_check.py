"""The records of a verified package make sense for this database before a merge reads them.

A signed package from a trusted laptop is still input: the checks here keep a merge from
meeting a table it does not know, a column it cannot store, a malformed version vector or a
photo that did not come along.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from cchc_desktop.exchange.collect import columns
from cchc_desktop.exchange.report import TABLE_NAMES
from cchc_desktop.exchange.versions import parse_vv
from cchc_desktop.store.synced import synced_table

if TYPE_CHECKING:
    from cchc_desktop.store.workspace import Workspace

_ID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_SCALARS = (str, int, float, type(None))
AUDIT_ACTIONS = frozenset({"insert", "update", "delete", "note"})

Problem = tuple[str, str]


def check_records(
    ws: Workspace,
    manifest: dict[str, Any],
    records: dict[str, list[dict[str, Any]]],
    audit: list[dict[str, Any]],
    blobs: set[str],
) -> Problem | None:
    """None when the records can be merged here, else the reason (Vietnamese, English)."""
    counts = manifest["counts"]
    for table, rows in records.items():
        entry = synced_table(table)
        if entry is None or not ws.db[table].exists():
            return (
                f"gói có loại dữ liệu «{table}» mà phiên bản này chưa biết; hãy cập nhật CCHC Desktop",
                f"the package holds '{table}' records this version does not know; update CCHC Desktop",
            )
        known = set(columns(ws, table))
        if counts.get(table) != len(rows):
            return (
                f"số bản ghi {table} khác manifest",
                f"the {table} count differs from the manifest",
            )
        seen: set[str] = set()
        for row in rows:
            unknown = set(row) - known
            if unknown:
                return (
                    f"bản ghi {table} có trường lạ {sorted(unknown)[0]}; hãy cập nhật CCHC Desktop",
                    f"a {table} record has an unknown field {sorted(unknown)[0]}; update CCHC Desktop",
                )
            problem = _check_row(table, row, seen)
            if problem:
                return problem
            for column in entry.media:
                sha = row.get(column)
                if sha and not row["deleted"] and sha not in blobs and not ws.media.has(sha):
                    vi, en = TABLE_NAMES.get(table, (table, table))
                    return (
                        f"thiếu tệp {sha[:12]} mà bản ghi {vi} cần (gói bị cắt bớt hoặc bị sửa)",
                        f"the file {sha[:12]} a record of {en} needs is missing "
                        "(cut short or altered)",
                    )
    for table, count in counts.items():
        if table not in ("audit", "blobs", "derived") and count and table not in records:
            return (f"thiếu bản ghi {table}", f"the {table} records are missing")
    if counts.get("audit", 0) != len(audit):
        return ("số dòng nhật ký khác manifest", "the audit count differs from the manifest")
    audit_columns = set(columns(ws, "audit_log")) - {"seq"}
    for line in audit:
        if (
            set(line) - audit_columns
            or not isinstance(line.get("id"), str)
            or line.get("action") not in AUDIT_ACTIONS
            or not all(isinstance(v, _SCALARS) for v in line.values())
        ):
            return ("một dòng nhật ký hỏng", "an audit entry is damaged")
    return None


def _check_row(table: str, row: dict[str, Any], seen: set[str]) -> Problem | None:
    bad = (f"một bản ghi {table} hỏng", f"a {table} record is damaged")
    record_id = row.get("id")
    if not isinstance(record_id, str) or not _ID.match(record_id) or record_id in seen:
        return bad
    seen.add(record_id)
    if not all(isinstance(v, _SCALARS) and not isinstance(v, bool) for v in row.values()):
        return bad
    if row.get("deleted") not in (0, 1) or not isinstance(row.get("rev"), int) or row["rev"] < 1:
        return bad
    if not isinstance(row.get("updated_at"), str) or not isinstance(row.get("device_id"), str):
        return bad
    try:
        vv = parse_vv(row.get("vv"))
    except (ValueError, TypeError):
        return bad
    if any(count < 0 for count in vv.values()):
        return bad
    return None
