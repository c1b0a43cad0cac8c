"""Conflicts settled in bulk: every open conflict of one package or of one inspection, one
choice, and the whole decision undone while nothing has moved on since.

Each conflict is resolved by ``conflicts.resolve`` (the one-by-one rules: a signed biên bản is
never replaced by a draft, and so on); one that cannot take the choice is skipped with the
reason. A decision is one transaction, and is kept in the audit log (a note on table
``conflicts``, which never travels) with each record as it was before and after, so that
``undo`` can put the records and the open conflicts back exactly — as long as no record has
changed since and no package has left this laptop carrying the decision.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from cchc_desktop.domain.dates import dmy
from cchc_desktop.errors import NotFound, UserError, pick
from cchc_desktop.exchange import conflicts
from cchc_desktop.exchange.origins import Package, packages
from cchc_desktop.exchange.sent import EXPORTS
from cchc_desktop.store import records
from cchc_desktop.store.connection import fetch_all, transaction
from cchc_desktop.store.lookup import resolve as resolve_ref
from cchc_desktop.store.synced import synced_table

if TYPE_CHECKING:
    from cchc_desktop.store.workspace import Workspace

NOTE_TABLE = "conflicts"  # local-only: the decision's note stays on this laptop


@dataclass
class Decision:
    """One choice applied to many conflicts: what was resolved (with each record before and
    after) and what was skipped, and why."""

    id: str
    keep: str
    scope: dict[str, str]  # kind ("package", "inspection", "chosen"), id, label
    resolved: list[dict[str, Any]] = field(default_factory=list)
    skipped: list[dict[str, Any]] = field(default_factory=list)
    undone: bool = False

    def reasons(self) -> dict[str, int]:
        """Why conflicts were skipped, each reason with how many."""
        counted: dict[str, int] = {}
        for item in self.skipped:
            counted[item["reason"]] = counted.get(item["reason"], 0) + 1
        return counted

    def as_json(self) -> dict[str, Any]:
        """What the CLI prints with --json (the rows before/after stay in the audit log)."""
        return {
            "id": self.id,
            "keep": self.keep,
            "scope": self.scope,
            "resolved": [
                {k: item[k] for k in ("conflict", "table", "record_id")} for item in self.resolved
            ],
            "skipped": self.skipped,
            "undone": self.undone,
        }


def inspection_label(ws: Workspace, inspection_id: str) -> str:
    """An inspection as a person knows it: the unit and the day."""
    row = ws.db.execute(
        "SELECT u.name, i.date FROM inspections i JOIN units u ON u.id = i.unit_id WHERE i.id = ?",
        [inspection_id],
    ).fetchone()
    return f"{row[0]}, {dmy(row[1])}" if row else inspection_id[:8]


def inspection_of(ws: Workspace, table: str, record_id: str) -> str | None:
    """The inspection a record belongs to (None for units, plans, templates…)."""
    if table == "inspections":
        return record_id
    names = {str(r[1]) for r in ws.db.execute(f"PRAGMA table_info([{table}])")}
    if "inspection_id" not in names:
        return None
    row = ws.db.execute(f"SELECT inspection_id FROM [{table}] WHERE id = ?", [record_id]).fetchone()
    return str(row[0]) if row and row[0] else None


def _open_ids(ws: Workspace) -> list[str]:
    return [
        str(r[0])
        for r in ws.db.execute(
            "SELECT id FROM conflicts WHERE status = 'open' ORDER BY detected_at, id"
        )
    ]


def open_by_package(ws: Workspace) -> list[tuple[Package, list[str]]]:
    """The merged packages that have open conflicts, each with them (oldest merge first)."""
    still = set(_open_ids(ws))
    found = []
    for package in packages(ws):
        ids = [c for c in package.conflict_ids if c in still]
        if ids:
            found.append((package, ids))
    return found


def open_by_inspection(ws: Workspace) -> list[tuple[str, str, list[str]]]:
    """(inspection id, its label, its open conflicts) for each inspection that has some."""
    grouped: dict[str, list[str]] = {}
    for row in fetch_all(
        ws.db,
        "SELECT id, table_name, record_id FROM conflicts WHERE status = 'open'"
        " ORDER BY detected_at, id",
    ):
        inspection = inspection_of(ws, row["table_name"], row["record_id"])
        if inspection is not None:
            grouped.setdefault(inspection, []).append(str(row["id"]))
    found = [(i, inspection_label(ws, i), ids) for i, ids in grouped.items()]
    return sorted(found, key=lambda item: item[1])


def of_package(ws: Workspace, ref: str) -> tuple[Package, list[str]]:
    """The package a person names (the start of its id, or its file name) and its open
    conflicts."""
    text = ref.strip()
    known = packages(ws)
    hits = [
        p
        for p in known
        if (len(text) >= 4 and p.package_id.startswith(text.lower()))
        or p.package_name.lower() == text.lower()
    ]
    if len(hits) != 1:
        raise (NotFound if not hits else UserError)(
            f"Không tìm thấy gói «{text}» trong các gói đã gộp"
            + (" (khớp nhiều gói; hãy ghi thêm ký tự của mã gói)" if hits else "")
            + ". Xem: cchc conflicts list",
            f"No merged package '{text}'"
            + (" (several match; give more of the package id)" if hits else "")
            + ". See: cchc conflicts list",
        )
    still = set(_open_ids(ws))
    return hits[0], [c for c in hits[0].conflict_ids if c in still]


def of_inspection(ws: Workspace, ref: str) -> tuple[str, list[str]]:
    """The inspection a person names and its open conflicts."""
    inspection = resolve_ref(ws, "inspections", ref)
    ids = [
        str(row["id"])
        for row in fetch_all(
            ws.db,
            "SELECT id, table_name, record_id FROM conflicts WHERE status = 'open'"
            " ORDER BY detected_at, id",
        )
        if inspection_of(ws, row["table_name"], row["record_id"]) == inspection
    ]
    return inspection, ids


def package_scope(package: Package) -> dict[str, str]:
    return {
        "kind": "package",
        "id": package.package_id,
        "label": pick(
            f"gói {package.package_name} ({package.device_name})",
            f"package {package.package_name} ({package.device_name})",
        ),
    }


def inspection_scope(ws: Workspace, inspection_id: str) -> dict[str, str]:
    label = inspection_label(ws, inspection_id)
    return {
        "kind": "inspection",
        "id": inspection_id,
        "label": pick(f"cuộc kiểm tra {label}", f"inspection {label}"),
    }


def resolve_all(
    ws: Workspace, conflict_ids: list[str], keep: str, scope: dict[str, str]
) -> Decision:
    """Keep ``mine`` (what this laptop shows) or ``theirs`` in every one of these conflicts,
    in one transaction; a conflict that cannot take the choice is skipped with the reason."""
    if keep not in ("mine", "theirs"):
        raise UserError(
            "Giải quyết hàng loạt chỉ chọn được giữ bản trong máy này (mine) hoặc bản trong gói "
            "(theirs); «giữ cả hai» phải xem từng xung đột.",
            "Bulk resolution takes only mine or theirs; 'keep both' is decided one by one.",
        )
    decision = Decision(records.new_id(), keep, scope)
    with transaction(ws.db):
        for conflict_id in conflict_ids:
            row = conflicts.find(ws, conflict_id)
            table, record_id = row["table_name"], row["record_id"]
            item = {"conflict": row["id"], "table": table, "record_id": record_id}
            if row["status"] != "open":
                decision.skipped.append(
                    {**item, "reason": pick("đã được giải quyết", "already resolved")}
                )
                continue
            before = records.get(ws, table, record_id, include_deleted=True)
            try:
                conflicts.resolve(ws, row["id"], keep)  # type: ignore[arg-type]
            except UserError as exc:
                decision.skipped.append({**item, "reason": _reason(table, exc)})
                continue
            after = records.get(ws, table, record_id, include_deleted=True)
            decision.resolved.append({**item, "before": before, "after": after})
        if decision.resolved:
            records.note(ws, NOTE_TABLE, decision.id, _payload(decision))
    return decision


def _reason(table: str, exc: UserError) -> str:
    """Why one conflict was skipped, in a few words (the one-by-one message names options)."""
    entry = synced_table(table)
    if entry is not None and entry.immutable_when is not None:
        return pick(
            "biên bản đã ký không được thay bằng bản nháp chưa ký (giữ bản đã ký; xem riêng)",
            "signed minutes are never replaced by an unsigned draft (the signed one is kept; "
            "look at it on its own)",
        )
    return exc.message


def _payload(decision: Decision) -> dict[str, Any]:
    return {
        "bulk": True,
        "keep": decision.keep,
        "scope": decision.scope,
        "resolved": decision.resolved,
        "skipped": decision.skipped,
    }


def load(ws: Workspace, decision_id: str) -> tuple[Decision, int]:
    """A decision from the audit log, and its place in the log (for "what came after")."""
    row = ws.db.execute(
        "SELECT new_value, seq FROM audit_log WHERE table_name = ? AND record_id = ?"
        " AND action = 'note' ORDER BY seq LIMIT 1",
        [NOTE_TABLE, decision_id],
    ).fetchone()
    payload = json.loads(row[0]) if row and row[0] else None
    if not isinstance(payload, dict) or not payload.get("bulk"):
        raise NotFound(
            f"Không tìm thấy quyết định «{decision_id}».", f"No decision '{decision_id}'."
        )
    decision = Decision(
        decision_id,
        str(payload["keep"]),
        dict(payload["scope"]),
        list(payload["resolved"]),
        list(payload["skipped"]),
        undone=_undone(ws, decision_id),
    )
    return decision, int(row[1])


def _undone(ws: Workspace, decision_id: str) -> bool:
    return any(
        json.loads(r[0] or "{}").get("undo") == decision_id
        for r in ws.db.execute(
            "SELECT new_value FROM audit_log WHERE table_name = ? AND action = 'note'"
            " AND new_value LIKE ?",
            [NOTE_TABLE, f'%"undo": "{decision_id}"%'],
        )
    )


def find_decision(ws: Workspace, ref: str) -> str:
    """The full id of the bulk decision whose id starts with ``ref`` (4 characters or more)."""
    ref = ref.strip().lower()
    hits = (
        {
            str(r[0])
            for r in ws.db.execute(
                "SELECT record_id FROM audit_log WHERE table_name = ? AND action = 'note'"
                " AND record_id LIKE ? AND new_value LIKE '%\"bulk\": true%'",
                [NOTE_TABLE, ref + "%"],
            )
        }
        if len(ref) >= 4
        else set()
    )
    if len(hits) != 1:
        raise NotFound(f"Không tìm thấy quyết định «{ref}».", f"No decision '{ref}'.")
    return hits.pop()


def last_decision(ws: Workspace) -> str | None:
    """The most recent decision taken in bulk that is not undone, if any."""
    for record_id, value in ws.db.execute(
        "SELECT record_id, new_value FROM audit_log WHERE table_name = ? AND action = 'note'"
        " AND new_value LIKE '%\"bulk\": true%' ORDER BY seq DESC LIMIT 20",
        [NOTE_TABLE],
    ):
        if json.loads(value or "{}").get("bulk") and not _undone(ws, str(record_id)):
            return str(record_id)
    return None


def undo(ws: Workspace, decision_id: str) -> Decision:
    """Reopen the conflicts a decision resolved and put each record back as it was.

    Refused (nothing changed) when a record changed after the decision, a conflict was met
    again, or a package was exported since: that package carries the decision.
    """
    decision, seq = load(ws, decision_id)
    if decision.undone:
        raise UserError(
            "Quyết định này đã được hoàn tác.", "This decision has already been undone."
        )
    exported = ws.db.execute(
        "SELECT 1 FROM audit_log WHERE table_name = ? AND seq > ? LIMIT 1", [EXPORTS, seq]
    ).fetchone()
    if exported:
        raise UserError(
            "Không hoàn tác được: sau khi giải quyết, máy này đã xuất gói mang quyết định đó. "
            "Hãy xem lại từng bản ghi và sửa nếu cần.",
            "Cannot undo: since the decision, this laptop exported a package carrying it. "
            "Review the records and edit them if needed.",
        )
    with transaction(ws.db):
        for item in decision.resolved:
            table, record_id = item["table"], item["record_id"]
            now = records.get(ws, table, record_id, include_deleted=True)
            again = conflicts.open_for(ws, table, record_id)
            if now != item["after"] or again is not None:
                raise UserError(
                    f"Không hoàn tác được: {_what(table)} {record_id[:8]} đã thay đổi sau khi "
                    "giải quyết xung đột. Dữ liệu không thay đổi.",
                    f"Cannot undo: {_what(table)} {record_id[:8]} changed after the conflict "
                    "was resolved. Nothing was changed.",
                )
            # The conflict first: a signed biên bản may show another signed version only while
            # an open conflict holds it (the triggers of migrations m0005 and m0007).
            ws.db.execute(
                "UPDATE conflicts SET status = 'open', resolution = NULL, resolved_by = NULL,"
                " resolved_at = NULL WHERE id = ?",
                [item["conflict"]],
            )
            records.restore(ws, table, item["before"])
        records.note(ws, NOTE_TABLE, records.new_id(), {"undo": decision_id})
    decision.undone = True
    return decision


def _what(table: str) -> str:
    from cchc_desktop.exchange.report import table_label

    return table_label(table)
