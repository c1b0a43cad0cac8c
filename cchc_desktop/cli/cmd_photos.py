"""`cchc photos add|list|receive`: photos as evidence, through the same core as the gallery."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from cchc_desktop.cli import output
from cchc_desktop.cli.context import Context
from cchc_desktop.errors import pick


def register(commands: Any) -> None:
    photos = commands.add_parser("photos", help=pick("ảnh minh chứng", "photo evidence"))
    actions = photos.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser(
        "add", help=pick("đính kèm ảnh vào cuộc kiểm tra", "attach photos to an inspection")
    )
    add.add_argument("inspection", metavar="ID")
    add.add_argument(
        "files",
        metavar="FILE",
        nargs="+",
        type=Path,
        help=pick("tệp ảnh hoặc thư mục ảnh", "photo files or folders"),
    )
    add.add_argument("--criterion", help=pick("mã tiêu chí", "criterion code"))
    add.add_argument("--caption", default="", help=pick("chú thích", "caption"))
    add.add_argument(
        "--stamp",
        action=argparse.BooleanOptionalAction,
        default=None,
        help=pick(
            "in thời gian, đơn vị, trưởng đoàn lên bản in (không bao giờ lên ảnh gốc)",
            "burn time, unit and team lead into the print copy (never the original)",
        ),
    )
    add.set_defaults(handler=_add)
    listing = actions.add_parser(
        "list", help=pick("ảnh của cuộc kiểm tra", "an inspection's photos")
    )
    listing.add_argument("inspection", metavar="ID")
    listing.add_argument(
        "--criterion", help=pick("chỉ ảnh của tiêu chí này", "only this criterion")
    )
    listing.set_defaults(handler=_list)
    receive = actions.add_parser(
        "receive",
        help=pick(
            "nhận ảnh từ điện thoại qua mạng nội bộ (mã QR) cho đến khi dừng",
            "receive photos from a phone over the local network (QR code) until stopped",
        ),
    )
    receive.add_argument("inspection", metavar="ID")
    receive.add_argument(
        "--port",
        type=_port,
        default=0,
        metavar="N",
        help=pick("cổng (mặc định: ngẫu nhiên)", "port (default: a random free one)"),
    )
    receive.add_argument(
        "--minutes",
        type=_minutes,
        default=10.0,
        metavar="M",
        help=pick(
            "tự dừng sau M phút không có ảnh nào (mặc định 10)",
            "stop after M minutes without any request (default 10)",
        ),
    )
    receive.add_argument(
        "--address",
        metavar="IP",
        help=pick(
            "địa chỉ của máy này để nghe (mặc định: mạng phù hợp nhất; xem danh sách khi chạy)",
            "this laptop's address to listen on (default: the likeliest network; listed on start)",
        ),
    )
    receive.add_argument(
        "--criterion",
        metavar="CODE",
        help=pick("tiêu chí chọn sẵn trên trang", "criterion chosen in advance on the page"),
    )
    receive.set_defaults(handler=_receive)


def _add(ctx: Context, args: argparse.Namespace) -> int:
    from cchc_desktop.photos.ingest import import_photos
    from cchc_desktop.store.lookup import resolve

    ws = ctx.workspace()
    inspection_id = resolve(ws, "inspections", args.inspection)
    result = import_photos(
        ws,
        inspection_id,
        args.files,
        criterion=args.criterion,
        caption=args.caption,
        stamp=args.stamp,
    )
    for refusal in result.refused:
        output.warn(refusal.message())
    settled = [i for i in result.items if i.photo_id]
    if ctx.json:
        output.emit_json(
            [
                {
                    "id": item.photo_id,
                    "filename": item.filename,
                    "sha256": item.sha256,
                    "duplicate": item.status == "duplicate",
                }
                for item in settled
            ]
        )
    else:
        for item in settled:
            if item.status == "duplicate":
                output.say(
                    pick(
                        f"Ảnh {item.filename} đã có trong cuộc kiểm tra (không thêm lần nữa): "
                        f"{item.photo_id}",
                        f"{item.filename} is already attached (not added again): {item.photo_id}",
                    )
                )
            else:
                output.say(pick("Đã thêm ảnh", "Added") + f" {item.filename}: {item.photo_id}")
    return 1 if result.refused else 0


def _list(ctx: Context, args: argparse.Namespace) -> int:
    from cchc_desktop.domain.dates import dmy_hm
    from cchc_desktop.photos.library import criterion_code, photo_json, photos_of
    from cchc_desktop.store.lookup import resolve

    ws = ctx.workspace()
    inspection_id = resolve(ws, "inspections", args.inspection)
    code = criterion_code(ws, inspection_id, args.criterion)
    rows = [photo_json(ws, row) for row in photos_of(ws, inspection_id, criterion=code)]
    if ctx.json:
        output.emit_json(rows)
        return 0
    output.table(
        (
            [
                r["id"][:8],
                r["filename"],
                f"{r['width']}×{r['height']}",
                dmy_hm(r["taken_at"]),
                r["criterion"] or "",
                pick("có", "yes") if r["include_in_minutes"] else pick("không", "no"),
                r["caption"][:50],
            ]
            for r in rows
        ),
        [
            pick("Mã id", "Id"),
            pick("Tệp", "File"),
            pick("Cỡ", "Size"),
            pick("Chụp lúc", "Taken"),
            pick("Tiêu chí", "Criterion"),
            pick("Vào biên bản", "In minutes"),
            pick("Chú thích", "Caption"),
        ],
    )
    return 0


def _receive(ctx: Context, args: argparse.Namespace) -> int:
    from cchc_desktop.cli.photos_receive import receive

    return receive(ctx, args)


def _port(text: str) -> int:
    value = int(text) if text.isdigit() else -1
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(pick("cổng từ 1 đến 65535", "a port from 1 to 65535"))
    return value


def _minutes(text: str) -> float:
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        value = 0.0
    if not 0 < value <= 24 * 60:
        raise argparse.ArgumentTypeError(
            pick("số phút lớn hơn 0, tối đa 1440", "minutes above 0, at most 1440")
        )
    return value
