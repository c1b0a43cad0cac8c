"""`cchc report`: the consolidated report of a plan, as PDF (Mẫu 1.4) or XLSX."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from cchc_desktop.cli import output
from cchc_desktop.cli.context import Context
from cchc_desktop.errors import UserError, pick


def register(commands: Any) -> None:
    report = commands.add_parser(
        "report",
        help=pick("báo cáo kết quả kiểm tra (PDF hoặc XLSX)", "consolidated report (PDF or XLSX)"),
    )
    report.add_argument(
        "--plan",
        help=pick("kế hoạch (mặc định: mọi cuộc kiểm tra)", "plan (default: every inspection)"),
    )
    report.add_argument("-o", "--output", type=Path, required=True, help="FILE.pdf | FILE.xlsx")
    report.set_defaults(handler=_report)


def _report(ctx: Context, args: argparse.Namespace) -> int:
    from cchc_desktop.reports.data import build_report
    from cchc_desktop.store.atomic import write_atomic

    suffix = args.output.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise UserError(
            f"Không xuất được báo cáo ra «{args.output.name}»: hãy dùng đuôi .pdf hoặc .xlsx.",
            f"Cannot write the report as '{args.output.name}': use .pdf or .xlsx.",
        )
    ws = ctx.workspace()
    data = build_report(ws, args.plan)
    if suffix == ".xlsx":
        from cchc_desktop.reports.workbook import report_workbook

        payload = report_workbook(data)
    else:
        from cchc_desktop.reports.document import report_pdf

        payload = report_pdf(data, ws.settings())
    write_atomic(args.output, payload)
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
