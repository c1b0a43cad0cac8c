"""One running window per data folder: a lock file in the folder, held while the window runs.

Two windows on one folder would each keep their own view of the same records and overwrite
each other's edits. The second start is refused before it reads or writes anything; the first
keeps running untouched. A lock left by a crashed or powered-off run is recognised as stale
(its process is gone) and taken over.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

from cchc_desktop.gui.i18n import tr
from cchc_desktop.store.datafolder import DataFolder


class FolderInUse(Exception):
    """Another running copy holds the data folder; ``message`` says so in the user's language."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def lock_data_folder(root: Path) -> QLockFile:
    """Take the folder's lock (creating the folder if it is new) or raise ``FolderInUse``."""
    folder = DataFolder(root)
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise FolderInUse(
            tr("Không tạo được thư mục dữ liệu {root}: {reason}. Hãy chọn thư mục có quyền ghi.")
            .replace("{root}", str(root))
            .replace("{reason}", exc.strerror or str(exc))
        ) from exc
    lock = QLockFile(str(folder.lock_file))
    # 0: a held lock never expires by age (the window stays open all day); a lock whose
    # process has died is still recognised as stale and taken over.
    lock.setStaleLockTime(0)
    if lock.tryLock(0):
        return lock
    if lock.error() == QLockFile.LockError.LockFailedError:
        # (pid, host, app), with a leading success flag in some PySide versions.
        info = [part for part in lock.getLockInfo() if not isinstance(part, bool)]
        pid, host = [*info, "?", "?"][:2]
        raise FolderInUse(
            tr(
                "Thư mục dữ liệu {root} đang được mở trong một cửa sổ CCHC Desktop khác "
                "(tiến trình {pid} trên máy {host}). Mỗi thư mục dữ liệu chỉ mở ở một cửa sổ "
                "để các thay đổi không ghi đè lên nhau: hãy dùng cửa sổ đang mở."
            )
            .replace("{root}", str(root))
            .replace("{pid}", str(pid))
            .replace("{host}", str(host or "?"))
        )
    raise FolderInUse(
        tr(
            "Không ghi được tệp khóa trong thư mục dữ liệu {root}. "
            "Hãy kiểm tra quyền ghi của thư mục."
        ).replace("{root}", str(root))
    )
