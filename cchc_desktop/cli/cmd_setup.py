"""`cchc init`, `demo`, `check`, `backup`: setting up and looking after a data folder."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from cchc_desktop.cli import output
from cchc_desktop.cli.context import Context
from cchc_desktop.errors import pick


def register(commands: Any) -> None:
    """Add this group's commands to the `cchc` parser."""
    init = commands.add_parser(
        "init", help=pick("tạo hoặc nâng cấp thư mục dữ liệu", "create or upgrade the data folder")
    )
    init.add_argument(
        "--device-name",
        metavar="TÊN",
        help=pick(
            "tên máy này, ví dụ «Máy đoàn 1 – Nguyễn Văn An»",
            "this laptop's name, e.g. 'Máy đoàn 1 – Nguyễn Văn An'",
        ),
    )
    init.set_defaults(handler=_init)

    demo = commands.add_parser(
        "demo",
        help=pick("nạp dữ liệu mẫu (chạy lại không sao)", "load the demo data (safe to run again)"),
    )
    demo.set_defaults(handler=_demo)

    check = commands.add_parser(
        "check",
        help=pick("kiểm tra tính toàn vẹn dữ liệu và ảnh", "check the database and media files"),
    )
    check.set_defaults(handler=_check)

    backup = commands.add_parser(
        "backup", help=pick("sao lưu cơ sở dữ liệu và ảnh", "back up the database and media")
    )
    backup.add_argument("-o", "--output", type=Path, help=pick("tệp .zip đích", "target .zip file"))
    backup.set_defaults(handler=_backup)


def _init(ctx: Context, args: argparse.Namespace) -> int:
    from cchc_desktop.store.bootstrap import initialise

    report = initialise(ctx.data_dir, args.device_name)
    if ctx.json:
        output.emit_json(report)
    else:
        output.say(
            pick(f"Thư mục dữ liệu: {report['data_dir']}", f"Data folder: {report['data_dir']}")
        )
        output.say(
            pick(f"Máy này: {report['device_label']}", f"This laptop: {report['device_label']}")
        )
        if not report["device_name"]:
            output.say(
                pick(
                    '  Máy chưa có tên; hãy đặt: cchc devices rename "Máy đoàn 1 – Nguyễn Văn An"',
                    '  The laptop has no name yet; give it one: cchc devices rename "Máy đoàn 1 – '
                    'Nguyễn Văn An"',
                )
            )
        output.say(
            pick(
                f"Lược đồ dữ liệu: phiên bản {report['schema_version']}",
                f"Schema version: {report['schema_version']}",
            )
        )
        for name in report["migrations_applied"]:
            output.say(pick(f"  đã áp dụng nâng cấp {name}", f"  applied migration {name}"))
        for key in report["templates_installed"]:
            output.say(
                pick(f"  đã cài mẫu bảng kiểm {key}", f"  installed checklist template {key}")
            )
    return 0


def _demo(ctx: Context, _args: argparse.Namespace) -> int:
    from cchc_desktop.demo.loader import load_demo
    from cchc_desktop.store.bootstrap import initialise
    from cchc_desktop.store.datafolder import DataFolder

    if not DataFolder(ctx.data_dir).is_initialised():
        # A new folder is what `cchc init` would make of it first; asking the user to run that
        # by hand only adds a step.
        initialise(ctx.data_dir)
        if not ctx.json:
            output.say(
                pick(
                    f"Đã tạo thư mục dữ liệu: {ctx.data_dir}",
                    f"Created the data folder: {ctx.data_dir}",
                )
            )
    counts = load_demo(ctx.workspace(), photos=True)
    if ctx.json:
        output.emit_json(counts)
    else:
        output.say(pick("Đã nạp dữ liệu mẫu (bản ghi mới):", "Demo data loaded (new records):"))
        for name, count in counts.items():
            output.say(f"  {name}: {count}")
    return 0


def _check(ctx: Context, _args: argparse.Namespace) -> int:
    from cchc_desktop.checkup import check
    from cchc_desktop.store.space import data_folder_space, human

    ws = ctx.workspace()
    results = check(ws)
    # The room each part of the folder takes: what grows, and what could be cleared.
    parts = data_folder_space(ws.folder)
    if ctx.json:
        output.emit_json(
            [{"ok": r.ok, "what": r.what, "detail": r.detail} for r in results]
            + [
                {
                    "ok": True,
                    "what": pick(f"Dung lượng: {p.vi}", f"Space: {p.en}"),
                    "detail": human(p.size),
                    "part": p.key,
                    "bytes": p.size,
                    "files": p.files,
                }
                for p in parts
            ]
        )
    else:
        for result in results:
            mark = "✓" if result.ok else "✗"
            detail = f" — {result.detail}" if result.detail else ""
            output.say(f"{mark} {result.what}{detail}")
        total = human(sum(p.size for p in parts))
        output.say(
            pick(
                f"Dung lượng thư mục dữ liệu {ws.folder.root}: {total}",
                f"Space taken by the data folder {ws.folder.root}: {total}",
            )
        )
        output.table(
            ([pick(p.vi, p.en), human(p.size), p.files] for p in parts),
            [pick("Phần", "Part"), pick("Dung lượng", "Size"), pick("Số tệp", "Files")],
        )
    failed = [r for r in results if not r.ok]
    for result in failed:
        output.warn(
            pick(
                f"Có vấn đề: {result.what}. Hãy khôi phục từ bản sao lưu (cchc backup) "
                "hoặc liên hệ bộ phận CNTT.",
                f"Problem: {result.what}. Restore from a backup or contact IT support.",
            )
        )
    return 1 if failed else 0


def _backup(ctx: Context, args: argparse.Namespace) -> int:
    from cchc_desktop.store.upkeep import backup

    path = backup(ctx.workspace(), args.output)
    if ctx.json:
        output.emit_json({"path": str(path), "size": path.stat().st_size})
    else:
        output.say(pick(f"Đã sao lưu vào {path}", f"Backed up to {path}"))
    return 0
