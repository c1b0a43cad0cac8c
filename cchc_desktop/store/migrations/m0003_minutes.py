"""The minutes (biên bản) register and the per-plan document-number allocations.

``minutes``: one row per revision of an inspection's biên bản (1 = the biên bản, 2.. = biên bản
bổ sung, each pointing at the signed revision it supplements). The PDF and the frozen snapshot
it was built from are blobs in the media store. Once ``signed`` is 1 the content columns can
never change again and the row can never be deleted (triggers below): a later signature only
replaces ``pdf_sha256`` with a PDF that extends the earlier one (an incremental update) and
appends to ``signers``.

``doc_numbers``: every number ever given to a biên bản, one record per allocation, so a
number is never given twice. Its id is derived from (plan, running number): two laptops
that hand out the same number offline produce records with the same id and different
content, which a merge shows as a conflict instead of hiding it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cchc_desktop.store.migrate import execute_script
from cchc_desktop.store.migrations.m0001_initial import RECORD_COLUMNS

if TYPE_CHECKING:
    from cchc_desktop.store.connection import Database

NAME = "minutes"

SCHEMA = f"""
CREATE TABLE minutes (
    {RECORD_COLUMNS},
    inspection_id   TEXT NOT NULL REFERENCES inspections(id),
    revision_no     INTEGER NOT NULL CHECK (revision_no >= 1),
    supersedes_id   TEXT REFERENCES minutes(id) DEFERRABLE INITIALLY DEFERRED,
    doc_number      TEXT NOT NULL,
    pdf_sha256      TEXT NOT NULL,
    snapshot_sha256 TEXT NOT NULL,
    page_count      INTEGER NOT NULL DEFAULT 0,
    signed          INTEGER NOT NULL DEFAULT 0 CHECK (signed IN (0, 1)),
    signed_at       TEXT,
    signers         TEXT NOT NULL DEFAULT '[]',
    UNIQUE (inspection_id, revision_no)
);
CREATE INDEX minutes_pdf ON minutes(pdf_sha256);

-- A signed biên bản is a record of what both sides signed: its content never changes and it
-- is never deleted. Only pdf_sha256 (the PDF with a further incremental signature) and
-- signers may still move. A merge never needs more than that either.
CREATE TRIGGER minutes_signed_immutable BEFORE UPDATE ON minutes
WHEN OLD.signed = 1 AND (
    NEW.signed IS NOT 1
    OR NEW.deleted IS NOT 0
    OR NEW.inspection_id IS NOT OLD.inspection_id
    OR NEW.revision_no IS NOT OLD.revision_no
    OR NEW.supersedes_id IS NOT OLD.supersedes_id
    OR NEW.doc_number IS NOT OLD.doc_number
    OR NEW.snapshot_sha256 IS NOT OLD.snapshot_sha256
    OR NEW.signed_at IS NOT OLD.signed_at
)
BEGIN SELECT RAISE(ABORT, 'signed minutes are immutable'); END;

CREATE TRIGGER minutes_signed_kept BEFORE DELETE ON minutes
WHEN OLD.signed = 1
BEGIN SELECT RAISE(ABORT, 'signed minutes are immutable'); END;

CREATE TABLE doc_numbers (
    {RECORD_COLUMNS},
    plan_id       TEXT NOT NULL REFERENCES plans(id),
    seq           INTEGER NOT NULL CHECK (seq >= 1),
    doc_number    TEXT NOT NULL CHECK (doc_number <> ''),
    inspection_id TEXT REFERENCES inspections(id),
    revision_no   INTEGER NOT NULL DEFAULT 1 CHECK (revision_no >= 1),
    UNIQUE (plan_id, seq)
);

CREATE TRIGGER doc_numbers_never_deleted BEFORE UPDATE ON doc_numbers
WHEN NEW.deleted = 1
BEGIN SELECT RAISE(ABORT, 'document numbers are never given back'); END;
"""


def apply(db: Database) -> None:
    execute_script(db, SCHEMA)
