"""Opening the SQLite file with the settings every connection needs, and explicit transactions."""

from __future__ import annotations

import contextlib
import itertools
import sqlite3

from cchc_desktop import APP_ID
from cchc_desktop.errors import UserError, describe_os_error
from cchc_desktop.sqlite_errors import describe_sqlite_error

# For the type checker only: `cchc inspections list` opens the database through this module
# and imports neither ``typing`` nor ``pathlib`` (cli/quick.py counts their milliseconds).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping, Sequence
    from pathlib import Path
    from typing import Any, TypeVar

    import sqlite_utils
    from sqlite_utils.db import Table, View

    Row = TypeVar("Row")  # a TypedDict naming a query's columns (store/rows.py)

# A writer holds the lock for milliseconds; a reader or a second process waits this long
# before we call the file busy.
BUSY_TIMEOUT_MS = 5000


# Savepoint names of nested transactions, unique within the process.
_savepoints = itertools.count(1)


class Database:
    """The app's SQLite connection and the few helpers the core uses on it.

    The core runs its own SQL on ``conn`` (autocommit: ``isolation_level=None``). It once
    wrapped the connection in sqlite-utils' ``Database``, whose import (click, pluggy,
    dateutil: ~90 ms) every `cchc` command paid before doing anything. sqlite-utils' table
    API stays at hand, on the same connection, through ``db[name]``: imported when first
    asked for.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path | str | None = None) -> None:
        self.conn = conn
        # The file, named in the messages of transaction() when the disk or the file fails.
        self.path = path
        self._utils: sqlite_utils.Database | None = None

    def execute(
        self, sql: str, parameters: Sequence[Any] | Mapping[str, Any] | None = None
    ) -> sqlite3.Cursor:
        """Run one statement on the connection (autocommit unless a transaction is open)."""
        if parameters is None:
            return self.conn.execute(sql)
        return self.conn.execute(sql, parameters)

    def table_names(self) -> list[str]:
        """The names of the tables in the database file."""
        return [
            r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]

    def __getitem__(self, name: str) -> Table | View:
        """sqlite-utils' ``Table`` (or ``View``) of ``name``, on this connection."""
        if self._utils is None:
            import sqlite_utils

            self._utils = sqlite_utils.Database(self.conn, execute_plugins=False)
        return self._utils[name]

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()


def open_database(path: Path | str, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Database:
    """A connection to ``path`` in WAL mode with foreign keys enforced and full durability.

    The connection is in autocommit mode (isolation_level None): nothing is ever left in an
    implicit transaction; every multi-step write goes through ``transaction``. The file is
    its user's alone (0600), like the device key and the backups; SQLite gives the WAL and
    shared-memory files the database's own mode. Another program's file is refused before
    either is changed (its journal mode, its permissions). ``busy_timeout_ms``: how long a
    statement, the opening's own included, waits for another process's lock.
    """
    import os

    existed = os.path.exists(path)
    if not existed:
        _private(path)  # 0600 from the start
    with _said(path):
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=busy_timeout_ms / 1000)
        conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        conn.execute("PRAGMA foreign_keys = ON")
        ours = conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal" or is_ours(conn)
    if not ours:
        conn.close()
        raise not_ours(path)
    if existed:
        _private(path)
    with _said(path):
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        # FULL: a commit survives a pulled power cord, not only a crashed process; a few
        # milliseconds per answer is a fair price for never losing one.
        conn.execute("PRAGMA synchronous = FULL")
    if str(mode).lower() != "wal":
        conn.close()
        raise UserError(
            f"Không bật được chế độ WAL cho {path}. Thư mục dữ liệu có thể nằm trên ổ mạng "
            "hoặc ổ chỉ đọc; hãy chọn thư mục trên ổ máy này.",
            f"Could not enable WAL for {path}. The data folder may be on a network or read-only "
            "drive; choose a folder on this computer.",
        )
    return Database(conn, path)


def _private(path: Path | str) -> None:
    try:
        private_file(path)
    except OSError as exc:
        raise describe_os_error(exc, path) from exc


@contextlib.contextmanager
def _said(path: Path | str) -> Iterator[None]:
    """A busy, damaged or unreadable file said so (``describe_sqlite_error``); any other
    SQLite error as it is."""
    try:
        yield
    except sqlite3.Error as exc:
        user = describe_sqlite_error(exc, path)
        if user is None:
            raise
        raise user from exc


