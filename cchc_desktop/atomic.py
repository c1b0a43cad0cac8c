"""Writing a file so that it is either wholly there or not there at all."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO


@contextlib.contextmanager
def atomic_writer(path: Path) -> Iterator[BinaryIO]:
    """A binary file object whose content appears at ``path`` only when the block ends well.

    It writes to a temporary file in the same folder, fsyncs it, renames it over ``path`` and
    fsyncs the folder, so a crash or a pulled plug leaves the old file or the new one, never a
    half-written one. On error the temporary file is removed; one left by a killed process is
    named ``.<pid>-<name>.….tmp`` (see store/leftovers.py).
    """
    import tempfile  # (with shutil, bz2 and lzma: more than a command that only reads needs)

    path.parent.mkdir(parents=True, exist_ok=True)
    # The process id leads the name, so a start after a kill knows whose leftover it is.
    fd, temp_name = tempfile.mkstemp(
        prefix=f".{os.getpid()}-{path.name}.", suffix=".tmp", dir=path.parent
    )
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        temp.replace(path)
        fsync_dir(path.parent)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (see ``atomic_writer``)."""
    with atomic_writer(path) as handle:
        handle.write(data)


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (a no-op where the OS cannot open folders)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def check_writable(path: Path) -> None:
    """Refuse (a ``UserError`` naming ``path``) when a file cannot be written there, before a
    command does anything it cannot take back (a number taken, a signature made).

    It tries what the write will do: a temporary file in the nearest existing folder (the
    write makes the missing ones), removed at once; an existing file must be writable.
    """
    import errno
    import tempfile

    from cchc_desktop.errors import describe_os_error

    try:
        if path.is_dir():
            raise IsADirectoryError(errno.EISDIR, "is a folder", str(path))
        folder = path.parent
        while not folder.exists() and folder != folder.parent:
            folder = folder.parent
        fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        os.close(fd)
        Path(temp_name).unlink()
        if path.exists() and not os.access(path, os.W_OK):
            raise PermissionError(errno.EACCES, "not writable", str(path))
    except OSError as exc:
        if exc.errno in (errno.ENOENT, errno.EACCES, errno.EPERM, errno.EROFS, errno.EINVAL):
            from cchc_desktop.errors import UserError

            reason = exc.strerror or str(exc)
            raise UserError(
                f"Không ghi được tệp «{path}» ({reason}). Hãy chọn thư mục khác.",
                f"Cannot write the file '{path}' ({reason}). Choose another folder.",
            ) from exc
        raise describe_os_error(exc, path) from exc
