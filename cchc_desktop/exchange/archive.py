"""Reading an untrusted zip: rules on its central directory, bounded reads, members streamed
and hashed once.

Nothing here believes the file. The central directory is checked against fixed rules before
any data is read (names, links, sizes, compression ratios, overlaps); a member is never read
past the size declared for it. Every problem raises ``PackageRefused`` naming the package.
"""

from __future__ import annotations

import contextlib
import hashlib
import stat
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

from cchc_desktop.domain.text import printable
from cchc_desktop.errors import UserError
from cchc_desktop.exchange import format as fmt

_CHUNK = 1 << 20

# What reading a damaged zip member can raise besides BadZipFile: a broken deflate stream
# (zlib.error), a header asking for a feature zipfile lacks (NotImplementedError: a newer zip
# version, strong encryption, patched data), an encrypted member (RuntimeError), a header cut
# short (struct.error, EOFError), sizes past what an int or a seek can take (OverflowError).
READ_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    NotImplementedError,
    RuntimeError,
    struct.error,
    EOFError,
    OverflowError,
    ValueError,
    OSError,
)
# The zip versions zipfile reads (6.3, the last one whose features it knows).
MAX_ZIP_VERSION = 63
# General-purpose flag bits a package may carry: 0x2/0x4 deflate options, 0x8 sizes after the
# data, 0x800 UTF-8 names. Anything else (encryption 0x1/0x40/0x2000, patched data 0x20…) is
# a feature no writer of packages uses.
ALLOWED_FLAGS = 0x2 | 0x4 | 0x8 | 0x800


class PackageRefused(UserError):
    """The package failed verification; nothing was changed."""


def refuse(path: Path, vi: str, en: str) -> PackageRefused:
    """The refusal of the package at ``path`` for a reason (Vietnamese, English)."""
    name = printable(path.name)  # a file name may hold a line break or a terminal escape
    return PackageRefused(
        f"Gói {name} bị từ chối: {vi}. Dữ liệu không thay đổi.",
        f"Package {name} refused: {en}. Nothing was changed.",
    )


def check_directory(path: Path, infos: list[zipfile.ZipInfo], file_size: int) -> None:
    """Rules on the central directory alone, before any member is read."""
    if not infos:
        raise refuse(path, "gói rỗng, không có thành phần nào", "the package is empty")
    if len(infos) > fmt.MAX_MEMBERS + 2:
        raise refuse(
            path, f"quá nhiều thành phần ({len(infos)})", f"too many members ({len(infos)})"
        )
    seen: set[str] = set()
    total = 0
    for info in infos:
        _check_name(path, info)
        _check_plain_file(path, info)
        if info.filename in seen:
            raise refuse(
                path, f"tên trùng {info.filename!r}", f"a duplicate name {info.filename!r}"
            )
        seen.add(info.filename)
        _check_encoding(path, info)
        _check_size(path, info)
        total += info.file_size
        if total > fmt.MAX_TOTAL_BYTES:
            raise refuse(path, "tổng dung lượng vượt giới hạn", "the total size exceeds the limit")
    _check_overlaps(path, infos, file_size)


def _check_name(path: Path, info: zipfile.ZipInfo) -> None:
    """A member's name: present, UTF-8, short, relative, slash-separated, inside the package."""
    name = info.filename
    if not name:
        raise refuse(path, "có thành phần không tên", "a member has no name")
    if not info.flag_bits & 0x800 and not name.isascii():
        raise refuse(
            path,
            f"tên thành phần không phải UTF-8: {name!r}",
            f"a member name is not UTF-8: {name!r}",
        )
    if "\x00" in name or len(name) > fmt.MAX_NAME_LENGTH:
        raise refuse(path, "tên thành phần không hợp lệ", "an invalid member name")
    if name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":"):
        raise refuse(path, f"đường dẫn tuyệt đối {name!r}", f"an absolute path {name!r}")
    if "\\" in name:
        raise refuse(path, f"dấu \\ trong tên {name!r}", f"a backslash in {name!r}")
    if ".." in name.split("/"):
        raise refuse(
            path,
            f"đường dẫn ra ngoài {name!r} (../)",
            f"a path escaping the package {name!r} (../)",
        )


def _check_plain_file(path: Path, info: zipfile.ZipInfo) -> None:
    """A member is a plain file: no link, no folder, no device."""
    name = info.filename
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):
        raise refuse(path, f"liên kết {name!r}", f"a link {name!r}")
    if info.is_dir() or stat.S_IFMT(mode) not in (0, stat.S_IFREG):
        raise refuse(
            path, f"thành phần không phải tệp thường {name!r}", f"not a plain file {name!r}"
        )


