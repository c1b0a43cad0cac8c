"""``store.reading.read_within``: the window's first list, read at once when it is quick."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from cchc_desktop.store.bootstrap import initialise
from cchc_desktop.store.connection import Database, fetch_all
from cchc_desktop.store.listings import inspection_rows
from cchc_desktop.store.reading import SIGN_HISTORY_FLAG, read_within
from cchc_desktop.store.workspace import Workspace
from tests.sqlite_locks import held_exclusively

# Counts to fifty million: far longer than any bound below, on any machine.
LONG_QUERY = (
    "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 50000000)"
    " SELECT count(*) FROM n"
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "data"
    initialise(root)
    return root


def test_a_quick_read_is_answered(folder: Path) -> None:
    with Workspace.open(folder) as ws:
        expected = inspection_rows(ws.db)
    assert read_within(str(folder), inspection_rows, 1.0) == expected


def test_a_long_read_is_stopped_at_its_bound(folder: Path) -> None:
    started = time.perf_counter()
    assert read_within(str(folder), lambda db: fetch_all(db, LONG_QUERY), 0.02) is None
    # Stopped near its bound (counting to fifty million takes seconds).
    assert time.perf_counter() - started < 1.0


def test_a_read_is_not_kept_waiting_by_a_writer(folder: Path) -> None:
    """Another connection holds the write lock: a read beside it is answered, and a statement
    that would wait for the lock ends the bounded read at once (None), not after the busy
    timeout's five seconds."""
    holder = sqlite3.connect(folder / "cchc.sqlite", isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")  # WAL: readers still read; nothing may write
        started = time.perf_counter()

        def write(db: Database) -> int:
            db.execute("INSERT INTO meta(key, value) VALUES ('x', 'y')")
            return 1

        assert read_within(str(folder), write, 1.0) is None
        assert time.perf_counter() - started < 1.0
        # A read beside the writer is answered.
        assert read_within(str(folder), inspection_rows, 1.0) == []
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_folder_with_work_waiting_is_not_read(folder: Path) -> None:
    """History to sign, or no folder at all: the full opening has work to do first."""
    with sqlite3.connect(folder / "cchc.sqlite") as conn:
        conn.execute("INSERT INTO meta(key, value) VALUES (?, '1')", [SIGN_HISTORY_FLAG])
    conn.close()
    assert read_within(str(folder), inspection_rows, 1.0) is None
    assert read_within(str(folder.parent / "none"), inspection_rows, 1.0) is None


def test_a_file_that_cannot_be_read_is_left_to_the_full_opening(tmp_path: Path) -> None:
    """Not a database, or damaged: None, the file as it was (the window's full opening of the
    folder then says what is wrong, in its words)."""
    root = tmp_path / "data"
    initialise(root)
    db = root / "cchc.sqlite"
    db.unlink()
    db.write_bytes(b"not a database at all, but long enough" * 100)
    before = db.read_bytes()
    assert read_within(str(root), inspection_rows, 1.0) is None
    assert db.read_bytes() == before

    def damaged(_db: Database) -> list[object]:
        raise sqlite3.DatabaseError("database disk image is malformed")

    initialise(tmp_path / "other")
    assert read_within(str(tmp_path / "other"), damaged, 1.0) is None


def test_a_file_locked_by_another_process_is_not_waited_for(folder: Path) -> None:
    """Another program holds the file in exclusive locking mode (a reader cannot even open
    it): the bounded read gives up at once, not after the busy timeout's five seconds on the
    window's thread (the full opening, in the background, waits and says it is busy)."""
    with held_exclusively(folder / "cchc.sqlite"):
        started = time.perf_counter()
        assert read_within(str(folder), inspection_rows, 1.0) is None
        assert time.perf_counter() - started < 1.0


def test_text_that_is_not_utf8_is_left_to_the_full_opening(folder: Path) -> None:
    """A damaged name (bytes that are not UTF-8): Python's sqlite3 refuses the row with an
    error of its own, which carries no SQLite code (reading it as one was an AttributeError
    on the window's thread, before d69c70a): None, the list is read in the background."""
    _demo_with_unit_names(folder, "CAST(x'4869fffe80' AS TEXT)")
    assert read_within(str(folder), inspection_rows, 1.0) is None


def test_a_large_journal_left_behind_is_left_to_the_full_opening(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A write-ahead log left large by a process killed mid-write: its recovery (the whole log
    read) and its checkpoint when the bounded read closes (copied into the database) are
    SQLite's work outside any statement, unbounded on the window's thread (a 300 MB log:
    200 ms). The read is not tried; the folder's files are as they were."""
    import hashlib
    import subprocess
    import sys

    from cchc_desktop.store import reading

    script = (
        "import os, sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA wal_autocheckpoint = 0')\n"
        "c.execute('INSERT INTO meta(key, value) VALUES (?, ?)', ['junk', 'x' * 1000000])\n"
        "c.execute('DELETE FROM meta WHERE key = ?', ['junk'])\n"
        "os._exit(0)\n"  # killed: the log stays, not checkpointed
    )
    db_path = folder / "cchc.sqlite"
    subprocess.run([sys.executable, "-c", script, str(db_path)], check=True, timeout=60)
    wal = folder / "cchc.sqlite-wal"
    assert wal.stat().st_size > 1_000_000
    monkeypatch.setattr(reading, "WAL_AT_ONCE_BYTES", 100_000)

    def digest() -> list[str]:
        return [hashlib.sha256(p.read_bytes()).hexdigest() for p in (db_path, wal)]

    before = digest()
    assert read_within(str(folder), inspection_rows, 1.0) is None
    assert digest() == before


def test_a_value_longer_than_any_typed_text_is_left_to_the_background(folder: Path) -> None:
    """A unit's name of megabytes (a damaged or hostile folder): SQLite reads a value in one
    step, between two looks at the clock (50 MB: 120 ms on the window's thread). Values over
    the bound stop the read at once; the list is read in the background."""
    _demo_with_unit_names(folder, "printf('%.*c', 1000000, 'N')", units=1)
    assert read_within(str(folder), inspection_rows, 1.0) is None


def _demo_with_unit_names(folder: Path, name_sql: str, *, units: int = -1) -> None:
    """The demo data, then the names of (``units`` of) its inspected units set to the SQL
    expression ``name_sql`` behind the app's back, as a damaged or hostile folder has them."""
    from cchc_desktop.demo.loader import load_demo

    with Workspace.open(folder) as ws:
        load_demo(ws)
    with sqlite3.connect(folder / "cchc.sqlite", isolation_level=None) as conn:
        conn.execute(
            f"UPDATE units SET name = {name_sql}"
            " WHERE id IN (SELECT unit_id FROM inspections LIMIT ?)",
            [units],
        )
    conn.close()
