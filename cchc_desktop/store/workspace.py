"""An opened data folder: the database connection, this device, and who is working."""

from __future__ import annotations

import getpass
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cchc_desktop.errors import UserError
from cchc_desktop.settings import Settings
from cchc_desktop.store.connection import Database, open_database
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
    db: Database
    device: Device
    actor: str
    applied_migrations: list[str] = field(default_factory=list)
    # Published template versions never change, so their criteria are read once per workspace
    # (rows of detail.checklist's criterion columns, by template id).
    criteria_cache: dict[str, tuple[tuple[Any, ...], ...]] = field(default_factory=dict, repr=False)
    # Set by close(): work finishing in the background must not touch a closed connection.
    closed: bool = field(default=False, repr=False)

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
        return cls(folder, db, device, _actor(folder), applied)

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
