"""The records and audit lines of a package, read from their staged members a batch at a time.

A package can carry more records than a laptop should hold as Python objects at once (a
province's five years: ~40,000 records and as many audit lines, ~3 kB each once parsed), so
nothing keeps them: verifying stages each records member and the audit log as a file in the
package's private folder, and every check and the merge read them again, line by line, one
table (and within it one batch) at a time. What stays in memory across tables is compact:
ids, hashes, counts.

A package checked without staging (a preview, `cchc verify`, a dry run) stages nothing: its
records and audit lines are kept in memory as they were read, compressed again (to about a
quarter of their size: the signatures do not compress), and read from there.

A member is split at "\\n" alone: canonical JSON escapes every control character but not
U+0085 or U+2028, which ``str.splitlines`` would take for line ends inside a value.
"""

from __future__ import annotations

import json
import shutil
import zlib
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any, TypeVar

from cchc_desktop.exchange import format as fmt
from cchc_desktop.exchange.archive import refuse

# Rows looked up in the database together (one query of ids per batch).
BATCH = 500
T = TypeVar("T")


def batched(items: Iterable[T], size: int = BATCH) -> Iterator[list[T]]:
    """``items`` in lists of ``size`` (the last one shorter)."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


class _TooLong(Exception):
    """A line of a member is longer than any record can be."""


class _Packed:
    """A member kept in memory, compressed as it comes in, read back a line at a time."""

    def __init__(self) -> None:
        self._compressor: Any = zlib.compressobj(1)
        self._parts: list[bytes] = []

    def write(self, data: bytes) -> None:
        self._parts.append(self._compressor.compress(data))

    def lines(self, limit: int) -> Iterator[bytes]:
        """The lines, each with its "\\n" (the last one without, when the member has none);
        a line longer than ``limit`` bytes raises ``_TooLong`` before it is put together."""
        pending: list[bytes] = []  # a line's pieces (a long line spans many)
        size = 0
        for data in self._expanded():
            start = 0
            while (end := data.find(b"\n", start)) >= 0:
                pending.append(data[start : end + 1])
                if size + end + 1 - start > limit:
                    raise _TooLong
                yield b"".join(pending)
                pending, start, size = [], end + 1, 0
            if start < len(data):
                pending.append(data[start:])
                size += len(data) - start
                if size > limit:
                    raise _TooLong
        if pending:
            yield b"".join(pending)

    def _expanded(self) -> Iterator[bytes]:
        if self._compressor is not None:  # the member is whole: nothing more is written
            self._parts.append(self._compressor.flush())
            self._compressor = None
        expand = zlib.decompressobj()
        for part in self._parts:
            yield expand.decompress(part)
        yield expand.flush()


class PackageRecords:
    """A package's records (by table) and audit lines, read from their staged members in
    ``folder`` (or, with no folder, from memory: see ``copy``).

    ``tables`` lists the tables the package carries in the order their members were read
    (by name). ``get`` and ``[table]`` read one table whole, for the small ones (minutes, a
    test's look); the checks and the merge use ``rows``, ``batches`` and ``audit``.
    """

    def __init__(self, package: Path, folder: Path | None) -> None:
        self.package = package  # named in a refusal
        self.folder = folder
        self.tables: list[str] = []
        self.has_audit = False
        self._counts: dict[str, int] = {}
        self._kept: dict[str, _Packed] = {}

    def copy(self, name: str) -> Callable[[bytes], None] | None:
        """Where to write a member's bytes as they are read, when they are not staged."""
        if self.folder is not None:
            return None
        self._kept[name] = _Packed()
        return self._kept[name].write

    def add(self, name: str, size: int) -> None:
        """Note a member (records or audit) of ``size`` bytes, before it is read; one past the
        size limit refuses the package (the limit of the format)."""
        if size > fmt.MAX_JSON_BYTES:
            raise refuse(self.package, f"{name} quá lớn", f"{name} is too large")
        match = fmt.RECORDS_MEMBER.match(name)
        if match:
            self.tables.append(match.group(1))
        elif name == fmt.AUDIT:
            self.has_audit = True

    def rows(self, table: str) -> Iterator[dict[str, Any]]:
        """The rows of a table, in the package's order (none when it carries no such table)."""
        if table not in self.tables:
            return iter(())
        return self._objects(fmt.records_member(table))

    def batches(self, table: str, size: int = BATCH) -> Iterator[list[dict[str, Any]]]:
        return batched(self.rows(table), size)

    def audit(self) -> Iterator[dict[str, Any]]:
        """The audit lines, in the package's order."""
        return self._objects(fmt.AUDIT) if self.has_audit else iter(())

    def count(self, table: str) -> int:
        """How many rows a table has (its lines that are not blank), counted once."""
        if table not in self.tables:
            return 0
        if table not in self._counts:
            self._counts[table] = sum(1 for _ in self._lines(fmt.records_member(table)))
        return self._counts[table]

    def audit_count(self) -> int:
        return sum(1 for _ in self._lines(fmt.AUDIT)) if self.has_audit else 0

    def total(self) -> int:
        return sum(self.count(table) for table in self.tables)

    def get(self, table: str, default: Any = None) -> Any:
        """One table's rows as a list (``default`` when the package carries none)."""
        return list(self.rows(table)) if table in self.tables else default

    def __getitem__(self, table: str) -> list[dict[str, Any]]:
        if table not in self.tables:
            raise KeyError(table)
        return list(self.rows(table))

    def __setitem__(self, table: str, rows: list[dict[str, Any]]) -> None:
        """Replace a table's rows (a test's way to hand the merge a given version)."""
        name = fmt.records_member(table)
        if self.folder is None:
            self._kept[name] = _Packed()
            self._kept[name].write(fmt.jsonl(rows))
        else:
            (self.folder / name).parent.mkdir(parents=True, exist_ok=True)
            (self.folder / name).write_bytes(fmt.jsonl(rows))
        if table not in self.tables:
            self.tables.append(table)
        self._counts.pop(table, None)

    def __contains__(self, table: object) -> bool:
        return table in self.tables

    def discard(self) -> None:
        """Remove the folder the members are staged in (safe to call twice)."""
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)

    def _raw(self, name: str) -> Iterator[bytes]:
        """A member's lines as bytes, none longer than a record can be (a crafted line of
        hundreds of MB would otherwise be read, decoded and parsed whole before any rule)."""
        limit = fmt.MAX_LINE_BYTES
        try:
            if self.folder is None:
                yield from self._kept[name].lines(limit)
                return
            with (self.folder / name).open("rb") as handle:
                while line := handle.readline(limit + 1):
                    if len(line) > limit:
                        raise _TooLong
                    yield line
        except _TooLong:
            raise refuse(
                self.package,
                f"{name} có dòng dài quá {limit // 1024**2} MiB (không bản ghi nào dài thế)",
                f"{name} has a line longer than {limit // 1024**2} MiB (no record is that long)",
            ) from None

    def _lines(self, name: str) -> Iterator[str]:
        """The lines of a member that are not blank, as text."""
        for raw in self._raw(name):
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise self._damaged(name) from exc
            if text.strip():
                yield text

    def _objects(self, name: str) -> Iterator[dict[str, Any]]:
        for line in self._lines(name):
            try:
                row = json.loads(line)
            except (ValueError, RecursionError) as exc:
                raise self._damaged(name) from exc
            if not isinstance(row, dict):
                raise self._damaged(name)
            yield row

    def _damaged(self, name: str) -> Exception:
        return refuse(self.package, f"{name} hỏng", f"{name} is damaged")
