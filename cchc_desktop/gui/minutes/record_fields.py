"""What the biên bản records besides the checklist and findings: the start and end times, the
team's conclusion and the unit's opinion — and the people who sign (``signer_box``).

Saved as typed, like every field of the inspection view: a text 400 ms after the last key, at
once when the field is left, and from ``PendingTexts`` even while the widget is destroyed.
A time is stored once it reads as HH:MM (a half-typed "8:" waits; a wrong one is said).
"""

from __future__ import annotations

import json
import re
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from cchc_desktop.errors import UserError
from cchc_desktop.gui.inspection.pending import PendingTexts
from cchc_desktop.gui.inspection.tab_editor import TEXT_DELAY_MS
from cchc_desktop.store.workspace import Workspace

TEXT_FIELDS = ("start_time", "end_time", "conclusion", "unit_opinion")
# The words "Đơn vị không có ý kiến" writes: what was said, recorded as the unit's opinion.
NO_OPINION = "Đơn vị được kiểm tra thống nhất với nội dung biên bản, không có ý kiến khác."


def store_text(ws: Workspace, inspection_id: str, key: str, text: str) -> None:
    """The core call behind every typed field of the tab: an inspection field, or a signer
    (key ``signer:<role>``, text the JSON of name and title; the stored image is kept)."""
    from cchc_desktop.store.inspections import update_inspection
    from cchc_desktop.store.signers import set_signer, signers_of

    if key in TEXT_FIELDS:
        update_inspection(ws, inspection_id, **{key: text})
        return
    role = key.split(":", 1)[1]
    typed = json.loads(text)
    if not typed["name"].strip():
        return  # a signer has a name: nothing is stored until one is typed
    current = next((s for s in signers_of(ws, inspection_id) if s["role"] == role), None)
    image = current["image_sha256"] if current else None
    if current and (current["name"], current["title"]) == (typed["name"], typed["title"]):
        return
    set_signer(ws, inspection_id, role=role, name=typed["name"], title=typed["title"],
               image_sha256=image)  # fmt: skip


