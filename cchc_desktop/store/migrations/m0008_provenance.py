"""Provenance: every version and audit line carries its author's signature; templates freeze.

- ``sig`` on every synchronised table (any table with the record bookkeeping columns): the JSON
  list of Ed25519 attestations that prove who wrote the version and every entry of its version
  vector (store/provenance.py, docs/PACKAGE_FORMAT.md §4). Rows already here get ``''``:
  they are this database's trusted history. The device's own rows and audit lines are signed
  with its key the first time the folder is opened after this migration (the migration itself
  has no key: ``records.sign_own_history``, triggered by the ``meta`` flag set here); rows that
  came from other laptops before the upgrade stay unsigned ("legacy") and the merge rules say
  what an unsigned version may do (never move a version-vector entry forward).
- ``sig`` on ``audit_log``, the line's signature by its device; the append-only trigger now
  lets an unsigned line be signed once, and nothing else.
- ``device_keys``: public keys of laptops whose changes reached this folder through another
  laptop (introduced by the package that relayed them), so later packages cannot swap them.
- Published templates and their criteria are immutable in the database too: only the
  bookkeeping and the tombstone flag of a template version may change (a changed template is a
  new version).

Later migrations that create a synchronised table add ``SIG_COLUMN`` beside m0001's
``RECORD_COLUMNS``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cchc_desktop.store.migrate import execute_script
from cchc_desktop.store.reading import SIGN_HISTORY_FLAG

if TYPE_CHECKING:
    from cchc_desktop.store.connection import Database

NAME = "provenance"

SIG_COLUMN = "sig TEXT NOT NULL DEFAULT ''"
PENDING_FLAG = SIGN_HISTORY_FLAG

_BOOKKEEPING = {"id", "rev", "vv", "updated_at", "device_id", "deleted"}

SCHEMA = f"""
ALTER TABLE audit_log ADD COLUMN {SIG_COLUMN};

DROP TRIGGER audit_log_no_update;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN NOT (
    OLD.sig = '' AND NEW.sig <> ''
    AND NEW.seq IS OLD.seq AND NEW.id IS OLD.id AND NEW.at IS OLD.at
    AND NEW.device_id IS OLD.device_id AND NEW.actor IS OLD.actor
    AND NEW.table_name IS OLD.table_name AND NEW.record_id IS OLD.record_id
    AND NEW.action IS OLD.action AND NEW.field IS OLD.field
    AND NEW.old_value IS OLD.old_value AND NEW.new_value IS OLD.new_value
)
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

CREATE TABLE device_keys (
    device_id     TEXT PRIMARY KEY,
    public_key    TEXT NOT NULL,
    fingerprint   TEXT NOT NULL,
    introduced_by TEXT NOT NULL,
    first_seen    TEXT NOT NULL
);

CREATE TRIGGER templates_published_frozen BEFORE UPDATE ON templates
WHEN NEW.key IS NOT OLD.key OR NEW.version IS NOT OLD.version OR NEW.title IS NOT OLD.title
    OR NEW.scope IS NOT OLD.scope OR NEW.valid_from IS NOT OLD.valid_from
    OR NEW.valid_to IS NOT OLD.valid_to OR NEW.description IS NOT OLD.description
    OR NEW.basis IS NOT OLD.basis OR NEW.content_hash IS NOT OLD.content_hash
BEGIN SELECT RAISE(ABORT, 'published templates are immutable'); END;

CREATE TRIGGER criteria_published_frozen BEFORE UPDATE ON criteria
WHEN NEW.template_id IS NOT OLD.template_id OR NEW.code IS NOT OLD.code
    OR NEW.area IS NOT OLD.area OR NEW.area_title IS NOT OLD.area_title
    OR NEW.text IS NOT OLD.text OR NEW.guidance IS NOT OLD.guidance
    OR NEW.evidence IS NOT OLD.evidence OR NEW.max_score IS NOT OLD.max_score
    OR NEW.source IS NOT OLD.source OR NEW.position IS NOT OLD.position
BEGIN SELECT RAISE(ABORT, 'published templates are immutable'); END;
"""


def synced_tables(db: Database) -> list[str]:
    """Every table with the record bookkeeping columns (whatever migrations made them)."""
    found = []
    for (name,) in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
    ).fetchall():
        columns = {str(r[1]) for r in db.execute(f"PRAGMA table_info([{name}])")}
        if columns >= _BOOKKEEPING:
            found.append(str(name))
    return found


def apply(db: Database) -> None:
    tables = synced_tables(db)
    # A database with history asks for it to be signed when next opened (a new one has none).
    history = db.execute("SELECT 1 FROM audit_log LIMIT 1").fetchone() is not None or any(
        db.execute(f"SELECT 1 FROM [{table}] LIMIT 1").fetchone() is not None for table in tables
    )
    for table in tables:
        db.execute(f"ALTER TABLE [{table}] ADD COLUMN {SIG_COLUMN}")
    execute_script(db, SCHEMA)
    if history:
        db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, '1')", [PENDING_FLAG])