def _check_encoding(path: Path, info: zipfile.ZipInfo) -> None:
    """A member is stored the way packages are written: no encryption, known flags,
    a zip version zipfile reads, stored or deflated."""
    name = info.filename
    if info.flag_bits & 0x1 or info.flag_bits & 0x40 or info.flag_bits & 0x2000:
        raise refuse(path, f"thành phần mã hóa {name!r}", f"an encrypted member {name!r}")
    if info.flag_bits & ~ALLOWED_FLAGS:
        raise refuse(
            path,
            f"cờ zip không hỗ trợ ở {name!r} ({info.flag_bits:#06x})",
            f"unsupported zip flags in {name!r} ({info.flag_bits:#06x})",
        )
    if info.extract_version > MAX_ZIP_VERSION:
        raise refuse(
            path,
            f"phiên bản zip không hỗ trợ ở {name!r} ({info.extract_version / 10:.1f})",
            f"an unsupported zip version in {name!r} ({info.extract_version / 10:.1f})",
        )
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise refuse(path, f"kiểu nén lạ ở {name!r}", f"an unknown compression in {name!r}")


def _check_size(path: Path, info: zipfile.ZipInfo) -> None:
    """A member's declared sizes: bounded, a sane compression ratio, consistent if stored."""
    name = info.filename
    if info.file_size > fmt.MAX_MEMBER_BYTES:
        raise refuse(path, f"thành phần quá lớn {name!r}", f"a member too large {name!r}")
    if info.file_size > fmt.RATIO_FLOOR_BYTES and info.file_size > fmt.MAX_RATIO * max(
        info.compress_size, 1
    ):
        raise refuse(
            path,
            f"tỉ lệ nén bất thường ở {name!r} (bom nén)",
            f"an abnormal compression ratio in {name!r} (a zip bomb)",
        )
    if info.compress_type == zipfile.ZIP_STORED and info.compress_size != info.file_size:
        raise refuse(path, f"kích thước sai ở {name!r}", f"inconsistent sizes in {name!r}")


def _check_overlaps(path: Path, infos: list[zipfile.ZipInfo], file_size: int) -> None:
    """Members must not share bytes: overlapping entries are how the worst zip bombs multiply."""
    ordered = sorted(infos, key=lambda i: i.header_offset)
    for current, following in zip(ordered, [*ordered[1:], None], strict=True):
        end = following.header_offset if following is not None else file_size
        if current.header_offset < 0 or current.header_offset + 30 + current.compress_size > end:
            raise refuse(
                path,
                f"các thành phần chồng lên nhau ở {current.filename!r}",
                f"overlapping members at {current.filename!r}",
            )


def read_small(
    path: Path, archive: zipfile.ZipFile, by_name: dict[str, zipfile.ZipInfo], name: str, limit: int
) -> bytes:
    """A small member read whole (the manifest, its signature), never past ``limit`` bytes."""
    info = by_name.get(name)
    if info is None:
        raise refuse(path, f"thiếu {name}", f"{name} is missing")
    if info.file_size > limit:
        raise refuse(path, f"{name} quá lớn", f"{name} is too large")
    with _reading(path, name), archive.open(info) as reader:
        data = reader.read(limit + 1)
    if len(data) > limit:
        raise refuse(path, f"{name} quá lớn", f"{name} is too large")
    return data


def stream_member(
    path: Path,
    archive: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    size: int,
    sha: str,
    target: Path | None,
    copy: Callable[[bytes], object] | None = None,
) -> None:
    """Read a member once: never more bytes than declared; hash; write to staging if asked
    (``target``), and hand the bytes to ``copy`` if given.

    A member that cannot be read is the package's fault (refused); a staging copy that cannot
    be written (disk full…) is this computer's, and its OSError goes up as it is.
    """
    digest = hashlib.sha256()
    read = 0
    writer = None
    try:
        if target is not None:
            target.parent.mkdir(parents=True, exist_ok=True)
            writer = target.open("xb")
        with _reading(path, info.filename):
            reader = archive.open(info)
        with reader:
            while True:
                with _reading(path, info.filename):
                    chunk = reader.read(min(_CHUNK, size - read + 1))
                if not chunk:
                    break
                read += len(chunk)
                if read > size:
                    raise refuse(
                        path,
                        f"{info.filename!r} dài hơn khai báo",
                        f"{info.filename!r} is longer than declared",
                    )
                digest.update(chunk)
                if writer is not None:
                    writer.write(chunk)
                if copy is not None:
                    copy(chunk)
        # No fsync here: a merge makes the files it keeps durable in one batch (merge.py),
        # after the kernel has had time to write them back; a refused package is thrown away.
    finally:
        if writer is not None:
            writer.close()
    if read != size or digest.hexdigest() != sha:
        raise refuse(
            path,
            f"{info.filename!r} không khớp mã SHA-256 trong manifest (đã bị sửa)",
            f"{info.filename!r} does not match its SHA-256 in the manifest (altered)",
        )


@contextlib.contextmanager
def _reading(path: Path, name: str) -> Iterator[None]:
    """Turn whatever reading member ``name`` raises into the package's refusal."""
    try:
        yield
    except READ_ERRORS as exc:
        raise refuse(
            path, f"{name!r} hỏng ({_reason(exc)})", f"{name!r} is damaged ({_reason(exc)})"
        ) from exc


def _reason(exc: BaseException) -> str:
    """A short reason for a damaged member: zipfile's and zlib's own words, without paths."""
    text = str(exc).strip() or type(exc).__name__
    return text if len(text) <= 120 else text[:119] + "…"
