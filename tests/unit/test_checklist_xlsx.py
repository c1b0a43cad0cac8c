"""Template files: XLSX export/import (as a secretary edits it) and JSON read/write."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from collections.abc import Sequence
from pathlib import Path

import openpyxl
import pytest

from cchc_desktop.checklists.library import (
    bundled_templates,
    read_template_file,
    write_template_file,
)
from cchc_desktop.checklists.model import Area, Criterion, Template
from cchc_desktop.checklists.xlsx import (
    HEADERS,
    SHEET_CRITERIA,
    SHEET_INFO,
    WorkbookRejected,
    export_xlsx,
    import_xlsx,
)
from cchc_desktop.errors import UserError

INFO_ROWS: list[tuple[str, object]] = [
    ("Mã mẫu", "mau-thu"),
    ("Phiên bản", 3),
    ("Tên mẫu", "Bảng kiểm thử"),
    ("Phạm vi", "xa"),
    ("Hiệu lực từ", dt.datetime(2025, 7, 1)),
    ("Hiệu lực đến", None),
    ("Mô tả", "Dòng một\nDòng hai"),
    ("Căn cứ", "NĐ 118/2025/NĐ-CP\nTT 03/2025/TT-VPCP\n"),
]


def _workbook(
    path: Path,
    rows: list[list[object]],
    *,
    header: Sequence[object] | None = None,
    info: list[tuple[str, object]] | None = None,
    above_header: list[list[object]] | None = None,
    criteria_title: str = SHEET_CRITERIA,
    info_title: str | None = SHEET_INFO,
) -> Path:
    """A workbook built the way a person would type it, saved at ``path``."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = criteria_title
    for line in above_header or []:
        sheet.append(line)
    sheet.append(list(HEADERS if header is None else header))
    for row in rows:
        sheet.append(row)
    if info_title is not None:
        info_sheet = book.create_sheet(info_title)
        for label, value in INFO_ROWS if info is None else info:
            info_sheet.append([label, value])
    book.save(path)
    return path


def _rejected(path: Path) -> WorkbookRejected:
    with pytest.raises(WorkbookRejected) as caught:
        import_xlsx(path)
    return caught.value


# --- round trips -------------------------------------------------------------------------------


@pytest.mark.parametrize("key", ["mot-cua-nd61", "ttpvhcc-xa"])
def test_bundled_template_round_trips_through_an_xlsx_file(tmp_path: Path, key: str) -> None:
    template = next(t for t in bundled_templates() if t.key == key)
    path = tmp_path / f"{key}.xlsx"
    write_template_file(template, path)
    assert zipfile.is_zipfile(path)
    back = read_template_file(path)
    assert back == template
    assert back.content_hash() == template.content_hash()


