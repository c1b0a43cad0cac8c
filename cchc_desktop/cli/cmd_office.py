"""`cchc report`: the consolidated report of a plan, as PDF (Mẫu 1.4), its Word copy or XLSX;
`cchc minutes combine`: many biên bản as one PDF for a print shop, every page marked BẢN SAO."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from cchc_desktop.cli import output
from cchc_desktop.cli.context import Context
from cchc_desktop.errors import pick


def register(commands: Any) -> None:
    """Add this group's commands to the `cchc` parser."""
    report = commands.add_parser(
        "report",
        help=pick(
            "báo cáo kết quả kiểm tra (PDF, DOCX hoặc XLSX)",
            "consolidated report (PDF, DOCX or XLSX)",
        ),
    )
    report.add_argument(
        "--plan",
        help=pick("kế hoạch (mặc định: mọi cuộc kiểm tra)", "plan (default: every inspection)"),
    )
    report.add_argument(
        "-o", "--output", type=Path, required=True, help="FILE.pdf | FILE.docx | FILE.xlsx"
    )
    report.add_argument(
        "--issuer",
        help=pick(
            "cơ quan ban hành báo cáo (mặc định: cơ quan ban hành kế hoạch)",
            "the body issuing the report (default: the plan's issuer)",
        ),
    )
    report.add_argument(
        "--parent-body",
        help=pick(
            "cơ quan chủ quản của cơ quan ban hành (dòng trên trong tiêu đề)",
            "the issuing body's parent body (the line above it in the header)",
        ),
    )
    report.add_argument(
        "--number",
        default="",
        help=pick(
            "số báo cáo do văn thư cấp (mặc định: để trống cho văn thư ghi)",
            "the report's number (default: left blank for the clerk)",
        ),
    )
    report.set_defaults(handler=_report)


def _issuing(ws: Any, args: argparse.Namespace) -> Any:
    """The header and signer: the plan's issuer (or ``--issuer``) and the settings' signer."""
    from cchc_desktop.reports.data import covered_plans
    from cchc_desktop.reports.issuing import IssuerChoice, issuer_choices, issuing

    settings = ws.settings()
    choice = issuer_choices(covered_plans(ws, args.plan), settings)[0]
    if args.issuer:
        choice = IssuerChoice(args.issuer, args.issuer, args.parent_body or "")
    elif args.parent_body is not None:
        choice = IssuerChoice(choice.label, choice.body, args.parent_body, choice.symbol)
    return issuing(choice, settings, number=args.number)


def _report(ctx: Context, args: argparse.Namespace) -> int:
    from cchc_desktop.reports.export import report_suffix, write_report

    report_suffix(args.output)  # a wrong extension is refused before the folder is opened
    ws = ctx.workspace()
    data = write_report(ws, args.output, plan=args.plan, issuing=_issuing(ws, args))
    if ctx.json:
        output.emit_json(
            {
                "path": str(args.output),
                "units": len(data.units),
                "recommendations": len(data.recommendations),
                "overdue": data.overdue,
            }
        )
    else:
        output.say(
            pick(
                f"Đã lập báo cáo ({len(data.units)} đơn vị) tại {args.output}",
                f"Report written ({len(data.units)} units) to {args.output}",
            )
        )
    return 0


def register_combine(actions: Any) -> None:
    """Add `minutes combine` to the `cchc minutes` actions."""
    combine = actions.add_parser(
        "combine",
        help=pick(
            "gộp nhiều biên bản thành một tệp PDF để in (mỗi trang đóng dấu BẢN SAO)",
            "join several minutes into one PDF to print (every page marked BẢN SAO)",
        ),
    )
    combine.add_argument(
        "inspections",
        nargs="*",
        metavar="ID",
        help=pick("các cuộc kiểm tra (mặc định: mọi cuộc)", "inspections (default: all)"),
    )
    combine.add_argument("--plan", help=pick("chỉ kế hoạch này", "only this plan"))
    combine.add_argument(
        "--signed",
        action="store_true",
        help=pick("chỉ các biên bản đã ký", "only the signed minutes"),
    )
    combine.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    combine.set_defaults(handler=_combine)


def _combine(ctx: Context, args: argparse.Namespace) -> int:
    from cchc_desktop.minutes.batch import batch_items, signed_only
    from cchc_desktop.minutes.copies import write_combined_copy

    ws = ctx.workspace()
    items = batch_items(ws, plan=args.plan, inspections=args.inspections or None)
    if args.signed:
        items = signed_only(items)
    pages = write_combined_copy(ws, items, args.output)
    if ctx.json:
        output.emit_json(
            {
                "path": str(args.output),
                "documents": [
                    {"id": i.inspection_id, "doc_number": i.doc_number, "pages": i.page_count}
                    for i in items
                ],
                "pages": pages,
            }
        )
    else:
        output.say(
            pick(
                f"Đã gộp {len(items)} biên bản ({pages} trang, bản sao) tại {args.output}",
                f"Joined {len(items)} minutes ({pages} pages, copies) into {args.output}",
            )
        )
    return 0
