<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../cchc_desktop/gui/crash.py" line="140"/>
        <source>(không ghi được tệp nhật ký)</source>
        <translation>(the log file could not be written)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/crash.py" line="143"/>
        <source>CCHC Desktop gặp lỗi ngoài dự kiến</source>
        <translation>CCHC Desktop met an unexpected error</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/crash.py" line="145"/>
        <source>Đã xảy ra lỗi ngoài dự kiến. Những gì đã lưu trước đó vẫn an toàn.

Chi tiết lỗi đã được ghi vào tệp:
{path}

Hãy gửi tệp này cho người hỗ trợ kỹ thuật.</source>
        <translation>An unexpected error occurred. Everything saved before it is safe.

The details were written to the file:
{path}

Please send this file to technical support.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/about_dialog.py" line="25"/>
        <source>Giới thiệu CCHC Desktop</source>
        <translation>About CCHC Desktop</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/about_dialog.py" line="27"/>
        <source>CCHC Desktop, phiên bản {version}</source>
        <translation>CCHC Desktop, version {version}</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/about_dialog.py" line="33"/>
        <source>Ứng dụng cho đoàn kiểm tra công tác cải cách hành chính: bảng kiểm, ảnh minh chứng, biên bản, gói dữ liệu đồng bộ. Làm việc không cần mạng; mọi câu trả lời được lưu ngay khi nhập.</source>
        <translation>The app for administrative-reform inspection teams: checklists, photo evidence, minutes, data packages for syncing. Works without a network; every answer is saved as soon as it is given.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/about_dialog.py" line="40"/>
        <source>Phím tắt</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/about_dialog.py" line="45"/>
        <source>Phím</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/about_dialog.py" line="45"/>
        <source>Việc</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/about_dialog.py" line="59"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/base.py" line="69"/>
        <source>&amp;Lưu</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/base.py" line="70"/>
        <location filename="../../cchc_desktop/gui/dialogs/report_dialog.py" line="320"/>
        <location filename="../../cchc_desktop/gui/dialogs/unit_picker.py" line="45"/>
        <source>&amp;Hủy</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/fields.py" line="39"/>
        <source>Hãy nhập {what}.</source>
        <translation>Please enter the {what}.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/fields.py" line="42"/>
        <source>{What} không hợp lệ: hãy ghi theo dạng ngày/tháng/năm, ví dụ 02/07/2024.</source>
        <translation>{What} is not valid: write it as day/month/year, e.g. 02/07/2024.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/inspection_dialog.py" line="29"/>
        <source>Sửa cuộc kiểm tra</source>
        <translation>Edit inspection</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/inspection_dialog.py" line="29"/>
        <location filename="../../cchc_desktop/gui/window_actions.py" line="140"/>
        <source>Cuộc kiểm tra mới</source>
        <translation>New inspection</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/inspection_dialog.py" line="39"/>
        <source>Theo ngày kiểm tra (tự chọn)</source>
        <translation>By the inspection date (automatic)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/inspection_dialog.py" line="58"/>
        <source>Kế hoạch, đơn vị và bảng kiểm của cuộc kiểm tra đã tạo không đổi được.</source>
        <translation>The plan, unit and checklist of an existing inspection cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/inspection_dialog.py" line="75"/>
        <source>Hãy thêm kế hoạch trước (trang Kế hoạch).</source>
        <translation>Add a plan first (Plans page).</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/inspection_dialog.py" line="81"/>
        <source>Hãy chọn đơn vị được kiểm tra.</source>
        <translation>Choose the inspected unit.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/inspection_dialog.py" line="86"/>
        <source>ngày kiểm tra</source>
        <translation>inspection date</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/inspection_dialog.py" line="108"/>
        <source>(chưa chọn)</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/inspection_dialog.py" line="111"/>
        <source>Chọn đơn vị được kiểm tra</source>
        <translation>Choose the inspected unit</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/inspection_dialog.py" line="120"/>
        <source>(chưa chọn đoàn)</source>
        <translation>(no team chosen)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/inspection_dialog.py" line="126"/>
        <source>Trưởng đoàn {name}</source>
        <translation>Team lead {name}</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/inspection_dialog.py" line="155"/>
        <source>Nhập ngày kiểm tra để chọn bảng kiểm theo quy định lúc đó.</source>
        <translation>Enter the inspection date to choose the checklist of the rules in force then.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/inspection_dialog.py" line="158"/>
        <source>Sẽ dùng: {title}</source>
        <translation>Will use: {title}</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/plan_dialog.py" line="19"/>
        <source>Sửa kế hoạch kiểm tra</source>
        <translation>Edit inspection plan</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/plan_dialog.py" line="19"/>
        <source>Thêm kế hoạch kiểm tra</source>
        <translation>Add inspection plan</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/plan_dialog.py" line="37"/>
        <source>Hãy nhập số kế hoạch, ví dụ 80/KH-BCĐCCHC.</source>
        <translation>Enter the plan number, e.g. 80/KH-BCĐCCHC.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/plan_dialog.py" line="42"/>
        <source>ngày ban hành</source>
        <translation>date of issue</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/plan_dialog.py" line="47"/>
        <source>Hãy nhập cơ quan ban hành kế hoạch.</source>
        <translation>Enter the body that issued the plan.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/plan_dialog.py" line="52"/>
        <source>Hãy nhập tên kế hoạch.</source>
        <translation>Enter the plan title.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/team_dialog.py" line="31"/>
        <source>Sửa đoàn kiểm tra</source>
        <translation>Edit inspection team</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/team_dialog.py" line="31"/>
        <source>Thêm đoàn kiểm tra</source>
        <translation>Add inspection team</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/team_dialog.py" line="69"/>
        <source>Hãy thêm kế hoạch trước khi lập đoàn.</source>
        <translation>Add a plan before forming a team.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/team_dialog.py" line="75"/>
        <source>Hãy nhập họ tên trưởng đoàn.</source>
        <translation>Enter the team lead&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/team_dialog.py" line="140"/>
        <source>Có người chưa ghi họ tên (chức vụ «{title}»).</source>
        <translation>Someone has no name (title “{title}”).</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/team_dialog.py" line="145"/>
        <source>Một người có tên hai lần trong đoàn.</source>
        <translation>A person is listed twice in the team.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/team_dialog.py" line="151"/>
        <source>Hãy nhập họ tên thư ký, hoặc xóa chức vụ nếu đoàn không có thư ký.</source>
        <translation>Enter the secretary&apos;s name, or clear the title if the team has no secretary.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/unit_dialog.py" line="29"/>
        <source>Sửa đơn vị</source>
        <translation>Edit unit</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/unit_dialog.py" line="29"/>
        <source>Thêm đơn vị</source>
        <translation>Add unit</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/unit_dialog.py" line="67"/>
        <source>Tên đơn vị không được để trống.</source>
        <translation>The unit name must not be empty.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/unit_dialog.py" line="73"/>
        <source>ngày bắt đầu hiệu lực</source>
        <translation>start of validity</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/unit_dialog.py" line="82"/>
        <source>(không trực thuộc đơn vị nào)</source>
        <translation>(not under any unit)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/unit_dialog.py" line="86"/>
        <source>Chọn đơn vị cấp trên</source>
        <translation>Choose the parent unit</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/unit_dialog.py" line="91"/>
        <source>Chọn đơn vị cũ hợp nhất vào đơn vị này</source>
        <translation>Choose a former unit merged into this one</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/unit_dialog.py" line="127"/>
        <source>ngày hết hiệu lực</source>
        <translation>end of validity</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/unit_dialog.py" line="132"/>
        <source>Ngày hết hiệu lực đứng trước ngày bắt đầu hiệu lực.</source>
        <translation>The end of validity is before its start.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/unit_picker.py" line="27"/>
        <source>Gõ tên đơn vị, không cần dấu: loc binh…</source>
        <translation>Type the unit name, diacritics optional: loc binh…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/unit_picker.py" line="31"/>
        <location filename="../../cchc_desktop/gui/pages/units_page.py" line="34"/>
        <source>Cây đơn vị</source>
        <translation>Unit tree</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/unit_picker.py" line="44"/>
        <source>&amp;Chọn</source>
        <translation>&amp;Choose</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/unit_picker.py" line="48"/>
        <source>Mũi tên lên/xuống để chọn, mũi tên phải để mở nhánh, Enter để chọn.</source>
        <translation>Up/down arrows to move, right arrow to open a branch, Enter to choose.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/entry.py" line="210"/>
        <source>CCHC Desktop đang mở</source>
        <translation>CCHC Desktop is already open</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/instance.py" line="34"/>
        <source>Không tạo được thư mục dữ liệu {root}: {reason}. Hãy chọn thư mục có quyền ghi.</source>
        <translation>Cannot create the data folder {root}: {reason}. Choose a writable folder.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/instance.py" line="50"/>
        <source>Thư mục dữ liệu {root} đang được mở trong một cửa sổ CCHC Desktop khác (tiến trình {pid} trên máy {host}). Mỗi thư mục dữ liệu chỉ mở ở một cửa sổ để các thay đổi không ghi đè lên nhau: hãy dùng cửa sổ đang mở.</source>
        <translation>The data folder {root} is open in another CCHC Desktop window (process {pid} on {host}). A data folder opens in one window only, so that changes never overwrite each other: use the window already open.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/instance.py" line="60"/>
        <source>Không ghi được tệp khóa trong thư mục dữ liệu {root}. Hãy kiểm tra quyền ghi của thư mục.</source>
        <translation>Cannot write the lock file in the data folder {root}. Check that the folder is writable.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/main_window.py" line="81"/>
        <source>CCHC Desktop – Kiểm tra công tác cải cách hành chính</source>
        <translation>CCHC Desktop – Administrative-reform inspections</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/main_window.py" line="86"/>
        <source>Các trang</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/main_window.py" line="299"/>
        <source>Thư mục dữ liệu: {path}</source>
        <translation>Data folder: {path}</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/main_window.py" line="302"/>
        <source>Máy này: đang mở…</source>
        <translation>This laptop: opening…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/main_window.py" line="307"/>
        <source>Lần đầu sử dụng: đang tạo thư mục dữ liệu và dữ liệu mẫu…</source>
        <translation>First start: creating the data folder and the demo data…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/main_window.py" line="345"/>
        <source>Đã tạo dữ liệu mẫu (Lạng Sơn 2024 và 2026).</source>
        <translation>Demo data created (Lạng Sơn 2024 and 2026).</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/main_window.py" line="354"/>
        <source>Máy này: {label}</source>
        <translation>This laptop: {label}</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/main_window.py" line="356"/>
        <source>Mã thiết bị: {id}. Tên máy và vân tay: Cài đặt › Dữ liệu trên máy.</source>
        <translation>Device id: {id}. Name and fingerprint: Settings › Data on this computer.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/main_window.py" line="386"/>
        <source>CCHC Desktop</source>
        <translation>CCHC Desktop</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/models/inspections.py" line="28"/>
        <source>Đã ký biên bản</source>
        <translation>Minutes signed</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/models/inspections.py" line="30"/>
        <source>Chưa bắt đầu</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/models/inspections.py" line="32"/>
        <source>Đang kiểm tra</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/models/inspections.py" line="33"/>
        <source>Đã trả lời đủ</source>
        <translation>All answered</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/inspection_host.py" line="28"/>
        <source>← Danh sách cuộc kiểm tra</source>
        <translation>← Inspections</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/inspection_host.py" line="30"/>
        <source>Quay lại danh sách (Alt+←)</source>
        <translation>Back to the list (Alt+←)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/inspections_page.py" line="52"/>
        <source>Cuộc kiểm tra</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/followups_page.py" line="72"/>
        <source>Theo dõi thực hiện kiến nghị</source>
        <translation>Follow-up of recommendations</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/list_page.py" line="68"/>
        <source>Lọc theo kế hoạch</source>
        <translation>Filter by plan</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/batch_print_dialog.py" line="63"/>
        <location filename="../../cchc_desktop/gui/dialogs/batch_print_dialog.py" line="306"/>
        <source>In biên bản</source>
        <translation>Print minutes</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/batch_print_dialog.py" line="77"/>
        <source>Chọn tất cả &amp;đã ký</source>
        <translation>Tick every &amp;signed one</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/batch_print_dialog.py" line="79"/>
        <source>Chọn &amp;tất cả</source>
        <translation>Tick &amp;all</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/batch_print_dialog.py" line="81"/>
        <source>&amp;Bỏ chọn</source>
        <translation>&amp;Untick all</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/batch_print_dialog.py" line="128"/>
        <source>&amp;In…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/batch_print_dialog.py" line="131"/>
        <source>Xuất gộp &amp;PDF…</source>
        <translation>Combined &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/batch_print_dialog.py" line="134"/>
        <source>Một tệp PDF gồm các biên bản đã chọn, mỗi trang đóng dấu «BẢN SAO», để mang đi in</source>
        <translation>One PDF of the ticked minutes, every page stamped «BẢN SAO» (copy), for a print shop</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/batch_print_dialog.py" line="93"/>
        <location filename="../../cchc_desktop/gui/pages/list_page.py" line="73"/>
        <source>&amp;Kế hoạch:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/batch_print_dialog.py" line="208"/>
        <source>Đã chọn {count} biên bản, {pages} trang</source>
        <translation>{count} minutes ticked, {pages} pages</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/batch_print_dialog.py" line="233"/>
        <source>Biên bản kiểm tra CCHC</source>
        <translation>CCHC inspection minutes</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/batch_print_dialog.py" line="274"/>
        <source>Đã xuất {pages} trang (bản sao) vào:
{path}</source>
        <translation>Exported {pages} pages (copies) to:
{path}</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/batch_print_dialog.py" line="283"/>
        <source>Đang ghép biên bản…</source>
        <translation>Joining the minutes…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/batch_print_dialog.py" line="312"/>
        <source>Lưu bản gộp</source>
        <translation>Save the combined copy</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/batch_print_dialog.py" line="312"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/followups_page.py" line="119"/>
        <source>Lọc theo tình trạng</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/followups_page.py" line="120"/>
        <source>Mọi tình trạng</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/followups_page.py" line="121"/>
        <source>Chưa hoàn thành</source>
        <translation>Not done yet</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/followups_page.py" line="124"/>
        <source>Tình t&amp;rạng:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/followups_page.py" line="75"/>
        <source>Chỉ &amp;quá hạn</source>
        <translation>&amp;Overdue only</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/followups_page.py" line="77"/>
        <source>Tìm đơn vị, nội dung… (Ctrl+F)</source>
        <translation>Search units, text… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/followup_actions.py" line="140"/>
        <location filename="../../cchc_desktop/gui/pages/followups_page.py" line="78"/>
        <location filename="../../cchc_desktop/gui/pages/plans_page.py" line="66"/>
        <location filename="../../cchc_desktop/gui/window_actions.py" line="104"/>
        <source>Lập &amp;báo cáo…</source>
        <translation>Make &amp;report…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/followups_page.py" line="84"/>
        <source>Danh sách kiến nghị</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/list_page.py" line="102"/>
        <source>Không đọc được danh sách (xem thông báo lỗi).</source>
        <translation>The list could not be read (see the error message).</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/followups_page.py" line="228"/>
        <source>{total} kiến nghị · {overdue} quá hạn · {done} đã hoàn thành</source>
        <translation>{total} recommendations · {overdue} overdue · {done} done</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/followups_page.py" line="234"/>
        <source>Đang hiển thị {shown} trong số</source>
        <translation>Showing {shown} of</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/followup_actions.py" line="68"/>
        <source>Đổi tình trạng kiến nghị</source>
        <translation>Change the status of a recommendation</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/inspections_page.py" line="54"/>
        <source>Tìm theo đơn vị, trưởng đoàn, địa điểm… (Ctrl+F)</source>
        <translation>Search by unit, team lead, place… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/inspections_page.py" line="55"/>
        <source>&amp;Thêm cuộc kiểm tra…</source>
        <translation>&amp;Add inspection…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/inspections_page.py" line="57"/>
        <location filename="../../cchc_desktop/gui/pages/units_page.py" line="29"/>
        <source>&amp;Sửa…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/inspections_page.py" line="59"/>
        <source>&amp;Mở</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/inspections_page.py" line="62"/>
        <location filename="../../cchc_desktop/gui/pages/plans_page.py" line="71"/>
        <location filename="../../cchc_desktop/gui/window_actions.py" line="107"/>
        <source>&amp;In biên bản…</source>
        <translation>&amp;Print minutes…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/inspections_page.py" line="66"/>
        <source>In nhiều biên bản của kế hoạch đang lọc trong một lần in, hoặc xuất bản gộp PDF (Ctrl+P)</source>
        <translation>Print several minutes of the filtered plan in one job, or export a combined PDF (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/inspections_page.py" line="73"/>
        <source>Danh sách cuộc kiểm tra</source>
        <translation>List of inspections</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/followups_page.py" line="90"/>
        <location filename="../../cchc_desktop/gui/pages/inspections_page.py" line="80"/>
        <source>Đang tải…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/batch_print_dialog.py" line="73"/>
        <location filename="../../cchc_desktop/gui/pages/list_page.py" line="141"/>
        <source>Tất cả kế hoạch</source>
        <translation>All plans</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/inspections_page.py" line="172"/>
        <source>{shown} / {total} cuộc kiểm tra khớp với tìm kiếm</source>
        <translation>{shown} of {total} inspections match the search</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/inspections_page.py" line="175"/>
        <source>{total} cuộc kiểm tra</source>
        <translation>{total} inspections</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/list_parts.py" line="95"/>
        <location filename="../../cchc_desktop/gui/window_actions.py" line="141"/>
        <source>Tìm kiếm</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/plans_page.py" line="36"/>
        <source>Kế hoạch kiểm tra</source>
        <translation>Inspection plans</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/plans_page.py" line="59"/>
        <source>Tìm theo số, tên kế hoạch, cơ quan ban hành… (Ctrl+F)</source>
        <translation>Search by number, title, issuing body… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/plans_page.py" line="60"/>
        <source>&amp;Thêm kế hoạch…</source>
        <translation>&amp;Add plan…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/plans_page.py" line="62"/>
        <source>&amp;Sửa kế hoạch…</source>
        <translation>&amp;Edit plan…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/plans_page.py" line="64"/>
        <source>&amp;Xem các cuộc kiểm tra</source>
        <translation>&amp;Show its inspections</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/plans_page.py" line="69"/>
        <source>Báo cáo kết quả kiểm tra của kế hoạch đang chọn (Ctrl+R)</source>
        <translation>Report on the inspections of the chosen plan (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/plans_page.py" line="75"/>
        <source>In các biên bản của kế hoạch đang chọn trong một lần in, hoặc xuất bản gộp PDF (Ctrl+P)</source>
        <translation>Print the chosen plan&apos;s minutes in one job, or export a combined PDF (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/plans_page.py" line="81"/>
        <source>Danh sách kế hoạch</source>
        <translation>List of plans</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/plans_page.py" line="103"/>
        <source>Đoàn kiểm tra của kế hoạch đang chọn</source>
        <translation>Teams of the chosen plan</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/plans_page.py" line="105"/>
        <source>Thêm đ&amp;oàn…</source>
        <translation>Add &amp;team…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/plans_page.py" line="107"/>
        <source>Sửa đo&amp;àn…</source>
        <translation>Edit t&amp;eam…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/plans_page.py" line="110"/>
        <source>Đoàn kiểm tra</source>
        <translation>Inspection teams</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/settings_page.py" line="168"/>
        <source>Mã thiết bị: {id}</source>
        <translation>Device id: {id}</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/settings_page.py" line="170"/>
        <source>Vân tay: {digits}</source>
        <translation>Fingerprint: {digits}</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/settings_page.py" line="218"/>
        <source>Ví dụ: {number} ({{so}}: số thứ tự, {{nam}}: năm)</source>
        <translation>Example: {number} ({{so}}: running number, {{nam}}: year)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/units_page.py" line="22"/>
        <source>Đơn vị được kiểm tra</source>
        <translation>Inspected units</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/units_page.py" line="24"/>
        <source>Tìm theo tên, mã, loại đơn vị… (Ctrl+F)</source>
        <translation>Search by name, code, kind… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/units_page.py" line="25"/>
        <source>&amp;Thêm đơn vị…</source>
        <translation>&amp;Add unit…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/units_page.py" line="27"/>
        <source>Thêm đơn vị &amp;trực thuộc…</source>
        <translation>Add &amp;sub-unit…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/units_page.py" line="39"/>
        <source>Từ 01/7/2025 không còn cấp huyện; các xã mới ghi rõ những xã cũ hợp nhất thành. Hồ sơ năm 2024 vẫn giữ tên đơn vị cũ.</source>
        <translation>Since 1 July 2025 there are no districts; each new commune lists the former communes merged into it. Records from 2024 keep the former unit names.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/window_actions.py" line="102"/>
        <source>Cuộc kiểm tra &amp;mới…</source>
        <translation>&amp;New inspection…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/window_actions.py" line="103"/>
        <source>Mở &amp;gói dữ liệu…</source>
        <translation>Open data &amp;package…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/window_actions.py" line="111"/>
        <source>&amp;Thoát</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/window_actions.py" line="112"/>
        <source>&amp;Tìm kiếm</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/window_actions.py" line="113"/>
        <source>Thêm &amp;kế hoạch…</source>
        <translation>Add &amp;plan…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/window_actions.py" line="115"/>
        <source>Thêm đ&amp;oàn kiểm tra…</source>
        <translation>Add &amp;team…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/window_actions.py" line="117"/>
        <source>Thêm đơn &amp;vị…</source>
        <translation>Add &amp;unit…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/window_actions.py" line="120"/>
        <source>Chữ to hơn (A+)</source>
        <translation>Larger text (A+)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/window_actions.py" line="125"/>
        <source>Chữ nhỏ hơn (A−)</source>
        <translation>Smaller text (A−)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/window_actions.py" line="128"/>
        <source>Cỡ chữ mặc định (A)</source>
        <translation>Normal text size (A)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/window_actions.py" line="130"/>
        <source>Tương phản &amp;cao</source>
        <translation>&amp;High contrast</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/window_actions.py" line="134"/>
        <source>&amp;Giới thiệu và phím tắt</source>
        <translation>&amp;About and shortcuts</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/window_actions.py" line="139"/>
        <source>Tương phản cao</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/window_actions.py" line="145"/>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/window_actions.py" line="155"/>
        <source>&amp;Chỉnh sửa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/window_actions.py" line="159"/>
        <source>&amp;Làm lại</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/window_actions.py" line="172"/>
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/window_actions.py" line="68"/>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/window_actions.py" line="189"/>
        <source>Thanh công cụ</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/window_actions.py" line="235"/>
        <source>Mở gói dữ liệu</source>
        <translation>Open data package</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/window_actions.py" line="236"/>
        <source>Gói dữ liệu CCHC (*.cchc)</source>
        <translation>CCHC data packages (*.cchc)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/exchange_host.py" line="31"/>
        <source>Trao đổi dữ liệu</source>
        <translation>Data exchange</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/exchange_host.py" line="41"/>
        <source>Đang mở thư mục dữ liệu…</source>
        <translation>Opening the data folder…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/report_dialog.py" line="63"/>
        <source>Lập báo cáo kết quả kiểm tra</source>
        <translation>Report on the inspection results</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/report_dialog.py" line="77"/>
        <source>Tất cả kế hoạch (mọi cuộc kiểm tra)</source>
        <translation>All plans (every inspection)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/report_dialog.py" line="120"/>
        <source>&amp;Lập báo cáo</source>
        <translation>Make the &amp;report</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/batch_print_dialog.py" line="136"/>
        <location filename="../../cchc_desktop/gui/dialogs/report_dialog.py" line="123"/>
        <source>&amp;Mở tệp</source>
        <translation>&amp;Open the file</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/report_dialog.py" line="125"/>
        <source>Mở &amp;thư mục</source>
        <translation>Open the &amp;folder</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/batch_print_dialog.py" line="138"/>
        <location filename="../../cchc_desktop/gui/dialogs/batch_print_dialog.py" line="299"/>
        <location filename="../../cchc_desktop/gui/dialogs/report_dialog.py" line="127"/>
        <location filename="../../cchc_desktop/gui/dialogs/report_dialog.py" line="320"/>
        <source>Đó&amp;ng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/report_dialog.py" line="211"/>
        <source>Lưu báo cáo</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/report_dialog.py" line="214"/>
        <source>Báo cáo PDF (*.pdf)</source>
        <translation>PDF report (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/report_dialog.py" line="215"/>
        <source>Văn bản Word (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/report_dialog.py" line="216"/>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/report_dialog.py" line="235"/>
        <source>Hãy chọn tệp để lưu báo cáo.</source>
        <translation>Choose the file to save the report to.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/report_dialog.py" line="239"/>
        <source>«{path}» là một thư mục; hãy ghi cả tên tệp.</source>
        <translation>&apos;{path}&apos; is a folder; give a file name too.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/report_dialog.py" line="245"/>
        <source>Tệp «{name}» đã có. Nhấn «Lập báo cáo» lần nữa để ghi đè.</source>
        <translation>&apos;{name}&apos; already exists. Press &apos;Make the report&apos; again to replace it.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/report_dialog.py" line="266"/>
        <source>Đang lập báo cáo…</source>
        <translation>Making the report…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/batch_print_dialog.py" line="284"/>
        <location filename="../../cchc_desktop/gui/dialogs/report_dialog.py" line="273"/>
        <source>Đã dừng; không có tệp nào được ghi.</source>
        <translation>Stopped; no file was written.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/report_dialog.py" line="298"/>
        <source>Đã lưu báo cáo ({units} đơn vị, {recs} kiến nghị) vào:
{path}</source>
        <translation>Report saved ({units} units, {recs} recommendations) to:
{path}</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/batch_print_dialog.py" line="299"/>
        <source>&amp;Dừng</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/models/followups.py" line="47"/>
        <source> (quá hạn)</source>
        <translation> (overdue)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/models/followups.py" line="51"/>
        <source>Không có</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/models/followups.py" line="62"/>
        <source>Quá hạn {n} ngày</source>
        <translation>{n} days overdue</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/followup_panel.py" line="75"/>
        <source>Tình trạng thực hiện kiến nghị</source>
        <translation>Follow-up status of the recommendation</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/followup_panel.py" line="78"/>
        <source>Cậ&amp;p nhật tình trạng:</source>
        <translation>&amp;Set the status:</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/followup_panel.py" line="80"/>
        <source>Phím 1 · 2 · 3 trên danh sách; Ctrl+Z hoàn tác</source>
        <translation>Keys 1 · 2 · 3 on the list; Ctrl+Z undoes</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/followup_actions.py" line="137"/>
        <location filename="../../cchc_desktop/gui/pages/followup_panel.py" line="82"/>
        <location filename="../../cchc_desktop/gui/window_actions.py" line="156"/>
        <source>&amp;Hoàn tác</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/followup_panel.py" line="84"/>
        <source>Hoàn tác lần đổi tình trạng vừa rồi (Ctrl+Z)</source>
        <translation>Undo the last status change (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/followup_actions.py" line="125"/>
        <location filename="../../cchc_desktop/gui/pages/followup_panel.py" line="86"/>
        <source>&amp;Mở cuộc kiểm tra</source>
        <translation>Open the &amp;inspection</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/followup_panel.py" line="88"/>
        <source>Mở phần kiến nghị của cuộc kiểm tra (Enter)</source>
        <translation>Open the inspection&apos;s recommendations (Enter)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/followup_panel.py" line="102"/>
        <source>Chọn một kiến nghị để xem đầy đủ và cập nhật tình trạng.</source>
        <translation>Choose a recommendation to read it in full and update its status.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/followup_panel.py" line="108"/>
        <source>không có</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/followup_panel.py" line="112"/>
        <source>kiểm tra ngày {date}</source>
        <translation>inspected on {date}</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/followup_panel.py" line="113"/>
        <source>Trách nhiệm: {who}</source>
        <translation>Responsible: {who}</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/followup_panel.py" line="114"/>
        <source>Thời hạn: {date}</source>
        <translation>Deadline: {date}</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/followup_panel.py" line="118"/>
        <source>⚠ Quá hạn {n} ngày</source>
        <translation>⚠ {n} days overdue</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/followup_panel.py" line="134"/>
        <source>Đoàn kiểm tra ngày {date} đã xem xét</source>
        <translation>Looked at by the inspection of {date}</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/followup_panel.py" line="136"/>
        <source>Minh chứng: {note}</source>
        <translation>Evidence: {note}</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/report_issuer.py" line="65"/>
        <source>Hãy chọn hoặc ghi cơ quan ban hành báo cáo.</source>
        <translation>Choose or type the body issuing the report.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/report_issuer.py" line="74"/>
        <source>(chưa có họ tên — ghi ở Cài đặt ▸ Người ký báo cáo)</source>
        <translation>(no name yet — set it in Settings ▸ Report signer)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/device_name_dialog.py" line="37"/>
        <source>Đặt tên cho máy này</source>
        <translation>Name this laptop</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/device_name_dialog.py" line="42"/>
        <source>Tên máy giúp thư ký phân biệt các máy khi nhận gói dữ liệu: các máy cài từ một bản thường có cùng tên máy tính (máy này là «{hostname}»). Bạn có thể đổi tên sau trong Cài đặt.</source>
        <translation>The name lets the secretary tell laptops apart when their packages arrive: laptops installed from one image often share a computer name (this one is &apos;{hostname}&apos;). You can change it later in Settings.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/device_name_dialog.py" line="51"/>
        <source>Ví dụ: Nguyễn Văn An</source>
        <translation>e.g. Nguyễn Văn An</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/device_name_dialog.py" line="54"/>
        <source>Ví dụ: Máy đoàn 1 – Nguyễn Văn An</source>
        <translation>e.g. Máy đoàn 1 – Nguyễn Văn An</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/device_name_dialog.py" line="63"/>
        <source>&amp;Họ tên người dùng:</source>
        <translation>&amp;User&apos;s full name:</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/device_name_dialog.py" line="65"/>
        <source>&amp;Tên máy:</source>
        <translation>&amp;Laptop name:</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/device_name_dialog.py" line="97"/>
        <source>&amp;Lưu tên máy</source>
        <translation>&amp;Save the name</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/device_name_dialog.py" line="100"/>
        <source>Để &amp;sau</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/device_name_dialog.py" line="73"/>
        <source>Nên ghi số đoàn và tên người dùng, ví dụ «Máy đoàn 1 – Nguyễn Văn An».</source>
        <translation>Give the team&apos;s number and the user&apos;s name, e.g. &apos;Máy đoàn 1 – Nguyễn Văn An&apos;.</translation>
    </message>
</context>
<context>
    <name>InspectionForm</name>
    <message>
        <location filename="../../ui/inspection_dialog.ui" line="21"/>
        <source>&amp;Kế hoạch:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_dialog.ui" line="37"/>
        <source>Đơn vị được kiểm tra:</source>
        <translation>Inspected unit:</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_dialog.ui" line="62"/>
        <source>&amp;Chọn đơn vị…</source>
        <translation>&amp;Choose unit…</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_dialog.ui" line="74"/>
        <source>&amp;Ngày kiểm tra:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_dialog.ui" line="90"/>
        <source>Đoàn &amp;kiểm tra:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_dialog.ui" line="103"/>
        <source>&amp;Bảng kiểm:</source>
        <translation>Chec&amp;klist:</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_dialog.ui" line="126"/>
        <source>Địa đi&amp;ểm:</source>
        <translation>P&amp;lace:</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_dialog.ui" line="136"/>
        <source>Để trống: tên đơn vị được kiểm tra</source>
        <translation>Leave empty: the inspected unit’s name</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../cchc_desktop/gui/message_bar.py" line="82"/>
        <source>Đóng thông báo</source>
        <translation>Close the message</translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <location filename="../../ui/plan_dialog.ui" line="21"/>
        <source>Số &amp;kế hoạch:</source>
        <translation>Plan &amp;number:</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialog.ui" line="31"/>
        <source>VD: 80/KH-BCĐCCHC</source>
        <translation>E.g. 80/KH-BCĐCCHC</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialog.ui" line="41"/>
        <source>&amp;Ngày ban hành:</source>
        <translation>&amp;Date of issue:</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialog.ui" line="57"/>
        <source>Cơ quan &amp;ban hành:</source>
        <translation>&amp;Issued by:</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialog.ui" line="67"/>
        <source>VD: Ban Chỉ đạo cải cách hành chính tỉnh Lạng Sơn</source>
        <translation>E.g. Ban Chỉ đạo cải cách hành chính tỉnh Lạng Sơn</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialog.ui" line="77"/>
        <source>Cơ quan &amp;chủ quản:</source>
        <translation>&amp;Parent body:</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialog.ui" line="87"/>
        <source>VD: UBND TỈNH LẠNG SƠN (có thể để trống)</source>
        <translation>E.g. UBND TỈNH LẠNG SƠN (may be empty)</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialog.ui" line="94"/>
        <source>&amp;Tên kế hoạch:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialog.ui" line="104"/>
        <source>VD: Kiểm tra công tác cải cách hành chính năm 2024</source>
        <translation>E.g. Kiểm tra công tác cải cách hành chính năm 2024</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialog.ui" line="114"/>
        <source>Că&amp;n cứ:</source>
        <translation>&amp;Basis:</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialog.ui" line="127"/>
        <source>Mỗi căn cứ một dòng</source>
        <translation>One legal basis per line</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/batch_print_dialog.py" line="47"/>
        <location filename="../../cchc_desktop/gui/models/inspections.py" line="38"/>
        <location filename="../../cchc_desktop/gui/models/plans.py" line="30"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/batch_print_dialog.py" line="48"/>
        <source>Biên bản số</source>
        <translation>Minutes no.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/batch_print_dialog.py" line="50"/>
        <source>Số trang</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/models/inspections.py" line="43"/>
        <source>Đơn vị được kiểm tra</source>
        <translation>Inspected units</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/models/followups.py" line="24"/>
        <source>Chưa thực hiện</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/models/followups.py" line="25"/>
        <source>Đang thực hiện</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/models/followups.py" line="26"/>
        <source>Đã hoàn thành</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/models/followups.py" line="71"/>
        <location filename="../../cchc_desktop/gui/models/inspections.py" line="49"/>
        <location filename="../../cchc_desktop/gui/pages/__init__.py" line="33"/>
        <source>Kế hoạch</source>
        <translation>Plans</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/models/followups.py" line="73"/>
        <source>Ngày kiểm tra</source>
        <translation>Inspected on</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/models/followups.py" line="78"/>
        <source>Kiến nghị</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/models/followups.py" line="83"/>
        <source>Trách nhiệm</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/models/followups.py" line="88"/>
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/models/inspections.py" line="51"/>
        <location filename="../../cchc_desktop/gui/models/plans.py" line="57"/>
        <source>Trưởng đoàn</source>
        <translation>Team lead</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/models/inspections.py" line="56"/>
        <source>Đã trả lời</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/models/inspections.py" line="62"/>
        <source>Không đạt</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/models/inspections.py" line="68"/>
        <source>Thiếu ghi chú</source>
        <translation>Missing notes</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/models/inspections.py" line="73"/>
        <source>Trạng thái</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/batch_print_dialog.py" line="49"/>
        <location filename="../../cchc_desktop/gui/models/followups.py" line="95"/>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/models/plans.py" line="28"/>
        <source>Số kế hoạch</source>
        <translation>Plan number</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/models/plans.py" line="35"/>
        <source>Tên kế hoạch</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/models/plans.py" line="40"/>
        <source>Cơ quan ban hành</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/models/plans.py" line="45"/>
        <location filename="../../cchc_desktop/gui/pages/__init__.py" line="45"/>
        <source>Cuộc kiểm tra</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/models/plans.py" line="61"/>
        <source>Phó trưởng đoàn, thành viên</source>
        <translation>Deputies, members</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/models/plans.py" line="69"/>
        <source>Thư ký</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/models/plans.py" line="72"/>
        <source>Quyết định thành lập</source>
        <translation>Founding decision</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/models/units.py" line="29"/>
        <source>Tên đơn vị</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/models/units.py" line="30"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/models/units.py" line="31"/>
        <source>Mã ĐVHC</source>
        <translation>Official code</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/models/units.py" line="32"/>
        <source>Hiệu lực</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/models/units.py" line="33"/>
        <source>Hợp nhất từ</source>
        <translation>Merged from</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/batch_print_dialog.py" line="46"/>
        <location filename="../../cchc_desktop/gui/models/followups.py" line="67"/>
        <location filename="../../cchc_desktop/gui/pages/__init__.py" line="39"/>
        <source>Đơn vị</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/__init__.py" line="51"/>
        <source>Theo dõi kiến nghị</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/__init__.py" line="57"/>
        <source>Trao đổi</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/__init__.py" line="63"/>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/__init__.py" line="70"/>
        <source>Cuộc kiểm tra đang mở</source>
        <translation>Open inspection</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/window_actions.py" line="27"/>
        <source>Cuộc kiểm tra mới</source>
        <translation>New inspection</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/window_actions.py" line="28"/>
        <source>Tìm kiếm trong trang đang mở</source>
        <translation>Search the current page</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/window_actions.py" line="31"/>
        <source>Chuyển trang (Kế hoạch … Cài đặt)</source>
        <translation>Go to a page (Plans … Settings)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/window_actions.py" line="35"/>
        <source>Lập báo cáo kết quả kiểm tra (PDF, DOCX, XLSX)</source>
        <translation>Report on the inspection results (PDF, DOCX, XLSX)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/window_actions.py" line="37"/>
        <source>In nhiều biên bản, xuất bản gộp PDF</source>
        <translation>Print several minutes, export a combined PDF</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/window_actions.py" line="38"/>
        <source>Mở cuộc kiểm tra đang chọn</source>
        <translation>Open the chosen inspection</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/window_actions.py" line="39"/>
        <source>Quay lại danh sách cuộc kiểm tra</source>
        <translation>Back to the list of inspections</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/window_actions.py" line="42"/>
        <source>Chữ to hơn / nhỏ hơn / mặc định</source>
        <translation>Larger / smaller / normal text</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/window_actions.py" line="44"/>
        <source>Bật/tắt chế độ tương phản cao</source>
        <translation>High contrast on/off</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/window_actions.py" line="45"/>
        <source>Mở gói dữ liệu (.cchc)</source>
        <translation>Open a data package (.cchc)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/window_actions.py" line="46"/>
        <source>Giới thiệu và phím tắt</source>
        <translation>About and shortcuts</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/window_actions.py" line="47"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/settings_page.py" line="49"/>
        <source>200 dpi – bản nháp, in nhanh</source>
        <translation>200 dpi – draft, fast</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/settings_page.py" line="50"/>
        <source>300 dpi – chuẩn (nên dùng)</source>
        <translation>300 dpi – normal (recommended)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/settings_page.py" line="51"/>
        <source>600 dpi – nét nhất, in chậm hơn</source>
        <translation>600 dpi – finest, slower</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/settings_page.py" line="253"/>
        <source>Người dùng và văn bản</source>
        <translation>User and documents</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/settings_page.py" line="255"/>
        <source>Làm việc</source>
        <translation>Working</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/pages/settings_page.py" line="257"/>
        <source>Dữ liệu trên máy</source>
        <translation>Data on this computer</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <location filename="../../ui/report_dialog.ui" line="15"/>
        <source>&amp;Kế hoạch:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="25"/>
        <source>Kế hoạch cần báo cáo</source>
        <translation>Plan to report on</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="32"/>
        <source>Cơ quan &amp;ban hành:</source>
        <translation>&amp;Issuing body:</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="54"/>
        <source>Cơ quan ban hành báo cáo</source>
        <translation>Body issuing the report</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="61"/>
        <source>Cơ quan c&amp;hủ quản:</source>
        <translation>Pa&amp;rent body:</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="71"/>
        <source>Dòng trên tên cơ quan ban hành, VD: UBND TỈNH LẠNG SƠN (để trống nếu không có)</source>
        <translation>The line above the issuing body, e.g. UBND TỈNH LẠNG SƠN (empty if none)</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="78"/>
        <source>&amp;Số báo cáo:</source>
        <translation>Report &amp;number:</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="93"/>
        <source>Số báo cáo</source>
        <translation>Report number</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="103"/>
        <source>Để trống để văn thư ghi số khi phát hành.</source>
        <translation>Leave empty for the clerk to write it when issuing.</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="122"/>
        <source>Người ký:</source>
        <translation>Signed by:</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="142"/>
        <source>Định dạng:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="151"/>
        <source>&amp;PDF – báo cáo theo Mẫu 1.4 (Nghị định 30/2020/NĐ-CP)</source>
        <translation>P&amp;DF – report in form 1.4 (Decree 30/2020/NĐ-CP)</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="161"/>
        <source>&amp;Word (DOCX) – cùng nội dung, để chỉnh sửa trước khi trình ký</source>
        <translation>&amp;Word (DOCX) – the same content, to edit before signing</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="168"/>
        <source>&amp;XLSX – bảng tính số liệu (theo đơn vị, lĩnh vực, tiêu chí, kiến nghị)</source>
        <translation>&amp;XLSX – workbook of the figures (by unit, area, criterion, recommendation)</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="177"/>
        <source>Lưu &amp;vào tệp:</source>
        <translation>Save &amp;to file:</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="189"/>
        <source>Tệp báo cáo</source>
        <translation>Report file</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="196"/>
        <source>&amp;Chọn…</source>
        <translation>&amp;Browse…</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../../ui/settings_page.ui" line="9"/>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="19"/>
        <source>Mọi thay đổi được lưu ngay.</source>
        <translation>Every change is saved at once.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="29"/>
        <source>Người sử dụng</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="38"/>
        <source>&amp;Họ và tên:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="48"/>
        <source>Ghi vào nhật ký thay đổi và biên bản</source>
        <translation>Written into the change log and the minutes</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="55"/>
        <source>&amp;Chức vụ:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="65"/>
        <source>VD: Phó Giám đốc Sở Nội vụ</source>
        <translation>E.g. Phó Giám đốc Sở Nội vụ</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="72"/>
        <source>Đơn vị &amp;công tác:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="82"/>
        <source>VD: Sở Nội vụ tỉnh Lạng Sơn</source>
        <translation>E.g. Sở Nội vụ tỉnh Lạng Sơn</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="89"/>
        <source>Cơ quan chủ q&amp;uản:</source>
        <translation>Parent bod&amp;y:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="99"/>
        <source>VD: UBND TỈNH LẠNG SƠN (dòng trên tên cơ quan khi báo cáo mang tên cơ quan này)</source>
        <translation>e.g. UBND TỈNH LẠNG SƠN (the line above your organisation when a report is issued in its name)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="109"/>
        <source>Văn bản</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="118"/>
        <source>&amp;Địa danh mặc định:</source>
        <translation>Default &amp;place name:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="128"/>
        <source>VD: Lạng Sơn (trong dòng “Lạng Sơn, ngày … tháng … năm …”)</source>
        <translation>E.g. Lạng Sơn (in the line “Lạng Sơn, ngày … tháng … năm …”)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="135"/>
        <source>&amp;Mẫu số văn bản:</source>
        <translation>Document &amp;number pattern:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="158"/>
        <source>Máy chủ &amp;dấu thời gian:</source>
        <translation>&amp;Time-stamp server:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="168"/>
        <source>Để trống nếu không dùng; địa chỉ máy chủ dấu thời gian RFC 3161 của CA (http://…)</source>
        <translation>Leave empty if not used; the address of the CA&apos;s RFC 3161 time-stamp server (http://…)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="175"/>
        <source>Thư viện &amp;PKCS#11 khác:</source>
        <translation>Other &amp;PKCS#11 library:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="185"/>
        <source>Đường dẫn thư viện của USB token khi ứng dụng không tự tìm thấy (.dll/.so)</source>
        <translation>The USB token&apos;s library when the app does not find it (.dll/.so)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="195"/>
        <source>Người ký báo cáo</source>
        <translation>Report signer</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="204"/>
        <source>&amp;Quyền hạn:</source>
        <translation>&amp;Authority:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="214"/>
        <source>VD: KT. TRƯỞNG BAN</source>
        <translation>e.g. KT. TRƯỞNG BAN</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="221"/>
        <source>Chức &amp;vụ người ký:</source>
        <translation>Signer&apos;s &amp;post:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="231"/>
        <source>VD: PHÓ TRƯỞNG BAN</source>
        <translation>e.g. PHÓ TRƯỞNG BAN</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="238"/>
        <source>Họ tên người &amp;ký:</source>
        <translation>Signer&apos;s na&amp;me:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="248"/>
        <source>VD: Nguyễn Văn Bình</source>
        <translation>e.g. Nguyễn Văn Bình</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="255"/>
        <source>Để trống quyền hạn và chức vụ thì báo cáo ghi theo cơ quan ban hành (Ban Chỉ đạo: KT. TRƯỞNG BAN, PHÓ TRƯỞNG BAN; Sở: KT. GIÁM ĐỐC, PHÓ GIÁM ĐỐC).</source>
        <translation>With authority and post empty, the report prints the usual ones for its issuing body (a Steering Committee: KT. TRƯỞNG BAN, PHÓ TRƯỞNG BAN; a Department: KT. GIÁM ĐỐC, PHÓ GIÁM ĐỐC).</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="271"/>
        <source>In ấn</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="280"/>
        <source>Độ &amp;phân giải khi in:</source>
        <translation>Print &amp;resolution:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="307"/>
        <source>Hiển thị</source>
        <translation>Display</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="316"/>
        <source>&amp;Ngôn ngữ:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="331"/>
        <source>Có hiệu lực từ lần mở ứng dụng sau.</source>
        <translation>Takes effect the next time the app starts.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="334"/>
        <source>Biến môi trường CCHC_LANG (vi, en), khi có, chọn ngôn ngữ thay cho cài đặt này, cho cả cửa sổ và lệnh cchc.</source>
        <translation>The CCHC_LANG environment variable (vi, en), when set, chooses the language instead of this setting, for the window and the cchc command alike.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="353"/>
        <source>Cỡ chữ:</source>
        <translation>Text size:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="362"/>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="365"/>
        <source>Chữ nhỏ hơn (Ctrl+-)</source>
        <translation>Smaller text (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="368"/>
        <source>Chữ nhỏ hơn</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="375"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="378"/>
        <source>Cỡ chữ mặc định (Ctrl+0)</source>
        <translation>Normal text size (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="381"/>
        <source>Cỡ chữ mặc định</source>
        <translation>Normal text size</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="388"/>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="391"/>
        <source>Chữ to hơn (Ctrl+=)</source>
        <translation>Larger text (Ctrl+=)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="394"/>
        <source>Chữ to hơn</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="413"/>
        <source>&amp;Tương phản cao (dễ đọc ngoài nắng)</source>
        <translation>&amp;High contrast (easy to read in sunlight)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="423"/>
        <source>Bảng kiểm</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="429"/>
        <source>Không đạt, Đạt một phần chưa có ghi chú: con trỏ sang ô ghi chú; Enter trong ô ghi chú trở về danh sách.</source>
        <translation>Not met or Partly met without a note: the cursor goes to the note; Enter in the note returns to the list.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="432"/>
        <source>Trả lời xong (1–4) thì &amp;sang tiêu chí tiếp theo</source>
        <translation>After an answer (1–4) &amp;move on to the next criterion</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="448"/>
        <source>Đóng &amp;dấu lên bản in của ảnh mới nhập</source>
        <translation>&amp;Stamp the print copy of newly imported photos</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="455"/>
        <source>Dấu ghi thời gian chụp, đơn vị, trưởng đoàn. Áp dụng cho ảnh nhập từ nay; từng ảnh vẫn bật/tắt được trong thẻ Ảnh minh chứng. Dấu chỉ lên bản in, không bao giờ lên ảnh gốc: ảnh gốc giữ nguyên từng byte để làm chứng cứ.</source>
        <translation>The stamp shows the time taken, the unit and the team lead. It applies to photos imported from now on; each photo can still be switched in the Evidence photos tab. The stamp goes on the print copy only, never on the original: the original stays byte for byte as evidence.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="442"/>
        <source>Ảnh minh chứng</source>
        <translation>Evidence photos</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="471"/>
        <source>Máy này</source>
        <translation>This laptop</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="480"/>
        <source>Tên &amp;máy:</source>
        <translation>&amp;Laptop name:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="490"/>
        <source>Ví dụ: Máy đoàn 1 – Nguyễn Văn An</source>
        <translation>e.g. Máy đoàn 1 – Nguyễn Văn An</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="500"/>
        <source>Hiện là:</source>
        <translation>Shown as:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="514"/>
        <source>Vân tay:</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="528"/>
        <source>Khi thư ký nhận gói đầu tiên của máy này, hai bên đọc to và so từng nhóm số của vân tay (qua điện thoại cũng được). Tên máy đi kèm mọi gói xuất từ nay.</source>
        <translation>When the secretary receives this laptop&apos;s first package, read the fingerprint&apos;s groups aloud and compare them (over the phone is fine). The name travels with every package exported from now on.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="544"/>
        <source>Dữ liệu trên máy này</source>
        <translation>Data on this computer</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="553"/>
        <source>Thư mục dữ liệu:</source>
        <translation>Data folder:</translation>
    </message>
</context>
<context>
    <name>TeamForm</name>
    <message>
        <location filename="../../ui/team_dialog.ui" line="21"/>
        <source>&amp;Kế hoạch:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.ui" line="37"/>
        <source>&amp;Trưởng đoàn:</source>
        <translation>Team &amp;lead:</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.ui" line="49"/>
        <location filename="../../ui/team_dialog.ui" line="103"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.ui" line="52"/>
        <source>Họ và tên trưởng đoàn</source>
        <translation>Team lead&apos;s full name</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.ui" line="59"/>
        <location filename="../../ui/team_dialog.ui" line="108"/>
        <location filename="../../ui/team_dialog.ui" line="173"/>
        <source>Chức vụ</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.ui" line="62"/>
        <source>Chức vụ trưởng đoàn</source>
        <translation>Team lead&apos;s title</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.ui" line="74"/>
        <source>Phó trưởng đoàn,
&amp;thành viên:</source>
        <translation>Deputies,
&amp;members:</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.ui" line="93"/>
        <source>Phó trưởng đoàn và thành viên</source>
        <translation>Deputies and members</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.ui" line="113"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.ui" line="123"/>
        <source>Thêm &amp;người</source>
        <translation>Add &amp;person</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.ui" line="130"/>
        <source>&amp;Bỏ người</source>
        <translation>&amp;Remove person</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.ui" line="151"/>
        <source>Thư &amp;ký:</source>
        <translation>&amp;Secretary:</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.ui" line="163"/>
        <source>Họ và tên (có thể để trống)</source>
        <translation>Full name (may be empty)</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.ui" line="166"/>
        <source>Họ và tên thư ký</source>
        <translation>Secretary&apos;s full name</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.ui" line="176"/>
        <source>Chức vụ thư ký</source>
        <translation>Secretary&apos;s title</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.ui" line="188"/>
        <source>&amp;Quyết định thành lập:</source>
        <translation>Founding &amp;decision:</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.ui" line="198"/>
        <source>VD: Quyết định số 12/QĐ-BCĐ ngày 10/6/2024 (có thể để trống)</source>
        <translation>E.g. Quyết định số 12/QĐ-BCĐ ngày 10/6/2024 (may be empty)</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.ui" line="205"/>
        <source>Tên đoà&amp;n:</source>
        <translation>Team &amp;name:</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.ui" line="215"/>
        <source>Để trống: “Đoàn kiểm tra do … làm Trưởng đoàn”</source>
        <translation>Leave empty: “Đoàn kiểm tra do … làm Trưởng đoàn”</translation>
    </message>
</context>
<context>
    <name>UnitForm</name>
    <message>
        <location filename="../../ui/unit_dialog.ui" line="21"/>
        <source>&amp;Tên đơn vị:</source>
        <translation>Unit &amp;name:</translation>
    </message>
    <message>
        <location filename="../../ui/unit_dialog.ui" line="31"/>
        <source>VD: Xã Lộc Bình</source>
        <translation>E.g. Xã Lộc Bình</translation>
    </message>
    <message>
        <location filename="../../ui/unit_dialog.ui" line="41"/>
        <source>&amp;Loại đơn vị:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../ui/unit_dialog.ui" line="54"/>
        <source>&amp;Mã ĐVHC:</source>
        <translation>Official &amp;code:</translation>
    </message>
    <message>
        <location filename="../../ui/unit_dialog.ui" line="64"/>
        <source>Mã đơn vị hành chính (QĐ 19/2025/QĐ-TTg), nếu có</source>
        <translation>Official administrative unit code (QĐ 19/2025/QĐ-TTg), if any</translation>
    </message>
    <message>
        <location filename="../../ui/unit_dialog.ui" line="74"/>
        <source>Trực thuộc:</source>
        <translation>Under:</translation>
    </message>
    <message>
        <location filename="../../ui/unit_dialog.ui" line="99"/>
        <source>&amp;Chọn…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <location filename="../../ui/unit_dialog.ui" line="102"/>
        <source>Chọn đơn vị cấp trên</source>
        <translation>Choose the parent unit</translation>
    </message>
    <message>
        <location filename="../../ui/unit_dialog.ui" line="109"/>
        <source>&amp;Bỏ</source>
        <translation>C&amp;lear</translation>
    </message>
    <message>
        <location filename="../../ui/unit_dialog.ui" line="112"/>
        <source>Bỏ đơn vị cấp trên</source>
        <translation>Clear the parent unit</translation>
    </message>
    <message>
        <location filename="../../ui/unit_dialog.ui" line="121"/>
        <source>Hiệu lực &amp;từ ngày:</source>
        <translation>Valid &amp;from:</translation>
    </message>
    <message>
        <location filename="../../ui/unit_dialog.ui" line="136"/>
        <source>đến &amp;ngày:</source>
        <translation>&amp;to:</translation>
    </message>
    <message>
        <location filename="../../ui/unit_dialog.ui" line="157"/>
        <source>&amp;Hợp nhất từ:</source>
        <translation>&amp;Merged from:</translation>
    </message>
    <message>
        <location filename="../../ui/unit_dialog.ui" line="175"/>
        <source>Các đơn vị cũ hợp nhất thành đơn vị này</source>
        <translation>Former units merged into this one</translation>
    </message>
    <message>
        <location filename="../../ui/unit_dialog.ui" line="184"/>
        <source>Th&amp;êm…</source>
        <translation>A&amp;dd…</translation>
    </message>
    <message>
        <location filename="../../ui/unit_dialog.ui" line="187"/>
        <source>Thêm đơn vị cũ</source>
        <translation>Add a former unit</translation>
    </message>
    <message>
        <location filename="../../ui/unit_dialog.ui" line="194"/>
        <source>Bỏ &amp;khỏi danh sách</source>
        <translation>&amp;Remove from list</translation>
    </message>
    <message>
        <location filename="../../ui/unit_dialog.ui" line="212"/>
        <source>Đị&amp;a chỉ:</source>
        <translation>Addr&amp;ess:</translation>
    </message>
</context>
</TS>
