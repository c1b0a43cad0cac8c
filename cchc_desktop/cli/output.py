"""How the `cchc` command prints: aligned tables for people, JSON for scripts.

Everything printed for a person goes through ``printable``: a name that came in a package may
hold a terminal escape or a line break, and must neither clear the screen nor fake a line. A
table cell is one line (its breaks show as ``\n``); a message keeps the lines the app made.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from typing import Any

from cchc_desktop.domain.text import printable
from cchc_desktop.errors import pick


def emit_json(data: Any) -> None:
    """Print ``data`` as indented UTF-8 JSON on stdout."""
    import json  # only --json needs it

    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def table(rows: Iterable[Sequence[Any]], headers: Sequence[str]) -> None:
    """Print rows under headers in aligned columns (Vietnamese letters are one column wide)."""
    text_rows = [["" if v is None else printable(str(v)) for v in row] for row in rows]
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
    sys.stdout.write("".join(f"{text.rstrip()}\n" for text in lines))
    if not text_rows:
        print(pick("(không có)", "(none)"))


def say(text: str) -> None:
    """A line for the person, on stdout."""
    print(printable(text, lines=True))


def warn(text: str) -> None:
    """A line for the person, on stderr (a warning or a refusal)."""
    print(printable(text, lines=True), file=sys.stderr)


def one_line(value: object) -> str:
    """A value from the records put into a sentence: one line, control characters escaped."""
    return printable("" if value is None else str(value))
