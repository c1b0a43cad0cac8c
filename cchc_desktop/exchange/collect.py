"""What an export carries: the chosen inspections and everything they rest on.

Generic over ``store.synced.SYNCED_TABLES``: a table's rows travel when they belong to an
exported record (``part_of``, or an ``inspection_id`` column) or go with a chosen inspection
(``travels_with``), and every record an exported
row points at (its foreign keys, its ``json_refs``) travels too, so an empty database can
receive the package. Tombstones travel like any version.

A selection is ids by table (or "every row"), never the rows: the export reads them again a
table and a chunk at a time (``rows``, ``audit``) as it writes them, so a package of five
years costs no more memory than one of a week.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cchc_desktop.errors import UserError
from cchc_desktop.store.synced import SYNCED_TABLES, SyncedTable

if TYPE_CHECKING:
    import sqlite3

    from cchc_desktop.store.workspace import Workspace

_CHUNK = 500


@dataclass
class Selection:
    """The ids to export by table (in merge order); ``ids`` None: every synchronised row."""

    ids: dict[str, set[str]] | None = None


def rows(
    ws: Workspace, chosen: Selection, table: str, fields: str = "*"
) -> Iterator[dict[str, Any]]:
    """The chosen rows of a table in id order, read as they are used (``fields``: the columns
    to read, as SQL)."""
    if chosen.ids is None:
        yield from _as_dicts(ws.db.execute(f"SELECT {fields} FROM [{table}] ORDER BY id"))
    else:
        yield from _fetch(ws, table, "id", chosen.ids[table], fields)


def count(ws: Workspace, chosen: Selection, table: str) -> int:
    if chosen.ids is None:
        return int(ws.db.execute(f"SELECT COUNT(*) FROM [{table}]").fetchone()[0])
    return len(chosen.ids[table])


def media(ws: Workspace, chosen: Selection) -> tuple[set[str], set[str]]:
    """The photos and documents the chosen rows name, and those of live rows among them."""
    named: set[str] = set()
    live: set[str] = set()
    for table in SYNCED_TABLES:
        if not table.media:
            continue
        listed = ", ".join(f"[{c}]" for c in ("id", "deleted", *table.media))
        for row in rows(ws, chosen, table.name, listed):
            for column in table.media:
                sha = row[column]
                if sha:
                    named.add(sha)
                    if not row["deleted"]:
                        live.add(sha)
    return named, live


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


def _as_dicts(cursor: sqlite3.Cursor) -> Iterator[dict[str, Any]]:
    names = [c[0] for c in cursor.description]
    for values in cursor:
        yield dict(zip(names, values, strict=True))


def _fetch(
    ws: Workspace, table: str, column: str, values: Iterable[str], fields: str = "*"
) -> Iterator[dict[str, Any]]:
    """The rows whose ``column`` is one of ``values``, a chunk at a time (by value, then id)."""
    ordered = sorted(values)
    for start in range(0, len(ordered), _CHUNK):
        part = ordered[start : start + _CHUNK]
        marks = ", ".join("?" for _ in part)
        yield from _as_dicts(
            ws.db.execute(
                f"SELECT {fields} FROM [{table}] WHERE [{column}] IN ({marks}) ORDER BY id", part
            )
        )


def select(ws: Workspace, inspection_ids: list[str] | None) -> Selection:
    """What to export: every synchronised row (None), or these inspections and their world."""
    if inspection_ids is None:
        return Selection()
    names = {t.name for t in SYNCED_TABLES}
    refs = {
        t.name: [(c, p) for c, p in foreign_keys(ws, t.name) if p in names] + list(t.json_refs)
        for t in SYNCED_TABLES
    }
    growing = _Growing(refs)
    _select_inspections(ws, growing, inspection_ids)
    return Selection(growing.ids)


class _Growing:
    """A selection as it grows: the ids taken by table, and the ids their rows point at."""

    def __init__(self, refs: dict[str, list[tuple[str, str]]]) -> None:
        self.refs = refs
        self.ids: dict[str, set[str]] = {t.name: set() for t in SYNCED_TABLES}
        self.pointed: dict[str, set[str]] = {t.name: set() for t in SYNCED_TABLES}
        self.json_columns = {t.name: {c for c, _ in t.json_refs} for t in SYNCED_TABLES}

    def take(self, table: str, found: Iterable[dict[str, Any]]) -> None:
        """Add these rows' ids; note the ids they point at (their rows are not kept)."""
        for row in found:
            if row["id"] in self.ids[table]:
                continue
            self.ids[table].add(row["id"])
            for column, parent in self.refs[table]:
                value = row.get(column)
                if not value:
                    continue
                listed = _listed(value) if column in self.json_columns[table] else [value]
                self.pointed[parent].update(str(i) for i in listed)

    def wanted(self) -> dict[str, set[str]]:
        """The ids, by table, that taken rows point at and the selection does not hold yet."""
        return {name: self.pointed[name] - taken for name, taken in self.ids.items()}


