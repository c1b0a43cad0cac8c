<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
    <context>
        <name>cchc_desktop.atomic</name>
        <message>
            <location filename="../../cchc_desktop/atomic.py" />
            <source>Không ghi được tệp «{path}» ({reason}). Hãy chọn thư mục khác.</source>
            <extracomment>Cannot write the file '{path}' ({reason}). Choose another folder.</extracomment>
            <translation>Cannot write the file '{path}' ({reason}). Choose another folder.</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.checklists.library</name>
        <message>
            <location filename="../../cchc_desktop/checklists/library.py" />
            <source>Không tìm thấy thư mục mẫu bảng kiểm đi kèm chương trình ({folder}). Hãy cài đặt lại chương trình.</source>
            <extracomment>The checklist templates shipped with the app are missing ({folder}). Reinstall the app.</extracomment>
            <translation>The checklist templates shipped with the app are missing ({folder}). Reinstall the app.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/checklists/library.py" />
            <source>Tệp «{name}» không phải văn bản UTF-8 (byte lạ ở vị trí {exc.start}). Hãy lưu lại tệp với bảng mã UTF-8.</source>
            <extracomment>'{name}' is not UTF-8 text (unexpected byte at position {exc.start}). Save it again as UTF-8.</extracomment>
            <translation>'{name}' is not UTF-8 text (unexpected byte at position {exc.start}). Save it again as UTF-8.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/checklists/library.py" />
            <source>Tệp «{name}» không phải JSON hợp lệ: dòng {exc.lineno}, cột {exc.colno} ({exc.msg}).</source>
            <extracomment>'{name}' is not valid JSON: line {exc.lineno}, column {exc.colno} ({exc.msg}).</extracomment>
            <translation>'{name}' is not valid JSON: line {exc.lineno}, column {exc.colno} ({exc.msg}).</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/checklists/library.py" />
            <source>Tệp «{name}» không phải mẫu bảng kiểm: dữ liệu lồng nhau quá sâu.</source>
            <extracomment>'{name}' is not a checklist template: its data is nested too deep.</extracomment>
            <translation>'{name}' is not a checklist template: its data is nested too deep.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/checklists/library.py" />
            <source>Mẫu bảng kiểm chỉ đọc và ghi được dưới dạng .json hoặc .xlsx; tệp «{path.name}» có đuôi {shown}. Với bảng tính Excel 97-2003 (.xls) hoặc LibreOffice (.ods), hãy mở rồi lưu lại dưới dạng .xlsx.</source>
            <extracomment>Checklist templates can only be read and written as .json or .xlsx; '{path.name}' ends in {shown_en}. For an Excel 97-2003 (.xls) or LibreOffice (.ods) spreadsheet, open it and save it again as .xlsx.</extracomment>
            <translation>Checklist templates can only be read and written as .json or .xlsx; '{path.name}' ends in {shown_en}. For an Excel 97-2003 (.xls) or LibreOffice (.ods) spreadsheet, open it and save it again as .xlsx.</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.checklists.schema</name>
        <message>
            <location filename="../../cchc_desktop/checklists/schema.py" />
            <source>{origin} không đúng định dạng mẫu bảng kiểm: {listing}</source>
            <extracomment>{origin} is not a valid checklist template: {listing}</extracomment>
            <translation>{origin} is not a valid checklist template: {listing}</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.checklists.xlsx_export</name>
        <message>
            <location filename="../../cchc_desktop/checklists/xlsx_export.py" />
            <source>Không ghi được ra Excel: mục «{where}» chứa ký tự điều khiển mà Excel không cho phép. Hãy xóa ký tự đó rồi xuất lại.</source>
            <extracomment>Cannot write to Excel: '{where}' contains a control character Excel does not allow. Remove it and export again.</extracomment>
            <translation>Cannot write to Excel: '{where}' contains a control character Excel does not allow. Remove it and export again.</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.checklists.xlsx_import</name>
        <message>
            <location filename="../../cchc_desktop/checklists/xlsx_import.py" />
            <source>Thiếu trang tính «{title}» (các trang có trong tệp: {present}).</source>
            <extracomment>The sheet '{title}' is missing (the file has: {present_en}).</extracomment>
            <translation>The sheet '{title}' is missing (the file has: {present_en}).</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/checklists/xlsx_import.py" />
            <source>Trang «{SHEET_CRITERIA}» chưa có tiêu chí nào (dưới dòng tiêu đề {header_row}).</source>
            <extracomment>Sheet '{SHEET_CRITERIA}' has no criteria (below the header row {header_row}).</extracomment>
            <translation>Sheet '{SHEET_CRITERIA}' has no criteria (below the header row {header_row}).</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/checklists/xlsx_import.py" />
            <source>Trang «{SHEET_CRITERIA}»: không tìm thấy dòng tiêu đề ({' | '.join(HEADERS)}) trong {HEADER_SEARCH_ROWS} dòng đầu.</source>
            <extracomment>Sheet '{SHEET_CRITERIA}': no header row ({' | '.join(HEADERS)}) in the first {HEADER_SEARCH_ROWS} rows.</extracomment>
            <translation>Sheet '{SHEET_CRITERIA}': no header row ({' | '.join(HEADERS)}) in the first {HEADER_SEARCH_ROWS} rows.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/checklists/xlsx_import.py" />
            <source>Trang «{SHEET_CRITERIA}», dòng {header_row}: thiếu cột «{header}».</source>
            <extracomment>Sheet '{SHEET_CRITERIA}', row {header_row}: the column '{header}' is missing.</extracomment>
            <translation>Sheet '{SHEET_CRITERIA}', row {header_row}: the column '{header}' is missing.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/checklists/xlsx_import.py" />
            <source>Dòng {row}, cột {letter} ({header}): {vi}</source>
            <extracomment>Row {row}, column {letter} ({header}): {en}</extracomment>
            <translation>Row {row}, column {letter} ({header}): {en}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/checklists/xlsx_import.py" />
            <source>mã «{code}» không bắt đầu bằng chữ của lĩnh vực «{area.code}»</source>
            <extracomment>the code '{code}' does not start with its area letter '{area.code}'</extracomment>
            <translation>the code '{code}' does not start with its area letter '{area.code}'</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/checklists/xlsx_import.py" />
            <source>để trống</source>
            <extracomment>empty</extracomment>
            <translation>empty</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/checklists/xlsx_import.py" />
            <source>«{_short(raw)}» không đúng dạng mã tiêu chí (chữ cái của lĩnh vực rồi số thứ tự, ví dụ A1)</source>
            <extracomment>'{_short(raw)}' is not a criterion code (area letter then a number, e.g. A1)</extracomment>
            <translation>'{_short(raw)}' is not a criterion code (area letter then a number, e.g. A1)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/checklists/xlsx_import.py" />
            <source>mã «{code}» bị trùng với dòng {self._code_rows[code]}</source>
            <extracomment>the code '{code}' is also used on row {self._code_rows[code]}</extracomment>
            <translation>the code '{code}' is also used on row {self._code_rows[code]}</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.checklists.xlsx_info</name>
        <message>
            <location filename="../../cchc_desktop/checklists/xlsx_info.py" />
            <source>ngày hết hiệu lực ở trước ngày bắt đầu hiệu lực</source>
            <extracomment>the end date is before the start date</extracomment>
            <translation>the end date is before the start date</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/checklists/xlsx_info.py" />
            <source>Trang «{SHEET_INFO}»: thiếu dòng «{label}» (nhãn ở cột A, giá trị ở cột B).</source>
            <extracomment>Sheet '{SHEET_INFO}': the row '{label}' is missing (label in column A, value in column B).</extracomment>
            <translation>Sheet '{SHEET_INFO}': the row '{label}' is missing (label in column A, value in column B).</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/checklists/xlsx_info.py" />
            <source>Trang «{SHEET_INFO}», dòng {row}, cột B ({label}): {vi}</source>
            <extracomment>Sheet '{SHEET_INFO}', row {row}, column B ({label}): {en}</extracomment>
            <translation>Sheet '{SHEET_INFO}', row {row}, column B ({label}): {en}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/checklists/xlsx_info.py" />
            <source>để trống</source>
            <extracomment>empty</extracomment>
            <translation>empty</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/checklists/xlsx_info.py" />
            <source>«{_short(key)}» chỉ được gồm chữ thường không dấu, chữ số, dấu gạch ngang, dấu chấm, gạch dưới (2-64 ký tự), ví dụ «ttpvhcc-xa»</source>
            <extracomment>'{_short(key)}' may only hold lower-case ASCII letters, digits, '-', '.', '_' (2-64 characters), e.g. 'ttpvhcc-xa'</extracomment>
            <translation>'{_short(key)}' may only hold lower-case ASCII letters, digits, '-', '.', '_' (2-64 characters), e.g. 'ttpvhcc-xa'</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/checklists/xlsx_info.py" />
            <source>«{_short(self.raw('Phiên bản'))}» không phải là số nguyên từ 1 trở lên</source>
            <extracomment>'{_short(self.raw('Phiên bản'))}' is not a whole number of 1 or more</extracomment>
            <translation>'{_short(self.raw('Phiên bản'))}' is not a whole number of 1 or more</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/checklists/xlsx_info.py" />
            <source>«{_short(self.raw(label))}» không phải là ngày hợp lệ (ghi dạng dd/mm/yyyy)</source>
            <extracomment>'{_short(self.raw(label))}' is not a valid date (write dd/mm/yyyy)</extracomment>
            <translation>'{_short(self.raw(label))}' is not a valid date (write dd/mm/yyyy)</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.checklists.xlsx_layout</name>
        <message>
            <location filename="../../cchc_desktop/checklists/xlsx_layout.py" />
            <source>Không nhập được mẫu bảng kiểm từ tệp «{name}». Cần sửa {len(problems)} lỗi:
{'\n'.join(vi_lines)}</source>
            <extracomment>Cannot import the checklist template from '{name}'. {len(problems)} problem(s) to fix:
{'\n'.join(en_lines)}</extracomment>
            <translation>Cannot import the checklist template from '{name}'. {len(problems)} problem(s) to fix:
{'\n'.join(en_lines)}</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.checklists.xlsx_limits</name>
        <message>
            <location filename="../../cchc_desktop/checklists/xlsx_limits.py" />
            <source>Không nhập tệp «{name}»: {vi}. {_HINT[0]}</source>
            <extracomment>Cannot import '{name}': {en}. {_HINT[1]}</extracomment>
            <translation>Cannot import '{name}': {en}. {_HINT[1]}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/checklists/xlsx_limits.py" />
            <source>tệp có quá nhiều thành phần</source>
            <extracomment>the file has too many parts</extracomment>
            <translation>the file has too many parts</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/checklists/xlsx_limits.py" />
            <source>nội dung giải nén vượt {MAX_UNPACKED_BYTES // (1024 * 1024)} MB</source>
            <extracomment>its content unpacks to over {MAX_UNPACKED_BYTES // (1024 * 1024)} MB</extracomment>
            <translation>its content unpacks to over {MAX_UNPACKED_BYTES // (1024 * 1024)} MB</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/checklists/xlsx_limits.py" />
            <source>Không đọc được tệp «{name}»: tệp Excel bị hỏng hoặc không đúng định dạng .xlsx. Hãy mở tệp bằng Excel hoặc LibreOffice rồi lưu lại dưới dạng Excel (.xlsx).</source>
            <extracomment>Cannot read '{name}': the Excel file is damaged or not a valid .xlsx. Open it in Excel or LibreOffice and save it again as an Excel workbook (.xlsx).</extracomment>
            <translation>Cannot read '{name}': the Excel file is damaged or not a valid .xlsx. Open it in Excel or LibreOffice and save it again as an Excel workbook (.xlsx).</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/checklists/xlsx_limits.py" />
            <source>có hơn {_vn(MAX_CELLS)} ô có dữ liệu hoặc định dạng</source>
            <extracomment>it has over {MAX_CELLS:,} cells with content or formatting</extracomment>
            <translation>it has over {MAX_CELLS:,} cells with content or formatting</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/checklists/xlsx_limits.py" />
            <source>trang {sheet} có ô ở dòng {_vn(row)}, cột {_vn(column)} (giới hạn {_vn(MAX_ROWS)} dòng, {MAX_COLUMNS} cột)</source>
            <extracomment>sheet {sheet} has a cell at row {row:,}, column {column:,} (the limit is {MAX_ROWS:,} rows, {MAX_COLUMNS} columns)</extracomment>
            <translation>sheet {sheet} has a cell at row {row:,}, column {column:,} (the limit is {MAX_ROWS:,} rows, {MAX_COLUMNS} columns)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/checklists/xlsx_limits.py" />
            <source>có hơn {_vn(MAX_RANGES)} vùng ô gộp hoặc liên kết</source>
            <extracomment>it has over {MAX_RANGES:,} merged ranges or links</extracomment>
            <translation>it has over {MAX_RANGES:,} merged ranges or links</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/checklists/xlsx_limits.py" />
            <source>các ô gộp phủ hơn {_vn(MAX_RANGE_CELLS)} ô</source>
            <extracomment>its merged cells cover over {MAX_RANGE_CELLS:,} cells</extracomment>
            <translation>its merged cells cover over {MAX_RANGE_CELLS:,} cells</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/checklists/xlsx_limits.py" />
            <source>Hãy xoá các dòng, cột, ô gộp thừa (hoặc chép các trang cần thiết sang một tệp mới) rồi lưu lại.</source>
            <extracomment>Delete the extra rows, columns and merged cells (or copy the sheets you need into a new file) and save it again.</extracomment>
            <translation>Delete the extra rows, columns and merged cells (or copy the sheets you need into a new file) and save it again.</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.checklists.xlsx_open</name>
        <message>
            <location filename="../../cchc_desktop/checklists/xlsx_open.py" />
            <source>Tệp «{name}» rỗng.</source>
            <extracomment>The file '{name}' is empty.</extracomment>
            <translation>The file '{name}' is empty.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/checklists/xlsx_open.py" />
            <source>Tệp «{name}» là bảng tính Excel 97-2003 (.xls), chương trình chỉ đọc .xlsx. {hint_vi}</source>
            <extracomment>'{name}' is an Excel 97-2003 (.xls) file; only .xlsx can be read. {hint_en}</extracomment>
            <translation>'{name}' is an Excel 97-2003 (.xls) file; only .xlsx can be read. {hint_en}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/checklists/xlsx_open.py" />
            <source>Tệp «{name}» không phải bảng tính Excel (.xlsx): nội dung của nó không đúng định dạng, có thể tệp đã bị đổi tên hoặc bị hỏng. {hint_vi}</source>
            <extracomment>'{name}' is not an Excel workbook (.xlsx): its content is in another format; it may have been renamed or damaged. {hint_en}</extracomment>
            <translation>'{name}' is not an Excel workbook (.xlsx): its content is in another format; it may have been renamed or damaged. {hint_en}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/checklists/xlsx_open.py" />
            <source>Tệp «{name}» là bảng tính LibreOffice (.ods), không phải .xlsx. {hint_vi}</source>
            <extracomment>'{name}' is a LibreOffice spreadsheet (.ods), not .xlsx. {hint_en}</extracomment>
            <translation>'{name}' is a LibreOffice spreadsheet (.ods), not .xlsx. {hint_en}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/checklists/xlsx_open.py" />
            <source>Không đọc được tệp «{name}»: tệp Excel bị hỏng hoặc không đúng định dạng .xlsx. {_HINT_VI}</source>
            <extracomment>Cannot read '{name}': the Excel file is damaged or not a valid .xlsx. {_HINT_EN}</extracomment>
            <translation>Cannot read '{name}': the Excel file is damaged or not a valid .xlsx. {_HINT_EN}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/checklists/xlsx_open.py" />
            <source>Hãy mở tệp bằng Excel hoặc LibreOffice rồi lưu lại dưới dạng Excel (.xlsx).</source>
            <extracomment>Open it in Excel or LibreOffice and save it again as an Excel workbook (.xlsx).</extracomment>
            <translation>Open it in Excel or LibreOffice and save it again as an Excel workbook (.xlsx).</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/checklists/xlsx_open.py" />
            <source>ô chứa công thức «{short(formula)}» mà tệp không lưu kết quả của nó; hãy mở tệp bằng Excel hoặc LibreOffice rồi lưu lại (để công thức được tính), hoặc thay công thức bằng giá trị</source>
            <extracomment>the cell holds the formula '{short(formula)}' with no stored result; open the file in Excel or LibreOffice and save it again (so the formula is calculated), or replace it with a value</extracomment>
            <translation>the cell holds the formula '{short(formula)}' with no stored result; open the file in Excel or LibreOffice and save it again (so the formula is calculated), or replace it with a value</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.cli</name>
        <message>
            <location filename="../../cchc_desktop/cli/__init__.py" />
            <source>Đã dừng theo yêu cầu; dữ liệu đã lưu không bị ảnh hưởng.</source>
            <extracomment>Stopped on request; stored data is unaffected.</extracomment>
            <translation>Stopped on request; stored data is unaffected.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/__init__.py" />
            <source>(không ghi được nhật ký)</source>
            <extracomment>(no log could be written)</extracomment>
            <translation>(no log could be written)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/__init__.py" />
            <source>Lỗi chương trình không lường trước ({type(exc).__name__}); chi tiết: {where}. Lệnh đã dừng; thay đổi dở dang không được lưu. Hãy gửi tệp đó cho người hỗ trợ.</source>
            <extracomment>An unforeseen program error ({type(exc).__name__}); details: {where}. The command stopped; nothing half-done was stored. Please send that file to support.</extracomment>
            <translation>An unforeseen program error ({type(exc).__name__}); details: {where}. The command stopped; nothing half-done was stored. Please send that file to support.</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.cli.cmd_conflicts</name>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_conflicts.py" />
            <source>xung đột chờ quyết định</source>
            <extracomment>conflicts awaiting a decision</extracomment>
            <translation>conflicts awaiting a decision</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_conflicts.py" />
            <source>liệt kê</source>
            <extracomment>list</extracomment>
            <translation>list</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_conflicts.py" />
            <source>cả đã giải quyết</source>
            <extracomment>resolved too</extracomment>
            <translation>resolved too</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_conflicts.py" />
            <source>so sánh hai bản</source>
            <extracomment>compare the versions</extracomment>
            <translation>compare the versions</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_conflicts.py" />
            <source>giải quyết một xung đột, hoặc mọi xung đột của một gói/một cuộc kiểm tra</source>
            <extracomment>resolve one conflict, or every conflict of a package or an inspection</extracomment>
            <translation>resolve one conflict, or every conflict of a package or an inspection</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_conflicts.py" />
            <source>mã xung đột</source>
            <extracomment>conflict id</extracomment>
            <translation>conflict id</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_conflicts.py" />
            <source>mọi xung đột của gói này (mã hoặc tên tệp)</source>
            <extracomment>every conflict of this package</extracomment>
            <translation>every conflict of this package</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_conflicts.py" />
            <source>mọi xung đột của cuộc kiểm tra này</source>
            <extracomment>every conflict of this inspection</extracomment>
            <translation>every conflict of this inspection</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_conflicts.py" />
            <source>mine: bản trong máy này; theirs: bản trong gói; both: cả hai (từng xung đột)</source>
            <extracomment>mine: this laptop's version; theirs: the package's; both: both (one conflict)</extracomment>
            <translation>mine: this laptop's version; theirs: the package's; both: both (one conflict)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_conflicts.py" />
            <source>hoàn tác lần giải quyết hàng loạt</source>
            <extracomment>undo a bulk resolution</extracomment>
            <translation>undo a bulk resolution</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_conflicts.py" />
            <source>mã quyết định (mặc định: lần gần nhất)</source>
            <extracomment>default: last</extracomment>
            <translation>default: last</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_conflicts.py" />
            <source>mã</source>
            <extracomment>id</extracomment>
            <translation>id</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_conflicts.py" />
            <source>loại</source>
            <extracomment>kind</extracomment>
            <translation>kind</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_conflicts.py" />
            <source>bản ghi</source>
            <extracomment>record</extracomment>
            <translation>record</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_conflicts.py" />
            <source>trường</source>
            <extracomment>field</extracomment>
            <translation>field</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_conflicts.py" />
            <source>trong máy này</source>
            <extracomment>on this laptop</extracomment>
            <translation>on this laptop</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_conflicts.py" />
            <source>trong gói</source>
            <extracomment>in the package</extracomment>
            <translation>in the package</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_conflicts.py" />
            <source>gói của</source>
            <extracomment>package of</extracomment>
            <translation>package of</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_conflicts.py" />
            <source>trạng thái</source>
            <extracomment>status</extracomment>
            <translation>status</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_conflicts.py" />
            <source>Gói {package.package_name} của {package.device_name}: {len(ids)} xung đột đang chờ — cchc conflicts resolve --package {package.package_id[:12]} --keep mine|theirs</source>
            <extracomment>Package {package.package_name} of {package.device_name}: {len(ids)} open conflicts — cchc conflicts resolve --package {package.package_id[:12]} --keep mine|theirs</extracomment>
            <translation>Package {package.package_name} of {package.device_name}: {len(ids)} open conflicts — cchc conflicts resolve --package {package.package_id[:12]} --keep mine|theirs</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_conflicts.py" />
            <source>trong gói của {theirs['from']}</source>
            <extracomment>in the package of {theirs['from']}</extracomment>
            <translation>in the package of {theirs['from']}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_conflicts.py" />
            <source>Hãy ghi đúng một trong: mã xung đột, --package hoặc --inspection.</source>
            <extracomment>Give exactly one of: a conflict id, --package or --inspection.</extracomment>
            <translation>Give exactly one of: a conflict id, --package or --inspection.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_conflicts.py" />
            <source>Không còn xung đột nào đang chờ của {scope['label']}.</source>
            <extracomment>No open conflict left in {scope['label']}.</extracomment>
            <translation>No open conflict left in {scope['label']}.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_conflicts.py" />
            <source>Bỏ qua xung đột {item['conflict'][:8]}: {item['reason']}</source>
            <extracomment>Skipped conflict {item['conflict'][:8]}: {item['reason']}</extracomment>
            <translation>Skipped conflict {item['conflict'][:8]}: {item['reason']}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_conflicts.py" />
            <source>Đã giải quyết {len(decision.resolved)} xung đột của {scope['label']}: {vi}{f'; bỏ qua {len(decision.skipped)}.' if decision.skipped else '.'}{f' Hoàn tác: cchc conflicts undo {decision.id[:8]}' if decision.resolved else ''}</source>
            <extracomment>Resolved {len(decision.resolved)} conflicts of {scope['label']}: {en}{f'; skipped {len(decision.skipped)}.' if decision.skipped else '.'}{f' Undo: cchc conflicts undo {decision.id[:8]}' if decision.resolved else ''}</extracomment>
            <translation>Resolved {len(decision.resolved)} conflicts of {scope['label']}: {en}{f'; skipped {len(decision.skipped)}.' if decision.skipped else '.'}{f' Undo: cchc conflicts undo {decision.id[:8]}' if decision.resolved else ''}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_conflicts.py" />
            <source>Đã giải quyết xung đột {done['id'][:8]}: {vi}.</source>
            <extracomment>Resolved conflict {done['id'][:8]}: {en}.</extracomment>
            <translation>Resolved conflict {done['id'][:8]}: {en}.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_conflicts.py" />
            <source>Không có lần giải quyết hàng loạt nào để hoàn tác.</source>
            <extracomment>No bulk decision to undo.</extracomment>
            <translation>No bulk decision to undo.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_conflicts.py" />
            <source>Đã hoàn tác: {len(decision.resolved)} xung đột của {decision.scope['label']} lại chờ quyết định; các bản ghi trở về như trước.</source>
            <extracomment>Undone: {len(decision.resolved)} conflicts of {decision.scope['label']} are open again; the records are as they were.</extracomment>
            <translation>Undone: {len(decision.resolved)} conflicts of {decision.scope['label']} are open again; the records are as they were.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_conflicts.py" />
            <source>giữ bản trong máy này</source>
            <extracomment>kept this laptop's version</extracomment>
            <translation>kept this laptop's version</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_conflicts.py" />
            <source>lấy bản trong gói</source>
            <extracomment>took the package's version</extracomment>
            <translation>took the package's version</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_conflicts.py" />
            <source>giữ cả hai</source>
            <extracomment>kept both</extracomment>
            <translation>kept both</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.cli.cmd_devices</name>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_devices.py" />
            <source>máy này và các máy tin cậy</source>
            <extracomment>this laptop and the trusted ones</extracomment>
            <translation>this laptop and the trusted ones</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_devices.py" />
            <source>liệt kê</source>
            <extracomment>list</extracomment>
            <translation>list</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_devices.py" />
            <source>tên và vân tay của máy này</source>
            <extracomment>this laptop's name and fingerprint</extracomment>
            <translation>this laptop's name and fingerprint</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_devices.py" />
            <source>đặt tên máy này</source>
            <extracomment>name this laptop</extracomment>
            <translation>name this laptop</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_devices.py" />
            <source>TÊN</source>
            <extracomment>NAME</extracomment>
            <translation>NAME</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_devices.py" />
            <source>ví dụ «Máy đoàn 1 – Nguyễn Văn An»</source>
            <extracomment>e.g. 'Máy đoàn 1 – Nguyễn Văn An'</extracomment>
            <translation>e.g. 'Máy đoàn 1 – Nguyễn Văn An'</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_devices.py" />
            <source>tin cậy thiết bị đã ký gói</source>
            <extracomment>trust the device that signed a package</extracomment>
            <translation>trust the device that signed a package</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_devices.py" />
            <source>vân tay đã đối chiếu: 12 nhóm 5 chữ số (dấu cách, gạch ngang bỏ qua) hoặc SHA256:…</source>
            <extracomment>the fingerprint you checked: 12 groups of 5 digits (spaces, dashes ignored) or SHA256:…</extracomment>
            <translation>the fingerprint you checked: 12 groups of 5 digits (spaces, dashes ignored) or SHA256:…</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_devices.py" />
            <source>thôi tin cậy</source>
            <extracomment>stop trusting</extracomment>
            <translation>stop trusting</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_devices.py" />
            <source>mã máy hoặc vân tay (chữ số)</source>
            <extracomment>the laptop's id or fingerprint (digits)</extracomment>
            <translation>the laptop's id or fingerprint (digits)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_devices.py" />
            <source>máy</source>
            <extracomment>laptop</extracomment>
            <translation>laptop</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_devices.py" />
            <source>vân tay</source>
            <extracomment>fingerprint</extracomment>
            <translation>fingerprint</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_devices.py" />
            <source>chấp nhận</source>
            <extracomment>accepted</extracomment>
            <translation>accepted</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_devices.py" />
            <source>Máy này: {data['label']}</source>
            <extracomment>This laptop: {data['label']}</extracomment>
            <translation>This laptop: {data['label']}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_devices.py" />
            <source>Mã thiết bị: {data['id']}</source>
            <extracomment>Device id: {data['id']}</extracomment>
            <translation>Device id: {data['id']}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_devices.py" />
            <source>Máy chưa có tên (đang dùng tên máy tính «{data['hostname']}»); hãy đặt: cchc devices rename "Máy đoàn 1 – Nguyễn Văn An"</source>
            <extracomment>The laptop has no name (its hostname '{data['hostname']}' is used); give it one: cchc devices rename "Máy đoàn 1 – Nguyễn Văn An"</extracomment>
            <translation>The laptop has no name (its hostname '{data['hostname']}' is used); give it one: cchc devices rename "Máy đoàn 1 – Nguyễn Văn An"</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_devices.py" />
            <source>Vân tay (đọc to từng nhóm để người nhận đối chiếu):</source>
            <extracomment>Fingerprint (read each group aloud for the receiver to compare):</extracomment>
            <translation>Fingerprint (read each group aloud for the receiver to compare):</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_devices.py" />
            <source>Đã đặt tên máy: {data['label']}. Các gói xuất từ nay mang tên này.</source>
            <extracomment>The laptop is now {data['label']}. Packages exported from now on carry it.</extracomment>
            <translation>The laptop is now {data['label']}. Packages exported from now on carry it.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_devices.py" />
            <source>Vân tay của gói ({device.digits}) khác vân tay đã đối chiếu ({output.one_line(args.fingerprint.strip())}); không tin cậy máy {device.label}.</source>
            <extracomment>The package's fingerprint ({device.digits}) differs from the one you checked ({output.one_line(args.fingerprint.strip())}); laptop {device.label} was not trusted.</extracomment>
            <translation>The package's fingerprint ({device.digits}) differs from the one you checked ({output.one_line(args.fingerprint.strip())}); laptop {device.label} was not trusted.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_devices.py" />
            <source>Đã tin cậy máy {device.label} (vân tay {device.digits}).</source>
            <extracomment>Trusted laptop {device.label} (fingerprint {device.digits}).</extracomment>
            <translation>Trusted laptop {device.label} (fingerprint {device.digits}).</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_devices.py" />
            <source>Máy {device.label} đã được tin cậy từ trước.</source>
            <extracomment>Laptop {device.label} was already trusted.</extracomment>
            <translation>Laptop {device.label} was already trusted.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_devices.py" />
            <source>Đã thôi tin cậy thiết bị {device_id}.</source>
            <extracomment>Device {device_id} is no longer trusted.</extracomment>
            <translation>Device {device_id} is no longer trusted.</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.cli.cmd_edit</name>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_edit.py" />
            <source>sửa kế hoạch</source>
            <extracomment>edit a plan</extracomment>
            <translation>edit a plan</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_edit.py" />
            <source>sửa đơn vị</source>
            <extracomment>edit a unit</extracomment>
            <translation>edit a unit</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_edit.py" />
            <source>đơn vị cấp trên</source>
            <extracomment>parent unit</extracomment>
            <translation>parent unit</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_edit.py" />
            <source>bỏ đơn vị cấp trên</source>
            <extracomment>no parent unit</extracomment>
            <translation>no parent unit</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_edit.py" />
            <source>"" để bỏ mã</source>
            <extracomment>"" to clear the code</extracomment>
            <translation>"" to clear the code</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_edit.py" />
            <source>YYYY-MM-DD, "" để bỏ</source>
            <extracomment>YYYY-MM-DD, "" to clear</extracomment>
            <translation>YYYY-MM-DD, "" to clear</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_edit.py" />
            <source>đơn vị cũ hợp nhất vào (lặp lại được; thay cả danh sách)</source>
            <extracomment>predecessor unit (repeatable; replaces the list)</extracomment>
            <translation>predecessor unit (repeatable; replaces the list)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_edit.py" />
            <source>sửa đoàn kiểm tra (ghi lại toàn bộ thành phần)</source>
            <extracomment>edit a team (restates its people)</extracomment>
            <translation>edit a team (restates its people)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_edit.py" />
            <source>sửa cuộc kiểm tra</source>
            <extracomment>edit an inspection</extracomment>
            <translation>edit an inspection</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_edit.py" />
            <source>đoàn kiểm tra, "" để bỏ</source>
            <extracomment>team, "" for none</extracomment>
            <translation>team, "" for none</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_edit.py" />
            <source>ý kiến của đơn vị được kiểm tra, đúng lời đơn vị (kể cả "không có ý kiến")</source>
            <extracomment>the inspected unit's opinion in its words (also "no opinion")</extracomment>
            <translation>the inspected unit's opinion in its words (also "no opinion")</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_edit.py" />
            <source>kết luận của Đoàn kiểm tra</source>
            <extracomment>the team's conclusion</extracomment>
            <translation>the team's conclusion</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_edit.py" />
            <source>Đã sửa {what[0]} {record_id}: {fields}</source>
            <extracomment>Edited {what[1]} {record_id}: {fields}</extracomment>
            <translation>Edited {what[1]} {record_id}: {fields}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_edit.py" />
            <source>Không có gì thay đổi.</source>
            <extracomment>Nothing changed.</extracomment>
            <translation>Nothing changed.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_edit.py" />
            <source>Đã sửa đoàn {team_id}: thêm {counts['added']}, sửa {counts['changed']}, bỏ {counts['removed']} người.</source>
            <extracomment>Edited team {team_id}: {counts['added']} added, {counts['changed']} changed, {counts['removed']} removed.</extracomment>
            <translation>Edited team {team_id}: {counts['added']} added, {counts['changed']} changed, {counts['removed']} removed.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_edit.py" />
            <source>kế hoạch</source>
            <extracomment>plan</extracomment>
            <translation>plan</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_edit.py" />
            <source>đơn vị</source>
            <extracomment>unit</extracomment>
            <translation>unit</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_edit.py" />
            <source>cuộc kiểm tra</source>
            <extracomment>inspection</extracomment>
            <translation>inspection</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.cli.cmd_exchange</name>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_exchange.py" />
            <source>xuất gói đồng bộ .cchc</source>
            <extracomment>export a .cchc sync package</extracomment>
            <translation>export a .cchc sync package</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_exchange.py" />
            <source>cuộc kiểm tra (mặc định: những cuộc chưa gửi hoặc đã sửa sau lần gửi trước)</source>
            <extracomment>inspections (by default: those not sent yet or changed since they were sent)</extracomment>
            <translation>inspections (by default: those not sent yet or changed since they were sent)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_exchange.py" />
            <source>tất cả dữ liệu (bản đầy đủ)</source>
            <extracomment>everything</extracomment>
            <translation>everything</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_exchange.py" />
            <source>tệp đích (mặc định: outbox/)</source>
            <extracomment>target (default: outbox/)</extracomment>
            <translation>target (default: outbox/)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_exchange.py" />
            <source>máy nhận không làm sẵn ảnh thu nhỏ/bản in khi gộp (làm khi ảnh được xem); các tệp này không bao giờ đi trong gói</source>
            <extracomment>the receiver makes thumbnails and print copies when a photo is first shown, not while merging; those files never travel in a package</extracomment>
            <translation>the receiver makes thumbnails and print copies when a photo is first shown, not while merging; those files never travel in a package</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_exchange.py" />
            <source>kiểm tra gói mà không nhập</source>
            <extracomment>check a package without importing it</extracomment>
            <translation>check a package without importing it</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_exchange.py" />
            <source>kiểm tra rồi gộp gói</source>
            <extracomment>verify, then merge packages</extracomment>
            <translation>verify, then merge packages</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_exchange.py" />
            <source>tin cậy thiết bị mới của các gói này</source>
            <extracomment>trust the new devices of these packages</extracomment>
            <translation>trust the new devices of these packages</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_exchange.py" />
            <source>chỉ xem trước</source>
            <extracomment>only show what would change</extracomment>
            <translation>only show what would change</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_exchange.py" />
            <source>Hãy chọn các cuộc kiểm tra hoặc --all, không cả hai.</source>
            <extracomment>Give inspections or --all, not both.</extracomment>
            <translation>Give inspections or --all, not both.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_exchange.py" />
            <source>Mọi cuộc kiểm tra đã được gửi như hiện có: không xuất gói nào (dùng --all để xuất bản đầy đủ).</source>
            <extracomment>Every inspection was sent as it is now: no package written (use --all for a full copy).</extracomment>
            <translation>Every inspection was sent as it is now: no package written (use --all for a full copy).</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_exchange.py" />
            <source>Đã xuất gói {result.path} ({result.size:,} byte): {c.get('inspections', 0)} cuộc kiểm tra, {c.get('answers', 0)} câu trả lời, {c.get('blobs', 0)} tệp ảnh/tài liệu, {c.get('audit', 0)} dòng nhật ký.</source>
            <extracomment>Exported {result.path} ({result.size:,} bytes): {c.get('inspections', 0)} inspections, {c.get('answers', 0)} answers, {c.get('blobs', 0)} media files, {c.get('audit', 0)} audit entries.</extracomment>
            <translation>Exported {result.path} ({result.size:,} bytes): {c.get('inspections', 0)} inspections, {c.get('answers', 0)} answers, {c.get('blobs', 0)} media files, {c.get('audit', 0)} audit entries.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_exchange.py" />
            <source>  Máy MỚI, chưa tin cậy. Vân tay: {digits}. Đọc to từng nhóm số với người giữ máy gửi rồi chạy: cchc devices trust "{path}" --fingerprint "{digits}"</source>
            <extracomment>  NEW laptop, not trusted yet. Fingerprint: {digits}. Read the groups aloud with whoever holds the sending laptop, then run: cchc devices trust "{path}" --fingerprint "{digits}"</extracomment>
            <translation>  NEW laptop, not trusted yet. Fingerprint: {digits}. Read the groups aloud with whoever holds the sending laptop, then run: cchc devices trust "{path}" --fingerprint "{digits}"</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_exchange.py" />
            <source>  Gói của chính máy này.</source>
            <extracomment>  A package of this laptop.</extracomment>
            <translation>  A package of this laptop.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_exchange.py" />
            <source>  Máy đã tin cậy (vân tay {digits}).</source>
            <extracomment>  Trusted laptop (fingerprint {digits}).</extracomment>
            <translation>  Trusted laptop (fingerprint {digits}).</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_exchange.py" />
            <source>✓ {name}: nguyên vẹn, chữ ký hợp lệ; tạo lúc {made} trên máy {device}.</source>
            <extracomment>✓ {name}: intact, signature valid; made {made} on laptop {device}.</extracomment>
            <translation>✓ {name}: intact, signature valid; made {made} on laptop {device}.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_exchange.py" />
            <source>{path.name}: bản ghi {what} bị từ chối: {item['reason']}</source>
            <extracomment>{path.name}: record {what} refused: {item['reason']}</extracomment>
            <translation>{path.name}: record {what} refused: {item['reason']}</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.cli.cmd_issue</name>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_issue.py" />
            <source>dự thảo biên bản (PDF); --p12/--pkcs11: phát hành và ký số; --final: phát hành để ký giấy</source>
            <extracomment>the draft minutes (PDF); --p12/--pkcs11: issue and sign; --final: issue for signing on paper</extracomment>
            <translation>the draft minutes (PDF); --p12/--pkcs11: issue and sign; --final: issue for signing on paper</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_issue.py" />
            <source>bản cuối chưa ký để in và ký trên giấy: kiểm tra sẵn sàng, cấp số, khóa nội dung</source>
            <extracomment>the final unsigned minutes to print and sign on paper: checks readiness, takes the number, locks the content</extracomment>
            <translation>the final unsigned minutes to print and sign on paper: checks readiness, takes the number, locks the content</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_issue.py" />
            <source>bản nháp Word chưa ký</source>
            <extracomment>the unsigned draft as a Word file</extracomment>
            <translation>the unsigned draft as a Word file</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_issue.py" />
            <source>sẵn sàng ký chưa: những mục còn chặn và những lưu ý (mã thoát 1 khi còn mục chặn)</source>
            <extracomment>ready to sign? what blocks and what warns (exit 1 while anything blocks)</extracomment>
            <translation>ready to sign? what blocks and what warns (exit 1 while anything blocks)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_issue.py" />
            <source>nhận bản giấy đã ký (bản quét PDF hoặc ảnh chụp các trang) làm bản chính thức</source>
            <extracomment>record the paper-signed copy (a scanned PDF or photos of the pages) as official</extracomment>
            <translation>record the paper-signed copy (a scanned PDF or photos of the pages) as official</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_issue.py" />
            <source>Chọn một: --p12/--pkcs11 (ký số) hoặc --final (phát hành để ký giấy).</source>
            <extracomment>Choose one: --p12/--pkcs11 (digital signature) or --final (issue for signing on paper).</extracomment>
            <translation>Choose one: --p12/--pkcs11 (digital signature) or --final (issue for signing on paper).</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_issue.py" />
            <source>In bản này để hai bên ký trên giấy; rồi nhận bản đã ký: cchc minutes attach-signed {snapshot.inspection_id[:8]} BAN-QUET.pdf</source>
            <extracomment>Print it for both sides to sign in ink; then record the signed copy: cchc minutes attach-signed {snapshot.inspection_id[:8]} SCAN.pdf</extracomment>
            <translation>Print it for both sides to sign in ink; then record the signed copy: cchc minutes attach-signed {snapshot.inspection_id[:8]} SCAN.pdf</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_issue.py" />
            <source>Xem danh sách: cchc minutes check {snapshot.inspection_id[:8]}</source>
            <extracomment>See the list: cchc minutes check {snapshot.inspection_id[:8]}</extracomment>
            <translation>See the list: cchc minutes check {snapshot.inspection_id[:8]}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_issue.py" />
            <source>Bản nháp Word: {args.docx}</source>
            <extracomment>Word draft: {args.docx}</extracomment>
            <translation>Word draft: {args.docx}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_issue.py" />
            <source>Đã nhận {status_label(record)} của Biên bản số {record['doc_number']}: {attached.pages} trang, là bản chính thức.</source>
            <extracomment>Recorded the {status_label(record)} of minutes {record['doc_number']}: {attached.pages} pages, the official copy.</extracomment>
            <translation>Recorded the {status_label(record)} of minutes {record['doc_number']}: {attached.pages} pages, the official copy.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_issue.py" />
            <source>Bản lưu ở hộp thư đi: {attached.outbox}</source>
            <extracomment>Copy in the outbox: {attached.outbox}</extracomment>
            <translation>Copy in the outbox: {attached.outbox}</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.cli.cmd_minutes</name>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_minutes.py" />
            <source>người ký biên bản (và ảnh chữ ký tay)</source>
            <extracomment>a signer of the minutes (and signature image)</extracomment>
            <translation>a signer of the minutes (and signature image)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_minutes.py" />
            <source>ảnh chữ ký tay (PNG trong suốt, hoặc ảnh quét trên giấy)</source>
            <extracomment>handwritten signature (transparent PNG, or a scan on paper)</extracomment>
            <translation>handwritten signature (transparent PNG, or a scan on paper)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_minutes.py" />
            <source>biên bản kiểm tra</source>
            <extracomment>inspection minutes</extracomment>
            <translation>inspection minutes</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_minutes.py" />
            <source>ký số tiếp vào tệp biên bản</source>
            <extracomment>add a digital signature to a PDF</extracomment>
            <translation>add a digital signature to a PDF</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_minutes.py" />
            <source>kiểm tra chữ ký số của tệp</source>
            <extracomment>check a PDF's digital signatures</extracomment>
            <translation>check a PDF's digital signatures</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_minutes.py" />
            <source>Mã thoát: 0 HỢP LỆ (nguyên vẹn, chứng thư tin cậy và còn hiệu lực khi ký, đúng người có tên); 3 CHƯA XÁC THỰC ĐƯỢC (nguyên vẹn nhưng chưa xác thực được: chứng thư gốc chưa tin cậy, tên không khớp hoặc ký thay, chưa rõ bị thu hồi hay không); 1 KHÔNG HỢP LỆ (đã bị thay đổi, chữ ký hỏng, chứng thư hết hạn hoặc bị thu hồi khi ký); {EXIT_UNSIGNED} tệp chưa có chữ ký số nào.</source>
            <extracomment>Exit status: 0 VALID (intact, trusted certificate valid when it signed, the person named); 3 NOT VERIFIED (intact, but trust or identity not established: unknown root, a name that does not match or signing on behalf, revocation unknown); 1 NOT VALID (changed, a broken signature, a certificate expired or revoked when it signed); {EXIT_UNSIGNED} the file has no digital signature.</extracomment>
            <translation>Exit status: 0 VALID (intact, trusted certificate valid when it signed, the person named); 3 NOT VERIFIED (intact, but trust or identity not established: unknown root, a name that does not match or signing on behalf, revocation unknown); 1 NOT VALID (changed, a broken signature, a certificate expired or revoked when it signed); {EXIT_UNSIGNED} the file has no digital signature.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_minutes.py" />
            <source>thêm chứng thư gốc tin cậy cho lần này</source>
            <extracomment>also trust this root, this time</extracomment>
            <translation>also trust this root, this time</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_minutes.py" />
            <source>các bản biên bản của cuộc kiểm tra</source>
            <extracomment>an inspection's minutes</extracomment>
            <translation>an inspection's minutes</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_minutes.py" />
            <source>mở lại cuộc kiểm tra đã ký để lập biên bản bổ sung</source>
            <extracomment>reopen a signed inspection for a supplementary record</extracomment>
            <translation>reopen a signed inspection for a supplementary record</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_minutes.py" />
            <source>danh sách chứng thư gốc tin cậy</source>
            <extracomment>trusted root certificates</extracomment>
            <translation>trusted root certificates</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_minutes.py" />
            <source>tin cậy một CA</source>
            <extracomment>trust a CA</extracomment>
            <translation>trust a CA</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_minutes.py" />
            <source>liệt kê</source>
            <extracomment>list</extracomment>
            <translation>list</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_minutes.py" />
            <source>bỏ tin cậy</source>
            <extracomment>stop trusting</extracomment>
            <translation>stop trusting</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_minutes.py" />
            <source>thêm danh sách chứng thư bị thu hồi (CRL) tải từ cổng của CA</source>
            <extracomment>add a certificate revocation list (CRL) downloaded from the CA's portal</extracomment>
            <translation>add a certificate revocation list (CRL) downloaded from the CA's portal</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_minutes.py" />
            <source>tệp chứng thư số .p12/.pfx</source>
            <extracomment>certificate file .p12/.pfx</extracomment>
            <translation>certificate file .p12/.pfx</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_minutes.py" />
            <source>tên biến môi trường chứa mật khẩu (mật khẩu không bao giờ được lưu)</source>
            <extracomment>environment variable holding the password (never stored)</extracomment>
            <translation>environment variable holding the password (never stored)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_minutes.py" />
            <source>máy chủ cấp dấu thời gian RFC 3161 (mặc định: theo cài đặt)</source>
            <extracomment>RFC 3161 time-stamp server (default: the settings')</extracomment>
            <translation>RFC 3161 time-stamp server (default: the settings')</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_minutes.py" />
            <source>thêm chữ ký tay</source>
            <extracomment>add a handwritten signature</extracomment>
            <translation>add a handwritten signature</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_minutes.py" />
            <source>Đã ghi người ký</source>
            <extracomment>Signer recorded</extracomment>
            <translation>Signer recorded</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_minutes.py" />
            <source>Đã ký số: {signed.certificate.subject} ({SignerRole(signed.role).label_vi}), lúc {signed.signed_at}</source>
            <extracomment>Signed: {signed.certificate.subject} ({SignerRole(signed.role).label}), at {signed.signed_at}</extracomment>
            <translation>Signed: {signed.certificate.subject} ({SignerRole(signed.role).label}), at {signed.signed_at}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_minutes.py" />
            <source>Bản đã ký trong hộp thư đi: {outbox}</source>
            <extracomment>Signed copy in outbox: {outbox}</extracomment>
            <translation>Signed copy in outbox: {outbox}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_minutes.py" />
            <source>Tệp đã ký: {out}</source>
            <extracomment>Signed file: {out}</extracomment>
            <translation>Signed file: {out}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_minutes.py" />
            <source>Mã id</source>
            <extracomment>Id</extracomment>
            <translation>Id</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_minutes.py" />
            <source>Lần</source>
            <extracomment>Rev.</extracomment>
            <translation>Rev.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_minutes.py" />
            <source>Số</source>
            <extracomment>Number</extracomment>
            <translation>Number</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_minutes.py" />
            <source>Trang</source>
            <extracomment>Pages</extracomment>
            <translation>Pages</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_minutes.py" />
            <source>Tình trạng</source>
            <extracomment>Status</extracomment>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_minutes.py" />
            <source>Ngày phát hành</source>
            <extracomment>Issued on</extracomment>
            <translation>Issued on</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_minutes.py" />
            <source>Người ký số</source>
            <extracomment>Digital signers</extracomment>
            <translation>Digital signers</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_minutes.py" />
            <source>Đã mở lại để lập biên bản bổ sung cho Biên bản số {signed['doc_number']}; sửa nội dung rồi chạy «cchc minutes make». Biên bản đã ký</source>
            <extracomment>Reopened for a supplement to minutes {signed['doc_number']}; edit, then run 'cchc minutes make'. Signed minutes</extracomment>
            <translation>Reopened for a supplement to minutes {signed['doc_number']}; edit, then run 'cchc minutes make'. Signed minutes</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_minutes.py" />
            <source>Đã tin cậy: {info.subject}</source>
            <extracomment>Trusted: {info.subject}</extracomment>
            <translation>Trusted: {info.subject}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_minutes.py" />
            <source>Đã thêm CRL của {info.issuer}, phát hành {info.this_update[:10]}, hiệu lực đến {info.next_update[:10] or '?'} ({info.revoked} chứng thư bị thu hồi)</source>
            <extracomment>Added the CRL of {info.issuer}, issued {info.this_update[:10]}, next update {info.next_update[:10] or '?'} ({info.revoked} revoked certificates)</extracomment>
            <translation>Added the CRL of {info.issuer}, issued {info.this_update[:10]}, next update {info.next_update[:10] or '?'} ({info.revoked} revoked certificates)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_minutes.py" />
            <source>Dấu vân tay</source>
            <extracomment>Fingerprint</extracomment>
            <translation>Fingerprint</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_minutes.py" />
            <source>Tên</source>
            <extracomment>Name</extracomment>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_minutes.py" />
            <source>Hết hạn</source>
            <extracomment>Expires</extracomment>
            <translation>Expires</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_minutes.py" />
            <source>Đã bỏ tin cậy</source>
            <extracomment>No longer trusted</extracomment>
            <translation>No longer trusted</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.cli.cmd_office</name>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_office.py" />
            <source>báo cáo kết quả kiểm tra (PDF, DOCX hoặc XLSX)</source>
            <extracomment>consolidated report (PDF, DOCX or XLSX)</extracomment>
            <translation>consolidated report (PDF, DOCX or XLSX)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_office.py" />
            <source>kế hoạch (mặc định: mọi cuộc kiểm tra)</source>
            <extracomment>plan (default: every inspection)</extracomment>
            <translation>plan (default: every inspection)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_office.py" />
            <source>cơ quan ban hành báo cáo (mặc định: cơ quan ban hành kế hoạch)</source>
            <extracomment>the body issuing the report (default: the plan's issuer)</extracomment>
            <translation>the body issuing the report (default: the plan's issuer)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_office.py" />
            <source>cơ quan chủ quản của cơ quan ban hành (dòng trên trong tiêu đề)</source>
            <extracomment>the issuing body's parent body (the line above it in the header)</extracomment>
            <translation>the issuing body's parent body (the line above it in the header)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_office.py" />
            <source>số báo cáo do văn thư cấp (mặc định: để trống cho văn thư ghi)</source>
            <extracomment>the report's number (default: left blank for the clerk)</extracomment>
            <translation>the report's number (default: left blank for the clerk)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_office.py" />
            <source>Đã lập báo cáo ({len(data.units)} đơn vị) tại {args.output}</source>
            <extracomment>Report written ({len(data.units)} units) to {args.output}</extracomment>
            <translation>Report written ({len(data.units)} units) to {args.output}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_office.py" />
            <source>gộp nhiều biên bản thành một tệp PDF để in (mỗi trang đóng dấu BẢN SAO)</source>
            <extracomment>join several minutes into one PDF to print (every page marked BẢN SAO)</extracomment>
            <translation>join several minutes into one PDF to print (every page marked BẢN SAO)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_office.py" />
            <source>các cuộc kiểm tra (mặc định: mọi cuộc)</source>
            <extracomment>inspections (default: all)</extracomment>
            <translation>inspections (default: all)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_office.py" />
            <source>chỉ kế hoạch này</source>
            <extracomment>only this plan</extracomment>
            <translation>only this plan</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_office.py" />
            <source>chỉ các biên bản đã ký</source>
            <extracomment>only the signed minutes</extracomment>
            <translation>only the signed minutes</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_office.py" />
            <source>Đã gộp {len(items)} biên bản ({pages} trang, bản sao) tại {args.output}</source>
            <extracomment>Joined {len(items)} minutes ({pages} pages, copies) into {args.output}</extracomment>
            <translation>Joined {len(items)} minutes ({pages} pages, copies) into {args.output}</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.cli.cmd_photos</name>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_photos.py" />
            <source>ảnh minh chứng</source>
            <extracomment>photo evidence</extracomment>
            <translation>photo evidence</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_photos.py" />
            <source>đính kèm ảnh vào cuộc kiểm tra</source>
            <extracomment>attach photos to an inspection</extracomment>
            <translation>attach photos to an inspection</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_photos.py" />
            <source>tệp ảnh hoặc thư mục ảnh</source>
            <extracomment>photo files or folders</extracomment>
            <translation>photo files or folders</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_photos.py" />
            <source>mã tiêu chí</source>
            <extracomment>criterion code</extracomment>
            <translation>criterion code</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_photos.py" />
            <source>chú thích</source>
            <extracomment>caption</extracomment>
            <translation>caption</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_photos.py" />
            <source>in thời gian, đơn vị, trưởng đoàn lên bản in (không bao giờ lên ảnh gốc)</source>
            <extracomment>burn time, unit and team lead into the print copy (never the original)</extracomment>
            <translation>burn time, unit and team lead into the print copy (never the original)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_photos.py" />
            <source>ảnh của cuộc kiểm tra</source>
            <extracomment>an inspection's photos</extracomment>
            <translation>an inspection's photos</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_photos.py" />
            <source>chỉ ảnh của tiêu chí này</source>
            <extracomment>only this criterion</extracomment>
            <translation>only this criterion</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_photos.py" />
            <source>nhận ảnh từ điện thoại qua mạng nội bộ (mã QR) cho đến khi dừng</source>
            <extracomment>receive photos from a phone over the local network (QR code) until stopped</extracomment>
            <translation>receive photos from a phone over the local network (QR code) until stopped</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_photos.py" />
            <source>cổng (mặc định: ngẫu nhiên)</source>
            <extracomment>port (default: a random free one)</extracomment>
            <translation>port (default: a random free one)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_photos.py" />
            <source>tự dừng sau M phút không có ảnh nào (mặc định 10)</source>
            <extracomment>stop after M minutes without any request (default 10)</extracomment>
            <translation>stop after M minutes without any request (default 10)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_photos.py" />
            <source>địa chỉ của máy này để nghe (mặc định: mạng phù hợp nhất; xem danh sách khi chạy)</source>
            <extracomment>this laptop's address to listen on (default: the likeliest network; listed on start)</extracomment>
            <translation>this laptop's address to listen on (default: the likeliest network; listed on start)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_photos.py" />
            <source>tiêu chí chọn sẵn trên trang</source>
            <extracomment>criterion chosen in advance on the page</extracomment>
            <translation>criterion chosen in advance on the page</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_photos.py" />
            <source>Ảnh {item.filename} đã có trong cuộc kiểm tra (không thêm lần nữa): {item.photo_id}</source>
            <extracomment>{item.filename} is already attached (not added again): {item.photo_id}</extracomment>
            <translation>{item.filename} is already attached (not added again): {item.photo_id}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_photos.py" />
            <source>Đã thêm ảnh</source>
            <extracomment>Added</extracomment>
            <translation>Added</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_photos.py" />
            <source>có</source>
            <extracomment>yes</extracomment>
            <translation>yes</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_photos.py" />
            <source>không</source>
            <extracomment>no</extracomment>
            <translation>no</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_photos.py" />
            <source>Mã id</source>
            <extracomment>Id</extracomment>
            <translation>Id</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_photos.py" />
            <source>Tệp</source>
            <extracomment>File</extracomment>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_photos.py" />
            <source>Cỡ</source>
            <extracomment>Size</extracomment>
            <translation>Size</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_photos.py" />
            <source>Chụp lúc</source>
            <extracomment>Taken</extracomment>
            <translation>Taken</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_photos.py" />
            <source>Tiêu chí</source>
            <extracomment>Criterion</extracomment>
            <translation>Criterion</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_photos.py" />
            <source>Vào biên bản</source>
            <extracomment>In minutes</extracomment>
            <translation>In minutes</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_photos.py" />
            <source>Chú thích</source>
            <extracomment>Caption</extracomment>
            <translation>Caption</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_photos.py" />
            <source>cổng từ 1 đến 65535</source>
            <extracomment>a port from 1 to 65535</extracomment>
            <translation>a port from 1 to 65535</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_photos.py" />
            <source>số phút lớn hơn 0, tối đa 1440</source>
            <extracomment>minutes above 0, at most 1440</extracomment>
            <translation>minutes above 0, at most 1440</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.cli.cmd_previous</name>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_previous.py" />
            <source>cập nhật tình trạng thực hiện một kiến nghị</source>
            <extracomment>set a recommendation's follow-up status</extracomment>
            <translation>set a recommendation's follow-up status</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_previous.py" />
            <source>minh chứng đã xem (ghi chú)</source>
            <extracomment>the evidence seen (a short note)</extracomment>
            <translation>the evidence seen (a short note)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_previous.py" />
            <source>cuộc kiểm tra sau đã xem xét kiến nghị này (kiến nghị kỳ trước)</source>
            <extracomment>the later inspection that looked at it (a previous recommendation)</extracomment>
            <translation>the later inspection that looked at it (a previous recommendation)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_previous.py" />
            <source>Chỉ kiến nghị mới có tình trạng thực hiện; đây là một {'ưu điểm' if finding['kind'] == 'uu_diem' else 'tồn tại'}.</source>
            <extracomment>Only a recommendation has a follow-up status.</extracomment>
            <translation>Only a recommendation has a follow-up status.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_previous.py" />
            <source>Đã cập nhật</source>
            <extracomment>Updated</extracomment>
            <translation>Updated</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_previous.py" />
            <source>Kiến nghị kỳ trước</source>
            <extracomment>Previous recommendations</extracomment>
            <translation>Previous recommendations</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_previous.py" />
            <source> (quá hạn)</source>
            <extracomment> (overdue)</extracomment>
            <translation> (overdue)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_previous.py" />
            <source>đã xem</source>
            <extracomment>seen</extracomment>
            <translation>seen</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_previous.py" />
            <source>chưa xem</source>
            <extracomment>not yet</extracomment>
            <translation>not yet</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_previous.py" />
            <source>Mã id</source>
            <extracomment>Id</extracomment>
            <translation>Id</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_previous.py" />
            <source>Ngày</source>
            <extracomment>Date</extracomment>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_previous.py" />
            <source>Đơn vị</source>
            <extracomment>Unit</extracomment>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_previous.py" />
            <source>Kiến nghị</source>
            <extracomment>Recommendation</extracomment>
            <translation>Recommendation</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_previous.py" />
            <source>Trách nhiệm</source>
            <extracomment>Responsible</extracomment>
            <translation>Responsible</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_previous.py" />
            <source>Thời hạn</source>
            <extracomment>Deadline</extracomment>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_previous.py" />
            <source>Tình trạng</source>
            <extracomment>Status</extracomment>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_previous.py" />
            <source>Lần này</source>
            <extracomment>This visit</extracomment>
            <translation>This visit</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_previous.py" />
            <source>Minh chứng</source>
            <extracomment>Evidence</extracomment>
            <translation>Evidence</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_previous.py" />
            <source>{waiting} kiến nghị kỳ trước chưa được xem xét trong cuộc kiểm tra này (cchc followups set ID TÌNH_TRẠNG --inspection {detail['id'][:8]} --note …).</source>
            <extracomment>{waiting} previous recommendations not yet looked at during this inspection (cchc followups set ID STATUS --inspection {detail['id'][:8]} --note …).</extracomment>
            <translation>{waiting} previous recommendations not yet looked at during this inspection (cchc followups set ID STATUS --inspection {detail['id'][:8]} --note …).</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.cli.cmd_reference</name>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_reference.py" />
            <source>đơn vị được kiểm tra</source>
            <extracomment>inspected units</extracomment>
            <translation>inspected units</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_reference.py" />
            <source>liệt kê đơn vị</source>
            <extracomment>list units</extracomment>
            <translation>list units</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_reference.py" />
            <source>chỉ các đơn vị trực thuộc</source>
            <extracomment>only children of</extracomment>
            <translation>only children of</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_reference.py" />
            <source>chỉ loại đơn vị này</source>
            <extracomment>only this kind</extracomment>
            <translation>only this kind</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_reference.py" />
            <source>thêm đơn vị</source>
            <extracomment>add a unit</extracomment>
            <translation>add a unit</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_reference.py" />
            <source>đơn vị cấp trên (id hoặc mã)</source>
            <extracomment>parent unit (id or code)</extracomment>
            <translation>parent unit (id or code)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_reference.py" />
            <source>mã đơn vị hành chính chính thức</source>
            <extracomment>official unit code</extracomment>
            <translation>official unit code</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_reference.py" />
            <source>đơn vị cũ đã sáp nhập vào (lặp lại được)</source>
            <extracomment>predecessor unit (repeatable)</extracomment>
            <translation>predecessor unit (repeatable)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_reference.py" />
            <source>kế hoạch kiểm tra</source>
            <extracomment>inspection plans</extracomment>
            <translation>inspection plans</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_reference.py" />
            <source>liệt kê kế hoạch</source>
            <extracomment>list plans</extracomment>
            <translation>list plans</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_reference.py" />
            <source>thêm kế hoạch</source>
            <extracomment>add a plan</extracomment>
            <translation>add a plan</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_reference.py" />
            <source>cơ quan ban hành</source>
            <extracomment>issuing body</extracomment>
            <translation>issuing body</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_reference.py" />
            <source>tên kế hoạch</source>
            <extracomment>title</extracomment>
            <translation>title</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_reference.py" />
            <source>cơ quan chủ quản</source>
            <extracomment>parent body</extracomment>
            <translation>parent body</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_reference.py" />
            <source>căn cứ (mỗi dòng một căn cứ)</source>
            <extracomment>legal basis</extracomment>
            <translation>legal basis</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_reference.py" />
            <source>đoàn kiểm tra</source>
            <extracomment>inspection teams</extracomment>
            <translation>inspection teams</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_reference.py" />
            <source>liệt kê đoàn</source>
            <extracomment>list teams</extracomment>
            <translation>list teams</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_reference.py" />
            <source>thêm đoàn kiểm tra</source>
            <extracomment>add a team</extracomment>
            <translation>add a team</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_reference.py" />
            <source>mẫu bảng kiểm</source>
            <extracomment>checklist templates</extracomment>
            <translation>checklist templates</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_reference.py" />
            <source>liệt kê mẫu</source>
            <extracomment>list templates</extracomment>
            <translation>list templates</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_reference.py" />
            <source>nhập mẫu từ tệp JSON hoặc XLSX</source>
            <extracomment>import a template from JSON or XLSX</extracomment>
            <translation>import a template from JSON or XLSX</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_reference.py" />
            <source>xuất mẫu ra tệp JSON hoặc XLSX</source>
            <extracomment>export a template to JSON or XLSX</extracomment>
            <translation>export a template to JSON or XLSX</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_reference.py" />
            <source>id, "mã" hoặc "mã@phiên bản"</source>
            <extracomment>id, "key" or "key@version"</extracomment>
            <translation>id, "key" or "key@version"</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_reference.py" />
            <source>quyết định thành lập đoàn</source>
            <extracomment>founding decision</extracomment>
            <translation>founding decision</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_reference.py" />
            <source>Mã id</source>
            <extracomment>Id</extracomment>
            <translation>Id</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_reference.py" />
            <source>Tên đơn vị</source>
            <extracomment>Name</extracomment>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_reference.py" />
            <source>Loại</source>
            <extracomment>Kind</extracomment>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_reference.py" />
            <source>Mã ĐVHC</source>
            <extracomment>Code</extracomment>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_reference.py" />
            <source>Trực thuộc</source>
            <extracomment>Parent</extracomment>
            <translation>Parent</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_reference.py" />
            <source>Hiệu lực</source>
            <extracomment>Valid</extracomment>
            <translation>Valid</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_reference.py" />
            <source>Đã thêm đơn vị</source>
            <extracomment>Unit added</extracomment>
            <translation>Unit added</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_reference.py" />
            <source>Số</source>
            <extracomment>Number</extracomment>
            <translation>Number</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_reference.py" />
            <source>Ngày</source>
            <extracomment>Date</extracomment>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_reference.py" />
            <source>Tên kế hoạch</source>
            <extracomment>Title</extracomment>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_reference.py" />
            <source>Số cuộc KT</source>
            <extracomment>Inspections</extracomment>
            <translation>Inspections</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_reference.py" />
            <source>Đã thêm kế hoạch</source>
            <extracomment>Plan added</extracomment>
            <translation>Plan added</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_reference.py" />
            <source>Kế hoạch</source>
            <extracomment>Plan</extracomment>
            <translation>Plan</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_reference.py" />
            <source>Thành phần</source>
            <extracomment>Members</extracomment>
            <translation>Members</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_reference.py" />
            <source>Đã thêm đoàn kiểm tra</source>
            <extracomment>Team added</extracomment>
            <translation>Team added</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_reference.py" />
            <source>Mẫu</source>
            <extracomment>Template</extracomment>
            <translation>Template</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_reference.py" />
            <source>Tên</source>
            <extracomment>Title</extracomment>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_reference.py" />
            <source>Tiêu chí</source>
            <extracomment>Criteria</extracomment>
            <translation>Criteria</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_reference.py" />
            <source>Đã nhập mẫu {name} ({len(template.criteria())} tiêu chí): {template_id}</source>
            <extracomment>Imported template {name} ({len(template.criteria())} criteria): {template_id}</extracomment>
            <translation>Imported template {name} ({len(template.criteria())} criteria): {template_id}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_reference.py" />
            <source>Mẫu {name} đã có sẵn, không thay đổi gì: {template_id}</source>
            <extracomment>Template {name} was already there; nothing changed: {template_id}</extracomment>
            <translation>Template {name} was already there; nothing changed: {template_id}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_reference.py" />
            <source>Đã xuất mẫu {template.key}@{template.version} ra {args.output}</source>
            <extracomment>Exported {template.key}@{template.version} to {args.output}</extracomment>
            <translation>Exported {template.key}@{template.version} to {args.output}</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.cli.cmd_setup</name>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_setup.py" />
            <source>tạo hoặc nâng cấp thư mục dữ liệu</source>
            <extracomment>create or upgrade the data folder</extracomment>
            <translation>create or upgrade the data folder</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_setup.py" />
            <source>tên máy này, ví dụ «Máy đoàn 1 – Nguyễn Văn An»</source>
            <extracomment>this laptop's name, e.g. 'Máy đoàn 1 – Nguyễn Văn An'</extracomment>
            <translation>this laptop's name, e.g. 'Máy đoàn 1 – Nguyễn Văn An'</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_setup.py" />
            <source>nạp dữ liệu mẫu (chạy lại không sao)</source>
            <extracomment>load the demo data (safe to run again)</extracomment>
            <translation>load the demo data (safe to run again)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_setup.py" />
            <source>kiểm tra tính toàn vẹn dữ liệu và ảnh</source>
            <extracomment>check the database and media files</extracomment>
            <translation>check the database and media files</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_setup.py" />
            <source>sao lưu cơ sở dữ liệu và ảnh</source>
            <extracomment>back up the database and media</extracomment>
            <translation>back up the database and media</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_setup.py" />
            <source>tệp .zip đích</source>
            <extracomment>target .zip file</extracomment>
            <translation>target .zip file</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_setup.py" />
            <source>Thư mục dữ liệu: {report['data_dir']}</source>
            <extracomment>Data folder: {report['data_dir']}</extracomment>
            <translation>Data folder: {report['data_dir']}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_setup.py" />
            <source>Máy này: {report['device_label']}</source>
            <extracomment>This laptop: {report['device_label']}</extracomment>
            <translation>This laptop: {report['device_label']}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_setup.py" />
            <source>  Máy chưa có tên; hãy đặt: cchc devices rename "Máy đoàn 1 – Nguyễn Văn An"</source>
            <extracomment>  The laptop has no name yet; give it one: cchc devices rename "Máy đoàn 1 – Nguyễn Văn An"</extracomment>
            <translation>  The laptop has no name yet; give it one: cchc devices rename "Máy đoàn 1 – Nguyễn Văn An"</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_setup.py" />
            <source>Lược đồ dữ liệu: phiên bản {report['schema_version']}</source>
            <extracomment>Schema version: {report['schema_version']}</extracomment>
            <translation>Schema version: {report['schema_version']}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_setup.py" />
            <source>  đã áp dụng nâng cấp {name}</source>
            <extracomment>  applied migration {name}</extracomment>
            <translation>  applied migration {name}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_setup.py" />
            <source>  đã cài mẫu bảng kiểm {key}</source>
            <extracomment>  installed checklist template {key}</extracomment>
            <translation>  installed checklist template {key}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_setup.py" />
            <source>Đã tạo thư mục dữ liệu: {ctx.data_dir}</source>
            <extracomment>Created the data folder: {ctx.data_dir}</extracomment>
            <translation>Created the data folder: {ctx.data_dir}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_setup.py" />
            <source>Đã nạp dữ liệu mẫu (bản ghi mới):</source>
            <extracomment>Demo data loaded (new records):</extracomment>
            <translation>Demo data loaded (new records):</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_setup.py" />
            <source>Dung lượng: {p.vi}</source>
            <extracomment>Space: {p.en}</extracomment>
            <translation>Space: {p.en}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_setup.py" />
            <source>Dung lượng thư mục dữ liệu {ws.folder.root}: {total}</source>
            <extracomment>Space taken by the data folder {ws.folder.root}: {total}</extracomment>
            <translation>Space taken by the data folder {ws.folder.root}: {total}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_setup.py" />
            <source>Phần</source>
            <extracomment>Part</extracomment>
            <translation>Part</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_setup.py" />
            <source>Dung lượng</source>
            <extracomment>Size</extracomment>
            <translation>Size</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_setup.py" />
            <source>Số tệp</source>
            <extracomment>Files</extracomment>
            <translation>Files</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_setup.py" />
            <source>Có vấn đề: {result.what}. Hãy khôi phục từ bản sao lưu (cchc backup) hoặc liên hệ bộ phận CNTT.</source>
            <extracomment>Problem: {result.what}. Restore from a backup or contact IT support.</extracomment>
            <translation>Problem: {result.what}. Restore from a backup or contact IT support.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_setup.py" />
            <source>Đã sao lưu vào {path}</source>
            <extracomment>Backed up to {path}</extracomment>
            <translation>Backed up to {path}</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.cli.cmd_tokens</name>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_tokens.py" />
            <source>ký bằng USB token: thư viện PKCS#11 của token (.dll/.so)</source>
            <extracomment>sign with a USB token: its PKCS#11 library (.dll/.so)</extracomment>
            <translation>sign with a USB token: its PKCS#11 library (.dll/.so)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_tokens.py" />
            <source>nhãn của token (khi cắm nhiều token)</source>
            <extracomment>the token's label (when several are in)</extracomment>
            <translation>the token's label (when several are in)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_tokens.py" />
            <source>mã (ID, hex) hoặc nhãn của chứng thư trên token (khi token có nhiều chứng thư)</source>
            <extracomment>the certificate's ID (hex) or label on the token (when it holds several)</extracomment>
            <translation>the certificate's ID (hex) or label on the token (when it holds several)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_tokens.py" />
            <source>tên biến môi trường chứa mã PIN của token (không bao giờ được lưu)</source>
            <extracomment>environment variable holding the token's PIN (never stored)</extracomment>
            <translation>environment variable holding the token's PIN (never stored)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_tokens.py" />
            <source>ký thay người có tên trên biên bản, với lý do (ghi vào chữ ký và nhật ký)</source>
            <extracomment>sign on behalf of the person named in the minutes, with the reason (kept in the signature and the audit log)</extracomment>
            <translation>sign on behalf of the person named in the minutes, with the reason (kept in the signature and the audit log)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_tokens.py" />
            <source>Biến môi trường {variable} chưa được đặt; hãy đặt {what_vi} vào đó rồi chạy lại.</source>
            <extracomment>The environment variable {variable} is not set; put {what_en} in it and run again.</extracomment>
            <translation>The environment variable {variable} is not set; put {what_en} in it and run again.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_tokens.py" />
            <source>{kind_vi} trong biến môi trường {variable} không phải văn bản UTF-8 (thường do bảng mã của cửa sổ dòng lệnh). Hãy đặt lại biến đó bằng bảng mã UTF-8; chưa có gì được ký.</source>
            <extracomment>The {kind_en} in the environment variable {variable} is not UTF-8 text (usually the terminal's encoding). Set the variable again in UTF-8; nothing was signed.</extracomment>
            <translation>The {kind_en} in the environment variable {variable} is not UTF-8 text (usually the terminal's encoding). Set the variable again in UTF-8; nothing was signed.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_tokens.py" />
            <source>mã PIN của USB token</source>
            <extracomment>the USB token's PIN</extracomment>
            <translation>the USB token's PIN</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_tokens.py" />
            <source>Mã PIN</source>
            <extracomment>PIN</extracomment>
            <translation>PIN</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_tokens.py" />
            <source>mật khẩu của tệp chứng thư số</source>
            <extracomment>the certificate file's password</extracomment>
            <translation>the certificate file's password</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_tokens.py" />
            <source>Mật khẩu</source>
            <extracomment>password</extracomment>
            <translation>password</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_tokens.py" />
            <source>các USB token đang cắm và chứng thư trên đó</source>
            <extracomment>the USB tokens plugged in and their certificates</extracomment>
            <translation>the USB tokens plugged in and their certificates</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_tokens.py" />
            <source>chỉ xem thư viện này (mặc định: mọi thư viện token đã biết có trên máy)</source>
            <extracomment>only this library (default: every known token library on this computer)</extracomment>
            <translation>only this library (default: every known token library on this computer)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_tokens.py" />
            <source>Không thấy USB token nào. Hãy cắm token, cài phần mềm của CA, hoặc chỉ thư viện PKCS#11 bằng --pkcs11.</source>
            <extracomment>No USB token found. Plug one in, install the CA's software, or name the PKCS#11 library with --pkcs11.</extracomment>
            <translation>No USB token found. Plug one in, install the CA's software, or name the PKCS#11 library with --pkcs11.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_tokens.py" />
            <source>Token «{token.label}» ({token.manufacturer} {token.model}), thư viện {token.module}</source>
            <extracomment>Token '{token.label}' ({token.manufacturer} {token.model}), library {token.module}</extracomment>
            <translation>Token '{token.label}' ({token.manufacturer} {token.model}), library {token.module}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_tokens.py" />
            <source>{holder} — do {cert.info.issuer} cấp, hiệu lực {start} đến {end} (ký số được)</source>
            <extracomment>{holder} — issued by {cert.info.issuer}, valid {start} to {end} (can sign)</extracomment>
            <translation>{holder} — issued by {cert.info.issuer}, valid {start} to {end} (can sign)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_tokens.py" />
            <source>{holder} — chứng thư của CA</source>
            <extracomment>{holder} — a CA's certificate</extracomment>
            <translation>{holder} — a CA's certificate</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_tokens.py" />
            <source>Chọn một: --p12 hoặc --pkcs11.</source>
            <extracomment>Choose one: --p12 or --pkcs11.</extracomment>
            <translation>Choose one: --p12 or --pkcs11.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_tokens.py" />
            <source>Dùng --p12 thì cần --p12-password-env VAR (mật khẩu trong biến môi trường VAR).</source>
            <extracomment>--p12 needs --p12-password-env VAR (the password in the environment variable VAR).</extracomment>
            <translation>--p12 needs --p12-password-env VAR (the password in the environment variable VAR).</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_tokens.py" />
            <source>Dùng --pkcs11 thì cần --pin-env VAR (mã PIN trong biến môi trường VAR).</source>
            <extracomment>--pkcs11 needs --pin-env VAR (the PIN in the environment variable VAR).</extracomment>
            <translation>--pkcs11 needs --pin-env VAR (the PIN in the environment variable VAR).</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_tokens.py" />
            <source>Cần --p12 FILE --p12-password-env VAR, hoặc --pkcs11 MODULE --pin-env VAR để ký số.</source>
            <extracomment>Signing needs --p12 FILE --p12-password-env VAR, or --pkcs11 MODULE --pin-env VAR.</extracomment>
            <translation>Signing needs --p12 FILE --p12-password-env VAR, or --pkcs11 MODULE --pin-env VAR.</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.cli.cmd_work</name>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_work.py" />
            <source>cuộc kiểm tra</source>
            <extracomment>inspections</extracomment>
            <translation>inspections</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_work.py" />
            <source>liệt kê cuộc kiểm tra</source>
            <extracomment>list inspections</extracomment>
            <translation>list inspections</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_work.py" />
            <source>bắt đầu cuộc kiểm tra</source>
            <extracomment>start an inspection</extracomment>
            <translation>start an inspection</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_work.py" />
            <source>mẫu bảng kiểm ("mã" hoặc "mã@phiên bản")</source>
            <extracomment>checklist template ("key" or "key@version")</extracomment>
            <translation>checklist template ("key" or "key@version")</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_work.py" />
            <source>mọi thông tin của một cuộc kiểm tra</source>
            <extracomment>everything about one inspection</extracomment>
            <translation>everything about one inspection</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_work.py" />
            <source>ghi kết quả một tiêu chí</source>
            <extracomment>record the result of a criterion</extracomment>
            <translation>record the result of a criterion</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_work.py" />
            <source>ưu điểm, tồn tại, kiến nghị</source>
            <extracomment>strengths, shortcomings, recommendations</extracomment>
            <translation>strengths, shortcomings, recommendations</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_work.py" />
            <source>thêm nhận xét</source>
            <extracomment>add a finding</extracomment>
            <translation>add a finding</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_work.py" />
            <source>nhận xét của một cuộc kiểm tra</source>
            <extracomment>findings of an inspection</extracomment>
            <translation>findings of an inspection</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_work.py" />
            <source>cập nhật tiến độ thực hiện kiến nghị</source>
            <extracomment>update a recommendation's follow-up</extracomment>
            <translation>update a recommendation's follow-up</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_work.py" />
            <source>theo dõi thực hiện kiến nghị</source>
            <extracomment>follow-up of recommendations</extracomment>
            <translation>follow-up of recommendations</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_work.py" />
            <source>kiến nghị và thời hạn</source>
            <extracomment>recommendations</extracomment>
            <translation>recommendations</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_work.py" />
            <source>chỉ những kiến nghị quá hạn</source>
            <extracomment>only overdue ones</extracomment>
            <translation>only overdue ones</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_work.py" />
            <source>Đã tạo cuộc kiểm tra</source>
            <extracomment>Inspection created</extracomment>
            <translation>Inspection created</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_work.py" />
            <source>Cuộc kiểm tra</source>
            <extracomment>Inspection</extracomment>
            <translation>Inspection</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_work.py" />
            <source>Đơn vị</source>
            <extracomment>Unit</extracomment>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_work.py" />
            <source>Kế hoạch</source>
            <extracomment>Plan</extracomment>
            <translation>Plan</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_work.py" />
            <source>Ngày</source>
            <extracomment>Date</extracomment>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_work.py" />
            <source>Địa điểm</source>
            <extracomment>Place</extracomment>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_work.py" />
            <source>Bảng kiểm</source>
            <extracomment>Checklist</extracomment>
            <translation>Checklist</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_work.py" />
            <source>phiên bản</source>
            <extracomment>version</extracomment>
            <translation>version</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_work.py" />
            <source>Đã trả lời</source>
            <extracomment>Answered</extracomment>
            <translation>Answered</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_work.py" />
            <source>Đạt {progress['dat']}, Đạt một phần {progress['dat_mot_phan']}, Không đạt {progress['khong_dat']}, Không áp dụng {progress['khong_ap_dung']}, thiếu ghi chú {progress['missing_notes']}</source>
            <extracomment>met {progress['dat']}, partly {progress['dat_mot_phan']}, not met {progress['khong_dat']}, n/a {progress['khong_ap_dung']}, missing notes {progress['missing_notes']}</extracomment>
            <translation>met {progress['dat']}, partly {progress['dat_mot_phan']}, not met {progress['khong_dat']}, n/a {progress['khong_ap_dung']}, missing notes {progress['missing_notes']}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_work.py" />
            <source>Đoàn</source>
            <extracomment>Team</extracomment>
            <translation>Team</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_work.py" />
            <source>Mã</source>
            <extracomment>Code</extracomment>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_work.py" />
            <source>Tiêu chí</source>
            <extracomment>Criterion</extracomment>
            <translation>Criterion</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_work.py" />
            <source>Kết quả</source>
            <extracomment>Result</extracomment>
            <translation>Result</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_work.py" />
            <source>Ghi chú</source>
            <extracomment>Note</extracomment>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_work.py" />
            <source>Đã lưu {row[0]}: {row[1]}</source>
            <extracomment>Saved {row[0]}: {row[1]}</extracomment>
            <translation>Saved {row[0]}: {row[1]}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_work.py" />
            <source>Lưu ý: tiêu chí {row[0]} chưa đạt cần ghi chú lý do (--note).</source>
            <extracomment>Note: criterion {row[0]} is not met and needs a note (--note).</extracomment>
            <translation>Note: criterion {row[0]} is not met and needs a note (--note).</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_work.py" />
            <source>Mã id</source>
            <extracomment>Id</extracomment>
            <translation>Id</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_work.py" />
            <source>Loại</source>
            <extracomment>Kind</extracomment>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_work.py" />
            <source>Nội dung</source>
            <extracomment>Text</extracomment>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_work.py" />
            <source>Trách nhiệm</source>
            <extracomment>Responsible</extracomment>
            <translation>Responsible</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_work.py" />
            <source>Thời hạn</source>
            <extracomment>Deadline</extracomment>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_work.py" />
            <source>Đã thêm nhận xét</source>
            <extracomment>Finding added</extracomment>
            <translation>Finding added</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/cmd_work.py" />
            <source>Đã cập nhật trạng thái</source>
            <extracomment>Status updated</extracomment>
            <translation>Status updated</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.cli.context</name>
        <message>
            <location filename="../../cchc_desktop/cli/context.py" />
            <source>Thư mục dữ liệu {folder.root} đang mở trong cửa sổ CCHC Desktop (tiến trình {holder.pid} trên máy {holder.host}). Lệnh này ghi dữ liệu nên không chạy khi cửa sổ đang mở, để hai bên không ghi đè lên nhau: hãy làm việc này trong cửa sổ, hoặc đóng cửa sổ rồi chạy lại. Các lệnh chỉ đọc (list, show, verify, export, report…) vẫn dùng được. Không có gì thay đổi.</source>
            <extracomment>The data folder {folder.root} is open in a CCHC Desktop window (process {holder.pid} on {holder.host}). This command writes, so it does not run while the window is open, lest the two overwrite each other: do it in the window, or close the window and run it again. Read-only commands (list, show, verify, export, report…) still work. Nothing was changed.</extracomment>
            <translation>The data folder {folder.root} is open in a CCHC Desktop window (process {holder.pid} on {holder.host}). This command writes, so it does not run while the window is open, lest the two overwrite each other: do it in the window, or close the window and run it again. Read-only commands (list, show, verify, export, report…) still work. Nothing was changed.</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.cli.listings</name>
        <message>
            <location filename="../../cchc_desktop/cli/listings.py" />
            <source>Mã id</source>
            <extracomment>Id</extracomment>
            <translation>Id</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/listings.py" />
            <source>Ngày</source>
            <extracomment>Date</extracomment>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/listings.py" />
            <source>Đơn vị</source>
            <extracomment>Unit</extracomment>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/listings.py" />
            <source>Kế hoạch</source>
            <extracomment>Plan</extracomment>
            <translation>Plan</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/listings.py" />
            <source>Trưởng đoàn</source>
            <extracomment>Lead</extracomment>
            <translation>Lead</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/listings.py" />
            <source>Đã trả lời</source>
            <extracomment>Answered</extracomment>
            <translation>Answered</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/listings.py" />
            <source>Không đạt</source>
            <extracomment>Not met</extracomment>
            <translation>Not met</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/listings.py" />
            <source> (quá hạn)</source>
            <extracomment> (overdue)</extracomment>
            <translation> (overdue)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/listings.py" />
            <source>Kiến nghị</source>
            <extracomment>Recommendation</extracomment>
            <translation>Recommendation</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/listings.py" />
            <source>Trách nhiệm</source>
            <extracomment>Responsible</extracomment>
            <translation>Responsible</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/listings.py" />
            <source>Thời hạn</source>
            <extracomment>Deadline</extracomment>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/listings.py" />
            <source>Tình trạng</source>
            <extracomment>Status</extracomment>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.cli.output</name>
        <message>
            <location filename="../../cchc_desktop/cli/output.py" />
            <source>Không in được kết quả ra đầu ra chuẩn (stdout): {vi}.</source>
            <extracomment>Could not print to standard output (stdout): {en}.</extracomment>
            <translation>Could not print to standard output (stdout): {en}.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/output.py" />
            <source>(không có)</source>
            <extracomment>(none)</extracomment>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/output.py" />
            <source>chương trình đọc nó (sau dấu |) đã đóng</source>
            <extracomment>the program reading it (after |) closed</extracomment>
            <translation>the program reading it (after |) closed</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/output.py" />
            <source>ổ đĩa đầy</source>
            <extracomment>the disk is full</extracomment>
            <translation>the disk is full</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/output.py" />
            <source>đầu ra đã bị đóng</source>
            <extracomment>it is closed</extracomment>
            <translation>it is closed</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.cli.parser</name>
        <message>
            <location filename="../../cchc_desktop/cli/parser.py" />
            <source>Sai cách dùng lệnh: {message}. Xem: {self.prog} --help</source>
            <extracomment>Wrong usage: {message}. See: {self.prog} --help</extracomment>
            <translation>Wrong usage: {message}. See: {self.prog} --help</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/parser.py" />
            <source>CCHC Desktop: công việc của đoàn kiểm tra cải cách hành chính từ dòng lệnh.</source>
            <extracomment>CCHC Desktop: the inspection team's work from the command line.</extracomment>
            <translation>CCHC Desktop: the inspection team's work from the command line.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/parser.py" />
            <source>Mã thoát: 0 xong; 1 bị từ chối (mỗi mục một dòng, dữ liệu đã lưu không đổi); 2 sai cách dùng (cả tham số không phải văn bản UTF-8); 70 lỗi chương trình (chi tiết trong logs/). Khi cửa sổ CCHC Desktop đang mở thư mục dữ liệu, các lệnh ghi bị từ chối; lệnh chỉ đọc vẫn chạy.</source>
            <extracomment>Exit status: 0 done; 1 refused (one line per item, stored data unchanged); 2 wrong usage (an argument that is not UTF-8 text too); 70 a bug (details in logs/). While a CCHC Desktop window has the data folder open, commands that write are refused; read-only commands run.</extracomment>
            <translation>Exit status: 0 done; 1 refused (one line per item, stored data unchanged); 2 wrong usage (an argument that is not UTF-8 text too); 70 a bug (details in logs/). While a CCHC Desktop window has the data folder open, commands that write are refused; read-only commands run.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/parser.py" />
            <source>thư mục dữ liệu (mặc định: CCHC_DATA_DIR hoặc thư mục của người dùng)</source>
            <extracomment>data folder (default: CCHC_DATA_DIR or the per-user folder)</extracomment>
            <translation>data folder (default: CCHC_DATA_DIR or the per-user folder)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/parser.py" />
            <source>in kết quả dạng JSON</source>
            <extracomment>print results as JSON</extracomment>
            <translation>print results as JSON</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/parser.py" />
            <source>cần tên một thư mục, không được để trống</source>
            <extracomment>needs a folder, not an empty value</extracomment>
            <translation>needs a folder, not an empty value</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/parser.py" />
            <source>Tham số {bad} không phải văn bản UTF-8 hợp lệ (có byte không đọc được, thường do bảng mã của cửa sổ dòng lệnh). Hãy gõ lại bằng bảng mã UTF-8; không có gì được lưu.</source>
            <extracomment>The argument {bad} is not valid UTF-8 text (it holds bytes that cannot be read, usually the terminal's encoding). Type it again in UTF-8; nothing was stored.</extracomment>
            <translation>The argument {bad} is not valid UTF-8 text (it holds bytes that cannot be read, usually the terminal's encoding). Type it again in UTF-8; nothing was stored.</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.cli.photos_receive</name>
        <message>
            <location filename="../../cchc_desktop/cli/photos_receive.py" />
            <source>Đã dừng: {_vi_number(args.minutes)} phút không có ảnh nào gửi lên.</source>
            <extracomment>Stopped: no request for {args.minutes:g} minutes.</extracomment>
            <translation>Stopped: no request for {args.minutes:g} minutes.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/photos_receive.py" />
            <source>Đã nhận {counts[STORED]} ảnh; {counts[DUPLICATE]} ảnh trùng; {counts[REFUSED]} tệp không nhận; {counts[FAILED]} tệp chưa lưu.</source>
            <extracomment>Stored {counts[STORED]} photos; {counts[DUPLICATE]} already there; {counts[REFUSED]} refused; {counts[FAILED]} not stored.</extracomment>
            <translation>Stored {counts[STORED]} photos; {counts[DUPLICATE]} already there; {counts[REFUSED]} refused; {counts[FAILED]} not stored.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/photos_receive.py" />
            <source>Máy tính chưa kết nối mạng nào mà điện thoại có thể vào. Hãy bật điểm phát sóng di động (Mobile Hotspot) của máy tính hoặc kết nối cùng Wi-Fi với điện thoại, rồi chạy lại lệnh.</source>
            <extracomment>This laptop is on no network a phone could join. Turn on its Mobile Hotspot or join the phone's Wi-Fi, then run the command again.</extracomment>
            <translation>This laptop is on no network a phone could join. Turn on its Mobile Hotspot or join the phone's Wi-Fi, then run the command again.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/photos_receive.py" />
            <source>Mạng khác của máy này (chọn bằng --address):</source>
            <extracomment>Other networks (--address):</extracomment>
            <translation>Other networks (--address):</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/photos_receive.py" />
            <source>Nhận ảnh cho: {unit} · {date}</source>
            <extracomment>Receiving photos for: {unit} · {date}</extracomment>
            <translation>Receiving photos for: {unit} · {date}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/photos_receive.py" />
            <source>Trên điện thoại (cùng mạng Wi-Fi với máy này), quét mã QR hoặc mở địa chỉ:</source>
            <extracomment>On the phone (on this laptop's Wi-Fi), scan the QR code or open:</extracomment>
            <translation>On the phone (on this laptop's Wi-Fi), scan the QR code or open:</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/photos_receive.py" />
            <source>Nhấn Ctrl+C để dừng. Tự dừng sau {_vi_number(minutes)} phút không có ảnh nào.</source>
            <extracomment>Press Ctrl+C to stop. Stops by itself after {minutes:g} idle minutes.</extracomment>
            <translation>Press Ctrl+C to stop. Stops by itself after {minutes:g} idle minutes.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/photos_receive.py" />
            <source>Đã lưu</source>
            <extracomment>Stored</extracomment>
            <translation>Stored</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/photos_receive.py" />
            <source>Ảnh {verdict.filename} đã có trong cuộc kiểm tra (không thêm lần nữa)</source>
            <extracomment>{verdict.filename} is already attached (not added again)</extracomment>
            <translation>{verdict.filename} is already attached (not added again)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/photos_receive.py" />
            <source>Chưa lưu tệp «{verdict.filename}»: {verdict.message}</source>
            <extracomment>Not stored '{verdict.filename}': {verdict.message}</extracomment>
            <translation>Not stored '{verdict.filename}': {verdict.message}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/cli/photos_receive.py" />
            <source>Không nhận tệp «{verdict.filename}»: {verdict.message}</source>
            <extracomment>Refused '{verdict.filename}': {verdict.message}</extracomment>
            <translation>Refused '{verdict.filename}': {verdict.message}</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.domain.choices</name>
        <message>
            <location filename="../../cchc_desktop/domain/choices.py" />
            <source>{what_vi.capitalize()} không hợp lệ: «{text}». Chọn một trong: {allowed}.</source>
            <extracomment>Invalid {what_en}: '{text}'. Choose one of: {allowed}.</extracomment>
            <translation>Invalid {what_en}: '{text}'. Choose one of: {allowed}.</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.domain.dates</name>
        <message>
            <location filename="../../cchc_desktop/domain/dates.py" />
            <source>{field.capitalize()} không hợp lệ: «{text}». Năm phải từ {FIRST_YEAR} đến {LAST_YEAR}.</source>
            <extracomment>Invalid {field}: '{text}'. The year must be from {FIRST_YEAR} to {LAST_YEAR}.</extracomment>
            <translation>Invalid {field}: '{text}'. The year must be from {FIRST_YEAR} to {LAST_YEAR}.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/domain/dates.py" />
            <source>{field.capitalize()} không hợp lệ: «{text}». Hãy ghi theo dạng NNNN-TT-NN, ví dụ 2024-07-02.</source>
            <extracomment>Invalid {field}: '{text}'. Use the form YYYY-MM-DD, e.g. 2024-07-02.</extracomment>
            <translation>Invalid {field}: '{text}'. Use the form YYYY-MM-DD, e.g. 2024-07-02.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/domain/dates.py" />
            <source>Giờ không hợp lệ: «{text}». Hãy ghi theo dạng GG:PP, ví dụ 08:30.</source>
            <extracomment>Invalid time: '{text}'. Use HH:MM, e.g. 08:30.</extracomment>
            <translation>Invalid time: '{text}'. Use HH:MM, e.g. 08:30.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/domain/dates.py" />
            <source>{value} (không hợp lệ)</source>
            <extracomment>{value} (invalid)</extracomment>
            <translation>{value} (invalid)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/domain/dates.py" />
            <source>Ngày «{value}» không hợp lệ nên không đưa được vào văn bản. Hãy sửa ngày đó («cchc check» liệt kê mọi giá trị không hợp lệ) rồi làm lại.</source>
            <extracomment>The date '{value}' is not valid, so it cannot go into the document. Correct it ('cchc check' lists every invalid value) and try again.</extracomment>
            <translation>The date '{value}' is not valid, so it cannot go into the document. Correct it ('cchc check' lists every invalid value) and try again.</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.domain.devices</name>
        <message>
            <location filename="../../cchc_desktop/domain/devices.py" />
            <source>Tên máy chỉ được có một dòng.</source>
            <extracomment>The laptop's name must be a single line.</extracomment>
            <translation>The laptop's name must be a single line.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/domain/devices.py" />
            <source>Tên máy có ký tự điều khiển (không nhìn thấy được); hãy gõ lại tên.</source>
            <extracomment>The laptop's name holds control characters (invisible ones); type it again.</extracomment>
            <translation>The laptop's name holds control characters (invisible ones); type it again.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/domain/devices.py" />
            <source>Tên máy dài {len(name)} ký tự; tối đa {MAX_NAME_LENGTH}.</source>
            <extracomment>The laptop's name is {len(name)} characters long; at most {MAX_NAME_LENGTH}.</extracomment>
            <translation>The laptop's name is {len(name)} characters long; at most {MAX_NAME_LENGTH}.</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.domain.findings</name>
        <message>
            <location filename="../../cchc_desktop/domain/findings.py" />
            <source>loại nhận xét</source>
            <extracomment>finding kind</extracomment>
            <translation>finding kind</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/domain/findings.py" />
            <source>trạng thái</source>
            <extracomment>status</extracomment>
            <translation>status</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/domain/findings.py" />
            <source>Ưu điểm</source>
            <extracomment>Strength</extracomment>
            <translation>Strength</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/domain/findings.py" />
            <source>Tồn tại, hạn chế</source>
            <extracomment>Shortcoming</extracomment>
            <translation>Shortcoming</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/domain/findings.py" />
            <source>Kiến nghị</source>
            <extracomment>Recommendation</extracomment>
            <translation>Recommendation</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/domain/findings.py" />
            <source>Chưa thực hiện</source>
            <extracomment>Not started</extracomment>
            <translation>Not started</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/domain/findings.py" />
            <source>Đang thực hiện</source>
            <extracomment>In progress</extracomment>
            <translation>In progress</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/domain/findings.py" />
            <source>Đã hoàn thành</source>
            <extracomment>Done</extracomment>
            <translation>Done</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.domain.previous</name>
        <message>
            <location filename="../../cchc_desktop/domain/previous.py" />
            <source>Không có kiến nghị của đoàn kiểm tra kỳ trước</source>
            <extracomment>No recommendations from earlier inspections</extracomment>
            <translation>No recommendations from earlier inspections</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.domain.results</name>
        <message>
            <location filename="../../cchc_desktop/domain/results.py" />
            <source>kết quả</source>
            <extracomment>result</extracomment>
            <translation>result</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/domain/results.py" />
            <source>Đạt</source>
            <extracomment>Met</extracomment>
            <translation>Met</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/domain/results.py" />
            <source>Đạt một phần</source>
            <extracomment>Partly met</extracomment>
            <translation>Partly met</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/domain/results.py" />
            <source>Không đạt</source>
            <extracomment>Not met</extracomment>
            <translation>Not met</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/domain/results.py" />
            <source>Không áp dụng</source>
            <extracomment>Not applicable</extracomment>
            <translation>Not applicable</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.domain.roles</name>
        <message>
            <location filename="../../cchc_desktop/domain/roles.py" />
            <source>vai trò</source>
            <extracomment>role</extracomment>
            <translation>role</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/domain/roles.py" />
            <source>vai trò ký</source>
            <extracomment>signing role</extracomment>
            <translation>signing role</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/domain/roles.py" />
            <source>Trưởng đoàn</source>
            <extracomment>Team lead</extracomment>
            <translation>Team lead</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/domain/roles.py" />
            <source>Phó trưởng đoàn</source>
            <extracomment>Deputy lead</extracomment>
            <translation>Deputy lead</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/domain/roles.py" />
            <source>Thành viên</source>
            <extracomment>Member</extracomment>
            <translation>Member</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/domain/roles.py" />
            <source>Thư ký</source>
            <extracomment>Secretary</extracomment>
            <translation>Secretary</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/domain/roles.py" />
            <source>Trưởng đoàn kiểm tra</source>
            <extracomment>Team lead</extracomment>
            <translation>Team lead</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/domain/roles.py" />
            <source>Đại diện đơn vị được kiểm tra</source>
            <extracomment>Inspected unit's representative</extracomment>
            <translation>Inspected unit's representative</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.domain.units</name>
        <message>
            <location filename="../../cchc_desktop/domain/units.py" />
            <source>loại đơn vị</source>
            <extracomment>unit kind</extracomment>
            <translation>unit kind</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/domain/units.py" />
            <source>Tỉnh</source>
            <extracomment>Province</extracomment>
            <translation>Province</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/domain/units.py" />
            <source>Sở/ngành</source>
            <extracomment>Department</extracomment>
            <translation>Department</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/domain/units.py" />
            <source>Huyện</source>
            <extracomment>District</extracomment>
            <translation>District</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/domain/units.py" />
            <source>Xã</source>
            <extracomment>Commune</extracomment>
            <translation>Commune</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/domain/units.py" />
            <source>Phường</source>
            <extracomment>Ward</extracomment>
            <translation>Ward</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/domain/units.py" />
            <source>Thị trấn</source>
            <extracomment>Township</extracomment>
            <translation>Township</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/domain/units.py" />
            <source>Đặc khu</source>
            <extracomment>Special zone</extracomment>
            <translation>Special zone</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/domain/units.py" />
            <source>Bộ phận Một cửa</source>
            <extracomment>One-stop shop</extracomment>
            <translation>One-stop shop</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/domain/units.py" />
            <source>Trung tâm Phục vụ hành chính công</source>
            <extracomment>Public service centre</extracomment>
            <translation>Public service centre</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.errors</name>
        <message>
            <location filename="../../cchc_desktop/errors.py" />
            <source>Ổ đĩa đầy, không ghi được {where}. Hãy giải phóng dung lượng rồi thử lại; dữ liệu đã lưu không bị ảnh hưởng.</source>
            <extracomment>The disk is full; could not write {where}. Free some space and try again; stored data is unaffected.</extracomment>
            <translation>The disk is full; could not write {where}. Free some space and try again; stored data is unaffected.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/errors.py" />
            <source>Không có quyền ghi/đọc {where}. Hãy chọn thư mục khác hoặc kiểm tra quyền truy cập.</source>
            <extracomment>No permission to access {where}. Choose another folder or check its permissions.</extracomment>
            <translation>No permission to access {where}. Choose another folder or check its permissions.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/errors.py" />
            <source>{where} là một thư mục. Hãy chọn tên tệp khác.</source>
            <extracomment>{where} is a folder. Choose another file name.</extracomment>
            <translation>{where} is a folder. Choose another file name.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/errors.py" />
            <source>Không tìm thấy tệp hoặc thư mục {where}.</source>
            <extracomment>No such file or folder: {where}.</extracomment>
            <translation>No such file or folder: {where}.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/errors.py" />
            <source>Lỗi đọc/ghi tệp {where}: {exc.strerror}</source>
            <extracomment>File error {where}: {exc.strerror}</extracomment>
            <translation>File error {where}: {exc.strerror}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/errors.py" />
            <source>Không tìm thấy tệp «{path}».</source>
            <extracomment>The file '{path}' does not exist.</extracomment>
            <translation>The file '{path}' does not exist.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/errors.py" />
            <source>Không đọc được tệp «{path}»: {reason}.</source>
            <extracomment>Cannot read the file '{path}': {reason}.</extracomment>
            <translation>Cannot read the file '{path}': {reason}.</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.exchange.archive</name>
        <message>
            <location filename="../../cchc_desktop/exchange/archive.py" />
            <source>Gói {name} bị từ chối: {vi}. Dữ liệu không thay đổi.</source>
            <extracomment>Package {name} refused: {en}. Nothing was changed.</extracomment>
            <translation>Package {name} refused: {en}. Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/archive.py" />
            <source>gói rỗng, không có thành phần nào</source>
            <extracomment>the package is empty</extracomment>
            <translation>the package is empty</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/archive.py" />
            <source>quá nhiều thành phần ({len(infos)})</source>
            <extracomment>too many members ({len(infos)})</extracomment>
            <translation>too many members ({len(infos)})</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/archive.py" />
            <source>tên trùng {info.filename!r}</source>
            <extracomment>a duplicate name {info.filename!r}</extracomment>
            <translation>a duplicate name {info.filename!r}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/archive.py" />
            <source>tổng dung lượng vượt giới hạn</source>
            <extracomment>the total size exceeds the limit</extracomment>
            <translation>the total size exceeds the limit</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/archive.py" />
            <source>có thành phần không tên</source>
            <extracomment>a member has no name</extracomment>
            <translation>a member has no name</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/archive.py" />
            <source>tên thành phần không phải UTF-8: {name!r}</source>
            <extracomment>a member name is not UTF-8: {name!r}</extracomment>
            <translation>a member name is not UTF-8: {name!r}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/archive.py" />
            <source>tên thành phần không hợp lệ</source>
            <extracomment>an invalid member name</extracomment>
            <translation>an invalid member name</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/archive.py" />
            <source>đường dẫn tuyệt đối {name!r}</source>
            <extracomment>an absolute path {name!r}</extracomment>
            <translation>an absolute path {name!r}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/archive.py" />
            <source>dấu \ trong tên {name!r}</source>
            <extracomment>a backslash in {name!r}</extracomment>
            <translation>a backslash in {name!r}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/archive.py" />
            <source>đường dẫn ra ngoài {name!r} (../)</source>
            <extracomment>a path escaping the package {name!r} (../)</extracomment>
            <translation>a path escaping the package {name!r} (../)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/archive.py" />
            <source>liên kết {name!r}</source>
            <extracomment>a link {name!r}</extracomment>
            <translation>a link {name!r}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/archive.py" />
            <source>thành phần không phải tệp thường {name!r}</source>
            <extracomment>not a plain file {name!r}</extracomment>
            <translation>not a plain file {name!r}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/archive.py" />
            <source>thành phần mã hóa {name!r}</source>
            <extracomment>an encrypted member {name!r}</extracomment>
            <translation>an encrypted member {name!r}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/archive.py" />
            <source>cờ zip không hỗ trợ ở {name!r} ({info.flag_bits:#06x})</source>
            <extracomment>unsupported zip flags in {name!r} ({info.flag_bits:#06x})</extracomment>
            <translation>unsupported zip flags in {name!r} ({info.flag_bits:#06x})</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/archive.py" />
            <source>phiên bản zip không hỗ trợ ở {name!r} ({info.extract_version / 10:.1f})</source>
            <extracomment>an unsupported zip version in {name!r} ({info.extract_version / 10:.1f})</extracomment>
            <translation>an unsupported zip version in {name!r} ({info.extract_version / 10:.1f})</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/archive.py" />
            <source>kiểu nén lạ ở {name!r}</source>
            <extracomment>an unknown compression in {name!r}</extracomment>
            <translation>an unknown compression in {name!r}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/archive.py" />
            <source>thành phần quá lớn {name!r}</source>
            <extracomment>a member too large {name!r}</extracomment>
            <translation>a member too large {name!r}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/archive.py" />
            <source>tỉ lệ nén bất thường ở {name!r} (bom nén)</source>
            <extracomment>an abnormal compression ratio in {name!r} (a zip bomb)</extracomment>
            <translation>an abnormal compression ratio in {name!r} (a zip bomb)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/archive.py" />
            <source>kích thước sai ở {name!r}</source>
            <extracomment>inconsistent sizes in {name!r}</extracomment>
            <translation>inconsistent sizes in {name!r}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/archive.py" />
            <source>các thành phần chồng lên nhau ở {current.filename!r}</source>
            <extracomment>overlapping members at {current.filename!r}</extracomment>
            <translation>overlapping members at {current.filename!r}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/archive.py" />
            <source>thiếu {name}</source>
            <extracomment>{name} is missing</extracomment>
            <translation>{name} is missing</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/archive.py" />
            <source>{name} quá lớn</source>
            <extracomment>{name} is too large</extracomment>
            <translation>{name} is too large</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/archive.py" />
            <source>{info.filename!r} dài hơn khai báo</source>
            <extracomment>{info.filename!r} is longer than declared</extracomment>
            <translation>{info.filename!r} is longer than declared</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/archive.py" />
            <source>{info.filename!r} không khớp mã SHA-256 trong manifest (đã bị sửa)</source>
            <extracomment>{info.filename!r} does not match its SHA-256 in the manifest (altered)</extracomment>
            <translation>{info.filename!r} does not match its SHA-256 in the manifest (altered)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/archive.py" />
            <source>{name!r} hỏng ({_reason(exc)})</source>
            <extracomment>{name!r} is damaged ({_reason(exc)})</extracomment>
            <translation>{name!r} is damaged ({_reason(exc)})</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.exchange.bulk</name>
        <message>
            <location filename="../../cchc_desktop/exchange/bulk.py" />
            <source>gói {package.package_name} ({package.device_name})</source>
            <extracomment>package {package.package_name} ({package.device_name})</extracomment>
            <translation>package {package.package_name} ({package.device_name})</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/bulk.py" />
            <source>cuộc kiểm tra {label}</source>
            <extracomment>inspection {label}</extracomment>
            <translation>inspection {label}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/bulk.py" />
            <source>Giải quyết hàng loạt chỉ chọn được giữ bản trong máy này (mine) hoặc bản trong gói (theirs); «giữ cả hai» phải xem từng xung đột.</source>
            <extracomment>Bulk resolution takes only mine or theirs; 'keep both' is decided one by one.</extracomment>
            <translation>Bulk resolution takes only mine or theirs; 'keep both' is decided one by one.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/bulk.py" />
            <source>đã được giải quyết</source>
            <extracomment>already resolved</extracomment>
            <translation>already resolved</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/bulk.py" />
            <source>biên bản đã ký không được thay bằng bản nháp chưa ký (giữ bản đã ký; xem riêng)</source>
            <extracomment>signed minutes are never replaced by an unsigned draft (the signed one is kept; look at it on its own)</extracomment>
            <translation>signed minutes are never replaced by an unsigned draft (the signed one is kept; look at it on its own)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/bulk.py" />
            <source>Không tìm thấy quyết định «{decision_id}».</source>
            <extracomment>No decision '{decision_id}'.</extracomment>
            <translation>No decision '{decision_id}'.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/bulk.py" />
            <source>Không tìm thấy quyết định «{ref}».</source>
            <extracomment>No decision '{ref}'.</extracomment>
            <translation>No decision '{ref}'.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/bulk.py" />
            <source>Quyết định này đã được hoàn tác.</source>
            <extracomment>This decision has already been undone.</extracomment>
            <translation>This decision has already been undone.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/bulk.py" />
            <source>Không hoàn tác được: sau khi giải quyết, máy này đã xuất gói mang quyết định đó. Hãy xem lại từng bản ghi và sửa nếu cần.</source>
            <extracomment>Cannot undo: since the decision, this laptop exported a package carrying it. Review the records and edit them if needed.</extracomment>
            <translation>Cannot undo: since the decision, this laptop exported a package carrying it. Review the records and edit them if needed.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/bulk.py" />
            <source>Không hoàn tác được: {_what(table)} {record_id[:8]} đã thay đổi sau khi giải quyết xung đột. Dữ liệu không thay đổi.</source>
            <extracomment>Cannot undo: {_what(table)} {record_id[:8]} changed after the conflict was resolved. Nothing was changed.</extracomment>
            <translation>Cannot undo: {_what(table)} {record_id[:8]} changed after the conflict was resolved. Nothing was changed.</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.exchange.collect</name>
        <message>
            <location filename="../../cchc_desktop/exchange/collect.py" />
            <source>Một bản ghi trỏ tới {tname} {sorted(missing)[0]} không có trong máy này; gói không được tạo. Hãy chạy «cchc check» để xem chi tiết.</source>
            <extracomment>A record points at {tname} {sorted(missing)[0]}, which is not here; no package was written. Run 'cchc check' for details.</extracomment>
            <translation>A record points at {tname} {sorted(missing)[0]}, which is not here; no package was written. Run 'cchc check' for details.</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.exchange.conflicts</name>
        <message>
            <location filename="../../cchc_desktop/exchange/conflicts.py" />
            <source>Bảng {table} không đồng bộ.</source>
            <extracomment>Table {table} is not synchronised.</extracomment>
            <translation>Table {table} is not synchronised.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/conflicts.py" />
            <source>Không tìm thấy xung đột «{ref}». Xem: cchc conflicts list</source>
            <extracomment>No conflict '{ref}'. See: cchc conflicts list</extracomment>
            <translation>No conflict '{ref}'. See: cchc conflicts list</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/conflicts.py" />
            <source>Xung đột {row['id'][:8]} đã được giải quyết ({row['resolution']}).</source>
            <extracomment>Conflict {row['id'][:8]} is already resolved ({row['resolution']}).</extracomment>
            <translation>Conflict {row['id'][:8]} is already resolved ({row['resolution']}).</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/conflicts.py" />
            <source>Hai bản biên bản đã ký là hai văn bản khác nhau, không gộp được thành một. Hãy chọn --keep mine hoặc --keep theirs; cả hai tệp PDF đã ký vẫn được giữ trong kho và trong hồ sơ xung đột.</source>
            <extracomment>Two signed minutes are two different documents and cannot be joined into one. Choose --keep mine or --keep theirs; both signed PDFs stay in the store and in the conflict's record.</extracomment>
            <translation>Two signed minutes are two different documents and cannot be joined into one. Choose --keep mine or --keep theirs; both signed PDFs stay in the store and in the conflict's record.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/conflicts.py" />
            <source>Với {vi}, không thể giữ cả hai bản; hãy chọn --keep mine hoặc --keep theirs.</source>
            <extracomment>For {en}, both versions cannot be kept; choose --keep mine or --keep theirs.</extracomment>
            <translation>For {en}, both versions cannot be kept; choose --keep mine or --keep theirs.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/conflicts.py" />
            <source>Bản đang hiển thị là biên bản đã ký; không thể thay bằng bản nháp chưa ký. Hãy giữ bản đã ký (--keep mine); muốn sửa nội dung thì lập biên bản bổ sung.</source>
            <extracomment>The version shown is signed minutes; it cannot be replaced by an unsigned draft. Keep the signed one (--keep mine); to change the content, make a supplement.</extracomment>
            <translation>The version shown is signed minutes; it cannot be replaced by an unsigned draft. Keep the signed one (--keep mine); to change the content, make a supplement.</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.exchange.export</name>
        <message>
            <location filename="../../cchc_desktop/exchange/export.py" />
            <source>Hãy chọn ít nhất một cuộc kiểm tra (hoặc --all để xuất tất cả).</source>
            <extracomment>Choose at least one inspection (or --all for everything).</extracomment>
            <translation>Choose at least one inspection (or --all for everything).</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/export.py" />
            <source>Tệp {sha[:12]} trong kho ảnh/tài liệu đã bị hỏng (sai mã SHA-256); gói không được tạo. Hãy chạy «cchc check».</source>
            <extracomment>The media file {sha[:12]} is damaged (wrong SHA-256); no package was written. Run 'cchc check'.</extracomment>
            <translation>The media file {sha[:12]} is damaged (wrong SHA-256); no package was written. Run 'cchc check'.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/export.py" />
            <source>Thiếu {len(missing)} tệp ảnh/tài liệu trong kho (ví dụ {missing[0][:12]}); gói không được tạo. Hãy chạy «cchc check» để xem chi tiết.</source>
            <extracomment>{len(missing)} media files are missing from the store (e.g. {missing[0][:12]}); no package was written. Run 'cchc check' for details.</extracomment>
            <translation>{len(missing)} media files are missing from the store (e.g. {missing[0][:12]}); no package was written. Run 'cchc check' for details.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/export.py" />
            <source>Không tạo được gói: {what_vi} (giá trị «{value}»). Hãy sửa giá trị đó rồi xuất lại; «cchc check» liệt kê mọi giá trị không hợp lệ.</source>
            <extracomment>No package was written: {what_en} (value '{value}'). Correct that value and export again; 'cchc check' lists every invalid value.</extracomment>
            <translation>No package was written: {what_en} (value '{value}'). Correct that value and export again; 'cchc check' lists every invalid value.</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.exchange.media_in</name>
        <message>
            <location filename="../../cchc_desktop/exchange/media_in.py" />
            <source>không làm được ảnh thu nhỏ/bản in của ảnh {sha[:12]} ({reason})</source>
            <extracomment>could not make the thumbnail/print copy of photo {sha[:12]} ({reason_en})</extracomment>
            <translation>could not make the thumbnail/print copy of photo {sha[:12]} ({reason_en})</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.exchange.merge</name>
        <message>
            <location filename="../../cchc_desktop/exchange/merge.py" />
            <source>Gói {name} đến từ máy chưa được tin cậy {label}, vân tay {digits}. Hãy đọc to từng nhóm số với người giữ máy gửi, rồi chạy: cchc devices trust "{verified.path}" --fingerprint "{digits}" (hoặc cchc merge --trust-new). Dữ liệu không thay đổi.</source>
            <extracomment>Package {name} comes from a laptop not yet trusted, {label}, fingerprint {digits}. Read the groups aloud with whoever holds the sending laptop, then run: cchc devices trust "{verified.path}" --fingerprint "{digits}" (or cchc merge --trust-new). Nothing was changed.</extracomment>
            <translation>Package {name} comes from a laptop not yet trusted, {label}, fingerprint {digits}. Read the groups aloud with whoever holds the sending laptop, then run: cchc devices trust "{verified.path}" --fingerprint "{digits}" (or cchc merge --trust-new). Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/merge.py" />
            <source>tệp đã thay đổi sau khi được kiểm tra và xem trước; hãy mở lại gói để xem trước</source>
            <extracomment>the file changed after it was checked and previewed; open the package again</extracomment>
            <translation>the file changed after it was checked and previewed; open the package again</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/merge.py" />
            <source>thiếu bản ghi mà nó dựa vào</source>
            <extracomment>a record it rests on is missing</extracomment>
            <translation>a record it rests on is missing</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/merge.py" />
            <source>biên bản đã ký không được thay bằng nội dung khác (chỉ được ký thêm); bản đã ký đang lưu được giữ nguyên</source>
            <extracomment>signed minutes cannot be replaced by other content (only signed further); the signed version stored here is kept</extracomment>
            <translation>signed minutes cannot be replaced by other content (only signed further); the signed version stored here is kept</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/merge.py" />
            <source>giá trị không hợp lệ ({text})</source>
            <extracomment>an invalid value ({text})</extracomment>
            <translation>an invalid value ({text})</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/merge.py" />
            <source>bản ghi được bảo vệ, không thay được ({text})</source>
            <extracomment>a protected record ({text})</extracomment>
            <translation>a protected record ({text})</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/merge.py" />
            <source>trùng với bản ghi khác ({text})</source>
            <extracomment>clashes with another record ({text})</extracomment>
            <translation>clashes with another record ({text})</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.exchange.minutes_check</name>
        <message>
            <location filename="../../cchc_desktop/exchange/minutes_check.py" />
            <source>bản PDF đã ký mới không nối tiếp bản đã ký đang lưu (chỉ được ký thêm, không được thay)</source>
            <extracomment>the new signed PDF does not extend the signed one stored here (signatures may only be added, never replaced)</extracomment>
            <translation>the new signed PDF does not extend the signed one stored here (signatures may only be added, never replaced)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/minutes_check.py" />
            <source>tệp PDF không mang chữ ký số hợp lệ, nguyên vẹn (đánh dấu «đã ký» mà không có chữ ký đúng)</source>
            <extracomment>the PDF carries no intact, valid digital signature (marked signed without a true signature)</extracomment>
            <translation>the PDF carries no intact, valid digital signature (marked signed without a true signature)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/minutes_check.py" />
            <source>chữ ký số không dẫn tới chứng thư gốc nào mà máy này tin cậy</source>
            <extracomment>a digital signature does not chain to a root certificate this folder trusts</extracomment>
            <translation>a digital signature does not chain to a root certificate this folder trusts</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/minutes_check.py" />
            <source>người ký ghi trong bản ghi khác với chữ ký trong tệp PDF</source>
            <extracomment>the signers the record lists differ from the signatures in the PDF</extracomment>
            <translation>the signers the record lists differ from the signatures in the PDF</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/minutes_check.py" />
            <source>tệp PDF phát hành để ký giấy không đọc được hoặc khác số trang ghi trong bản ghi</source>
            <extracomment>the PDF issued for signing on paper is unreadable or has another page count than the record gives</extracomment>
            <translation>the PDF issued for signing on paper is unreadable or has another page count than the record gives</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/minutes_check.py" />
            <source>biên bản phát hành để ký giấy không có chữ ký số nào, nhưng bản ghi liệt kê người ký số</source>
            <extracomment>minutes issued for signing on paper carry no digital signature, yet the record lists digital signers</extracomment>
            <translation>minutes issued for signing on paper carry no digital signature, yet the record lists digital signers</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/minutes_check.py" />
            <source>bản quét không có ngày ghi nhận</source>
            <extracomment>the scan has no date</extracomment>
            <translation>the scan has no date</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/minutes_check.py" />
            <source>bản quét không phải tệp PDF đọc được có đúng số trang ghi trong bản ghi</source>
            <extracomment>the scan is not a readable PDF of the page count the record gives</extracomment>
            <translation>the scan is not a readable PDF of the page count the record gives</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/minutes_check.py" />
            <source>không đọc được tệp PDF của biên bản</source>
            <extracomment>the PDF cannot be read</extracomment>
            <translation>the PDF cannot be read</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/minutes_check.py" />
            <source>ghi số trang hoặc ngày quét mà không có bản quét</source>
            <extracomment>gives the scan's pages or date without a scan</extracomment>
            <translation>gives the scan's pages or date without a scan</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.exchange.package_records</name>
        <message>
            <location filename="../../cchc_desktop/exchange/package_records.py" />
            <source>{name} quá lớn</source>
            <extracomment>{name} is too large</extracomment>
            <translation>{name} is too large</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/package_records.py" />
            <source>{name} có dòng dài quá {limit // 1024 ** 2} MiB (không bản ghi nào dài thế)</source>
            <extracomment>{name} has a line longer than {limit // 1024 ** 2} MiB (no record is that long)</extracomment>
            <translation>{name} has a line longer than {limit // 1024 ** 2} MiB (no record is that long)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/package_records.py" />
            <source>{name} hỏng</source>
            <extracomment>{name} is damaged</extracomment>
            <translation>{name} is damaged</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.exchange.progress_words</name>
        <message>
            <location filename="../../cchc_desktop/exchange/progress_words.py" />
            <source> và {more} đơn vị khác</source>
            <extracomment> and {more} other units</extracomment>
            <translation> and {more} other units</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/progress_words.py" />
            <source>gói của «{device_name}»</source>
            <extracomment>the package of '{device_name}'</extracomment>
            <translation>the package of '{device_name}'</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/progress_words.py" />
            <source>bản ghi</source>
            <extracomment>records</extracomment>
            <translation>records</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/progress_words.py" />
            <source>phần dữ liệu</source>
            <extracomment>data part</extracomment>
            <translation>data part</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/progress_words.py" />
            <source>ảnh</source>
            <extracomment>photo</extracomment>
            <translation>photo</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/progress_words.py" />
            <source>tài liệu</source>
            <extracomment>document</extracomment>
            <translation>document</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/progress_words.py" />
            <source>ảnh thu nhỏ, bản in</source>
            <extracomment>thumbnails, print copies</extracomment>
            <translation>thumbnails, print copies</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/progress_words.py" />
            <source>Đang kiểm tra gói</source>
            <extracomment>Checking the package</extracomment>
            <translation>Checking the package</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/progress_words.py" />
            <source>Đang gộp</source>
            <extracomment>Merging</extracomment>
            <translation>Merging</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/progress_words.py" />
            <source>Đang xuất gói</source>
            <extracomment>Exporting</extracomment>
            <translation>Exporting</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.exchange.provenance_check</name>
        <message>
            <location filename="../../cchc_desktop/exchange/provenance_check.py" />
            <source>gói định dạng 1 không mang chữ ký phiên bản</source>
            <extracomment>a format 1 package carries no version signatures</extracomment>
            <translation>a format 1 package carries no version signatures</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/provenance_check.py" />
            <source>mẫu bảng kiểm đã công bố thì không sửa, không thêm tiêu chí (một mẫu thay đổi phải là phiên bản mới)</source>
            <extracomment>a published checklist template never changes and gets no new criteria (a changed template is a new version)</extracomment>
            <translation>a published checklist template never changes and gets no new criteria (a changed template is a new version)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/provenance_check.py" />
            <source>khai rằng máy này đã sửa bản ghi {claimed} lần, nhưng máy này chỉ mới sửa {known} lần (lịch sử giả mạo)</source>
            <extracomment>claims this device changed the record {claimed} times, but it changed it {known} times (forged history)</extracomment>
            <translation>claims this device changed the record {claimed} times, but it changed it {known} times (forged history)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/provenance_check.py" />
            <source>danh sách khoá thiết bị trong manifest hỏng</source>
            <extracomment>the manifest's keys are damaged</extracomment>
            <translation>the manifest's keys are damaged</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/provenance_check.py" />
            <source>khoá của máy gửi khai hai lần khác nhau</source>
            <extracomment>the sender's key is declared twice</extracomment>
            <translation>the sender's key is declared twice</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/provenance_check.py" />
            <source>gói khai khoá khác cho thiết bị {device[:8]} mà máy này đã biết (giả mạo, hoặc máy đó đã cài lại: khi đó hãy chạy «cchc devices forget»)</source>
            <extracomment>the package declares another key for device {device[:8]}, which this folder already knows (forged, or that laptop was reinstalled: then run 'cchc devices forget')</extracomment>
            <translation>the package declares another key for device {device[:8]}, which this folder already knows (forged, or that laptop was reinstalled: then run 'cchc devices forget')</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/provenance_check.py" />
            <source>dòng nhật ký {entry} ghi là của thiết bị {device} nhưng không mang chữ ký của thiết bị đó</source>
            <extracomment>audit entry {entry} is attributed to device {device} but does not carry that device's signature</extracomment>
            <translation>audit entry {entry} is attributed to device {device} but does not carry that device's signature</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.exchange.records_check</name>
        <message>
            <location filename="../../cchc_desktop/exchange/records_check.py" />
            <source>gói trỏ tới nhiều bản ghi hơn số bản ghi gói mang</source>
            <extracomment>the package points at more records than it carries</extracomment>
            <translation>the package points at more records than it carries</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/records_check.py" />
            <source>không phải mã UUID</source>
            <extracomment>is not a UUID</extracomment>
            <translation>is not a UUID</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/records_check.py" />
            <source>có hai lần trong gói</source>
            <extracomment>appears twice</extracomment>
            <translation>appears twice</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/records_check.py" />
            <source>không phải giá trị đơn</source>
            <extracomment>is not a plain value</extracomment>
            <translation>is not a plain value</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/records_check.py" />
            <source>bị thiếu</source>
            <extracomment>is missing</extracomment>
            <translation>is missing</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/records_check.py" />
            <source>{vi} (giá trị «{value}»)</source>
            <extracomment>{en} (value '{value}')</extracomment>
            <translation>{en} (value '{value}')</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/records_check.py" />
            <source>không phải véc-tơ phiên bản hợp lệ (giá trị «{value}»)</source>
            <extracomment>is not a valid version vector (value '{value}')</extracomment>
            <translation>is not a valid version vector (value '{value}')</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/records_check.py" />
            <source>trỏ tới bản ghi {target} {item} không có trong gói lẫn trong máy này</source>
            <extracomment>points at {target} {item}, which is neither in the package nor here</extracomment>
            <translation>points at {target} {item}, which is neither in the package nor here</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/records_check.py" />
            <source>bản ghi {label_vi} ({table}) {shown_vi}, trường «{field}»: {vi}</source>
            <extracomment>{label_en} ({table}) {shown_en}, field '{field}': {en}</extracomment>
            <translation>{label_en} ({table}) {shown_en}, field '{field}': {en}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/records_check.py" />
            <source>không có mã</source>
            <extracomment>without an id</extracomment>
            <translation>without an id</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/records_check.py" />
            <source>bản ghi {label_vi} ({table}) {shown_vi}: {vi}</source>
            <extracomment>{label_en} ({table}) {shown_en}: {en}</extracomment>
            <translation>{label_en} ({table}) {shown_en}: {en}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/records_check.py" />
            <source>số tệp khác manifest</source>
            <extracomment>the file count differs from the manifest</extracomment>
            <translation>the file count differs from the manifest</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/records_check.py" />
            <source>số dòng nhật ký khác manifest</source>
            <extracomment>the audit count differs from the manifest</extracomment>
            <translation>the audit count differs from the manifest</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/records_check.py" />
            <source>gói mang tệp {extra[0][:12]} mà không bản ghi nào của gói dùng tới</source>
            <extracomment>the package carries the file {extra[0][:12]}, which none of its records uses</extracomment>
            <translation>the package carries the file {extra[0][:12]}, which none of its records uses</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/records_check.py" />
            <source>gói có loại dữ liệu «{table}» mà phiên bản này chưa biết; hãy cập nhật CCHC Desktop</source>
            <extracomment>the package holds '{table}' records this version does not know; update CCHC Desktop</extracomment>
            <translation>the package holds '{table}' records this version does not know; update CCHC Desktop</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/records_check.py" />
            <source>số bản ghi {table} khác manifest</source>
            <extracomment>the {table} count differs from the manifest</extracomment>
            <translation>the {table} count differs from the manifest</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/records_check.py" />
            <source>bản ghi {table} có trường lạ {name}; hãy cập nhật CCHC Desktop</source>
            <extracomment>a {table} record has an unknown field {name}; update CCHC Desktop</extracomment>
            <translation>a {table} record has an unknown field {name}; update CCHC Desktop</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/records_check.py" />
            <source>thiếu tệp {sha[:12]} mà bản ghi {vi} cần (gói bị cắt bớt hoặc bị sửa)</source>
            <extracomment>the file {sha[:12]} a record of {en} needs is missing (cut short or altered)</extracomment>
            <translation>the file {sha[:12]} a record of {en} needs is missing (cut short or altered)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/records_check.py" />
            <source>thiếu bản ghi {table}</source>
            <extracomment>the {table} records are missing</extracomment>
            <translation>the {table} records are missing</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/records_check.py" />
            <source>một dòng nhật ký hỏng</source>
            <extracomment>an audit entry is damaged</extracomment>
            <translation>an audit entry is damaged</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/records_check.py" />
            <source>dòng nhật ký {shown} thuộc bảng «{table}», bảng không đi giữa các máy</source>
            <extracomment>audit entry {shown} is about the table '{table}', which never travels</extracomment>
            <translation>audit entry {shown} is about the table '{table}', which never travels</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.exchange.report</name>
        <message>
            <location filename="../../cchc_desktop/exchange/report.py" />
            <source>xem: cchc conflicts list</source>
            <extracomment>see: cchc conflicts list</extracomment>
            <translation>see: cchc conflicts list</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/report.py" />
            <source>Gói {package} (máy {device}) đã được gộp lúc {when}. Không có gì mới: dữ liệu không thay đổi.</source>
            <extracomment>Package {package} (laptop {device}) was merged on {when}. Nothing new: no data changed.</extracomment>
            <translation>Package {package} (laptop {device}) was merged on {when}. Nothing new: no data changed.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/report.py" />
            <source>Gói {package} (máy {device}): thêm {t['added']}, cập nhật {t['updated']}, bỏ qua {t['skipped']}, xung đột {t['conflicts']}, từ chối {t['refused']}; ảnh/tài liệu mới {self.blobs_added}.</source>
            <extracomment>Package {package} (laptop {device}): added {t['added']}, updated {t['updated']}, skipped {t['skipped']}, conflicts {t['conflicts']}, refused {t['refused']}; new media files {self.blobs_added}.</extracomment>
            <translation>Package {package} (laptop {device}): added {t['added']}, updated {t['updated']}, skipped {t['skipped']}, conflicts {t['conflicts']}, refused {t['refused']}; new media files {self.blobs_added}.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/report.py" />
            <source>  Không có gì mới: dữ liệu không thay đổi.</source>
            <extracomment>  Nothing new: no data changed.</extracomment>
            <translation>  Nothing new: no data changed.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/report.py" />
            <source>  xung đột {item['id'][:8]}: {what} — {hint}</source>
            <extracomment>  conflict {item['id'][:8]}: {what} — {hint}</extracomment>
            <translation>  conflict {item['id'][:8]}: {what} — {hint}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/report.py" />
            <source>  từ chối {table_label(refusal['table'])} {refusal['record_id'][:8]}: {refusal['reason']}</source>
            <extracomment>  refused {table_label(refusal['table'])} {refusal['record_id'][:8]}: {refusal['reason']}</extracomment>
            <translation>  refused {table_label(refusal['table'])} {refusal['record_id'][:8]}: {refusal['reason']}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/report.py" />
            <source>lưu ý</source>
            <extracomment>note</extracomment>
            <translation>note</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/report.py" />
            <source>thêm</source>
            <extracomment>added</extracomment>
            <translation>added</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/report.py" />
            <source>cập nhật</source>
            <extracomment>updated</extracomment>
            <translation>updated</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/report.py" />
            <source>bỏ qua</source>
            <extracomment>skipped</extracomment>
            <translation>skipped</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/report.py" />
            <source>xung đột</source>
            <extracomment>conflicts</extracomment>
            <translation>conflicts</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/report.py" />
            <source>từ chối</source>
            <extracomment>refused</extracomment>
            <translation>refused</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/report.py" />
            <source>đơn vị</source>
            <extracomment>units</extracomment>
            <translation>units</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/report.py" />
            <source>kế hoạch</source>
            <extracomment>plans</extracomment>
            <translation>plans</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/report.py" />
            <source>đoàn kiểm tra</source>
            <extracomment>teams</extracomment>
            <translation>teams</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/report.py" />
            <source>thành viên đoàn</source>
            <extracomment>team members</extracomment>
            <translation>team members</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/report.py" />
            <source>mẫu bảng kiểm</source>
            <extracomment>templates</extracomment>
            <translation>templates</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/report.py" />
            <source>tiêu chí</source>
            <extracomment>criteria</extracomment>
            <translation>criteria</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/report.py" />
            <source>cuộc kiểm tra</source>
            <extracomment>inspections</extracomment>
            <translation>inspections</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/report.py" />
            <source>câu trả lời</source>
            <extracomment>answers</extracomment>
            <translation>answers</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/report.py" />
            <source>nhận xét, kiến nghị</source>
            <extracomment>findings</extracomment>
            <translation>findings</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/report.py" />
            <source>người ký</source>
            <extracomment>signers</extracomment>
            <translation>signers</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/report.py" />
            <source>ảnh</source>
            <extracomment>photos</extracomment>
            <translation>photos</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/report.py" />
            <source>số biên bản đã cấp</source>
            <extracomment>document numbers</extracomment>
            <translation>document numbers</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/report.py" />
            <source>biên bản</source>
            <extracomment>minutes</extracomment>
            <translation>minutes</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/report.py" />
            <source>dòng nhật ký</source>
            <extracomment>audit entries</extracomment>
            <translation>audit entries</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/report.py" />
            <source>tệp ảnh/tài liệu</source>
            <extracomment>media files</extracomment>
            <translation>media files</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/report.py" />
            <source>ảnh thu nhỏ/bản in</source>
            <extracomment>thumbnails/print copies</extracomment>
            <translation>thumbnails/print copies</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.exchange.trust</name>
        <message>
            <location filename="../../cchc_desktop/exchange/trust.py" />
            <source>Gói tự nhận là của máy {device.label} nhưng được ký bằng khóa khác (vân tay {device.digits}). Gói bị từ chối; dữ liệu không thay đổi. Nếu máy đó đã được cài lại, hãy chạy «cchc devices forget» rồi chấp nhận lại.</source>
            <extracomment>The package claims laptop {device.label} but is signed by another key (fingerprint {device.digits}). Refused; nothing changed. If that laptop was reinstalled, run 'cchc devices forget' and accept it again.</extracomment>
            <translation>The package claims laptop {device.label} but is signed by another key (fingerprint {device.digits}). Refused; nothing changed. If that laptop was reinstalled, run 'cchc devices forget' and accept it again.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/trust.py" />
            <source>Không tìm thấy đúng một thiết bị tin cậy «{ref}». Xem: cchc devices list</source>
            <extracomment>No single trusted device '{ref}'. See: cchc devices list</extracomment>
            <translation>No single trusted device '{ref}'. See: cchc devices list</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.exchange.verify</name>
        <message>
            <location filename="../../cchc_desktop/exchange/verify.py" />
            <source>lỗi không lường trước khi kiểm tra gói ({type(exc).__name__}; chi tiết trong thư mục logs)</source>
            <extracomment>an unforeseen error while checking the package ({type(exc).__name__}; details in the logs folder)</extracomment>
            <translation>an unforeseen error while checking the package ({type(exc).__name__}; details in the logs folder)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/verify.py" />
            <source>không tìm thấy tệp (đã bị xoá hoặc đổi tên?)</source>
            <extracomment>the file does not exist</extracomment>
            <translation>the file does not exist</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/verify.py" />
            <source>đây là một thư mục</source>
            <extracomment>this is a folder</extracomment>
            <translation>this is a folder</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/verify.py" />
            <source>tệp zip dùng tính năng không hỗ trợ ({exc})</source>
            <extracomment>the zip file uses a feature that is not supported ({exc})</extracomment>
            <translation>the zip file uses a feature that is not supported ({exc})</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/verify.py" />
            <source>không phải gói .cchc hoặc tệp bị cắt cụt</source>
            <extracomment>not a .cchc package, or the file is cut short</extracomment>
            <translation>not a .cchc package, or the file is cut short</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/verify.py" />
            <source>không phải gói .cchc hoặc tệp bị cắt cụt ({exc})</source>
            <extracomment>not a .cchc package, or the file is cut short ({exc})</extracomment>
            <translation>not a .cchc package, or the file is cut short ({exc})</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/verify.py" />
            <source>chữ ký hỏng</source>
            <extracomment>the signature is damaged</extracomment>
            <translation>the signature is damaged</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/verify.py" />
            <source>chữ ký không khớp với nội dung (gói đã bị sửa hoặc giả mạo)</source>
            <extracomment>the signature does not match the content (the package was altered or forged)</extracomment>
            <translation>the signature does not match the content (the package was altered or forged)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/verify.py" />
            <source>manifest.json hỏng</source>
            <extracomment>manifest.json is damaged</extracomment>
            <translation>manifest.json is damaged</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/verify.py" />
            <source>không phải gói CCHC</source>
            <extracomment>not a CCHC package</extracomment>
            <translation>not a CCHC package</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/verify.py" />
            <source>định dạng phiên bản {version} (bản này đọc được phiên bản {fmt.FORMAT_VERSION}); hãy cập nhật CCHC Desktop</source>
            <extracomment>format version {version} (this app reads version {fmt.FORMAT_VERSION}); update CCHC Desktop</extracomment>
            <translation>format version {version} (this app reads version {fmt.FORMAT_VERSION}); update CCHC Desktop</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/verify.py" />
            <source>manifest.json thiếu danh sách thành phần</source>
            <extracomment>manifest.json lacks its member list</extracomment>
            <translation>manifest.json lacks its member list</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/verify.py" />
            <source>manifest.json có mục hỏng</source>
            <extracomment>manifest.json has a damaged entry</extracomment>
            <translation>manifest.json has a damaged entry</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/verify.py" />
            <source>thông tin thiết bị trong manifest hỏng</source>
            <extracomment>the manifest's device entry is damaged</extracomment>
            <translation>the manifest's device entry is damaged</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/verify.py" />
            <source>manifest khai báo thành phần lạ {name!r}</source>
            <extracomment>the manifest declares an unexpected member {name!r}</extracomment>
            <translation>the manifest declares an unexpected member {name!r}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/verify.py" />
            <source>{name} không mang đúng mã của nó</source>
            <extracomment>{name} is not named by its hash</extracomment>
            <translation>{name} is not named by its hash</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/verify.py" />
            <source>có thành phần không khai báo {extra[0]!r}</source>
            <extracomment>an undeclared member {extra[0]!r}</extracomment>
            <translation>an undeclared member {extra[0]!r}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/verify.py" />
            <source>thiếu thành phần {absent[0]!r} (gói bị cắt hoặc bị xóa bớt)</source>
            <extracomment>member {absent[0]!r} is missing (cut short or removed)</extracomment>
            <translation>member {absent[0]!r} is missing (cut short or removed)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/exchange/verify.py" />
            <source>kích thước {name!r} khác khai báo</source>
            <extracomment>the size of {name!r} differs from the manifest</extracomment>
            <translation>the size of {name!r} differs from the manifest</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.gui.minutes.print_job</name>
        <message>
            <location filename="../../cchc_desktop/gui/minutes/print_job.py" />
            <source>Không mở được máy in; hãy kiểm tra máy in (đã bật, còn giấy, đúng máy) rồi thử lại.</source>
            <extracomment>Cannot open the printer; check it (on, with paper, the right one) and try again.</extracomment>
            <translation>Cannot open the printer; check it (on, with paper, the right one) and try again.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/gui/minutes/print_job.py" />
            <source>{document.title} – trang {step.page + 1}/{count}</source>
            <extracomment>{document.title} – page {step.page + 1}/{count}</extracomment>
            <translation>{document.title} – page {step.page + 1}/{count}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/gui/minutes/print_job.py" />
            <source>Đang gửi tới máy in…</source>
            <extracomment>Sending to the printer…</extracomment>
            <translation>Sending to the printer…</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.minutes.batch</name>
        <message>
            <location filename="../../cchc_desktop/minutes/batch.py" />
            <source>Chưa phát hành</source>
            <extracomment>Not issued yet</extracomment>
            <translation>Not issued yet</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/batch.py" />
            <source>Bản nháp (phiên bản cũ)</source>
            <extracomment>Draft (older version)</extracomment>
            <translation>Draft (older version)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/batch.py" />
            <source>Đã ký số</source>
            <extracomment>Digitally signed</extracomment>
            <translation>Digitally signed</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/batch.py" />
            <source>Bản giấy đã ký (bản quét)</source>
            <extracomment>Signed on paper (scan)</extracomment>
            <translation>Signed on paper (scan)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/batch.py" />
            <source>Chờ ký giấy</source>
            <extracomment>Awaiting signatures on paper</extracomment>
            <translation>Awaiting signatures on paper</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/batch.py" />
            <source>Chưa chọn biên bản nào để in hoặc xuất.</source>
            <extracomment>No minutes were chosen to print or export.</extracomment>
            <translation>No minutes were chosen to print or export.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/batch.py" />
            <source>Chưa phát hành biên bản cho {len(missing)} cuộc kiểm tra; hãy phát hành (ký số, hoặc phát hành để ký giấy, ở thẻ «Ký &amp; xuất») hoặc bỏ chúng khỏi danh sách:{lines}</source>
            <extracomment>{len(missing)} inspection(s) have no issued minutes yet; issue them (signed, or issued for signing on paper, in the «Ký &amp; xuất» tab) or leave them out:{lines}</extracomment>
            <translation>{len(missing)} inspection(s) have no issued minutes yet; issue them (signed, or issued for signing on paper, in the «Ký &amp; xuất» tab) or leave them out:{lines}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/batch.py" />
            <source>Thiếu tệp PDF của {item.title} trong thư mục dữ liệu; hãy chạy «cchc check».</source>
            <extracomment>The PDF of {item.title} is missing from the data folder; run «cchc check».</extracomment>
            <translation>The PDF of {item.title} is missing from the data folder; run «cchc check».</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.minutes.certificates</name>
        <message>
            <location filename="../../cchc_desktop/minutes/certificates.py" />
            <source>Chứng thư số của {who} chưa có hiệu lực (hiệu lực từ {local_time(cert.not_valid_before_utc)}). Hãy kiểm tra đồng hồ máy tính hoặc dùng chứng thư khác.</source>
            <extracomment>{who}'s certificate is not valid yet (valid from {local_time(cert.not_valid_before_utc)}). Check the computer's clock or use another certificate.</extracomment>
            <translation>{who}'s certificate is not valid yet (valid from {local_time(cert.not_valid_before_utc)}). Check the computer's clock or use another certificate.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/certificates.py" />
            <source>Chứng thư số của {who} đã hết hạn ngày {local_time(cert.not_valid_after_utc)}. Hãy gia hạn chứng thư với tổ chức cung cấp dịch vụ chứng thực rồi ký lại.</source>
            <extracomment>{who}'s certificate expired on {local_time(cert.not_valid_after_utc)}. Renew it with the certification authority, then sign again.</extracomment>
            <translation>{who}'s certificate expired on {local_time(cert.not_valid_after_utc)}. Renew it with the certification authority, then sign again.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/certificates.py" />
            <source>Chứng thư số của {who} không được phép dùng để ký (thiếu mục đích digitalSignature/nonRepudiation). Hãy dùng chứng thư ký số cá nhân.</source>
            <extracomment>{who}'s certificate may not be used for signing (key usage lacks digitalSignature/nonRepudiation). Use a personal signing certificate.</extracomment>
            <translation>{who}'s certificate may not be used for signing (key usage lacks digitalSignature/nonRepudiation). Use a personal signing certificate.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/certificates.py" />
            <source>Khóa của chứng thư số {who} ({key_description(cert)}) chưa được hỗ trợ; hãy dùng chứng thư RSA hoặc ECDSA.</source>
            <extracomment>The key of {who}'s certificate ({key_description(cert)}) is not supported; use an RSA or ECDSA certificate.</extracomment>
            <translation>The key of {who}'s certificate ({key_description(cert)}) is not supported; use an RSA or ECDSA certificate.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/certificates.py" />
            <source>Chứng thư số của {who} được ký bằng thuật toán băm yếu ({name}); cần SHA-256 trở lên. Hãy đề nghị tổ chức cấp chứng thư cấp lại.</source>
            <extracomment>{who}'s certificate is signed with a weak hash ({name}); SHA-256 or stronger is needed. Ask the certification authority for a new one.</extracomment>
            <translation>{who}'s certificate is signed with a weak hash ({name}); SHA-256 or stronger is needed. Ask the certification authority for a new one.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/certificates.py" />
            <source>Khóa của chứng thư số {who} quá yếu ({has}); cần tối thiểu {needs}. Hãy dùng chứng thư số khác.</source>
            <extracomment>The key of {who}'s certificate is too weak ({has}); at least {needs} is needed. Use another certificate.</extracomment>
            <translation>The key of {who}'s certificate is too weak ({has}); at least {needs} is needed. Use another certificate.</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.minutes.copies</name>
        <message>
            <location filename="../../cchc_desktop/minutes/copies.py" />
            <source>Đang ghép biên bản…</source>
            <extracomment>Joining…</extracomment>
            <translation>Joining…</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/copies.py" />
            <source>Không mở được tệp PDF của {name} (tệp hỏng); hãy chạy «cchc check».</source>
            <extracomment>Cannot open the PDF of {name} (damaged); run «cchc check».</extracomment>
            <translation>Cannot open the PDF of {name} (damaged); run «cchc check».</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/copies.py" />
            <source>Đang đóng dấu bản sao…</source>
            <extracomment>Marking…</extracomment>
            <translation>Marking…</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/copies.py" />
            <source>Không ghi được bản gộp ra «{target.name}»: hãy dùng đuôi .pdf.</source>
            <extracomment>Cannot write the combined copy as '{target.name}': use .pdf.</extracomment>
            <translation>Cannot write the combined copy as '{target.name}': use .pdf.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/copies.py" />
            <source>Đang ghi tệp…</source>
            <extracomment>Writing the file…</extracomment>
            <translation>Writing the file…</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.minutes.cosign</name>
        <message>
            <location filename="../../cchc_desktop/minutes/cosign.py" />
            <source>Biên bản số {record['doc_number']} đã phát hành để ký giấy: hai bên ký trên bản in, rồi nhận bản đã ký (cchc minutes attach-signed). Bản này không ký số tiếp.</source>
            <extracomment>Minutes {record['doc_number']} were issued for signing on paper: sign the printed copy, then record the scan (cchc minutes attach-signed). It takes no digital signature.</extracomment>
            <translation>Minutes {record['doc_number']} were issued for signing on paper: sign the printed copy, then record the scan (cchc minutes attach-signed). It takes no digital signature.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/cosign.py" />
            <source>Đây là bản nháp chưa phát hành. Hãy phát hành biên bản (ký số lần đầu: cchc minutes make ID -o FILE.pdf --p12 …) rồi mới ký tiếp.</source>
            <extracomment>This is a draft that was never issued. Issue the minutes first (the first digital signature: cchc minutes make ID -o FILE.pdf --p12 …).</extracomment>
            <translation>This is a draft that was never issued. Issue the minutes first (the first digital signature: cchc minutes make ID -o FILE.pdf --p12 …).</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/cosign.py" />
            <source>ký</source>
            <extracomment>sign</extracomment>
            <translation>sign</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/cosign.py" />
            <source>«{source}» là dự thảo biên bản (không có số, ghi DỰ THẢO): dự thảo không ký được. Hãy phát hành biên bản: cchc minutes make ID -o FILE.pdf --p12 … (ký số) hoặc --final (ký giấy).</source>
            <extracomment>'{source}' is a draft (no number, marked DỰ THẢO): a draft cannot be signed. Issue the minutes: cchc minutes make ID -o FILE.pdf --p12 … (digital) or --final (on paper).</extracomment>
            <translation>'{source}' is a draft (no number, marked DỰ THẢO): a draft cannot be signed. Issue the minutes: cchc minutes make ID -o FILE.pdf --p12 … (digital) or --final (on paper).</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.minutes.identity</name>
        <message>
            <location filename="../../cchc_desktop/minutes/identity.py" />
            <source>Chứng thư số mang tên «{holder.name}», còn biên bản ghi {role_vi} là «{printed}»: không ký. Nếu ký thay, hãy xác nhận ký thay và ghi rõ lý do (--on-behalf LÝ_DO).</source>
            <extracomment>The certificate is in the name of '{holder.name}', while the minutes name '{printed}' as {role_en}: not signing. To sign on their behalf, confirm it with the reason (--on-behalf REASON).</extracomment>
            <translation>The certificate is in the name of '{holder.name}', while the minutes name '{printed}' as {role_en}: not signing. To sign on their behalf, confirm it with the reason (--on-behalf REASON).</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/identity.py" />
            <source>Ký thay «{printed}» cần ghi rõ lý do (ví dụ: «được ủy quyền theo Giấy ủy quyền số …»); chưa có gì được ký.</source>
            <extracomment>Signing on behalf of '{printed}' needs a stated reason (e.g. 'authorised by letter no. …'); nothing was signed.</extracomment>
            <translation>Signing on behalf of '{printed}' needs a stated reason (e.g. 'authorised by letter no. …'); nothing was signed.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/identity.py" />
            <source>hộ chiếu</source>
            <extracomment>passport</extracomment>
            <translation>passport</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/identity.py" />
            <source>mã ngân sách</source>
            <extracomment>budget code</extracomment>
            <translation>budget code</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.minutes.issue</name>
        <message>
            <location filename="../../cchc_desktop/minutes/issue.py" />
            <source>Biên bản số {last['doc_number']} của cuộc kiểm tra này {how_vi} nên không lập lại được. Muốn thay đổi, hãy lập biên bản bổ sung (cchc minutes supplement ID).</source>
            <extracomment>Minutes {last['doc_number']} of this inspection {how_en} and cannot be made again. To change anything, make a supplement (cchc minutes supplement ID).</extracomment>
            <translation>Minutes {last['doc_number']} of this inspection {how_en} and cannot be made again. To change anything, make a supplement (cchc minutes supplement ID).</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/issue.py" />
            <source>Đã ký thay «{signed.printed_name}»; lý do đã ghi vào chữ ký và nhật ký: {signed.on_behalf}</source>
            <extracomment>Signed on behalf of '{signed.printed_name}'; the reason is in the signature and the audit log: {signed.on_behalf}</extracomment>
            <translation>Signed on behalf of '{signed.printed_name}'; the reason is in the signature and the audit log: {signed.on_behalf}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/issue.py" />
            <source>Dự thảo {kind.lower()} {nd30_date(snapshot.date)} (chưa có số): {pages} trang</source>
            <extracomment>Draft minutes ({snapshot.date}, no number yet): {pages} pages</extracomment>
            <translation>Draft minutes ({snapshot.date}, no number yet): {pages} pages</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/issue.py" />
            <source>{kind} số {snapshot.doc_number} {nd30_date(snapshot.date)}: {pages} trang</source>
            <extracomment>Minutes {snapshot.doc_number} ({snapshot.date}): {pages} pages</extracomment>
            <translation>Minutes {snapshot.doc_number} ({snapshot.date}): {pages} pages</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/issue.py" />
            <source>ký</source>
            <extracomment>sign</extracomment>
            <translation>sign</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/issue.py" />
            <source>phát hành</source>
            <extracomment>issue the minutes</extracomment>
            <translation>issue the minutes</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.minutes.pages</name>
        <message>
            <location filename="../../cchc_desktop/minutes/pages.py" />
            <source>Không mở được tệp PDF (tệp hỏng hoặc không phải PDF).</source>
            <extracomment>Cannot open the PDF (damaged or not a PDF).</extracomment>
            <translation>Cannot open the PDF (damaged or not a PDF).</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.minutes.paper</name>
        <message>
            <location filename="../../cchc_desktop/minutes/paper.py" />
            <source>Cuộc kiểm tra này chưa có biên bản phát hành để ký giấy. Hãy phát hành trước: «Phát hành để ký giấy» hoặc cchc minutes make ID -o FILE.pdf --final.</source>
            <extracomment>This inspection has no minutes issued for signing on paper. Issue them first: 'Issue for signing on paper' or cchc minutes make ID -o FILE.pdf --final.</extracomment>
            <translation>This inspection has no minutes issued for signing on paper. Issue them first: 'Issue for signing on paper' or cchc minutes make ID -o FILE.pdf --final.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/paper.py" />
            <source>bản nháp (phiên bản cũ)</source>
            <extracomment>draft (older version)</extracomment>
            <translation>draft (older version)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/paper.py" />
            <source>đã ký số</source>
            <extracomment>digitally signed</extracomment>
            <translation>digitally signed</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/paper.py" />
            <source>đã phát hành để ký giấy, chờ bản quét</source>
            <extracomment>issued for paper, awaiting the scan</extracomment>
            <translation>issued for paper, awaiting the scan</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/paper.py" />
            <source>{kind_vi} số {r['doc_number']} — {self.unit_name}, {nd30_date(self.date)}: {SCAN_LABEL_VI}, {r['scan_pages']} trang.</source>
            <extracomment>{kind_en} {r['doc_number']} — {self.unit_name}, {self.date}: {SCAN_LABEL_EN}, {r['scan_pages']} pages.</extracomment>
            <translation>{kind_en} {r['doc_number']} — {self.unit_name}, {self.date}: {SCAN_LABEL_EN}, {r['scan_pages']} pages.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/paper.py" />
            <source>Bản chính thức, được ghi nhận ngày {dmy(r['scanned_at'][:10])}; tệp trùng khớp từng byte với bản lưu trong sổ biên bản. Bản quét không có chữ ký số: chữ ký là chữ ký tay trên giấy.</source>
            <extracomment>The official copy, recorded on {r['scanned_at'][:10]}; the file matches the registered one byte for byte. A scan has no digital signature: the signatures are in ink on paper.</extracomment>
            <translation>The official copy, recorded on {r['scanned_at'][:10]}; the file matches the registered one byte for byte. A scan has no digital signature: the signatures are in ink on paper.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/paper.py" />
            <source>bản giấy đã ký (bản quét)</source>
            <extracomment>signed on paper (scanned copy)</extracomment>
            <translation>signed on paper (scanned copy)</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.minutes.photos_source</name>
        <message>
            <location filename="../../cchc_desktop/minutes/photos_source.py" />
            <source>Thiếu bản in của ảnh {row['filename']} và không dựng lại được vì thiếu ảnh gốc. Hãy nhập lại ảnh hoặc bỏ chọn «đưa vào biên bản» cho ảnh này.</source>
            <extracomment>The print copy of photo {row['filename']} is missing and its original too. Import the photo again or leave it out of the minutes.</extracomment>
            <translation>The print copy of photo {row['filename']} is missing and its original too. Import the photo again or leave it out of the minutes.</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.minutes.previous_readiness</name>
        <message>
            <location filename="../../cchc_desktop/minutes/previous_readiness.py" />
            <source>Kiến nghị kỳ trước chưa được xem xét: «{text}» ({row['unit']}, kiểm tra ngày {when}).</source>
            <extracomment>A previous recommendation was not looked at: '{text}' ({row['unit']}, inspected on {when}).</extracomment>
            <translation>A previous recommendation was not looked at: '{text}' ({row['unit']}, inspected on {when}).</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.minutes.readiness</name>
        <message>
            <location filename="../../cchc_desktop/minutes/readiness.py" />
            <source>Chưa ký được: còn {blocking} mục phải hoàn thành{f', {warnings} lưu ý.' if warnings else '.'}</source>
            <extracomment>Not ready to sign: {blocking} item(s) to complete{f', {warnings} note(s).' if warnings else '.'}</extracomment>
            <translation>Not ready to sign: {blocking} item(s) to complete{f', {warnings} note(s).' if warnings else '.'}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/readiness.py" />
            <source>Sẵn sàng ký ({warnings} lưu ý nên xem lại).</source>
            <extracomment>Ready to sign ({warnings} note(s) worth a look).</extracomment>
            <translation>Ready to sign ({warnings} note(s) worth a look).</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/readiness.py" />
            <source>Sẵn sàng ký.</source>
            <extracomment>Ready to sign.</extracomment>
            <translation>Ready to sign.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/readiness.py" />
            <source>{vi}: chưa có kết quả.</source>
            <extracomment>{en}: no result yet.</extracomment>
            <translation>{en}: no result yet.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/readiness.py" />
            <source>{vi}: {result.label_vi.lower()} nhưng chưa ghi rõ lý do, tồn tại.</source>
            <extracomment>{en}: {result.label.lower()} but no note says why.</extracomment>
            <translation>{en}: {result.label.lower()} but no note says why.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/readiness.py" />
            <source>{vi}: không áp dụng nhưng chưa ghi lý do.</source>
            <extracomment>{en}: not applicable, but no reason is given.</extracomment>
            <translation>{en}: not applicable, but no reason is given.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/readiness.py" />
            <source>Chưa ghi giờ bắt đầu buổi kiểm tra.</source>
            <extracomment>The start time is not recorded.</extracomment>
            <translation>The start time is not recorded.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/readiness.py" />
            <source>Chưa ghi giờ kết thúc buổi kiểm tra.</source>
            <extracomment>The end time is not recorded.</extracomment>
            <translation>The end time is not recorded.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/readiness.py" />
            <source>Chưa ghi {vi} của {label.label_vi.lower()}.</source>
            <extracomment>The {label.label.lower()}'s {en} is not recorded.</extracomment>
            <translation>The {label.label.lower()}'s {en} is not recorded.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/readiness.py" />
            <source>Chưa ghi ý kiến của đơn vị được kiểm tra (ghi ý kiến, hoặc chọn «Đơn vị không có ý kiến»).</source>
            <extracomment>The inspected unit's opinion is not recorded (write it, or choose 'No opinion').</extracomment>
            <translation>The inspected unit's opinion is not recorded (write it, or choose 'No opinion').</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/readiness.py" />
            <source>Kiến nghị «{words}»: chưa ghi cơ quan, đơn vị chịu trách nhiệm thực hiện.</source>
            <extracomment>Recommendation '{words}': no responsible party.</extracomment>
            <translation>Recommendation '{words}': no responsible party.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/readiness.py" />
            <source>Kiến nghị «{words}»: chưa có thời hạn thực hiện.</source>
            <extracomment>Recommendation '{words}': no deadline.</extracomment>
            <translation>Recommendation '{words}': no deadline.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/readiness.py" />
            <source>Chưa có ảnh minh chứng nào.</source>
            <extracomment>There are no photos as evidence.</extracomment>
            <translation>There are no photos as evidence.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/readiness.py" />
            <source>Ảnh {p.filename}: chưa có {' và '.join(missing_vi)}.</source>
            <extracomment>Photo {p.filename}: no {' or '.join(missing_en)}.</extracomment>
            <translation>Photo {p.filename}: no {' or '.join(missing_en)}.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/readiness.py" />
            <source>Hôm nay ({dmy(facts.today)}) đã sau ngày của biên bản ({dmy(made)}): biên bản mang ngày kiểm tra, chữ ký số mang ngày ký.</source>
            <extracomment>Today ({dmy(facts.today)}) is after the minutes' date ({dmy(made)}): the minutes keep the inspection's date, a digital signature its own.</extracomment>
            <translation>Today ({dmy(facts.today)}) is after the minutes' date ({dmy(made)}): the minutes keep the inspection's date, a digital signature its own.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/readiness.py" />
            <source>{label.label_vi} ({signer.name}) chưa có chữ ký tay.</source>
            <extracomment>{label.label} ({signer.name}) has no handwritten signature.</extracomment>
            <translation>{label.label} ({signer.name}) has no handwritten signature.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/readiness.py" />
            <source>Chưa {action_vi} được: còn {len(items)} mục phải hoàn thành.</source>
            <extracomment>Cannot {action_en} yet: {len(items)} item(s) to complete.</extracomment>
            <translation>Cannot {action_en} yet: {len(items)} item(s) to complete.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/readiness.py" />
            <source>Tiêu chí {named}</source>
            <extracomment>Criterion {named}</extracomment>
            <translation>Criterion {named}</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.minutes.received</name>
        <message>
            <location filename="../../cchc_desktop/minutes/received.py" />
            <source>Biên bản số {number} nhận được:</source>
            <extracomment>Minutes {number} received:</extracomment>
            <translation>Minutes {number} received:</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/received.py" />
            <source>  Chưa có tệp PDF trên máy này.</source>
            <extracomment>  The PDF is not on this computer.</extracomment>
            <translation>  The PDF is not on this computer.</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.minutes.register</name>
        <message>
            <location filename="../../cchc_desktop/minutes/register.py" />
            <source>Không có biên bản {record_id}.</source>
            <extracomment>There are no minutes with id {record_id}.</extracomment>
            <translation>There are no minutes with id {record_id}.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/register.py" />
            <source>Biên bản số {current['doc_number']} đã phát hành, không phát hành lại được.</source>
            <extracomment>Minutes {current['doc_number']} are already issued.</extracomment>
            <translation>Minutes {current['doc_number']} are already issued.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/register.py" />
            <source>Đã nhận bản giấy đã ký của Biên bản số {record['doc_number']} ({record['scanned_at'][:10]}); bản đã nhận là bản chính thức, không thay được.</source>
            <extracomment>The paper-signed copy of minutes {record['doc_number']} was recorded ({record['scanned_at'][:10]}); it is the official copy and cannot be replaced.</extracomment>
            <translation>The paper-signed copy of minutes {record['doc_number']} was recorded ({record['scanned_at'][:10]}); it is the official copy and cannot be replaced.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/register.py" />
            <source>Biên bản số {current['doc_number']} không phát hành để ký giấy; không nhận bản quét cho nó.</source>
            <extracomment>Minutes {current['doc_number']} were not issued for signing on paper.</extracomment>
            <translation>Minutes {current['doc_number']} were not issued for signing on paper.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/register.py" />
            <source>Tệp đã ký không nối tiếp bản biên bản đang lưu; không ghi nhận.</source>
            <extracomment>The signed file does not extend the stored minutes; not recorded.</extracomment>
            <translation>The signed file does not extend the stored minutes; not recorded.</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.minutes.revocation</name>
        <message>
            <location filename="../../cchc_desktop/minutes/revocation.py" />
            <source>Tệp không phải danh sách chứng thư bị thu hồi (CRL, .crl dạng DER hoặc PEM).</source>
            <extracomment>The file is not a certificate revocation list (CRL, .crl in DER or PEM).</extracomment>
            <translation>The file is not a certificate revocation list (CRL, .crl in DER or PEM).</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/revocation.py" />
            <source>nhúng trong văn bản</source>
            <extracomment>embedded in the document</extracomment>
            <translation>embedded in the document</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/revocation.py" />
            <source>trong kho của máy</source>
            <extracomment>stored on this computer</extracomment>
            <translation>stored on this computer</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/revocation.py" />
            <source>CRL {where_vi} (do {who} phát hành ngày {_dmy(day)})</source>
            <extracomment>CRL {where_en} (issued by {who} on {_dmy(day)})</extracomment>
            <translation>CRL {where_en} (issued by {who} on {_dmy(day)})</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/revocation.py" />
            <source>Đã nhúng thông tin thu hồi chứng thư (CRL/OCSP) vào văn bản (PAdES-LT): kiểm tra được về sau mà không cần mạng.</source>
            <extracomment>Revocation information (CRL/OCSP) is embedded in the document (PAdES-LT): it can be checked later without a network.</extracomment>
            <translation>Revocation information (CRL/OCSP) is embedded in the document (PAdES-LT): it can be checked later without a network.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/revocation.py" />
            <source>Chứng thư không nêu nơi công bố thông tin thu hồi; không có gì để nhúng.</source>
            <extracomment>The certificate names no revocation source; there is nothing to embed.</extracomment>
            <translation>The certificate names no revocation source; there is nothing to embed.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/revocation.py" />
            <source>Chưa có thông tin thu hồi của chứng thư (chưa thêm CRL, không có mạng): chữ ký không kèm CRL. Tải CRL từ cổng của CA rồi chạy «cchc minutes trust add-crl».</source>
            <extracomment>No revocation information for the certificate (no CRL added, no network): the signature carries none. Download the CA's CRL and run 'cchc minutes trust add-crl'.</extracomment>
            <translation>No revocation information for the certificate (no CRL added, no network): the signature carries none. Download the CA's CRL and run 'cchc minutes trust add-crl'.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/revocation.py" />
            <source>Chứng thư gốc của CA chưa có trong danh sách tin cậy, nên chưa nhúng được thông tin thu hồi.</source>
            <extracomment>The CA's root is not in the trusted list, so no revocation information could be embedded.</extracomment>
            <translation>The CA's root is not in the trusted list, so no revocation information could be embedded.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/revocation.py" />
            <source>phản hồi OCSP nhúng trong văn bản</source>
            <extracomment>an OCSP answer embedded in the document</extracomment>
            <translation>an OCSP answer embedded in the document</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.minutes.scan</name>
        <message>
            <location filename="../../cchc_desktop/minutes/scan.py" />
            <source>Không nhận tệp «{path}»: {vi}</source>
            <extracomment>Refused '{path}': {en}</extracomment>
            <translation>Refused '{path}': {en}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/scan.py" />
            <source>tệp PDF hỏng, có mật khẩu hoặc không đọc được.</source>
            <extracomment>the PDF is damaged, password-protected or unreadable.</extracomment>
            <translation>the PDF is damaged, password-protected or unreadable.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/scan.py" />
            <source>tệp PDF không có trang nào.</source>
            <extracomment>the PDF has no page.</extracomment>
            <translation>the PDF has no page.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/scan.py" />
            <source>tệp ảnh bị hỏng hoặc chưa chép hết.</source>
            <extracomment>the photo is damaged or cut short.</extracomment>
            <translation>the photo is damaged or cut short.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/scan.py" />
            <source>Hãy chọn tệp bản quét (PDF) hoặc ảnh chụp các trang biên bản đã ký.</source>
            <extracomment>Choose the scan (PDF) or photos of the signed pages.</extracomment>
            <translation>Choose the scan (PDF) or photos of the signed pages.</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.minutes.signature_image</name>
        <message>
            <location filename="../../cchc_desktop/minutes/signature_image.py" />
            <source>Không đọc được ảnh chữ ký{shown}: {vi}</source>
            <extracomment>Cannot use the signature image{shown}: {en}</extracomment>
            <translation>Cannot use the signature image{shown}: {en}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/signature_image.py" />
            <source>tệp quá lớn (tối đa {MAX_BYTES // (1024 * 1024)} MB).</source>
            <extracomment>the file is too large (at most {MAX_BYTES // (1024 * 1024)} MB).</extracomment>
            <translation>the file is too large (at most {MAX_BYTES // (1024 * 1024)} MB).</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/signature_image.py" />
            <source>ảnh quá lớn ({width}×{height} điểm ảnh; tối đa {MAX_SIDE} mỗi cạnh, {MAX_PIXELS // 1000000} triệu điểm). Hãy quét lại ở độ phân giải thấp hơn.</source>
            <extracomment>the picture is too large ({width}×{height} pixels; at most {MAX_SIDE} a side, {MAX_PIXELS // 1000000} megapixels). Scan it again at a lower resolution.</extracomment>
            <translation>the picture is too large ({width}×{height} pixels; at most {MAX_SIDE} a side, {MAX_PIXELS // 1000000} megapixels). Scan it again at a lower resolution.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/signature_image.py" />
            <source>không phải ảnh PNG hoặc JPEG; hãy dùng tệp PNG hoặc JPEG.</source>
            <extracomment>not a PNG or JPEG picture; use a PNG or JPEG file.</extracomment>
            <translation>not a PNG or JPEG picture; use a PNG or JPEG file.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/signature_image.py" />
            <source>ảnh quá lớn ({count} điểm ảnh; tối đa {MAX_PIXELS // 1000000} triệu). Hãy quét lại ở độ phân giải thấp hơn.</source>
            <extracomment>the picture is too large ({count} pixels; at most {MAX_PIXELS // 1000000} megapixels). Scan it again at a lower resolution.</extracomment>
            <translation>the picture is too large ({count} pixels; at most {MAX_PIXELS // 1000000} megapixels). Scan it again at a lower resolution.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/signature_image.py" />
            <source>tệp ảnh bị hỏng hoặc chưa chép hết ({type(exc).__name__}).</source>
            <extracomment>the picture is damaged or cut short ({type(exc).__name__}).</extracomment>
            <translation>the picture is damaged or cut short ({type(exc).__name__}).</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/signature_image.py" />
            <source>Ảnh chữ ký trống (không thấy nét ký). Hãy ký lại hoặc chọn ảnh khác.</source>
            <extracomment>The signature image is empty (no strokes found). Sign again or choose another image.</extracomment>
            <translation>The signature image is empty (no strokes found). Sign again or choose another image.</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.minutes.signing</name>
        <message>
            <location filename="../../cchc_desktop/minutes/signing.py" />
            <source>Mật khẩu không phải văn bản UTF-8 hợp lệ; hãy nhập lại. Chưa có gì được ký.</source>
            <extracomment>The password is not valid UTF-8 text; enter it again. Nothing was signed.</extracomment>
            <translation>The password is not valid UTF-8 text; enter it again. Nothing was signed.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/signing.py" />
            <source>Mật khẩu không đúng, hoặc {name} không phải tệp chứng thư số PKCS#12 (.p12/.pfx). Hãy nhập lại mật khẩu; chưa có gì được ký.</source>
            <extracomment>Wrong password, or {name} is not a PKCS#12 certificate file (.p12/.pfx). Enter the password again; nothing was signed.</extracomment>
            <translation>Wrong password, or {name} is not a PKCS#12 certificate file (.p12/.pfx). Enter the password again; nothing was signed.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/signing.py" />
            <source>Tệp {name} không chứa khóa ký và chứng thư số.</source>
            <extracomment>{name} holds no signing key and certificate.</extracomment>
            <translation>{name} holds no signing key and certificate.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/signing.py" />
            <source>Tệp này không phải PDF hợp lệ hoặc đã bị hỏng; không ký được.</source>
            <extracomment>This file is not a valid PDF or is damaged; it cannot be signed.</extracomment>
            <translation>This file is not a valid PDF or is damaged; it cannot be signed.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/signing.py" />
            <source>{label.label_vi} đã ký số văn bản này; không ký lại được.</source>
            <extracomment>The {label.label} has already signed this document.</extracomment>
            <translation>The {label.label} has already signed this document.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/signing.py" />
            <source>Không lấy được dấu thời gian từ máy chủ {tsa_url} (không kết nối được hoặc máy chủ trả lời sai). Kiểm tra địa chỉ và mạng, hoặc ký không kèm dấu thời gian; chưa có gì được ký.</source>
            <extracomment>Could not get a time-stamp from {tsa_url} (no connection, or a wrong answer). Check the address and the network, or sign without a time-stamp; nothing was signed.</extracomment>
            <translation>Could not get a time-stamp from {tsa_url} (no connection, or a wrong answer). Check the address and the network, or sign without a time-stamp; nothing was signed.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/signing.py" />
            <source>Chữ ký đã có trong văn bản ({which}) không còn nguyên vẹn: văn bản đã bị sửa sau khi ký. Không ký tiếp; hãy lập lại biên bản.</source>
            <extracomment>An existing signature ({which}) is broken: the document changed after signing. Not signing; make the minutes again.</extracomment>
            <translation>An existing signature ({which}) is broken: the document changed after signing. Not signing; make the minutes again.</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.minutes.summary</name>
        <message>
            <location filename="../../cchc_desktop/minutes/summary.py" />
            <source>{number_vi}: {self.pages} trang.</source>
            <extracomment>{number_en}: {self.pages} pages.</extracomment>
            <translation>{number_en}: {self.pages} pages.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/summary.py" />
            <source>Chứng thư số của: {self.holder}.</source>
            <extracomment>Certificate holder: {self.holder}.</extracomment>
            <translation>Certificate holder: {self.holder}.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/summary.py" />
            <source>Nội dung chưa khóa: chữ ký tay được in vào biên bản khi phát hành (ký số hoặc phát hành để ký giấy).</source>
            <extracomment>Nothing is locked yet: the handwritten signature is printed in the minutes when they are issued (digitally signed or issued for paper).</extracomment>
            <translation>Nothing is locked yet: the handwritten signature is printed in the minutes when they are issued (digitally signed or issued for paper).</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/summary.py" />
            <source>Sau bước này nội dung cuộc kiểm tra bị khóa; muốn thay đổi phải lập biên bản bổ sung.</source>
            <extracomment>After this the inspection is locked; any change needs supplementary minutes.</extracomment>
            <translation>After this the inspection is locked; any change needs supplementary minutes.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/summary.py" />
            <source>Cuộc kiểm tra đã khóa từ khi biên bản được phát hành.</source>
            <extracomment>The inspection has been locked since the minutes were issued.</extracomment>
            <translation>The inspection has been locked since the minutes were issued.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/summary.py" />
            <source>{kind_vi} (số cấp khi phát hành)</source>
            <extracomment>{kind_en} (numbered when issued)</extracomment>
            <translation>{kind_en} (numbered when issued)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/summary.py" />
            <source>{kind_vi} số {self.doc_number} (số được cấp khi phát hành)</source>
            <extracomment>{kind_en} {self.doc_number} (the number is taken now)</extracomment>
            <translation>{kind_en} {self.doc_number} (the number is taken now)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/summary.py" />
            <source>{kind_vi} số {self.doc_number}</source>
            <extracomment>{kind_en} {self.doc_number}</extracomment>
            <translation>{kind_en} {self.doc_number}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/summary.py" />
            <source>Ký số</source>
            <extracomment>Digital signature</extracomment>
            <translation>Digital signature</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/summary.py" />
            <source>Ký trên giấy</source>
            <extracomment>Signed on paper by</extracomment>
            <translation>Signed on paper by</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/summary.py" />
            <source>Chữ ký tay</source>
            <extracomment>Handwritten signature</extracomment>
            <translation>Handwritten signature</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.minutes.supplement</name>
        <message>
            <location filename="../../cchc_desktop/minutes/supplement.py" />
            <source>Cuộc kiểm tra này chưa có biên bản đã ký; cứ sửa trực tiếp rồi lập biên bản.</source>
            <extracomment>This inspection has no signed minutes yet; edit it directly and make the minutes.</extracomment>
            <translation>This inspection has no signed minutes yet; edit it directly and make the minutes.</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.minutes.tokens</name>
        <message>
            <location filename="../../cchc_desktop/minutes/tokens.py" />
            <source>Không nạp được thư viện PKCS#11 {module}: tệp không có hoặc không phải thư viện của USB token (hoặc không hợp với máy 64-bit). Hãy cài phần mềm của token hoặc chọn đúng tệp thư viện.</source>
            <extracomment>Could not load the PKCS#11 library {module}: the file is missing or is not a USB token library (or not a 64-bit one). Install the token's software or choose the right library file.</extracomment>
            <translation>Could not load the PKCS#11 library {module}: the file is missing or is not a USB token library (or not a 64-bit one). Install the token's software or choose the right library file.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/tokens.py" />
            <source>USB token «{token.label}» không có (hoặc có nhiều) chứng thư «{wanted}». Xem danh sách: cchc minutes tokens</source>
            <extracomment>USB token '{token.label}' has no (or several) certificate '{wanted}'. See: cchc minutes tokens</extracomment>
            <translation>USB token '{token.label}' has no (or several) certificate '{wanted}'. See: cchc minutes tokens</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/tokens.py" />
            <source>USB token «{token.label}» có {len(signing)} chứng thư ký số; hãy chọn một (--cert).</source>
            <extracomment>USB token '{token.label}' holds {len(signing)} signing certificates; choose one (--cert).</extracomment>
            <translation>USB token '{token.label}' holds {len(signing)} signing certificates; choose one (--cert).</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/tokens.py" />
            <source>Có nhiều USB token đang cắm; hãy chọn một (--token NHÃN).</source>
            <extracomment>Several USB tokens are plugged in; choose one (--token LABEL).</extracomment>
            <translation>Several USB tokens are plugged in; choose one (--token LABEL).</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/tokens.py" />
            <source>Không thấy USB token {which}(thư viện {module.name}): token chưa cắm, đã bị rút ra hoặc không đọc được. Hãy cắm lại token rồi thử lại; chưa có gì được ký.</source>
            <extracomment>USB token {which.replace('«', chr(39)).replace('»', chr(39))}not found (library {module.name}): it is not plugged in, was pulled out, or cannot be read. Plug it in again and retry; nothing was signed.</extracomment>
            <translation>USB token {which.replace('«', chr(39)).replace('»', chr(39))}not found (library {module.name}): it is not plugged in, was pulled out, or cannot be read. Plug it in again and retry; nothing was signed.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/tokens.py" />
            <source>USB token đã bị khóa vì nhập sai mã PIN quá số lần cho phép. Hãy liên hệ tổ chức cấp chứng thư số (CA) để mở khóa; chưa có gì được ký.</source>
            <extracomment>The USB token is locked after too many wrong PINs. Contact the certification authority to unlock it; nothing was signed.</extracomment>
            <translation>The USB token is locked after too many wrong PINs. Contact the certification authority to unlock it; nothing was signed.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/tokens.py" />
            <source>Mã PIN không hợp lệ (sai độ dài hoặc có ký tự không dùng được). Hãy nhập lại; chưa có gì được ký.</source>
            <extracomment>The PIN is not valid (wrong length or characters). Enter it again; nothing was signed.</extracomment>
            <translation>The PIN is not valid (wrong length or characters). Enter it again; nothing was signed.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/tokens.py" />
            <source>Mã PIN của USB token đã hết hạn: hãy đổi PIN bằng phần mềm quản lý token rồi ký lại.</source>
            <extracomment>The USB token's PIN has expired: change it with the token's manager, then sign again.</extracomment>
            <translation>The USB token's PIN has expired: change it with the token's manager, then sign again.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/tokens.py" />
            <source>Đã hủy nhập PIN; chưa có gì được ký.</source>
            <extracomment>PIN entry cancelled; nothing was signed.</extracomment>
            <translation>PIN entry cancelled; nothing was signed.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/tokens.py" />
            <source>USB token «{label}» không có khóa bí mật đi cùng chứng thư đã chọn; không ký được.</source>
            <extracomment>USB token '{label}' holds no private key for the chosen certificate; cannot sign.</extracomment>
            <translation>USB token '{label}' holds no private key for the chosen certificate; cannot sign.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/tokens.py" />
            <source>USB token «{label}» báo lỗi khi ký. Hãy rút token ra, cắm lại rồi thử lại; chưa có gì được ký.</source>
            <extracomment>USB token '{label}' reported an error while signing. Pull it out, plug it in again and retry; nothing was signed.</extracomment>
            <translation>USB token '{label}' reported an error while signing. Pull it out, plug it in again and retry; nothing was signed.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/tokens.py" />
            <source>Mã PIN không đúng. Chưa có gì được ký.</source>
            <extracomment>Wrong PIN. Nothing was signed.</extracomment>
            <translation>Wrong PIN. Nothing was signed.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/tokens.py" />
            <source>Mã PIN không đúng. Chỉ còn MỘT lần thử: nhập sai lần nữa token sẽ bị khóa. Chưa có gì được ký.</source>
            <extracomment>Wrong PIN. Only ONE try is left: another wrong PIN locks the token. Nothing was signed.</extracomment>
            <translation>Wrong PIN. Only ONE try is left: another wrong PIN locks the token. Nothing was signed.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/tokens.py" />
            <source>Mã PIN không đúng. Token báo còn ít lần thử trước khi bị khóa. Chưa có gì được ký.</source>
            <extracomment>Wrong PIN. The token says few tries are left before it locks. Nothing was signed.</extracomment>
            <translation>Wrong PIN. The token says few tries are left before it locks. Nothing was signed.</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.minutes.trust</name>
        <message>
            <location filename="../../cchc_desktop/minutes/trust.py" />
            <source>Tệp không chứa chứng thư số hợp lệ (PEM hoặc DER, .pem/.cer/.crt).</source>
            <extracomment>The file holds no valid certificate (PEM or DER, .pem/.cer/.crt).</extracomment>
            <translation>The file holds no valid certificate (PEM or DER, .pem/.cer/.crt).</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/trust.py" />
            <source>«{common_name(cert.subject)}» là chứng thư của người ký, không phải của tổ chức cấp chứng thư (CA); chỉ thêm chứng thư gốc của CA vào danh sách tin cậy.</source>
            <extracomment>'{common_name(cert.subject)}' is a signer's certificate, not a certification authority's; only add CA root certificates to the trusted list.</extracomment>
            <translation>'{common_name(cert.subject)}' is a signer's certificate, not a certification authority's; only add CA root certificates to the trusted list.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/trust.py" />
            <source>Không có (hoặc có nhiều hơn một) chứng thư gốc với dấu vân tay «{fingerprint}». Xem danh sách: cchc minutes trust list</source>
            <extracomment>No (or more than one) trusted root with fingerprint '{fingerprint}'. See: cchc minutes trust list</extracomment>
            <translation>No (or more than one) trusted root with fingerprint '{fingerprint}'. See: cchc minutes trust list</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.minutes.value_readiness</name>
        <message>
            <location filename="../../cchc_desktop/minutes/value_readiness.py" />
            <source>Giá trị đã lưu không hợp lệ: {table} {record_id[:8]}, trường «{column}» = «{value}» ({vi}). «cchc check» liệt kê mọi giá trị không hợp lệ.</source>
            <extracomment>An invalid stored value: {table} {record_id[:8]}, field '{column}' = '{value}' ({en}). 'cchc check' lists every invalid value.</extracomment>
            <translation>An invalid stored value: {table} {record_id[:8]}, field '{column}' = '{value}' ({en}). 'cchc check' lists every invalid value.</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.minutes.verify</name>
        <message>
            <location filename="../../cchc_desktop/minutes/verify.py" />
            <source>không rõ vai trò</source>
            <extracomment>unknown role</extracomment>
            <translation>unknown role</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/verify.py" />
            <source>không đọc được người ký</source>
            <extracomment>the signer cannot be read</extracomment>
            <translation>the signer cannot be read</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/verify.py" />
            <source>chứng thư không dẫn tới chứng thư gốc nào trong danh sách tin cậy</source>
            <extracomment>the certificate does not chain to any trusted root</extracomment>
            <translation>the certificate does not chain to any trusted root</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/verify.py" />
            <source>chuỗi chứng thư không thỏa ràng buộc</source>
            <extracomment>the certificate chain breaks its constraints</extracomment>
            <translation>the certificate chain breaks its constraints</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/verify.py" />
            <source>thuật toán mật mã không còn được chấp nhận</source>
            <extracomment>the cryptographic algorithm is no longer accepted</extracomment>
            <translation>the cryptographic algorithm is no longer accepted</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/verify.py" />
            <source>mục đích sử dụng khóa không cho phép ký</source>
            <extracomment>the key usage does not allow signing</extracomment>
            <translation>the key usage does not allow signing</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/verify.py" />
            <source>chứng thư đã hết hạn khi ký</source>
            <extracomment>the certificate had expired when it signed</extracomment>
            <translation>the certificate had expired when it signed</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/verify.py" />
            <source>chứng thư chưa có hiệu lực khi ký</source>
            <extracomment>the certificate was not yet valid when it signed</extracomment>
            <translation>the certificate was not yet valid when it signed</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/verify.py" />
            <source>không có thông tin thu hồi chứng thư (CRL/OCSP) để kiểm tra</source>
            <extracomment>no revocation information (CRL/OCSP) to check the certificate against</extracomment>
            <translation>no revocation information (CRL/OCSP) to check the certificate against</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/verify.py" />
            <source>nội dung đã bị sửa: mã băm không khớp với phần đã ký</source>
            <extracomment>the content was altered: the hash does not match what was signed</extracomment>
            <translation>the content was altered: the hash does not match what was signed</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/verify.py" />
            <source>tệp có thay đổi ngoài việc thêm chữ ký sau khi ký</source>
            <extracomment>the file changed after signing beyond further signatures</extracomment>
            <translation>the file changed after signing beyond further signatures</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/verify.py" />
            <source>chứng thư bị thu hồi từ {date}, sau thời điểm ký</source>
            <extracomment>the certificate was revoked on {date}, after it signed</extracomment>
            <translation>the certificate was revoked on {date}, after it signed</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/verify.py" />
            <source>văn bản không ghi tên người ký cho vai trò này để đối chiếu</source>
            <extracomment>the document prints no name for this role to compare with</extracomment>
            <translation>the document prints no name for this role to compare with</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/verify.py" />
            <source>tệp rỗng, không có nội dung PDF</source>
            <extracomment>the file is empty</extracomment>
            <translation>the file is empty</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/verify.py" />
            <source>chữ ký mật mã không khớp với chứng thư</source>
            <extracomment>the cryptographic signature does not match the certificate</extracomment>
            <translation>the cryptographic signature does not match the certificate</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/verify.py" />
            <source>sau chữ ký này chỉ có thêm chữ ký của bên khác (không đổi nội dung)</source>
            <extracomment>after this signature only other parties' signatures were added</extracomment>
            <translation>after this signature only other parties' signatures were added</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/verify.py" />
            <source>chứng thư đã bị thu hồi từ {date}, trước khi ký</source>
            <extracomment>the certificate was revoked on {date}, before it signed</extracomment>
            <translation>the certificate was revoked on {date}, before it signed</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/verify.py" />
            <source>chứng thư chưa được xác thực</source>
            <extracomment>the certificate is not validated</extracomment>
            <translation>the certificate is not validated</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/verify.py" />
            <source>tệp không phải PDF hoặc đã bị hỏng, không đọc được</source>
            <extracomment>the file is not a PDF or is damaged and cannot be read</extracomment>
            <translation>the file is not a PDF or is damaged and cannot be read</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/verify.py" />
            <source>{holder.name} ký thay {printed}; lý do: {on_behalf[1]}</source>
            <extracomment>{holder.name} signed on behalf of {printed}; reason: {on_behalf[1]}</extracomment>
            <translation>{holder.name} signed on behalf of {printed}; reason: {on_behalf[1]}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/verify.py" />
            <source>người giữ chứng thư ({holder.name}) không phải người có tên trên văn bản ({printed})</source>
            <extracomment>the certificate holder ({holder.name}) is not the person printed ({printed})</extracomment>
            <translation>the certificate holder ({holder.name}) is not the person printed ({printed})</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/verify.py" />
            <source>chữ ký hỏng, không kiểm tra được</source>
            <extracomment>the signature is damaged and cannot be checked</extracomment>
            <translation>the signature is damaged and cannot be checked</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.minutes.verify_report</name>
        <message>
            <location filename="../../cchc_desktop/minutes/verify_report.py" />
            <source>không rõ</source>
            <extracomment>unknown</extracomment>
            <translation>unknown</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/verify_report.py" />
            <source>{clock} ngày {day} (giờ Việt Nam)</source>
            <extracomment>{day} {clock} (Vietnam time)</extracomment>
            <translation>{day} {clock} (Vietnam time)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/verify_report.py" />
            <source>Chữ ký {number}: {s.role_label}</source>
            <extracomment>Signature {number}: {s.role_label}</extracomment>
            <translation>Signature {number}: {s.role_label}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/verify_report.py" />
            <source>  Tên in trên văn bản: </source>
            <extracomment>  Name printed in the document: </extracomment>
            <translation>  Name printed in the document: </translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/verify_report.py" />
            <source>(không ghi)</source>
            <extracomment>(none)</extracomment>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/verify_report.py" />
            <source>  Người giữ chứng thư: </source>
            <extracomment>  Certificate holder: </extracomment>
            <translation>  Certificate holder: </translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/verify_report.py" />
            <source>  Đối chiếu tên: khớp</source>
            <extracomment>  Names: match</extracomment>
            <translation>  Names: match</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/verify_report.py" />
            <source>  Đối chiếu tên: KHÔNG KHỚP — ký thay {s.printed_name}, lý do: {s.on_behalf[1]}</source>
            <extracomment>  Names: DO NOT MATCH — signed on behalf of {s.printed_name}, reason: {s.on_behalf[1]}</extracomment>
            <translation>  Names: DO NOT MATCH — signed on behalf of {s.printed_name}, reason: {s.on_behalf[1]}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/verify_report.py" />
            <source>  Đối chiếu tên: KHÔNG KHỚP</source>
            <extracomment>  Names: DO NOT MATCH</extracomment>
            <translation>  Names: DO NOT MATCH</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/verify_report.py" />
            <source>theo dấu thời gian tin cậy</source>
            <extracomment>from a trusted time-stamp</extracomment>
            <translation>from a trusted time-stamp</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/verify_report.py" />
            <source>do phần mềm của người ký ghi</source>
            <extracomment>as the signer's software wrote it</extracomment>
            <translation>as the signer's software wrote it</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/verify_report.py" />
            <source>  Thời gian ký: </source>
            <extracomment>  Signed at: </extracomment>
            <translation>  Signed at: </translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/verify_report.py" />
            <source>  Chứng thư số: số hiệu {c.serial}, do {c.issuer} cấp; hiệu lực từ {_dmy(c.not_before)} đến {_dmy(c.not_after)}; khóa {c.key}</source>
            <extracomment>  Certificate: serial {c.serial}, issued by {c.issuer}; valid from {_dmy(c.not_before)} to {_dmy(c.not_after)}; key {c.key}</extracomment>
            <translation>  Certificate: serial {c.serial}, issued by {c.issuer}; valid from {_dmy(c.not_before)} to {_dmy(c.not_after)}; key {c.key}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/verify_report.py" />
            <source>  Nội dung: ĐÃ BỊ THAY ĐỔI sau khi ký, hoặc chữ ký hỏng</source>
            <extracomment>  Content: CHANGED after signing, or the signature is broken</extracomment>
            <translation>  Content: CHANGED after signing, or the signature is broken</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/verify_report.py" />
            <source>  Nội dung: nguyên vẹn, không bị sửa đổi sau khi ký</source>
            <extracomment>  Content: intact, not altered after signing</extracomment>
            <translation>  Content: intact, not altered after signing</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/verify_report.py" />
            <source>  Chứng thư: tin cậy (dẫn tới chứng thư gốc trong danh sách tin cậy)</source>
            <extracomment>  Certificate: trusted (chains to a root in the trusted list)</extracomment>
            <translation>  Certificate: trusted (chains to a root in the trusted list)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/verify_report.py" />
            <source>  Chứng thư: chưa được xác thực</source>
            <extracomment>  Certificate: not validated</extracomment>
            <translation>  Certificate: not validated</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/verify_report.py" />
            <source>  Thông tin thu hồi: </source>
            <extracomment>  Revocation: </extracomment>
            <translation>  Revocation: </translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/verify_report.py" />
            <source>  Kết luận chữ ký: </source>
            <extracomment>  Signature verdict: </extracomment>
            <translation>  Signature verdict: </translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/verify_report.py" />
            <source>CA không công bố thông tin thu hồi cho chứng thư này</source>
            <extracomment>the CA publishes no revocation information for this certificate</extracomment>
            <translation>the CA publishes no revocation information for this certificate</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/verify_report.py" />
            <source>đã kiểm tra, chưa bị thu hồi — nguồn: {used}</source>
            <extracomment>checked, not revoked — source: {used}</extracomment>
            <translation>checked, not revoked — source: {used}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/verify_report.py" />
            <source>chưa kiểm tra (chứng thư chưa được xác thực)</source>
            <extracomment>not checked (the certificate is not validated)</extracomment>
            <translation>not checked (the certificate is not validated)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/verify_report.py" />
            <source>ĐÃ BỊ THU HỒI — nguồn: {used}</source>
            <extracomment>REVOKED — source: {used}</extracomment>
            <translation>REVOKED — source: {used}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/verify_report.py" />
            <source>không có nguồn nào (không có CRL/OCSP nhúng trong văn bản hay trong kho của máy)</source>
            <extracomment>none available (no CRL/OCSP embedded in the document or stored on this computer)</extracomment>
            <translation>none available (no CRL/OCSP embedded in the document or stored on this computer)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/verify_report.py" />
            <source>Văn bản chưa có chữ ký số nào.</source>
            <extracomment>The document has no digital signature.</extracomment>
            <translation>The document has no digital signature.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/verify_report.py" />
            <source>văn bản nguyên vẹn, mọi chữ ký tin cậy và đúng người có tên</source>
            <extracomment>the document is intact, every signature trusted and by the person named</extracomment>
            <translation>the document is intact, every signature trusted and by the person named</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/verify_report.py" />
            <source>văn bản nguyên vẹn nhưng chưa xác thực được người ký (xem từng chữ ký)</source>
            <extracomment>the document is intact but a signer is not established (see each signature)</extracomment>
            <translation>the document is intact but a signer is not established (see each signature)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/verify_report.py" />
            <source>văn bản đã bị thay đổi sau khi ký, có chữ ký hỏng, hoặc chứng thư hết hạn/bị thu hồi khi ký</source>
            <extracomment>the document changed after signing, a signature is broken, or a certificate was expired/revoked when it signed</extracomment>
            <translation>the document changed after signing, a signature is broken, or a certificate was expired/revoked when it signed</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/verify_report.py" />
            <source>Kết luận: {words} — {tail}.</source>
            <extracomment>Verdict: {words} — {tail}.</extracomment>
            <translation>Verdict: {words} — {tail}.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/verify_report.py" />
            <source>HỢP LỆ</source>
            <extracomment>VALID</extracomment>
            <translation>VALID</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/verify_report.py" />
            <source>CHƯA XÁC THỰC ĐƯỢC</source>
            <extracomment>NOT VERIFIED</extracomment>
            <translation>NOT VERIFIED</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/minutes/verify_report.py" />
            <source>KHÔNG HỢP LỆ</source>
            <extracomment>NOT VALID</extracomment>
            <translation>NOT VALID</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.phone.intake</name>
        <message>
            <location filename="../../cchc_desktop/phone/intake.py" />
            <source>ảnh này đã có trong cuộc kiểm tra, không thêm lần nữa.</source>
            <extracomment>already in this inspection; not added again.</extracomment>
            <translation>already in this inspection; not added again.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/phone/intake.py" />
            <source>máy tính đã dừng nhận ảnh trước khi lưu tệp này; hãy mở lại mã QR trên máy tính rồi gửi lại.</source>
            <extracomment>the laptop stopped receiving before storing this file; open the QR code again and resend.</extracomment>
            <translation>the laptop stopped receiving before storing this file; open the QR code again and resend.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/phone/intake.py" />
            <source>máy tính gặp lỗi khi lưu tệp này ({type(exc).__name__}); hãy gửi lại.</source>
            <extracomment>the laptop hit an error storing this file ({type(exc).__name__}); send it again.</extracomment>
            <translation>the laptop hit an error storing this file ({type(exc).__name__}); send it again.</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.phone.network</name>
        <message>
            <location filename="../../cchc_desktop/phone/network.py" />
            <source>Điểm phát sóng của máy này</source>
            <extracomment>This laptop's hotspot</extracomment>
            <translation>This laptop's hotspot</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/phone/network.py" />
            <source>Mạng dây</source>
            <extracomment>Wired network</extracomment>
            <translation>Wired network</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/phone/network.py" />
            <source>Mạng</source>
            <extracomment>Network</extracomment>
            <translation>Network</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/phone/network.py" />
            <source>Mạng ảo</source>
            <extracomment>Virtual network</extracomment>
            <translation>Virtual network</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.phone.server</name>
        <message>
            <location filename="../../cchc_desktop/phone/server.py" />
            <source>Không mở được trang cho điện thoại ở {self.host}:{self.port}: {self._failure}</source>
            <extracomment>Could not serve the phone page at {self.host}:{self.port}: {self._failure}</extracomment>
            <translation>Could not serve the phone page at {self.host}:{self.port}: {self._failure}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/phone/server.py" />
            <source>Không mở được cổng {port or 'ngẫu nhiên'} trên địa chỉ {host}: {exc.strerror or exc}. Hãy chọn mạng khác hoặc cổng khác.</source>
            <extracomment>Could not listen on {host} port {port or '(any)'}: {exc.strerror or exc}. Choose another network or port.</extracomment>
            <translation>Could not listen on {host} port {port or '(any)'}: {exc.strerror or exc}. Choose another network or port.</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.phone.uploads</name>
        <message>
            <location filename="../../cchc_desktop/phone/uploads.py" />
            <source>tệp quá lớn ({have[0]} MB; tối đa {most[0]} MB một ảnh).</source>
            <extracomment>the file is too large ({have[1]} MB; at most {most[1]} MB a photo).</extracomment>
            <translation>the file is too large ({have[1]} MB; at most {most[1]} MB a photo).</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/phone/uploads.py" />
            <source>lần mở này đã nhận đủ {most[0]} MB; hãy đóng rồi mở lại mã QR trên máy tính.</source>
            <extracomment>this opening has taken its {most[1]} MB; close and reopen the QR code on the laptop.</extracomment>
            <translation>this opening has taken its {most[1]} MB; close and reopen the QR code on the laptop.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/phone/uploads.py" />
            <source>ổ đĩa của máy tính sắp đầy; hãy giải phóng dung lượng rồi gửi lại.</source>
            <extracomment>the laptop's disk is nearly full; free some space and send again.</extracomment>
            <translation>the laptop's disk is nearly full; free some space and send again.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/phone/uploads.py" />
            <source>không phải ảnh ({kind}); chỉ nhận ảnh JPEG, PNG, WebP, HEIC.</source>
            <extracomment>not a photo ({kind}); only JPEG, PNG, WebP and HEIC photos are taken.</extracomment>
            <translation>not a photo ({kind}); only JPEG, PNG, WebP and HEIC photos are taken.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/phone/uploads.py" />
            <source>máy tính đang dừng nhận ảnh; hãy mở lại mã QR trên máy tính.</source>
            <extracomment>the laptop is stopping; open the QR code on the laptop again.</extracomment>
            <translation>the laptop is stopping; open the QR code on the laptop again.</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.photos.derive</name>
        <message>
            <location filename="../../cchc_desktop/photos/derive.py" />
            <source>quá nhiều điểm ảnh</source>
            <extracomment>too many pixels</extracomment>
            <translation>too many pixels</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.photos.ingest</name>
        <message>
            <location filename="../../cchc_desktop/photos/ingest.py" />
            <source>chương trình đọc ảnh bị dừng đột ngột khi mở tệp này (tệp hỏng hoặc có thể độc hại).</source>
            <extracomment>the image decoder stopped abruptly on this file (damaged or possibly malicious).</extracomment>
            <translation>the image decoder stopped abruptly on this file (damaged or possibly malicious).</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.photos.library</name>
        <message>
            <location filename="../../cchc_desktop/photos/library.py" />
            <source>Tiêu chí «{wanted}» không có trong bảng kiểm của cuộc kiểm tra này.</source>
            <extracomment>Criterion '{wanted}' is not in this inspection's checklist.</extracomment>
            <translation>Criterion '{wanted}' is not in this inspection's checklist.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/photos/library.py" />
            <source>Thiếu tệp ảnh gốc {sha256[:12]} trong kho; hãy nhập lại gói dữ liệu có ảnh này.</source>
            <extracomment>The original photo {sha256[:12]} is missing from the store; import a package that has it again.</extracomment>
            <translation>The original photo {sha256[:12]} is missing from the store; import a package that has it again.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/photos/library.py" />
            <source>Không làm lại được ảnh thu nhỏ/bản in của {sha256[:12]}: {outcome.vi}</source>
            <extracomment>Could not remake the thumbnail/print copy of {sha256[:12]}: {outcome.en}</extracomment>
            <translation>Could not remake the thumbnail/print copy of {sha256[:12]}: {outcome.en}</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.photos.probe</name>
        <message>
            <location filename="../../cchc_desktop/photos/probe.py" />
            <source>Không nhận tệp «{name}»: {self.vi}</source>
            <extracomment>Refused '{name}': {self.en}</extracomment>
            <translation>Refused '{name}': {self.en}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/photos/probe.py" />
            <source>không tìm thấy tệp (đã bị xóa hoặc đổi tên?).</source>
            <extracomment>the file does not exist (deleted or renamed?).</extracomment>
            <translation>the file does not exist (deleted or renamed?).</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/photos/probe.py" />
            <source>tệp ảnh bị hỏng hoặc chưa chép hết{f' ({vi})' if vi else ''}. Hãy chép lại ảnh từ điện thoại/thẻ nhớ.</source>
            <extracomment>the photo is damaged or cut short{f' ({en or vi})' if vi else ''}. Copy it again from the phone or card.</extracomment>
            <translation>the photo is damaged or cut short{f' ({en or vi})' if vi else ''}. Copy it again from the phone or card.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/photos/probe.py" />
            <source>đây không phải một tệp ảnh.</source>
            <extracomment>this is not a photo file.</extracomment>
            <translation>this is not a photo file.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/photos/probe.py" />
            <source>tệp rỗng (0 byte). Hãy chép lại ảnh từ điện thoại/thẻ nhớ.</source>
            <extracomment>the file is empty (0 bytes). Copy the photo again from the phone or card.</extracomment>
            <translation>the file is empty (0 bytes). Copy the photo again from the phone or card.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/photos/probe.py" />
            <source>tệp quá lớn ({mb:,.0f} MB; tối đa {MAX_BYTES // (1024 * 1024)} MB).</source>
            <extracomment>the file is too large ({mb:,.0f} MB; at most {MAX_BYTES // (1024 * 1024)} MB).</extracomment>
            <translation>the file is too large ({mb:,.0f} MB; at most {MAX_BYTES // (1024 * 1024)} MB).</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/photos/probe.py" />
            <source>ảnh HEIC/HEIF cần thư viện pillow-heif, máy này chưa có. Hãy cài lại ứng dụng hoặc chuyển ảnh sang JPEG trên điện thoại.</source>
            <extracomment>HEIC/HEIF photos need the pillow-heif library, which is missing here. Reinstall the app or have the phone save JPEG.</extracomment>
            <translation>HEIC/HEIF photos need the pillow-heif library, which is missing here. Reinstall the app or have the phone save JPEG.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/photos/probe.py" />
            <source>không phải ảnh, hoặc định dạng không hỗ trợ (chỉ nhận JPEG, PNG, WebP, HEIC).</source>
            <extracomment>not a photo, or a format we do not take (JPEG, PNG, WebP and HEIC only).</extracomment>
            <translation>not a photo, or a format we do not take (JPEG, PNG, WebP and HEIC only).</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/photos/probe.py" />
            <source>kích thước 0</source>
            <extracomment>zero size</extracomment>
            <translation>zero size</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/photos/probe.py" />
            <source>ảnh quá lớn (hơn {limit} triệu điểm ảnh), có thể là tệp độc hại.</source>
            <extracomment>the picture is too large (over {limit} megapixels), possibly a malicious file.</extracomment>
            <translation>the picture is too large (over {limit} megapixels), possibly a malicious file.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/photos/probe.py" />
            <source>ảnh quá lớn: {dims}{mp:,.0f} triệu điểm ảnh (tối đa {limit} triệu).</source>
            <extracomment>the picture is too large: {dims}{mp:,.0f} megapixels (at most {limit}).</extracomment>
            <translation>the picture is too large: {dims}{mp:,.0f} megapixels (at most {limit}).</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/photos/probe.py" />
            <source>tệp bị cắt cụt</source>
            <extracomment>the file ends too early</extracomment>
            <translation>the file ends too early</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/photos/probe.py" />
            <source>kích thước ảnh ghi trong tệp sai</source>
            <extracomment>the picture size it declares is wrong</extracomment>
            <translation>the picture size it declares is wrong</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.photos.worker</name>
        <message>
            <location filename="../../cchc_desktop/photos/worker.py" />
            <source>chương trình đọc ảnh gặp lỗi không lường trước với tệp này ({type(exc).__name__}); tệp có thể hỏng.</source>
            <extracomment>the image decoder failed unexpectedly on this file ({type(exc).__name__}); the file may be damaged.</extracomment>
            <translation>the image decoder failed unexpectedly on this file ({type(exc).__name__}); the file may be damaged.</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.progress</name>
        <message>
            <location filename="../../cchc_desktop/progress.py" />
            <source>Đã dừng theo yêu cầu; những gì chưa xong không được lưu.</source>
            <extracomment>Stopped on request; nothing half-done was kept.</extracomment>
            <translation>Stopped on request; nothing half-done was kept.</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.reports.export</name>
        <message>
            <location filename="../../cchc_desktop/reports/export.py" />
            <source>Không xuất được báo cáo ra «{path.name}»: hãy dùng đuôi .pdf, .docx hoặc .xlsx.</source>
            <extracomment>Cannot write the report as '{path.name}': use .pdf, .docx or .xlsx.</extracomment>
            <translation>Cannot write the report as '{path.name}': use .pdf, .docx or .xlsx.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/reports/export.py" />
            <source>Đang tổng hợp số liệu…</source>
            <extracomment>Gathering the figures…</extracomment>
            <translation>Gathering the figures…</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/reports/export.py" />
            <source>Đang dựng báo cáo…</source>
            <extracomment>Laying out the report…</extracomment>
            <translation>Laying out the report…</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/reports/export.py" />
            <source>Đang ghi tệp…</source>
            <extracomment>Writing the file…</extracomment>
            <translation>Writing the file…</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.settings</name>
        <message>
            <location filename="../../cchc_desktop/settings.py" />
            <source>Mẫu số văn bản chỉ dùng được {{so}} và {{nam}}; không hiểu {names}.</source>
            <extracomment>The pattern may use only {{so}} and {{nam}}; unknown {names}.</extracomment>
            <translation>The pattern may use only {{so}} and {{nam}}; unknown {names}.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/settings.py" />
            <source>Mẫu số văn bản có dấu ngoặc {{ }} chưa khớp.</source>
            <extracomment>The pattern has unbalanced braces {{ }}.</extracomment>
            <translation>The pattern has unbalanced braces {{ }}.</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.sqlite_errors</name>
        <message>
            <location filename="../../cchc_desktop/sqlite_errors.py" />
            <source>{where_vi} đang bận (một chương trình khác đang ghi). Hãy thử lại sau giây lát; không có gì bị thay đổi.</source>
            <extracomment>{where_en} is busy (another program is writing). Try again in a moment; nothing was changed.</extracomment>
            <translation>{where_en} is busy (another program is writing). Try again in a moment; nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/sqlite_errors.py" />
            <source>Ổ đĩa đầy, không ghi được vào {path or 'cơ sở dữ liệu'}. Hãy giải phóng dung lượng rồi thử lại; dữ liệu đã lưu không bị ảnh hưởng.</source>
            <extracomment>The disk is full; nothing could be written to {path or 'the database'}. Free some space and try again; stored data is unaffected.</extracomment>
            <translation>The disk is full; nothing could be written to {path or 'the database'}. Free some space and try again; stored data is unaffected.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/sqlite_errors.py" />
            <source>{where_vi} không phải cơ sở dữ liệu CCHC hoặc đã bị hỏng. Hãy khôi phục từ bản sao lưu trong thư mục backups/.</source>
            <extracomment>{where_en} is not a CCHC database or is damaged. Restore it from a copy in backups/.</extracomment>
            <translation>{where_en} is not a CCHC database or is damaged. Restore it from a copy in backups/.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/sqlite_errors.py" />
            <source>{where_vi} có văn bản bị hỏng (không phải UTF-8): tệp đã bị chương trình khác sửa hoặc bị hỏng. Hãy khôi phục từ bản sao lưu trong thư mục backups/.</source>
            <extracomment>{where_en} holds damaged text (not UTF-8): the file was changed by another program or is damaged. Restore it from a copy in backups/.</extracomment>
            <translation>{where_en} holds damaged text (not UTF-8): the file was changed by another program or is damaged. Restore it from a copy in backups/.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/sqlite_errors.py" />
            <source>{where_vi} không mở được để ghi (chỉ đọc hoặc không có quyền). Hãy kiểm tra quyền ghi của thư mục dữ liệu, hoặc chọn thư mục trên ổ máy này; không có gì bị thay đổi.</source>
            <extracomment>{where_en} cannot be opened for writing (read-only or no permission). Check that the data folder is writable, or choose a folder on this computer; nothing was changed.</extracomment>
            <translation>{where_en} cannot be opened for writing (read-only or no permission). Check that the data folder is writable, or choose a folder on this computer; nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/sqlite_errors.py" />
            <source>Lỗi đọc/ghi ổ đĩa ở {path or 'cơ sở dữ liệu'} (ổ bị rút ra hoặc hỏng?). Hãy kiểm tra ổ đĩa rồi thử lại; phần chưa ghi xong không được lưu.</source>
            <extracomment>A disk read/write error at {path or 'the database'} (drive removed or failing?). Check the drive and try again; nothing half-done was stored.</extracomment>
            <translation>A disk read/write error at {path or 'the database'} (drive removed or failing?). Check the drive and try again; nothing half-done was stored.</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.store.answers</name>
        <message>
            <location filename="../../cchc_desktop/store/answers.py" />
            <source>Tiêu chí «{code}» không có trong bảng kiểm của cuộc kiểm tra này.</source>
            <extracomment>Criterion '{code}' is not in this inspection's checklist.</extracomment>
            <translation>Criterion '{code}' is not in this inspection's checklist.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/store/answers.py" />
            <source>Điểm {score:g} của tiêu chí {code} phải từ 0 đến {max_score:g}.</source>
            <extracomment>The score {score:g} of {code} must be between 0 and {max_score:g}.</extracomment>
            <translation>The score {score:g} of {code} must be between 0 and {max_score:g}.</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.store.connection</name>
        <message>
            <location filename="../../cchc_desktop/store/connection.py" />
            <source>Không bật được chế độ WAL cho {path}. Thư mục dữ liệu có thể nằm trên ổ mạng hoặc ổ chỉ đọc; hãy chọn thư mục trên ổ máy này.</source>
            <extracomment>Could not enable WAL for {path}. The data folder may be on a network or read-only drive; choose a folder on this computer.</extracomment>
            <translation>Could not enable WAL for {path}. The data folder may be on a network or read-only drive; choose a folder on this computer.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/store/connection.py" />
            <source>Tệp {path} là cơ sở dữ liệu của chương trình khác, không phải của CCHC Desktop. Hãy chọn thư mục dữ liệu khác; tệp này không bị thay đổi.</source>
            <extracomment>{path} belongs to another program, not CCHC Desktop. Choose another data folder; the file was not changed.</extracomment>
            <translation>{path} belongs to another program, not CCHC Desktop. Choose another data folder; the file was not changed.</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.store.datafolder</name>
        <message>
            <location filename="../../cchc_desktop/store/datafolder.py" />
            <source>{self.root} là một tệp, không phải thư mục dữ liệu. Hãy chọn một thư mục.</source>
            <extracomment>{self.root} is a file, not a data folder. Choose a folder.</extracomment>
            <translation>{self.root} is a file, not a data folder. Choose a folder.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/store/datafolder.py" />
            <source>Không tạo được thư mục dữ liệu {self.root}: {exc.strerror}. Hãy chọn thư mục có quyền ghi.</source>
            <extracomment>Cannot create the data folder {self.root}: {exc.strerror}. Choose a writable folder.</extracomment>
            <translation>Cannot create the data folder {self.root}: {exc.strerror}. Choose a writable folder.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/store/datafolder.py" />
            <source>Thư mục {self.root} chưa được khởi tạo. Hãy chạy: cchc --data-dir "{self.root}" init</source>
            <extracomment>{self.root} is not a data folder yet. Run: cchc --data-dir "{self.root}" init</extracomment>
            <translation>{self.root} is not a data folder yet. Run: cchc --data-dir "{self.root}" init</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/store/datafolder.py" />
            <source>Tệp định danh thiết bị {self.device_file} bị hỏng. Hãy khôi phục nó từ bản sao lưu.</source>
            <extracomment>The device identity file {self.device_file} is damaged. Restore it from a backup.</extracomment>
            <translation>The device identity file {self.device_file} is damaged. Restore it from a backup.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/store/datafolder.py" />
            <source>Không ghi được tên máy vào {self.device_file}: {exc.strerror}.</source>
            <extracomment>Cannot write the laptop's name to {self.device_file}: {exc.strerror}.</extracomment>
            <translation>Cannot write the laptop's name to {self.device_file}: {exc.strerror}.</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.store.field_rules</name>
        <message>
            <location filename="../../cchc_desktop/store/field_rules.py" />
            <source>không phải ngày dạng NNNN-TT-NN trong các năm {rule.first_year}–{LAST_YEAR}</source>
            <extracomment>is not a YYYY-MM-DD date in {rule.first_year}–{LAST_YEAR}</extracomment>
            <translation>is not a YYYY-MM-DD date in {rule.first_year}–{LAST_YEAR}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/store/field_rules.py" />
            <source>không phải thời điểm ISO 8601 hợp lệ</source>
            <extracomment>is not a valid ISO 8601 moment</extracomment>
            <translation>is not a valid ISO 8601 moment</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/store/field_rules.py" />
            <source>không phải giờ dạng GG:PP</source>
            <extracomment>is not a time HH:MM</extracomment>
            <translation>is not a time HH:MM</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/store/field_rules.py" />
            <source>không thuộc các giá trị {allowed}</source>
            <extracomment>is not one of {allowed}</extracomment>
            <translation>is not one of {allowed}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/store/field_rules.py" />
            <source>phải là chữ</source>
            <extracomment>must be text</extracomment>
            <translation>must be text</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/store/field_rules.py" />
            <source>dài quá {rule.max_len} ký tự</source>
            <extracomment>longer than {rule.max_len} characters</extracomment>
            <translation>longer than {rule.max_len} characters</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/store/field_rules.py" />
            <source>không được để trống</source>
            <extracomment>must not be empty</extracomment>
            <translation>must not be empty</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/store/field_rules.py" />
            <source>có ký tự không hợp lệ</source>
            <extracomment>holds invalid characters</extracomment>
            <translation>holds invalid characters</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/store/field_rules.py" />
            <source>phải là số</source>
            <extracomment>must be a number</extracomment>
            <translation>must be a number</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/store/field_rules.py" />
            <source>phải là số nguyên</source>
            <extracomment>must be a whole number</extracomment>
            <translation>must be a whole number</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/store/field_rules.py" />
            <source>không phải số hữu hạn</source>
            <extracomment>is not a finite number</extracomment>
            <translation>is not a finite number</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/store/field_rules.py" />
            <source>ngoài khoảng {_plain(rule.low)}–{_plain(rule.high)}</source>
            <extracomment>outside {_plain(rule.low)}–{_plain(rule.high)}</extracomment>
            <translation>outside {_plain(rule.low)}–{_plain(rule.high)}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/store/field_rules.py" />
            <source>phải là 0 hoặc 1</source>
            <extracomment>must be 0 or 1</extracomment>
            <translation>must be 0 or 1</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/store/field_rules.py" />
            <source>không phải mã UUID</source>
            <extracomment>is not a UUID</extracomment>
            <translation>is not a UUID</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/store/field_rules.py" />
            <source>không phải mã SHA-256</source>
            <extracomment>is not a SHA-256</extracomment>
            <translation>is not a SHA-256</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/store/field_rules.py" />
            <source>không phải danh sách mã hợp lệ</source>
            <extracomment>is not a list of ids</extracomment>
            <translation>is not a list of ids</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/store/field_rules.py" />
            <source>không phải danh sách JSON hợp lệ</source>
            <extracomment>is not a valid JSON list</extracomment>
            <translation>is not a valid JSON list</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.store.findings</name>
        <message>
            <location filename="../../cchc_desktop/store/findings.py" />
            <source>Nội dung nhận xét không được để trống.</source>
            <extracomment>The finding text must not be empty.</extracomment>
            <translation>The finding text must not be empty.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/store/findings.py" />
            <source>Chỉ kiến nghị mới có thời hạn và đơn vị chịu trách nhiệm.</source>
            <extracomment>Only a recommendation has a deadline and a responsible party.</extracomment>
            <translation>Only a recommendation has a deadline and a responsible party.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/store/findings.py" />
            <source>Tiêu chí «{wanted}» không có trong bảng kiểm của cuộc kiểm tra này.</source>
            <extracomment>Criterion '{wanted}' is not in this inspection's checklist.</extracomment>
            <translation>Criterion '{wanted}' is not in this inspection's checklist.</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.store.fingerprint</name>
        <message>
            <location filename="../../cchc_desktop/store/fingerprint.py" />
            <source>Vân tay đã nhập có {len(compact)} chữ số; cần đủ {DIGITS} chữ số ({GROUPS} nhóm {GROUP} số). Hãy đọc lại từng nhóm với máy gửi.</source>
            <extracomment>The fingerprint typed has {len(compact)} digits; it needs {DIGITS} ({GROUPS} groups of {GROUP}). Read the groups again with the sending laptop.</extracomment>
            <translation>The fingerprint typed has {len(compact)} digits; it needs {DIGITS} ({GROUPS} groups of {GROUP}). Read the groups again with the sending laptop.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/store/fingerprint.py" />
            <source>«{text[:80]}» không phải vân tay: cần {GROUPS} nhóm {GROUP} chữ số (như máy gửi hiện trong Cài đặt hoặc «cchc devices self») hoặc dạng SHA256:….</source>
            <extracomment>'{text[:80]}' is not a fingerprint: give {GROUPS} groups of {GROUP} digits (as the sending laptop shows in its settings or 'cchc devices self') or the SHA256:… form.</extracomment>
            <translation>'{text[:80]}' is not a fingerprint: give {GROUPS} groups of {GROUP} digits (as the sending laptop shows in its settings or 'cchc devices self') or the SHA256:… form.</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.store.inspections</name>
        <message>
            <location filename="../../cchc_desktop/store/inspections.py" />
            <source>Đoàn kiểm tra này thuộc kế hoạch khác; hãy chọn đoàn của kế hoạch đã chọn.</source>
            <extracomment>That team belongs to another plan; choose a team of the chosen plan.</extracomment>
            <translation>That team belongs to another plan; choose a team of the chosen plan.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/store/inspections.py" />
            <source>Không tìm thấy cuộc kiểm tra này (có thể đã bị xóa).</source>
            <extracomment>This inspection no longer exists (it may have been deleted).</extracomment>
            <translation>This inspection no longer exists (it may have been deleted).</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/store/inspections.py" />
            <source>Cuộc kiểm tra này đã ký biên bản (hoặc đã phát hành biên bản để ký giấy) nên không sửa trực tiếp được; hãy lập biên bản bổ sung.</source>
            <extracomment>This inspection's minutes are signed (or issued for signing on paper), so it cannot be edited; make a supplementary record.</extracomment>
            <translation>This inspection's minutes are signed (or issued for signing on paper), so it cannot be edited; make a supplementary record.</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.store.keys</name>
        <message>
            <location filename="../../cchc_desktop/store/keys.py" />
            <source>Không đọc/tạo được khóa thiết bị {path}: {exc.strerror}. Hãy kiểm tra quyền của thư mục dữ liệu.</source>
            <extracomment>Cannot read or create the device key {path}: {exc.strerror}. Check the data folder's permissions.</extracomment>
            <translation>Cannot read or create the device key {path}: {exc.strerror}. Check the data folder's permissions.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/store/keys.py" />
            <source>Khóa thiết bị {path} bị hỏng. Hãy khôi phục nó; nếu không thể, xóa tệp đó và báo thư ký chấp nhận lại máy này.</source>
            <extracomment>The device key {path} is damaged. Restore it; failing that, delete it and ask the secretary to accept this laptop again.</extracomment>
            <translation>The device key {path} is damaged. Restore it; failing that, delete it and ask the secretary to accept this laptop again.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/store/keys.py" />
            <source>Tệp {path} không phải khóa Ed25519.</source>
            <extracomment>{path} is not an Ed25519 key.</extracomment>
            <translation>{path} is not an Ed25519 key.</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.store.lookup</name>
        <message>
            <location filename="../../cchc_desktop/store/lookup.py" />
            <source>«{ref}» khớp với nhiều {what_vi}; hãy ghi đầy đủ mã.</source>
            <extracomment>'{ref}' matches several {what_en}s; give the full id.</extracomment>
            <translation>'{ref}' matches several {what_en}s; give the full id.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/store/lookup.py" />
            <source>Không tìm thấy {what_vi} «{ref}». Xem danh sách bằng lệnh list tương ứng.</source>
            <extracomment>No {what_en} '{ref}'. See the matching list command.</extracomment>
            <translation>No {what_en} '{ref}'. See the matching list command.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/store/lookup.py" />
            <source>đơn vị</source>
            <extracomment>unit</extracomment>
            <translation>unit</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/store/lookup.py" />
            <source>kế hoạch</source>
            <extracomment>plan</extracomment>
            <translation>plan</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/store/lookup.py" />
            <source>đoàn kiểm tra</source>
            <extracomment>team</extracomment>
            <translation>team</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/store/lookup.py" />
            <source>cuộc kiểm tra</source>
            <extracomment>inspection</extracomment>
            <translation>inspection</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/store/lookup.py" />
            <source>nhận xét</source>
            <extracomment>finding</extracomment>
            <translation>finding</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/store/lookup.py" />
            <source>ảnh</source>
            <extracomment>photo</extracomment>
            <translation>photo</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.store.migrate</name>
        <message>
            <location filename="../../cchc_desktop/store/migrate.py" />
            <source>Cơ sở dữ liệu {path} được tạo bởi phiên bản mới hơn của CCHC Desktop (lược đồ {current}; phiên bản {__version__} này chỉ hiểu đến lược đồ {known}). Hãy cài phiên bản mới; dữ liệu không bị thay đổi.</source>
            <extracomment>The database {path} was written by a newer CCHC Desktop (schema {current}; this version {__version__} knows up to {known}). Install the newer version; nothing was changed.</extracomment>
            <translation>The database {path} was written by a newer CCHC Desktop (schema {current}; this version {__version__} knows up to {known}). Install the newer version; nothing was changed.</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.store.plans</name>
        <message>
            <location filename="../../cchc_desktop/store/plans.py" />
            <source>Số kế hoạch không được để trống.</source>
            <extracomment>The plan number must not be empty.</extracomment>
            <translation>The plan number must not be empty.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/store/plans.py" />
            <source>Kế hoạch cần có cơ quan ban hành (--issuer) và tên (--title).</source>
            <extracomment>A plan needs an issuer (--issuer) and a title (--title).</extracomment>
            <translation>A plan needs an issuer (--issuer) and a title (--title).</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/store/plans.py" />
            <source>Kế hoạch số {number} ngày {when} đã có (id {plan_id}).</source>
            <extracomment>Plan {number} of {when} already exists (id {plan_id}).</extracomment>
            <translation>Plan {number} of {when} already exists (id {plan_id}).</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/store/plans.py" />
            <source>{vi} không được để trống.</source>
            <extracomment>{en} must not be empty.</extracomment>
            <translation>{en} must not be empty.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/store/plans.py" />
            <source>Kế hoạch số {number} ngày {when} đã có (id {row[0]}).</source>
            <extracomment>Plan {number} of {when} already exists (id {row[0]}).</extracomment>
            <translation>Plan {number} of {when} already exists (id {row[0]}).</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/store/plans.py" />
            <source>Thiếu họ tên trong «{text}». Ghi theo dạng "Họ tên|Chức vụ".</source>
            <extracomment>No name in '{text}'. Write it as "Name|Title".</extracomment>
            <translation>No name in '{text}'. Write it as "Name|Title".</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/store/plans.py" />
            <source>Kế hoạch này đã có đoàn do {leader[0]} làm trưởng đoàn (id {team_id}).</source>
            <extracomment>This plan already has a team led by {leader[0]} (id {team_id}).</extracomment>
            <translation>This plan already has a team led by {leader[0]} (id {team_id}).</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/store/plans.py" />
            <source>Đoàn kiểm tra cần có họ tên trưởng đoàn.</source>
            <extracomment>A team needs its leader's name.</extracomment>
            <translation>A team needs its leader's name.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/store/plans.py" />
            <source>Có người trong đoàn chưa ghi họ tên (chức vụ «{title}»).</source>
            <extracomment>Someone in the team has no name (title '{title}').</extracomment>
            <translation>Someone in the team has no name (title '{title}').</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/store/plans.py" />
            <source>{person} có tên hai lần trong đoàn.</source>
            <extracomment>{person} is listed twice in the team.</extracomment>
            <translation>{person} is listed twice in the team.</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.store.previous</name>
        <message>
            <location filename="../../cchc_desktop/store/previous.py" />
            <source>Kiến nghị này không phải kiến nghị của đoàn kiểm tra kỳ trước đối với đơn vị được kiểm tra (hoặc các đơn vị hợp thành đơn vị này).</source>
            <extracomment>This recommendation was not made by an earlier inspection of this unit (or of the units it was formed from).</extracomment>
            <translation>This recommendation was not made by an earlier inspection of this unit (or of the units it was formed from).</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.store.provenance</name>
        <message>
            <location filename="../../cchc_desktop/store/provenance.py" />
            <source>nội dung không phải do thiết bị {str(row.get('device_id'))[:8]} ký</source>
            <extracomment>the content was not signed by device {str(row.get('device_id'))[:8]}</extracomment>
            <translation>the content was not signed by device {str(row.get('device_id'))[:8]}</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/store/provenance.py" />
            <source>tác giả, lịch sử phiên bản hoặc thời điểm khác với điều đã được ký</source>
            <extracomment>the author, version history or time differs from what was signed</extracomment>
            <translation>the author, version history or time differs from what was signed</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/store/provenance.py" />
            <source>chữ ký của phiên bản bị hỏng</source>
            <extracomment>the version's signature is damaged</extracomment>
            <translation>the version's signature is damaged</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/store/provenance.py" />
            <source>không biết khoá của thiết bị {a.device[:8]} đã ký phiên bản</source>
            <extracomment>the key of device {a.device[:8]} that signed the version is unknown</extracomment>
            <translation>the key of device {a.device[:8]} that signed the version is unknown</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/store/provenance.py" />
            <source>chữ ký của thiết bị {a.device[:8]} không khớp (bị sửa hoặc giả mạo)</source>
            <extracomment>device {a.device[:8]}'s signature does not match (altered or forged)</extracomment>
            <translation>device {a.device[:8]}'s signature does not match (altered or forged)</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/store/provenance.py" />
            <source>thiết bị {a.device[:8]} ký một phiên bản mà không tính thay đổi của chính nó</source>
            <extracomment>device {a.device[:8]} signed a version without counting its own change</extracomment>
            <translation>device {a.device[:8]} signed a version without counting its own change</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/store/provenance.py" />
            <source>phiên bản mang chữ ký của một phiên bản nó chưa thấy</source>
            <extracomment>the version carries the signature of a version it has not seen</extracomment>
            <translation>the version carries the signature of a version it has not seen</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.store.signers</name>
        <message>
            <location filename="../../cchc_desktop/store/signers.py" />
            <source>Họ tên người ký không được để trống.</source>
            <extracomment>The signer's name must not be empty.</extracomment>
            <translation>The signer's name must not be empty.</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.store.space</name>
        <message>
            <location filename="../../cchc_desktop/store/space.py" />
            <source>khác (nhật ký, khóa, cài đặt)</source>
            <extracomment>other (logs, keys, settings)</extracomment>
            <translation>other (logs, keys, settings)</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.store.templates</name>
        <message>
            <location filename="../../cchc_desktop/store/templates.py" />
            <source>Đã có mẫu «{template.key}» phiên bản {template.version} với nội dung khác. Một phiên bản đã dùng thì không sửa được: hãy tăng số phiên bản rồi nhập lại.</source>
            <extracomment>Template '{template.key}' version {template.version} already exists with other content. A published version cannot change: raise the version number and import again.</extracomment>
            <translation>Template '{template.key}' version {template.version} already exists with other content. A published version cannot change: raise the version number and import again.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/store/templates.py" />
            <source>Không tìm thấy mẫu bảng kiểm «{ref}». Xem danh sách: cchc templates list</source>
            <extracomment>No checklist template '{ref}'. See: cchc templates list</extracomment>
            <translation>No checklist template '{ref}'. See: cchc templates list</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/store/templates.py" />
            <source>Không tìm thấy mẫu bảng kiểm {tid}.</source>
            <extracomment>No checklist template {tid}.</extracomment>
            <translation>No checklist template {tid}.</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.store.units</name>
        <message>
            <location filename="../../cchc_desktop/store/units.py" />
            <source>Đơn vị đã có: {existing['name']} (mã {existing['code'] or '—'}, id {unit_id}).</source>
            <extracomment>The unit already exists: {existing['name']} (code {existing['code'] or '-'}, id {unit_id}).</extracomment>
            <translation>The unit already exists: {existing['name']} (code {existing['code'] or '-'}, id {unit_id}).</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/store/units.py" />
            <source>Không thể đặt đơn vị trực thuộc chính nó hoặc đơn vị cấp dưới của nó.</source>
            <extracomment>A unit cannot be placed under itself or one of its own sub-units.</extracomment>
            <translation>A unit cannot be placed under itself or one of its own sub-units.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/store/units.py" />
            <source>Một đơn vị không thể hợp nhất từ chính nó.</source>
            <extracomment>A unit cannot be merged from itself.</extracomment>
            <translation>A unit cannot be merged from itself.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/store/units.py" />
            <source>Tên đơn vị không được để trống.</source>
            <extracomment>The unit name must not be empty.</extracomment>
            <translation>The unit name must not be empty.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/store/units.py" />
            <source>Ngày hết hiệu lực ({end}) đứng trước ngày bắt đầu ({start}).</source>
            <extracomment>The end of validity ({end}) is before its start ({start}).</extracomment>
            <translation>The end of validity ({end}) is before its start ({start}).</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/store/units.py" />
            <source>Mã {code} đã dùng cho đơn vị {clash[0]}.</source>
            <extracomment>Code {code} already belongs to {clash[0]}.</extracomment>
            <translation>Code {code} already belongs to {clash[0]}.</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.store.value_check</name>
        <message>
            <location filename="../../cchc_desktop/store/value_check.py" />
            <source>Mọi giá trị đã lưu đều hợp lệ</source>
            <extracomment>Every stored value is valid</extracomment>
            <translation>Every stored value is valid</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/store/value_check.py" />
            <source>; và {len(found) - _SHOWN} giá trị khác</source>
            <extracomment>; and {len(found) - _SHOWN} more</extracomment>
            <translation>; and {len(found) - _SHOWN} more</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/store/value_check.py" />
            <source>{len(found)} giá trị đã lưu không hợp lệ (được hiển thị là «không hợp lệ»)</source>
            <extracomment>{len(found)} stored values are invalid (shown as 'invalid')</extracomment>
            <translation>{len(found)} stored values are invalid (shown as 'invalid')</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/store/value_check.py" />
            <source>Không lập được văn bản: {table} {record_id[:8]}, trường «{column}» = «{value}» không hợp lệ ({vi}). Hãy sửa giá trị đó rồi làm lại; «cchc check» liệt kê mọi giá trị không hợp lệ.</source>
            <extracomment>The document was not made: {table} {record_id[:8]}, field '{column}' = '{value}' is not valid ({en}). Correct it and try again; 'cchc check' lists every invalid value.</extracomment>
            <translation>The document was not made: {table} {record_id[:8]}, field '{column}' = '{value}' is not valid ({en}). Correct it and try again; 'cchc check' lists every invalid value.</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/store/value_check.py" />
            <source>không phải véc-tơ phiên bản hợp lệ</source>
            <extracomment>not a valid version vector</extracomment>
            <translation>not a valid version vector</translation>
        </message>
        <message>
            <location filename="../../cchc_desktop/store/value_check.py" />
            <source>chữ ký phiên bản hỏng</source>
            <extracomment>damaged version signature</extracomment>
            <translation>damaged version signature</translation>
        </message>
    </context>
    <context>
        <name>cchc_desktop.store.workspace</name>
        <message>
            <location filename="../../cchc_desktop/store/workspace.py" />
            <source>Thư mục {root} chưa có dữ liệu CCHC. Hãy chạy: cchc --data-dir "{root}" init</source>
            <extracomment>{root} holds no CCHC data yet. Run: cchc --data-dir "{root}" init</extracomment>
            <translation>{root} holds no CCHC data yet. Run: cchc --data-dir "{root}" init</translation>
        </message>
    </context>
</TS>
