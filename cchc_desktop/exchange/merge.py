"""Merging a verified package: media first, then every record in one transaction.

Per record (see versions.py): a new record is added; a version this database already
supersedes is skipped; a version that supersedes ours is taken whole; versions that saw
different changes (version vectors concurrent) are folded when they say the same thing and
otherwise become a conflict that keeps them all, the database showing one chosen from the set
alone. So merging a package twice changes nothing, and packages merged in any order give the
same database.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cchc_desktop.domain.dates import utc_now
from cchc_desktop.errors import UserError, pick
from cchc_desktop.exchange import conflicts, derive_pending, media_in, remerge
from cchc_desktop.exchange import progress_words as words
from cchc_desktop.exchange.archive import refuse
from cchc_desktop.exchange.collect import columns
from cchc_desktop.exchange.provenance_check import learn_keys
from cchc_desktop.exchange.report import MergeReport, Outcome
from cchc_desktop.exchange.trust import accept, note_name
from cchc_desktop.exchange.verify import Verified, verify_package
from cchc_desktop.progress import Progress, step
from cchc_desktop.store import records
from cchc_desktop.store.connection import transaction
from cchc_desktop.store.synced import SYNCED_TABLES, SyncedTable
from cchc_desktop.store.versions import (
    Version,
    folded,
    frontier,
    meta_rank,
    shown,
    superseded,
)

if TYPE_CHECKING:
    from cchc_desktop.store.workspace import Workspace

log = logging.getLogger(__name__)


class _Preview(Exception):
    """Raised inside the transaction of a dry run so that everything rolls back."""


def untrusted(verified: Verified) -> UserError:
    name = verified.path.name
    label, digits = verified.device.label, verified.device.digits
    return UserError(
        f"Gói {name} đến từ máy chưa được tin cậy {label}, vân tay {digits}. Hãy đọc to từng "
        f'nhóm số với người giữ máy gửi, rồi chạy: cchc devices trust "{verified.path}" '
        f'--fingerprint "{digits}" (hoặc cchc merge --trust-new). Dữ liệu không thay đổi.',
        f"Package {name} comes from a laptop not yet trusted, {label}, fingerprint {digits}. "
        "Read the groups aloud with whoever holds the sending laptop, then run: "
        f'cchc devices trust "{verified.path}" --fingerprint "{digits}" (or cchc merge '
        "--trust-new). Nothing was changed.",
    )


def merge_file(
    ws: Workspace,
    path: Path,
    *,
    trust_new: bool = False,
    dry_run: bool = False,
    expected_id: str | None = None,
    progress: Progress | None = None,
) -> MergeReport:
    """Verify, then merge (or, with ``dry_run``, only say what a merge would do).

    ``expected_id`` is the id of the package a person looked at before deciding to merge
    (the window's preview): a file that no longer holds that package is refused.
    """
    earlier = remerge.merged_before(ws, path)
    if earlier is not None and expected_id in (None, earlier.package_id):
        earlier.dry_run = dry_run
        return earlier  # the same content merged before: recognised from the manifest alone
    verified = verify_package(ws, path, stage=not dry_run, progress=progress)
    try:
        if expected_id is not None and verified.package_id != expected_id:
            raise refuse(
                path,
                "tệp đã thay đổi sau khi được kiểm tra và xem trước; hãy mở lại gói để xem trước",
                "the file changed after it was checked and previewed; open the package again",
            )
        if verified.trust == "new" and not dry_run:
            if not trust_new:
                raise untrusted(verified)
            accept(ws, verified.device)
            verified.trust = "trusted"
        if verified.trust == "trusted" and not dry_run:
            note_name(ws, verified.device)  # a laptop renamed since it was trusted
        return merge_verified(ws, verified, dry_run=dry_run, progress=progress)
    finally:
        verified.discard()


def merge_verified(
    ws: Workspace, verified: Verified, *, dry_run: bool = False, progress: Progress | None = None
) -> MergeReport:
    """Merge a verified (and, unless ``dry_run``, staged and trusted) package in one transaction.

    The records are decided first; only when the package is kept are its files moved into the
    media store and made durable, then everything commits. Thumbnails and print copies are
    made here from the originals afterwards (``media_in``), never taken from the package.
    """
    if verified.trust == "new" and not dry_run:
        raise untrusted(verified)
    report = MergeReport(
        package=verified.path.name,
        package_id=verified.package_id,
        device_id=verified.device.device_id,
        device_name=verified.device.name,
        fingerprint=verified.device.fingerprint,
        created_at=verified.created_at,
        dry_run=dry_run,
    )
    blobs = media_in.new_blobs(ws, verified)
    owed: Path | None = None
    report.blobs_added = len(blobs)
    touched = False
    try:
        with transaction(ws.db):
            learned = learn_keys(ws, verified)
            touched = _merge_records(ws, verified, report, progress)
            report.audit_added = _merge_audit(ws, verified)
            t = report.totals()
            report.changed = bool(
                touched
                or t["added"]
                or t["updated"]
                or report.conflicts
                or report.audit_added
                or report.blobs_added
                or learned
            )
            # Nothing new leaves the file untouched, down to SQLite's own counters.
            if dry_run or not report.changed:
                raise _Preview
            media_in.bring_blobs(ws, verified, blobs, progress)
            _record(ws, verified, report)
            if media_in.wants_derivatives(verified):
                # Owed from the commit on: a kill before they are made is finished at the
                # next start (derive_pending).
                owed = derive_pending.mark(ws, verified.package_id, media_in.photo_shas(verified))
    except _Preview:
        pass
    except BaseException:
        if owed is not None:
            derive_pending.clear(owed)  # not committed: nothing is owed
        raise
    if not dry_run and media_in.wants_derivatives(verified):
        media_in.make_derivatives(ws, verified, report, progress)
    if owed is not None:
        derive_pending.clear(owed)
    return report


def _merge_records(
    ws: Workspace, verified: Verified, report: MergeReport, progress: Progress | None
) -> bool:
    """Merge the package's records table by table, in merge order, a batch at a time."""
    records = verified.records
    total = records.total()
    about = words.subject(records.rows) or words.package_of(verified.device.name)
    run = _Run(ws, report, progress, words.Counter("merge", about), total)
    for table in SYNCED_TABLES:
        if records.count(table.name):
            _merge_table(run, table, records.batches(table.name))
    step(progress, total, total, run.counter.at("records", total, total))
    return run.touched


@dataclass
class _Run:
    """A merge of records under way: where it writes, what it has done, who is told."""

    ws: Workspace
    report: MergeReport
    progress: Progress | None
    counter: words.Counter
    total: int
    done: int = 0
    touched: bool = False


def _merge_table(run: _Run, table: SyncedTable, batches: Iterable[list[dict[str, Any]]]) -> None:
    """One table's rows. Rows of one table may point at each other (a commune's district): a
    row whose parent is not there yet waits for the next pass over those that wait. Each write
    is one statement, so a refused one leaves nothing behind (SQLite undoes it alone)."""
    ws = run.ws
    known = set(columns(ws, table.name))
    disputed = {
        str(r[0])
        for r in ws.db.execute(
            "SELECT record_id FROM conflicts WHERE table_name = ? AND status = 'open'",
            [table.name],
        )
    }
    waiting: list[tuple[dict[str, Any], dict[str, Any] | None, sqlite3.IntegrityError]] = []
    rows = 0
    for batch in batches:
        if "sig" in known:  # a format 1 row has no attestations: stored as unsigned (legacy)
            batch[:] = [row if "sig" in row else {**row, "sig": ""} for row in batch]
        here = _local_rows(ws, table.name, [row["id"] for row in batch])
        pending = [(row, here.get(row["id"])) for row in batch]
        waiting += _merge_pass(run, table, pending, disputed, known)
        rows += len(batch)
    pending_count = rows
    while waiting and len(waiting) < pending_count:
        pending_count = len(waiting)
        waiting = _merge_pass(run, table, [(r, local) for r, local, _e in waiting], disputed, known)
    for row, _local, reason in waiting:
        run.report.count(table.name, "refused")
        run.report.refused.append(
            {"table": table.name, "record_id": row["id"], "reason": _reason(reason)}
        )


def _merge_pass(
    run: _Run,
    table: SyncedTable,
    pending: list[tuple[dict[str, Any], dict[str, Any] | None]],
    disputed: set[str],
    known: set[str],
) -> list[tuple[dict[str, Any], dict[str, Any] | None, sqlite3.IntegrityError]]:
    """Merge each (row, stored row); return those that wait, with the reason."""
    waiting = []
    for row, local in pending:
        try:
            outcome, changed = _merge_row(
                run.ws, table, row, local, row["id"] in disputed, known, run.report
            )
        except sqlite3.IntegrityError as exc:
            if exc.sqlite_errorname not in _WAITS:
                # A NOT NULL or CHECK the checks before the merge let through: their gap,
                # logged for the developers; for the person, the row is refused like any
                # other (a hostile package never ends a merge in a crash).
                log.warning("merge: %s %s refused by %s", table.name, row["id"], exc)
            # Without its traceback: that would keep this pass's whole batch alive.
            waiting.append((row, local, exc.with_traceback(None)))
            continue
        run.report.count(table.name, outcome)
        run.touched |= changed
        run.done += 1
        if run.done % 200 == 0:
            step(run.progress, run.done, run.total, run.counter.at("records", run.done, run.total))
    return waiting


# The constraints a row of a verified package may still meet, by SQLite's result code: a
# parent not merged yet (it may come in the next pass), a clash with a row stored here, a
# guard trigger of the schema. Any other (NOT NULL, CHECK) is a gap in the checks before:
# the row is refused all the same, and the gap logged.
_WAITS = frozenset(
    {
        "SQLITE_CONSTRAINT_FOREIGNKEY",
        "SQLITE_CONSTRAINT_UNIQUE",
        "SQLITE_CONSTRAINT_PRIMARYKEY",
        "SQLITE_CONSTRAINT_TRIGGER",
    }
)
# The guard triggers' own words (RAISE(ABORT, …) in store/migrations/): all share one code.
_SIGNED_MINUTES_GUARD = "signed minutes are immutable"


def _reason(exc: sqlite3.IntegrityError) -> str:
    """Why a row was refused, for a person, sorted by the constraint that refused it."""
    kind, text = exc.sqlite_errorname, str(exc)
    if kind == "SQLITE_CONSTRAINT_FOREIGNKEY":
        return pick("thiếu bản ghi mà nó dựa vào", "a record it rests on is missing")
    if kind == "SQLITE_CONSTRAINT_TRIGGER" and text == _SIGNED_MINUTES_GUARD:
        return pick(
            "biên bản đã ký không được thay bằng nội dung khác (chỉ được ký thêm); bản đã ký "
            "đang lưu được giữ nguyên",
            "signed minutes cannot be replaced by other content (only signed further); the "
            "signed version stored here is kept",
        )
    if kind not in _WAITS:  # NOT NULL, CHECK: a value the schema does not take
        return pick(f"giá trị không hợp lệ ({text})", f"an invalid value ({text})")
    if kind == "SQLITE_CONSTRAINT_TRIGGER":
        return pick(
            f"bản ghi được bảo vệ, không thay được ({text})", f"a protected record ({text})"
        )
    return pick(f"trùng với bản ghi khác ({text})", f"clashes with another record ({text})")


def _local_rows(ws: Workspace, table: str, ids: list[str]) -> dict[str, dict[str, Any]]:
    """The stored rows with these ids, read in a few queries rather than one per record."""
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), 500):
        part = ids[start : start + 500]
        marks = ", ".join("?" for _ in part)
        cursor = ws.db.execute(f"SELECT * FROM [{table}] WHERE id IN ({marks})", part)
        names = [c[0] for c in cursor.description]
        for values in cursor:
            row = dict(zip(names, values, strict=True))
            found[row["id"]] = row
    return found


