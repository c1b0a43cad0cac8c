"""The core never needs Qt: every module outside cchc_desktop/gui/ imports where PySide6 cannot."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import cchc_desktop

PACKAGE = Path(cchc_desktop.__file__).parent

_BLOCKER = """
import importlib.abc, sys

class NoQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith(("PySide6.", "shiboken6")):
            raise ImportError(f"{name} is blocked: the core must not import Qt")
        return None

sys.meta_path.insert(0, NoQt())
import importlib
for name in sys.argv[1:]:
    importlib.import_module(name)
leaked = [m for m in sys.modules if m.startswith(("PySide6", "shiboken6"))]
assert not leaked, leaked
print("imported", len(sys.argv) - 1)
"""


def core_modules() -> list[str]:
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE.parent).with_suffix("")
        parts = relative.parts
        if "gui" in parts or parts[-1] == "__main__":
            continue
        if parts[-1] == "__init__":
            parts = parts[:-1]
        names.append(".".join(parts))
    return names


def test_every_core_module_imports_without_pyside6() -> None:
    modules = core_modules()
    assert "cchc_desktop.store.records" in modules
    done = subprocess.run(
        [sys.executable, "-c", _BLOCKER, *modules], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert f"imported {len(modules)}" in done.stdout


def test_no_core_source_mentions_pyside6() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if "gui" not in path.relative_to(PACKAGE).parts
        and (
            "import PySide6" in path.read_text(encoding="utf-8")
            or "from PySide6" in path.read_text(encoding="utf-8")
        )
    ]
    assert offenders == []
