""" "Nhận ảnh từ điện thoại": the QR code and address of the phone page, the network to use,
what has arrived. The page is served (``phone.server.PhoneServer``, its own threads) only
while this dialog is open: closing it, or 10 minutes without a request, stops it.

The server's callbacks come from its threads; ``_Relay`` turns them into queued signals. The
relay has no Qt parent: the server's intake keeps it alive (through the callback) for as
long as it may still call, even after this dialog is gone.
"""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.errors import UserError
from cchc_desktop.gui.theme import set_role
from cchc_desktop.phone.intake import DUPLICATE, REFUSED, STORED, Verdict
from cchc_desktop.phone.network import LocalAddress, local_addresses
from cchc_desktop.phone.page import PageInfo, page_info
from cchc_desktop.phone.qr import qr_png
from cchc_desktop.phone.server import IDLE, IDLE_SECONDS, PhoneServer
from cchc_desktop.store.workspace import Workspace

QR_PIXELS = 288  # about 5 cm on a laptop screen: a phone reads it from arm's length


class _Relay(QObject):
    verdict = Signal(object)
    stopped = Signal(str)


class PhoneDialog(QDialog):
    """Receive photos for one inspection (``criterion``: chosen in advance on the page).

    ``photoStored(photo_id)`` fires on the GUI thread as each new photo is stored.
    ``addresses`` replaces the laptop's own list (the tests use 127.0.0.1).
    """

    photoStored = Signal(str)

    def __init__(
        self,
        workspace: Workspace,
        inspection_id: str,
        criterion: str | None = None,
        parent: QWidget | None = None,
        *,
        addresses: list[LocalAddress] | None = None,
        idle_seconds: float = IDLE_SECONDS,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("phoneDialog")
        self.setWindowTitle(self.tr("Nhận ảnh từ điện thoại"))
        self._ws = workspace
        self._inspection_id = inspection_id
        self._criterion = criterion
        self._given_addresses = addresses
        self._idle_seconds = idle_seconds
        self._info: PageInfo | None = None
        self.server: PhoneServer | None = None
        self._token: str | None = None
        self.verdicts: list[Verdict] = []
        self._build()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)
        self._load_addresses()

    # --- layout --------------------------------------------------------------------------
    def _build(self) -> None:
        self.qr = QLabel()
        self.qr.setObjectName("phoneQr")
        self.qr.setFixedSize(QR_PIXELS, QR_PIXELS)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setStyleSheet("background: white; border: 1px solid #d1d5db;")
        title, steps = self._build_texts()
        address_row, mono = self._build_address()
        network_row = self._build_network()
        self.criterion_label = QLabel()
        self.criterion_label.setWordWrap(True)
        set_role(self.criterion_label, "hint")
        self._build_progress()
        buttons = self._build_buttons()

        steps_column = QVBoxLayout()
        steps_column.addWidget(steps)
        steps_column.addSpacing(6)
        steps_column.addWidget(self.criterion_label)
        steps_column.addStretch(1)
        steps_column.addLayout(network_row)
        middle = QHBoxLayout()
        middle.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        middle.addSpacing(8)
        middle.addLayout(steps_column, 1)
        address_label = QLabel(self.tr("Hoặc gõ địa chỉ này vào trình duyệt của điện thoại:"))
        address_label.setBuddy(self.address)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.inspection_label)
        layout.addSpacing(4)
        layout.addLayout(middle)
        layout.addWidget(address_label)
        layout.addLayout(address_row)
        layout.addSpacing(4)
        layout.addWidget(self.count)
        layout.addWidget(self.recent, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.firewall)
        layout.addLayout(buttons)
        # Wide enough for the address in one line and the steps beside the code in a few.
        sample = "http://192.168.137.1:65535/" + "m" * 26 + "/"
        wide = (
            QFontMetrics(mono).horizontalAdvance(sample) + 3 * self.copy_button.sizeHint().width()
        )
        self.setMinimumWidth(max(wide, QR_PIXELS * 2 + 200))
        self._show_count()

    def _build_texts(self) -> tuple[QLabel, QLabel]:
        """The title (and the inspection's name under it) and the steps to follow."""
        title = QLabel(self.tr("Nhận ảnh từ điện thoại"))
        big = QFont(title.font())
        big.setPointSizeF(big.pointSizeF() * 1.3)
        big.setBold(True)
        title.setFont(big)
        self.inspection_label = QLabel()
        self.inspection_label.setWordWrap(True)
        steps = QLabel(
            self.tr(
                "1. Điện thoại vào cùng mạng Wi-Fi với máy tính này (hoặc bắt điểm phát sóng của "
                "máy tính).\n"
                "2. Mở Camera của điện thoại, quét mã QR bên cạnh rồi mở liên kết.\n"
                "3. Bấm «Chụp ảnh» hoặc «Chọn ảnh»: ảnh vào ngay cuộc kiểm tra này."
            )
        )
        steps.setWordWrap(True)
        return title, steps

    def _build_address(self) -> tuple[QHBoxLayout, QFont]:
        """The address to type, in a fixed-width font, and its copy button."""
        self.address = QLineEdit()
        self.address.setObjectName("phoneAddress")
        self.address.setReadOnly(True)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(self.font().pointSizeF())
        self.address.setFont(mono)
        self.copy_button = QPushButton(self.tr("Sao chép"))
        self.copy_button.clicked.connect(self._copy)
        address_row = QHBoxLayout()
        address_row.addWidget(self.address, 1)
        address_row.addWidget(self.copy_button)
        return address_row, mono

    def _build_network(self) -> QHBoxLayout:
        """The network to serve on, and a button to look for networks again."""
        self.network = QComboBox()
        self.network.setObjectName("phoneNetwork")
        self.network.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.network.setMinimumContentsLength(24)
        self.network.activated.connect(lambda _index: self._restart())
        self.rescan_button = QPushButton(self.tr("Tìm lại mạng"))
        self.rescan_button.clicked.connect(self._load_addresses)
        network_row = QHBoxLayout()
        network_label = QLabel(self.tr("Mạng:"))
        network_label.setBuddy(self.network)
        network_row.addWidget(network_label)
        network_row.addWidget(self.network, 1)
        network_row.addWidget(self.rescan_button)
        return network_row

    def _build_progress(self) -> None:
        """How many photos came, the latest ones, the status, the firewall hint."""
        self.count = QLabel()
        self.count.setObjectName("phoneCount")
        bold = QFont(self.count.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        self.count.setFont(bold)
        self.recent = QListWidget()
        self.recent.setObjectName("phoneRecent")
        self.recent.setMinimumHeight(90)
        self.status = QLabel()
        self.status.setObjectName("phoneStatus")
        self.status.setWordWrap(True)
        self.firewall = QLabel(
            self.tr(
                "Nếu Windows hỏi về tường lửa, hãy chọn «Cho phép» (Allow access) cho mạng riêng "
                "(Private). Nếu điện thoại vẫn không mở được trang: trong Cài đặt ▸ Mạng, đặt "
                "mạng Wi-Fi này là «Riêng tư» (Private), hoặc dùng điểm phát sóng của máy tính."
            )
        )
        self.firewall.setWordWrap(True)
        set_role(self.firewall, "hint")
        self.firewall.setVisible(sys.platform == "win32")

    def _build_buttons(self) -> QHBoxLayout:
        self.restart_button = QPushButton(self.tr("Mở lại"))
        self.restart_button.setToolTip(
            self.tr("Nhận ảnh tiếp (trang trên điện thoại dùng lại được)")
        )
        self.restart_button.clicked.connect(self._restart)
        self.close_button = QPushButton(self.tr("Đóng"))
        self.close_button.setToolTip(self.tr("Dừng nhận ảnh và đóng (Esc)"))
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.restart_button)
        buttons.addWidget(self.close_button)
        return buttons

    # --- starting and stopping ------------------------------------------------------------
    def _load_addresses(self) -> None:
        """List the networks (best first) and serve on the first, or say there is none."""
        found = self._given_addresses if self._given_addresses is not None else local_addresses()
        current = self.network.currentData()
        self.network.clear()
        for address in found:
            self.network.addItem(address.label(), address.address)
        self.network.setEnabled(len(found) > 1)
        if current is not None and self.network.findData(current) >= 0:
            self.network.setCurrentIndex(self.network.findData(current))
        if not found:
            self.stop()
            self._show_stopped(
                self.tr(
                    "Máy tính chưa kết nối mạng nào mà điện thoại vào được. Hãy bật điểm phát "
                    "sóng di động (Mobile Hotspot) của máy tính, hoặc kết nối cùng Wi-Fi với "
                    "điện thoại, rồi bấm «Tìm lại mạng»."
                ),
                error=True,
            )
            return
        if self.server is None or self.server.host != self.network.currentData():
            self._restart()

    def _restart(self) -> None:
        """(Re)start serving on the chosen network, keeping this opening's token."""
        host = self.network.currentData()
        if host is None:
            return
        previous_port = self.server.port if self.server is not None else 0
        same_host = self.server is not None and self.server.host == host
        self.stop()
        try:
            if self._info is None:
                self._info = page_info(self._ws, self._inspection_id, self._criterion)
                self._show_inspection(self._info)
            self.server = self._serve(host, previous_port if same_host else 0)
        except UserError as exc:
            self.server = None
            self._show_stopped(exc.message, error=True)
            return
        png = qr_png(self.server.url, scale=4)
        pixmap = QPixmap()
        pixmap.loadFromData(png, "PNG")
        self.qr.setPixmap(
            pixmap.scaled(
                QR_PIXELS - 8,
                QR_PIXELS - 8,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.FastTransformation,  # crisp modules, no blur
            )
        )
        self.qr.setEnabled(True)
        self.address.setText(self.server.url)
        self.address.setCursorPosition(0)
        self.address.setEnabled(True)
        self.copy_button.setEnabled(True)
        self.restart_button.hide()
        minutes = round(self._idle_seconds / 60)
        self.status.setStyleSheet("")
        self.status.setText(
            self.tr("Đang chờ điện thoại… Tự dừng sau {minutes} phút không có ảnh nào.").format(
                minutes=minutes
            )
        )

    def _serve(self, host: str, port: int) -> PhoneServer:
        assert self._info is not None
        relay = _Relay()  # no parent: see the module docstring
        relay.verdict.connect(self._arrived)
        relay.stopped.connect(self._stopped)

        # Closures over ``relay`` keep it alive as long as the server may call them.
        def heard(verdict: Verdict) -> None:
            relay.verdict.emit(verdict)

        def ended(reason: str) -> None:
            relay.stopped.emit(reason)

        attempts = [port, 0] if port else [0]
        for attempt in attempts:
            server = PhoneServer(
                self._ws.folder.root,
                self._info,
                host,
                port=attempt,
                idle_seconds=self._idle_seconds,
                on_verdict=heard,
                on_stopped=ended,
                background=True,
                token=self._token,
            )
            try:
                server.start()
            except UserError:
                if attempt == attempts[-1]:
                    raise
                continue  # the old port is taken meanwhile: any free one will do
            self._token = server.token
            return server
        raise AssertionError("unreachable")

    def stop(self) -> None:
        """Stop listening now (the photos being stored finish in the background)."""
        if self.server is not None and self.server.running:
            self.server.stop(wait=False)

    def done(self, result: int) -> None:
        self.stop()
        super().done(result)

    def closeEvent(self, event: Any) -> None:
        self.stop()
        super().closeEvent(event)

    def _stopped(self, reason: str) -> None:
        if reason == IDLE:
            minutes = round(self._idle_seconds / 60)
            self._show_stopped(
                self.tr(
                    "Đã dừng nhận ảnh vì {minutes} phút không có ảnh nào. Bấm «Mở lại» để "
                    "nhận tiếp."
                ).format(minutes=minutes)
            )

    def _show_stopped(self, text: str, *, error: bool = False) -> None:
        self.qr.setEnabled(False)
        self.qr.clear()
        self.qr.setText(self.tr("(đã dừng)"))
        self.address.setEnabled(False)
        self.copy_button.setEnabled(False)
        self.restart_button.setVisible(self.network.count() > 0)
        self.status.setStyleSheet("color: #8a1a12; font-weight: 600;" if error else "")
        self.status.setText(text)

    # --- what arrives ---------------------------------------------------------------------
    def _arrived(self, verdict: Verdict) -> None:
        self.verdicts.append(verdict)
        where = f" · {verdict.criterion}" if verdict.criterion else ""
        if verdict.status == STORED:
            line = self.tr("✓ {file}{where}: đã lưu").format(file=verdict.filename, where=where)
        elif verdict.status == DUPLICATE:
            line = self.tr("= {file}: đã có, không thêm lần nữa").format(file=verdict.filename)
        elif verdict.status == REFUSED:
            line = self.tr("✗ {file}: không nhận — {reason}").format(
                file=verdict.filename, reason=verdict.message
            )
        else:
            line = self.tr("✗ {file}: chưa lưu — {reason}").format(
                file=verdict.filename, reason=verdict.message
            )
        if verdict.device:
            line += f"  ({verdict.device})"
        self.recent.insertItem(0, line)
        self._show_count()
        if verdict.status == STORED and verdict.photo_id:
            self.photoStored.emit(verdict.photo_id)

    def _show_count(self) -> None:
        counts = {
            s: sum(1 for v in self.verdicts if v.status == s) for s in (STORED, DUPLICATE, REFUSED)
        }
        text = self.tr("Đã nhận {n} ảnh").format(n=counts[STORED])
        extra = []
        if counts[DUPLICATE]:
            extra.append(self.tr("{n} ảnh trùng").format(n=counts[DUPLICATE]))
        if counts[REFUSED]:
            extra.append(self.tr("{n} tệp không nhận").format(n=counts[REFUSED]))
        self.count.setText(" · ".join([text, *extra]))
        self.recent.setVisible(bool(self.verdicts))

    def _show_inspection(self, info: PageInfo) -> None:
        where = ", ".join(part for part in (info.unit, info.parent) if part)
        self.inspection_label.setText(
            self.tr("Cuộc kiểm tra: {where} · ngày {date}").format(where=where, date=info.date)
        )
        if info.criterion:
            self.criterion_label.setText(
                self.tr(
                    "Ảnh gửi lên được gắn sẵn vào tiêu chí {code} (đổi được trên điện thoại)."
                ).format(code=info.criterion)
            )
        else:
            self.criterion_label.setText(
                self.tr("Trên điện thoại có thể chọn tiêu chí và ghi chú thích cho ảnh.")
            )

    def _copy(self) -> None:
        if self.address.text():
            QGuiApplication.clipboard().setText(self.address.text())
