"""The Exchange page meets hostile packages in its inbox (see tests/security/ for the rest of
the attack): a refused one is moved to refused/ once and the package behind it follows; a
device's name cannot fake a line in the preview."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cchc_desktop.exchange.export import export_package
from cchc_desktop.gui.exchange import ExchangePage
from cchc_desktop.store.datafolder import DataFolder
from cchc_desktop.store.workspace import Workspace
from tests.exchange_support import dump, inspection_on, laptop, open_ws
from tests.security import hostile


@pytest.fixture
def world(tmp_path: Path) -> dict[str, Any]:
    a, s = laptop(tmp_path, "A"), laptop(tmp_path, "S")
    identity = json.loads(DataFolder(a).device_file.read_text(encoding="utf-8"))
    identity["hostname"] = "Máy A<br>✓ Thiết bị tin cậy\n✓ đã tin cậy\x1b[2J"
    DataFolder(a).device_file.write_text(json.dumps(identity), encoding="utf-8")
    with open_ws(a) as ws:
        inspection = inspection_on(ws)
        package = export_package(ws, [inspection], target=tmp_path / "a.cchc").path
    return {"A": a, "S": s, "package": package, "root": tmp_path}


@pytest.fixture
def page(world: dict[str, Any], qtbot: QtBot) -> Iterator[ExchangePage]:
    ws = Workspace.open(world["S"])
    widget = ExchangePage(ws)
    widget.auto_open = False
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget.close()
    ws.close()


def test_an_empty_zip_in_the_inbox_is_refused_once_and_the_next_package_follows(
    page: ExchangePage, world: dict[str, Any], qtbot: QtBot
) -> None:
    inbox = world["S"] / "inbox"
    empty = hostile.write(inbox / "rong.cchc", hostile.EMPTY_ZIP)
    good = inbox / "tot.cchc"
    shutil.copyfile(world["package"], good)
    os.utime(empty, (1_700_000_000, 1_700_000_000))  # the older one comes first
    before = dump(world["S"])
    page.auto_open = True
    failures: list[str] = []
    page.failed.connect(failures.append)
    with qtbot.waitSignal(page.previewReady, timeout=20_000):
        page.refresh_inbox()
    [refusal] = failures
    assert refusal.startswith("Gói rong.cchc bị từ chối: gói rỗng")
    refused = inbox / "refused"
    assert not empty.exists() and (refused / "rong.cchc").read_bytes() == hostile.EMPTY_ZIP
    assert (refused / "rong.txt").read_text(encoding="utf-8") == refusal + "\n"
    assert page.verified is not None and page.verified.path == good
    assert refusal in page.report.toPlainText()  # still readable after the next one opened
    # A rescan meets nothing refused again: the list holds the good package only.
    page.refresh_inbox()
    assert [page.inbox_list.item(i).text() for i in range(page.inbox_list.count())] == ["tot.cchc"]
    assert dump(world["S"]) == before


def test_a_package_that_cannot_be_moved_is_set_aside_for_the_session(
    page: ExchangePage, world: dict[str, Any], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A read-only share: the refused file stays where it is, yet it is not opened again."""
    from cchc_desktop.exchange import inbox

    stuck = hostile.write(world["S"] / "inbox" / "rong.cchc", hostile.EMPTY_ZIP)

    def read_only(*_args: object) -> Path:
        raise PermissionError(13, "Permission denied", str(stuck))

    monkeypatch.setattr(inbox, "mark_refused", read_only)
    page.auto_open = True
    with qtbot.waitSignal(page.failed, timeout=20_000):
        page.refresh_inbox()
    assert stuck.exists() and stuck in page.set_aside
    assert "Không có quyền" in page.report.toPlainText()
    page.refresh_inbox()
    assert page.task is None and page.verified is None


def test_a_device_name_is_shown_as_plain_text_with_escapes(
    page: ExchangePage, world: dict[str, Any], qtbot: QtBot
) -> None:
    with qtbot.waitSignal(page.previewReady, timeout=20_000):
        page.open_package(world["package"])
    for label in (page.preview.status, page.preview.fingerprint):
        assert label.textFormat() == Qt.TextFormat.PlainText
        assert "\n" not in label.text() and "\x1b" not in label.text()
    assert "«Máy A<br>✓ Thiết bị tin cậy\\n✓ đã tin cậy\\x1b[2J»" in page.preview.status.text()
    assert "Máy MỚI «Máy A<br>" in page.preview.fingerprint.text()
