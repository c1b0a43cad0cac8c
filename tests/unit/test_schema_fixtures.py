"""Every released schema, kept as a small database, opens with this version and keeps its data."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from cchc_desktop.checkup import check
from cchc_desktop.store.migrate import latest_version, schema_version
from cchc_desktop.store.workspace import Workspace

FIXTURES = sorted((Path(__file__).parents[1] / "fixtures").glob("schema-*.sqlite"))


def test_there_is_a_fixture_of_the_current_schema() -> None:
    assert any(p.name == f"schema-{latest_version():04d}.sqlite" for p in FIXTURES)


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_released_schema_opens_and_upgrades(fixture: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    Workspace.init(data).close()
    shutil.copyfile(fixture, data / "cchc.sqlite")
    shutil.copyfile(fixture.with_suffix(".device.json"), data / "device.json")
    old_version = int(fixture.stem.split("-")[1])
    with sqlite3.connect(fixture) as conn:  # what the released schema held (the demo grew)
        held = conn.execute("SELECT count(*) FROM inspections").fetchone()[0]
    with Workspace.open(data) as ws:
        assert schema_version(ws.db) == latest_version()
        assert all(item.ok for item in check(ws)), [i for i in check(ws) if not i.ok]
        inspections = ws.db.execute("SELECT count(*) FROM inspections").fetchone()[0]
        answers = ws.db.execute("SELECT count(*) FROM answers WHERE result IS NOT NULL").fetchone()[
            0
        ]
        assert inspections == held >= 15
        assert answers > 60
    if old_version < latest_version():
        assert list((data / "backups").glob("cchc-truoc-nang-cap-*.sqlite"))
