"""What the translation tests share: which sources feed which .ts, and where each tr() string
is looked up at run time."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "cchc_desktop" / "gui"

# The window's areas that keep their own <area>_en.ts (see the Makefile's `translations`).
AREAS = ("inspection", "gallery", "minutes", "exchange")
TS_NAMES = ("cchc_en", *(f"{area}_en" for area in AREAS))


def sources(ts_name: str) -> list[Path]:
    """The files `make translations` collects into one .ts: an area's own folder, or the rest
    of the window (with the Designer forms) for cchc_en."""
    area = ts_name.removesuffix("_en")
    if area in AREAS:
        return sorted((GUI / area).rglob("*.py"))
    return sorted(
        p for p in GUI.rglob("*.py") if not set(p.relative_to(GUI).parts[:-1]) & set(AREAS)
    ) + sorted((ROOT / "ui").glob("*.ui"))


def looked_up(path: Path) -> tuple[set[tuple[str, str]], list[str]]:
    """(context, source) of every literal string ``path`` translates, as the running window
    asks for it, and the calls that no translation can reach.

    ``self.tr`` asks under the class it is written in (PySide walks the instance's classes);
    the window's bare ``tr`` (``gui.i18n.tr``) under the empty context, where lupdate files
    bare calls; ``translate`` and ``QT_TRANSLATE_NOOP`` under the context they name.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"))
    window_tr = any(
        isinstance(node, ast.ImportFrom)
        and node.module == "cchc_desktop.gui.i18n"
        and any(alias.name == "tr" for alias in node.names)
        for node in ast.walk(tree)
    )
    found: set[tuple[str, str]] = set()
    problems: list[str] = []

    def literal(node: ast.expr) -> str | None:
        return (
            node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None
        )

    def visit(node: ast.AST, klass: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Call) and child.args:
                func = child.func
                texts = [literal(a) for a in child.args[:2]]
                where = f"{path.relative_to(ROOT)}:{child.lineno}"
                if isinstance(func, ast.Attribute) and func.attr == "tr" and texts[0]:
                    if klass is None:
                        problems.append(f"{where}: .tr() outside a class")
                    found.add((klass or "", texts[0]))
                elif isinstance(func, ast.Name) and func.id == "tr" and texts[0]:
                    if not window_tr:
                        problems.append(f"{where}: a bare tr() that is not gui.i18n.tr")
                    found.add(("", texts[0]))
                elif (
                    (isinstance(func, ast.Attribute) and func.attr == "translate")
                    or (isinstance(func, ast.Name) and func.id == "QT_TRANSLATE_NOOP")
                ) and len(texts) == 2:
                    context, text = texts
                    if context is not None and text is not None:
                        found.add((context, text))
            visit(child, child.name if isinstance(child, ast.ClassDef) else klass)

    visit(tree, None)
    return found, problems
