"""SQLite's errors sorted: a problem with the file or the disk (a person's to fix, said in
their language) apart from a bug (for the crash handler, with its traceback).

Sorted by SQLite's own result code (``sqlite3.Error.sqlite_errorname``, Python 3.11+), never
by the message text. Nothing here imports sqlite3: the window asks through this module.
"""

from __future__ import annotations

from cchc_desktop.errors import UserError

# For the type checker only (``pathlib`` costs a listing milliseconds: cli/quick.py).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path

# SQLite's primary result codes that tell of the file or the disk, not of the program: each
# has one message saying what to do. Every other code (SQLITE_ERROR "no such column", a
# misuse, a constraint nobody caught) is a bug, for the crash handler and its log.
_BUSY = frozenset({"SQLITE_BUSY", "SQLITE_LOCKED"})
_FULL = frozenset({"SQLITE_FULL"})
_DAMAGED = frozenset({"SQLITE_CORRUPT", "SQLITE_NOTADB"})
_NOT_WRITABLE = frozenset({"SQLITE_READONLY", "SQLITE_PERM", "SQLITE_CANTOPEN"})
_DISK = frozenset({"SQLITE_IOERR"})


def sqlite_error_kind(exc: BaseException) -> str | None:
    """SQLite's primary code name of ``exc`` ("SQLITE_BUSY" for SQLITE_BUSY_SNAPSHOT), read
    from ``sqlite_errorname``; None for an error the sqlite3 module raised itself (a closed
    connection, a wrong number of parameters: bugs) and for any other exception."""
    name = getattr(exc, "sqlite_errorname", None)
    if not name:
        return None
    return "_".join(str(name).split("_")[:2])


def undecodable_text(exc: BaseException) -> bool:
    """Whether ``exc`` is Python's sqlite3 refusing stored text that is not UTF-8 (a file
    changed by another program, or damaged): the module raises that OperationalError itself,
    so it carries no SQLite code, and it is the only one of its kind without one."""
    kind = type(exc)
    return (
        kind.__module__ == "sqlite3"
        and kind.__name__ == "OperationalError"
        and not getattr(exc, "sqlite_errorname", None)
    )


def describe_sqlite_error(exc: BaseException, path: Path | str | None = None) -> UserError | None:
    """An environment problem with the database file (busy, disk full, damaged, not writable,
    the drive failing), said so a person knows what to do; None when ``exc`` is a bug (or
    not a SQLite error at all)."""
    kind = sqlite_error_kind(exc)
    where_vi = f"Cơ sở dữ liệu {path}" if path is not None else "Cơ sở dữ liệu"
    where_en = f"The database {path}" if path is not None else "The database"
    if kind in _BUSY:
        return UserError(
            f"{where_vi} đang bận (một chương trình khác đang ghi). Hãy thử lại sau giây lát; "
            "không có gì bị thay đổi.",
            f"{where_en} is busy (another program is writing). Try again in a moment; nothing "
            "was changed.",
        )
    if kind in _FULL:
        return UserError(
            f"Ổ đĩa đầy, không ghi được vào {path or 'cơ sở dữ liệu'}. Hãy giải phóng dung lượng "
            "rồi thử lại; dữ liệu đã lưu không bị ảnh hưởng.",
            f"The disk is full; nothing could be written to {path or 'the database'}. Free some "
            "space and try again; stored data is unaffected.",
        )
    if kind in _DAMAGED:
        return UserError(
            f"{where_vi} không phải cơ sở dữ liệu CCHC hoặc đã bị hỏng. Hãy khôi phục từ bản "
            "sao lưu trong thư mục backups/.",
            f"{where_en} is not a CCHC database or is damaged. Restore it from a copy in backups/.",
        )
    if undecodable_text(exc):
        return UserError(
            f"{where_vi} có văn bản bị hỏng (không phải UTF-8): tệp đã bị chương trình khác sửa "
            "hoặc bị hỏng. Hãy khôi phục từ bản sao lưu trong thư mục backups/.",
            f"{where_en} holds damaged text (not UTF-8): the file was changed by another program "
            "or is damaged. Restore it from a copy in backups/.",
        )
    if kind in _NOT_WRITABLE:
        return UserError(
            f"{where_vi} không mở được để ghi (chỉ đọc hoặc không có quyền). Hãy kiểm tra quyền "
            "ghi của thư mục dữ liệu, hoặc chọn thư mục trên ổ máy này; không có gì bị thay đổi.",
            f"{where_en} cannot be opened for writing (read-only or no permission). Check that "
            "the data folder is writable, or choose a folder on this computer; nothing was "
            "changed.",
        )
    if kind in _DISK:
        return UserError(
            f"Lỗi đọc/ghi ổ đĩa ở {path or 'cơ sở dữ liệu'} (ổ bị rút ra hoặc hỏng?). Hãy kiểm "
            "tra ổ đĩa rồi thử lại; phần chưa ghi xong không được lưu.",
            f"A disk read/write error at {path or 'the database'} (drive removed or failing?). "
            "Check the drive and try again; nothing half-done was stored.",
        )
    return None
