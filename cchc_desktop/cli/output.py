"""How the `cchc` command prints: aligned tables for people, JSON for scripts.

Everything printed for a person goes through ``printable``: a name that came in a package may
hold a terminal escape or a line break, and must neither clear the screen nor fake a line. A
table cell is one line (its breaks show as ``\n``); a message keeps the lines the app made.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from typing import Any

from cchc_desktop.domain.text import printable
from cchc_desktop.errors import pick


def emit_json(data: Any) -> None:
    """Print ``data`` as indented UTF-8 JSON on stdout."""
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def table(rows: Iterable[Sequence[Any]], headers: Sequence[str]) -> None:
    """Print rows under headers in aligned columns (Vietnamese letters are one column wide)."""
    text_rows = [["" if v is None else printable(str(v)) for v in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in text_rows:
        for index, value in enumerate(row):
            widths[index] = max(widths[index], len(value))
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()
    print(line)
    print("  ".join("-" * w for w in widths))
    for row in text_rows:
        print("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())
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
