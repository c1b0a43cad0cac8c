"""Cài đặt: the user's settings (``cchc_desktop.settings``), each saved as soon as it changes."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.domain.devices import name_problem
from cchc_desktop.domain.text import clean
from cchc_desktop.errors import UserError, pick
from cchc_desktop.gui.context import AppContext
from cchc_desktop.gui.elided_label import ElidedLabel
from cchc_desktop.gui.forms import load_form
from cchc_desktop.gui.i18n import QT_TRANSLATE_NOOP, tr
from cchc_desktop.gui.page import Page
from cchc_desktop.gui.theme import set_role
from cchc_desktop.settings import doc_number_problem
from cchc_desktop.store import fingerprint

LANGUAGES = (("vi", "Tiếng Việt"), ("en", "English"))

# Text fields of the form and the setting each one holds.
_TEXT_FIELDS = {
    "userNameEdit": "user_name",
    "userTitleEdit": "user_title",
    "userUnitEdit": "user_unit",
    "userUnitParentEdit": "user_unit_parent",
    "placeNameEdit": "place_name",
    "tsaUrlEdit": "tsa_url",
    "pkcs11ModuleEdit": "pkcs11_module",
    "reportSignerAuthorityEdit": "report_signer_authority",
    "reportSignerPostEdit": "report_signer_post",
    "reportSignerNameEdit": "report_signer_name",
}
# The print resolutions offered and what each is for.
PRINT_DPIS = (
    (200, QT_TRANSLATE_NOOP("QCoreApplication", "200 dpi – bản nháp, in nhanh")),
    (300, QT_TRANSLATE_NOOP("QCoreApplication", "300 dpi – chuẩn (nên dùng)")),
    (600, QT_TRANSLATE_NOOP("QCoreApplication", "600 dpi – nét nhất, in chậm hơn")),
)


class SettingsPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.form = load_form("settings_page")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.form.widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        f = self.form
        self.sections = _sections(f)
        set_role(self.form.docPatternError, "error")
        self.form.docPatternError.setWordWrap(True)
        self._fill_texts()
        self._fill_choices()
        self._show_data_dir()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(400)
        self._timer.timeout.connect(self.save_now)
        self._set_up_device_name()
        ctx.device_changed.connect(self._show_device)
        ctx.settings_changed.connect(self._show_look)
        ctx.workspace_ready.connect(self._show_device)
        if ctx.ready:
            self._show_device()
        self._pattern_changed()
        self._show_look()
        self.setFocusProxy(f.userNameEdit)

    def _fill_texts(self) -> None:
        """The text fields, saved as typed, and the number pattern, checked as typed."""
        f, settings = self.form, self.ctx.settings
        for name, field in _TEXT_FIELDS.items():
            edit = getattr(f, name)
            edit.setText(getattr(settings, field))
            edit.textChanged.connect(self._schedule_save)
            edit.editingFinished.connect(self.save_now)
        f.docPatternEdit.setText(settings.doc_number_pattern)
        f.docPatternEdit.textChanged.connect(self._pattern_changed)
        f.docPatternEdit.editingFinished.connect(self.save_now)

    def _fill_choices(self) -> None:
        """Language, text size and contrast, photo stamp, print quality, moving on after an answer."""
        f, ctx = self.form, self.ctx
        settings = ctx.settings
        for code, name in LANGUAGES:
            f.languageCombo.addItem(name, code)
        f.languageCombo.setCurrentIndex(max(0, f.languageCombo.findData(settings.language)))
        f.languageCombo.currentIndexChanged.connect(
            lambda _i: ctx.update_settings(language=f.languageCombo.currentData())
        )
        f.smallerButton.clicked.connect(lambda: self._window().change_text_scale(-1))
        f.normalButton.clicked.connect(lambda: self._window().change_text_scale(0))
        f.biggerButton.clicked.connect(lambda: self._window().change_text_scale(+1))
        f.highContrastCheck.toggled.connect(lambda on: self._window().apply_look(high_contrast=on))
        # Read by every photo import (window and `cchc photos add`) from settings.json.
        f.photoStampCheck.setChecked(settings.photo_stamp)
        f.photoStampCheck.toggled.connect(lambda on: ctx.update_settings(photo_stamp=on))
        # Read by every print job (one biên bản or many) when it starts.
        for dpi, label in PRINT_DPIS:
            f.printDpiCombo.addItem(tr(label), dpi)
        f.printDpiCombo.setCurrentIndex(max(0, f.printDpiCombo.findData(settings.print_dpi)))
        f.printDpiCombo.currentIndexChanged.connect(
            lambda _i: ctx.update_settings(print_dpi=int(f.printDpiCombo.currentData()))
        )
        f.advanceCheck.setChecked(settings.advance_after_answer)
        f.advanceCheck.toggled.connect(lambda on: ctx.update_settings(advance_after_answer=on))

    def _show_data_dir(self) -> None:
        f, ctx = self.form, self.ctx
        # A long path must not widen the form past a laptop's screen: cut in the middle, whole
        # in the tooltip (and in the status bar).
        folder = ElidedLabel(str(ctx.data_dir), mode=Qt.TextElideMode.ElideMiddle)
        folder.setObjectName("dataDirValue")
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        folder.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        folder.set_full_text(str(ctx.data_dir), tooltip=str(ctx.data_dir))
        f.folderGroup.layout().replaceWidget(f.dataDirValue, folder)
        f.dataDirValue.deleteLater()
        self.data_dir_label = folder

    def _set_up_device_name(self) -> None:
        f = self.form
        # The laptop's name lives in device.json, not in the settings: saved on its own.
        set_role(f.deviceNameError, "error")
        f.deviceNameError.setWordWrap(True)
        f.deviceNameError.setTextFormat(Qt.TextFormat.PlainText)
        f.deviceNameError.hide()
        # The page's own font (it follows the text size); its digits are of one width, so
        # the groups stand in columns.
        f.deviceValue.setTextFormat(Qt.TextFormat.PlainText)
        self._name_timer = QTimer(self)
        self._name_timer.setSingleShot(True)
        self._name_timer.setInterval(600)
        self._name_timer.timeout.connect(self.save_device_name)
        f.deviceNameEdit.textEdited.connect(self._device_name_edited)
        f.deviceNameEdit.editingFinished.connect(self.save_device_name)

    def _window(self) -> Any:
        return self.window()

    def _show_device(self) -> None:
        """This laptop's name, its label as shown everywhere, and its fingerprint's digits."""
        from cchc_desktop.store.keys import own_identity

        f, device = self.form, self.ctx.ws.device
        me = own_identity(self.ctx.folder)
        if not self._name_timer.isActive() and f.deviceNameEdit.text() != device.name:
            f.deviceNameEdit.setText(device.name)
        f.deviceValue.setText(me.label)
        f.deviceValue.setToolTip(tr("Mã thiết bị: {id}").replace("{id}", me.device_id))
        f.fingerprintValue.setText(fingerprint.shown(me.public_key, per_line=4))
        f.fingerprintValue.setAccessibleName(tr("Vân tay: {digits}").replace("{digits}", me.digits))

    def _device_name_edited(self, text: str) -> None:
        """Say at once what is wrong with the name; save it once typing pauses."""
        f = self.form
        problem = name_problem(text, self.ctx.ws.device.hostname) if self.ctx.ready else None
        f.deviceNameError.setText(pick(*problem) if problem else "")
        f.deviceNameError.setVisible(problem is not None)
        f.deviceNameEdit.setProperty("invalid", problem is not None)
        self._name_timer.start()

    def save_device_name(self) -> None:
        """Store the typed name when it is valid and new (an invalid one keeps the last good
        name, and its message stays under the field)."""
        self._name_timer.stop()
        if not self.ctx.ready:
            return
        text = self.form.deviceNameEdit.text()
        device = self.ctx.ws.device
        if name_problem(text, device.hostname) is not None or clean(text) == device.name:
            return
        try:
            self.ctx.rename_device(text)
        except UserError as exc:  # device.json could not be written
            self.form.deviceNameError.setText(exc.message)
            self.form.deviceNameError.show()

    def _show_look(self) -> None:
        f, settings = self.form, self.ctx.settings
        f.scaleValue.setText(f"{settings.text_scale} %")
        if f.highContrastCheck.isChecked() != settings.high_contrast:
            f.highContrastCheck.blockSignals(True)
            f.highContrastCheck.setChecked(settings.high_contrast)
            f.highContrastCheck.blockSignals(False)

    def _pattern_changed(self) -> None:
        f = self.form
        problem = doc_number_problem(f.docPatternEdit.text())
        if problem:
            f.docPatternError.setText(pick(*problem))
            f.docPatternError.show()
            f.docPatternPreview.hide()
        else:
            f.docPatternError.hide()
            example = dataclasses.replace(
                self.ctx.settings, doc_number_pattern=f.docPatternEdit.text()
            )
            f.docPatternPreview.setText(
                tr("Ví dụ: {number} ({{so}}: số thứ tự, {{nam}}: năm)")
                .replace("{number}", example.doc_number(5, 2026))
                .replace("{{", "{")
                .replace("}}", "}")
            )
            f.docPatternPreview.show()
            self._schedule_save()

    def _schedule_save(self) -> None:
        self._timer.start()

    def save_now(self) -> None:
        """Store what the fields say (an invalid number pattern keeps the last good one)."""
        self._timer.stop()
        f = self.form
        changes = {field: getattr(f, name).text().strip() for name, field in _TEXT_FIELDS.items()}
        pattern = f.docPatternEdit.text().strip()
        if doc_number_problem(pattern) is None:
            changes["doc_number_pattern"] = pattern
        self.ctx.update_settings(**changes)
        if self.ctx.ready and changes["user_name"]:
            # The audit log names who made each change from now on.
            self.ctx.ws.actor = changes["user_name"]

    def hideEvent(self, event: Any) -> None:
        if self._timer.isActive():
            self.save_now()
        if self._name_timer.isActive():
            self.save_device_name()
        super().hideEvent(event)


# The settings in sections, each a tab of two columns: all of them together are taller than a
# 768 px laptop screen at 130 % text, and one long scrolling form hides what is below.
SECTIONS = (
    (QT_TRANSLATE_NOOP("QCoreApplication", "Người dùng và văn bản"),
     ("userGroup", "documentGroup"), ("reportGroup",)),
    (QT_TRANSLATE_NOOP("QCoreApplication", "Làm việc"),
     ("lookGroup", "checklistGroup"), ("photoGroup", "printGroup")),
    (QT_TRANSLATE_NOOP("QCoreApplication", "Dữ liệu trên máy"), ("deviceGroup",), ("folderGroup",)),
)  # fmt: skip


def _sections(f: Any) -> QTabWidget:
    """The form's groups moved into the tabs of ``SECTIONS`` (heading and note stay above)."""
    outer = f.widget.layout()
    # The heading where every page has it (the style's margins, as the other pages' layouts).
    style = f.widget.style()
    outer.setContentsMargins(
        *(
            style.pixelMetric(metric)
            for metric in (
                QStyle.PixelMetric.PM_LayoutLeftMargin,
                QStyle.PixelMetric.PM_LayoutTopMargin,
                QStyle.PixelMetric.PM_LayoutRightMargin,
                QStyle.PixelMetric.PM_LayoutBottomMargin,
            )
        )
    )
    at = outer.indexOf(f.userGroup)
    tabs = QTabWidget()
    tabs.setObjectName("settingsSections")
    for title, *columns_of in SECTIONS:
        section = QWidget()
        columns = QHBoxLayout(section)
        for names in columns_of:
            column = QVBoxLayout()
            for name in names:
                group = getattr(f, name)
                outer.removeWidget(group)
                column.addWidget(group)
            column.addStretch(1)
            columns.addLayout(column, 1)
        tabs.addTab(section, tr(title))
    outer.insertWidget(at, tabs, 1)
    return tabs
