"""How the `cchc` command prints: aligned tables for people, JSON for scripts.

Everything printed for a person goes through ``printable``: a name that came in a package may
hold a terminal escape or a line break, and must neither clear the screen nor fake a line. A
table cell is one line (its breaks show as ``\n``); a message keeps the lines the app made.
"""

from __future__ import annotations

import sys

from cchc_desktop.errors import UserError, pick

# For the type checker only (importing ``typing`` costs a listing milliseconds: cli/quick.py).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence
    from typing import Any


def printable(text: str, *, lines: bool = False) -> str:
    """``domain.text.printable``: control characters escaped. Text Python calls printable
    has none of them (it is left as it is, without importing the regular expressions)."""
    if text.isprintable():
        return text
    from cchc_desktop.domain.text import printable as escaped

    return escaped(text, lines=lines)


def write(text: str) -> None:
    """Print ``text`` on stdout as it is, at once. A stdout that cannot take it (closed, its
    reader gone after a ``|``, a full disk) is said in one line: a UserError."""
    stream = sys.stdout
    try:
        if stream is None:  # started with stdout closed (cchc … >&-)
            raise OSError(9, "closed")
        stream.write(text)
        stream.flush()
    except (OSError, ValueError) as exc:
        raise _unwritable(exc) from None


def _unwritable(exc: OSError | ValueError) -> UserError:
    import errno
    import os

    # What is still buffered would fail again when Python flushes stdout at exit, with a
    # traceback of its own: from now on stdout goes nowhere.
    try:
        nowhere = os.open(os.devnull, os.O_WRONLY)
        os.dup2(nowhere, sys.stdout.fileno())
        os.close(nowhere)
    except (AttributeError, OSError, ValueError):
        pass
    code = getattr(exc, "errno", None)
    if code == errno.EPIPE:
        vi, en = (
            "chương trình đọc nó (sau dấu |) đã đóng",
            "the program reading it (after |) closed",
        )
    elif code == errno.ENOSPC:
        vi, en = "ổ đĩa đầy", "the disk is full"
    elif code == errno.EBADF or isinstance(exc, ValueError):
        vi, en = "đầu ra đã bị đóng", "it is closed"
    else:
        vi = en = str(getattr(exc, "strerror", None) or exc)
    return UserError(
        f"Không in được kết quả ra đầu ra chuẩn (stdout): {vi}.",
        f"Could not print to standard output (stdout): {en}.",
    )


def emit_json(data: Any) -> None:
    """Print ``data`` as indented UTF-8 JSON on stdout."""
    write(json_text(data))


def json_text(data: Any) -> str:
    """``data`` as ``emit_json`` prints it: indented JSON, letters as they are (but for the
    characters of ``_json_escapes``), a final newline."""
    import json  # only --json needs it

    text = json.dumps(data, ensure_ascii=False, indent=2, default=str)
    # One look at the whole text (a province's kiến nghị are ~1 MB): most hold nothing to
    # escape, and translating every character would take several times the dump.
    if not text.replace("\n", "").isprintable():
        text = text.translate(_json_escapes())
    return text + "\n"


_ESCAPES: dict[int, str] = {}


def _json_escapes() -> dict[int, str]:
    """Characters JSON may carry as they are but a terminal must not receive raw (C1 controls
    and DEL, the marks that reverse the direction of text, line and paragraph separators,
    lone surrogates), as the \\u escapes that read back as the same text."""
    if not _ESCAPES:
        codes = [*range(0x7F, 0xA0), 0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F)]
        codes += [*range(0x2066, 0x206A), 0x2028, 0x2029, *range(0xD800, 0xE000)]
        _ESCAPES.update((code, f"\\u{code:04x}") for code in codes)
    return _ESCAPES


def table(rows: Iterable[Sequence[Any]], headers: Sequence[str]) -> None:
    """Print rows under headers in aligned columns (Vietnamese letters are one column wide)."""
    write(table_text(rows, headers))


def table_text(rows: Iterable[Sequence[Any]], headers: Sequence[str]) -> str:
    """The lines ``table`` prints: headers, a rule, a line per row ("(không có)" for none)."""
    text_rows = [["" if v is None else str(v) for v in row] for row in rows]
    # Cells Python calls printable hold no control character: one look at the whole table
    # instead of one per cell (a province's kiến nghị are 12,000 cells).
    if not "".join(["".join(row) for row in text_rows]).isprintable():
        text_rows = [[printable(cell) for cell in row] for row in text_rows]
    columns = list(zip(*text_rows, strict=True)) or [() for _ in headers]
    widths = [
        max([len(header), *map(len, column)])
        for header, column in zip(headers, columns, strict=True)
    ]
    # One format per line and one write for the whole table: a listing of thousands of rows
    # (a province's kiến nghị) is printed in milliseconds.
    line = "  ".join(f"{{:<{w}}}" for w in widths)
    lines = [line.format(*headers), line.format(*("-" * w for w in widths))]
    lines += [line.format(*row) for row in text_rows]
    if not text_rows:
        lines.append(pick("(không có)", "(none)"))
    return "".join(f"{text.rstrip()}\n" for text in lines)


def say(text: str) -> None:
    """A line for the person, on stdout."""
    write(printable(text, lines=True) + "\n")


def warn(text: str) -> None:
    """A line for the person, on stderr (a warning or a refusal)."""
    print(printable(text, lines=True), file=sys.stderr)


def one_line(value: object) -> str:
    """A value from the records put into a sentence: one line, control characters escaped."""
    return printable("" if value is None else str(value))