def test_exported_workbook_has_the_documented_layout(tmp_path: Path) -> None:
    template = next(t for t in bundled_templates() if t.key == "ttpvhcc-xa")
    path = tmp_path / "mau.xlsx"
    path.write_bytes(export_xlsx(template))
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == [SHEET_CRITERIA, SHEET_INFO]
    sheet = book[SHEET_CRITERIA]
    header = [c.value for c in sheet[1]]
    assert header == [
        "Mã",
        "Lĩnh vực",
        "Nội dung tiêu chí",
        "Hướng dẫn kiểm tra",
        "Minh chứng",
        "Điểm tối đa",
        "Căn cứ",
    ]
    assert all(c.font.b for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.max_row == 61
    first = [c.value for c in sheet[2]]
    assert first[0] == "A1"
    assert first[1] == "A. Chỉ đạo, điều hành cải cách hành chính"
    assert first[5] == 2
    assert sheet["C2"].alignment.wrap_text
    assert (sheet.column_dimensions["C"].width or 0) >= 40
    info = {row[0].value: row[1].value for row in book[SHEET_INFO].iter_rows()}
    assert info["Mã mẫu"] == "ttpvhcc-xa"
    assert info["Phiên bản"] == 1
    assert info["Phạm vi"] == "Xã"  # the kind of unit by its name, not the code "xa"
    assert info["Hiệu lực từ"] == dt.datetime(2025, 7, 1)
    assert info["Hiệu lực đến"] is None
    assert info["Căn cứ"] == "\n".join(template.basis)


def test_scope_is_written_by_name_and_read_back_as_codes(tmp_path: Path) -> None:
    template = next(t for t in bundled_templates() if t.key == "mot-cua-nd61")
    assert template.scope == "huyen,xa"
    path = tmp_path / "mau.xlsx"
    path.write_bytes(export_xlsx(template))
    info = {
        row[0].value: row[1].value for row in openpyxl.load_workbook(path)[SHEET_INFO].iter_rows()
    }
    assert info["Phạm vi"] == "Huyện, Xã"
    assert read_template_file(path).scope == "huyen,xa"


def test_awkward_content_round_trips(tmp_path: Path) -> None:
    template = Template(
        key="mau.thu_2",
        version=7,
        title="Mẫu có nội dung khó",
        areas=(
            Area(
                "AB",
                "Lĩnh vực: hai chữ cái",
                (
                    Criterion("AB1", "= 50% hồ sơ đúng hạn", "Dòng 1\nDòng 2", "", 1.5, ""),
                    Criterion("AB2", "Điểm không", max_score=0.0),
                ),
            ),
            Area("Z", "Cuối", (Criterion("Z10", "Tiêu chí «trích dẫn» – gạch ngang"),)),
        ),
        description="",
        basis=(),
    )
    path = tmp_path / "kho.xlsx"
    write_template_file(template, path)
    sheet = openpyxl.load_workbook(path)[SHEET_CRITERIA]
    assert sheet["C2"].data_type == "s"  # kept as text, not turned into a formula
    back = read_template_file(path)
    assert back == template
    assert back.content_hash() == template.content_hash()


# --- a workbook edited by hand -----------------------------------------------------------------


def test_import_accepts_what_excel_and_libreoffice_do_to_a_sheet(tmp_path: Path) -> None:
    # Headers retyped without diacritics, in another case, with stray spaces, in another order,
    # below a title line; numbers as int, float and text; a bare area letter after its titled
    # row; area cells merged down; blank rows; a date typed as dd/mm/yyyy text.
    header = [
        "  ma ",
        "Noi dung tieu chi",
        "LĨNH VỰC",
        "Hướng dẫn kiểm tra:",
        "minh chung",
        "Diem toi da",
        "Căn cứ",
        "Ghi chú riêng",
    ]
    rows: list[list[object]] = [
        ["a1", "Có kế hoạch", "A. Chỉ đạo, điều hành", "Xem kế hoạch", "Tệp", 2, "QĐ 876", "x"],
        ["A2", "Báo cáo đúng hạn", "A", None, None, "1", None],
        ["A3", "Tự kiểm tra", "A", None, None, 1.0, None],
        [],
        ["B1", "Văn bản QPPL", "B - Cải cách thể chế", None, None, "1,5", None],
        ["B2", "Rà soát văn bản", None, None, None, None, None],
        ["A4", "Kiến nghị lần trước", "A", None, None, 0, None],
        [None, None, None, None, None, None, None],
        [],
    ]
    path = tmp_path / "sua-tay.xlsx"
    info = [*INFO_ROWS]
    info[5] = ("Hiệu lực đến", "31/12/2026")
    _workbook(path, rows, header=header, info=info, above_header=[["BẢNG KIỂM (bản sửa)"]])
    book = openpyxl.load_workbook(path)
    book[SHEET_CRITERIA].merge_cells("C7:C8")  # B1's area cell (row 7) merged over B2's
    book.save(path)

    template = import_xlsx(path)

    assert (template.key, template.version, template.title) == ("mau-thu", 3, "Bảng kiểm thử")
    assert (template.valid_from, template.valid_to) == ("2025-07-01", "2026-12-31")
    assert template.description == "Dòng một\nDòng hai"
    assert template.basis == ("NĐ 118/2025/NĐ-CP", "TT 03/2025/TT-VPCP")
    assert [(a.code, a.title) for a in template.areas] == [
        ("A", "Chỉ đạo, điều hành"),
        ("B", "Cải cách thể chế"),
    ]
    # A4, typed below area B, joins area A rather than splitting it.
    assert [c.code for c in template.areas[0].criteria] == ["A1", "A2", "A3", "A4"]
    assert [c.max_score for c in template.areas[0].criteria] == [2.0, 1.0, 1.0, 0.0]
    assert [c.max_score for c in template.areas[1].criteria] == [1.5, 1.0]
    a1 = template.criterion("A1")
    assert a1 is not None
    assert (a1.guidance, a1.evidence, a1.source) == ("Xem kế hoạch", "Tệp", "QĐ 876")


def test_import_refuses_a_bad_sheet_and_names_each_row_and_column(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["A1", "A. Chỉ đạo, điều hành", "Có kế hoạch", "", "", 1, ""],  # row 2
        ["A2", "A", "Báo cáo", "", "", 1, ""],  # row 3
        ["B1", "B. Thể chế", "Văn bản", "", "", 1, ""],  # row 4
        ["A3", "A", "Tự kiểm tra", "", "", 1, ""],  # row 5
        ["B2", "B", "Rà soát", "", "", 1, ""],  # row 6
        ["B3", "B", "   ", "", "", 1, ""],  # row 7: empty text
        ["C1", "B", "Sai lĩnh vực", "", "", 1, ""],  # row 8: code outside its area
        ["B4", "B", "Điểm chữ", "", "", "abc", ""],  # row 9: score not a number
        ["D1", "D", "Lĩnh vực chưa có tên", "", "", 1, ""],  # row 10
        ["A-1", "A", "Mã sai dạng", "", "", 1, ""],  # row 11
        ["A3", "A", "Trùng mã", "", "", 1, ""],  # row 12: duplicate of row 5
        ["A9", "A. Tên khác", "Tên lĩnh vực khác", "", "", 1, ""],  # row 13
        ["A10", "A", "Điểm quá lớn", "", "", 500, ""],  # row 14
        ["", "A", "Thiếu mã", "", "", 1, ""],  # row 15
        ["A11", "Không có mã lĩnh vực", "Lĩnh vực không mã", "", "", 1, ""],  # row 16
        [],
        [],
    ]
    info = [*INFO_ROWS]
    info[1] = ("Phiên bản", "một")
    info[4] = ("Hiệu lực từ", "31/02/2025")
    path = _workbook(tmp_path / "loi.xlsx", rows, info=info)

    error = _rejected(path)
    message = error.vi

    expected = [
        "Dòng 7, cột C (Nội dung tiêu chí): để trống",
        "Dòng 8, cột A (Mã): mã «C1» không bắt đầu bằng chữ của lĩnh vực «B»",
        "Dòng 9, cột F (Điểm tối đa): «abc» không phải là số",
        "Dòng 10, cột B (Lĩnh vực): lĩnh vực «D» chưa có tên",
        "Dòng 11, cột A (Mã): «A-1» không đúng dạng mã tiêu chí",
        "Dòng 12, cột A (Mã): mã «A3» bị trùng với dòng 5",
        "Dòng 13, cột B (Lĩnh vực): lĩnh vực «A» đã có tên khác ở dòng 2",
        "Dòng 14, cột F (Điểm tối đa): «500» phải nằm trong khoảng 0 đến 100",
        "Dòng 15, cột A (Mã): để trống",
        "Dòng 16, cột B (Lĩnh vực): «Không có mã lĩnh vực» thiếu mã lĩnh vực",
        "Trang «Thông tin mẫu», dòng 2, cột B (Phiên bản): «một» không phải là số nguyên",
        "Trang «Thông tin mẫu», dòng 5, cột B (Hiệu lực từ): «31/02/2025» không phải là ngày",
    ]
    for text in expected:
        assert text in message, text
    assert len(error.problems) == len(expected)
    assert "loi.xlsx" in message
    assert f"Cần sửa {len(expected)} lỗi" in message
    # Rows without a problem are not mentioned.
    for row in (2, 3, 4, 5, 6):
        assert f"Dòng {row}," not in message


@pytest.mark.usefixtures("english")
def test_refusal_reads_in_english_when_asked(tmp_path: Path) -> None:
    rows: list[list[object]] = [["A1", "A. Chỉ đạo", "", "", "", "abc", ""]]
    path = _workbook(tmp_path / "loi.xlsx", rows)
    error = _rejected(path)
    assert "Row 2, column C (Nội dung tiêu chí): empty" in str(error)
    assert "Row 2, column F (Điểm tối đa): 'abc' is not a number" in str(error)


def test_missing_sheets_are_named(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "thieu.xlsx",
        [["A1", "A. X", "Y", "", "", 1, ""]],
        criteria_title="Sheet1",
        info_title=None,
    )
    message = _rejected(path).vi
    assert "Thiếu trang tính «Thông tin mẫu»" in message
    assert "Thiếu trang tính «Tiêu chí»" in message
    assert "«Sheet1»" in message


def test_sheet_names_match_without_diacritics(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "ten.xlsx",
        [["A1", "A. X", "Y", "", "", 1, ""]],
        criteria_title="TIEU CHI",
        info_title="thong tin mau",
    )
    assert import_xlsx(path).criterion("A1") is not None


def test_missing_header_columns_are_named(tmp_path: Path) -> None:
    header: list[object] = ["Mã", "Lĩnh vực", "Nội dung tiêu chí", "Hướng dẫn kiểm tra", "Ghi chú"]
    path = _workbook(tmp_path / "cot.xlsx", [["A1", "A. X", "Y", "", ""]], header=header)
    message = _rejected(path).vi
    for column in ("Minh chứng", "Điểm tối đa", "Căn cứ"):
        assert f"Trang «Tiêu chí», dòng 1: thiếu cột «{column}»" in message


def test_a_sheet_without_a_header_row_is_refused(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "trong.xlsx", [["x", "y"]], header=["Một", "Hai"])
    assert "không tìm thấy dòng tiêu đề" in _rejected(path).vi


def test_a_sheet_without_criteria_is_refused(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "rong.xlsx", [[], []])
    assert "chưa có tiêu chí nào" in _rejected(path).vi


def test_missing_information_rows_are_named(tmp_path: Path) -> None:
    info: list[tuple[str, object]] = [("Tên mẫu", "Chỉ có tên")]
    path = _workbook(tmp_path / "tt.xlsx", [["A1", "A. X", "Y", "", "", 1, ""]], info=info)
    message = _rejected(path).vi
    assert "Trang «Thông tin mẫu»: thiếu dòng «Mã mẫu»" in message
    assert "Trang «Thông tin mẫu»: thiếu dòng «Phiên bản»" in message


def test_a_bad_key_and_reversed_dates_are_refused(tmp_path: Path) -> None:
    info = [*INFO_ROWS]
    info[0] = ("Mã mẫu", "Mẫu Xã")
    info[5] = ("Hiệu lực đến", dt.datetime(2025, 1, 1))
    path = _workbook(tmp_path / "khoa.xlsx", [["A1", "A. X", "Y", "", "", 1, ""]], info=info)
    message = _rejected(path).vi
    assert "dòng 1, cột B (Mã mẫu): «Mẫu Xã» chỉ được gồm chữ thường" in message
    assert "dòng 6, cột B (Hiệu lực đến): ngày hết hiệu lực ở trước" in message


# --- files that are not workbooks --------------------------------------------------------------


def test_a_text_file_renamed_xlsx_gets_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "gia.xlsx"
    path.write_text("Mã;Lĩnh vực;Nội dung\nA1;A;Có kế hoạch\n", encoding="utf-8")
    with pytest.raises(UserError) as caught:
        read_template_file(path)
    assert not isinstance(caught.value, WorkbookRejected)
    assert "«gia.xlsx» không phải bảng tính Excel (.xlsx)" in caught.value.vi
    assert "lưu lại dưới dạng Excel (.xlsx)" in caught.value.vi
    assert "not an Excel workbook" in caught.value.en


def test_an_empty_file_an_old_xls_and_a_damaged_zip_are_refused(tmp_path: Path) -> None:
    empty = tmp_path / "rong.xlsx"
    empty.write_bytes(b"")
    old = tmp_path / "cu.xlsx"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 500)
    damaged = tmp_path / "hong.xlsx"
    with zipfile.ZipFile(damaged, "w") as archive:
        archive.writestr("readme.txt", "không phải workbook")
    with pytest.raises(UserError, match="rỗng"):
        import_xlsx(empty)
    with pytest.raises(UserError, match=r"Excel 97-2003 \(\.xls\)"):
        import_xlsx(old)
    with pytest.raises(UserError, match="bị hỏng"):
        import_xlsx(damaged)


