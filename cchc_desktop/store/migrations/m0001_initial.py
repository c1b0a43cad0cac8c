"""The first schema: reference data, inspections, answers, findings, signers, audit log."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cchc_desktop.store.migrate import execute_script

if TYPE_CHECKING:
    from cchc_desktop.store.connection import Database

NAME = "initial"

# Columns every synchronised record carries. ``id`` is a UUID (derived from the natural key
# for reference data, so the same real thing has the same id on every laptop); ``rev`` counts
# changes; ``vv`` is the version vector {device_id: changes made there}, which tells a later
# merge whether two copies were changed independently; ``deleted`` makes a tombstone.
RECORD_COLUMNS = """
    id          TEXT PRIMARY KEY,
    rev         INTEGER NOT NULL DEFAULT 1 CHECK (rev >= 1),
    vv          TEXT NOT NULL DEFAULT '{}',
    updated_at  TEXT NOT NULL,
    device_id   TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
"""

SCHEMA = f"""
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE units (
    {RECORD_COLUMNS},
    name        TEXT NOT NULL CHECK (name <> ''),
    sort_key    TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('tinh', 'so_nganh', 'huyen', 'xa', 'phuong',
                                               'thi_tran', 'dac_khu', 'mot_cua', 'ttpvhcc')),
    code        TEXT,
    parent_id   TEXT REFERENCES units(id),
    valid_from  TEXT,
    valid_to    TEXT,
    merged_from TEXT NOT NULL DEFAULT '[]',
    address     TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX units_code ON units(code) WHERE code IS NOT NULL AND deleted = 0;
CREATE INDEX units_parent ON units(parent_id);
CREATE INDEX units_sort ON units(sort_key);

CREATE TABLE plans (
    {RECORD_COLUMNS},
    number      TEXT NOT NULL CHECK (number <> ''),
    date        TEXT NOT NULL,
    issuer      TEXT NOT NULL,
    parent_body TEXT NOT NULL DEFAULT '',
    title       TEXT NOT NULL,
    basis       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX plans_date ON plans(date);

CREATE TABLE teams (
    {RECORD_COLUMNS},
    plan_id     TEXT NOT NULL REFERENCES plans(id),
    name        TEXT NOT NULL DEFAULT '',
    decision    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX teams_plan ON teams(plan_id);

CREATE TABLE team_members (
    {RECORD_COLUMNS},
    team_id      TEXT NOT NULL REFERENCES teams(id),
    name         TEXT NOT NULL CHECK (name <> ''),
    title        TEXT NOT NULL DEFAULT '',
    role         TEXT NOT NULL CHECK (role IN ('truong_doan', 'pho_doan', 'thanh_vien', 'thu_ky')),
    organisation TEXT NOT NULL DEFAULT '',
    position     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX team_members_team ON team_members(team_id);

CREATE TABLE templates (
    {RECORD_COLUMNS},
    key          TEXT NOT NULL,
    version      INTEGER NOT NULL CHECK (version >= 1),
    title        TEXT NOT NULL,
    scope        TEXT NOT NULL DEFAULT '',
    valid_from   TEXT,
    valid_to     TEXT,
    description  TEXT NOT NULL DEFAULT '',
    basis        TEXT NOT NULL DEFAULT '[]',
    content_hash TEXT NOT NULL,
    UNIQUE (key, version)
);

CREATE TABLE criteria (
    {RECORD_COLUMNS},
    template_id TEXT NOT NULL REFERENCES templates(id),
    code        TEXT NOT NULL,
    area        TEXT NOT NULL,
    area_title  TEXT NOT NULL,
    text        TEXT NOT NULL,
    guidance    TEXT NOT NULL DEFAULT '',
    evidence    TEXT NOT NULL DEFAULT '',
    max_score   REAL NOT NULL DEFAULT 1 CHECK (max_score >= 0),
    source      TEXT NOT NULL DEFAULT '',
    position    INTEGER NOT NULL,
    UNIQUE (template_id, code)
);

CREATE TABLE inspections (
    {RECORD_COLUMNS},
    plan_id      TEXT NOT NULL REFERENCES plans(id),
    unit_id      TEXT NOT NULL REFERENCES units(id),
    team_id      TEXT REFERENCES teams(id),
    template_id  TEXT NOT NULL REFERENCES templates(id),
    date         TEXT NOT NULL,
    place        TEXT NOT NULL DEFAULT '',
    start_time   TEXT NOT NULL DEFAULT '',
    end_time     TEXT NOT NULL DEFAULT '',
    status       TEXT NOT NULL DEFAULT 'dang_kiem_tra',
    doc_number   TEXT NOT NULL DEFAULT '',
    conclusion   TEXT NOT NULL DEFAULT '',
    unit_opinion TEXT NOT NULL DEFAULT ''
);
CREATE INDEX inspections_plan_date ON inspections(plan_id, date);
CREATE INDEX inspections_unit ON inspections(unit_id);

CREATE TABLE answers (
    {RECORD_COLUMNS},
    inspection_id    TEXT NOT NULL REFERENCES inspections(id),
    criterion_code   TEXT NOT NULL,
    template_id      TEXT NOT NULL REFERENCES templates(id),
    template_version INTEGER NOT NULL,
    result           TEXT CHECK (result IN ('dat', 'dat_mot_phan', 'khong_dat', 'khong_ap_dung')),
    note             TEXT NOT NULL DEFAULT '',
    score            REAL,
    UNIQUE (inspection_id, criterion_code)
);

CREATE TABLE findings (
    {RECORD_COLUMNS},
    inspection_id  TEXT NOT NULL REFERENCES inspections(id),
    kind           TEXT NOT NULL CHECK (kind IN ('uu_diem', 'ton_tai', 'kien_nghi')),
    text           TEXT NOT NULL CHECK (text <> ''),
    criterion_code TEXT,
    responsible    TEXT NOT NULL DEFAULT '',
    deadline       TEXT,
    status         TEXT NOT NULL DEFAULT 'chua_thuc_hien'
                   CHECK (status IN ('chua_thuc_hien', 'dang_thuc_hien', 'da_hoan_thanh')),
    position       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX findings_inspection ON findings(inspection_id, kind, position);
CREATE INDEX findings_deadline ON findings(deadline) WHERE kind = 'kien_nghi';

CREATE TABLE signers (
    {RECORD_COLUMNS},
    inspection_id TEXT NOT NULL REFERENCES inspections(id),
    role          TEXT NOT NULL CHECK (role IN ('truong_doan', 'dai_dien_don_vi', 'thu_ky')),
    name          TEXT NOT NULL CHECK (name <> ''),
    title         TEXT NOT NULL DEFAULT '',
    image_sha256  TEXT,
    UNIQUE (inspection_id, role)
);

-- Append-only: the triggers below refuse any change to a row once written. ``id`` is a UUID
-- so entries from several laptops can be merged without collisions; ``seq`` is local order.
CREATE TABLE audit_log (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    id         TEXT NOT NULL UNIQUE,
    at         TEXT NOT NULL,
    device_id  TEXT NOT NULL,
    actor      TEXT NOT NULL,
    table_name TEXT NOT NULL,
    record_id  TEXT NOT NULL,
    action     TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete', 'note')),
    field      TEXT,
    old_value  TEXT,
    new_value  TEXT
);
CREATE INDEX audit_record ON audit_log(table_name, record_id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
"""


def apply(db: Database) -> None:
    execute_script(db, SCHEMA)
