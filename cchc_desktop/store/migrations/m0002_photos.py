"""Photos as evidence: one record per photo per inspection, the original kept in the media store."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cchc_desktop.store.migrate import execute_script
from cchc_desktop.store.migrations.m0001_initial import RECORD_COLUMNS

if TYPE_CHECKING:
    from cchc_desktop.store.connection import Database

NAME = "photos"

# ``id`` is records.natural_id("photo", inspection_id, sha256): the same photo attached to the
# same inspection on two laptops is one record. ``width``/``height`` are as displayed (EXIF
# orientation applied); ``orientation`` is the EXIF value 1–8 the original carries.
# ``taken_at`` is ISO 8601, with the offset when the camera recorded one, else naive local time.
SCHEMA = f"""
CREATE TABLE photos (
    {RECORD_COLUMNS},
    inspection_id      TEXT NOT NULL REFERENCES inspections(id),
    criterion_code     TEXT,
    sha256             TEXT NOT NULL CHECK (length(sha256) = 64),
    filename           TEXT NOT NULL DEFAULT '',
    mime               TEXT NOT NULL,
    size_bytes         INTEGER NOT NULL DEFAULT 0 CHECK (size_bytes >= 0),
    width              INTEGER NOT NULL CHECK (width > 0),
    height             INTEGER NOT NULL CHECK (height > 0),
    orientation        INTEGER NOT NULL DEFAULT 1 CHECK (orientation BETWEEN 1 AND 8),
    taken_at           TEXT,
    gps_lat            REAL CHECK (gps_lat IS NULL OR gps_lat BETWEEN -90 AND 90),
    gps_lon            REAL CHECK (gps_lon IS NULL OR gps_lon BETWEEN -180 AND 180),
    camera             TEXT NOT NULL DEFAULT '',
    caption            TEXT NOT NULL DEFAULT '',
    include_in_minutes INTEGER NOT NULL DEFAULT 1 CHECK (include_in_minutes IN (0, 1)),
    position           INTEGER NOT NULL DEFAULT 0,
    stamp              INTEGER NOT NULL DEFAULT 0 CHECK (stamp IN (0, 1)),
    UNIQUE (inspection_id, sha256)
);
CREATE INDEX photos_inspection ON photos(inspection_id, position);
CREATE INDEX photos_sha256 ON photos(sha256);
"""


def apply(db: Database) -> None:
    execute_script(db, SCHEMA)