def test_a_missing_file_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="Không tìm thấy tệp"):
        read_template_file(tmp_path / "khong-co.xlsx")
    with pytest.raises(UserError, match="Không tìm thấy tệp"):
        read_template_file(tmp_path / "khong-co.json")


@pytest.mark.parametrize("name", ["mau.csv", "mau.xls", "mau.ods", "mau"])
def test_other_file_types_are_refused(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text("x", encoding="utf-8")
    template = bundled_templates()[0]
    with pytest.raises(UserError, match=r"\.json hoặc \.xlsx"):
        read_template_file(path)
    with pytest.raises(UserError, match=r"\.json hoặc \.xlsx"):
        write_template_file(template, path)
    assert path.read_text(encoding="utf-8") == "x"


# --- JSON files --------------------------------------------------------------------------------


@pytest.mark.parametrize("key", ["mot-cua-nd61", "ttpvhcc-xa"])
def test_json_file_round_trip(tmp_path: Path, key: str) -> None:
    template = next(t for t in bundled_templates() if t.key == key)
    path = tmp_path / "sub" / f"{key}.json"
    write_template_file(template, path)
    text = path.read_text(encoding="utf-8")
    assert text.startswith('{\n  "format": "cchc-checklist/1",\n  "key": ')
    assert "Đạt một phần" in text  # not \u-escaped
    assert read_template_file(path) == template
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary file left


def test_writing_replaces_an_existing_file_whole(tmp_path: Path) -> None:
    old, new = bundled_templates()[:2]
    path = tmp_path / "mau.xlsx"
    write_template_file(old, path)
    write_template_file(new, path)
    assert read_template_file(path) == new
    assert [p.name for p in tmp_path.iterdir()] == ["mau.xlsx"]


def test_invalid_json_is_refused_with_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "hong.json"
    path.write_text('{\n  "format": "cchc-checklist/1",\n  "key": \n}\n', encoding="utf-8")
    with pytest.raises(UserError) as caught:
        read_template_file(path)
    assert "«hong.json» không phải JSON hợp lệ: dòng 4, cột 1" in caught.value.vi


def test_json_in_another_encoding_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "utf16.json"
    path.write_text('{"title": "Bảng kiểm"}', encoding="utf-16")
    with pytest.raises(UserError, match="không phải văn bản UTF-8"):
        read_template_file(path)


def test_json_with_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    template = bundled_templates()[0]
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(template.to_dict()).encode("utf-8"))
    assert read_template_file(path) == template


def test_valid_json_that_is_not_a_template_names_the_path(tmp_path: Path) -> None:
    data = bundled_templates()[0].to_dict()
    data["areas"][0]["criteria"][0]["max_score"] = -1
    path = tmp_path / "sai.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(UserError) as caught:
        read_template_file(path)
    assert "Tệp «sai.json»" in caught.value.vi
    assert "areas/0/criteria/0/max_score" in caught.value.vi


def test_a_template_written_over_a_folder_names_the_file_chosen(tmp_path: Path) -> None:
    target = tmp_path / "mau.json"
    target.mkdir()
    with pytest.raises(UserError) as caught:
        write_template_file(bundled_templates()[0], target)
    assert str(target) in caught.value.vi and ".tmp" not in caught.value.vi
    assert [p.name for p in tmp_path.iterdir()] == ["mau.json"]
