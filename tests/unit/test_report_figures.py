"""The report's figures from data with known answers (tests/report_samples.py), as printed:
pass rate = Đạt ÷ assessed with both counts, points as points, answered of total per unit,
and two templates that both use the code D13 never added together."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from cchc_desktop.reports.data import build_report
from cchc_desktop.reports.export import write_report
from cchc_desktop.settings import Settings
from cchc_desktop.store.workspace import Workspace
from tests.report_samples import PLAN_A, known_answers
from tests.unit.test_minutes_document import page_texts

DAY = dt.date(2026, 3, 10)


@pytest.fixture
def sample(ws: Workspace) -> Workspace:
    known_answers(ws)
    return ws


def test_figures_of_one_plan(sample: Workspace) -> None:
    data = build_report(sample, PLAN_A, today=DAY)
    assert not data.mixed
    (section,) = data.sections
    one, two = section.units
    assert (one.unit_name, one.answered, one.total, one.assessed, one.dat) == ("Xã Một", 4, 5, 3, 1)
    assert (one.khong_ap_dung, one.score, one.max_score) == (1, 3.0, 5.0)
    assert one.pass_rate == pytest.approx(100 / 3)
    assert (two.assessed, two.dat, two.score, two.max_score) == (5, 4, 4.5, 7.0)
    total = section.result
    assert (total.answered, total.total, total.assessed, total.dat) == (9, 10, 8, 5)
    assert (total.score, total.max_score) == (7.5, 12.0)
    areas = {a.code: a for a in section.areas}
    assert (areas["A"].result.dat, areas["A"].result.assessed) == (4, 5)
    assert (areas["D"].result.dat, areas["D"].result.assessed) == (1, 3)
    assert (areas["D"].units_with_shortfall, areas["D"].units_assessed) == (2, 2)
    (d13, a2) = section.shortfalls
    assert (d13.code, d13.khong_dat, d13.dat_mot_phan, d13.assessed) == ("D13", 1, 1, 2)
    assert (a2.code, a2.khong_dat, a2.assessed) == ("A2", 1, 2)


def test_templates_are_never_added_together(sample: Workspace) -> None:
    data = build_report(sample, None, today=DAY)
    assert data.mixed and [s.key for s in data.sections] == ["kt-a", "kt-b"]
    a, b = data.sections
    # D13 of kt-a (niêm yết) and D13 of kt-b (dừng giải quyết) stay apart.
    assert [(s.code, s.khong_dat, s.assessed) for s in a.shortfalls if s.code == "D13"] == [
        ("D13", 1, 2)
    ]
    assert [(s.code, s.khong_dat, s.assessed) for s in b.shortfalls] == [("D13", 1, 1)]
    assert [a.code for a in b.areas] == ["D", "E"] and b.areas[0].title.startswith("Trung tâm")
    assert (b.result.dat, b.result.assessed, b.result.answered, b.result.total) == (1, 2, 2, 3)
    assert [p["number"] for p in data.plans] == [PLAN_A, "3/KH-UBND"]


def test_pdf_prints_the_known_figures(sample: Workspace, tmp_path: Path) -> None:
    target = tmp_path / "bao-cao.pdf"
    write_report(sample, target, plan=PLAN_A, today=DAY)
    text = " ".join(page_texts(target.read_bytes()))
    # Per unit: STT, name, date, answered/total, Đạt, Đạt một phần, Không đạt, rate, points.
    assert "01 Xã Một 02/03/2026 4/5 1 1 1 33,3% (1/3) 3/5" in text
    assert "02 Xã Hai 03/03/2026 5/5 4 0 1 80,0% (4/5) 4,5/7" in text
    assert "Cộng (02 đơn vị) 9/10 5 1 2 62,5% (5/8) 7,5/12" in text
    # Per area of the template: criteria, rate with counts, points, units with a shortfall.
    assert "A Chỉ đạo, điều hành 3 80,0% (4/5)" in text
    assert "D Bộ phận Một cửa 2 33,3% (1/3) 2/5 2/2" in text
    # Defined on the page.
    assert "Tỷ lệ đạt = số tiêu chí Đạt ÷ số tiêu chí được chấm" in text
    assert (
        "có 5/8 tiêu chí được chấm đạt yêu cầu (tỷ lệ đạt 62,5%); đã đánh giá 9/10 tiêu chí" in text
    )
    assert "không đạt tại 1 đơn vị, đạt một phần tại 1 đơn vị, trên 2 đơn vị được chấm" in text
    # The annex: Đạt/assessed per area, the unit's whole rate, the totals row.
    assert "Xã Một 1/2 0/1 33,3% (1/3)" in text
    assert "Cộng 4/5 1/3 62,5% (5/8)" in text


def test_mixed_report_has_one_section_per_template(sample: Workspace, tmp_path: Path) -> None:
    target = tmp_path / "tong-hop.pdf"
    write_report(sample, target, today=DAY)
    text = " ".join(page_texts(target.read_bytes()))
    assert "theo 02 bảng kiểm khác nhau" in text and "không cộng gộp" in text
    assert "a) Bảng kiểm thử A (Bộ phận Một cửa), phiên bản 1: 02 đơn vị" in text
    assert "b) Bảng kiểm thử B (Trung tâm Phục vụ hành chính công), phiên bản 1: 01 đơn vị" in text
    assert "03 Phường Ba 04/03/2026 2/3 1 0 1 50,0% (1/2) 1/2" in text
    assert "Cộng (01 đơn vị) 2/3 1 0 1 50,0% (1/2)" in text
    assert "Phụ lục I" in text and "Phụ lục II" in text
    # The all-plans opening names both plans.
    assert "Thực hiện Kế hoạch số 7/KH-BCĐCCHC ngày 05 tháng 01 năm 2026" in text
    assert "Kế hoạch số 3/KH-UBND ngày 10 tháng 02 năm 2026" in text


def test_xlsx_cells_are_numbers_and_dates(sample: Workspace, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    target = tmp_path / "bao-cao.xlsx"
    write_report(sample, target, plan=PLAN_A, today=DAY)
    book = load_workbook(target)
    assert book.sheetnames == [
        "Tổng hợp",
        "Theo lĩnh vực",
        "Tiêu chí chưa đạt",
        "Kiến nghị",
        "Thông tin",
    ]
    units = book["Tổng hợp"]
    header = [c.value for c in units[1]]
    col = {name: i for i, name in enumerate(header)}
    one = [c for c in units[2]]
    assert one[col["Đơn vị"]].value == "Xã Một"
    day = one[col["Ngày kiểm tra"]]
    assert day.is_date and day.value.date() == dt.date(2026, 3, 2)
    assert day.number_format == "DD/MM/YYYY"
    for name, expected in (("Số tiêu chí", 5), ("Đã đánh giá", 4), ("Được chấm", 3), ("Đạt", 1)):
        assert one[col[name]].value == expected and one[col[name]].data_type == "n", name
    rate = one[col["Tỷ lệ đạt"]]
    assert rate.value == pytest.approx(0.3333) and rate.number_format == "0.0%"
    assert one[col["Điểm đạt"]].value == 3 and one[col["Điểm tối đa"]].value == 5
    # The totals row under the units, outside the autofilter; header frozen; print set-up.
    totals = [c.value for c in units[4]]
    assert totals[col["Đơn vị"]] == "Cộng (2 đơn vị)"
    assert totals[col["Được chấm"]] == 8 and totals[col["Đạt"]] == 5
    assert totals[col["Tỷ lệ đạt"]] == pytest.approx(0.625)
    assert units[4][col["Đạt"]].font.b
    assert units.auto_filter.ref.endswith("3") and units.auto_filter.ref.startswith("A1:")
    assert units.freeze_panes == "A2"
    assert units.page_setup.orientation == "landscape"
    assert units.page_setup.fitToWidth == 1 and units.page_setup.fitToHeight == 0
    assert units.sheet_properties.pageSetUpPr.fitToPage
    assert units.print_title_rows == "$1:$1"
    follow = book["Kiến nghị"]
    deadline = follow.cell(row=2, column=5)
    assert deadline.is_date and deadline.value.date() == dt.date(2026, 4, 30)
    areas = book["Theo lĩnh vực"]
    assert [areas.cell(row=r, column=1).value for r in range(2, 4)] == ["A", "D"]
    assert areas.cell(row=4, column=2).value == "Cộng"


def test_xlsx_of_two_templates_keeps_them_apart(sample: Workspace, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    target = tmp_path / "tong-hop.xlsx"
    write_report(sample, target, today=DAY)
    book = load_workbook(target)
    assert book.sheetnames == [
        "Tổng hợp 1",
        "Tổng hợp 2",
        "Theo lĩnh vực 1",
        "Theo lĩnh vực 2",
        "Tiêu chí chưa đạt 1",
        "Tiêu chí chưa đạt 2",
        "Kiến nghị",
        "Thông tin",
    ]
    weak = book["Tiêu chí chưa đạt 2"]
    assert [c.value for c in weak[2]] == ["D13", "D", "Thông báo dừng giải quyết hồ sơ", 1, 0, 1]
    about = {row[0].value: row[1].value for row in book["Thông tin"].iter_rows(min_row=2)}
    assert about["Bảng kiểm 1"].startswith("Bảng kiểm thử A") and "kt-b" in about["Bảng kiểm 2"]


def test_issuing_body_signer_and_annex_line(sample: Workspace, tmp_path: Path) -> None:
    settings = Settings(
        report_signer_authority="KT. Trưởng ban",
        report_signer_post="Phó Trưởng ban",
        report_signer_name="Nguyễn Văn Bình",
    )
    target = tmp_path / "bao-cao.pdf"
    from cchc_desktop.reports.issuing import issuer_choices, issuing

    data = build_report(sample, PLAN_A, today=DAY)
    choices = issuer_choices(data.plans, settings)
    assert choices[0].body == "Ban Chỉ đạo cải cách hành chính tỉnh Lạng Sơn"  # the plan's issuer
    chosen = issuing(choices[0], settings, number="5")
    write_report(sample, target, plan=PLAN_A, issuing=chosen, today=DAY)
    text = " ".join(page_texts(target.read_bytes()))
    assert "UBND TỈNH LẠNG SƠN BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH TỈNH LẠNG SƠN" in text
    assert "Số: 05/BC-BCĐCCHC" in text
    assert (
        "Thực hiện Kế hoạch số 7/KH-BCĐCCHC ngày 05 tháng 01 năm 2026 của Ban Chỉ đạo cải cách "
        "hành chính tỉnh Lạng Sơn về kiểm tra công tác cải cách hành chính năm 2026, Ban Chỉ đạo "
        "cải cách hành chính tỉnh Lạng Sơn báo cáo kết quả như sau:"
    ) in text
    assert "KT. TRƯỞNG BAN PHÓ TRƯỞNG BAN" in text and "Nguyễn Văn Bình" in text
    assert "UBND tỉnh Lạng Sơn (để b/c)" in text
    assert (
        "(Kèm theo Báo cáo số 05/BC-BCĐCCHC ngày 10 tháng 3 năm 2026 của Ban Chỉ đạo cải cách "
        "hành chính tỉnh Lạng Sơn)"
    ) in text


def test_without_a_signer_in_the_settings_the_usual_post_is_printed(
    sample: Workspace, tmp_path: Path
) -> None:
    from cchc_desktop.reports.issuing import IssuerChoice, issuing, usual_signer

    assert usual_signer("Sở Nội vụ tỉnh Lạng Sơn") == ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC")
    settings = Settings(user_unit="Sở Nội vụ tỉnh Lạng Sơn", user_unit_parent="UBND TỈNH LẠNG SƠN")
    chosen = issuing(IssuerChoice("", settings.user_unit, settings.user_unit_parent), settings)
    assert chosen.doc_number.endswith("/BC-SNV")
    target = tmp_path / "bao-cao.pdf"
    write_report(sample, target, plan=PLAN_A, issuing=chosen, today=DAY)
    text = " ".join(page_texts(target.read_bytes()))
    assert "SỞ NỘI VỤ TỈNH LẠNG SƠN" in text and "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC" in text
    assert ", Sở Nội vụ tỉnh Lạng Sơn báo cáo kết quả như sau:" in text


def test_docx_has_the_same_content_in_named_styles(sample: Workspace, tmp_path: Path) -> None:
    import docx

    target = tmp_path / "bao-cao.docx"
    write_report(sample, target, plan=PLAN_A, today=DAY)
    document = docx.Document(str(target))
    styles = {p.text: p.style.name for p in document.paragraphs if p.text}
    assert styles["BÁO CÁO"] == "CCHC Tên loại"
    assert styles["I. TỔ CHỨC THỰC HIỆN"] == "CCHC Đề mục"
    assert styles["1. Kết quả theo đơn vị"] == "CCHC Mục nhỏ"
    assert any(
        s == "CCHC Nội dung" and t.startswith("Thực hiện Kế hoạch số") for t, s in styles.items()
    )
    attached = [t for t in styles if t.startswith("(Kèm theo Báo cáo số")]
    assert attached and styles[attached[0]] == "CCHC Ghi chú"
    units = document.tables[1]  # after the header table
    rows = [[c.text for c in row.cells] for row in units.rows]
    assert rows[1] == ["01", "Xã Một", "02/03/2026", "4/5", "1", "1", "1", "33,3% (1/3)", "3/5"]
    assert rows[-1][1] == "Cộng (02 đơn vị)" and rows[-1][7] == "62,5% (5/8)"
    assert units.style.name == "Table Grid"
    body = document.element.body
    assert body.xpath(".//w:tblHeader")  # header rows repeat on every page
