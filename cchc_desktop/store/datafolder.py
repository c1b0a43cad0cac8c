"""The data folder: where it is, what it holds, and the device identity it carries."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import NamedTuple

from cchc_desktop import APP_ID
from cchc_desktop.atomic import write_atomic
from cchc_desktop.domain.dates import utc_now
from cchc_desktop.errors import UserError
from cchc_desktop.store.reading import DB_NAME, DEVICE_FILE

# A device id as this app writes it; anything else is read through uuid.UUID.
_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def default_data_dir() -> Path:
    """CCHC_DATA_DIR when set, else the per-user data folder of this operating system."""
    env = os.environ.get("CCHC_DATA_DIR")
    if env:
        return Path(env).expanduser()
    import platformdirs  # only needed when no folder is given

    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


# Named tuples rather than dataclasses: every `cchc` command opens a data folder, and importing
# ``dataclasses`` (with ``inspect``) costs it several milliseconds.
class Device(NamedTuple):
    """This data folder's identity: every record it writes carries ``device_id``."""

    device_id: str
    created_at: str
    hostname: str
    # The name a person gave the laptop ("Máy đoàn 1 – Nguyễn Văn An"); empty until then.
    name: str = ""

    @property
    def shown_name(self) -> str:
        """The person's name for the laptop, else (never named) its hostname."""
        return self.name or self.hostname

    @property
    def label(self) -> str:
        """The one way this laptop is shown everywhere: ``name (short id)``."""
        from cchc_desktop.domain.devices import device_label

        return device_label(self.shown_name, self.device_id)


class DataFolder(NamedTuple):
    """A data folder's place and the paths of what it holds."""

    root: Path

    @property
    def db_path(self) -> Path:
        return self.root / DB_NAME

    @property
    def media_dir(self) -> Path:
        return self.root / "media"

    @property
    def backups_dir(self) -> Path:
        return self.root / "backups"

    @property
    def keys_dir(self) -> Path:
        return self.root / "keys"

    @property
    def outbox_dir(self) -> Path:
        return self.root / "outbox"

    @property
    def inbox_dir(self) -> Path:
        return self.root / "inbox"

    @property
    def logs_dir(self) -> Path:
        return self.root / "logs"

    @property
    def device_file(self) -> Path:
        return self.root / DEVICE_FILE

    @property
    def settings_file(self) -> Path:
        return self.root / "settings.json"

    @property
    def lock_file(self) -> Path:
        return self.root / ".lock"

    def is_initialised(self) -> bool:
        """Whether ``cchc init`` has made this folder's database and device identity."""
        return self.db_path.exists() and self.device_file.exists()

    def refuse_a_file(self) -> None:
        """A file where the data folder should be is said to be one (not "holds no data
        yet, run init", which then fails with the system's "File exists")."""
        if self.root.exists() and not self.root.is_dir():
            raise UserError(
                f"{self.root} là một tệp, không phải thư mục dữ liệu. Hãy chọn một thư mục.",
                f"{self.root} is a file, not a data folder. Choose a folder.",
            )

    def create_layout(self) -> Device:
        """Make the folders and, once, the device identity; return the device."""
        self.refuse_a_file()
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            for folder in (
                self.media_dir,
                self.backups_dir,
                self.outbox_dir,
                self.inbox_dir,
                self.logs_dir,
            ):
                folder.mkdir(exist_ok=True)
            self.keys_dir.mkdir(mode=0o700, exist_ok=True)
        except OSError as exc:
            raise UserError(
                f"Không tạo được thư mục dữ liệu {self.root}: {exc.strerror}. "
                "Hãy chọn thư mục có quyền ghi.",
                f"Cannot create the data folder {self.root}: {exc.strerror}. "
                "Choose a writable folder.",
            ) from exc
        if not self.device_file.exists():
            import json
            import platform  # once per data folder, not at every start
            import uuid

            device = Device(str(uuid.uuid4()), utc_now(), platform.node())
            payload = {
                "device_id": device.device_id,
                "created_at": device.created_at,
                "hostname": device.hostname,
            }
            write_atomic(self.device_file, json.dumps(payload, indent=2).encode("utf-8"))
        return self.device()

    def device(self) -> Device:
        """This folder's device identity, or a UserError saying what to do."""
        import json  # (a command that only reads never needs it)

        try:
            raw = json.loads(self.device_file.read_text(encoding="utf-8"))
            device_id = raw["device_id"]
            if not (isinstance(device_id, str) and _CANONICAL_UUID.fullmatch(device_id)):
                import uuid

                device_id = str(uuid.UUID(device_id))
            name = raw.get("name", "")
            if not isinstance(name, str):
                raise TypeError("the device's name is not text")
            return Device(device_id, raw["created_at"], raw.get("hostname", ""), _stored_name(name))
        except FileNotFoundError as exc:
            raise UserError(
                f'Thư mục {self.root} chưa được khởi tạo. Hãy chạy: cchc --data-dir "{self.root}" init',
                f'{self.root} is not a data folder yet. Run: cchc --data-dir "{self.root}" init',
            ) from exc
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise UserError(
                f"Tệp định danh thiết bị {self.device_file} bị hỏng. Hãy khôi phục nó từ bản sao lưu.",
                f"The device identity file {self.device_file} is damaged. Restore it from a backup.",
            ) from exc

    def rename_device(self, text: str) -> Device:
        """Give this laptop the name a person chose (checked: one line, not empty, not the
        hostname alone, at most 60 characters); device.json is rewritten atomically."""
        import json

        from cchc_desktop.domain.devices import checked_name

        device = self.device()
        name = checked_name(text, device.hostname)
        raw = json.loads(self.device_file.read_text(encoding="utf-8"))
        raw["name"] = name
        try:
            write_atomic(
                self.device_file, json.dumps(raw, indent=2, ensure_ascii=False).encode("utf-8")
            )
        except OSError as exc:
            raise UserError(
                f"Không ghi được tên máy vào {self.device_file}: {exc.strerror}.",
                f"Cannot write the laptop's name to {self.device_file}: {exc.strerror}.",
            ) from exc
        return self.device()


def _stored_name(name: str) -> str:
    """A name read back from device.json: one edited by hand into something the checks
    refuse counts as no name (the window asks again) rather than a broken folder."""
    if not name.strip():
        return ""  # (the checks' imports are left to the folders that have a name)
    from cchc_desktop.domain.devices import name_problem

    return name.strip() if name_problem(name) is None else ""