def _merge_row(
    ws: Workspace,
    table: SyncedTable,
    incoming: dict[str, Any],
    local: dict[str, Any] | None,
    disputed: bool,
    known: set[str],
    report: MergeReport,
) -> tuple[Outcome, bool]:
    """Merge one version against the stored row; return its outcome and whether it wrote."""
    name, record_id = table.name, incoming["id"]
    if local is None:
        records.put_version(ws, name, incoming, exists=False)
        return "added", True
    if not disputed and all(local.get(k) == v for k, v in incoming.items()):
        return "skipped", False  # the very row we hold (a package merged again, a template)
    theirs = Version.of(incoming, table)
    # Compare on the columns the package has (an older app may send fewer).
    mine = Version.of({k: local[k] for k in incoming if k in known}, table)
    current = conflicts.open_for(ws, name, record_id) if disputed else None
    if current is None:
        if theirs.key == mine.key:  # the same version: keep the latest copy's bookkeeping
            if meta_rank(theirs) > meta_rank(mine):
                return "skipped", _write(ws, name, local, incoming)
            return "skipped", False
        guard = ws.device_id  # this laptop's own versions give way only to its user (versions.py)
        if superseded(theirs, mine, guard):
            return "skipped", False
        if superseded(mine, theirs, guard):
            records.put_version(ws, name, incoming, exists=True)
            return "updated", True
        if conflicts.was_decided(ws, name, record_id, theirs):
            return "skipped", False
        standing = frontier([mine, theirs], guard)
    else:
        guard = ws.device_id
        held = [Version.of(v, table) for v in json.loads(current["versions"])]
        before = frontier([*held, mine], guard)
        standing = frontier([*before, theirs], guard)
        if {(v.key, meta_rank(v)) for v in standing} == {
            (v.key, meta_rank(v)) for v in before
        } or conflicts.was_decided(ws, name, record_id, theirs):
            return "skipped", False
    return _settle(ws, table, record_id, local, standing, current, report)


