"""Background tasks deliver results, errors, progress and cancellation on the GUI thread."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from cchc_desktop.errors import UserError
from cchc_desktop.gui import workers
from cchc_desktop.progress import Progress
from cchc_desktop.store.bootstrap import initialise
from cchc_desktop.store.workspace import Workspace


def test_result_and_progress_arrive(qtbot: QtBot) -> None:
    seen: list[tuple[int, int, str]] = []
    main_thread = threading.get_ident()
    threads: list[int] = []

    def work(progress: Progress) -> int:
        threads.append(threading.get_ident())
        for i in range(1, 4):
            progress.step(i, 3, f"ảnh {i}")
        return 42

    results: list[int] = []
    workers.start(
        work, on_result=results.append, on_progress=lambda d, t, s: seen.append((d, t, s))
    )
    qtbot.waitUntil(lambda: results == [42] and len(seen) == 3)
    assert seen[-1] == (3, 3, "ảnh 3")
    assert threads and threads[0] != main_thread


def test_user_errors_become_messages(qtbot: QtBot) -> None:
    def work(progress: Progress) -> None:
        raise UserError("Tệp ảnh bị hỏng.", "The photo is damaged.")

    messages: list[str] = []
    workers.start(work, on_error=messages.append)
    qtbot.waitUntil(lambda: messages == ["Tệp ảnh bị hỏng."])


def test_cancel_stops_the_work(qtbot: QtBot) -> None:
    started = threading.Event()
    release = threading.Event()

    def work(progress: Progress) -> str:
        started.set()
        release.wait(5)
        progress.step(1, 2)
        return "should not finish"

    stopped: list[bool] = []
    results: list[str] = []
    task = workers.start(work, on_cancelled=lambda: stopped.append(True), on_result=results.append)
    assert started.wait(5)
    task.cancel()
    release.set()
    qtbot.waitUntil(lambda: stopped == [True])
    assert results == []


@pytest.mark.logs_errors
def test_crashes_reach_the_handler(qtbot: QtBot) -> None:
    reports: list[str] = []

    def work(progress: Progress) -> None:
        raise RuntimeError("bug")

    workers.start(work, on_crash=reports.append)
    qtbot.waitUntil(lambda: bool(reports))
    assert "RuntimeError: bug" in reports[0]


def test_a_read_only_database_is_a_message_not_a_crash(qtbot: QtBot, tmp_path: Path) -> None:
    initialise(tmp_path / "data")

    def work(progress: Progress) -> None:
        with Workspace.open(tmp_path / "data") as ws:
            ws.db.execute("PRAGMA query_only = ON")  # SQLite refuses to write: SQLITE_READONLY
            ws.db.execute("UPDATE units SET name = name")  # (outside any transaction)

    messages: list[str] = []
    crashes: list[str] = []
    workers.start(work, on_error=messages.append, on_crash=crashes.append)
    qtbot.waitUntil(lambda: bool(messages))
    assert "chỉ đọc" in messages[0] and "quyền ghi" in messages[0]
    assert crashes == []


def test_a_problem_of_the_database_names_it(qtbot: QtBot, tmp_path: Path) -> None:
    """Given the database the task works on, its message says which file (text that is not
    UTF-8, read outside any transaction: only the task knows where it came from)."""
    from cchc_desktop.store.datafolder import DataFolder

    folder = DataFolder(tmp_path / "data")
    initialise(folder.root)

    def work(progress: Progress) -> None:
        with Workspace.open(folder.root) as ws:
            ws.db.execute("SELECT CAST(x'4869fffe80' AS TEXT)").fetchall()

    messages: list[str] = []
    crashes: list[str] = []
    workers.start(work, on_error=messages.append, on_crash=crashes.append, database=folder.db_path)
    qtbot.waitUntil(lambda: bool(messages))
    assert str(folder.db_path) in messages[0] and "UTF-8" in messages[0]
    assert crashes == []


@pytest.mark.logs_errors
def test_bad_sql_in_a_task_is_a_crash_not_a_message(qtbot: QtBot, tmp_path: Path) -> None:
    initialise(tmp_path / "data")

    def work(progress: Progress) -> None:
        with Workspace.open(tmp_path / "data") as ws:
            ws.db.execute("SELECT no_such_column FROM units")

    messages: list[str] = []
    crashes: list[str] = []
    workers.start(work, on_error=messages.append, on_crash=crashes.append)
    qtbot.waitUntil(lambda: bool(crashes))
    assert "no such column: no_such_column" in crashes[0] and "Traceback" in crashes[0]
    assert messages == []
