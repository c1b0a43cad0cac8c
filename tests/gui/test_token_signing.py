""" "Ký bằng USB token" in the window with SoftHSM2 as the token: the tokens found with each
certificate's holder, issuer and validity, the real confirmation, the PIN typed into the real
PIN dialog, a wrong PIN, a token pulled out between listing and signing, signing on someone's
behalf (asked after the confirmation, before the PIN), and an incomplete record refused before
any token is looked for."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from cchc_desktop.gui.minutes.confirm import ConfirmSigning
from cchc_desktop.gui.minutes.sign_panel import SignExportPanel
from cchc_desktop.gui.minutes.token_dialog import TokenDialog
from cchc_desktop.minutes import register
from cchc_desktop.store.workspace import Workspace
from tests import minutes_samples as samples
from tests.gui.test_minutes_widgets import name_the_lead
from tests.pki import standard
from tests.softhsm import SoftToken, make_token, softhsm_config


@pytest.fixture(autouse=True)
def _jobs_end_before_widgets(qtbot: QtBot) -> Iterator[None]:
    yield
    QThreadPool.globalInstance().waitForDone(20000)
    QApplication.processEvents()


@pytest.fixture
def token(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> SoftToken:
    return make_token(softhsm_config(tmp_path, monkeypatch), standard()["lead"])


@pytest.fixture
def panel(qtbot: QtBot, demo_ws: Workspace) -> SignExportPanel:
    widget = SignExportPanel(demo_ws)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    with qtbot.waitSignal(widget.previewReady, timeout=20000):
        widget.open_inspection(samples.demo_inspection(demo_ws, "Xã Khánh Xuân"))
    return widget


def open_tokens(qtbot: QtBot, panel: SignExportPanel) -> TokenDialog:
    qtbot.waitUntil(lambda: not panel._busy, timeout=20000)  # the job before has ended
    dialog = panel.sign_with_token()
    assert dialog is not None
    with qtbot.waitSignal(dialog.listed, timeout=20000):
        pass
    return dialog


def tree_rows(dialog: TokenDialog) -> list[list[str]]:
    rows = []
    for index in range(dialog.tree.topLevelItemCount()):
        top = dialog.tree.topLevelItem(index)
        assert top is not None
        rows.append([top.text(0)])
        for row in range(top.childCount()):
            child = top.child(row)
            assert child is not None
            rows.append([child.text(c) for c in range(4)])
    return rows


def confirm(qtbot: QtBot, panel: SignExportPanel) -> str:
    """Read and accept the real confirmation (shown once the summary is prepared)."""
    found: list[ConfirmSigning] = []

    def shown() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets() if isinstance(w, ConfirmSigning)
                    and w.isVisible()]  # fmt: skip
        return bool(found)

    qtbot.waitUntil(shown, timeout=30000)
    assert panel.pin_dialog is None or not panel.pin_dialog.isVisible()  # no PIN before it
    said = f"{found[0].text()}\n{found[0].informativeText()}"
    found[0].go_button.click()
    return said


def type_pin(qtbot: QtBot, panel: SignExportPanel, pin: str) -> None:
    dialog = panel.pin_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.pin.echoMode() == dialog.pin.EchoMode.Password
    qtbot.keyClicks(dialog.pin, pin)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert dialog.pin.text() == ""  # nothing of the PIN stays in the widget


def test_the_window_signs_with_a_usb_token(
    qtbot: QtBot, panel: SignExportPanel, demo_ws: Workspace, token: SoftToken
) -> None:
    name_the_lead(qtbot, panel)
    dialog = open_tokens(qtbot, panel)
    rows = tree_rows(dialog)
    assert rows[0] == ["Token «Token Thử» (SoftHSM project SoftHSM v2)"]
    _holder, issuer, validity, match = next(r for r in rows[1:] if r[0] == "Nguyễn Văn An")
    assert issuer == "CA Thử nghiệm CCHC" and " – " in validity and match == "khớp"
    assert next(r for r in rows[1:] if r[3] == "chứng thư của CA")[:2] == [
        "CA Thử nghiệm CCHC",
        "CA Thử nghiệm CCHC",
    ]
    assert "Tìm thấy 1 USB token." in dialog.status.text()
    assert dialog.sign_button.isEnabled()  # the signing certificate is chosen already

    # A wrong PIN first: said clearly, nothing signed.
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    said = confirm(qtbot, panel)
    assert "Chứng thư số của: Nguyễn Văn An." in said and "bị khóa" in said
    with qtbot.waitSignal(panel.failed, timeout=30000) as failed:
        type_pin(qtbot, panel, "000000")
    assert failed.args[0].startswith("Mã PIN không đúng.") and "000000" not in failed.args[0]
    assert failed.args[0] in panel.status.text()
    assert not any(r["signed"] for r in register.of_inspection(demo_ws, panel.inspection_id or ""))

    dialog = open_tokens(qtbot, panel)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    confirm(qtbot, panel)
    with qtbot.waitSignal(panel.signedDone, timeout=30000) as done:
        type_pin(qtbot, panel, token.pin)
    assert done.args[0]["signers"][0]["name"] == "Nguyễn Văn An"
    report = panel.report.toPlainText()
    assert "Người giữ chứng thư: Nguyễn Văn An" in report and "Đối chiếu tên: khớp" in report
    assert panel.locked and "hộp thư đi" in panel.status.text()


def test_a_token_pulled_out_after_listing_takes_nothing(
    qtbot: QtBot, panel: SignExportPanel, demo_ws: Workspace, token: SoftToken
) -> None:
    name_the_lead(qtbot, panel)
    numbers = demo_ws.db.execute("SELECT count(*) FROM doc_numbers").fetchone()[0]
    dialog = open_tokens(qtbot, panel)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    confirm(qtbot, panel)
    token.delete()  # pulled out while the PIN is being typed
    with qtbot.waitSignal(panel.failed, timeout=30000) as failed:
        type_pin(qtbot, panel, token.pin)
    assert "Không thấy USB token «Token Thử»" in failed.args[0]
    assert demo_ws.db.execute("SELECT count(*) FROM doc_numbers").fetchone()[0] == numbers
    assert not any(r["signed"] for r in register.of_inspection(demo_ws, panel.inspection_id or ""))
    assert list(demo_ws.folder.outbox_dir.glob("*.pdf")) == []
    dialog = open_tokens(qtbot, panel)
    assert "Không thấy USB token nào" in dialog.status.text()
    assert not dialog.sign_button.isEnabled()


def test_signing_for_the_printed_lead_is_confirmed_before_the_pin(
    qtbot: QtBot, panel: SignExportPanel, token: SoftToken
) -> None:
    # The lead printed is Hồ Tiến Thiệu; the token's certificate is Nguyễn Văn An's.
    dialog = open_tokens(qtbot, panel)
    assert next(r for r in tree_rows(dialog)[1:] if r[0] == "Nguyễn Văn An")[3] == "KHÔNG KHỚP"
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert panel.on_behalf_dialog is None  # the confirmation comes first
    said = confirm(qtbot, panel)
    assert "Trưởng đoàn kiểm tra: Hồ Tiến Thiệu" in said and "Nguyễn Văn An" in said
    question = panel.on_behalf_dialog
    assert question is not None and question.isVisible() and panel.pin_dialog is None
    question.confirm.setChecked(True)
    question.reason.setText("Trưởng đoàn ủy quyền theo văn bản số 21/UQ")
    qtbot.mouseClick(
        question.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    with qtbot.waitSignal(panel.signedDone, timeout=30000) as done:
        type_pin(qtbot, panel, token.pin)
    assert done.args[0]["signers"][0]["on_behalf"] == "Trưởng đoàn ủy quyền theo văn bản số 21/UQ"
    assert "ký thay Hồ Tiến Thiệu, lý do: Trưởng đoàn ủy quyền" in panel.report.toPlainText()


def test_another_library_is_kept_in_the_settings(
    qtbot: QtBot, panel: SignExportPanel, demo_ws: Workspace, tmp_path: Path
) -> None:
    dialog = open_tokens(qtbot, panel)
    broken = tmp_path / "ca-moi_p11.so"
    broken.write_text("not a library")
    dialog.ask_module_file = lambda: broken
    with qtbot.waitSignal(dialog.listed, timeout=20000):
        dialog.choose_module()
    assert demo_ws.settings().pkcs11_module == str(broken)
    assert f"Không nạp được thư viện PKCS#11 {broken}" in dialog.status.text()


def test_an_incomplete_record_is_refused_before_any_token_is_looked_for(
    qtbot: QtBot, panel: SignExportPanel, demo_ws: Workspace, token: SoftToken
) -> None:
    with qtbot.waitSignal(panel.previewReady, timeout=20000):
        panel.open_inspection(samples.demo_inspection(demo_ws, "Xã Mai Sao"))
    qtbot.waitUntil(lambda: not panel._busy, timeout=20000)
    assert panel.sign_with_token() is None and panel.token_dialog is None
    assert panel.status.text().startswith("Chưa ký được: còn ")
    assert demo_ws.db.execute("SELECT count(*) FROM doc_numbers").fetchone()[0] == 0
