"""What the "Ký & xuất" panel does with the readiness list: keep it current, refuse a signature
while anything blocks (the list brought forward, the first item chosen), and follow its links —
to a field of this tab, or, through the inspection view, to another tab.

A mixin of ``SignExportPanel`` (see ``document_jobs`` for why the strings name the panel's
translation context).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPoint, QTimer
from PySide6.QtWidgets import QWidget

from cchc_desktop.errors import UserError
from cchc_desktop.minutes.readiness import Readiness
from cchc_desktop.store.workspace import Workspace

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QScrollArea

    from cchc_desktop.gui.minutes.readiness_list import ReadinessList
    from cchc_desktop.gui.minutes.record_fields import RecordFields
    from cchc_desktop.gui.minutes.signer_box import SignerBox


class ReadinessLinks:
    """The readiness list's behaviour; the panel provides the widgets and the state."""

    ws: Workspace
    inspection_id: str | None
    readiness: Readiness | None
    checklist: ReadinessList
    fields: RecordFields
    boxes: dict[str, SignerBox]
    details: QScrollArea
    jumpRequested: SignalInstance

    if TYPE_CHECKING:

        def issued(self) -> dict[str, Any] | None: ...
        def _fail(self, message: str) -> None: ...

    def refresh_readiness(self) -> None:
        from cchc_desktop.minutes.readiness import check

        if self.inspection_id is None:
            return
        issued = self.issued()
        if issued is not None:
            self.readiness = None
            self.checklist.show_message(self._issued_text(issued))
            return
        try:
            self.readiness = check(self.ws, self.inspection_id)
        except UserError as exc:
            self.checklist.show_message(exc.message)
            return
        self.checklist.show_readiness(self.readiness)

    def _issued_text(self, record: dict[str, Any]) -> str:
        if not record["paper"]:
            return QCoreApplication.translate(
                "SignExportPanel", "Biên bản số %1 đã ký số; nội dung đã khóa."
            ).replace("%1", record["doc_number"])
        if record["scan_sha256"]:
            return QCoreApplication.translate(
                "SignExportPanel", "Biên bản số %1: đã nhận bản giấy đã ký (bản quét)."
            ).replace("%1", record["doc_number"])
        return QCoreApplication.translate(
            "SignExportPanel", "Biên bản số %1 đã phát hành để ký giấy: chờ bản đã ký."
        ).replace("%1", record["doc_number"])

    def refuse_if_blocked(self, *, content_only: bool = False) -> bool:
        """True (and the list brought forward with the reason said) when something blocks."""
        self.fields.flush()
        self.refresh_readiness()
        readiness = self.readiness
        if readiness is None:
            return False
        blocking = readiness.blocking_content() if content_only else readiness.blocking
        if not blocking:
            return False
        text = QCoreApplication.translate(
            "SignExportPanel",
            "Chưa ký được: còn %1 mục phải hoàn thành (danh sách ở trên; bấm vào từng mục để sửa).",
        ).replace("%1", str(len(blocking)))
        self._fail(text)
        first = (
            self.checklist.item_for(blocking[0].target.as_text()) if blocking[0].target else None
        )
        if first is not None:
            self.checklist.items.setCurrentItem(first)
        self.checklist.items.setFocus()
        return True

    def go_to(self, target: str) -> None:
        """Follow a link of the list: a field of this tab, or another tab (through the view)."""
        tab, _, rest = target.partition(":")
        key, _, field = rest.partition(":")
        if tab != "minutes":
            self.jumpRequested.emit(tab, key, field)
            return
        self.focus_target(key, field)

    def focus_target(self, key: str, field: str = "") -> None:
        """Put the cursor on one of this tab's fields ("start_time", "signer.truong_doan"…)."""
        if key.startswith("signer."):
            box = self.boxes[key.removeprefix("signer.")]
            box.focus_field(field)
            widget: QWidget | None = box.focusWidget() or box
        else:
            widget = self.fields.fields.get(key)
            if widget is not None:
                widget.setFocus()
        if widget is None:
            return
        # The tab may just have been shown: place its fields before scrolling to one, then
        # once more when the event loop has laid everything out.
        content = self.details.widget()
        layout = content.layout() if content is not None else None
        if layout is not None:
            layout.activate()
        self._bring_into_view(widget)
        QTimer.singleShot(0, widget, lambda: self._bring_into_view(widget))

    def _bring_into_view(self, widget: QWidget) -> None:
        # The whole field, not only its cursor line (ensureWidgetVisible scrolls a focused text
        # box just far enough for the cursor); small margins, as on a laptop the frame is
        # barely taller than the field.
        content = self.details.widget()
        if content is None or not content.isAncestorOf(widget):
            return
        top_left = widget.mapTo(content, QPoint(0, 0))
        centre = top_left + QPoint(widget.width() // 2, widget.height() // 2)
        self.details.ensureVisible(
            centre.x(), centre.y(), widget.width() // 2 + 8, widget.height() // 2 + 8
        )
