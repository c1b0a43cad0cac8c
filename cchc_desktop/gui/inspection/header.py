"""The top of the inspection view: which inspection this is, and how far it has got."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from cchc_desktop.domain.dates import dmy
from cchc_desktop.domain.roles import MemberRole
from cchc_desktop.gui.elided_label import ElidedLabel
from cchc_desktop.gui.inspection.numbers import number_text
from cchc_desktop.gui.inspection.result_style import (
    LOOKS,
    MISSING_NOTE_INK,
    MISSING_NOTE_SOFT,
    restyle,
)
from cchc_desktop.gui.theme import set_role
from cchc_desktop.store.detail import Progress

_CHIP = "border-radius: 10px; padding: 2px 10px; font-weight: 600;"
_QUIET_CHIP = f"color: #374151; background: #eceef1; {_CHIP}"


class AnswerBar(QWidget):
    """A thin bar of answered/total. (QProgressBar repaints synchronously on every value, a few
    milliseconds per answer; this one asks for a paint like any widget.)"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.done = 0
        self.total = 0
        self.setFixedSize(200, 10)

    def set_counts(self, done: int, total: int) -> None:
        if (done, total) != (self.done, self.total):
            self.done, self.total = done, total
            self.setAccessibleName(f"{done}/{total}")
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#e5e7eb"))
        painter.drawRoundedRect(self.rect(), 5, 5)
        if self.total and self.done:
            filled = self.rect()
            filled.setWidth(max(10, round(self.width() * self.done / self.total)))
            painter.setBrush(QColor("#2563eb"))
            painter.drawRoundedRect(filled, 5, 5)
        painter.end()


class InspectionHeader(QWidget):
    """Unit, date, plan, template and team lead over the progress, always in sight."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inspectionHeader")
        self.title = ElidedLabel()
        self.title.setObjectName("inspectionTitle")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = ElidedLabel()
        self.facts.setObjectName("inspectionFacts")
        set_role(self.facts, "hint")

        self.bar = AnswerBar()
        self.bar.setObjectName("answeredBar")
        self.answered = QLabel()
        self.answered.setObjectName("answeredCount")
        self.answered.setStyleSheet("font-weight: 700;")
        self.not_met = self._chip("notMetCount")
        self.partly = self._chip("partlyCount")
        self.missing = self._chip("missingNotesCount")
        self.score = self._chip("scoreCount")
        row = QHBoxLayout()
        row.setSpacing(10)
        row.addWidget(self.bar)
        row.addWidget(self.answered)
        for chip in (self.not_met, self.partly, self.missing, self.score):
            row.addWidget(chip)
        row.addStretch(1)

        # One line each: [← back] title, the facts (cut at the end, all in the tooltip), the
        # progress. Three short lines leave the tabs the height of a 768 px laptop screen.
        self.title_row = QHBoxLayout()
        self.title_row.setSpacing(10)
        self.title_row.addWidget(self.title, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 4, 12, 4)
        layout.setSpacing(2)
        layout.addLayout(self.title_row)
        layout.addWidget(self.facts)
        layout.addLayout(row)

    def set_leading(self, widget: QWidget) -> None:
        """Put ``widget`` (the host's "back to the list" button) before the title."""
        self.title_row.insertWidget(0, widget)

    def _chip(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setStyleSheet(_QUIET_CHIP)
        return label

    def show_inspection(self, detail: dict[str, Any]) -> None:
        """The facts that do not change while the lead works (from ``show_inspection``)."""
        self.title.set_full_text(detail["unit"]["name"])
        lead = ""
        if detail["team"]:
            lead = next(
                (
                    m["name"]
                    for m in detail["team"]["members"]
                    if m["role"] == MemberRole.TRUONG_DOAN.value
                ),
                "",
            )
        template = detail["template"]
        parts = [
            self.tr("Ngày %1").replace("%1", dmy(detail["date"])),
            self.tr("Kế hoạch số %1").replace("%1", detail["plan"]["number"]),
        ]
        if lead:
            parts.append(self.tr("Trưởng đoàn: %1").replace("%1", lead))
        # The template by its title (what the lead knows it by), last: the part cut first.
        parts.append(template["title"])
        self.facts.set_full_text(
            "  ·  ".join(parts),
            tooltip="\n".join(
                [
                    *parts[:-1],
                    detail["plan"]["title"],
                    self.tr("%1 (phiên bản %2)")
                    .replace("%1", template["title"])
                    .replace("%2", str(template["version"])),
                ]
            ),
        )

    def show_progress(self, progress: Progress) -> None:
        """Answered/total, Không đạt, Đạt một phần, missing notes and score."""
        self.bar.set_counts(progress.answered, progress.total)
        self.answered.setText(
            self.tr("Đã trả lời %1/%2")
            .replace("%1", str(progress.answered))
            .replace("%2", str(progress.total))
        )
        self._count(self.not_met, self.tr("Không đạt"), progress.khong_dat, "khong_dat")
        self._count(self.partly, self.tr("Đạt một phần"), progress.dat_mot_phan, "dat_mot_phan")
        self.missing.setText(
            self.tr("Thiếu ghi chú: %1").replace("%1", str(progress.missing_notes))
        )
        restyle(
            self.missing,
            f"color: {MISSING_NOTE_INK}; background: {MISSING_NOTE_SOFT}; {_CHIP}"
            if progress.missing_notes
            else _QUIET_CHIP,
        )
        self.score.setText(
            self.tr("Điểm: %1/%2")
            .replace("%1", number_text(progress.score))
            .replace("%2", number_text(progress.max_score))
        )
        self.score.setToolTip(
            self.tr(
                "Điểm của các tiêu chí đã trả lời (trừ Không áp dụng); khi chưa cho điểm, "
                "Đạt được đủ điểm, Đạt một phần được nửa số điểm."
            )
        )

    def _count(self, label: QLabel, text: str, count: int, result: str) -> None:
        label.setText(f"{text}: {count}")
        look = LOOKS[result]
        restyle(
            label, f"color: {look.ink}; background: {look.soft}; {_CHIP}" if count else _QUIET_CHIP
        )
