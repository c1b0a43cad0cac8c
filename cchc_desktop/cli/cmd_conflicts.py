"""`cchc conflicts list|show|resolve|undo`: the decisions left to the secretary.

"mine" is the version this laptop holds now ("trong máy này"), "theirs" the one that came in a
package ("trong gói của «laptop»"). ``resolve`` settles one conflict, or with ``--package`` /
``--inspection`` every open conflict of one package or one inspection with one choice;
``undo`` takes such a decision back while nothing has moved on since.
"""

from __future__ import annotations

import argparse
from typing import Any

from cchc_desktop.cli import output
from cchc_desktop.cli.context import Context
from cchc_desktop.errors import UserError, pick


def register(commands: Any) -> None:
    conflicts = commands.add_parser(
        "conflicts", help=pick("xung đột chờ quyết định", "conflicts awaiting a decision")
    )
    sub = conflicts.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = sub.add_parser("list", help=pick("liệt kê", "list"))
    listing.add_argument(
        "--all", action="store_true", help=pick("cả đã giải quyết", "resolved too")
    )
    listing.set_defaults(handler=_list)
    show = sub.add_parser("show", help=pick("so sánh hai bản", "compare the versions"))
    show.add_argument("id")
    show.set_defaults(handler=_show)
    resolve = sub.add_parser(
        "resolve",
        help=pick(
            "giải quyết một xung đột, hoặc mọi xung đột của một gói/một cuộc kiểm tra",
            "resolve one conflict, or every conflict of a package or an inspection",
        ),
    )
    resolve.add_argument("id", nargs="?", help=pick("mã xung đột", "conflict id"))
    resolve.add_argument(
        "--package",
        metavar="ID",
        help=pick("mọi xung đột của gói này (mã hoặc tên tệp)", "every conflict of this package"),
    )
    resolve.add_argument(
        "--inspection",
        metavar="ID",
        help=pick("mọi xung đột của cuộc kiểm tra này", "every conflict of this inspection"),
    )
    resolve.add_argument(
        "--keep",
        required=True,
        choices=("mine", "theirs", "both"),
        help=pick(
            "mine: bản trong máy này; theirs: bản trong gói; both: cả hai (từng xung đột)",
            "mine: this laptop's version; theirs: the package's; both: both (one conflict)",
        ),
    )
    resolve.set_defaults(handler=_resolve)
    undo = sub.add_parser(
        "undo",
        help=pick("hoàn tác lần giải quyết hàng loạt", "undo a bulk resolution"),
    )
    undo.add_argument(
        "decision", nargs="?", help=pick("mã quyết định (mặc định: lần gần nhất)", "default: last")
    )
    undo.set_defaults(handler=_undo)


KEEP_WORDS = {
    "mine": ("giữ bản trong máy này", "kept this laptop's version"),
    "theirs": ("lấy bản trong gói", "took the package's version"),
    "both": ("giữ cả hai", "kept both"),
}


def _list(ctx: Context, args: argparse.Namespace) -> int:
    from cchc_desktop.exchange.bulk import open_by_package
    from cchc_desktop.exchange.conflicts import list_conflicts
    from cchc_desktop.exchange.report import table_label

    ws = ctx.workspace()
    items = list_conflicts(ws, include_resolved=args.all)
    if ctx.json:
        output.emit_json(items)
        return 0
    rows = []
    for item in items:
        theirs: dict[str, Any] = item["theirs"][0] if item["theirs"] else {"values": {}, "from": ""}
        for field in item["fields"] or ["—"]:
            rows.append(
                (
                    item["id"][:8],
                    table_label(item["table"]),
                    item["record_id"][:8],
                    field,
                    _cell(item["mine"]["values"].get(field)),
                    _cell(theirs["values"].get(field)),
                    theirs["from"],
                    item["status"] if item["status"] == "open" else item["resolution"],
                )
            )
    output.table(
        rows,
        [
            pick("mã", "id"),
            pick("loại", "kind"),
            pick("bản ghi", "record"),
            pick("trường", "field"),
            pick("trong máy này", "on this laptop"),
            pick("trong gói", "in the package"),
            pick("gói của", "package of"),
            pick("trạng thái", "status"),
        ],
    )
    # Where fifteen conflicts of one package are settled with one command.
    for package, ids in open_by_package(ws):
        output.say(
            pick(
                f"Gói {package.package_name} của {package.device_name}: {len(ids)} xung đột "
                f"đang chờ — cchc conflicts resolve --package {package.package_id[:12]} "
                "--keep mine|theirs",
                f"Package {package.package_name} of {package.device_name}: {len(ids)} open "
                f"conflicts — cchc conflicts resolve --package {package.package_id[:12]} "
                "--keep mine|theirs",
            )
        )
    return 0


