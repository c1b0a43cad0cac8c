"""SQLite's errors sorted by their result code: a busy, full, read-only or damaged file is a
person's to fix (one message saying what to do, nothing stored changed); any other SQLite
error is a bug (its traceback reaches the crash log, exit 70)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from cchc_desktop.errors import UserError, set_language
from cchc_desktop.sqlite_errors import describe_sqlite_error
from cchc_desktop.store.connection import open_database, transaction
from cchc_desktop.store.units import add_unit, list_units
from cchc_desktop.store.workspace import Workspace


def _unit_count(ws: Workspace) -> int:
    return len(list_units(ws))


def test_a_read_only_database_says_so_and_stores_nothing(ws: Workspace) -> None:
    before = _unit_count(ws)
    # SQLite itself refuses the write (SQLITE_READONLY), as it does for a read-only file.
    ws.db.execute("PRAGMA query_only = ON")
    with pytest.raises(UserError) as refused:
        add_unit(ws, name="Xã Hòa An", kind="xa")
    assert "chỉ đọc" in refused.value.vi and "quyền ghi" in refused.value.vi
    assert "read-only" in refused.value.en
    assert str(ws.folder.db_path) in refused.value.vi
    assert isinstance(refused.value.__cause__, sqlite3.Error)
    assert refused.value.__cause__.sqlite_errorname == "SQLITE_READONLY"
    ws.db.execute("PRAGMA query_only = OFF")
    assert _unit_count(ws) == before


def test_a_full_database_says_free_some_space_and_stores_nothing(ws: Workspace) -> None:
    before = _unit_count(ws)
    pages = ws.db.execute("PRAGMA page_count").fetchone()[0]
    # No page more than the file has now: the next page SQLite needs is SQLITE_FULL.
    ws.db.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(UserError) as refused, transaction(ws.db):
        for n in range(2000):
            add_unit(ws, name=f"Xã số {n} " + "x" * 300, kind="xa")
    assert "Ổ đĩa đầy" in refused.value.vi and "giải phóng dung lượng" in refused.value.vi
    assert "disk is full" in refused.value.en
    ws.db.execute(f"PRAGMA max_page_count = {pages * 1000}")
    assert _unit_count(ws) == before


def test_a_busy_database_says_try_again(ws: Workspace) -> None:
    other = sqlite3.connect(str(ws.folder.db_path), isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
        ws.db.execute("PRAGMA busy_timeout = 0")
        with pytest.raises(UserError) as refused:
            add_unit(ws, name="Xã Hòa An", kind="xa")
        assert "đang bận" in refused.value.vi and "thử lại" in refused.value.vi
        other.execute("ROLLBACK")
    finally:
        other.close()


def test_a_damaged_file_says_restore_from_backups(tmp_path: Path) -> None:
    path = tmp_path / "cchc.sqlite"
    path.write_bytes(b"this is not a database, it is a text file\n" * 200)
    with pytest.raises(UserError) as refused:
        open_database(path)
    assert str(path) in refused.value.vi and "backups/" in refused.value.vi
    assert refused.value.__cause__.sqlite_errorname == "SQLITE_NOTADB"  # type: ignore[union-attr]


def test_text_that_is_not_utf8_says_restore_from_backups(tmp_path: Path) -> None:
    """Stored bytes that are not UTF-8 (the file changed by another program): Python's
    sqlite3 raises its own OperationalError, with no SQLite code; the only one of its kind."""
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE units (name TEXT)")
    conn.execute("INSERT INTO units VALUES (CAST(x'4869fffe80' AS TEXT))")
    with pytest.raises(sqlite3.OperationalError) as raised:
        conn.execute("SELECT name FROM units").fetchall()
    problem = describe_sqlite_error(raised.value, tmp_path / "cchc.sqlite")
    assert problem is not None
    assert "UTF-8" in problem.vi and "backups/" in problem.vi
    assert str(tmp_path / "cchc.sqlite") in problem.vi and "not UTF-8" in problem.en
    conn.close()
    # The module's own errors of other kinds are still bugs.
    with pytest.raises(sqlite3.ProgrammingError) as closed:
        conn.execute("SELECT 1")
    assert describe_sqlite_error(closed.value) is None


def test_bad_sql_is_a_bug_not_a_message(ws: Workspace) -> None:
    with pytest.raises(sqlite3.OperationalError, match="no such column"), transaction(ws.db):
        ws.db.execute("SELECT no_such_column FROM units")
    with pytest.raises(sqlite3.ProgrammingError), transaction(ws.db):
        ws.db.execute("SELECT ?, ?", [1])  # the wrong number of parameters
    assert describe_sqlite_error(ValueError("not SQLite")) is None


def test_the_message_follows_cchc_lang(ws: Workspace) -> None:
    ws.db.execute("PRAGMA query_only = ON")
    try:
        set_language("en")
        with pytest.raises(UserError) as refused:
            add_unit(ws, name="Xã Hòa An", kind="xa")
        assert refused.value.message.startswith("The database")
    finally:
        set_language(None)
        ws.db.execute("PRAGMA query_only = OFF")


CliRun = Callable[..., Any]


def test_cli_a_damaged_database_is_refused_with_one_line(cli: CliRun, data_dir: Path) -> None:
    assert cli("init").code == 0
    db = data_dir / "cchc.sqlite"
    for extra in (db.with_name("cchc.sqlite-wal"), db.with_name("cchc.sqlite-shm")):
        extra.unlink(missing_ok=True)
    db.write_bytes(b"\x00garbage" * 4096)
    result = cli("units", "list")
    assert result.code == 1
    assert "backups/" in result.err and str(db) in result.err
    assert "Traceback" not in result.err
    assert not list(data_dir.glob("logs/crash-*"))  # a person's problem, not a bug


def test_cli_bad_sql_is_a_bug_with_its_traceback_in_logs(cli: CliRun, data_dir: Path) -> None:
    assert cli("init").code == 0
    # The code's SQL no longer matches the file: what a wrong query meets ("no such table").
    conn = sqlite3.connect(str(data_dir / "cchc.sqlite"))
    conn.execute("ALTER TABLE units RENAME TO units_gone")
    conn.close()
    result = cli("units", "list")
    assert result.code == 70
    logs = sorted((data_dir / "logs").glob("crash-*-cli.log"))
    assert len(logs) == 1 and str(logs[0]) in result.err
    text = logs[0].read_text(encoding="utf-8")
    assert "Traceback" in text and "no such table: units" in text


def test_cli_text_that_is_not_utf8_is_refused_with_one_line(cli: CliRun, data_dir: Path) -> None:
    """It ended every command that read it (`cchc check` too) in a crash log and exit 70."""
    assert cli("init").code == 0
    assert cli("units", "add", "--name", "Xã Hòa An", "--kind", "xa").code == 0
    conn = sqlite3.connect(str(data_dir / "cchc.sqlite"))
    with conn:
        conn.execute("UPDATE units SET name = CAST(x'4869fffe80' AS TEXT)")
    conn.close()
    for command in (("units", "list"), ("check",)):
        result = cli(*command)
        assert result.code == 1, command
        assert "UTF-8" in result.err and str(data_dir / "cchc.sqlite") in result.err
        assert len(result.err.strip().splitlines()) == 1 and "Traceback" not in result.err
    assert not list(data_dir.glob("logs/crash-*"))
