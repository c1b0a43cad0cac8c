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
    print(text)


def warn(text: str) -> None:
    """A line for the person, on stderr (a warning or a refusal)."""
    print(text, file=sys.stderr)