class RecordFields(QGroupBox):
    """Times, conclusion and the unit's opinion; ``stored`` after each change reaches the
    database, ``problem(message)`` when the core refused one."""

    stored = Signal()
    problem = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Nội dung ghi trong biên bản"), parent)
        self.ws = workspace
        self.pending = PendingTexts(workspace, store_text)
        self.destroyed.connect(self.pending.save_all_quietly)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TEXT_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self._loading = False

        self.start_time = QLineEdit(self)
        self.end_time = QLineEdit(self)
        for edit, name in ((self.start_time, "start_time"), (self.end_time, "end_time")):
            edit.setObjectName(name)
            edit.setPlaceholderText(self.tr("GG:PP"))
            edit.setToolTip(self.tr("Giờ:phút, ví dụ 08:30"))
            edit.setMaxLength(5)
            edit.textEdited.connect(lambda text, key=name: self._typed(key, text))
            edit.editingFinished.connect(self.flush)
        self.conclusion = QPlainTextEdit(self)
        self.conclusion.setObjectName("conclusion")
        self.conclusion.setPlaceholderText(self.tr("Kết luận của Đoàn kiểm tra (nếu có)"))
        self.opinion = QPlainTextEdit(self)
        self.opinion.setObjectName("unit_opinion")
        self.opinion.setPlaceholderText(
            self.tr("Ý kiến của đơn vị được kiểm tra, ghi đúng lời đơn vị")
        )
        for text_edit, name in ((self.conclusion, "conclusion"), (self.opinion, "unit_opinion")):
            text_edit.setTabChangesFocus(True)
            text_edit.setMinimumHeight(64)
            text_edit.textChanged.connect(lambda e=text_edit, key=name: self._text_changed(key, e))
        self.no_opinion = QPushButton(self.tr("Đơn vị không có ý kiến"), self)
        self.no_opinion.setToolTip(NO_OPINION)
        self.no_opinion.clicked.connect(self.record_no_opinion)

        times = QHBoxLayout()
        times.addWidget(self.start_time)
        times.addWidget(QLabel("–", self))
        times.addWidget(self.end_time)
        form = QFormLayout(self)
        for text, buddy, field in (
            (self.tr("Giờ &bắt đầu – kết thúc"), self.start_time, times),
            (self.tr("&Kết luận"), self.conclusion, self.conclusion),
            (self.tr("Ý kiến của đơn &vị"), self.opinion, self.opinion),
        ):
            label = QLabel(text, self)
            label.setBuddy(buddy)
            form.addRow(label, field)
        form.addRow("", self.no_opinion)
        self.fields: dict[str, QWidget] = {
            "start_time": self.start_time,
            "end_time": self.end_time,
            "conclusion": self.conclusion,
            "unit_opinion": self.opinion,
        }

    def show_inspection(self, inspection_id: str, row: dict[str, Any], editable: bool) -> None:
        """Show the stored values (what was typed for another inspection is stored first)."""
        self.flush()
        another = inspection_id != self.pending.inspection_id
        self.pending.inspection_id = inspection_id
        self._loading = True
        # Only what differs is set, and (for the same inspection) never under the person's
        # cursor: a field being typed in keeps its text and its cursor.
        for line, key in ((self.start_time, "start_time"), (self.end_time, "end_time")):
            if line.text() != (row[key] or "") and (another or not line.hasFocus()):
                line.setText(row[key] or "")
        for text, key in ((self.conclusion, "conclusion"), (self.opinion, "unit_opinion")):
            if text.toPlainText() != (row[key] or "") and (another or not text.hasFocus()):
                text.setPlainText(row[key] or "")
        self._loading = False
        for edit in (self.start_time, self.end_time):
            edit.setReadOnly(not editable)
        for text in (self.conclusion, self.opinion):
            text.setReadOnly(not editable)
        self.no_opinion.setEnabled(editable)

    def _text_changed(self, key: str, edit: QPlainTextEdit) -> None:
        if not self._loading and not edit.isReadOnly():
            self._typed(key, edit.toPlainText())

    def _typed(self, key: str, text: str) -> None:
        if key in ("start_time", "end_time") and text and not _looks_like_time(text):
            return  # half typed ("8:"): stored when it reads as a time, or said when left
        self.pending.put(key, text)
        self._timer.start()

    def typed_signer(self, role: str, name: str, title: str) -> None:
        """A signer's name or post as typed in its box (stored like the texts)."""
        self.pending.put(f"signer:{role}", json.dumps({"name": name, "title": title}))
        self._timer.start()

    def record_no_opinion(self) -> None:
        """The unit said it has no opinion: that is what the biên bản records, in words."""
        self.opinion.setPlainText(NO_OPINION)
        self.flush()

    def flush(self) -> None:
        """Store everything typed and not stored yet."""
        self._timer.stop()
        for edit, key in ((self.start_time, "start_time"), (self.end_time, "end_time")):
            text = edit.text().strip()
            if edit.isModified() and text and not _looks_like_time(text):
                edit.setModified(False)
                self.problem.emit(
                    self.tr("Giờ «%1» chưa đúng dạng GG:PP (ví dụ 08:30).").replace("%1", text)
                )
            elif edit.isModified():
                edit.setModified(False)
                self.pending.put(key, text)
        if self.pending.inspection_id is None or not self.pending.has_any():
            return
        changed = False
        for key, text in self.pending.take_all():
            try:
                store_text(self.ws, self.pending.inspection_id, key, text)
                changed = True
            except UserError as exc:
                self.problem.emit(exc.message)
        if changed:
            self.stored.emit()


def _looks_like_time(text: str) -> bool:
    """A whole time as people type it ("08:30", "8h30"), and a real one."""
    from cchc_desktop.domain.dates import parse_time

    if not re.fullmatch(r"\d{1,2}[:hH]\d{2}", text.strip()):
        return False
    try:
        parse_time(text)
    except UserError:
        return False
    return True
