"""`cchc report`: the consolidated report of a plan, as PDF (Mẫu 1.4) or XLSX."""

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
        help=pick("báo cáo kết quả kiểm tra (PDF hoặc XLSX)", "consolidated report (PDF or XLSX)"),
    )
    report.add_argument(
        "--plan",
        help=pick("kế hoạch (mặc định: mọi cuộc kiểm tra)", "plan (default: every inspection)"),
    )
    report.add_argument("-o", "--output", type=Path, required=True, help="FILE.pdf | FILE.xlsx")
    report.set_defaults(handler=_report)


def _report(ctx: Context, args: argparse.Namespace) -> int:
    from cchc_desktop.reports.export import report_suffix, write_report

    report_suffix(args.output)  # a wrong extension is refused before the folder is opened
    data = write_report(ctx.workspace(), args.output, plan=args.plan)
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
