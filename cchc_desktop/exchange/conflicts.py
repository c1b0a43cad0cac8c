"""Conflicts: a record whose versions disagree, kept whole until a person decides.

"Mine" is the version the database shows now (chosen from the versions alone, this laptop's
own edit first: see versions.shown); "theirs" is the best of the others. Resolving writes a
new revision whose version vector dominates every version of the conflict, so the decision
travels and wins on every laptop.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Literal

from cchc_desktop.domain.dates import utc_now
from cchc_desktop.errors import NotFound, UserError
from cchc_desktop.exchange.origins import Package, by_conflict, device_names, side_name
from cchc_desktop.store import records
from cchc_desktop.store.connection import fetch_all, transaction
from cchc_desktop.store.provenance import sig_text
from cchc_desktop.store.synced import SyncedTable, synced_table
from cchc_desktop.store.versions import (
    META,
    Version,
    differing_fields,
    shown,
    vv_join,
)

if TYPE_CHECKING:
    from cchc_desktop.store.workspace import Workspace

Keep = Literal["mine", "theirs", "both"]
BOTH_MARK = "——— Bản khác ({who}, {when}) ———"


def open_for(ws: Workspace, table: str, record_id: str) -> dict[str, Any] | None:
    rows = fetch_all(
        ws.db,
        "SELECT * FROM conflicts WHERE table_name = ? AND record_id = ? AND status = 'open'",
        [table, record_id],
    )
    return rows[0] if rows else None


def was_decided(ws: Workspace, table: str, record_id: str, version: Version) -> bool:
    """Whether a person already resolved a conflict in which this very version took part."""
    entry = _entry(table)
    return any(
        Version.of(v, entry).key == version.key
        for row in fetch_all(
            ws.db,
            "SELECT versions FROM conflicts"
            " WHERE table_name = ? AND record_id = ? AND status = 'resolved'",
            [table, record_id],
        )
        for v in json.loads(row["versions"])
    )


def save_open(ws: Workspace, table: str, record_id: str, versions: list[Version]) -> str:
    """Record (or update) the open conflict of a record with these versions; return its id."""
    payload = json.dumps(
        [v.row for v in sorted(versions, key=lambda v: v.key)], ensure_ascii=False, sort_keys=True
    )
    current = open_for(ws, table, record_id)
    if current is not None:
        if current["versions"] != payload:
            ws.db.execute(
                "UPDATE conflicts SET versions = ? WHERE id = ?", [payload, current["id"]]
            )
        return str(current["id"])
    earlier = ws.db.execute(
        "SELECT count(*) FROM conflicts WHERE table_name = ? AND record_id = ?", [table, record_id]
    ).fetchone()[0]
    # Deterministic: merging the same packages in another order names the conflict alike.
    conflict_id = records.natural_id("conflict", table, record_id, str(earlier))
    ws.db.execute(
        "INSERT INTO conflicts (id, table_name, record_id, versions, status, detected_at)"
        " VALUES (?, ?, ?, ?, 'open', ?)",
        [conflict_id, table, record_id, payload, utc_now()],
    )
    return conflict_id


def close(ws: Workspace, conflict_id: str, resolution: str) -> None:
    ws.db.execute(
        "UPDATE conflicts SET status = 'resolved', resolution = ?, resolved_by = ?, resolved_at = ?"
        " WHERE id = ?",
        [resolution, ws.actor, utc_now(), conflict_id],
    )


def _entry(table: str) -> SyncedTable:
    entry = synced_table(table)
    if entry is None:
        raise UserError(f"Bảng {table} không đồng bộ.", f"Table {table} is not synchronised.")
    return entry


def describe(
    ws: Workspace,
    row: dict[str, Any],
    *,
    packages: dict[str, Package] | None = None,
    names: dict[str, str] | None = None,
) -> dict[str, Any]:
    """A conflict for a person: mine (what this laptop shows), theirs, the fields that differ,
    each side's values, and the package whose merge met it with the laptop each side came
    from (``packages``/``names``: see origins.by_conflict/device_names, read once for a list).
    """
    packages = by_conflict(ws) if packages is None else packages
    names = device_names(ws) if names is None else names
    package = packages.get(row["id"])
    entry = _entry(row["table_name"])
    versions = [Version.of(v, entry) for v in json.loads(row["versions"])]
    current = records.get(ws, row["table_name"], row["record_id"], include_deleted=True)
    mine = next((v for v in versions if current and v.key == Version.of(current, entry).key), None)
    mine = mine or shown(versions, ws.device_id)
    others = sorted(
        (v for v in versions if v.key != mine.key),
        key=lambda v: (str(v.row.get("updated_at")), v.content_hash),
        reverse=True,
    )
    fields = differing_fields([mine, *others])
    return {
        "id": row["id"],
        "table": row["table_name"],
        "record_id": row["record_id"],
        "status": row["status"],
        "detected_at": row["detected_at"],
        "resolution": row.get("resolution"),
        "fields": fields,
        "mine": _side(ws, mine, package, names),
        "theirs": [_side(ws, v, package, names) for v in others],
        "keep_both": entry.keep_both,
        "package": package.as_json() if package is not None else None,
    }


def _side(
    ws: Workspace, version: Version, package: Package | None, names: dict[str, str]
) -> dict[str, Any]:
    device_id = version.row.get("device_id")
    return {
        "device_id": device_id,
        # The laptop it was written on, by name (this laptop's own: "here").
        "from": side_name(ws, device_id, package, names),
        "here": device_id == ws.device_id,
        "updated_at": version.row.get("updated_at"),
        "vv": version.vv,
        "deleted": bool(version.row.get("deleted")),
        "values": {k: v for k, v in version.row.items() if k not in META},
    }


def list_conflicts(ws: Workspace, *, include_resolved: bool = False) -> list[dict[str, Any]]:
    """Conflicts waiting for a decision (and decided ones when asked), oldest first."""
    where = "" if include_resolved else "WHERE status = 'open'"
    rows = fetch_all(ws.db, f"SELECT * FROM conflicts {where} ORDER BY detected_at, id")
    packages, names = by_conflict(ws), device_names(ws)
    return [describe(ws, row, packages=packages, names=names) for row in rows]


def count_open(ws: Workspace) -> int:
    return int(ws.db.execute("SELECT count(*) FROM conflicts WHERE status = 'open'").fetchone()[0])


def find(ws: Workspace, ref: str) -> dict[str, Any]:
    ref = ref.strip().lower()
    rows = (
        fetch_all(ws.db, "SELECT * FROM conflicts WHERE id LIKE ? LIMIT 2", [ref + "%"])
        if len(ref) >= 4
        else []
    )
    if len(rows) != 1:
        raise NotFound(
            f"Không tìm thấy xung đột «{ref}». Xem: cchc conflicts list",
            f"No conflict '{ref}'. See: cchc conflicts list",
        )
    return rows[0]


def resolve(ws: Workspace, ref: str, keep: Keep) -> dict[str, Any]:
    """Decide a conflict: keep mine, theirs, or both (per table: see SyncedTable.keep_both)."""
    row = find(ws, ref)
    if row["status"] != "open":
        raise UserError(
            f"Xung đột {row['id'][:8]} đã được giải quyết ({row['resolution']}).",
            f"Conflict {row['id'][:8]} is already resolved ({row['resolution']}).",
        )
    info = describe(ws, row)
    entry = _entry(row["table_name"])
    versions = [Version.of(v, entry) for v in json.loads(row["versions"])]
    over = vv_join(v.vv for v in versions)
    mine, theirs = info["mine"]["values"], info["theirs"][0]["values"]
    table, record_id = row["table_name"], row["record_id"]
    with transaction(ws.db):
        copy_id = None
        if keep == "mine":
            values = _content(mine)
        elif keep == "theirs":
            values = _content(theirs)
        elif entry.keep_both == "texts":
            values = _content(mine)
            side = info["theirs"][0]
            for column in entry.texts:
                values[column] = _joined_text(mine.get(column), theirs.get(column), side)
        elif entry.keep_both == "copy":
            values = _content(mine)
            copy_id = records.insert(ws, table, _content(theirs))
        else:
            raise _cannot_keep_both(entry)
        _refuse_unsigning(entry, info["mine"]["values"], values)
        # The decision proves every entry it takes over with the attestations of the versions
        # it decides between: it travels, and wins where those versions stand (provenance.py).
        proofs = sig_text(a for v in versions for a in v.attestations)
        records.update(ws, table, record_id, values, dominate=over, proofs=proofs)
        close(ws, row["id"], keep)
        records.note(
            ws,
            "conflicts",
            row["id"],
            {"table": table, "record_id": record_id, "keep": keep, "copy_id": copy_id},
        )
    return {
        "id": row["id"],
        "table": table,
        "record_id": record_id,
        "keep": keep,
        "copy_id": copy_id,
    }


def _cannot_keep_both(entry: SyncedTable) -> UserError:
    """Why "both" is not offered for this table, in words a secretary understands."""
    if entry.immutable_when is not None:
        return UserError(
            "Hai bản biên bản đã ký là hai văn bản khác nhau, không gộp được thành một. Hãy chọn "
            "--keep mine hoặc --keep theirs; cả hai tệp PDF đã ký vẫn được giữ trong kho và "
            "trong hồ sơ xung đột.",
            "Two signed minutes are two different documents and cannot be joined into one. "
            "Choose --keep mine or --keep theirs; both signed PDFs stay in the store and in "
            "the conflict's record.",
        )
    from cchc_desktop.exchange.report import TABLE_NAMES

    vi, en = TABLE_NAMES.get(entry.name, (entry.name, entry.name))
    return UserError(
        f"Với {vi}, không thể giữ cả hai bản; hãy chọn --keep mine hoặc --keep theirs.",
        f"For {en}, both versions cannot be kept; choose --keep mine or --keep theirs.",
    )


def _refuse_unsigning(entry: SyncedTable, mine: dict[str, Any], kept: dict[str, Any]) -> None:
    """A signed version shown here is never replaced by one nobody signed (a draft)."""
    if entry.immutable_when is None:
        return
    column, value = entry.immutable_when
    if mine.get(column) == value and kept.get(column) != value:
        raise UserError(
            "Bản đang hiển thị là biên bản đã ký; không thể thay bằng bản nháp chưa ký. Hãy "
            "giữ bản đã ký (--keep mine); muốn sửa nội dung thì lập biên bản bổ sung.",
            "The version shown is signed minutes; it cannot be replaced by an unsigned draft. "
            "Keep the signed one (--keep mine); to change the content, make a supplement.",
        )


def _content(values: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if k != "id" and k not in META}


def _joined_text(mine: Any, theirs: Any, side: dict[str, Any]) -> Any:
    """Mine, then theirs under a marker naming where it came from; once, however often joined."""
    a, b = (mine or "").strip(), (theirs or "").strip()
    if not b or b == a or b in a:
        return mine
    if not a:
        return theirs
    from cchc_desktop.domain.dates import dmy, vietnam_time

    when = str(side.get("updated_at") or "")
    marker = BOTH_MARK.format(  # updated_at is UTC: the date is the one the laptop's user saw
        who=str(side.get("device_id") or "?")[:8],
        when=dmy(vietnam_time(when).date()) if when else "?",
    )
    return f"{a}\n\n{marker}\n{b}"
