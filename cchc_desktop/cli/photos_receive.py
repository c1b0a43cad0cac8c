"""`cchc photos receive ID`: the phone page from a terminal — address, QR code, then each
photo's verdict as it arrives, until Ctrl+C or M idle minutes.

With ``--json`` every event is one JSON object on its own line (JSON Lines): "listening"
(url, address, port, token), one "photo" per upload (the laptop's verdict), and "stopped".
Exit status: 0, or 1 when any upload was refused (each refusal named on stderr as it came).
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
from typing import TYPE_CHECKING, Any

from cchc_desktop.cli import output
from cchc_desktop.cli.context import Context
from cchc_desktop.errors import UserError, pick
from cchc_desktop.phone.intake import DUPLICATE, FAILED, REFUSED, STORED, Verdict

if TYPE_CHECKING:
    from cchc_desktop.phone.network import LocalAddress

# Verdicts are printed from the intake thread; re-entrant, as _report calls _json_line.
_print_lock = threading.RLock()


def receive(ctx: Context, args: argparse.Namespace) -> int:
    """Serve the phone page for one inspection until stopped; see the module docstring."""
    from cchc_desktop.phone.network import local_addresses
    from cchc_desktop.phone.page import page_info
    from cchc_desktop.phone.qr import qr_text
    from cchc_desktop.phone.server import IDLE, PhoneServer
    from cchc_desktop.store.lookup import resolve

    ws = ctx.workspace()
    inspection_id = resolve(ws, "inspections", args.inspection)
    info = page_info(ws, inspection_id, args.criterion)
    addresses = local_addresses()
    host = _host(args.address, addresses)
    server = PhoneServer(
        ctx.data_dir,
        info,
        host,
        port=args.port,
        idle_seconds=args.minutes * 60,
        on_verdict=lambda v: _report(v, ctx.json),
    )
    server.start()
    if ctx.json:
        _json_line(
            {
                "event": "listening",
                "url": server.url,
                "address": server.host,
                "port": server.port,
                "inspection": inspection_id,
            }
        )
    else:
        _say_listening(server.url, info.unit, info.date, args.minutes, qr_text(server.url))
        _say_other_networks([a for a in addresses if a.address != host])
    try:
        # Short waits: on Windows a lock wait without a timeout does not see Ctrl+C.
        while not server.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    verdicts = server.verdicts()
    counts = {
        s: sum(1 for v in verdicts if v.status == s) for s in (STORED, DUPLICATE, REFUSED, FAILED)
    }
    if ctx.json:
        _json_line({"event": "stopped", "reason": server.reason, **counts})
    else:
        if server.reason == IDLE:
            output.say(
                pick(
                    f"Đã dừng: {_vi_number(args.minutes)} phút không có ảnh nào gửi lên.",
                    f"Stopped: no request for {args.minutes:g} minutes.",
                )
            )
        output.say(
            pick(
                f"Đã nhận {counts[STORED]} ảnh; {counts[DUPLICATE]} ảnh trùng; "
                f"{counts[REFUSED]} tệp không nhận; {counts[FAILED]} tệp chưa lưu.",
                f"Stored {counts[STORED]} photos; {counts[DUPLICATE]} already there; "
                f"{counts[REFUSED]} refused; {counts[FAILED]} not stored.",
            )
        )
    return 1 if counts[REFUSED] else 0


def _host(chosen: str | None, addresses: list[LocalAddress]) -> str:
    """The address to serve on: the one asked for, else the best network; none is refused."""
    if chosen:
        return chosen
    if addresses:
        return addresses[0].address
    raise UserError(
        "Máy tính chưa kết nối mạng nào mà điện thoại có thể vào. Hãy bật điểm phát sóng "
        "di động (Mobile Hotspot) của máy tính hoặc kết nối cùng Wi-Fi với điện thoại, "
        "rồi chạy lại lệnh.",
        "This laptop is on no network a phone could join. Turn on its Mobile Hotspot or join "
        "the phone's Wi-Fi, then run the command again.",
    )


def _say_other_networks(others: list[LocalAddress]) -> None:
    if others:
        output.say(
            pick("Mạng khác của máy này (chọn bằng --address):", "Other networks (--address):")
        )
        for address in others:
            output.say(f"  {address.label()}")


def _say_listening(url: str, unit: str, date: str, minutes: float, code: str) -> None:
    output.say(pick(f"Nhận ảnh cho: {unit} · {date}", f"Receiving photos for: {unit} · {date}"))
    output.say(
        pick(
            "Trên điện thoại (cùng mạng Wi-Fi với máy này), quét mã QR hoặc mở địa chỉ:",
            "On the phone (on this laptop's Wi-Fi), scan the QR code or open:",
        )
    )
    output.say(f"  {url}")
    sys.stdout.write(code)
    output.say(
        pick(
            f"Nhấn Ctrl+C để dừng. Tự dừng sau {_vi_number(minutes)} phút không có ảnh nào.",
            f"Press Ctrl+C to stop. Stops by itself after {minutes:g} idle minutes.",
        )
    )
    sys.stdout.flush()


def _report(verdict: Verdict, as_json: bool) -> None:
    with _print_lock:
        if as_json:
            _json_line({"event": "photo", **verdict.to_json(), "device": verdict.device})
            if verdict.status == REFUSED:  # the contract: each refusal named on stderr too
                output.warn(_refused(verdict))
            return
        where = f" [{verdict.criterion}]" if verdict.criterion else ""
        if verdict.status == STORED:
            output.say(pick("Đã lưu", "Stored") + f" {verdict.filename}{where}: {verdict.photo_id}")
        elif verdict.status == DUPLICATE:
            output.say(
                pick(
                    f"Ảnh {verdict.filename} đã có trong cuộc kiểm tra (không thêm lần nữa)",
                    f"{verdict.filename} is already attached (not added again)",
                )
            )
        elif verdict.status == REFUSED:
            output.warn(_refused(verdict))
        else:
            output.warn(
                pick(
                    f"Chưa lưu tệp «{verdict.filename}»: {verdict.message}",
                    f"Not stored '{verdict.filename}': {verdict.message}",
                )
            )
        sys.stdout.flush()


def _refused(verdict: Verdict) -> str:
    return pick(
        f"Không nhận tệp «{verdict.filename}»: {verdict.message}",
        f"Refused '{verdict.filename}': {verdict.message}",
    )


def _json_line(data: dict[str, Any]) -> None:
    with _print_lock:
        sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
        sys.stdout.flush()


def _vi_number(value: float) -> str:
    """0.5 → "0,5": Vietnamese writes a decimal comma."""
    return f"{value:g}".replace(".", ",")
