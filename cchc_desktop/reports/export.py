"""Writing the consolidated report to a file: the one job behind `cchc report` and the
window's "Lập báo cáo…" (gather once, render as PDF Mẫu 1.4, its Word copy or XLSX, write
atomically)."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from cchc_desktop.domain.text import fold
from cchc_desktop.errors import UserError, describe_os_error, pick
from cchc_desktop.progress import step

if TYPE_CHECKING:
    from pathlib import Path

    from cchc_desktop.progress import Progress
    from cchc_desktop.reports.figures import ReportData
    from cchc_desktop.reports.issuing import Issuing
    from cchc_desktop.settings import Settings
    from cchc_desktop.store.workspace import Workspace

REPORT_SUFFIXES = (".pdf", ".docx", ".xlsx")


def report_suffix(path: Path) -> str:
    """The report's format from the file's extension (".pdf", ".docx" or ".xlsx"); refuse any
    other."""
    suffix = path.suffix.lower()
    if suffix not in REPORT_SUFFIXES:
        raise UserError(
            f"Không xuất được báo cáo ra «{path.name}»: hãy dùng đuôi .pdf, .docx hoặc .xlsx.",
            f"Cannot write the report as '{path.name}': use .pdf, .docx or .xlsx.",
        )
    return suffix


def suggested_name(plan_number: str | None, suffix: str) -> str:
    """A file name without diacritics or slashes: "bao-cao-80-kh-bcdcchc.pdf", or
    "bao-cao-tong-hop.xlsx" for every inspection."""
    slug = re.sub(r"[^a-z0-9]+", "-", fold(plan_number or "")).strip("-")
    return f"bao-cao-{slug or 'tong-hop'}{suffix}"


def write_report(
    ws: Workspace,
    path: Path,
    *,
    plan: str | None = None,
    settings: Settings | None = None,
    issuing: Issuing | None = None,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> ReportData:
    """Gather the report of ``plan`` (every inspection when None), render it in the format
    the extension names, and write it to ``path`` atomically; return what it says.

    ``issuing`` says who issues and signs it; by default the plan's issuer and the settings'
    signer (``reports.issuing.default_issuing``)."""
    from cchc_desktop.atomic import write_atomic
    from cchc_desktop.reports.data import build_report

    suffix = report_suffix(path)
    step(progress, 0, 3, pick("Đang tổng hợp số liệu…", "Gathering the figures…"))
    data = build_report(ws, plan, today=today)
    step(progress, 1, 3, pick("Đang dựng báo cáo…", "Laying out the report…"))
    if issuing is None:
        from cchc_desktop.reports.issuing import default_issuing

        issuing = default_issuing(data.plans, settings or ws.settings())
    if suffix == ".xlsx":
        from cchc_desktop.reports.workbook import report_workbook

        payload = report_workbook(data, issuing)
    elif suffix == ".docx":
        from cchc_desktop.reports.docx_report import report_docx

        payload = report_docx(data, issuing, today=today)
    else:
        from cchc_desktop.reports.pdf import report_pdf

        payload = report_pdf(data, issuing, today=today)
    # The last chance to stop: once the file is being written, the job finishes.
    step(progress, 2, 3, pick("Đang ghi tệp…", "Writing the file…"))
    try:
        write_atomic(path, payload)
    except OSError as exc:
        raise describe_os_error(exc, path) from exc
    return data
