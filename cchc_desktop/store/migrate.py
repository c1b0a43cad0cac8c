"""Running the schema migrations: ordered, named, one transaction each, the file backed up first."""

from __future__ import annotations

import datetime as dt
import importlib
import sqlite3
from pathlib import Path
from types import ModuleType
from typing import NamedTuple

from cchc_desktop import APP_ID, __version__
from cchc_desktop.errors import SchemaTooNew
from cchc_desktop.store.connection import (
    Database,
    copy_database,
    is_ours,
    not_ours,
    transaction,
)
from cchc_desktop.store.migrations import ORDER


class Migration(NamedTuple):
    version: int
    module_name: str
    name: str
    module: ModuleType


def migrations() -> list[Migration]:
    """Every migration the app knows, in the order they apply."""
    return [_load(index) for index in range(1, len(ORDER) + 1)]


def _load(version: int) -> Migration:
    module_name = ORDER[version - 1]
    module = importlib.import_module(f"cchc_desktop.store.migrations.{module_name}")
    return Migration(version, module_name, module.NAME, module)


def latest_version() -> int:
    """The schema version this app writes: the number of known migrations."""
    return len(ORDER)


def schema_version(db: Database) -> int:
    """The schema version of an open database (``PRAGMA user_version``)."""
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def execute_script(db: Database, script: str) -> None:
    """Run a DDL script statement by statement inside the caller's transaction.

    (sqlite3's executescript would COMMIT first, breaking the one-transaction promise.)
    """
    current: list[str] = []
    for line in script.splitlines():
        if line.strip().startswith("--"):
            continue
        current.append(line)
        statement = "\n".join(current).strip()
        if statement.endswith(";") and sqlite3.complete_statement(statement):
            db.execute(statement)
            current = []
    if "\n".join(current).strip():
        raise ValueError(f"incomplete SQL statement at the end of a script: {current!r}")


def check_ours(db: Database, path: Path) -> None:
    """Refuse a SQLite file that some other program made, before touching it (one in WAL
    mode: ``open_database`` refuses the others before it switches them to WAL)."""
    if not is_ours(db.conn):
        raise not_ours(path)


def migrate(db: Database, path: Path, backups_dir: Path, *, target: int | None = None) -> list[str]:
    """Bring the database up to ``target`` (default: the latest schema); return what was applied.

    A database from a newer app is refused untouched. Before changing an existing database
    its file is copied into ``backups_dir``, so a failed upgrade can always be undone by hand.
    """
    check_ours(db, path)
    current = schema_version(db)
    known = latest_version()
    if current > known:
        raise SchemaTooNew(
            f"Cơ sở dữ liệu {path} được tạo bởi phiên bản mới hơn của CCHC Desktop "
            f"(lược đồ {current}; phiên bản {__version__} này chỉ hiểu đến lược đồ {known}). "
            "Hãy cài phiên bản mới; dữ liệu không bị thay đổi.",
            f"The database {path} was written by a newer CCHC Desktop (schema {current}; this "
            f"version {__version__} knows up to {known}). Install the newer version; nothing "
            "was changed.",
        )
    goal = known if target is None else target
    # Only the pending ones are imported: opening an up-to-date database loads no migration.
    pending = [_load(version) for version in range(current + 1, goal + 1)]
    if not pending:
        return []
    if current > 0:
        backup_database(db, backups_dir, f"truoc-nang-cap-v{current}")
    applied = []
    for migration in pending:
        with transaction(db):
            migration.module.apply(db)
            db.execute(f"PRAGMA user_version = {migration.version}")
            _record(db, migration)
        applied.append(f"{migration.version:04d}_{migration.name}")
    return applied


def _record(db: Database, migration: Migration) -> None:
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    rows = [
        ("app", APP_ID),
        ("schema_version", str(migration.version)),
        (f"migration.{migration.version:04d}", f"{migration.name} {now} app {__version__}"),
    ]
    db.conn.executemany("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", rows)


def backup_database(db: Database, backups_dir: Path, label: str) -> Path:
    """A copy of the live database in ``backups_dir``, named for when and why it was made."""
    backups_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backups_dir / f"cchc-{label}-{stamp}.sqlite"
    partial = target.with_suffix(".partial")
    copy_database(db, partial)
    partial.replace(target)
    return target
