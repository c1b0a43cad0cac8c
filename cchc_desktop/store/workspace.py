"""An opened data folder: the database connection, this device, and who is working."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from cchc_desktop.errors import UserError
from cchc_desktop.store.connection import Database, open_database
from cchc_desktop.store.datafolder import DataFolder, Device
from cchc_desktop.store.migrate import migrate
from cchc_desktop.store.reading import SIGN_HISTORY_FLAG

if TYPE_CHECKING:
    from cchc_desktop.settings import Settings
    from cchc_desktop.store.media import MediaStore


class Workspace:
    """What every core function works on; the CLI and the window each open one.

    A workspace belongs to the thread that opened it (SQLite connections do not cross threads):
    a worker thread opens its own with ``Workspace.open`` on the same folder.

    Opening one reads no more than it must (every `cchc` command opens one): the settings are
    read when asked for, the device identity and the audit log's ``actor`` on the first write.
    """

    def __init__(
        self,
        folder: DataFolder,
        db: Database,
        device: Device | None = None,
        actor: str | None = None,
        applied_migrations: list[str] | None = None,
    ) -> None:
        self.folder = folder
        self.db = db
        self._device = device
        self._actor = actor
        self.applied_migrations = applied_migrations or []
        # Published template versions never change, so their criteria are read once per
        # workspace (rows of detail.checklist's criterion columns, by template id).
        self.criteria_cache: dict[str, tuple[tuple[Any, ...], ...]] = {}
        # Set by close(): work finishing in the background must not touch a closed connection.
        self.closed = False
        # The device's Ed25519 key, read on the first write (every version and audit line is
        # signed by the device that writes it: store/provenance.py).
        self._signing_key: Any = None

    def __repr__(self) -> str:
        return f"Workspace({self.folder.root!r})"

    @property
    def device(self) -> Device:
        """This data folder's device identity (read on first use)."""
        if self._device is None:
            self._device = self.folder.device()
        return self._device

    def rename_device(self, name: str) -> Device:
        """Give this laptop the name a person chose (``DataFolder.rename_device``: checked,
        device.json rewritten atomically); this workspace sees it at once."""
        self._device = self.folder.rename_device(name)
        return self._device

    @property
    def actor(self) -> str:
        """The name written into the audit log: the user's own from the settings, else the
        login (read on first use)."""
        if self._actor is None:
            self._actor = _actor(self.folder)
        return self._actor

    @actor.setter
    def actor(self, name: str) -> None:
        self._actor = name

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
            folder.refuse_a_file()
            raise UserError(
                f'Thư mục {root} chưa có dữ liệu CCHC. Hãy chạy: cchc --data-dir "{root}" init',
                f'{root} holds no CCHC data yet. Run: cchc --data-dir "{root}" init',
            )
        return cls._open(folder)

    @classmethod
    def _open(cls, folder: DataFolder) -> Workspace:
        db = open_database(folder.db_path)
        try:
            applied = migrate(db, folder.db_path, folder.backups_dir)
        except BaseException:
            db.close()
            raise
        ws = cls(folder, db, applied_migrations=applied)
        try:
            # Rows and audit lines written before migration m0008 are this device's trusted
            # history: its own are signed once, now that its key can be read. The flag is
            # read here so that an up-to-date folder imports nothing for it.
            pending = db.execute("SELECT 1 FROM meta WHERE key = ?", [SIGN_HISTORY_FLAG])
            if pending.fetchone() is not None:
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
            from cchc_desktop.store.keys import ensure_key

            self._signing_key = ensure_key(self.folder)
        return self._signing_key

    @property
    def media(self) -> MediaStore:
        """The content-addressed store of photos, signature images and signed PDFs."""
        from cchc_desktop.store.media import MediaStore

        return MediaStore(self.folder.media_dir)

    def settings(self) -> Settings:
        """The user's settings as saved now (read from the file at each call)."""
        from cchc_desktop.settings import Settings

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
    import getpass

    from cchc_desktop.settings import Settings

    name = Settings.load(folder.settings_file).user_name.strip()
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "?"
