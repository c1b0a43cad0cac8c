"""A kiến nghị's follow-up carries the evidence seen and the visit that saw it.

A later inspection of the same unit (or of a unit formed from it through ``merged_from``)
looks at what the earlier inspections recommended and records, on the recommendation itself,
its status (the column the follow-up page already shows), a short note of the evidence seen,
and which inspection looked at it. Both columns travel with the record like any other.

- ``status_note``: the evidence behind the status ("Kế hoạch bồi dưỡng số 12/KH-UBND; 8 công
  chức đã dự lớp"), '' when none was written.
- ``checked_in``: the inspection during which the status was last confirmed on site (NULL:
  never looked at during a visit; a status set at the office does not change it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cchc_desktop.store.migrate import execute_script

if TYPE_CHECKING:
    from cchc_desktop.store.connection import Database

NAME = "follow-up review of recommendations"

SCHEMA = """
ALTER TABLE findings ADD COLUMN status_note TEXT NOT NULL DEFAULT '';
ALTER TABLE findings ADD COLUMN checked_in TEXT REFERENCES inspections(id);
CREATE INDEX findings_checked_in ON findings(checked_in) WHERE checked_in IS NOT NULL;
"""


def apply(db: Database) -> None:
    execute_script(db, SCHEMA)
