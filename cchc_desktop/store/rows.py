"""The rows the store hands to other modules (the window, the CLI, the documents), typed.

Each TypedDict names the columns of one public query, as SQLite gives them back (TEXT → str,
INTEGER → int, REAL → float, NULL → None); the query that fills it sits beside its function
and reads exactly these columns (``connection.fetch_rows``). Nothing is checked at run time:
the point is that mypy catches a misspelt column or a value used as the wrong type wherever
the row travels. Slugs (result, kind, status) stay ``str`` as stored; ``domain`` parses them.
"""

from __future__ import annotations

from typing import TypedDict


class StoredAnswer(TypedDict):
    """One criterion's answer as stored (``answers.stored_answer``)."""

    result: str | None  # a Result value; None: not answered
    note: str
    score: float | None
    updated_at: str


class AnswerRow(StoredAnswer):
    """A live answer of an inspection (``answers.answers_of``)."""

    id: str
    criterion_code: str
    template_version: int


class FindingRow(TypedDict):
    """A live finding of an inspection (``findings.findings_of``)."""

    id: str
    kind: str  # a FindingKind value
    text: str
    criterion_code: str | None
    responsible: str
    deadline: str | None  # ISO date
    status: str  # a FollowUpStatus value
    position: int


class FollowUpRow(TypedDict):
    """A recommendation on the follow-up list (``findings.followups``), with where it was made."""

    id: str
    text: str
    responsible: str
    deadline: str | None  # ISO date
    status: str  # a FollowUpStatus value
    status_note: str
    inspection_id: str
    date: str  # the inspection's, ISO
    unit_name: str
    unit_parent_name: str  # '' for a unit filed under none
    plan_id: str
    plan_number: str
    checked_on: str | None  # the later inspection that saw it, ISO; None when none did
    overdue: bool


class PhotoRow(TypedDict):
    """A photo as stored (``photos.library.photos_of``, ``get_photo``)."""

    id: str
    inspection_id: str
    criterion_code: str | None
    sha256: str
    filename: str
    mime: str
    size_bytes: int
    width: int
    height: int
    orientation: int  # EXIF 1–8
    taken_at: str | None
    gps_lat: float | None
    gps_lon: float | None
    camera: str
    caption: str
    include_in_minutes: int  # 0 or 1
    position: int
    stamp: int  # 0 or 1
    deleted: int
