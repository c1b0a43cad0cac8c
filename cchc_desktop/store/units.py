"""Units to inspect: a tree across the two eras (districts before 1/7/2025, merged communes after)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, TypedDict, Unpack

from cchc_desktop.domain.dates import iso, parse_date
from cchc_desktop.domain.text import clean, sort_key
from cchc_desktop.domain.units import UnitKind
from cchc_desktop.errors import UserError
from cchc_desktop.store import records
from cchc_desktop.store.connection import fetch_all, transaction
from cchc_desktop.store.lookup import resolve

if TYPE_CHECKING:
    from cchc_desktop.store.workspace import Workspace


def unit_identity(kind: UnitKind, name: str, code: str | None, parent_id: str | None) -> str:
    """The same real unit gets the same id on every laptop: by official code when it has one,
    else by kind, name and parent."""
    if code:
        return records.natural_id("unit-code", code)
    return records.natural_id("unit", kind.value, name, parent_id or "")


def add_unit(
    ws: Workspace,
    *,
    name: str,
    kind: str | UnitKind,
    parent: str | None = None,
    code: str | None = None,
    valid_from: str | None = None,
    valid_to: str | None = None,
    merged_from: list[str] | None = None,
    address: str = "",
    exist_ok: bool = False,
) -> str:
    """Create a unit and return its id; refuse a duplicate unless ``exist_ok`` (then return it)."""
    values = _validated(
        ws,
        {
            "name": name,
            "kind": kind,
            "code": code,
            "parent_id": parent,
            "valid_from": valid_from,
            "valid_to": valid_to,
            "merged_from": merged_from or [],
            "address": address,
        },
        None,
    )
    unit_id = unit_identity(
        UnitKind(values["kind"]), values["name"], values["code"], values["parent_id"]
    )
    existing = records.get(ws, "units", unit_id)
    if existing is not None:
        if exist_ok:
            return unit_id
        raise UserError(
            f"Đơn vị đã có: {existing['name']} (mã {existing['code'] or '—'}, id {unit_id}).",
            f"The unit already exists: {existing['name']} (code {existing['code'] or '-'}, id {unit_id}).",
        )
    refuse_taken_code(ws, values["code"], None)
    return records.insert(ws, "units", values, record_id=unit_id)


UNIT_FIELDS = (
    "name",
    "kind",
    "code",
    "parent_id",
    "valid_from",
    "valid_to",
    "merged_from",
    "address",
)


class UnitChanges(TypedDict, total=False):
    """What ``update_unit`` may change (UNIT_FIELDS), validated as ``add_unit`` does."""

    name: str
    kind: str | UnitKind
    code: str | None
    parent_id: str | None
    valid_from: str | None
    valid_to: str | None
    merged_from: list[str] | None
    address: str


def update_unit(
    ws: Workspace, unit_id: str, **changes: Unpack[UnitChanges]
) -> dict[str, tuple[Any, Any]]:
    """Rename or re-file a unit, validated as ``add_unit`` does; return what changed.

    Its id stays, so records elsewhere keep pointing at it. A unit cannot be filed under
    itself or one of its own sub-units, nor list itself among the units it was merged from.
    """
    unknown = set(changes) - set(UNIT_FIELDS)
    if unknown:
        raise ValueError(f"not unit fields: {sorted(unknown)}")
    unit_id = resolve(ws, "units", unit_id)
    with transaction(ws.db):
        current = get_unit(ws, unit_id)
        merged = {**{name: current[name] for name in UNIT_FIELDS}, **changes}
        values = _validated(ws, merged, unit_id)
        refuse_taken_code(ws, values["code"], unit_id)
        if values["parent_id"] and (
            values["parent_id"] == unit_id
            or unit_id in {a["id"] for a in ancestors(ws, values["parent_id"])}
        ):
            raise UserError(
                "Không thể đặt đơn vị trực thuộc chính nó hoặc đơn vị cấp dưới của nó.",
                "A unit cannot be placed under itself or one of its own sub-units.",
            )
        if unit_id in merged_ids(values["merged_from"]):
            raise UserError(
                "Một đơn vị không thể hợp nhất từ chính nó.", "A unit cannot be merged from itself."
            )
        return records.update(ws, "units", unit_id, values)


def _validated(ws: Workspace, raw: dict[str, Any], unit_id: str | None) -> dict[str, Any]:
    """A unit's fields as stored, cleaned and checked; a person's mistake is a UserError."""
    name = clean(raw["name"] or "")
    if not name:
        raise UserError("Tên đơn vị không được để trống.", "The unit name must not be empty.")
    kind = raw["kind"]
    unit_kind = kind if isinstance(kind, UnitKind) else UnitKind.parse(kind)
    code = clean(raw["code"]) if raw.get("code") else None
    parent_id = resolve(ws, "units", raw["parent_id"]) if raw.get("parent_id") else None
    start = (
        iso(parse_date(raw["valid_from"], field="ngày bắt đầu hiệu lực"))
        if raw.get("valid_from")
        else None
    )
    end = (
        iso(parse_date(raw["valid_to"], field="ngày hết hiệu lực")) if raw.get("valid_to") else None
    )
    if start and end and end < start:
        raise UserError(
            f"Ngày hết hiệu lực ({end}) đứng trước ngày bắt đầu ({start}).",
            f"The end of validity ({end}) is before its start ({start}).",
        )
    predecessors = list(
        dict.fromkeys(resolve(ws, "units", ref) for ref in raw["merged_from"] or [])
    )
    return {
        "name": name,
        "sort_key": sort_key(name),
        "kind": unit_kind.value,
        "code": code,
        "parent_id": parent_id,
        "valid_from": start,
        "valid_to": end,
        "merged_from": json.dumps(predecessors),
        "address": clean(raw.get("address") or ""),
    }


def refuse_taken_code(ws: Workspace, code: str | None, unit_id: str | None) -> None:
    """Refuse an official code another live unit has (``unit_id`` is the unit being edited);
    the window's unit dialog asks the same as the user types."""
    if not code:
        return
    clash = ws.db.execute(
        "SELECT name FROM units WHERE code = ? AND deleted = 0 AND id <> ?", [code, unit_id or ""]
    ).fetchone()
    if clash:
        raise UserError(
            f"Mã {code} đã dùng cho đơn vị {clash[0]}.",
            f"Code {code} already belongs to {clash[0]}.",
        )


