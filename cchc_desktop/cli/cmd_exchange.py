"""`cchc export`, `verify`, `merge` (`conflicts`: cmd_conflicts; `devices`: cmd_devices)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cchc_desktop.cli import output
from cchc_desktop.cli.context import Context
from cchc_desktop.errors import UserError, pick

if TYPE_CHECKING:
    from cchc_desktop.exchange.verify import PackageSummary


def register(commands: Any) -> None:
    export = commands.add_parser(
        "export", help=pick("xuất gói đồng bộ .cchc", "export a .cchc sync package")
    )
    export.add_argument(
        "ids",
        nargs="*",
        metavar="ID",
        help=pick(
            "cuộc kiểm tra (mặc định: những cuộc chưa gửi hoặc đã sửa sau lần gửi trước)",
            "inspections (by default: those not sent yet or changed since they were sent)",
        ),
    )
    export.add_argument(
        "--all", action="store_true", help=pick("tất cả dữ liệu (bản đầy đủ)", "everything")
    )
    export.add_argument(
        "-o",
        "--output",
        type=Path,
        help=pick("tệp đích (mặc định: outbox/)", "target (default: outbox/)"),
    )
    export.add_argument(
        "--no-derived",
        action="store_true",
        help=pick(
            "máy nhận không làm sẵn ảnh thu nhỏ/bản in khi gộp (làm khi ảnh được xem); các tệp "
            "này không bao giờ đi trong gói",
            "the receiver makes thumbnails and print copies when a photo is first shown, not "
            "while merging; those files never travel in a package",
        ),
    )
    export.set_defaults(handler=_export)

    verify = commands.add_parser(
        "verify", help=pick("kiểm tra gói mà không nhập", "check a package without importing it")
    )
    verify.add_argument("files", nargs="+", type=Path, metavar="FILE.cchc")
    verify.set_defaults(handler=_verify)

    merge = commands.add_parser(
        "merge", help=pick("kiểm tra rồi gộp gói", "verify, then merge packages")
    )
    merge.add_argument("files", nargs="+", type=Path, metavar="FILE.cchc")
    merge.add_argument(
        "--trust-new",
        action="store_true",
        help=pick(
            "tin cậy thiết bị mới của các gói này", "trust the new devices of these packages"
        ),
    )
    merge.add_argument(
        "--dry-run", action="store_true", help=pick("chỉ xem trước", "only show what would change")
    )
    merge.set_defaults(handler=_merge)


def _export(ctx: Context, args: argparse.Namespace) -> int:
    from cchc_desktop.exchange.export import export_package

    if args.all and args.ids:
        raise UserError(
            "Hãy chọn các cuộc kiểm tra hoặc --all, không cả hai.",
            "Give inspections or --all, not both.",
        )
    ids = args.ids
    if not ids and not args.all:
        # What this laptop has not sent as it is now: a season of exports costs what is new,
        # not every byte again (--all still makes a full copy).
        from cchc_desktop.exchange.sent import unsent

        ids = unsent(ctx.workspace())
        if not ids:
            if ctx.json:
                output.emit_json({"id": None, "path": None, "size": 0, "counts": {}})
            else:
                output.say(
                    pick(
                        "Mọi cuộc kiểm tra đã được gửi như hiện có: không xuất gói nào "
                        "(dùng --all để xuất bản đầy đủ).",
                        "Every inspection was sent as it is now: no package written "
                        "(use --all for a full copy).",
                    )
                )
            return 0
    result = export_package(
        ctx.workspace(),
        ids,
        everything=args.all,
        target=args.output,
        with_derived=not args.no_derived,
    )
    if ctx.json:
        output.emit_json(result.as_json())
    else:
        c = result.counts
        output.say(
            pick(
                f"Đã xuất gói {result.path} ({result.size:,} byte): {c.get('inspections', 0)} cuộc "
                f"kiểm tra, {c.get('answers', 0)} câu trả lời, {c.get('blobs', 0)} tệp ảnh/tài liệu, "
                f"{c.get('audit', 0)} dòng nhật ký.",
                f"Exported {result.path} ({result.size:,} bytes): {c.get('inspections', 0)} "
                f"inspections, {c.get('answers', 0)} answers, {c.get('blobs', 0)} media files, "
                f"{c.get('audit', 0)} audit entries.",
            )
        )
        output.say(f"id: {result.package_id}")
    return 0


def _trust_line(summary: PackageSummary) -> str:
    trust, path = summary["trust"], output.one_line(summary["path"])
    digits = summary["fingerprint_digits"]
    if trust == "new":
        return pick(
            f"  Máy MỚI, chưa tin cậy. Vân tay: {digits}. Đọc to từng nhóm số với người giữ "
            f'máy gửi rồi chạy: cchc devices trust "{path}" --fingerprint "{digits}"',
            f"  NEW laptop, not trusted yet. Fingerprint: {digits}. Read the groups aloud with "
            f'whoever holds the sending laptop, then run: cchc devices trust "{path}" '
            f'--fingerprint "{digits}"',
        )
    if trust == "self":
        return pick("  Gói của chính máy này.", "  A package of this laptop.")
    return pick(
        f"  Máy đã tin cậy (vân tay {digits}).",
        f"  Trusted laptop (fingerprint {digits}).",
    )


def _verify(ctx: Context, args: argparse.Namespace) -> int:
    from cchc_desktop.exchange.report import counts_text
    from cchc_desktop.exchange.verify import verify_package

    ws = ctx.workspace()
    results: list[dict[str, Any]] = []
    status = 0
    for path in args.files:
        try:
            verified = verify_package(ws, path)
        except UserError as exc:
            output.warn(exc.message)
            results.append({"id": None, "path": str(path), "ok": False, "reason": exc.message})
            status = 1
            continue
        summary = verified.summary()
        results.append({**summary, "ok": True})
        if not ctx.json:
            name, device = output.one_line(path.name), output.one_line(summary["device_label"])
            made = output.one_line(summary["created_at"])
            output.say(
                pick(
                    f"✓ {name}: nguyên vẹn, chữ ký hợp lệ; tạo lúc {made} trên máy {device}.",
                    f"✓ {name}: intact, signature valid; made {made} on laptop {device}.",
                )
            )
            output.say(_trust_line(summary))
            output.say(f"  {counts_text(summary['counts'])}")
    if ctx.json:
        output.emit_json(results)
    return status


def _merge(ctx: Context, args: argparse.Namespace) -> int:
    from cchc_desktop.exchange.merge import merge_file

    ws = ctx.workspace()
    reports: list[dict[str, Any]] = []
    status = 0
    for path in args.files:
        try:
            report = merge_file(ws, path, trust_new=args.trust_new, dry_run=args.dry_run)
        except UserError as exc:
            output.warn(exc.message)
            reports.append({"id": None, "package": path.name, "ok": False, "reason": exc.message})
            status = 1
            continue
        if report.refused:
            from cchc_desktop.exchange.report import table_label

            status = 1
            for item in report.refused:
                what = f"{table_label(item['table'])} {item['record_id'][:8]}"
                output.warn(
                    pick(
                        f"{path.name}: bản ghi {what} bị từ chối: {item['reason']}",
                        f"{path.name}: record {what} refused: {item['reason']}",
                    )
                )
        reports.append({**report.as_json(), "ok": True})
        if not ctx.json:
            for line in report.lines():
                output.say(line)
    if ctx.json:
        output.emit_json(reports)
    return status
