"""How the `cchc` command prints: aligned tables for people, JSON for scripts.

Everything printed for a person goes through ``printable``: a name that came in a package may
hold a terminal escape or a line break, and must neither clear the screen nor fake a line. A
table cell is one line (its breaks show as ``\n``); a message keeps the lines the app made.
"""

from __future__ import annotations

import sys

from cchc_desktop.errors import pick

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


def emit_json(data: Any) -> None:
    """Print ``data`` as indented UTF-8 JSON on stdout."""
    sys.stdout.write(json_text(data))


def json_text(data: Any) -> str:
    """``data`` as ``emit_json`` prints it: indented JSON, letters as they are, a final newline."""
    import json  # only --json needs it

    return json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n"


def table(rows: Iterable[Sequence[Any]], headers: Sequence[str]) -> None:
    """Print rows under headers in aligned columns (Vietnamese letters are one column wide)."""
    sys.stdout.write(table_text(rows, headers))


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
    print(printable(text, lines=True))


def warn(text: str) -> None:
    """A line for the person, on stderr (a warning or a refusal)."""
    print(printable(text, lines=True), file=sys.stderr)


def one_line(value: object) -> str:
    """A value from the records put into a sentence: one line, control characters escaped."""
    return printable("" if value is None else str(value))