def _settle(
    ws: Workspace,
    table: SyncedTable,
    record_id: str,
    local: dict[str, Any],
    standing: list[Version],
    current: dict[str, Any] | None,
    report: MergeReport,
) -> tuple[Outcome, bool]:
    """Store what a set of standing versions means: one version, a fold, or a conflict."""
    if len(standing) == 1 or len({v.content_hash for v in standing}) == 1:
        winner = standing[0] if len(standing) == 1 else folded(standing)
        changed = _write(ws, table.name, local, winner.row)
        if current is not None:
            conflicts.close(ws, current["id"], "superseded")
            return "updated", True
        return ("updated" if len(standing) == 1 else "skipped"), changed
    # The conflict first: a signed minutes row may show another signed version only while an
    # open conflict holds it (the trigger of migration m0005 checks exactly that). Both in one
    # savepoint, so a version the database refuses to show leaves no conflict behind either.
    with transaction(ws.db):
        conflict_id = conflicts.save_open(ws, table.name, record_id, standing)
        _write(ws, table.name, local, shown(standing, ws.device_id).row)
    report.conflicts.append({"id": conflict_id, "table": table.name, "record_id": record_id})
    return "conflicts", True


def _write(ws: Workspace, table: str, local: dict[str, Any], row: dict[str, Any]) -> bool:
    if all(local.get(k) == v for k, v in row.items()):
        return False
    records.put_version(ws, table, row, exists=True)
    return True


