"""Schema migrations: ordered, one transaction each, backed up first, newer schemas refused."""

from __future__ import annotations

import sqlite3
import sys
import types
from pathlib import Path

import pytest

from cchc_desktop.errors import SchemaTooNew, UserError
from cchc_desktop.store import migrate as migrate_module
from cchc_desktop.store.migrate import latest_version, schema_version
from cchc_desktop.store.workspace import Workspace


def _user_version(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])


def test_init_creates_the_latest_schema_and_is_safe_to_repeat(data_dir: Path) -> None:
    with Workspace.init(data_dir) as ws:
        assert schema_version(ws.db) == latest_version()
        assert ws.applied_migrations
        assert ws.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert ws.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        device = ws.device_id
    with Workspace.init(data_dir) as ws:
        assert ws.applied_migrations == []
        assert ws.device_id == device
    for folder in ("media", "backups", "keys", "outbox", "inbox"):
        assert (data_dir / folder).is_dir()


def test_a_newer_database_is_refused_untouched(data_dir: Path) -> None:
    Workspace.init(data_dir).close()
    db_path = data_dir / "cchc.sqlite"
    with sqlite3.connect(db_path) as conn:
        conn.execute(f"PRAGMA user_version = {latest_version() + 5}")
    before = db_path.read_bytes()
    with pytest.raises(SchemaTooNew) as info:
        Workspace.open(data_dir)
    assert "phiên bản mới hơn" in info.value.message
    assert _user_version(db_path) == latest_version() + 5
    assert db_path.read_bytes() == before


def test_a_foreign_sqlite_file_is_refused(data_dir: Path) -> None:
    Workspace.init(data_dir).close()
    db_path = data_dir / "cchc.sqlite"
    db_path.unlink()
    with sqlite3.connect(db_path) as conn:
        conn.execute("CREATE TABLE customers (id INTEGER)")
    with pytest.raises(UserError) as info:
        Workspace.open(data_dir)
    assert "chương trình khác" in info.value.message


def test_a_corrupt_file_gets_a_clear_message(data_dir: Path) -> None:
    Workspace.init(data_dir).close()
    db_path = data_dir / "cchc.sqlite"
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    db_path.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(UserError) as info:
        Workspace.open(data_dir)
    assert "bị hỏng" in info.value.message


class NextRelease:
    """A second migration, as the next release would add one; off until ``ship()``."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.monkeypatch = monkeypatch
        self.module = types.ModuleType("cchc_desktop.store.migrations.m9999_test")
        self.module.NAME = "add unit phone"  # type: ignore[attr-defined]
        self.module.apply = self._apply  # type: ignore[attr-defined]
        monkeypatch.setitem(sys.modules, self.module.__name__, self.module)

    @staticmethod
    def _apply(db: object) -> None:
        db.execute("ALTER TABLE units ADD COLUMN phone TEXT NOT NULL DEFAULT ''")  # type: ignore[attr-defined]
        db.execute("UPDATE units SET phone = 'chưa có'")  # type: ignore[attr-defined]

    def ship(self) -> None:
        self.monkeypatch.setattr(migrate_module, "ORDER", (*migrate_module.ORDER, "m9999_test"))


@pytest.fixture
def next_release(monkeypatch: pytest.MonkeyPatch) -> NextRelease:
    return NextRelease(monkeypatch)


def test_upgrade_backs_up_then_migrates_keeping_data(
    data_dir: Path, next_release: NextRelease
) -> None:
    from cchc_desktop.store.units import add_unit

    with Workspace.init(data_dir) as ws:
        add_unit(ws, name="Xã Mai Sao", kind="xa")
    old_version = latest_version()
    next_release.ship()

    with Workspace.open(data_dir) as ws:
        assert ws.applied_migrations == [f"{old_version + 1:04d}_add unit phone"]
        assert ws.db.execute("SELECT name, phone FROM units").fetchone() == (
            "Xã Mai Sao",
            "chưa có",
        )
        assert schema_version(ws.db) == old_version + 1
    backups = sorted((data_dir / "backups").glob("cchc-truoc-nang-cap-*.sqlite"))
    assert len(backups) == 1, "the old database must be copied before it is changed"
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("SELECT name FROM units").fetchone() == ("Xã Mai Sao",)
        assert conn.execute("PRAGMA user_version").fetchone()[0] == old_version


def test_a_failing_migration_leaves_the_database_as_it_was(
    data_dir: Path, next_release: NextRelease
) -> None:
    from cchc_desktop.store.units import add_unit

    def broken(db: object) -> None:
        db.execute("ALTER TABLE units ADD COLUMN phone TEXT")  # type: ignore[attr-defined]
        raise RuntimeError("power lost mid-migration")

    with Workspace.init(data_dir) as ws:
        add_unit(ws, name="Xã Mai Sao", kind="xa")
    old_version = latest_version()
    next_release.module.apply = broken  # type: ignore[attr-defined]
    next_release.ship()
    with pytest.raises(RuntimeError):
        Workspace.open(data_dir)
    db_path = data_dir / "cchc.sqlite"
    assert _user_version(db_path) == old_version
    with sqlite3.connect(db_path) as conn:
        columns = [r[1] for r in conn.execute("PRAGMA table_info(units)")]
        assert "phone" not in columns
        assert conn.execute("SELECT name FROM units").fetchone() == ("Xã Mai Sao",)
