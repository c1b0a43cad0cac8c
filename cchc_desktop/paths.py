"""Where the app's own files (ui/, resources/) are, from a checkout, a wheel or a bundle."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def _roots() -> tuple[Path, ...]:
    candidates: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:  # PyInstaller one-folder bundle
        candidates.append(Path(bundle))
    candidates.append(_PACKAGE_DIR / "_bundled")  # installed wheel
    candidates.append(_PACKAGE_DIR.parent)  # source checkout (editable install)
    return tuple(candidates)


def _find(name: str) -> Path:
    for root in _roots():
        path = root / name
        if path.is_dir():
            return path
    raise FileNotFoundError(f"cannot find the {name}/ folder next to {_PACKAGE_DIR}")


def resources_dir() -> Path:
    """The folder holding checklists, fonts, icons, translations and demo data."""
    return _find("resources")


def resource(*parts: str) -> Path:
    """A path inside resources/ (it may not exist; callers say what is missing)."""
    return resources_dir().joinpath(*parts)


def ui_dir() -> Path:
    """The folder holding the Qt Designer forms."""
    return _find("ui")