def _select_inspections(ws: Workspace, chosen: _Growing, inspection_ids: list[str]) -> None:
    """Grow ``chosen`` by these inspections, what goes with them, and what they point at."""
    names = {t.name for t in SYNCED_TABLES}
    chosen.take("inspections", _fetch(ws, "inspections", "id", set(inspection_ids)))
    owners = _owners(ws, names)
    _add_travellers(ws, chosen, inspection_ids)
    # Grow the selection until nothing new is pulled in: owned rows of chosen records,
    # then the records chosen rows point at (a unit's parents and predecessors included).
    # An inspection pulled in only because a row points at it (the earlier inspection of
    # a reviewed kiến nghị) travels bare: its answers, photos and minutes were not chosen.
    chosen_inspections = set(chosen.ids["inspections"])
    asked: dict[str, set[str]] = {name: set() for name in owners}
    while True:
        _add_owned(ws, chosen, owners, asked, chosen_inspections)
        wanted = chosen.wanted()
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


def _add_travellers(ws: Workspace, chosen: _Growing, inspection_ids: list[str]) -> None:
    """Rows that go with a chosen inspection without belonging to it (SyncedTable.travels_with)."""
    for table in SYNCED_TABLES:
        parents = dict(foreign_keys(ws, table.name))
        for column in table.travels_with:
            if parents.get(column) == "inspections":
                chosen.take(table.name, _fetch(ws, table.name, column, set(inspection_ids)))


def _add_owned(
    ws: Workspace,
    chosen: _Growing,
    owners: dict[str, tuple[str, str]],
    asked: dict[str, set[str]],
    chosen_inspections: set[str],
) -> None:
    """The rows owned by chosen records not asked for yet (``asked`` grows as they are)."""
    for tname, (column, parent) in owners.items():
        have = chosen_inspections if parent == "inspections" else chosen.ids[parent]
        new_owners = have - asked[tname]
        asked[tname] |= new_owners
        if new_owners:
            chosen.take(tname, _fetch(ws, tname, column, new_owners))


def _add_wanted(ws: Workspace, chosen: _Growing, wanted: dict[str, set[str]]) -> None:
    """Pull in the wanted rows; one not in this database stops the export, naming it."""
    for tname in (t.name for t in SYNCED_TABLES):
        ids = wanted[tname]
        if not ids:
            continue
        chosen.take(tname, _fetch(ws, tname, "id", ids))
        missing = ids - chosen.ids[tname]
        if missing:  # a dangling reference: stop rather than loop forever
            raise UserError(
                f"Một bản ghi trỏ tới {tname} {sorted(missing)[0]} không có trong máy này; "
                "gói không được tạo. Hãy chạy «cchc check» để xem chi tiết.",
                f"A record points at {tname} {sorted(missing)[0]}, which is not here; no "
                "package was written. Run 'cchc check' for details.",
            )


def _listed(value: Any) -> list[Any]:
    """The ids of a JSON list column; a value that is not one (`cchc check` reports it) names
    none, and the export refuses the row later with its field named."""
    try:
        ids = json.loads(value)
    except (TypeError, ValueError, RecursionError):
        return []
    return [i for i in ids if isinstance(i, str)] if isinstance(ids, list) else []


def audit(ws: Workspace, chosen: Selection) -> Iterator[dict[str, Any]]:
    """The audit entries of the exported records, in the order they were written (the local
    ``seq`` stays home), read a chunk at a time.

    Only signed lines travel: every line this device wrote is signed (``records._audit``, and
    its history once after m0008); a line another laptop wrote before the upgrade has no
    signature and stays in this log, since no receiver could tell it from a forgery.
    """
    cols = [c for c in columns(ws, "audit_log") if c != "seq"]
    listed = ", ".join(cols)
    if chosen.ids is None:
        names = [t.name for t in SYNCED_TABLES]
        marks = ", ".join("?" for _ in names)
        yield from _as_dicts(
            ws.db.execute(
                f"SELECT {listed} FROM audit_log WHERE table_name IN ({marks}) AND sig <> ''"
                " ORDER BY seq",
                names,
            )
        )
        return
    # Their places in the log first (numbers), then the lines in that order.
    places: list[int] = []
    for table, ids in chosen.ids.items():
        ordered = sorted(ids)
        for start in range(0, len(ordered), _CHUNK):
            part = ordered[start : start + _CHUNK]
            marks = ", ".join("?" for _ in part)
            places += [
                int(r[0])
                for r in ws.db.execute(
                    f"SELECT seq FROM audit_log WHERE table_name = ? AND sig <> ''"
                    f" AND record_id IN ({marks})",
                    [table, *part],
                )
            ]
    places.sort()
    for start in range(0, len(places), _CHUNK):
        seqs = places[start : start + _CHUNK]
        marks = ", ".join("?" for _ in seqs)
        yield from _as_dicts(
            ws.db.execute(
                f"SELECT {listed} FROM audit_log WHERE seq IN ({marks}) ORDER BY seq", seqs
            )
        )
