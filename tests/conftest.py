"""Shared fixtures: every test works in its own temporary data folder."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from cchc_desktop.store.workspace import Workspace

# Tests draw off screen; set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("CCHC_LANG", None)
os.environ.pop("CCHC_DATA_DIR", None)


@dataclass
class CliResult:
    code: int
    out: str
    err: str

    def json(self) -> object:
        return json.loads(self.out)


def dump(data_dir: Path) -> list[str]:
    """Every row of a data folder's database, to prove a refused command changed nothing."""
    import sqlite3

    with sqlite3.connect(data_dir / "cchc.sqlite") as conn:
        return list(conn.iterdump())


@pytest.fixture(autouse=True)
def _fresh_language() -> Iterator[None]:
    """Messages start in Vietnamese in every test, whatever an earlier test chose."""
    from cchc_desktop.errors import set_language

    set_language(None)
    yield
    set_language(None)


@pytest.fixture
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    """Messages in English for this test, as CCHC_LANG=en gives them."""
    from cchc_desktop.errors import set_language

    monkeypatch.setenv("CCHC_LANG", "en")
    set_language(None)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def cli(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> Callable[..., CliResult]:
    """Run `cchc --data-dir <tmp> ...` in this process and capture what it prints."""
    from cchc_desktop.cli import main

    def run(*args: str, data: Path | None = None) -> CliResult:
        capsys.readouterr()
        try:
            code = main(["--data-dir", str(data or data_dir), *args])
        except SystemExit as exc:  # argparse usage errors and --help
            code = int(exc.code or 0)
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run


@pytest.fixture
def ws(data_dir: Path) -> Iterator[Workspace]:
    """An initialised workspace (schema and bundled templates) on a fresh data folder."""
    from cchc_desktop.store.bootstrap import initialise

    initialise(data_dir)
    workspace = Workspace.open(data_dir)
    yield workspace
    workspace.close()


@pytest.fixture
def demo_ws(ws: Workspace) -> Workspace:
    """A workspace with the demo data loaded."""
    from cchc_desktop.demo.loader import load_demo

    load_demo(ws)
    return ws
