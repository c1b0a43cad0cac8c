"""Safety: one running window per data folder, and no silent exit on an unexpected error."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from cchc_desktop.errors import UserError
from cchc_desktop.gui import workers
from cchc_desktop.gui.app import CchcApplication, install_crash_handler
from cchc_desktop.gui.crash import CrashReporter, show_crash_dialog, show_problem_dialog
from cchc_desktop.gui.instance import FolderInUse, lock_data_folder
from cchc_desktop.progress import Progress
from tests.gui.helpers import OpenWindow


def test_a_second_lock_on_the_folder_is_refused(tmp_path: Path) -> None:
    root = tmp_path / "data"
    first = lock_data_folder(root)
    with pytest.raises(FolderInUse) as refused:
        lock_data_folder(root)
    assert str(root) in refused.value.message
    assert "đang được mở trong một cửa sổ CCHC Desktop khác" in refused.value.message
    first.unlock()
    lock_data_folder(root).unlock()  # free again once the first window closed


def test_a_second_start_says_so_and_touches_nothing(demo_dir: Path, tmp_path: Path) -> None:
    held = lock_data_folder(demo_dir)
    db = demo_dir / "cchc.sqlite"
    before = (db.stat().st_mtime_ns, sorted(p.name for p in demo_dir.iterdir()))
    picture = tmp_path / "shot.png"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "cchc_desktop",
            "--data-dir",
            str(demo_dir),
            "--screenshot",
            str(picture),
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=60,
    )
    after = (db.stat().st_mtime_ns, sorted(p.name for p in demo_dir.iterdir()))
    held.unlock()
    assert done.returncode == 1
    assert "đang được mở trong một cửa sổ CCHC Desktop khác" in done.stderr
    assert not picture.exists()
    assert after == before


def test_a_lock_left_by_a_dead_run_is_taken_over(tmp_path: Path) -> None:
    root = tmp_path / "data"
    root.mkdir()
    # A run that took the lock and was killed (lid closed, power pulled): no unlock.
    script = (
        "import os, sys\n"
        "from PySide6.QtCore import QLockFile\n"
        "lock = QLockFile(sys.argv[1]); lock.setStaleLockTime(0)\n"
        "assert lock.tryLock(0)\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", script, str(root / ".lock")], check=True, timeout=60)
    assert (root / ".lock").exists()
    lock_data_folder(root).unlock()


@pytest.mark.logs_errors  # the crash handler logs each report at ERROR
def test_crash_reporter_writes_a_log_and_shows_where(tmp_path: Path) -> None:
    shown: list[tuple[str, Path | None]] = []
    reporter = CrashReporter(tmp_path / "logs", lambda text, path: shown.append((text, path)))
    try:
        raise RuntimeError("lỗi thử nghiệm")
    except RuntimeError as exc:
        reporter.excepthook(type(exc), exc, exc.__traceback__)
    assert len(shown) == 1
    text, path = shown[0]
    assert path is not None and path.parent == tmp_path / "logs"
    log = path.read_text(encoding="utf-8")
    assert "RuntimeError: lỗi thử nghiệm" in log and "CCHC Desktop" in log
    assert "RuntimeError" in text


@pytest.mark.logs_errors  # the crash handler logs each report at ERROR
def test_crash_reporter_falls_back_when_logs_cannot_be_written(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    reporter = CrashReporter(blocked / "logs", None)
    path = reporter.report("Traceback: boom")
    assert path is not None and path.read_text(encoding="utf-8").endswith("Traceback: boom")
    path.unlink()


def test_crash_dialog_is_non_modal_and_names_the_log(qtbot: QtBot, tmp_path: Path) -> None:
    log = tmp_path / "logs" / "crash-1.log"
    show_crash_dialog("Traceback …\nValueError: x", log)
    box = next(
        w
        for w in QApplication.topLevelWidgets()
        if w.objectName() == "crashDialog" and w.isVisible()
    )
    assert isinstance(box, QMessageBox)
    assert not box.isModal()
    assert str(log) in box.text() and "vẫn an toàn" in box.text()
    assert "ValueError: x" in box.detailedText()
    box.close()


@pytest.mark.logs_errors  # the crash handler logs each report at ERROR
def test_background_bugs_reach_the_app_handler(
    qtbot: QtBot, qapp: CchcApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setattr(qapp, "crash_reporter", None)
    shown: list[Path | None] = []
    reporter = install_crash_handler(
        qapp, tmp_path / "logs", lambda _text, path: shown.append(path)
    )
    assert qapp.crash_reporter is reporter and sys.excepthook == reporter.excepthook

    def work(progress: Progress) -> None:
        raise KeyError("không có")

    workers.start(work)
    qtbot.waitUntil(lambda: bool(shown))
    assert shown[0] is not None and "KeyError" in shown[0].read_text(encoding="utf-8")

    # A thread outside the pool is covered too.
    thread = threading.Thread(target=lambda: 1 / 0)
    thread.start()
    thread.join()
    assert len(shown) == 2 and "ZeroDivisionError" in shown[1].read_text(encoding="utf-8")


def _raised(conn: sqlite3.Connection, sql: str) -> sqlite3.Error:
    try:
        conn.execute(sql)
    except sqlite3.Error as exc:
        return exc
    raise AssertionError(f"{sql} did not fail")


def test_a_database_problem_in_a_slot_is_a_message_not_a_crash(
    qtbot: QtBot, tmp_path: Path
) -> None:
    shown: list[str] = []
    told: list[str] = []
    reporter = CrashReporter(tmp_path / "logs", lambda text, _p: shown.append(text), told.append)
    conn = sqlite3.connect(tmp_path / "cchc.sqlite")
    conn.execute("CREATE TABLE units (id TEXT)")
    conn.execute("PRAGMA query_only = ON")  # SQLite refuses every write: SQLITE_READONLY
    exc = _raised(conn, "INSERT INTO units VALUES ('x')")
    conn.close()
    reporter.excepthook(type(exc), exc, exc.__traceback__)
    assert len(told) == 1 and "chỉ đọc" in told[0]
    assert shown == [] and not (tmp_path / "logs").exists()  # no crash, no crash log


def test_a_damaged_file_met_in_a_slot_is_a_message_not_a_crash(tmp_path: Path) -> None:
    """A person's problem no slot caught (the window reading a damaged device.json once
    its folder is open): its message, no crash dialog, no crash log."""
    from cchc_desktop.store.datafolder import DataFolder

    shown: list[str] = []
    told: list[str] = []
    reporter = CrashReporter(tmp_path / "logs", lambda text, _p: shown.append(text), told.append)
    folder = DataFolder(tmp_path / "data")
    folder.root.mkdir()
    folder.device_file.write_text("{garbage", encoding="utf-8")
    try:
        folder.device()
    except UserError as exc:
        reporter.excepthook(type(exc), exc, exc.__traceback__)
    assert len(told) == 1 and str(folder.device_file) in told[0] and "hỏng" in told[0]
    assert shown == [] and not (tmp_path / "logs").exists()


@pytest.mark.logs_errors  # the crash handler logs the bug at ERROR
def test_bad_sql_in_a_slot_is_a_crash(qtbot: QtBot, tmp_path: Path) -> None:
    shown: list[str] = []
    told: list[str] = []
    reporter = CrashReporter(tmp_path / "logs", lambda text, _p: shown.append(text), told.append)
    conn = sqlite3.connect(":memory:")
    exc = _raised(conn, "SELECT no_such_column FROM sqlite_master")
    conn.close()
    reporter.excepthook(type(exc), exc, exc.__traceback__)
    assert told == [] and len(shown) == 1 and "no such column" in shown[0]
    assert len(list((tmp_path / "logs").glob("crash-*.log"))) == 1


def test_the_database_problem_dialog_says_what_to_do(qtbot: QtBot) -> None:
    show_problem_dialog("Ổ đĩa đầy. Hãy giải phóng dung lượng rồi thử lại.")
    box = next(
        w
        for w in QApplication.topLevelWidgets()
        if w.objectName() == "databaseProblem" and w.isVisible()
    )
    assert isinstance(box, QMessageBox) and not box.isModal()
    assert "giải phóng dung lượng" in box.text()
    box.close()


def test_damaged_text_in_a_list_is_a_message_not_a_crash(
    qtbot: QtBot, open_window: OpenWindow, demo_dir: Path
) -> None:
    """Names that are not UTF-8 (the file changed by another program): Python's sqlite3
    refuses the row with an error of its own, without a SQLite code. It was a crash dialog
    and a crash log; it is the database's problem, said with its path."""
    from PySide6.QtWidgets import QMessageBox

    from cchc_desktop.store.datafolder import DataFolder

    db_path = DataFolder(demo_dir).db_path
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("UPDATE units SET name = CAST(x'4869fffe80' AS TEXT)")
    conn.close()
    window = open_window(demo_dir, persist_settings=False)

    def problem() -> str:
        boxes = [b for b in window.findChildren(QMessageBox) if b.objectName() == "problemBox"]
        return boxes[0].text() if boxes else ""

    qtbot.waitUntil(lambda: problem() != "", timeout=15_000)
    assert "UTF-8" in problem() and str(db_path) in problem() and "backups" in problem()
    assert not list((demo_dir / "logs").glob("crash-*.log"))
    page: Any = window.pages["inspections"]
    qtbot.waitUntil(window.idle, timeout=15_000)  # screenshots wait for this: not for ever
    assert page.count_label.text() == "Không đọc được danh sách (xem thông báo lỗi)."
    assert page.new_button.isEnabled()  # the folder is open; only the list is unreadable
    followups: Any = window.show_page("followups")  # its list names the units too
    qtbot.waitUntil(lambda: followups.settled, timeout=15_000)
    assert followups.count_label.text() == "Không đọc được danh sách (xem thông báo lỗi)."
    assert not list((demo_dir / "logs").glob("crash-*.log"))
