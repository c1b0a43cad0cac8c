"""Lập báo cáo…: the consolidated report from the plans page, the File menu and the follow-up
page, written in the background and read back (PDF text with pypdf, XLSX sheets)."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from PySide6.QtCore import Qt, QUrl
from pytestqt.qtbot import QtBot

from cchc_desktop.gui.dialogs.report_dialog import ReportDialog
from cchc_desktop.gui.main_window import MainWindow
from tests.gui.helpers import OpenWindow


def _dialog(window: MainWindow) -> ReportDialog:
    dialog = window.findChild(ReportDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def _write(qtbot: QtBot, dialog: ReportDialog) -> Path:
    with qtbot.waitSignal(dialog.written, timeout=60000) as done:
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
        assert dialog.progress.isVisible()  # the busy indicator while the worker runs
        assert not dialog.create_button.isEnabled()
    path: Path = done.args[0]
    return path


def _pdf_text(path: Path) -> str:
    reader = PdfReader(BytesIO(path.read_bytes()))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_pdf_report_of_the_plan_chosen_on_the_plans_page(
    qtbot: QtBot, open_window: OpenWindow, demo_dir: Path, tmp_path: Path
) -> None:
    window = open_window(demo_dir)
    page = window.show_page("plans")
    page.select_plan(page.model.row(1)["id"])  # 80/KH-BCĐCCHC, 2024
    page.report_button.click()
    dialog = _dialog(window)
    f = dialog.form
    assert f.planCombo.currentText().startswith("80/KH-BCĐCCHC")
    assert f.pdfRadio.isChecked()
    assert Path(f.fileEdit.text()).name == "bao-cao-80-kh-bcdcchc.pdf"
    chosen = tmp_path / "bao cáo" / "bao-cao-2024.pdf"
    asked: list[Path] = []
    dialog.ask_path = lambda suggested: asked.append(suggested) or chosen
    opened: list[QUrl] = []
    dialog.open_url = opened.append
    f.browseButton.click()
    assert asked and asked[0].name == "bao-cao-80-kh-bcdcchc.pdf"
    assert f.fileEdit.text() == str(chosen)

    assert _write(qtbot, dialog) == chosen
    text = _pdf_text(chosen)
    for expected in ("BÁO CÁO", "Xã Đồng Bục", "Bộ phận Một cửa UBND huyện Bình Gia"):
        assert expected in text, expected
    assert "Trung tâm Phục vụ hành chính công xã Lộc Bình" not in text  # the 2026 plan's unit
    assert "12 đơn vị" in dialog.status.text() and str(chosen) in dialog.status.text()
    assert dialog.open_button.isVisible() and dialog.open_button.hasFocus()
    dialog.open_button.click()
    assert opened == [QUrl.fromLocalFile(str(chosen))]
    dialog.folder_button.click()
    assert opened[-1] == QUrl.fromLocalFile(str(chosen.parent))
    assert not list(chosen.parent.glob(".*.tmp"))  # written atomically, nothing left over
    dialog.close_button.click()
    assert window.findChild(ReportDialog) is None or not dialog.isVisible()


def test_xlsx_from_the_file_menu_on_the_follow_up_page(
    qtbot: QtBot, open_window: OpenWindow, demo_dir: Path, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    window = open_window(demo_dir)
    page = window.show_page("followups")
    qtbot.waitUntil(lambda: page.loaded_once)
    page.plan_filter.setCurrentIndex(
        page.plan_filter.findText("45/KH-UBND", Qt.MatchFlag.MatchStartsWith)
    )
    window.actions_by_name["report"].trigger()  # Tệp ▸ Lập báo cáo… (Ctrl+R)
    dialog = _dialog(window)
    f = dialog.form
    assert f.planCombo.currentText().startswith("45/KH-UBND")
    f.xlsxRadio.setChecked(True)
    assert f.fileEdit.text().endswith("bao-cao-45-kh-ubnd.xlsx")
    target = tmp_path / "theo-doi"
    f.fileEdit.clear()
    qtbot.keyClicks(f.fileEdit, str(target))  # no extension typed: the format adds it
    path = _write(qtbot, dialog)
    assert path == tmp_path / "theo-doi.xlsx"
    book = load_workbook(path, read_only=True)
    assert book.sheetnames == [
        "Tổng hợp",
        "Theo lĩnh vực",
        "Tiêu chí chưa đạt",
        "Kiến nghị",
        "Kiến nghị kỳ trước",  # the 2026 visit of Xã Bình Gia
        "Thông tin",
    ]
    cells = [str(c) for row in book["Tổng hợp"].iter_rows(min_row=2, values_only=True) for c in row]
    assert "Trung tâm Phục vụ hành chính công xã Lộc Bình" in cells  # the 2026 plan's units
    assert "Xã Đồng Bục" not in cells
    book.close()


def test_report_from_the_follow_up_button_and_replacing_a_file(
    qtbot: QtBot, open_window: OpenWindow, demo_dir: Path, tmp_path: Path
) -> None:
    window = open_window(demo_dir)
    page = window.show_page("followups")
    qtbot.waitUntil(lambda: page.loaded_once)
    page.report_button.click()
    dialog = _dialog(window)
    assert dialog.form.planCombo.currentData() is None  # "Tất cả kế hoạch"
    target = tmp_path / "tong-hop.pdf"
    target.write_bytes(b"old")
    dialog.set_target(target)
    dialog.create_button.click()
    # A file already there is replaced only when asked twice.
    assert dialog.form.fileError.isVisible()
    assert "đã có" in dialog.form.fileError.text()
    assert target.read_bytes() == b"old"
    _write(qtbot, dialog)
    text = _pdf_text(target)
    assert "Trung tâm Phục vụ hành chính công xã Lộc Bình" in text and "Xã Mai Sao" in text


def test_a_refused_write_is_said_and_the_dialog_stays(
    qtbot: QtBot, open_window: OpenWindow, demo_dir: Path, tmp_path: Path
) -> None:
    window = open_window(demo_dir)
    window.make_report()
    dialog = _dialog(window)
    blocker = tmp_path / "khong-phai-thu-muc"
    blocker.write_text("a file where a folder should be")
    dialog.set_target(blocker / "bao-cao.pdf")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.form.fileError.isVisible, timeout=60000)
    assert "khong-phai-thu-muc" in dialog.form.fileError.text()
    assert dialog.isVisible() and dialog.create_button.isEnabled()
    assert not dialog.open_button.isVisible()


def test_stop_while_writing_leaves_no_file(
    qtbot: QtBot, open_window: OpenWindow, demo_dir: Path, tmp_path: Path
) -> None:
    window = open_window(demo_dir)
    window.make_report()
    dialog = _dialog(window)
    target = tmp_path / "dung.pdf"
    dialog.set_target(target)
    dialog.write()
    assert dialog.close_button.text() == "&Hủy"
    dialog.reject()  # Esc or "Hủy": the job stops; the dialog stays
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60000)
    assert dialog.form.fileError.text() == "Đã dừng; không có tệp nào được ghi."
    assert not target.exists()
    assert dialog.close_button.text() == "Đó&ng"


def test_the_window_going_away_mid_job_is_harmless(
    qtbot: QtBot, open_window: OpenWindow, demo_dir: Path, tmp_path: Path
) -> None:
    window = open_window(demo_dir)
    window.make_report()
    dialog: Any = _dialog(window)
    dialog.set_target(tmp_path / "sau.pdf")
    dialog.write()
    dialog.deleteLater()  # as when its window closes while the report is being written
    qtbot.waitUntil(lambda: window.ctx.pending == 0, timeout=60000)
    assert (tmp_path / "sau.pdf").exists()


def test_the_dialog_shows_its_choices_whole_at_large_text(
    qtbot: QtBot, open_window: OpenWindow, demo_dir: Path
) -> None:
    """At 130 % text on a small screen (the test screen is 800×600) no choice is cut off: the
    dialog is as wide as its content needs, whatever width Qt would first give it."""
    window = open_window(demo_dir)
    window.apply_look(text_scale=130)
    window.make_report()
    dialog = _dialog(window)
    f = dialog.form
    for choice in (f.pdfRadio, f.xlsxRadio):
        qtbot.waitUntil(lambda c=choice: c.width() > 0)
        assert choice.width() >= choice.sizeHint().width(), choice.text()


def test_issuing_body_number_and_signer_chosen_in_the_dialog(
    qtbot: QtBot, open_window: OpenWindow, demo_dir: Path, tmp_path: Path
) -> None:
    """The plan's issuer is proposed with its chủ quản; the user's organisation and the team
    are offered too; the signer comes from the settings; the Word copy says the same."""
    import docx

    window = open_window(demo_dir)
    window.ctx.update_settings(
        user_unit="Sở Nội vụ tỉnh Lạng Sơn",
        user_unit_parent="UBND TỈNH LẠNG SƠN",
        report_signer_name="Nguyễn Văn Bình",
    )
    page = window.show_page("plans")
    page.select_plan(page.model.row(1)["id"])  # 80/KH-BCĐCCHC, 2024
    page.report_button.click()
    dialog = _dialog(window)
    f = dialog.form
    issuers = [f.issuerCombo.itemText(i) for i in range(f.issuerCombo.count())]
    assert issuers == [
        "Ban Chỉ đạo cải cách hành chính tỉnh Lạng Sơn",
        "Sở Nội vụ tỉnh Lạng Sơn",
        "Đoàn kiểm tra",
    ]
    assert f.parentBodyEdit.text() == "UBND TỈNH LẠNG SƠN"
    assert f.symbolValue.text() == "/BC-BCĐCCHC"
    assert f.signerValue.text() == "KT. TRƯỞNG BAN – PHÓ TRƯỞNG BAN – Nguyễn Văn Bình"
    f.issuerCombo.setCurrentIndex(1)
    f.issuerCombo.activated.emit(1)  # as a click on the item does
    assert f.symbolValue.text() == "/BC-SNV"
    assert f.signerValue.text().startswith("KT. GIÁM ĐỐC – PHÓ GIÁM ĐỐC")
    qtbot.keyClicks(f.numberEdit, "12")
    f.docxRadio.setChecked(True)
    assert f.fileEdit.text().endswith("bao-cao-80-kh-bcdcchc.docx")
    dialog.set_target(tmp_path / "bao-cao.docx")
    path = _write(qtbot, dialog)
    texts = [p.text for p in docx.Document(str(path)).paragraphs]
    assert any("Sở Nội vụ tỉnh Lạng Sơn báo cáo kết quả như sau:" in t for t in texts)
    assert any(t.startswith("(Kèm theo Báo cáo số 12/BC-SNV ngày") for t in texts)

    f.issuerCombo.setEditText("")  # no body: refused before anything is written
    dialog.set_target(tmp_path / "khong.pdf")
    dialog.create_button.click()
    assert dialog.form.fileError.text() == "Hãy chọn hoặc ghi cơ quan ban hành báo cáo."
    assert not (tmp_path / "khong.pdf").exists()