UNIT_COLUMNS = (
    "u.id, u.name, u.kind, u.code, u.parent_id, p.name AS parent_name, u.valid_from, u.valid_to,"
    " u.merged_from, u.address"
)


def list_units(
    ws: Workspace,
    *,
    parent: str | None = None,
    kind: str | None = None,
    top_level: bool = False,
) -> list[dict[str, Any]]:
    """Live units in Vietnamese order of name: all, the children of ``parent``, or (with
    ``top_level``) those under no other unit."""
    where = ["u.deleted = 0"]
    params: list[Any] = []
    if parent:
        where.append("u.parent_id = ?")
        params.append(resolve(ws, "units", parent))
    elif top_level:
        where.append("u.parent_id IS NULL")
    if kind:
        where.append("u.kind = ?")
        params.append(UnitKind.parse(kind).value)
    rows = fetch_all(
        ws.db,
        f"SELECT {UNIT_COLUMNS} FROM units u LEFT JOIN units p ON p.id = u.parent_id"
        f" WHERE {' AND '.join(where)} ORDER BY u.sort_key, u.id",
        params,
    )
    return [_decode(row) for row in rows]


def child_counts(ws: Workspace) -> dict[str | None, int]:
    """How many live units sit directly under each unit (None: at the top), in one query."""
    return {
        parent: count
        for parent, count in ws.db.execute(
            "SELECT parent_id, count(*) FROM units WHERE deleted = 0 GROUP BY parent_id"
        )
    }


def unit_names(ws: Workspace, unit_ids: list[str]) -> dict[str, str]:
    """Names of the given units (tombstones too: a merged-from unit may be long gone)."""
    names: dict[str, str] = {}
    for start in range(0, len(unit_ids), 500):  # SQLite caps the number of parameters
        chunk = unit_ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        names.update(ws.db.execute(f"SELECT id, name FROM units WHERE id IN ({marks})", chunk))
    return names


def get_unit(ws: Workspace, unit_id: str) -> dict[str, Any]:
    """One unit (tombstones too) with its parent's name, as ``list_units`` gives it."""
    rows = fetch_all(
        ws.db,
        f"SELECT {UNIT_COLUMNS} FROM units u LEFT JOIN units p ON p.id = u.parent_id WHERE u.id = ?",
        [unit_id],
    )
    return _decode(rows[0])


def ancestors(ws: Workspace, unit_id: str) -> list[dict[str, Any]]:
    """The unit's parents, nearest first (a commune's district, then its province)."""
    return fetch_all(
        ws.db,
        "WITH RECURSIVE up(id, depth) AS (SELECT parent_id, 1 FROM units WHERE id = ?"
        " UNION ALL SELECT u.parent_id, depth + 1 FROM units u JOIN up ON u.id = up.id"
        " WHERE up.depth < 20)"
        " SELECT units.id, units.name, units.kind FROM up JOIN units ON units.id = up.id"
        " ORDER BY up.depth",
        [unit_id],
    )


def merged_ids(text: Any) -> list[str]:
    """The ids of a stored ``merged_from``; a value that is not a list of ids names none
    (`cchc check` reports it, and an export refuses it by name) instead of breaking lists."""
    try:
        ids = json.loads(text or "[]")
    except (TypeError, ValueError, RecursionError):
        return []
    return [i for i in ids if isinstance(i, str)] if isinstance(ids, list) else []


def _decode(row: dict[str, Any]) -> dict[str, Any]:
    row["merged_from"] = merged_ids(row.get("merged_from"))
    row["kind_label"] = UnitKind(row["kind"]).label
    return row
