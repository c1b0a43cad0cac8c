<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/fields.py" line="109"/>
        <source>(trống)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/fields.py" line="117"/>
        <source>có</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/fields.py" line="117"/>
        <source>không</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>BulkBar</name>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/bulk_bar.py" line="22"/>
        <source>Giải quyết &amp;hàng loạt:</source>
        <translation>Resolve in &amp;bulk:</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/bulk_bar.py" line="33"/>
        <source>Giữ tất cả bản trong &amp;máy này</source>
        <translation>Keep all of this &amp;laptop&apos;s versions</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/bulk_bar.py" line="34"/>
        <source>Lấy tất cả bản trong &amp;gói</source>
        <translation>Take all of the &amp;package&apos;s versions</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/bulk_bar.py" line="64"/>
        <source>{scope} — {count} xung đột</source>
        <translation>{scope} — {count} conflicts</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/bulk_bar.py" line="100"/>
        <source>Giải quyết {count} xung đột của {scope}:</source>
        <translation>Resolve {count} conflicts of {scope}:</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/conflicts_view.py" line="67"/>
        <location filename="../../cchc_desktop/gui/exchange/conflicts_view.py" line="136"/>
        <source>Không có xung đột nào.</source>
        <translation>No conflicts.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/conflicts_view.py" line="74"/>
        <source>Trường</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/conflicts_view.py" line="76"/>
        <location filename="../../cchc_desktop/gui/exchange/conflicts_view.py" line="139"/>
        <source>Trong gói</source>
        <translation>In the package</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/conflicts_view.py" line="85"/>
        <source>Giữ bản trong máy này</source>
        <translation>Keep this laptop&apos;s version</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/conflicts_view.py" line="86"/>
        <source>Lấy bản trong gói</source>
        <translation>Take the package&apos;s version</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/conflicts_view.py" line="145"/>
        <source>Giữ bản trong máy này và nối thêm phần chữ của bản trong gói bên dưới, có dòng ghi nguồn.</source>
        <translation>Keep this laptop&apos;s version and append the package&apos;s text below it, with a line saying where it came from.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/conflicts_view.py" line="149"/>
        <source>Giữ bản trong máy này; bản trong gói thành một bản ghi mới bên cạnh.</source>
        <translation>Keep this laptop&apos;s version; the package&apos;s becomes a new record beside it.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/conflicts_view.py" line="161"/>
        <source>{record}
Trong máy này (đang dùng): sửa lúc {mine_time} trên {mine_device}. {where}: sửa lúc {theirs_time} trên {theirs_device}.</source>
        <translation>{record}
On this laptop (in use): edited {mine_time} on {mine_device}. {where}: edited {theirs_time} on {theirs_device}.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/conflicts_view.py" line="199"/>
        <source>Bản khác trong máy này</source>
        <translation>Another version on this laptop</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/conflicts_view.py" line="203"/>
        <source>Trong gói của
{laptop}</source>
        <translation>In the package of
{laptop}</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/conflicts_view.py" line="204"/>
        <source>Trong gói của {laptop}</source>
        <translation>In the package of {laptop}</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/conflicts_view.py" line="265"/>
        <source>Giải quyết {count} xung đột của {scope}</source>
        <translation>Resolve {count} conflicts of {scope}</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/conflicts_view.py" line="302"/>
        <source>giữ bản trong máy này</source>
        <translation>kept this laptop&apos;s version</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/conflicts_view.py" line="303"/>
        <source>lấy bản trong gói</source>
        <translation>took the package&apos;s version</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/conflicts_view.py" line="305"/>
        <source>Đã giải quyết {count} xung đột của {scope}: {choice}.</source>
        <translation>Resolved {count} conflicts of {scope}: {choice}.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/conflicts_view.py" line="309"/>
        <source>Bỏ qua {count}: {reason}.</source>
        <translation>Skipped {count}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/conflicts_view.py" line="312"/>
        <source>Ctrl+Z để hoàn tác.</source>
        <translation>Ctrl+Z to undo.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/conflicts_view.py" line="313"/>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/conflicts_view.py" line="323"/>
        <source>Đã hoàn tác: {count} xung đột của {scope} lại chờ quyết định.</source>
        <translation>Undone: {count} conflicts of {scope} are waiting for a decision again.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/conflicts_view.py" line="87"/>
        <source>Giữ cả hai</source>
        <translation>Keep both</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/conflicts_view.py" line="75"/>
        <source>Trong máy này
