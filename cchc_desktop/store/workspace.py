"""An opened data folder: the database connection, this device, and who is working."""

from __future__ import annotations

import getpass
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils

from cchc_desktop.errors import UserError
from cchc_desktop.settings import Settings
from cchc_desktop.store.connection import open_database
from cchc_desktop.store.datafolder import DataFolder, Device
from cchc_desktop.store.media import MediaStore
from cchc_desktop.store.migrate import migrate


@dataclass
class Workspace:
    """What every core function works on; the CLI and the window each open one.

    A workspace belongs to the thread that opened it (SQLite connections do not cross threads):
    a worker thread opens its own with ``Workspace.open`` on the same folder.
    """

    folder: DataFolder
    db: sqlite_utils.Database
    device: Device
    actor: str
    applied_migrations: list[str] = field(default_factory=list)
    # Published template versions never change, so their criteria are read once per workspace
    # (rows of detail.checklist's criterion columns, by template id).
    criteria_cache: dict[str, tuple[tuple[Any, ...], ...]] = field(default_factory=dict, repr=False)
    # Set by close(): work finishing in the background must not touch a closed connection.
    closed: bool = field(default=False, repr=False)
    # The device's Ed25519 key, read on the first write (every version and audit line is
    # signed by the device that writes it: exchange/provenance.py).
    _signing_key: Any = field(default=None, repr=False)

    @property
    def device_id(self) -> str:
        return self.device.device_id

    @classmethod
    def init(cls, root: Path) -> Workspace:
        """Create the data folder if needed and bring its database to the current schema."""
        folder = DataFolder(root)
        folder.create_layout()
        return cls._open(folder)

    @classmethod
    def open(cls, root: Path) -> Workspace:
        """Open an initialised data folder, upgrading its schema (after a backup) if it is older."""
        folder = DataFolder(root)
        if not folder.is_initialised():
            raise UserError(
                f'Thư mục {root} chưa có dữ liệu CCHC. Hãy chạy: cchc --data-dir "{root}" init',
                f'{root} holds no CCHC data yet. Run: cchc --data-dir "{root}" init',
            )
        return cls._open(folder)

    @classmethod
    def _open(cls, folder: DataFolder) -> Workspace:
        device = folder.device()
        db = open_database(folder.db_path)
        try:
            applied = migrate(db, folder.db_path, folder.backups_dir)
        except BaseException:
            db.close()
            raise
        ws = cls(folder, db, device, _actor(folder), applied)
        try:
            # Rows and audit lines written before migration m0008 are this device's trusted
            # history: its own are signed once, now that its key can be read.
            from cchc_desktop.store.records import sign_own_history

            sign_own_history(ws)
        except BaseException:
            db.close()
            raise
        return ws

    @property
    def signing_key(self) -> Any:
        """This folder's private Ed25519 key (made on first use, like ``cchc init`` does)."""
        if self._signing_key is None:
            from cchc_desktop.exchange.keys import ensure_key

            self._signing_key = ensure_key(self.folder)
        return self._signing_key

    @property
    def media(self) -> MediaStore:
        """The content-addressed store of photos, signature images and signed PDFs."""
        return MediaStore(self.folder.media_dir)

    def settings(self) -> Settings:
        """The user's settings as saved now (read from the file at each call)."""
        return Settings.load(self.folder.settings_file)

    def close(self) -> None:
        """Close the connection; the workspace may not be used afterwards."""
        self.db.close()
        self.closed = True

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _actor(folder: DataFolder) -> str:
    """The name written into the audit log: the user's own from the settings, else the login."""
    name = Settings.load(folder.settings_file).user_name.strip()
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "?"
