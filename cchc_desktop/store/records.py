"""The one way records are written: revision, version vector, timestamps, tombstones, audit log.

Every repository goes through ``insert``, ``update`` and ``delete`` here, so every change on
every table carries the same bookkeeping and leaves the same trail in the append-only log.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cchc_desktop.domain.dates import utc_now
from cchc_desktop.domain.text import fold
from cchc_desktop.store.connection import fetch_all, transaction

if TYPE_CHECKING:
    from cchc_desktop.store.workspace import Workspace

# Fixed forever: ids derived from natural keys must be the same on every laptop and version.
# (Kept as text and parsed where used: a command that only reads never imports uuid.)
NAMESPACE_TEXT = "6f1c2a9e-58d3-4c1e-9b0a-cc4c0d35e2a1"

BOOKKEEPING = ("id", "rev", "vv", "updated_at", "device_id", "deleted")
# Written by this module alone: the attestations proving who wrote the version.
SIG = "sig"
# Columns computed from others: stored for speed, not worth an audit line of their own.
DERIVED = frozenset({"sort_key"})


def natural_id(kind: str, *parts: str) -> str:
    """The UUID of a real-world thing named by its natural key (same key, same id everywhere).

    Text parts are folded (case and diacritics ignored) so "Hoà Bình" typed with the old tone
    placement and "Hòa Bình" name the same commune.
    """
    import uuid

    key = "\x1f".join([kind, *(fold(p) for p in parts)])
    return str(uuid.uuid5(uuid.UUID(NAMESPACE_TEXT), key))


def new_id() -> str:
    """A fresh random UUID, for records that have no natural key (inspections, findings)."""
    import uuid

    return str(uuid.uuid4())


def is_shared_identity(record_id: str) -> bool:
    """Whether the id was derived from a natural key (a UUID5), so other laptops can make it too."""
    import uuid

    try:
        return uuid.UUID(record_id).version == 5
    except ValueError:
        return False


def _dumps(value: Any, **options: Any) -> str:
    import json  # writes only: a command that only reads never imports it

    return json.dumps(value, **options)


def _encode(value: Any) -> str | None:
    if value is None:
        return None
    return _dumps(value, ensure_ascii=False, sort_keys=True)


def _audit(
    ws: Workspace,
    table: str,
    record_id: str,
    action: str,
    at: str,
    field: str | None = None,
    old: Any = None,
    new: Any = None,
) -> None:
    from cchc_desktop.store.provenance import sign_audit

    line = {
        "id": new_id(),
        "at": at,
        "device_id": ws.device_id,
        "actor": ws.actor,
        "table_name": table,
        "record_id": record_id,
        "action": action,
        "field": field,
        "old_value": _encode(old),
        "new_value": _encode(new),
    }
    line["sig"] = sign_audit(ws.signing_key, line)  # the line proves its author wherever it goes
    names = ", ".join(line)
    marks = ", ".join("?" for _ in line)
    ws.db.execute(f"INSERT INTO audit_log ({names}) VALUES ({marks})", list(line.values()))


def get(
    ws: Workspace, table: str, record_id: str, *, include_deleted: bool = False
) -> dict[str, Any] | None:
    """The record as stored, or None (tombstones count as absent unless asked for)."""
    rows = fetch_all(ws.db, f"SELECT * FROM [{table}] WHERE id = ?", [record_id])
    if not rows or (rows[0]["deleted"] and not include_deleted):
        return None
    return rows[0]


def insert(
    ws: Workspace, table: str, values: dict[str, Any], *, record_id: str | None = None
) -> str:
    """Store a new record (revision 1) and log it; return its id.

    A tombstone with the same id is brought back to life as a new revision, so a thing
    deleted and re-created keeps one identity across laptops.
    """
    record_id = record_id or new_id()
    at = utc_now()
    with transaction(ws.db):
        existing = get(ws, table, record_id, include_deleted=True)
        if existing is not None:
            if not existing["deleted"]:
                raise ValueError(f"{table} {record_id} already exists")
            update(ws, table, record_id, {**values, "deleted": 0})
            return record_id
        # A record whose id comes from its natural key may be created, identically, on every
        # laptop (a bundled template, the same commune typed twice): its creation counts as no
        # device's change (empty vector), so identical creations meet as equal versions and
        # the first real edit anywhere supersedes them all. Different content created under
        # the same natural id still meets as a conflict (equal vectors, different content).
        vv: dict[str, int] = {} if is_shared_identity(record_id) else {ws.device_id: 1}
        row = {
            **values,
            "id": record_id,
            "rev": 1,
            "vv": _dumps(vv),
            "updated_at": at,
            "device_id": ws.device_id,
            "deleted": 0,
        }
        columns = ", ".join(f"[{name}]" for name in row)
        marks = ", ".join("?" for _ in row)
        ws.db.execute(f"INSERT INTO [{table}] ({columns}) VALUES ({marks})", list(row.values()))
        _sign_stored(ws, table, record_id, [])
        logged = {k: v for k, v in values.items() if k not in DERIVED}
        _audit(ws, table, record_id, "insert", at, new=logged)
    return record_id


def update(
    ws: Workspace,
    table: str,
    record_id: str,
    changes: dict[str, Any],
    *,
    dominate: dict[str, int] | None = None,
    proofs: str | None = None,
) -> dict[str, tuple[Any, Any]]:
    """Apply the changes that really change something; return them as {field: (old, new)}.

    Nothing changes (not even the revision) when every value is already as asked, unless
    ``dominate`` is given: then a new revision is written whatever the values, its version
    vector covering ``dominate`` too. A person resolving a conflict needs that: the decision
    must win against every version that took part, on every laptop, even where the content
    is the one already shown. ``proofs`` (a ``sig`` text: the attestations of the versions
    dominated) lets the new version prove the entries of ``dominate`` it takes over.
    """
    with transaction(ws.db):
        current = get(ws, table, record_id, include_deleted=True)
        if current is None:
            raise KeyError(f"{table} {record_id} does not exist")
        changed = {
            name: (current[name], value)
            for name, value in changes.items()
            if name not in BOOKKEEPING[:5] and name != SIG and current[name] != value
        }
        if not changed and dominate is None:
            return {}
        at = utc_now()
        # A stored vector or revision that cannot be read (`cchc check` lists it) counts as
        # none: the edit still goes in, as this device's change.
        vv = stored_vv(current["vv"])
        rev = current["rev"] if isinstance(current["rev"], int) and current["rev"] >= 1 else 0
        for device, count in (dominate or {}).items():
            vv[device] = max(vv.get(device, 0), int(count))
        vv[ws.device_id] = vv.get(ws.device_id, 0) + 1
        row = {name: new for name, (_old, new) in changed.items()}
        row.update(
            rev=min(rev, 2**53 - 1) + 1,
            vv=_dumps(vv, sort_keys=True),
            updated_at=at,
            device_id=ws.device_id,
        )
        assignments = ", ".join(f"[{name}] = ?" for name in row)
        ws.db.execute(
            f"UPDATE [{table}] SET {assignments} WHERE id = ?", [*row.values(), record_id]
        )
        _sign_stored(ws, table, record_id, [current.get(SIG) or ""], proofs or "")
        for name, (old, new) in changed.items():
            if name in DERIVED:
                continue
            if name == "deleted":
                _audit(ws, table, record_id, "delete" if new else "insert", at)
            else:
                _audit(ws, table, record_id, "update", at, name, old, new)
    return {name: change for name, change in changed.items() if name not in DERIVED}


def delete(ws: Workspace, table: str, record_id: str) -> bool:
    """Turn the record into a tombstone (kept, flagged deleted); False if it was not there."""
    current = get(ws, table, record_id)
    if current is None:
        return False
    update(ws, table, record_id, {"deleted": 1})
    return True


def audit_trail(ws: Workspace, record_id: str) -> list[dict[str, Any]]:
    """The log of one record, oldest first."""
    return fetch_all(
        ws.db,
        "SELECT at, actor, device_id, action, field, old_value, new_value FROM audit_log"
        " WHERE record_id = ? ORDER BY seq",
        [record_id],
    )


def _sign_stored(
    ws: Workspace, table: str, record_id: str, earlier: list[str], evidence: str = ""
) -> None:
    """Sign the version just written, read back as stored (SQLite's types, not Python's: a
    True stored as 1 must hash as 1 on every laptop)."""
    [row] = fetch_all(ws.db, f"SELECT * FROM [{table}] WHERE id = ?", [record_id])
    ws.db.execute(
        f"UPDATE [{table}] SET [{SIG}] = ? WHERE id = ?",
        [_signed(ws, table, row, earlier, evidence), record_id],
    )


def _signed(
    ws: Workspace, table: str, row: dict[str, Any], earlier: list[str], evidence: str
) -> str:
    """The ``sig`` of a version this device writes: its own head attestation, plus the
    attestations of the version it replaces that still prove the other entries of its version
    vector, plus (a decision) every version it decided between: the proof that it settled a
    real conflict, which lets it replace those versions where they stand (versions.py)."""
    from cchc_desktop.store import provenance

    vv = stored_vv(row["vv"])
    content = provenance.content_hash(row)
    carried = _parsed(earlier)
    others = [a for a in carried if a.device != ws.device_id or a.content == content]
    head = provenance.attest(ws.signing_key, table, row)
    decided = [a for a in _parsed([evidence]) if a.device != ws.device_id]
    return provenance.sig_text([head, *provenance.keep_needed(others, vv, content), *decided])


def stored_vv(text: Any) -> dict[str, int]:
    """A stored version vector; one that cannot be read counts as empty."""
    from cchc_desktop.store.versions import stored_vv as parse

    return parse(text)


def _parsed(texts: list[str]) -> list[Any]:
    from cchc_desktop.store import provenance

    found: list[provenance.Attestation] = []
    for text in texts:
        try:
            found += provenance.parse_sig(text)
        except ValueError:
            continue  # a damaged proof proves nothing; `cchc check` reports it
    return found


def sign_own_history(ws: Workspace) -> None:
    """Once, after migration m0008: sign the rows and audit lines this device wrote before.

    They are its trusted history (docs/PACKAGE_FORMAT.md §4): each row gets its head
    attestation for the vector it holds, each audit line its signature. Rows received from
    other laptops before the upgrade stay unsigned; nobody here can prove them.
    """
    from cchc_desktop.store import provenance
    from cchc_desktop.store.migrations.m0008_provenance import PENDING_FLAG, synced_tables

    flag = ws.db.execute("SELECT 1 FROM meta WHERE key = ?", [PENDING_FLAG]).fetchone()
    if flag is None:
        return
    key = ws.signing_key
    with transaction(ws.db):
        for table in synced_tables(ws.db):
            rows = fetch_all(
                ws.db,
                f"SELECT * FROM [{table}] WHERE device_id = ? AND sig = ''",
                [ws.device_id],
            )
            for row in rows:
                try:
                    head = provenance.attest(key, table, row)
                except (TypeError, ValueError):
                    continue  # an unreadable vector stays unsigned; `cchc check` lists it
                ws.db.execute(
                    f"UPDATE [{table}] SET sig = ? WHERE id = ?",
                    [provenance.sig_text([head]), row["id"]],
                )
        lines = fetch_all(
            ws.db, "SELECT * FROM audit_log WHERE device_id = ? AND sig = ''", [ws.device_id]
        )
        for line in lines:
            ws.db.execute(
                "UPDATE audit_log SET sig = ? WHERE seq = ?",
                [provenance.sign_audit(key, line), line["seq"]],
            )
        ws.db.execute("DELETE FROM meta WHERE key = ?", [PENDING_FLAG])


def put_version(ws: Workspace, table: str, row: dict[str, Any], *, exists: bool) -> None:
    """Store a whole version received from another laptop, bookkeeping included, as it came.

    Only a merge calls this (exchange.merge): the version's own audit entries travel with it
    in the package, so no audit line is written here.
    """
    columns = list(row)
    if exists:
        assignments = ", ".join(f"[{name}] = ?" for name in columns if name != "id")
        values = [row[name] for name in columns if name != "id"]
        ws.db.execute(f"UPDATE [{table}] SET {assignments} WHERE id = ?", [*values, row["id"]])
    else:
        names = ", ".join(f"[{name}]" for name in columns)
        marks = ", ".join("?" for _ in columns)
        ws.db.execute(f"INSERT INTO [{table}] ({names}) VALUES ({marks})", list(row.values()))


def restore(ws: Workspace, table: str, row: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    """Put back, whole, a version of a record that this laptop wrote over moments ago (a
    decision on a conflict being undone: see exchange.bulk), bookkeeping included.

    Unlike ``update`` no new revision is made: the record is again exactly the version that
    was there, so the conflict it belongs to holds it again. Each field changed back is logged.
    """
    with transaction(ws.db):
        current = get(ws, table, row["id"], include_deleted=True)
        if current is None:
            raise KeyError(f"{table} {row['id']} does not exist")
        changed = {
            name: (current.get(name), value)
            for name, value in row.items()
            if name not in BOOKKEEPING[:5] and current.get(name) != value
        }
        put_version(ws, table, row, exists=True)
        at = utc_now()
        for name, (old, new) in changed.items():
            if name in DERIVED:
                continue
            if name == "deleted":
                _audit(ws, table, row["id"], "delete" if new else "insert", at)
            else:
                _audit(ws, table, row["id"], "update", at, name, old, new)
    return changed


def note(ws: Workspace, table: str, record_id: str, payload: Any) -> None:
    """An audit 'note': something that happened to records as a whole (a merge, a decision)."""
    _audit(ws, table, record_id, "note", utc_now(), new=payload)