(đang dùng)</source>
        <translation>On this laptop
(in use)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/conflicts_view.py" line="114"/>
        <source>máy này</source>
        <translation>this laptop</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/conflicts_view.py" line="151"/>
        <source>Loại dữ liệu này chỉ giữ được một trong hai bản.</source>
        <translation>Only one of the two versions can be kept for this kind of record.</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/drop_zone.py" line="26"/>
        <source>Thả tệp gói .cchc vào đây</source>
        <translation>Drop .cchc package files here</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/page.py" line="94"/>
        <source>Xuất gói đồng bộ…</source>
        <translation>Export sync package…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/page.py" line="96"/>
        <source>Mở gói…</source>
        <translation>Open package…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/page.py" line="141"/>
        <source>Hộp thư đến</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/page.py" line="145"/>
        <source>Gói được chép hay đồng bộ vào thư mục này sẽ tự mở ra để xem trước: {folder}</source>
        <translation>Packages copied or synced into this folder open by themselves for a preview: {folder}</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/page.py" line="126"/>
        <source>Báo cáo các lần gộp hiện ở đây.</source>
        <translation>Merge reports appear here.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/page.py" line="129"/>
        <source>Nhận và gộp gói</source>
        <translation>Receive and merge</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/page.py" line="160"/>
        <source>Máy này: {label}
Vân tay: {digits}</source>
        <translation>This laptop: {label}
