"""Signed minutes in conflict: the row may show another signed version the conflict holds.

Two laptops can each make and sign the biên bản of the same inspection revision while
offline: one record (its id comes from (inspection, revision)), two signed PDFs. A merge keeps
both in an open conflict (table ``conflicts``) and the row shows one of them, chosen from the
set of versions alone so that every order of merges gives the same database. The row may
therefore have to switch from one signed version to the other, and a person resolving the
conflict may keep either. m0003's trigger refused any such change; it now allows exactly
that one: a signed row may take the content of another *signed, live* version that an open
conflict of this very record holds (same PDF, same snapshot, same signing time, number and
supersedes link). Nothing else changes: a signed row is still never unsigned, deleted, moved
to another inspection or revision, or edited into something no laptop signed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cchc_desktop.store.migrate import execute_script

if TYPE_CHECKING:
    from cchc_desktop.store.connection import Database

NAME = "signed minutes in conflict"

SCHEMA = """
DROP TRIGGER minutes_signed_immutable;

CREATE TRIGGER minutes_signed_immutable BEFORE UPDATE ON minutes
WHEN OLD.signed = 1 AND (
    NEW.signed IS NOT 1
    OR NEW.deleted IS NOT 0
    OR NEW.inspection_id IS NOT OLD.inspection_id
    OR NEW.revision_no IS NOT OLD.revision_no
    OR ((
        NEW.supersedes_id IS NOT OLD.supersedes_id
        OR NEW.doc_number IS NOT OLD.doc_number
        OR NEW.snapshot_sha256 IS NOT OLD.snapshot_sha256
        OR NEW.signed_at IS NOT OLD.signed_at
    ) AND NOT EXISTS (
        SELECT 1 FROM conflicts AS c, json_each(c.versions) AS v
        WHERE c.table_name = 'minutes' AND c.record_id = OLD.id AND c.status = 'open'
        AND json_extract(v.value, '$.signed') = 1
        AND json_extract(v.value, '$.deleted') = 0
        AND json_extract(v.value, '$.pdf_sha256') IS NEW.pdf_sha256
        AND json_extract(v.value, '$.snapshot_sha256') IS NEW.snapshot_sha256
        AND json_extract(v.value, '$.signed_at') IS NEW.signed_at
        AND json_extract(v.value, '$.doc_number') IS NEW.doc_number
        AND json_extract(v.value, '$.supersedes_id') IS NEW.supersedes_id
    ))
)
BEGIN SELECT RAISE(ABORT, 'signed minutes are immutable'); END;
"""


def apply(db: Database) -> None:
    execute_script(db, SCHEMA)
