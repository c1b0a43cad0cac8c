"""The window names the laptop at first start, edits the name in Cài đặt, shows one label
everywhere, and trusts another laptop by comparing the fingerprint's digit groups."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from cchc_desktop.cli import main as cchc
from cchc_desktop.exchange.export import export_package
from cchc_desktop.gui.exchange.trust_dialog import TrustDialog
from cchc_desktop.settings import Settings
from cchc_desktop.store.datafolder import DataFolder
from cchc_desktop.store.keys import own_identity
from tests.exchange_support import inspection_on, laptop, open_ws
from tests.gui.helpers import OpenWindow


def _status(window: object) -> str:
    return window.findChild(QLabel, "deviceLabel").text()  # type: ignore[attr-defined]


def _stored_name(root: Path) -> str | None:
    return json.loads(DataFolder(root).device_file.read_text(encoding="utf-8")).get("name")


def _with_user(root: Path, name: str) -> None:
    path = DataFolder(root).settings_file
    dataclasses.replace(Settings.load(path), user_name=name).save(path)


def test_first_start_asks_for_the_name_enter_saves_it(
    qtbot: QtBot, open_window: OpenWindow, demo_dir: Path
) -> None:
    _with_user(demo_dir, "Nguyễn Văn An")
    window = open_window(demo_dir, ask_device_name=True)
    qtbot.waitUntil(lambda: window.device_dialog is not None)
    dialog = window.device_dialog
    assert dialog is not None and dialog.isVisible() and dialog.isModal()
    hostname = window.ctx.ws.device.hostname
    assert _status(window) == f"Máy này: «{hostname}» ({window.ctx.ws.device_id[:8]})"
    # A suggestion from the user's name, never the hostname; ready to be typed over.
    assert dialog.name_edit.text() == "Máy của Nguyễn Văn An"
    assert (
        dialog.name_edit.hasFocus() and dialog.name_edit.selectedText() == "Máy của Nguyễn Văn An"
    )

    # The hostname alone is refused, said under the field; Enter does nothing meanwhile.
    qtbot.keyClicks(dialog.name_edit, hostname)
    assert not dialog.save_button.isEnabled() and dialog.problem.isVisible()
    assert "tên máy tính" in dialog.problem.text()
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and _stored_name(demo_dir) is None

    dialog.name_edit.clear()
    dialog.name_edit.insert("Máy đoàn 1 – Nguyễn Văn An")
    assert dialog.save_button.isEnabled() and not dialog.problem.isVisible()
    with qtbot.waitSignal(window.ctx.device_changed):
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.device_dialog is None)
    assert _stored_name(demo_dir) == "Máy đoàn 1 – Nguyễn Văn An"
    label = f"«Máy đoàn 1 – Nguyễn Văn An» ({window.ctx.ws.device_id[:8]})"
    assert _status(window) == f"Máy này: {label}"
    # Packages exported from now on carry it (the core reads the same file).
    with open_ws(demo_dir) as ws:
        assert own_identity(ws.folder).name == "Máy đoàn 1 – Nguyễn Văn An"

    # A named laptop is not asked again.
    window.close()
    again = open_window(demo_dir, ask_device_name=True)
    for _ in range(3):  # the question would come a turn of the event loop after idle
        QCoreApplication.processEvents()
    assert again.device_dialog is None
    assert _status(again) == f"Máy này: {label}"


def test_the_name_follows_the_person_and_escape_leaves_it_for_later(
    qtbot: QtBot, open_window: OpenWindow, demo_dir: Path
) -> None:
    window = open_window(demo_dir, ask_device_name=True)
    qtbot.waitUntil(lambda: window.device_dialog is not None)
    dialog = window.device_dialog
    assert dialog is not None
    # No user known yet: the person's name first, the laptop's name follows it.
    assert dialog.person_edit.hasFocus() and dialog.name_edit.text() == ""
    assert not dialog.save_button.isEnabled() and not dialog.problem.isVisible()
    dialog.person_edit.insert("Trần Thị Bình")
    assert dialog.name_edit.text() == "Máy của Trần Thị Bình"
    dialog.name_edit.setFocus()
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_End)
    dialog.name_edit.insert(" (đoàn 2)")
    qtbot.keyClicks(dialog.person_edit, "h")  # typed by hand: no longer replaced
    assert dialog.name_edit.text() == "Máy của Trần Thị Bình (đoàn 2)"

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.device_dialog is None)
    assert _stored_name(demo_dir) is None
    assert Settings.load(DataFolder(demo_dir).settings_file).user_name == ""
    window.close()
    # Asked again at the next start; Enter saves the person's name with the laptop's.
    window = open_window(demo_dir, ask_device_name=True)
    qtbot.waitUntil(lambda: window.device_dialog is not None)
    dialog = window.device_dialog
    assert dialog is not None
    dialog.person_edit.insert("Trần Thị Bình")
    qtbot.keyClick(dialog.person_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.device_dialog is None)
    assert _stored_name(demo_dir) == "Máy của Trần Thị Bình"
    assert Settings.load(DataFolder(demo_dir).settings_file).user_name == "Trần Thị Bình"
    assert window.ctx.ws.actor == "Trần Thị Bình"


def test_a_screenshot_never_asks(qtbot: QtBot, open_window: OpenWindow, demo_dir: Path) -> None:
    window = open_window(demo_dir, persist_settings=False, ask_device_name=None)
    assert not window.ask_device_name and window.device_dialog is None


def test_the_name_is_edited_in_settings_and_shown_the_same_everywhere(
    qtbot: QtBot, open_window: OpenWindow, demo_dir: Path, capsys: object
) -> None:
    window = open_window(demo_dir)
    exchange = window.show_page("exchange").page  # type: ignore[attr-defined]
    page = window.show_page("settings")
    f = page.form
    page.sections.setCurrentIndex(page.sections.count() - 1)
    assert f.deviceNameEdit.isVisible() and f.deviceNameEdit.text() == ""

    f.deviceNameEdit.setFocus()
    f.deviceNameEdit.insert("Máy 1")
    f.deviceNameEdit.clear()
    qtbot.keyClicks(f.deviceNameEdit, " ")
    assert f.deviceNameError.isVisible() and "Hãy đặt tên" in f.deviceNameError.text()
    page.save_device_name()  # an invalid name is never stored
    assert _stored_name(demo_dir) is None
    f.deviceNameEdit.clear()
    f.deviceNameEdit.insert("Máy đoàn 3 – Lê Văn Cường")
    assert not f.deviceNameError.isVisible()
    # Saved once typing pauses, and every place shows the new label.
    qtbot.waitUntil(lambda: _stored_name(demo_dir) == "Máy đoàn 3 – Lê Văn Cường")
    me = own_identity(window.ctx.folder)
    label = f"«Máy đoàn 3 – Lê Văn Cường» ({me.device_id[:8]})"
    assert me.label == label
    assert f.deviceValue.text() == label
    assert _status(window) == f"Máy này: {label}"
    assert exchange.own_device.text() == f"Máy này: {label}\nVân tay: {me.digits}"

    # The digits: twelve groups of five, four a line, the same as `cchc devices self`.
    assert re.fullmatch(
        r"(\d{5} \d{5} \d{5} \d{5}\n){2}\d{5} \d{5} \d{5} \d{5}", f.fingerprintValue.text()
    )
    assert cchc(["--data-dir", str(demo_dir), "--json", "devices", "self"]) == 0
    out = capsys.readouterr().out  # type: ignore[attr-defined]
    cli_self = json.loads(out)
    assert cli_self["label"] == label
    assert f.fingerprintValue.text().replace("\n", " ") == cli_self["fingerprint_digits"]


def test_trust_in_the_window_by_the_digit_groups(
    qtbot: QtBot, open_window: OpenWindow, tmp_path: Path
) -> None:
    a, s = laptop(tmp_path, "A"), laptop(tmp_path, "S")
    with open_ws(a) as ws:
        ws.rename_device("Máy đoàn 2 – Trần Thị Bình")
        inspection_on(ws)
        package = export_package(ws, everything=True, target=tmp_path / "a.cchc").path
        sender = own_identity(ws.folder)
    window = open_window(s)
    host = window.show_page("exchange")
    page = host.page  # type: ignore[attr-defined]
    page.auto_open = False
    with qtbot.waitSignal(page.previewReady, timeout=20_000):
        page.open_package(package)
    assert sender.label in page.preview.status.text()
    assert f"Máy MỚI {sender.label}. Vân tay: {sender.digits}." in page.preview.fingerprint.text()
    qtbot.mouseClick(page.preview.trust_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(TrustDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.typed.hasFocus)  # where the digits heard are typed
    assert dialog.digits.text().replace("\n", " ") == sender.digits
    assert not dialog.trust_button.isEnabled()

    # One group misheard: said which, and no way to trust, even ticking "compared".
    groups = sender.digits.split()
    misheard = [*groups[:5], f"{(int(groups[5]) + 1) % 100000:05d}", *groups[6:]]
    qtbot.keyClicks(dialog.typed, " ".join(misheard))
    assert dialog.verdict.text().startswith("✗ Không khớp ở nhóm 6.")
    qtbot.mouseClick(dialog.compared, Qt.MouseButton.LeftButton)
    assert dialog.compared.isChecked() and not dialog.trust_button.isEnabled()
    # Too few digits: the form is said, still no trust.
    dialog.typed.clear()
    qtbot.keyClicks(dialog.typed, " ".join(groups[:11]))
    assert "55 chữ số" in dialog.verdict.text() and not dialog.trust_button.isEnabled()
    # Pasted whole, without spaces: matched, and Enter trusts.
    dialog.typed.clear()
    qtbot.keyClicks(dialog.typed, "".join(groups))
    assert dialog.verdict.text() == "✓ Khớp cả 12 nhóm số." and dialog.trust_button.isEnabled()
    qtbot.keyClick(dialog.typed, Qt.Key.Key_Return)
    assert page.preview.merge_button.isEnabled()
    assert page.preview.fingerprint.text() == f"Máy đã tin cậy. Vân tay: {sender.digits}"
    with open_ws(s) as ws:
        [(name,)] = ws.db.execute("SELECT name FROM trusted_devices").fetchall()
    assert name == "Máy đoàn 2 – Trần Thị Bình"
