"""What a killed job leaves, the window's folder lock, and who may read the database.

- Staging folders and temporary files of a merge or an import whose process is gone are
  removed at the next start, by the command line and by the window; those of a process still
  running are kept.
- While a window holds the data folder, `cchc` refuses to write (reads stay allowed); a lock
  left by a killed window does not stop it.
- The database and its WAL and shared-memory files are the user's alone (0600).
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.conftest import CliResult, dump

Cli = Callable[..., CliResult]

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes and flock are POSIX")


def _ended_pid() -> int:
    """The id of a process that has run and ended (reaped: nobody owns it any more)."""
    done = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(done.stdout)


def _leftovers(data: Path) -> tuple[list[Path], list[Path]]:
    """(left by an ended process, belonging to a running one) in staging and the media store."""
    dead, alive = _ended_pid(), os.getppid()  # pytest's parent runs as long as the test does
    made: tuple[list[Path], list[Path]] = ([], [])
    for pid, bucket in ((dead, made[0]), (alive, made[1])):
        staging = data / "staging" / f"pkg-{pid}-k3j2"
        (staging / "media" / "blobs").mkdir(parents=True)
        (staging / "media" / "blobs" / ("ab" * 32)).write_bytes(b"half a photo" * 1000)
        incoming = data / "media" / "blobs" / ".incoming" / f"{pid}-x8y7.tmp"
        incoming.parent.mkdir(parents=True, exist_ok=True)
        incoming.write_bytes(b"half a copy")
        atomic = data / "media" / "derived" / "ab" / f".{pid}-{'ab' * 32}.thumb.jpg.q1w2.tmp"
        atomic.parent.mkdir(parents=True, exist_ok=True)
        atomic.write_bytes(b"half a thumbnail")
        bucket.extend([staging, incoming, atomic])
    return made


def test_the_command_line_sweeps_what_a_killed_job_left(cli: Cli, data_dir: Path) -> None:
    assert cli("init").code == 0
    dead, alive = _leftovers(data_dir)
    assert cli("units", "list").code == 0  # any command that opens the folder
    assert not any(p.exists() for p in dead)
    assert all(p.exists() for p in alive)


def test_the_window_sweeps_at_its_start(cli: Cli, data_dir: Path, tmp_path: Path) -> None:
    assert cli("init").code == 0
    dead, alive = _leftovers(data_dir)
    started = subprocess.run(
        [sys.executable, "-c", "import sys; from cchc_desktop.gui.entry import main; sys.exit(main())",
         "--data-dir", str(data_dir),
         "--screenshot", str(tmp_path / "shot.png"), "--page", "exchange"],
        capture_output=True, text=True, timeout=180, check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert started.returncode == 0, started.stderr
    assert not any(p.exists() for p in dead)
    assert all(p.exists() for p in alive)


_HOLD_LOCK = """
import sys
from pathlib import Path
from cchc_desktop.gui.instance import lock_data_folder
lock = lock_data_folder(Path(sys.argv[1]))
print("locked", flush=True)
sys.stdin.read()
lock.unlock()
"""


@pytest.fixture
def window_lock(data_dir: Path) -> Iterator[Callable[[], subprocess.Popen[str]]]:
    """Take the data folder's lock as the window does (gui/instance.py), in another process."""
    holders: list[subprocess.Popen[str]] = []

    def hold() -> subprocess.Popen[str]:
        holder = subprocess.Popen(
            [sys.executable, "-c", _HOLD_LOCK, str(data_dir)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert holder.stdout is not None and holder.stdout.readline() == "locked\n"
        holders.append(holder)
        return holder

    yield hold
    for holder in holders:
        if holder.poll() is None:
            holder.kill()
        holder.wait()
        for pipe in (holder.stdin, holder.stdout):
            if pipe is not None:
                pipe.close()


@posix_only
def test_the_command_line_does_not_write_while_the_window_is_open(
    cli: Cli, data_dir: Path, window_lock: Callable[[], subprocess.Popen[str]]
) -> None:
    assert cli("demo").code == 0
    holder = window_lock()
    before = dump(data_dir)
    refused = cli("units", "add", "--name", "Xã Tân Văn", "--kind", "xa")
    assert refused.code == 1
    [line] = refused.err.strip().splitlines()
    assert line.startswith(f"Thư mục dữ liệu {data_dir} đang mở trong cửa sổ CCHC Desktop")
    assert f"tiến trình {holder.pid}" in line and "Không có gì thay đổi." in line
    for command in (("init",), ("demo",), ("merge", "x.cchc")):
        assert cli(*command).code == 1
    assert dump(data_dir) == before
    # Reading is allowed: lists, a look at a package, a report.
    assert cli("units", "list").code == 0
    assert cli("--json", "inspections", "list").code == 0
    assert cli("check").code == 0
    # The window closes: writing works again.
    assert holder.stdin is not None
    holder.stdin.close()
    holder.wait()
    assert cli("units", "add", "--name", "Xã Tân Văn", "--kind", "xa").code == 0


@posix_only
def test_a_lock_left_by_a_killed_window_does_not_stop_the_command_line(
    cli: Cli, data_dir: Path, window_lock: Callable[[], subprocess.Popen[str]]
) -> None:
    assert cli("init").code == 0
    holder = window_lock()
    holder.kill()  # kill -9: the lock file stays, its lock is gone with the process
    holder.wait()
    assert (data_dir / ".lock").exists()
    assert cli("units", "add", "--name", "Xã Tân Văn", "--kind", "xa").code == 0


@posix_only
def test_the_database_and_its_wal_are_the_users_alone(data_dir: Path) -> None:
    from cchc_desktop.store.bootstrap import initialise
    from cchc_desktop.store.units import add_unit
    from cchc_desktop.store.workspace import Workspace

    previous = os.umask(0o022)  # the usual umask: files 0644 unless made otherwise
    try:
        initialise(data_dir)
        with Workspace.open(data_dir) as ws:
            add_unit(ws, name="Xã Mai Sao", kind="xa")  # the WAL and SHM exist while open
            files = [
                data_dir / name for name in ("cchc.sqlite", "cchc.sqlite-wal", "cchc.sqlite-shm")
            ]
            assert all(f.exists() for f in files)
            assert {oct(stat.S_IMODE(f.stat().st_mode)) for f in files} == {"0o600"}
    finally:
        os.umask(previous)


@posix_only
def test_a_database_left_readable_by_an_older_version_is_tightened(data_dir: Path) -> None:
    from cchc_desktop.store.bootstrap import initialise
    from cchc_desktop.store.workspace import Workspace

    initialise(data_dir)
    database = data_dir / "cchc.sqlite"
    database.chmod(0o644)
    Workspace.open(data_dir).close()
    assert stat.S_IMODE(database.stat().st_mode) == 0o600


@posix_only
def test_copies_of_the_database_are_private_too(data_dir: Path) -> None:
    from cchc_desktop.store.bootstrap import initialise
    from cchc_desktop.store.migrate import backup_database
    from cchc_desktop.store.workspace import Workspace

    initialise(data_dir)
    previous = os.umask(0o022)
    try:
        with Workspace.open(data_dir) as ws:
            copy = backup_database(ws.db, data_dir / "backups", "thu")
    finally:
        os.umask(previous)
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
