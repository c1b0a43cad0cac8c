"""`cchc report`: the consolidated report of the demo plan as a spreadsheet."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from openpyxl import load_workbook


def test_report_xlsx_of_the_2024_plan(cli: Any, tmp_path: Path) -> None:
    cli("init")
    cli("demo")
    target = tmp_path / "bao-cao.xlsx"
    done = cli("--json", "report", "--plan", "80/KH-BCĐCCHC", "-o", str(target))
    assert done.code == 0, done.err
    assert done.json()["units"] == 12
    book = load_workbook(target)
    assert book.sheetnames == [
        "Tổng hợp",
        "Theo lĩnh vực",
        "Tiêu chí chưa đạt",
        "Kiến nghị",
        "Thông tin",
    ]
    units = book["Tổng hợp"]
    names = [units.cell(row=r, column=2).value for r in range(2, units.max_row + 1)]
    assert len(names) == 13 and names[-1] == "Cộng (12 đơn vị)"  # the totals row last
    assert "Bộ phận Một cửa UBND huyện Bình Gia" in names and "Xã Đồng Bục" in names
    dates = [units.cell(row=r, column=6).value for r in range(2, units.max_row)]
    assert dates[0] == dt.datetime(2024, 7, 1) and dates[-1] == dt.datetime(2024, 7, 4)
    weak = book["Tiêu chí chưa đạt"]
    # The demo's most common shortfall: online payment (E3) not met in every 2024 unit.
    assert weak.cell(row=2, column=1).value == "E3"
    assert weak.cell(row=2, column=4).value == 12
    follow = book["Kiến nghị"]
    texts = [follow.cell(row=r, column=3).value for r in range(2, follow.max_row)]
    assert any("Đề án 06" in t for t in texts)
    # The demo's follow-up: Đề án 06 done in every district, training in the weaker communes;
    # the 2026 visit of Xã Bình Gia found Hoàng Văn Thụ's online payments under way.
    statuses = [follow.cell(row=r, column=6).value for r in range(2, follow.max_row)]
    late = [follow.cell(row=r, column=7).value for r in range(2, follow.max_row)]
    assert statuses.count("Đã hoàn thành") == 8 and statuses.count("Đang thực hiện") == 5
    for status, mark in zip(statuses, late, strict=True):
        assert (mark == "Quá hạn") == (status != "Đã hoàn thành")


def test_report_refuses_other_formats(cli: Any, tmp_path: Path) -> None:
    cli("init")
    done = cli("report", "-o", str(tmp_path / "x.odt"))
    assert done.code == 1 and ".pdf" in done.err


def test_formula_like_text_stays_text(cli: Any, tmp_path: Path) -> None:
    cli("init")
    cli("demo")
    inspection = cli("--json", "inspections", "list").json()[0]["id"]
    cli("findings", "add", inspection, "--kind", "kien_nghi", "--text", '=HYPERLINK("x")')
    target = tmp_path / "r.xlsx"
    assert cli("report", "-o", str(target)).code == 0
    follow = load_workbook(target)["Kiến nghị"]
    cells = [follow.cell(row=r, column=3) for r in range(2, follow.max_row)]
    risky = [c for c in cells if str(c.value).startswith("=")]
    assert risky and all(c.data_type == "s" for c in risky)
