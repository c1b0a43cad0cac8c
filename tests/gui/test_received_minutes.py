"""The Trao đổi page verifies the signed biên bản a package brings, once merged, and shows the
report in the page's language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cchc_desktop.errors import set_language
from cchc_desktop.exchange.export import export_package
from cchc_desktop.gui.exchange import ExchangePage
from cchc_desktop.minutes.issue import issue_minutes
from cchc_desktop.minutes.signing import P12Signer
from cchc_desktop.minutes.trust import add_root
from cchc_desktop.store.workspace import Workspace
from tests import minutes_samples as samples
from tests.exchange_support import inspection_on, laptop, open_ws
from tests.gui.helpers import trust_sender
from tests.pki import PASSWORD, standard


@pytest.fixture
def world(tmp_path: Path) -> dict[str, Any]:
    a, s = laptop(tmp_path, "A"), laptop(tmp_path, "S")
    with open_ws(a) as ws:
        inspection = inspection_on(ws)
        # A complete record; the team lead printed is the holder of the lead certificate.
        samples.make_ready(ws, inspection, lead=samples.LEAD_HOLDER)
        lead = P12Signer.from_bytes(standard()["lead"].p12(), PASSWORD)
        issue_minutes(ws, inspection, signer=lead, role="truong_doan")
        package = export_package(ws, [inspection], target=tmp_path / "a.cchc").path
    ca = tmp_path / "ca.pem"
    ca.write_bytes(standard()["ca"].pem())
    with open_ws(s) as ws:
        add_root(ws.folder, ca)  # the office trusts the CA
    return {"S": s, "package": package}


@pytest.fixture
def page(world: dict[str, Any], qtbot: QtBot) -> Iterator[ExchangePage]:
    ws = Workspace.open(world["S"])
    widget = ExchangePage(ws)
    widget.auto_open = False
    qtbot.addWidget(widget)
    widget.resize(1100, 720)
    widget.show()
    yield widget
    widget.close()
    ws.close()


@pytest.mark.parametrize("language", ["vi", "en"])
def test_received_minutes_are_verified_after_the_merge(
    page: ExchangePage, world: dict[str, Any], qtbot: QtBot, language: str
) -> None:
    set_language(language)
    try:
        with qtbot.waitSignal(page.previewReady, timeout=20_000):
            page.open_package(world["package"])
        trust_sender(page)
        with qtbot.waitSignal(page.merged, timeout=20_000):
            qtbot.mouseClick(page.preview.merge_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "01/BB-ĐKT" in page.report.toPlainText(), timeout=20_000)
    finally:
        set_language(None)
    text = page.report.toPlainText()
    if language == "vi":
        assert "Biên bản số 01/BB-ĐKT nhận được:" in text
        assert "  Người giữ chứng thư: Nguyễn Văn An" in text
        assert "  Kết luận: HỢP LỆ" in text
    else:
        assert "Minutes 01/BB-ĐKT received:" in text
        assert "  Certificate holder: Nguyễn Văn An" in text
        assert "  Verdict: VALID" in text
