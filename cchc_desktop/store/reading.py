"""Opening a data folder to read it, and nothing else, as fast as a process can (cli/quick.py).

``Workspace.open`` may have work to do first: upgrade an older schema (after a backup), sign
the device's earlier history; at the CLI, sweep what a killed job left. A listing of an
up-to-date folder needs none of it. ``open_to_read`` opens the database as ``open_database``
does and checks, with a few cheap statements, that none of that work is waiting: the file is
this app's, at this app's schema, with no history to sign. For anything else (a folder not
initialised, a foreign, older or newer database, history to sign) it answers None, and the
caller opens the folder the full way, which does the work or refuses in its own words.
"""

from __future__ import annotations

import os
import sqlite3
import time

from cchc_desktop.errors import UserError
from cchc_desktop.store.connection import BUSY_TIMEOUT_MS, is_ours, open_database
from cchc_desktop.store.migrations import ORDER

# For the type checker only (``typing`` costs a listing milliseconds).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import TypeAlias, TypeVar

    from cchc_desktop.store.connection import Database

    T = TypeVar("T")
    # A read of the folder opened to read (``read_within`` runs one): what the window's list
    # pages name for their first list.
    Read: TypeAlias = Callable[[Database], T]

# The names of the two files an initialised data folder holds (``DataFolder`` builds its
# paths from them).
DB_NAME = "cchc.sqlite"
DEVICE_FILE = "device.json"

# Set by migration m0008 until this device's earlier history is signed (its PENDING_FLAG):
# ``Workspace.open`` signs it.
SIGN_HISTORY_FLAG = "provenance.sign_own_history"


def open_to_read(root: str, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Database | None:
    """The database of the data folder ``root``, opened, when reading it needs no other work
    first; None when the full opening (``Workspace.open``) has something to do or to say.

    Raises what ``open_database`` raises (a file that cannot be opened, or busy longer than
    ``busy_timeout_ms``): the caller, having changed nothing, leaves that to the full opening
    too.
    """
    db_path = os.path.join(root, DB_NAME)
    if not (os.path.exists(db_path) and os.path.exists(os.path.join(root, DEVICE_FILE))):
        return None
    db = open_database(db_path, busy_timeout_ms=busy_timeout_ms)
    try:
        ready = _up_to_date(db)
    except BaseException:
        db.close()
        raise
    if not ready:
        db.close()
        return None
    return db


def _up_to_date(db: Database) -> bool:
    """Whether the file is this app's (``is_ours``, as ``migrate.check_ours``), at the schema
    this app writes (``migrate.latest_version``), with no history waiting to be signed."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version != len(ORDER) or not is_ours(db.conn):
        return False
    pending = db.execute("SELECT 1 FROM meta WHERE key = ?", [SIGN_HISTORY_FLAG]).fetchone()
    return pending is None


# How often, in SQLite virtual-machine steps, a bounded read looks at the clock.
_STEPS_BETWEEN_CHECKS = 1000
# A write-ahead log larger than this (about SQLite's automatic checkpoint, 1000 pages) was
# left by a process killed in a long write: opening it reads the whole log (its recovery),
# and closing the last connection copies it into the database, SQLite's work outside any
# statement, which the clock above cannot stop. Such a folder is read in the background.
WAL_AT_ONCE_BYTES = 4 << 20
# The longest value (in bytes) a bounded read reads: longer than any name or recommendation
# a person types (some ten pages), short enough to read and fold in milliseconds. SQLite
# reads a value in one step, between two looks at the clock: a name of 50 MB held the
# window 120 ms. A longer one stops the read ("too big"): read in the background.
LONGEST_VALUE_AT_ONCE = 64 << 10


def read_within(root: str, read: Read[T], seconds: float) -> T | None:
    """``read(db)`` on the folder ``root`` opened to read (``open_to_read``), when that needs
    no other work first and its statements end within ``seconds``; None otherwise.

    For the window's first list: on a team lead's folder it is read in a millisecond or two,
    at once, and drawn with the page; a province's merged folder takes longer, so the read is
    interrupted at the bound and the caller reads in the background. It never waits for a
    lock (a writer elsewhere means the background read). A file that cannot be opened or
    read is None too: the full opening (``Workspace.open``) meets the same problem and says
    it in its words. It writes nothing of its own; closing copies a small write-ahead log
    into the file, as any last connection's close does (a large one is not opened here).
    """
    try:
        if os.path.getsize(os.path.join(root, DB_NAME + "-wal")) > WAL_AT_ONCE_BYTES:
            return None
    except OSError:
        pass  # no log: nothing to recover
    # No wait for a lock from the first statement: the opening's own (journal mode, schema)
    # waited the full busy timeout, five seconds of a frozen window, when another program
    # held the file in exclusive locking mode.
    try:
        db = open_to_read(root, busy_timeout_ms=0)
    except UserError:
        return None
    if db is None:
        return None
    deadline = time.perf_counter() + seconds

    def over_time() -> bool:
        return time.perf_counter() > deadline

    try:
        db.conn.set_progress_handler(over_time, _STEPS_BETWEEN_CHECKS)
        db.conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, LONGEST_VALUE_AT_ONCE)
        return read(db)
    except sqlite3.Error:
        # Interrupted (over time), busy (a writer), a value too long, or a damaged file: the
        # long way.
        return None
    finally:
        db.close()
