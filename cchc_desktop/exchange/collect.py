"""What an export carries: the chosen inspections and everything they rest on.

Generic over ``store.synced.SYNCED_TABLES``: a table's rows travel when they belong to an
exported record (``part_of``, or an ``inspection_id`` column) or go with a chosen inspection
(``travels_with``), and every record an exported
row points at (its foreign keys, its ``json_refs``) travels too, so an empty database can
receive the package. Tombstones travel like any version.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from cchc_desktop.errors import UserError
from cchc_desktop.store.connection import fetch_all
from cchc_desktop.store.synced import SYNCED_TABLES, SyncedTable

if TYPE_CHECKING:
    from cchc_desktop.store.workspace import Workspace

_CHUNK = 500


@dataclass
class Selection:
    """Rows by table (in merge order), their audit entries, and the blobs they reference."""

    rows: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    audit: list[dict[str, Any]] = field(default_factory=list)
    blobs: set[str] = field(default_factory=set)
    live_blobs: set[str] = field(default_factory=set)

    def count(self, table: str) -> int:
        return len(self.rows.get(table, {}))


def columns(ws: Workspace, table: str) -> list[str]:
    return [str(row[1]) for row in ws.db.execute(f"PRAGMA table_info([{table}])")]


def foreign_keys(ws: Workspace, table: str) -> list[tuple[str, str]]:
    """(column, parent table) of each foreign key of a table."""
    return [(str(r[3]), str(r[2])) for r in ws.db.execute(f"PRAGMA foreign_key_list([{table}])")]


def owner_column(ws: Workspace, table: SyncedTable) -> str | None:
    """The column tying a row to the record it belongs to (see SyncedTable.part_of)."""
    if table.part_of:
        return table.part_of
    return "inspection_id" if "inspection_id" in columns(ws, table.name) else None


def _fetch(ws: Workspace, table: str, column: str, values: set[str]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    ordered = sorted(values)
    for start in range(0, len(ordered), _CHUNK):
        part = ordered[start : start + _CHUNK]
        marks = ", ".join("?" for _ in part)
        found += fetch_all(
            ws.db, f"SELECT * FROM [{table}] WHERE [{column}] IN ({marks}) ORDER BY id", part
        )
    return found


def select(ws: Workspace, inspection_ids: list[str] | None) -> Selection:
    """The rows to export: every synchronised row (None), or these inspections and their world."""
    chosen = Selection(rows={t.name: {} for t in SYNCED_TABLES})
    if inspection_ids is None:
        for table in SYNCED_TABLES:
            for row in fetch_all(ws.db, f"SELECT * FROM [{table.name}] ORDER BY id"):
                chosen.rows[table.name][row["id"]] = row
    else:
        _select_inspections(ws, chosen, inspection_ids)
        chosen.rows = {t.name: dict(sorted(chosen.rows[t.name].items())) for t in SYNCED_TABLES}
    _add_blobs(chosen)
    chosen.audit = _audit(ws, chosen, whole=inspection_ids is None)
    return chosen


def _select_inspections(ws: Workspace, chosen: Selection, inspection_ids: list[str]) -> None:
    """Fill ``chosen`` with these inspections, what goes with them, and what they point at."""
    names = {t.name for t in SYNCED_TABLES}
    for row in _fetch(ws, "inspections", "id", set(inspection_ids)):
        chosen.rows["inspections"][row["id"]] = row
    owners = _owners(ws, names)
    refs = {
        t.name: [(c, p) for c, p in foreign_keys(ws, t.name) if p in names] + list(t.json_refs)
        for t in SYNCED_TABLES
    }
    _add_travellers(ws, chosen, inspection_ids)
    # Grow the selection until nothing new is pulled in: owned rows of chosen records,
    # then the records chosen rows point at (a unit's parents and predecessors included).
    # An inspection pulled in only because a row points at it (the earlier inspection of
    # a reviewed kiến nghị) travels bare: its answers, photos and minutes were not chosen.
    chosen_inspections = set(chosen.rows["inspections"])
    asked: dict[str, set[str]] = {name: set() for name in owners}
    while True:
        _add_owned(ws, chosen, owners, asked, chosen_inspections)
        wanted = _wanted(chosen, refs, names)
        if not any(wanted.values()):
            return
        _add_wanted(ws, chosen, wanted)


def _owners(ws: Workspace, names: set[str]) -> dict[str, tuple[str, str]]:
    """(owner column, owner table) of each synced table whose rows belong to a synced record."""
    owners = {}
    for table in SYNCED_TABLES:
        column = owner_column(ws, table)
        parent = dict(foreign_keys(ws, table.name)).get(column or "")
        if column and parent in names:
            owners[table.name] = (column, parent)
    return owners


def _add_travellers(ws: Workspace, chosen: Selection, inspection_ids: list[str]) -> None:
    """Rows that go with a chosen inspection without belonging to it (SyncedTable.travels_with)."""
    for table in SYNCED_TABLES:
        parents = dict(foreign_keys(ws, table.name))
        for column in table.travels_with:
            if parents.get(column) == "inspections":
                for row in _fetch(ws, table.name, column, set(inspection_ids)):
                    chosen.rows[table.name].setdefault(row["id"], row)


def _add_owned(
    ws: Workspace,
    chosen: Selection,
    owners: dict[str, tuple[str, str]],
    asked: dict[str, set[str]],
    chosen_inspections: set[str],
) -> None:
    """The rows owned by chosen records not asked for yet (``asked`` grows as they are)."""
    for tname, (column, parent) in owners.items():
        have = chosen_inspections if parent == "inspections" else set(chosen.rows[parent])
        new_owners = have - asked[tname]
        asked[tname] |= new_owners
        for row in _fetch(ws, tname, column, new_owners) if new_owners else []:
            chosen.rows[tname].setdefault(row["id"], row)


def _wanted(
    chosen: Selection, refs: dict[str, list[tuple[str, str]]], names: set[str]
) -> dict[str, set[str]]:
    """The ids, by table, that chosen rows point at and the selection does not hold yet."""
    json_columns = {t.name: {c for c, _ in t.json_refs} for t in SYNCED_TABLES}
    wanted: dict[str, set[str]] = {name: set() for name in names}
    for tname, pairs in refs.items():
        for row in chosen.rows[tname].values():
            for column, parent in pairs:
                value = row.get(column)
                if not value:
                    continue
                listed = _listed(value) if column in json_columns[tname] else [value]
                wanted[parent].update(str(i) for i in listed if i not in chosen.rows[parent])
    return wanted


def _add_wanted(ws: Workspace, chosen: Selection, wanted: dict[str, set[str]]) -> None:
    """Pull in the wanted rows; one not in this database stops the export, naming it."""
    for tname, ids in wanted.items():
        for row in _fetch(ws, tname, "id", ids) if ids else []:
            chosen.rows[tname][row["id"]] = row
        missing = ids - set(chosen.rows[tname])
        if missing:  # a dangling reference: stop rather than loop forever
            raise UserError(
                f"Một bản ghi trỏ tới {tname} {sorted(missing)[0]} không có trong máy này; "
                "gói không được tạo. Hãy chạy «cchc check» để xem chi tiết.",
                f"A record points at {tname} {sorted(missing)[0]}, which is not here; no "
                "package was written. Run 'cchc check' for details.",
            )


def _add_blobs(chosen: Selection) -> None:
    """The photos and documents the chosen rows name; those of live rows also as live."""
    for table in SYNCED_TABLES:
        for row in chosen.rows[table.name].values():
            for column in table.media:
                sha = row.get(column)
                if sha:
                    chosen.blobs.add(sha)
                    if not row["deleted"]:
                        chosen.live_blobs.add(sha)


def _listed(value: Any) -> list[Any]:
    """The ids of a JSON list column; a value that is not one (`cchc check` reports it) names
    none, and the export refuses the row later with its field named."""
    try:
        ids = json.loads(value)
    except (TypeError, ValueError, RecursionError):
        return []
    return [i for i in ids if isinstance(i, str)] if isinstance(ids, list) else []


def _audit(ws: Workspace, chosen: Selection, *, whole: bool) -> list[dict[str, Any]]:
    """The audit entries of the exported records (the local ``seq`` stays home).

    Only signed lines travel: every line this device wrote is signed (``records._audit``, and
    its history once after m0008); a line another laptop wrote before the upgrade has no
    signature and stays in this log, since no receiver could tell it from a forgery.
    """
    cols = [c for c in columns(ws, "audit_log") if c != "seq"]
    listed = ", ".join(cols)
    if whole:
        names = [t.name for t in SYNCED_TABLES]
        marks = ", ".join("?" for _ in names)
        return fetch_all(
            ws.db,
            f"SELECT {listed} FROM audit_log WHERE table_name IN ({marks}) AND sig <> ''"
            " ORDER BY seq",
            names,
        )
    entries: list[dict[str, Any]] = []
    for table, rows in chosen.rows.items():
        ids = sorted(rows)
        for start in range(0, len(ids), _CHUNK):
            part = ids[start : start + _CHUNK]
            marks = ", ".join("?" for _ in part)
            entries += fetch_all(
                ws.db,
                f"SELECT {listed}, seq FROM audit_log WHERE table_name = ? AND sig <> ''"
                f" AND record_id IN ({marks})",
                [table, *part],
            )
    entries.sort(key=lambda e: e["seq"])
    for entry in entries:
        del entry["seq"]
    return entries
