"""The gallery, driven as a person would: files dropped on it, thumbnails filling in, captions,
criteria, the minutes flag, order, delete and undo, the viewer, paste and the webcam message."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QIcon, QImage
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cchc_desktop.errors import UserError
from cchc_desktop.gui.gallery import GalleryWidget
from cchc_desktop.gui.gallery.model import IdRole, PendingRole
from cchc_desktop.photos import library
from cchc_desktop.photos.ingest import import_photos
from cchc_desktop.store.workspace import Workspace
from tests.gui.helpers import OpenWindow
from tests.gui.inspection_support import checklist, demo_loc_binh, press, show_active
from tests.photo_factory import make_photo

INSPECTION = "25a0ef95-3c4c-535a-bf8c-a0147e2ebd95"
LONG = 60_000  # spawning the two worker processes takes a moment on a loaded machine


@pytest.fixture
def gallery(qtbot: QtBot, demo_ws: Workspace) -> GalleryWidget:
    widget = GalleryWidget(demo_ws)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    widget.open_inspection(INSPECTION)
    return widget


def drop(widget: GalleryWidget, paths: list[Path]) -> None:
    """Drag files from a file manager onto the gallery: enter, then drop (as Qt delivers them)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    where = QPointF(20, 20)
    args = (
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    # QDragEnterEvent takes a QPoint (it keeps QDragMoveEvent's old signature), QDropEvent a QPointF.
    enter = QDragEnterEvent(where.toPoint(), *args)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(widget, QDropEvent(where, *args))


def test_dropped_files_show_at_once_and_fill_in(
    qtbot: QtBot, gallery: GalleryWidget, demo_ws: Workspace, tmp_path: Path
) -> None:
    files = [make_photo(tmp_path / f"IMG_{i}.jpg", orientation=(1, 6, 3)[i]) for i in range(3)]
    bad = tmp_path / "ghi-chu.jpg"
    bad.write_text("không phải ảnh")
    model = gallery.model
    with qtbot.waitSignal(gallery.importFinished, timeout=LONG) as finished:
        drop(gallery, [*files, bad])
        # Placeholders at once, before any file is processed; the bar counts what is left.
        assert model.rowCount() == 4
        assert all(model.data(model.index(r), PendingRole) for r in range(4))
        assert gallery.progress.isVisible() and gallery.cancel_button.isVisible()
    result = finished.args[0]
    assert len(result.added) == 3
    qtbot.waitUntil(model.thumbnails_ready, timeout=LONG)
    assert model.rowCount() == 3
    for row in range(3):
        photo_id = model.data(model.index(row), IdRole)
        image = model.thumbnail(photo_id)
        assert image is not None and (image.width(), image.height()) == (256, 192)
        icon = model.data(model.index(row), Qt.ItemDataRole.DecorationRole)
        assert isinstance(icon, QIcon) and not icon.isNull()
    assert "«ghi-chu.jpg»" in gallery.message.text()
    assert not gallery.progress.isVisible()
    assert [p["filename"] for p in library.photos_of(demo_ws, INSPECTION)] == [
        "IMG_0.jpg",
        "IMG_1.jpg",
        "IMG_2.jpg",
    ]


def test_drop_on_a_criterion_and_edit(
    qtbot: QtBot, gallery: GalleryWidget, demo_ws: Workspace, tmp_path: Path
) -> None:
    gallery.set_criterion("d8")  # typed as a person types it
    assert gallery.filter.currentData() == gallery.model.criterion == "D8"
    photo = make_photo(tmp_path / "bang.jpg")
    with qtbot.waitSignal(gallery.importFinished, timeout=LONG):
        drop(gallery, [photo])
    (row,) = library.photos_of(demo_ws, INSPECTION)
    assert row["criterion_code"] == "D8"
    gallery.select_photo(row["id"])
    details = gallery.details
    assert details.title.text() == "bang.jpg"
    assert "21.853708, 106.761519" in details._fact_labels["Vị trí GPS"].text()
    assert details._fact_labels["Chụp lúc"].text() == "02/07/2024 09:15 (UTC+07:00)"
    details.caption.setText("Bảng niêm yết thiếu danh mục thủ tục")
    details.caption.editingFinished.emit()
    details.include.setChecked(False)
    details.criterion.setCurrentIndex(0)  # back to the inspection as a whole
    stored = library.get_photo(demo_ws, row["id"])
    assert stored["caption"] == "Bảng niêm yết thiếu danh mục thủ tục"
    assert stored["include_in_minutes"] == 0 and stored["criterion_code"] is None
    # It no longer belongs to D8, which is what the gallery shows.
    assert gallery.model.rowCount() == 0
    gallery.set_criterion(None)
    shown = gallery.model.data(gallery.model.index(0))
    assert shown == "Bảng niêm yết thiếu danh mục thủ tục (không vào biên bản)"
    with pytest.raises(UserError, match="Z9"):
        gallery.set_criterion("Z9")
    assert gallery.model.criterion is None and gallery.model.rowCount() == 1


def test_reorder_delete_and_undo(
    qtbot: QtBot, gallery: GalleryWidget, demo_ws: Workspace, tmp_path: Path
) -> None:
    files = [make_photo(tmp_path / f"p{i}.jpg", text=str(i)) for i in range(3)]
    ids = import_photos(demo_ws, INSPECTION, files, workers=1).added
    gallery.open_inspection(INSPECTION)
    tester = QAbstractItemModelTester(
        gallery.model, QAbstractItemModelTester.FailureReportingMode.Fatal
    )
    gallery.select_photo(ids[0])
    gallery.move_current(1)
    assert gallery.model.photo_ids() == [ids[1], ids[0], ids[2]]
    assert gallery.current_photo()["id"] == ids[0]  # type: ignore[index]
    gallery.delete_selected()
    assert gallery.model.photo_ids() == [ids[1], ids[2]]
    assert gallery.undo_button.isVisible()
    gallery.undo_delete()
    assert gallery.model.photo_ids() == [ids[1], ids[0], ids[2]]
    # Dragging a photo onto the first place goes through the model, and the store.
    mime = gallery.model.mimeData([gallery.model.index(2)])
    gallery.model.dropMimeData(
        mime, Qt.DropAction.MoveAction, 0, 0, gallery.model.index(0).parent()
    )
    assert [r["id"] for r in library.photos_of(demo_ws, INSPECTION)] == [ids[2], ids[1], ids[0]]
    del tester


def test_model_passes_the_tester_while_importing(
    qtbot: QtBot, gallery: GalleryWidget, tmp_path: Path
) -> None:
    tester = QAbstractItemModelTester(
        gallery.model, QAbstractItemModelTester.FailureReportingMode.Fatal
    )
    files = [make_photo(tmp_path / f"t{i}.jpg", text=str(i)) for i in range(4)]
    with qtbot.waitSignal(gallery.importFinished, timeout=LONG):
        assert gallery.import_files([str(tmp_path)])
    qtbot.waitUntil(gallery.model.thumbnails_ready, timeout=LONG)
    assert gallery.model.rowCount() == len(files)
    del tester


def test_cancel_stops_cleanly(
    qtbot: QtBot, gallery: GalleryWidget, demo_ws: Workspace, tmp_path: Path
) -> None:
    files = [
        make_photo(tmp_path / f"c{i}.jpg", (1600, 1200), noise=True, text=str(i)) for i in range(10)
    ]
    gallery.model.rowsRemoved.connect(lambda *_: gallery.cancel_import())
    with qtbot.waitSignal(gallery.importFinished, timeout=LONG) as finished:
        drop(gallery, files)
    assert finished.args[0] is None
    assert "Đã dừng" in gallery.message.text()
    kept = library.photos_of(demo_ws, INSPECTION)
    assert 1 <= len(kept) < len(files)
    assert gallery.model.rowCount() == len(kept)  # no placeholder left behind
    for photo in kept:
        assert library.thumbnail_path(demo_ws, photo).is_file()


def test_viewer_shows_the_original_with_zoom(
    qtbot: QtBot, gallery: GalleryWidget, demo_ws: Workspace, tmp_path: Path
) -> None:
    (photo_id,) = import_photos(
        demo_ws, INSPECTION, [make_photo(tmp_path / "v.jpg", (2400, 1800), orientation=6)]
    ).added
    library.update_photo(demo_ws, photo_id, stamp=True)
    gallery.open_inspection(INSPECTION)
    gallery.select_photo(photo_id)
    gallery.view_current()
    viewer = gallery.viewer
    # At once the print copy (1600 px), and nothing made on the GUI thread to show it: the
    # stamped copy is for the minutes, made when they ask for it.
    scene = viewer.view.scene().sceneRect()
    assert (scene.width(), scene.height()) == (1600, 1200)
    assert not list(demo_ws.media.root.rglob("*print-stamped*"))
    qtbot.waitUntil(lambda: viewer.original_loaded, timeout=LONG)
    scene = viewer.view.scene().sceneRect()
    assert (scene.width(), scene.height()) == (2400, 1800)  # the original, right way up
    assert viewer.view.zoom() < 1  # fitted to the window
    viewer.view.actual_size()
    assert viewer.view.zoom() == 1
    viewer.close()


def test_paste_a_picture(qtbot: QtBot, gallery: GalleryWidget, demo_ws: Workspace) -> None:
    image = QImage(320, 240, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkCyan)
    QGuiApplication.clipboard().setImage(image)
    with qtbot.waitSignal(gallery.importFinished, timeout=LONG):
        gallery.paste()
    (row,) = library.photos_of(demo_ws, INSPECTION)
    assert row["mime"] == "image/png" and (row["width"], row["height"]) == (320, 240)


def test_webcam_without_qtmultimedia_says_what_to_do(
    gallery: GalleryWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cchc_desktop.gui.gallery import capture

    monkeypatch.setattr(capture, "_multimedia", lambda: None)
    gallery.webcam_button.click()
    assert "QtMultimedia" in gallery.message.text()
    assert "kéo ảnh vào đây" in gallery.message.text()


def test_captions_get_two_lines_at_any_text_size(
    qtbot: QtBot, gallery: GalleryWidget, demo_ws: Workspace, tmp_path: Path
) -> None:
    long = "Bảng niêm yết thủ tục hành chính thiếu danh mục thủ tục mới ban hành năm 2024"
    landscape = make_photo(tmp_path / "a.jpg")
    (photo_id,) = import_photos(demo_ws, INSPECTION, [landscape], caption=long, workers=1).added
    import_photos(demo_ws, INSPECTION, [make_photo(tmp_path / "b.jpg", (480, 640))], workers=1)
    gallery.open_inspection(INSPECTION)
    gallery.view.visualRect(gallery.model.index(1))  # lays the list out: thumbnails are asked for
    qtbot.waitUntil(gallery.model.thumbnails_ready, timeout=LONG)
    view, index = gallery.view, gallery.model.index(0)
    for points in (10, 14):  # the window's A+ makes the text larger
        font = gallery.font()
        font.setPointSize(points)
        gallery.setFont(font)
        cell = view.visualRect(index)
        # As wide as a landscape thumbnail, though a portrait one comes last (Qt measures
        # the last row for all), and two lines of caption under it.
        assert cell.width() >= view.iconSize().width(), points
        assert cell.height() - view.iconSize().height() >= 2 * view.fontMetrics().lineSpacing()
    # Cut after two lines under the thumbnail, the caption is whole in the tooltip.
    assert long in gallery.model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert gallery.model.data(index, IdRole) == photo_id


def test_in_the_window_the_import_messages_stay_in_sight(
    qtbot: QtBot, open_window: OpenWindow, demo_dir: Path, tmp_path: Path
) -> None:
    window = open_window(demo_dir, size=(1280, 800))
    host = window.open_inspection(demo_loc_binh(window.ctx.ws))
    host.show_tab("photos")  # type: ignore[attr-defined]
    gallery = host.view.tab("photos")  # type: ignore[attr-defined]
    bad = tmp_path / "bien-ban-nhap.jpg"
    bad.write_text("không phải ảnh", encoding="utf-8")
    with qtbot.waitSignal(gallery.importFinished, timeout=LONG):
        gallery.import_files([str(make_photo(tmp_path / "a.jpg")), str(bad)])
    qtbot.waitUntil(lambda: not gallery.message.visibleRegion().isEmpty())
    shown = gallery.message.visibleRegion().boundingRect()
    assert shown.height() == gallery.message.height()  # every line of it, not a sliver
    assert "«bien-ban-nhap.jpg»" in gallery.message.text()


def test_in_the_window_ctrl_z_undoes_the_gallerys_changes_in_turn_with_the_checklist(
    qtbot: QtBot, open_window: OpenWindow, demo_dir: Path, tmp_path: Path
) -> None:
    window = open_window(demo_dir, size=(1280, 800))
    ws = window.ctx.ws
    inspection = demo_loc_binh(ws)
    files = [make_photo(tmp_path / f"p{i}.jpg", text=str(i)) for i in range(3)]
    first, second, third = import_photos(ws, inspection, files, workers=1).added
    show_active(qtbot, window)
    host = window.open_inspection(inspection)
    view = host.view  # type: ignore[attr-defined]
    # An answer on the checklist first, as on a real visit: Edit ▸ Hoàn tác is enabled from now.
    before = answers(ws, inspection)
    checklist(view).tree.setFocus()
    press(qtbot, "4")  # Không áp dụng
    assert answers(ws, inspection) != before and view.undo_stack().count() == 1
    view.show_tab("photos")
    gallery = view.tab("photos")
    gallery.select_photo(first)
    gallery.details.caption.setText("Quầy tiếp nhận hồ sơ")
    gallery.details.caption.editingFinished.emit()
    gallery.move_current(1)  # Ctrl+→ does the same
    assert [r["id"] for r in library.photos_of(ws, inspection)] == [second, first, third]
    gallery.view.setFocus()
    press(qtbot, Qt.Key.Key_Delete)
    assert [r["id"] for r in library.photos_of(ws, inspection)] == [second, third]
    assert gallery.undo_button.isVisible()

    ctrl = Qt.KeyboardModifier.ControlModifier
    press(qtbot, "z", modifier=ctrl)  # the delete
    assert [r["id"] for r in library.photos_of(ws, inspection)] == [second, first, third]
    assert not gallery.undo_button.isVisible()
    assert gallery.current_photo()["id"] == first  # type: ignore[index]
    press(qtbot, "z", modifier=ctrl)  # the move
    assert [r["id"] for r in library.photos_of(ws, inspection)] == [first, second, third]
    press(qtbot, "z", modifier=ctrl)  # the caption
    assert library.get_photo(ws, first)["caption"] == ""
    assert gallery.details.caption.text() == ""
    press(qtbot, "z", modifier=ctrl)  # and then the answer, on the checklist tab
    assert answers(ws, inspection) == before
    press(qtbot, "y", modifier=ctrl)  # redo goes forward the same way
    press(qtbot, "y", modifier=ctrl)
    assert library.get_photo(ws, first)["caption"] == "Quầy tiếp nhận hồ sơ"


def answers(ws: Workspace, inspection_id: str) -> dict[str, str]:
    """The results given (an undone answer stays a row with no result)."""
    rows = ws.db.execute(
        "SELECT criterion_code, result FROM answers"
        " WHERE inspection_id = ? AND deleted = 0 AND result IS NOT NULL",
        [inspection_id],
    )
    return dict(rows.fetchall())


def test_the_undo_button_undoes_only_the_last_delete(
    gallery: GalleryWidget, demo_ws: Workspace, tmp_path: Path
) -> None:
    files = [make_photo(tmp_path / f"p{i}.jpg", text=str(i)) for i in range(2)]
    ids = import_photos(demo_ws, INSPECTION, files, workers=1).added
    gallery.open_inspection(INSPECTION)
    gallery.select_photo(ids[0])
    gallery.delete_selected()
    assert gallery.undo_button.isVisible()
    gallery.select_photo(ids[1])
    gallery.details.include.setChecked(False)  # another change: the button goes
    assert not gallery.undo_button.isVisible()
    gallery.undo_button.click()
    assert [r["id"] for r in library.photos_of(demo_ws, INSPECTION)] == [ids[1]]


def test_another_inspection_opened_during_an_import_shows_only_its_own_photos(
    qtbot: QtBot, gallery: GalleryWidget, demo_ws: Workspace, tmp_path: Path
) -> None:
    other = demo_ws.db.execute(
        "SELECT id FROM inspections WHERE id <> ? ORDER BY date LIMIT 1", [INSPECTION]
    ).fetchone()[0]
    files = [make_photo(tmp_path / f"d{i}.jpg", text=str(i)) for i in range(3)]
    with qtbot.waitSignal(gallery.importFinished, timeout=LONG) as finished:
        drop(gallery, files)
        gallery.open_inspection(other)  # while the files are still being imported
        assert gallery.model.rowCount() == 0  # no placeholder of the other inspection's files
    assert len(finished.args[0].added) == 3  # they went where they were dropped
    assert len(library.photos_of(demo_ws, INSPECTION)) == 3
    assert gallery.model.rowCount() == 0 and gallery.model.photo_ids() == []


def test_a_caption_being_typed_is_stored_when_another_inspection_opens(
    qtbot: QtBot, demo_ws: Workspace, tmp_path: Path
) -> None:
    from tests.gui.inspection_support import open_view

    (photo_id,) = import_photos(
        demo_ws, INSPECTION, [make_photo(tmp_path / "a.jpg")], workers=1
    ).added
    view = open_view(qtbot, demo_ws, INSPECTION)
    view.show_tab("photos")
    gallery = view.tab("photos")
    assert isinstance(gallery, GalleryWidget)
    gallery.select_photo(photo_id)
    gallery.details.caption.setText("Sổ theo dõi hồ sơ")  # typed, Enter not pressed yet
    view.open_inspection(demo_loc_binh(demo_ws))
    assert library.get_photo(demo_ws, photo_id)["caption"] == "Sổ theo dõi hồ sơ"


def test_quitting_the_app_stops_an_import_and_keeps_what_is_done(
    qtbot: QtBot, gallery: GalleryWidget, demo_ws: Workspace, tmp_path: Path
) -> None:
    files = [
        make_photo(tmp_path / f"q{i}.jpg", (1600, 1200), noise=True, text=str(i)) for i in range(8)
    ]
    with qtbot.waitSignal(gallery.importFinished, timeout=LONG) as finished:
        drop(gallery, files)
        QApplication.instance().aboutToQuit.emit()  # the window was closed: the loop ends
    assert finished.args[0] is None and "Đã dừng" in gallery.message.text()
    kept = library.photos_of(demo_ws, INSPECTION)
    assert len(kept) < len(files)
    assert all(library.thumbnail_path(demo_ws, photo).is_file() for photo in kept)
