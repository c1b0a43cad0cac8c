"""`cchc devices list|self|rename|trust|forget`: this laptop's name and fingerprint, and the
laptops whose packages are trusted (docs/PACKAGE_FORMAT.md §4.5, §6)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from cchc_desktop.cli import output
from cchc_desktop.cli.context import Context
from cchc_desktop.errors import UserError, pick


def register(commands: Any) -> None:
    """Add `devices` and its actions to the `cchc` parser."""
    devices = commands.add_parser(
        "devices", help=pick("máy này và các máy tin cậy", "this laptop and the trusted ones")
    )
    dsub = devices.add_subparsers(dest="action", metavar="ACTION", required=True)
    dsub.add_parser("list", help=pick("liệt kê", "list")).set_defaults(handler=_devices_list)
    dsub.add_parser(
        "self", help=pick("tên và vân tay của máy này", "this laptop's name and fingerprint")
    ).set_defaults(handler=_devices_self)
    rename = dsub.add_parser("rename", help=pick("đặt tên máy này", "name this laptop"))
    rename.add_argument(
        "name",
        metavar=pick("TÊN", "NAME"),
        help=pick("ví dụ «Máy đoàn 1 – Nguyễn Văn An»", "e.g. 'Máy đoàn 1 – Nguyễn Văn An'"),
    )
    rename.set_defaults(handler=_devices_rename)
    trust = dsub.add_parser(
        "trust", help=pick("tin cậy thiết bị đã ký gói", "trust the device that signed a package")
    )
    trust.add_argument("file", type=Path, metavar="FILE.cchc")
    trust.add_argument(
        "--fingerprint",
        help=pick(
            "vân tay đã đối chiếu: 12 nhóm 5 chữ số (dấu cách, gạch ngang bỏ qua) hoặc SHA256:…",
            "the fingerprint you checked: 12 groups of 5 digits (spaces, dashes ignored) or "
            "SHA256:…",
        ),
    )
    trust.set_defaults(handler=_devices_trust)
    forget = dsub.add_parser("forget", help=pick("thôi tin cậy", "stop trusting"))
    forget.add_argument(
        "id", help=pick("mã máy hoặc vân tay (chữ số)", "the laptop's id or fingerprint (digits)")
    )
    forget.set_defaults(handler=_devices_forget)


def _devices_list(ctx: Context, _args: argparse.Namespace) -> int:
    from cchc_desktop.exchange.trust import list_devices

    items = list_devices(ctx.workspace())
    if ctx.json:
        output.emit_json(items)
    else:
        output.table(
            [(d["label"], d["fingerprint_digits"], d["accepted_at"][:10]) for d in items],
            [pick("máy", "laptop"), pick("vân tay", "fingerprint"), pick("chấp nhận", "accepted")],
        )
    return 0


def _own_device(ctx: Context) -> dict[str, Any]:
    """This laptop as `devices self` and `devices rename` show it."""
    from cchc_desktop.store.keys import own_identity

    folder = ctx.workspace().folder
    me, device = own_identity(folder), folder.device()
    return {
        "id": me.device_id,
        "name": me.name,
        "named": bool(device.name),
        "hostname": device.hostname,
        "label": me.label,
        "fingerprint": me.fingerprint,
        "fingerprint_digits": me.digits,
        "public_key": me.public_key,
    }


def _devices_self(ctx: Context, _args: argparse.Namespace) -> int:
    from cchc_desktop.store import fingerprint

    data = _own_device(ctx)
    if ctx.json:
        output.emit_json(data)
        return 0
    output.say(pick(f"Máy này: {data['label']}", f"This laptop: {data['label']}"))
    output.say(pick(f"Mã thiết bị: {data['id']}", f"Device id: {data['id']}"))
    if not data["named"]:
        output.say(
            pick(
                f"Máy chưa có tên (đang dùng tên máy tính «{data['hostname']}»); hãy đặt: "
                'cchc devices rename "Máy đoàn 1 – Nguyễn Văn An"',
                f"The laptop has no name (its hostname '{data['hostname']}' is used); give it "
                'one: cchc devices rename "Máy đoàn 1 – Nguyễn Văn An"',
            )
        )
    output.say(
        pick(
            "Vân tay (đọc to từng nhóm để người nhận đối chiếu):",
            "Fingerprint (read each group aloud for the receiver to compare):",
        )
    )
    for line in fingerprint.shown(data["public_key"], per_line=4).splitlines():
        output.say(f"  {line}")
    return 0


def _devices_rename(ctx: Context, args: argparse.Namespace) -> int:
    ctx.workspace().folder.rename_device(args.name)
    data = _own_device(ctx)
    if ctx.json:
        output.emit_json({key: data[key] for key in ("id", "name", "label")})
    else:
        output.say(
            pick(
                f"Đã đặt tên máy: {data['label']}. Các gói xuất từ nay mang tên này.",
                f"The laptop is now {data['label']}. Packages exported from now on carry it.",
            )
        )
    return 0


def _devices_trust(ctx: Context, args: argparse.Namespace) -> int:
    from cchc_desktop.exchange.trust import accept
    from cchc_desktop.exchange.verify import verify_package
    from cchc_desktop.store import fingerprint

    ws = ctx.workspace()
    if args.fingerprint is not None:
        fingerprint.check_typed(args.fingerprint)  # a wrong form is said before any reading
    verified = verify_package(ws, args.file)
    device = verified.device
    if args.fingerprint is not None and not fingerprint.matches(
        args.fingerprint, device.public_key
    ):
        raise UserError(
            f"Vân tay của gói ({device.digits}) khác vân tay đã đối chiếu "
            f"({output.one_line(args.fingerprint.strip())}); không tin cậy máy {device.label}.",
            f"The package's fingerprint ({device.digits}) differs from the one you checked "
            f"({output.one_line(args.fingerprint.strip())}); laptop {device.label} was not "
            "trusted.",
        )
    added = accept(ws, device)
    if ctx.json:
        output.emit_json(
            {
                "id": device.device_id,
                "name": device.name,
                "label": device.label,
                "fingerprint": device.fingerprint,
                "fingerprint_digits": device.digits,
                "added": added,
            }
        )
    else:
        output.say(
            pick(
                f"Đã tin cậy máy {device.label} (vân tay {device.digits})."
                if added
                else f"Máy {device.label} đã được tin cậy từ trước.",
                f"Trusted laptop {device.label} (fingerprint {device.digits})."
                if added
                else f"Laptop {device.label} was already trusted.",
            )
        )
    return 0


def _devices_forget(ctx: Context, args: argparse.Namespace) -> int:
    from cchc_desktop.exchange.trust import forget

    device_id = forget(ctx.workspace(), args.id)
    if ctx.json:
        output.emit_json({"id": device_id})
    else:
        output.say(
            pick(
                f"Đã thôi tin cậy thiết bị {device_id}.",
                f"Device {device_id} is no longer trusted.",
            )
        )
    return 0
