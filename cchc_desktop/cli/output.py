"""How the `cchc` command prints: aligned tables for people, JSON for scripts."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from typing import Any

from cchc_desktop.errors import pick


def emit_json(data: Any) -> None:
    """Print ``data`` as indented UTF-8 JSON on stdout."""
    import json  # only --json needs it

    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def table(rows: Iterable[Sequence[Any]], headers: Sequence[str]) -> None:
    """Print rows under headers in aligned columns (Vietnamese letters are one column wide)."""
    text_rows = [["" if v is None else str(v) for v in row] for row in rows]
    widths = [
        max(len(header), max((len(row[index]) for row in text_rows), default=0))
        for index, header in enumerate(headers)
    ]
    lines = [[*headers], ["-" * w for w in widths], *text_rows]
    # One write for the whole table: a print per row costs a listing of hundreds of rows.
    sys.stdout.write(
        "".join(
            "  ".join(v.ljust(w) for v, w in zip(line, widths, strict=True)).rstrip() + "\n"
            for line in lines
        )
    )
    if not text_rows:
        print(pick("(không có)", "(none)"))


def say(text: str) -> None:
    """A line for the person, on stdout."""
    print(text)


def warn(text: str) -> None:
    """A line for the person, on stderr (a warning or a refusal)."""
    print(text, file=sys.stderr)
