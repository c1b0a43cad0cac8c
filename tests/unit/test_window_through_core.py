"""The window reads and writes the database only through core functions.

import-linter (pyproject's [tool.importlinter], "gui-through-core") keeps sqlite3, sqlite-utils
and the store's connection and records modules out of cchc_desktop/gui; this test closes the
way round it: a widget reaching the connection through a workspace (``ws.db.execute(…)``).
"""

from __future__ import annotations

import ast
from pathlib import Path

import cchc_desktop.gui

GUI = Path(cchc_desktop.gui.__file__).parent


def test_no_widget_touches_the_connection() -> None:
    found = []
    for path in sorted(GUI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        found += [
            f"{path.relative_to(GUI.parent)}:{node.lineno} .{node.attr}"
            for node in ast.walk(tree)
            if isinstance(node, ast.Attribute) and node.attr in {"db", "conn"}
        ]
    assert found == [], "the window runs SQL itself; add a store function instead"
