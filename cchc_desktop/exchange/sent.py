"""Which inspections left this laptop in a package, and which changed since.

Every export leaves a note in the audit log (table ``exports``, which never travels) with a
stamp of each inspection it carried: a digest of the versions (id and version vector) of the
inspection and of every record that belongs to it. An inspection is *unsent* when no package
ever carried it, or when its stamp now differs from the one in its last package: something
was answered, written, photographed, signed or merged in since.
"""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING, Any

from cchc_desktop.store import records
from cchc_desktop.store.synced import SYNCED_TABLES

if TYPE_CHECKING:
    from cchc_desktop.store.workspace import Workspace

EXPORTS = "exports"  # the audit log's table name for export notes (local-only)


def _owned_tables(ws: Workspace) -> list[str]:
    """The synchronised tables whose rows belong to an inspection (``inspection_id``)."""
    found = []
    for table in SYNCED_TABLES:
        names = {str(r[1]) for r in ws.db.execute(f"PRAGMA table_info([{table.name}])")}
        if table.name != "inspections" and "inspection_id" in names:
            found.append(table.name)
    return found


def stamps(ws: Workspace, inspection_ids: list[str] | None = None) -> dict[str, str]:
    """Inspection id → a digest of its versions and its records' (all, or these)."""
    parts: dict[str, list[str]] = {}
    wanted = set(inspection_ids) if inspection_ids is not None else None
    for record_id, vv in ws.db.execute("SELECT id, vv FROM inspections"):
        if wanted is None or record_id in wanted:
            parts[record_id] = [f"inspections:{record_id}:{vv}"]
    for table in _owned_tables(ws):
        for owner, record_id, vv in ws.db.execute(
            f"SELECT inspection_id, id, vv FROM [{table}] WHERE inspection_id IS NOT NULL"
        ):
            if owner in parts:
                parts[owner].append(f"{table}:{record_id}:{vv}")
    return {
        key: hashlib.sha256("\n".join(sorted(lines)).encode()).hexdigest()
        for key, lines in parts.items()
    }


def record_export(ws: Workspace, package_id: str, name: str, carried: dict[str, str]) -> None:
    """Note that a package carried these inspections, stamped (see ``stamps``) before its
    records were read: an edit made while it was written shows the inspection as changed."""
    records.note(ws, EXPORTS, package_id, {"package": name, "inspections": carried})


def last_sent(ws: Workspace) -> dict[str, str]:
    """Inspection id → its stamp in the last package that carried it."""
    found: dict[str, str] = {}
    for (value,) in ws.db.execute(
        "SELECT new_value FROM audit_log WHERE table_name = ? AND action = 'note' ORDER BY seq",
        [EXPORTS],
    ):
        payload: Any = json.loads(value or "{}")
        carried = payload.get("inspections") if isinstance(payload, dict) else None
        if isinstance(carried, dict):
            found.update({str(k): str(v) for k, v in carried.items()})
    return found


def states(ws: Workspace) -> dict[str, str]:
    """Inspection id → "never" (no package carried it), "changed" (changed since its last
    package) or "sent" (as it was sent)."""
    sent = last_sent(ws)
    return {
        key: "never" if key not in sent else ("sent" if sent[key] == stamp else "changed")
        for key, stamp in stamps(ws).items()
    }


def unsent(ws: Workspace) -> list[str]:
    """The live inspections no package carried as they are now: never sent, or changed since
    (what `cchc export` sends when no inspection is named)."""
    live = {str(r[0]) for r in ws.db.execute("SELECT id FROM inspections WHERE deleted = 0")}
    return sorted(key for key, state in states(ws).items() if state != "sent" and key in live)
