"""Photos on the criterion: added from the checklist's panel (button's path, drop, paste),
shown there as thumbnails, counted in the list; the gallery tab still holds the whole set."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cchc_desktop.gui.inspection.checklist_model import Column
from cchc_desktop.photos.library import photos_of
from cchc_desktop.store.workspace import Workspace
from tests.gui.inspection_support import checklist, new_commune_inspection, open_view, press
from tests.photo_factory import make_photo

LONG = 60_000  # the import's worker processes take a moment to start on a loaded machine


def _count_shown(editor, code: str) -> str:  # type: ignore[no-untyped-def]
    index = editor.model.criterion_index(code, Column.PHOTOS)
    return str(index.data() or "")


def test_a_photo_added_from_the_panel_belongs_to_the_criterion(
    qtbot: QtBot, ws: Workspace, tmp_path: Path
) -> None:
    inspection = new_commune_inspection(ws)
    view = open_view(qtbot, ws, inspection)
    editor = checklist(view)
    editor.select("A3")
    photos = editor.photos
    assert photos.add_button.isVisible() and photos.add_button.isEnabled()
    assert photos.count() == 0 and _count_shown(editor, "A3") == ""
    with qtbot.waitSignal(view.changed, timeout=LONG):
        assert photos.import_files([str(make_photo(tmp_path / "so-theo-doi.jpg"))])
    stored = photos_of(ws, inspection, criterion="A3")
    assert [p["filename"] for p in stored] == ["so-theo-doi.jpg"]
    assert photos.count() == 1 and _count_shown(editor, "A3") == "1"
    qtbot.waitUntil(lambda: not photos.thumbs.item(0).icon().isNull(), timeout=10_000)
    # The result is said where the eye is, as a success pointing to the gallery.
    bar = view.message_bar
    assert bar.kind == "success" and "A3" in bar.message() and "Ảnh minh chứng" in bar.message()
    # The gallery tab shows it too, under its criterion.
    gallery = view.tab("photos")
    gallery.set_criterion("A3")  # type: ignore[attr-defined]
    assert gallery.model.rowCount() == 1  # type: ignore[attr-defined]
    # Another criterion has none.
    editor.select("A4")
    assert photos.count() == 0 and photos.title.text() == "Ảnh (0)"


def test_a_file_dropped_on_the_panel_goes_to_the_criterion_shown(
    qtbot: QtBot, ws: Workspace, tmp_path: Path
) -> None:
    inspection = new_commune_inspection(ws)
    view = open_view(qtbot, ws, inspection)
    editor = checklist(view)
    editor.select("B1")
    photo = make_photo(tmp_path / "bien-ten.jpg")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo))])
    target = editor.panel.text
    drop = QDropEvent(
        QPointF(target.mapTo(editor.panel, QPoint(5, 5))),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(view.changed, timeout=LONG):
        editor.panel.dropEvent(drop)
    assert drop.isAccepted()
    assert [p["filename"] for p in photos_of(ws, inspection, criterion="B1")] == ["bien-ten.jpg"]
    assert _count_shown(editor, "B1") == "1"


def test_ctrl_v_in_the_list_pastes_a_copied_picture_to_the_criterion(
    qtbot: QtBot, ws: Workspace
) -> None:
    inspection = new_commune_inspection(ws)
    view = open_view(qtbot, ws, inspection)
    editor = checklist(view)
    editor.select("A2")
    picture = QImage(320, 240, QImage.Format.Format_RGB32)
    picture.fill(Qt.GlobalColor.darkGreen)
    QGuiApplication.clipboard().setImage(picture)
    editor.tree.setFocus()
    with qtbot.waitSignal(view.changed, timeout=LONG):
        press(qtbot, "v", modifier=Qt.KeyboardModifier.ControlModifier)
    stored = photos_of(ws, inspection, criterion="A2")
    assert len(stored) == 1 and stored[0]["filename"].startswith("anh-dan-")
    assert (stored[0]["width"], stored[0]["height"]) == (320, 240)
    QGuiApplication.clipboard().clear()
    assert QApplication.focusWidget() is editor.tree  # the keyboard stays in the list


def test_a_refused_file_is_said_in_the_red_bar(qtbot: QtBot, ws: Workspace, tmp_path: Path) -> None:
    inspection = new_commune_inspection(ws)
    view = open_view(qtbot, ws, inspection)
    editor = checklist(view)
    editor.select("A1")
    fake = tmp_path / "ghi-chu.jpg"
    fake.write_text("không phải ảnh", encoding="utf-8")
    with qtbot.waitSignal(editor.photos.finished, timeout=LONG):
        editor.photos.import_files([str(fake)])
    bar = view.message_bar
    assert bar.kind == "error" and "«ghi-chu.jpg»" in bar.message()
    assert photos_of(ws, inspection, criterion="A1") == []


def test_signed_inspections_take_no_photos_from_the_panel(qtbot: QtBot, demo_ws: Workspace) -> None:
    from cchc_desktop.store import records
    from cchc_desktop.store.inspections import STATUS_SIGNED
    from tests.gui.inspection_support import demo_loc_binh

    inspection = demo_loc_binh(demo_ws)
    records.update(demo_ws, "inspections", inspection, {"status": STATUS_SIGNED})
    view = open_view(qtbot, demo_ws, inspection)
    photos = checklist(view).photos
    assert not photos.add_button.isEnabled()
    assert photos.import_files(["/nowhere.jpg"]) is False
