"""What the "Ký & xuất" panel does with the readiness list: keep it current, refuse a signature
while anything blocks (the list brought forward, the first item chosen), and follow its links —
to a field of this tab, or, through the inspection view, to another tab.

A mixin of ``SignExportPanel`` (see ``document_jobs`` for why the strings name the panel's
translation context).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

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
            self.details.ensureWidgetVisible(box)
            box.focus_field(field)
            return
        widget = self.fields.fields.get(key)
        if widget is not None:
            self.details.ensureWidgetVisible(widget)
            widget.setFocus()
