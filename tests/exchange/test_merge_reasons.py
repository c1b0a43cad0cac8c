"""Why a merge refuses a row, sorted by SQLite's result code (not by its message text); a
constraint the checks before the merge should have caught refuses the row all the same
(and is logged as their gap): a hostile package never ends a merge in a crash."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest

from cchc_desktop.errors import set_language
from cchc_desktop.exchange.merge import _WAITS, _reason


def _refusal(sql: str) -> sqlite3.IntegrityError:
    conn = sqlite3.connect(":memory:")
    conn.executescript(
        """
        PRAGMA foreign_keys = ON;
        CREATE TABLE parent (id TEXT PRIMARY KEY);
        CREATE TABLE child (id TEXT PRIMARY KEY, parent_id TEXT REFERENCES parent(id),
                            code TEXT UNIQUE, name TEXT NOT NULL DEFAULT '');
        CREATE TABLE minutes (id TEXT PRIMARY KEY, status TEXT);
        CREATE TRIGGER minutes_guard BEFORE UPDATE ON minutes WHEN OLD.status = 'signed'
        BEGIN SELECT RAISE(ABORT, 'signed minutes are immutable'); END;
        INSERT INTO child (id, code) VALUES ('c1', 'A');
        INSERT INTO minutes VALUES ('m1', 'signed');
        """
    )
    try:
        with pytest.raises(sqlite3.IntegrityError) as raised:
            conn.execute(sql)
        return raised.value
    finally:
        conn.close()


@pytest.fixture(autouse=True)
def _vietnamese() -> Iterator[None]:
    set_language("vi")
    yield
    set_language(None)


def test_a_missing_parent_waits_and_is_said_so() -> None:
    exc = _refusal("INSERT INTO child (id, parent_id) VALUES ('c2', 'nobody')")
    assert exc.sqlite_errorname in _WAITS
    assert _reason(exc) == "thiếu bản ghi mà nó dựa vào"


def test_a_clash_names_the_column() -> None:
    exc = _refusal("INSERT INTO child (id, code) VALUES ('c3', 'A')")
    assert exc.sqlite_errorname in _WAITS
    assert _reason(exc).startswith("trùng với bản ghi khác") and "child.code" in _reason(exc)


def test_signed_minutes_keep_their_own_words() -> None:
    exc = _refusal("UPDATE minutes SET status = 'draft' WHERE id = 'm1'")
    assert exc.sqlite_errorname == "SQLITE_CONSTRAINT_TRIGGER"
    assert "biên bản đã ký không được thay" in _reason(exc)


def test_a_not_null_is_refused_as_an_invalid_value() -> None:
    exc = _refusal("INSERT INTO child (id, name) VALUES ('c4', NULL)")
    assert exc.sqlite_errorname == "SQLITE_CONSTRAINT_NOTNULL"
    assert exc.sqlite_errorname not in _WAITS  # it never waits for a later pass
    assert _reason(exc).startswith("giá trị không hợp lệ")
