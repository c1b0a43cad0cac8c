"""The settings page saves each change at once; the choices survive a restart; English works."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cchc_desktop.gui.i18n import install_translators, tr
from cchc_desktop.paths import resource
from cchc_desktop.settings import Settings
from cchc_desktop.store import records
from cchc_desktop.store.plans import add_plan
from tests.gui.helpers import OpenWindow, reopen
from tests.gui.translation_support import AREAS, TS_NAMES, looked_up, sources


def test_settings_are_saved_at_once_and_come_back(
    qtbot: QtBot, open_window: OpenWindow, demo_dir: Path
) -> None:
    window = open_window(demo_dir)
    page = window.show_page("settings")
    f = page.form
    assert f.placeNameEdit.text() == "Lạng Sơn"
    assert f.deviceValue.text() == window.ctx.ws.device.label
    f.userNameEdit.insert("Nguyễn Văn An")
    f.userTitleEdit.insert("Phó Giám đốc Sở Nội vụ")
    f.userUnitEdit.insert("Sở Nội vụ tỉnh Lạng Sơn")
    saved = demo_dir / "settings.json"
    qtbot.waitUntil(lambda: Settings.load(saved).user_unit == "Sở Nội vụ tỉnh Lạng Sơn")
    assert Settings.load(saved).user_name == "Nguyễn Văn An"

    # The audit log names the user from now on.
    plan = add_plan(window.ctx.ws, number="01/KH", date="2026-01-05", issuer="UBND", title="Thử")
    assert records.audit_trail(window.ctx.ws, plan)[0]["actor"] == "Nguyễn Văn An"

    f.docPatternEdit.clear()
    f.docPatternEdit.insert("BB-ĐKT")
    assert f.docPatternError.isVisible() and "{so}" in f.docPatternError.text()
    f.docPatternEdit.clear()
    f.docPatternEdit.insert("{so}/{nam}/BB-ĐKT")
    assert f.docPatternPreview.text().startswith("Ví dụ: 05/2026/BB-ĐKT")
    f.languageCombo.setCurrentIndex(f.languageCombo.findData("en"))
    assert f.languageHint.text() == "Có hiệu lực từ lần mở ứng dụng sau."
    assert Settings.load(saved).language == "en"

    window = reopen(qtbot, open_window, window)
    page = window.show_page("settings")
    assert page.form.userNameEdit.text() == "Nguyễn Văn An"
    assert page.form.docPatternEdit.text() == "{so}/{nam}/BB-ĐKT"
    assert page.form.languageCombo.currentData() == "en"


def test_text_size_buttons_and_contrast_box(
    qtbot: QtBot, open_window: OpenWindow, demo_dir: Path, qapp: QApplication
) -> None:
    window = open_window(demo_dir)
    page = window.show_page("settings")
    f = page.form
    f.biggerButton.click()
    assert f.scaleValue.text() == "115 %" and qapp.font().pointSizeF() == 11.5
    f.smallerButton.click()
    f.smallerButton.click()
    assert f.scaleValue.text() == "90 %"
    f.smallerButton.click()  # already the smallest
    assert f.scaleValue.text() == "90 %"
    f.normalButton.click()
    assert f.scaleValue.text() == "100 %"
    f.highContrastCheck.click()
    assert window.actions_by_name["high_contrast"].isChecked()
    window.actions_by_name["high_contrast"].trigger()
    assert not f.highContrastCheck.isChecked()
    assert Settings.load(demo_dir / "settings.json").high_contrast is False


def _messages(ts: Path) -> list[tuple[str, str, str | None]]:
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            unfinished = translation.get("type") == "unfinished"
            found.append(
                (name, message.findtext("source") or "", None if unfinished else translation.text)
            )
    return found


def test_every_window_string_has_its_english(qapp: QApplication) -> None:
    """The committed .ts has an English text for each string, and the committed .qm says so."""
    ts = resource("translations", "cchc_en.ts")
    messages = _messages(ts)
    assert len(messages) > 200
    untranslated = [source for _c, source, text in messages if not text]
    assert untranslated == []
    translator = QTranslator()
    assert translator.load(str(ts.with_suffix(".qm")))
    for context, source, text in messages:
        assert translator.translate(context, source) == text, source


def test_english_translators_switch_the_window_strings(qapp: QApplication) -> None:
    installed = install_translators(qapp, "en")
    try:
        assert tr("Kế hoạch") == "Plans"
        assert tr("{total} cuộc kiểm tra").replace("{total}", "3") == "3 inspections"
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)
    assert tr("Kế hoạch") == "Kế hoạch"


def test_qt_own_buttons_in_vietnamese(qapp: QApplication) -> None:
    installed = install_translators(qapp, "vi")
    try:
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Hủy"
        assert QCoreApplication.translate("QLineEdit", "&Paste") == "&Dán"
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)


PLACEHOLDER = re.compile(r"%\d|%n|\{[a-z_]+\}")


@pytest.mark.parametrize("area", AREAS)
def test_every_area_string_has_its_english(qapp: QApplication, area: str) -> None:
    """Each area's committed .ts is fully translated, keeps every placeholder, and its
    committed .qm gives the same English."""
    ts = resource("translations", f"{area}_en.ts")
    tree = ET.parse(ts)
    assert not [m for m in tree.iter("translation") if m.get("type") == "unfinished"]
    translator = QTranslator()
    assert translator.load(str(ts.with_suffix(".qm")))
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")] or [
                translation.text or ""
            ]
            for form in forms:
                assert form.strip(), source
                assert sorted(PLACEHOLDER.findall(form)) == sorted(PLACEHOLDER.findall(source)), (
                    source,
                    form,
                )
            if message.get("numerus") == "yes":
                assert translator.translate(name, source, None, 1) == forms[0]
                assert translator.translate(name, source, None, 2) == forms[1]
            else:
                assert translator.translate(name, source) == forms[0], source


@pytest.mark.parametrize("ts_name", TS_NAMES)
def test_no_window_string_is_missing_from_the_ts(tmp_path: Path, ts_name: str) -> None:
    """lupdate over the sources (as `make translations` runs it) finds nothing new to translate."""
    import shutil
    import subprocess
    import sys

    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    copy = tmp_path / f"{ts_name}.ts"
    shutil.copy(resource("translations", f"{ts_name}.ts"), copy)
    subprocess.run(
        [str(lupdate), "-no-obsolete", *map(str, sources(ts_name)), "-ts", str(copy)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    missing = [source for _c, source, text in _messages(copy) if not text]
    assert missing == [], "run `make translations` and translate these"


@pytest.mark.parametrize("ts_name", TS_NAMES)
def test_every_string_is_filed_where_the_window_looks_for_it(ts_name: str) -> None:
    """lupdate files each string under a context it reads from the code; the running window
    asks under the context of the call. Where the two disagree (a class lupdate lost track of,
    a home-made tr helper) the English is in the .ts and never shows."""
    filed = {
        (context, source)
        for context, source, _t in _messages(resource("translations", f"{ts_name}.ts"))
    }
    wanted: set[tuple[str, str]] = set()
    problems: list[str] = []
    for path in sources(ts_name):
        if path.suffix == ".py":
            found, trouble = looked_up(path)
            wanted |= found
            problems += trouble
    assert problems == []
    assert sorted(wanted - filed) == []


def test_photo_stamp_option_is_saved_at_once_and_used_by_the_next_import(
    qtbot: QtBot, open_window: OpenWindow, demo_dir: Path, tmp_path: Path
) -> None:
    import hashlib

    from cchc_desktop.photos.ingest import import_photos
    from cchc_desktop.photos.library import get_photo, original_path, print_copy_path
    from cchc_desktop.store.inspections import list_inspections
    from tests.photo_factory import make_photo

    window = open_window(demo_dir)
    page = window.show_page("settings")
    box = page.form.photoStampCheck
    assert box.text() == ("Đóng &dấu lên bản in của ảnh mới nhập")
    assert not box.isChecked()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert Settings.load(demo_dir / "settings.json").photo_stamp is True  # no Save button

    # The next import (window or `cchc photos add`) reads the setting from the data folder.
    ws = window.ctx.ws
    inspection = next(r["id"] for r in list_inspections(ws) if r["date"] >= "2026-01-01")
    photo = make_photo(tmp_path / "bang-niem-yet.jpg")
    (photo_id,) = import_photos(ws, inspection, [photo], workers=1).added
    row = get_photo(ws, photo_id)
    assert row["stamp"] == 1
    assert print_copy_path(ws, row).name != "print.jpg"  # the stamped print copy
    original = original_path(ws, row).read_bytes()
    assert hashlib.sha256(original).hexdigest() == hashlib.sha256(photo.read_bytes()).hexdigest()

    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert Settings.load(demo_dir / "settings.json").photo_stamp is False
    window = reopen(qtbot, open_window, window)
    assert not window.show_page("settings").form.photoStampCheck.isChecked()


def test_report_signer_and_print_resolution_are_saved_at_once(
    qtbot: QtBot, open_window: OpenWindow, demo_dir: Path
) -> None:
    window = open_window(demo_dir)
    f = window.show_page("settings").form
    saved = demo_dir / "settings.json"
    f.userUnitParentEdit.insert("UBND TỈNH LẠNG SƠN")
    f.reportSignerAuthorityEdit.insert("KT. TRƯỞNG BAN")
    f.reportSignerPostEdit.insert("PHÓ TRƯỞNG BAN")
    f.reportSignerNameEdit.insert("Nguyễn Văn Bình")
    qtbot.waitUntil(lambda: Settings.load(saved).report_signer_name == "Nguyễn Văn Bình")
    stored = Settings.load(saved)
    assert (stored.report_signer_authority, stored.report_signer_post) == (
        "KT. TRƯỞNG BAN",
        "PHÓ TRƯỞNG BAN",
    )
    assert stored.user_unit_parent == "UBND TỈNH LẠNG SƠN"
    assert f.printDpiCombo.currentData() == 300  # the default
    assert [f.printDpiCombo.itemData(i) for i in range(f.printDpiCombo.count())] == [200, 300, 600]
    f.printDpiCombo.setCurrentIndex(2)
    assert Settings.load(saved).print_dpi == 600
    window = reopen(qtbot, open_window, window)
    f = window.show_page("settings").form
    assert f.reportSignerNameEdit.text() == "Nguyễn Văn Bình"
    assert f.printDpiCombo.currentData() == 600