def is_ours(conn: sqlite3.Connection) -> bool:
    """Whether a database file is new (no table yet) or this app's (its ``meta`` says so)."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not tables:
        return True
    if "meta" not in tables:
        return False
    row = conn.execute("SELECT value FROM meta WHERE key = 'app'").fetchone()
    return row is not None and row[0] == APP_ID


def not_ours(path: Path | str) -> UserError:
    return UserError(
        f"Tệp {path} là cơ sở dữ liệu của chương trình khác, không phải của CCHC Desktop. "
        "Hãy chọn thư mục dữ liệu khác; tệp này không bị thay đổi.",
        f"{path} belongs to another program, not CCHC Desktop. Choose another data folder; "
        "the file was not changed.",
    )


@contextlib.contextmanager
def transaction(db: Database) -> Iterator[Database]:
    """One atomic write: BEGIN IMMEDIATE at the outside, a savepoint when nested.

    IMMEDIATE takes the write lock at once, so a second writer waits (busy timeout) instead
    of failing half-way through with SQLITE_BUSY on its first write. A file or disk problem
    (describe_sqlite_error) comes out as a UserError; other SQLite errors, bugs, as they are.
    """
    conn = db.conn
    if conn.in_transaction:
        with _savepoint(conn):
            yield db
        return
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        else:
            try:
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
    except sqlite3.Error as exc:
        # A busy, full, read-only or damaged file is the person's to fix (one message, the
        # write undone); any other SQLite error is a bug and goes on as it is.
        user = describe_sqlite_error(exc, db.path)
        if user is None:
            raise
        raise user from exc


@contextlib.contextmanager
def _savepoint(conn: sqlite3.Connection) -> Iterator[None]:
    """A nested transaction: undone alone if its block fails, kept with the outer one."""
    name = f"cchc_{next(_savepoints)}"
    conn.execute(f"SAVEPOINT {name}")
    try:
        yield
    except BaseException:
        # A RAISE(ROLLBACK) trigger or a failed COMMIT may have ended the whole transaction,
        # savepoint included: cleaning up then would hide the real error.
        if conn.in_transaction:
            conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
            conn.execute(f"RELEASE SAVEPOINT {name}")
        raise
    else:
        conn.execute(f"RELEASE SAVEPOINT {name}")


def fetch_all(db: Database, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    """The rows of a read-only query as dicts.

    (sqlite-utils' ``query()`` wraps every statement in a savepoint to guard against writes;
    for the app's own SELECTs that guard costs two extra statements per query.)
    """
    cursor = db.conn.execute(sql, params)
    columns = [c[0] for c in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor]


def fetch_rows(
    db: Database, row_type: type[Row], sql: str, params: Sequence[Any] = ()
) -> list[Row]:
    """``fetch_all`` for a query whose columns are exactly ``row_type``'s keys: the rows a
    public function hands to other modules, typed for mypy (nothing is checked at run time;
    the query and its TypedDict are written side by side)."""
    del row_type  # only its type matters
    return fetch_all(db, sql, params)  # type: ignore[return-value]


def private_file(path: Path | str) -> None:
    """Create ``path`` empty and user-only (0600) if it is missing; tighten it if it is looser.

    Also the WAL and shared-memory files beside a database, when an older version left them
    readable by others. (A no-op for modes on Windows, where the user's folder is private.)
    """
    import os
    import stat

    if os.name != "posix":
        return
    name = os.fspath(path)
    try:
        fd = os.open(name, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        pass
    else:
        os.close(fd)
    for each in (name, name + "-wal", name + "-shm"):
        try:
            if stat.S_IMODE(os.stat(each).st_mode) & 0o077:
                os.chmod(each, 0o600)
        except FileNotFoundError:
            continue
        except PermissionError:
            continue  # another user's file: tightening it is theirs to do


def copy_database(db: Database, target: Path) -> None:
    """A consistent copy of the live database at ``target`` (0600), through SQLite's online
    backup API (consistent even while another connection writes)."""
    private_file(target)
    dest = sqlite3.connect(str(target))
    try:
        db.conn.backup(dest)
    finally:
        dest.close()
