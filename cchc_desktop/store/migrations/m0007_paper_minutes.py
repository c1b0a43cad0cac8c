"""Minutes issued for signing on paper, and the scanned copy that comes back signed.

A biên bản is *issued* when its number is taken and its content frozen: by the first digital
signature, or by "Phát hành để ký giấy" (printed, signed in ink, scanned back). Both set
``signed`` = 1, which the m0003/m0005 triggers already protect (content, number and snapshot
never change, the row is never deleted), and a merge treats either as immutable.

New columns:
- ``paper``: 1 = issued for signing on paper. Its PDF is the final unsigned document that was
  printed; ``signers`` stays empty (no digital signature).
- ``scan_sha256``: the scanned signed copy (one PDF, a blob in the media store), the official
  copy once recorded; ``scan_pages`` its page count, ``scanned_at`` when it was recorded.

The trigger below keeps a paper issue a paper issue, and a recorded scan recorded: once the row
is issued, ``paper`` never flips and a scan is never taken away. The one exception is the
m0005 case: while an open conflict on this record holds another issued, live version, the row
may show that version (two laptops that issued the same revision differently).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cchc_desktop.store.migrate import execute_script

if TYPE_CHECKING:
    from cchc_desktop.store.connection import Database

NAME = "paper minutes"

SCHEMA = """
ALTER TABLE minutes ADD COLUMN paper INTEGER NOT NULL DEFAULT 0 CHECK (paper IN (0, 1));
ALTER TABLE minutes ADD COLUMN scan_sha256 TEXT CHECK (scan_sha256 IS NULL OR length(scan_sha256) = 64);
ALTER TABLE minutes ADD COLUMN scan_pages INTEGER NOT NULL DEFAULT 0 CHECK (scan_pages >= 0);
ALTER TABLE minutes ADD COLUMN scanned_at TEXT;
CREATE INDEX minutes_scan ON minutes(scan_sha256);

CREATE TRIGGER minutes_paper_kept BEFORE UPDATE ON minutes
WHEN OLD.signed = 1 AND (
    NEW.paper IS NOT OLD.paper
    OR (OLD.scan_sha256 IS NOT NULL AND NEW.scan_sha256 IS NOT OLD.scan_sha256)
) AND NOT EXISTS (
    SELECT 1 FROM conflicts AS c, json_each(c.versions) AS v
    WHERE c.table_name = 'minutes' AND c.record_id = OLD.id AND c.status = 'open'
    AND json_extract(v.value, '$.signed') = 1
    AND json_extract(v.value, '$.deleted') = 0
    AND json_extract(v.value, '$.paper') IS NEW.paper
    AND json_extract(v.value, '$.scan_sha256') IS NEW.scan_sha256
)
BEGIN SELECT RAISE(ABORT, 'signed minutes are immutable'); END;
"""


def apply(db: Database) -> None:
    execute_script(db, SCHEMA)