Fingerprint: {digits}</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/page.py" line="166"/>
        <source>Xung đột ({count})</source>
        <translation>Conflicts ({count})</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/page.py" line="198"/>
        <source>Mở gói</source>
        <translation>Open packages</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/page.py" line="200"/>
        <source>Gói CCHC (*.cchc)</source>
        <translation>CCHC packages (*.cchc)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/page.py" line="243"/>
        <source>Gói {name} bị từ chối: lỗi không lường trước khi đọc gói (chi tiết trong thư mục logs). Dữ liệu không thay đổi.</source>
        <translation>Package {name} refused: an unforeseen error while reading it (details in the logs folder). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/page.py" line="333"/>
        <source>xem thẻ Xung đột</source>
        <translation>see the Conflicts tab</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/page.py" line="376"/>
        <source>Đã xuất gói {path} ({size} byte).</source>
        <translation>Exported {path} ({size} bytes).</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/page.py" line="387"/>
        <source>Đã dừng xuất gói; không có tệp nào được ghi.</source>
        <translation>Export stopped; no file was written.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/export_dialog.py" line="51"/>
        <source>Xuất gói đồng bộ</source>
        <translation>Export a sync package</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/export_dialog.py" line="54"/>
        <source>Chọn các cuộc kiểm tra cần gửi:</source>
        <translation>Choose the inspections to send:</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/export_dialog.py" line="55"/>
        <source>Tất cả dữ liệu của máy này</source>
        <translation>Everything on this laptop</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/export_dialog.py" line="103"/>
        <source>&amp;Tìm:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/export_dialog.py" line="105"/>
        <source>đơn vị, số kế hoạch hoặc ngày (02/07/2024)</source>
        <translation>unit, plan number or date (02/07/2024)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/export_dialog.py" line="110"/>
        <source>Chọn tất cả &amp;chưa gửi</source>
        <translation>Select all &amp;unsent</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/export_dialog.py" line="71"/>
        <source>Vào hộp thư đi ({folder})</source>
        <translation>Into the outbox ({folder})</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/export_dialog.py" line="73"/>
        <source>Vào tệp:</source>
        <translation>To a file:</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/export_dialog.py" line="79"/>
        <source>ví dụ: E:/goi-dong-bo.cchc</source>
        <translation>e.g. E:/sync.cchc</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/export_dialog.py" line="81"/>
        <source>Chọn…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/export_dialog.py" line="93"/>
        <source>Xuất gói</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/export_dialog.py" line="94"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/export_dialog.py" line="131"/>
        <source>Chưa gửi</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/export_dialog.py" line="132"/>
        <source>Chưa gửi (đã sửa sau lần gửi trước)</source>
        <translation>Not sent (changed since it was last sent)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/export_dialog.py" line="133"/>
        <source>Đã gửi</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/export_dialog.py" line="137"/>
        <source>Đã ký</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/export_dialog.py" line="188"/>
        <source>{total} cuộc kiểm tra: {unsent} chưa gửi, {signed} đã ký. Đã chọn {chosen}.</source>
        <translation>{total} inspections: {unsent} not sent, {signed} signed. {chosen} chosen.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/export_dialog.py" line="224"/>
        <source>Lưu gói</source>
        <translation>Save package</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/export_dialog.py" line="226"/>
        <source>Gói CCHC (*.cchc)</source>
        <translation>CCHC packages (*.cchc)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/export_dialog.py" line="236"/>
        <source>Hãy chọn ít nhất một cuộc kiểm tra.</source>
        <translation>Choose at least one inspection.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/export_dialog.py" line="242"/>
        <source>Hãy ghi đường dẫn tệp đích.</source>
        <translation>Give the target file.</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/preview_panel.py" line="38"/>
        <source>Kiểm tra và xem trước</source>
        <translation>Verification and preview</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/preview_panel.py" line="42"/>
        <source>Chưa mở gói nào.</source>
        <translation>No package open.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/preview_panel.py" line="51"/>
        <source>Đối chiếu vân tay và tin cậy…</source>
        <translation>Compare the fingerprint and trust…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/preview_panel.py" line="58"/>
        <source>Thêm</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/preview_panel.py" line="59"/>
        <source>Cập nhật</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/preview_panel.py" line="60"/>
        <source>Bỏ qua</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/preview_panel.py" line="61"/>
        <source>Xung đột</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/preview_panel.py" line="62"/>
        <source>Từ chối</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/preview_panel.py" line="65"/>
        <source>Loại dữ liệu</source>
        <translation>Kind of record</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/preview_panel.py" line="74"/>
        <source>Gộp vào cơ sở dữ liệu</source>
        <translation>Merge into the database</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/preview_panel.py" line="78"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/preview_panel.py" line="91"/>
        <source>Đang kiểm tra {name}…</source>
        <translation>Checking {name}…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/preview_panel.py" line="99"/>
        <source>✓ {name}: nguyên vẹn, chữ ký hợp lệ. Tạo lúc {time} trên máy {device}.</source>
        <translation>✓ {name}: intact, signature valid. Made {time} on laptop {device}.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/preview_panel.py" line="115"/>
        <source>Máy MỚI {device}. Vân tay: {fingerprint}. Hãy đọc to từng nhóm số với người giữ máy gửi trước khi tin cậy.</source>
        <translation>NEW laptop {device}. Fingerprint: {fingerprint}. Read the groups aloud with whoever holds the sending laptop before trusting it.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/preview_panel.py" line="125"/>
        <source>Máy đã tin cậy. Vân tay: {fingerprint}</source>
        <translation>Trusted laptop. Fingerprint: {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/preview_panel.py" line="105"/>
        <source>Không có gì mới: mọi bản ghi trong gói đã có trên máy này.</source>
        <translation>Nothing new: every record in it is already on this laptop.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/preview_panel.py" line="157"/>
        <source>Đã gộp xong {name}.</source>
        <translation>Merged {name}.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/preview_panel.py" line="173"/>
        <source>Đã dừng; dữ liệu không thay đổi.</source>
        <translation>Stopped; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/fields.py" line="25"/>
        <source>Đã xóa</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/fields.py" line="26"/>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/fields.py" line="27"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/fields.py" line="28"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/fields.py" line="29"/>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/fields.py" line="30"/>
        <source>Hiệu lực từ</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/fields.py" line="31"/>
        <source>Hiệu lực đến</source>
        <translation>Valid to</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/fields.py" line="32"/>
        <source>Số</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/fields.py" line="33"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/fields.py" line="34"/>
        <source>Cơ quan ban hành</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/fields.py" line="35"/>
        <source>Cơ quan cấp trên</source>
        <translation>Parent body</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/fields.py" line="36"/>
        <source>Tiêu đề</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/fields.py" line="37"/>
        <location filename="../../cchc_desktop/gui/exchange/fields.py" line="38"/>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/fields.py" line="39"/>
        <source>Căn cứ</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/fields.py" line="40"/>
        <source>Quyết định thành lập</source>
        <translation>Founding decision</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/fields.py" line="41"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/fields.py" line="42"/>
        <source>Cơ quan</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/fields.py" line="43"/>
        <source>Nội dung</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/fields.py" line="44"/>
        <source>Địa điểm</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/fields.py" line="45"/>
        <source>Giờ bắt đầu</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/fields.py" line="46"/>
        <source>Giờ kết thúc</source>
        <translation>End time</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/fields.py" line="47"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/fields.py" line="48"/>
        <source>Số biên bản</source>
        <translation>Minutes number</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/fields.py" line="49"/>
        <source>Kết luận</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/fields.py" line="50"/>
        <source>Ý kiến của đơn vị</source>
        <translation>Unit&apos;s opinion</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/fields.py" line="51"/>
        <source>Thuộc cuộc kiểm tra</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/fields.py" line="52"/>
        <source>Tiêu chí</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/fields.py" line="53"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/fields.py" line="54"/>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/fields.py" line="55"/>
        <source>Điểm</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/fields.py" line="56"/>
        <source>Đơn vị thực hiện</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/fields.py" line="57"/>
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/fields.py" line="58"/>
        <source>Ảnh chữ ký</source>
        <translation>Signature image</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/fields.py" line="59"/>
        <source>Chú thích</source>
        <translation>Caption</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/fields.py" line="60"/>
        <source>Đưa vào biên bản</source>
        <translation>In the minutes</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/fields.py" line="61"/>
        <source>Đóng dấu lên bản in</source>
        <translation>Stamped print copy</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/fields.py" line="62"/>
        <source>Chụp lúc</source>
        <translation>Taken</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/fields.py" line="63"/>
        <source>Tên tệp</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/fields.py" line="64"/>
        <source>Số thứ tự</source>
        <translation>Sequence number</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/fields.py" line="65"/>
        <source>Lần lập</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/fields.py" line="66"/>
        <source>Đã ký số</source>
        <translation>Digitally signed</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/fields.py" line="67"/>
        <source>Ký lúc</source>
        <translation>Signed at</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/fields.py" line="68"/>
        <source>Người đã ký số</source>
        <translation>Digital signers</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/fields.py" line="69"/>
        <source>Tệp PDF</source>
        <translation>PDF file</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/fields.py" line="70"/>
        <source>Số trang</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/fields.py" line="71"/>
        <source>Phát hành để ký giấy</source>
        <translation>Issued for signing on paper</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/fields.py" line="72"/>
        <source>Bản giấy đã ký (bản quét)</source>
        <translation>Paper-signed copy (scan)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/fields.py" line="73"/>
        <source>Số trang bản quét</source>
        <translation>Pages of the scan</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/fields.py" line="74"/>
        <source>Nhận bản quét lúc</source>
        <translation>Scan recorded at</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/trust_dialog.py" line="34"/>
        <source>Tin cậy máy gửi gói</source>
        <translation>Trust the sending laptop</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/trust_dialog.py" line="39"/>
        <source>Gói được ký bởi máy {label}, máy này chưa tin cậy. Hãy gọi cho người giữ máy đó, nhờ họ mở Cài đặt › Dữ liệu trên máy (hoặc chạy «cchc devices self») và đọc to vân tay. So từng nhóm với các số dưới đây:</source>
        <translation>The package is signed by laptop {label}, not trusted here yet. Call whoever holds it, ask them to open Settings › Data on this laptop (or run &apos;cchc devices self&apos;) and read the fingerprint aloud. Compare each group with the numbers below:</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/trust_dialog.py" line="57"/>
        <source>Vân tay: {digits}</source>
        <translation>Fingerprint: {digits}</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/trust_dialog.py" line="60"/>
        <source>Hoặc &amp;dán vân tay họ gửi (dấu cách, gạch ngang không sao):</source>
        <translation>Or &amp;paste the fingerprint they sent (spaces and dashes are fine):</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/trust_dialog.py" line="74"/>
        <source>Tôi đã &amp;so đủ 12 nhóm số và tất cả đều khớp</source>
        <translation>I &amp;compared all 12 groups and every one matches</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/trust_dialog.py" line="81"/>
        <source>&amp;Tin cậy máy này</source>
        <translation>&amp;Trust this laptop</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/trust_dialog.py" line="82"/>
        <source>&amp;Hủy</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/trust_dialog.py" line="116"/>
        <source>✓ Khớp cả 12 nhóm số.</source>
        <translation>✓ All 12 groups match.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/trust_dialog.py" line="128"/>
        <source>✗ Không khớp. Đừng tin cậy máy này; hãy hỏi lại người gửi.</source>
        <translation>✗ No match. Do not trust this laptop; ask the sender again.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/exchange/trust_dialog.py" line="135"/>
        <source>✗ Không khớp ở nhóm {groups}. Đừng tin cậy máy này; hãy hỏi lại người gửi.</source>
        <translation>✗ Groups {groups} do not match. Do not trust this laptop; ask the sender again.</translation>
    </message>
</context>
</TS>