def _merge_audit(ws: Workspace, verified: Verified) -> int:
    """Add the audit entries not yet here (by their UUID); the log only ever grows.

    Every line of a format 2 package was checked to carry its device's signature. A format 1
    package (before m0008) vouches, by its manifest signature, for its sender's own lines
    alone: lines it relays from other laptops prove nothing and are left out.
    """
    sender = verified.device.device_id
    before = ws.db.conn.total_changes
    for entry in verified.records.audit():
        if not entry.get("sig") and entry.get("device_id") != sender:
            continue
        names = ", ".join(f"[{k}]" for k in entry)
        marks = ", ".join("?" for _ in entry)
        ws.db.execute(
            f"INSERT OR IGNORE INTO audit_log ({names}) VALUES ({marks})", list(entry.values())
        )
    return ws.db.conn.total_changes - before


def _record(ws: Workspace, verified: Verified, report: MergeReport) -> None:
    report.merge_id = records.new_id()
    summary = report.as_json()
    ws.db.execute(
        "INSERT INTO merges (id, package_id, package_name, device_id, created_at, merged_at,"
        " actor, report) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            report.merge_id,
            verified.package_id,
            verified.path.name,
            verified.device.device_id,
            verified.created_at,
            utc_now(),
            ws.actor,
            json.dumps(summary, ensure_ascii=False, sort_keys=True),
        ],
    )
    records.note(
        ws,
        "merges",
        report.merge_id,
        {
            "package": verified.path.name,
            "package_id": verified.package_id,
            "device_id": verified.device.device_id,
            "totals": report.totals(),
            "conflicts": [c["id"] for c in report.conflicts],
            "refused": report.refused,
        },
    )
