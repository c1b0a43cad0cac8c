"""The two kinds of error: a person's problem (clear message) and a bug (logged)."""

from __future__ import annotations

import os
from pathlib import Path

_language: str | None = None


def language() -> str:
    """The message language: Vietnamese unless CCHC_LANG asks for English (read once)."""
    global _language  # noqa: PLW0603 - one process-wide setting, read on first use
    if _language is None:
        _language = "en" if os.environ.get("CCHC_LANG", "").lower().startswith("en") else "vi"
    return _language


def language_from_environment() -> str | None:
    """The language CCHC_LANG asks for ("vi" or "en"), or None when it is unset or empty: the
    CLI and the window both follow it, the window's setting being the default without it."""
    value = os.environ.get("CCHC_LANG", "").strip().lower()
    if not value:
        return None
    return "en" if value.startswith("en") else "vi"


def set_language(value: str | None) -> None:
    """Choose the message language ("vi" or "en"); None reads CCHC_LANG again."""
    global _language  # noqa: PLW0603
    _language = value


def pick(vi: str, en: str) -> str:
    """One text of a Vietnamese/English pair, by the current language. The English is the
    code's, unless a translator corrected it in resources/translations/core_en.ts."""
    if language() != "en":
        return vi
    # Imported only for English: reading the catalogue needs an XML parser that a Vietnamese
    # session (and the window's start) need not load.
    from cchc_desktop.catalogue import corrections

    return corrections.english(vi, en)


class UserError(Exception):
    """Something the user can fix: bad input, a missing record, a refused file.

    It carries both languages so the CLI and the window show the one the user reads. The
    promise that comes with it: whatever raised it left stored data as it was.
    """

    def __init__(self, vi: str, en: str | None = None) -> None:
        super().__init__(vi)
        self.vi = vi
        self.en = en or vi

    @property
    def message(self) -> str:
        return pick(self.vi, self.en)

    def __str__(self) -> str:
        return self.message


class NotFound(UserError):
    """A record named by the user does not exist."""


class SchemaTooNew(UserError):
    """The database was written by a newer version of the app."""


class DataFolderBusy(UserError):
    """Another copy of the app holds the data folder."""


def describe_os_error(exc: OSError, path: Path | None = None) -> UserError:
    """A file-system problem (full disk, no permission, missing file) said so a person can act.

    ``path`` is the file the person chose, named instead of the one the system names (an
    atomic write fails on its temporary file, which the person never heard of).
    """
    import errno

    where = str(path) if path is not None else exc.filename or ""
    if exc.errno == errno.ENOSPC:
        return UserError(
            f"Ổ đĩa đầy, không ghi được {where}. Hãy giải phóng dung lượng rồi thử lại; "
            "dữ liệu đã lưu không bị ảnh hưởng.",
            f"The disk is full; could not write {where}. Free some space and try again; "
            "stored data is unaffected.",
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return UserError(
            f"Không có quyền ghi/đọc {where}. Hãy chọn thư mục khác hoặc kiểm tra quyền truy cập.",
            f"No permission to access {where}. Choose another folder or check its permissions.",
        )
    if exc.errno == errno.EISDIR:
        return UserError(
            f"{where} là một thư mục. Hãy chọn tên tệp khác.",
            f"{where} is a folder. Choose another file name.",
        )
    if exc.errno == errno.ENOENT:
        return UserError(
            f"Không tìm thấy tệp hoặc thư mục {where}.", f"No such file or folder: {where}."
        )
    return UserError(
        f"Lỗi đọc/ghi tệp {where}: {exc.strerror}", f"File error {where}: {exc.strerror}"
    )


def read_named_file(path: Path) -> bytes:
    """The bytes of a file a person named (to import, verify…), or a clear refusal."""
    try:
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise UserError(
            f"Không tìm thấy tệp «{path}».", f"The file '{path}' does not exist."
        ) from exc
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise UserError(
            f"Không đọc được tệp «{path}»: {reason}.", f"Cannot read the file '{path}': {reason}."
        ) from exc
