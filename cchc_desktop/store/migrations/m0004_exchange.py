"""Exchange: trusted devices, conflicts awaiting a decision, and the record of every merge.

These tables are local to one data folder and never travel: trust is each secretary's own
decision, a conflict is resolved by writing a new revision of the record (which does travel),
and the merge history describes this folder's inbox.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cchc_desktop.store.migrate import execute_script

if TYPE_CHECKING:
    from cchc_desktop.store.connection import Database

NAME = "exchange"

SCHEMA = """
CREATE TABLE trusted_devices (
    device_id   TEXT PRIMARY KEY,
    public_key  TEXT NOT NULL,
    fingerprint TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL DEFAULT '',
    first_seen  TEXT NOT NULL,
    accepted_by TEXT NOT NULL,
    accepted_at TEXT NOT NULL
);

-- One row per record whose versions disagree. ``versions`` is the JSON list of every
-- version still standing (whole rows, bookkeeping included), so nothing is lost while a
-- person decides; a resolved conflict keeps its versions for the record.
CREATE TABLE conflicts (
    id          TEXT PRIMARY KEY,
    table_name  TEXT NOT NULL,
    record_id   TEXT NOT NULL,
    versions    TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
    detected_at TEXT NOT NULL,
    resolution  TEXT,
    resolved_by TEXT,
    resolved_at TEXT
);
CREATE UNIQUE INDEX conflicts_one_open ON conflicts(table_name, record_id) WHERE status = 'open';
CREATE INDEX conflicts_record ON conflicts(table_name, record_id);

CREATE TABLE merges (
    id             TEXT PRIMARY KEY,
    package_id     TEXT NOT NULL,
    package_name   TEXT NOT NULL,
    device_id      TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    merged_at      TEXT NOT NULL,
    actor          TEXT NOT NULL,
    report         TEXT NOT NULL
);
CREATE INDEX merges_package ON merges(package_id);
"""


def apply(db: Database) -> None:
    execute_script(db, SCHEMA)