def _cell(value: Any) -> str:
    text = "∅" if value is None else str(value).replace("\n", " ⏎ ")
    return text if len(text) <= 40 else text[:39] + "…"


def _show(ctx: Context, args: argparse.Namespace) -> int:
    from cchc_desktop.exchange.conflicts import describe, find

    ws = ctx.workspace()
    item = describe(ws, find(ws, args.id))
    if ctx.json:
        output.emit_json(item)
        return 0
    theirs: dict[str, Any] = item["theirs"][0] if item["theirs"] else {"values": {}, "from": "?"}
    rows = [
        (
            ("≠ " if name in item["fields"] else "  ") + name,
            _cell(value),
            _cell(theirs["values"].get(name)),
        )
        for name, value in item["mine"]["values"].items()
    ]
    output.table(
        rows,
        [
            pick("trường", "field"),
            pick("trong máy này", "on this laptop"),
            pick(f"trong gói của {theirs['from']}", f"in the package of {theirs['from']}"),
        ],
    )
    return 0


def _resolve(ctx: Context, args: argparse.Namespace) -> int:
    chosen = [x for x in (args.id, args.package, args.inspection) if x]
    if len(chosen) != 1:
        raise UserError(
            "Hãy ghi đúng một trong: mã xung đột, --package hoặc --inspection.",
            "Give exactly one of: a conflict id, --package or --inspection.",
        )
    if args.id:
        return _resolve_one(ctx, args)
    from cchc_desktop.exchange import bulk

    ws = ctx.workspace()
    if args.package:
        package, ids = bulk.of_package(ws, args.package)
        scope = bulk.package_scope(package)
    else:
        inspection, ids = bulk.of_inspection(ws, args.inspection)
        scope = bulk.inspection_scope(ws, inspection)
    if not ids:
        raise UserError(
            f"Không còn xung đột nào đang chờ của {scope['label']}.",
            f"No open conflict left in {scope['label']}.",
        )
    decision = bulk.resolve_all(ws, ids, args.keep, scope)
    for item in decision.skipped:
        output.warn(
            pick(
                f"Bỏ qua xung đột {item['conflict'][:8]}: {item['reason']}",
                f"Skipped conflict {item['conflict'][:8]}: {item['reason']}",
            )
        )
    if ctx.json:
        output.emit_json(decision.as_json())
    else:
        vi, en = KEEP_WORDS[args.keep]
        output.say(
            pick(
                f"Đã giải quyết {len(decision.resolved)} xung đột của {scope['label']}: {vi}"
                + (f"; bỏ qua {len(decision.skipped)}." if decision.skipped else ".")
                + (
                    f" Hoàn tác: cchc conflicts undo {decision.id[:8]}" if decision.resolved else ""
                ),
                f"Resolved {len(decision.resolved)} conflicts of {scope['label']}: {en}"
                + (f"; skipped {len(decision.skipped)}." if decision.skipped else ".")
                + (f" Undo: cchc conflicts undo {decision.id[:8]}" if decision.resolved else ""),
            )
        )
    return 1 if decision.skipped else 0


def _resolve_one(ctx: Context, args: argparse.Namespace) -> int:
    from cchc_desktop.exchange.conflicts import resolve

    done = resolve(ctx.workspace(), args.id, args.keep)
    if ctx.json:
        output.emit_json(done)
    else:
        vi, en = KEEP_WORDS[args.keep]
        output.say(
            pick(
                f"Đã giải quyết xung đột {done['id'][:8]}: {vi}.",
                f"Resolved conflict {done['id'][:8]}: {en}.",
            )
        )
    return 0


def _undo(ctx: Context, args: argparse.Namespace) -> int:
    from cchc_desktop.exchange import bulk

    ws = ctx.workspace()
    ref = args.decision or bulk.last_decision(ws)
    if ref is None:
        raise UserError(
            "Không có lần giải quyết hàng loạt nào để hoàn tác.", "No bulk decision to undo."
        )
    decision = bulk.undo(ws, bulk.find_decision(ws, ref))
    if ctx.json:
        output.emit_json(decision.as_json())
    else:
        output.say(
            pick(
                f"Đã hoàn tác: {len(decision.resolved)} xung đột của {decision.scope['label']} "
                "lại chờ quyết định; các bản ghi trở về như trước.",
                f"Undone: {len(decision.resolved)} conflicts of {decision.scope['label']} are "
                "open again; the records are as they were.",
            )
        )
    return 0
