"""The rows the store hands out hold exactly their TypedDict's columns, each of its type.

mypy trusts ``store/rows.py``; nothing checks it at run time. These tests read real rows of
the demo data (and a real imported JPEG) and hold each query to its TypedDict, so a column
added to or dropped from a query without its type (or the other way round) fails here.
"""

from __future__ import annotations

import typing
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from cchc_desktop.photos.ingest import import_photos
from cchc_desktop.photos.library import get_photo, photos_of
from cchc_desktop.store.answers import answers_of, stored_answer
from cchc_desktop.store.findings import findings_of, followups
from cchc_desktop.store.rows import AnswerRow, FindingRow, FollowUpRow, PhotoRow, StoredAnswer
from cchc_desktop.store.workspace import Workspace
from tests.photo_factory import make_photo


def _holds(row: Mapping[str, Any], row_type: type) -> None:
    hints = typing.get_type_hints(row_type)
    assert set(row) == set(hints), row_type.__name__
    for name, value in row.items():
        assert isinstance(value, hints[name]), (row_type.__name__, name, value)


@pytest.fixture
def visited(demo_ws: Workspace) -> str:
    """A demo inspection with answers and findings."""
    found = demo_ws.db.execute(
        "SELECT i.id FROM inspections i WHERE i.deleted = 0"
        " AND EXISTS (SELECT 1 FROM answers a WHERE a.inspection_id = i.id AND a.deleted = 0)"
        " AND EXISTS (SELECT 1 FROM findings f WHERE f.inspection_id = i.id AND f.deleted = 0)"
        " ORDER BY i.date LIMIT 1"
    ).fetchone()
    assert found is not None
    return str(found[0])


def test_answers_and_findings_are_their_rows(demo_ws: Workspace, visited: str) -> None:
    answers = answers_of(demo_ws, visited)
    assert answers
    for code, row in answers.items():
        _holds(row, AnswerRow)
        stored = stored_answer(demo_ws, visited, code)
        assert stored is not None
        _holds(stored, StoredAnswer)
    findings = findings_of(demo_ws, visited)
    assert findings
    for finding in findings:
        _holds(finding, FindingRow)


def test_followups_are_their_rows(demo_ws: Workspace) -> None:
    rows = followups(demo_ws)
    assert rows
    assert any(row["checked_on"] is None for row in rows)
    for row in rows:
        _holds(row, FollowUpRow)


def test_photos_are_their_rows(demo_ws: Workspace, visited: str, tmp_path: Path) -> None:
    picture = make_photo(tmp_path / "bang-niem-yet.jpg", text="TTHC")
    import_photos(demo_ws, visited, [picture], caption="Bảng niêm yết", workers=1)
    rows = photos_of(demo_ws, visited)
    assert [row["caption"] for row in rows] == ["Bảng niêm yết"]
    _holds(rows[0], PhotoRow)
    _holds(get_photo(demo_ws, rows[0]["id"]), PhotoRow)
