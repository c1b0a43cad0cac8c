<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/capture.py" line="36"/>
        <source>Bản cài đặt này không có thành phần webcam của Qt (QtMultimedia). Hãy chụp bằng điện thoại hoặc ứng dụng Camera của máy, rồi kéo ảnh vào đây.</source>
        <translation>This installation lacks Qt&apos;s webcam component (QtMultimedia). Take the photo with a phone or the laptop&apos;s Camera app, then drag it here.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/capture.py" line="42"/>
        <source>Không tìm thấy webcam nào trên máy này. Hãy cắm webcam, hoặc chụp bằng điện thoại rồi kéo ảnh vào đây.</source>
        <translation>No webcam was found on this laptop. Plug one in, or take the photo with a phone and drag it here.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/details.py" line="51"/>
        <source>%1 × %2 điểm ảnh</source>
        <translation>%1 × %2 pixels</translation>
    </message>
</context>
<context>
    <name>CaptureDialog</name>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/capture.py" line="58"/>
        <source>Chụp ảnh từ webcam</source>
        <translation>Take a photo with the webcam</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/capture.py" line="71"/>
        <source>Chụp</source>
        <translation>Take photo</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/capture.py" line="73"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>GalleryActions</name>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/actions.py" line="63"/>
        <source>Sửa ảnh</source>
        <translation>Edit photo</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/actions.py" line="113"/>
        <source>Đổi thứ tự ảnh</source>
        <translation>Reorder photos</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/actions.py" line="139"/>
        <source>Xóa {n} ảnh</source>
        <translation>Delete photos: {n}</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/actions.py" line="156"/>
        <source>Đã khôi phục {n} ảnh.</source>
        <translation>Photos restored: {n}.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/actions.py" line="158"/>
        <source>Đã xóa {n} ảnh khỏi cuộc kiểm tra.</source>
        <translation>Photos removed from the inspection: {n}.</translation>
    </message>
</context>
<context>
    <name>GalleryIntake</name>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/intake.py" line="60"/>
        <source>Đang nhập ảnh; hãy đợi xong hoặc bấm Hủy.</source>
        <translation>Photos are being imported; wait until it finishes or click Cancel.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/intake.py" line="64"/>
        <source>Không có tệp ảnh nào trong những gì vừa thả vào.</source>
        <translation>What was dropped holds no image files.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/intake.py" line="85"/>
        <location filename="../../cchc_desktop/gui/gallery/intake.py" line="112"/>
        <source>Còn {left}/{total} ảnh</source>
        <translation>Photos left: {left}/{total}</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/intake.py" line="118"/>
        <source>Chọn ảnh minh chứng</source>
        <translation>Choose evidence photos</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/intake.py" line="120"/>
        <source>Ảnh (*.jpg *.jpeg *.png *.webp *.heic *.heif);;Mọi tệp (*)</source>
        <translation>Images (*.jpg *.jpeg *.png *.webp *.heic *.heif);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/intake.py" line="134"/>
        <source>Bộ nhớ tạm không có ảnh hay tệp ảnh nào để dán.</source>
        <translation>The clipboard holds no image or image file to paste.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/intake.py" line="140"/>
        <source>Không lưu được ảnh vừa dán.</source>
        <translation>The pasted image could not be saved.</translation>
    </message>
</context>
<context>
    <name>GalleryWidget</name>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/widget.py" line="154"/>
        <source>Hiện:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/widget.py" line="156"/>
        <source>Thêm ảnh…</source>
        <translation>Add photos…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/widget.py" line="158"/>
        <source>Dán ảnh</source>
        <translation>Paste photo</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/widget.py" line="159"/>
        <source>Dán ảnh hoặc tệp ảnh đã sao chép (Ctrl+V)</source>
        <translation>Paste a copied image or image file (Ctrl+V)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/widget.py" line="161"/>
        <source>Chụp từ webcam</source>
        <translation>Webcam photo</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/widget.py" line="163"/>
        <source>Nhận ảnh từ điện thoại…</source>
        <translation>Receive photos from a phone…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/widget.py" line="167"/>
        <source>Mã QR cho điện thoại cùng mạng Wi-Fi: chụp hoặc chọn ảnh trên điện thoại, ảnh vào thẳng cuộc kiểm tra này, không cần Internet</source>
        <translation>A QR code for a phone on the same Wi-Fi: take or choose photos on the phone, they go straight into this inspection, no Internet needed</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/widget.py" line="205"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/widget.py" line="207"/>
        <source>Hoàn tác xóa</source>
        <translation>Undo delete</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/widget.py" line="226"/>
        <source>Tất cả ảnh của cuộc kiểm tra</source>
        <translation>All photos of the inspection</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/widget.py" line="227"/>
        <source>Ảnh chung (không thuộc tiêu chí)</source>
        <translation>General photos (no criterion)</translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/importer.py" line="60"/>
        <source>Đã dừng nhập ảnh; những ảnh đã xong vẫn được giữ.</source>
        <translation>Import stopped; the photos already imported are kept.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/importer.py" line="70"/>
        <source>Đã thêm {added} ảnh.</source>
        <translation>Photos added: {added}.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/importer.py" line="72"/>
        <source>{same} ảnh đã có sẵn, không thêm lần nữa.</source>
        <translation>Already there, not added again: {same}.</translation>
    </message>
</context>
<context>
    <name>PhoneDialog</name>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/phone_dialog.py" line="67"/>
        <location filename="../../cchc_desktop/gui/gallery/phone_dialog.py" line="135"/>
        <source>Nhận ảnh từ điện thoại</source>
        <translation>Receive photos from a phone</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/phone_dialog.py" line="144"/>
        <source>1. Điện thoại vào cùng mạng Wi-Fi với máy tính này (hoặc bắt điểm phát sóng của máy tính).
2. Mở Camera của điện thoại, quét mã QR bên cạnh rồi mở liên kết.
3. Bấm «Chụp ảnh» hoặc «Chọn ảnh»: ảnh vào ngay cuộc kiểm tra này.</source>
        <translation>1. Put the phone on the same Wi-Fi as this laptop (or on the laptop&apos;s hotspot).
2. Open the phone&apos;s Camera, scan the QR code beside this, then open the link.
3. Press “Chụp ảnh” (take) or “Chọn ảnh” (choose): the photos go straight into this inspection.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/phone_dialog.py" line="161"/>
        <source>Sao chép</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/phone_dialog.py" line="177"/>
        <source>Tìm lại mạng</source>
        <translation>Look for networks again</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/phone_dialog.py" line="180"/>
        <source>Mạng:</source>
        <translation>Network:</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/phone_dialog.py" line="203"/>
        <source>Nếu Windows hỏi về tường lửa, hãy chọn «Cho phép» (Allow access) cho mạng riêng (Private). Nếu điện thoại vẫn không mở được trang: trong Cài đặt ▸ Mạng, đặt mạng Wi-Fi này là «Riêng tư» (Private), hoặc dùng điểm phát sóng của máy tính.</source>
        <translation>If Windows asks about the firewall, choose “Allow access” for private networks. If the phone still cannot open the page: in Settings ▸ Network, make this Wi-Fi network “Private”, or use the laptop&apos;s hotspot.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/phone_dialog.py" line="213"/>
        <source>Mở lại</source>
        <translation>Open again</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/phone_dialog.py" line="215"/>
        <source>Nhận ảnh tiếp (trang trên điện thoại dùng lại được)</source>
        <translation>Receive again (the page on the phone keeps working)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/phone_dialog.py" line="218"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/phone_dialog.py" line="219"/>
        <source>Dừng nhận ảnh và đóng (Esc)</source>
        <translation>Stop receiving and close (Esc)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/phone_dialog.py" line="109"/>
        <source>Hoặc gõ địa chỉ này vào trình duyệt của điện thoại:</source>
        <translation>Or type this address into the phone&apos;s browser:</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/phone_dialog.py" line="243"/>
        <source>Máy tính chưa kết nối mạng nào mà điện thoại vào được. Hãy bật điểm phát sóng di động (Mobile Hotspot) của máy tính, hoặc kết nối cùng Wi-Fi với điện thoại, rồi bấm «Tìm lại mạng».</source>
        <translation>This laptop is on no network a phone could join. Turn on the laptop&apos;s Mobile Hotspot, or join the phone&apos;s Wi-Fi, then press “Look for networks again”.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/phone_dialog.py" line="290"/>
        <source>Đang chờ điện thoại… Tự dừng sau {minutes} phút không có ảnh nào.</source>
        <translation>Waiting for the phone… Stops by itself after {minutes} minutes without a photo.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/phone_dialog.py" line="349"/>
        <source>Đã dừng nhận ảnh vì {minutes} phút không có ảnh nào. Bấm «Mở lại» để nhận tiếp.</source>
        <translation>Stopped receiving: no photo for {minutes} minutes. Press “Open again” to go on.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/phone_dialog.py" line="357"/>
        <source>(đã dừng)</source>
        <translation>(stopped)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/phone_dialog.py" line="369"/>
        <source>✓ {file}{where}: đã lưu</source>
        <translation>✓ {file}{where}: stored</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/phone_dialog.py" line="371"/>
        <source>= {file}: đã có, không thêm lần nữa</source>
        <translation>= {file}: already there, not added again</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/phone_dialog.py" line="373"/>
        <source>✗ {file}: không nhận — {reason}</source>
        <translation>✗ {file}: refused — {reason}</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/phone_dialog.py" line="377"/>
        <source>✗ {file}: chưa lưu — {reason}</source>
        <translation>✗ {file}: not stored — {reason}</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/phone_dialog.py" line="391"/>
        <source>Đã nhận {n} ảnh</source>
        <translation>{n} photos received</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/phone_dialog.py" line="394"/>
        <source>{n} ảnh trùng</source>
        <translation>{n} already there</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/phone_dialog.py" line="396"/>
        <source>{n} tệp không nhận</source>
        <translation>{n} files refused</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/phone_dialog.py" line="403"/>
        <source>Cuộc kiểm tra: {where} · ngày {date}</source>
        <translation>Inspection: {where} · {date}</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/phone_dialog.py" line="408"/>
        <source>Ảnh gửi lên được gắn sẵn vào tiêu chí {code} (đổi được trên điện thoại).</source>
        <translation>Photos sent go to criterion {code} (the phone can change it).</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/phone_dialog.py" line="413"/>
        <source>Trên điện thoại có thể chọn tiêu chí và ghi chú thích cho ảnh.</source>
        <translation>On the phone, a criterion and a caption can be chosen for the photos.</translation>
    </message>
</context>
<context>
    <name>PhotoDetails</name>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/details.py" line="79"/>
        <location filename="../../cchc_desktop/gui/gallery/details.py" line="155"/>
        <source>Chọn một ảnh để xem và sửa</source>
        <translation>Choose a photo to view and edit it</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/details.py" line="97"/>
        <source>Chú thích hiện dưới ảnh trong biên bản</source>
        <translation>Caption shown under the photo in the minutes</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/details.py" line="99"/>
        <source>Chú thích</source>
        <translation>Caption</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/details.py" line="106"/>
        <source>Thuộc</source>
        <translation>Belongs to</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/details.py" line="108"/>
        <source>Đưa vào phụ lục ảnh của biên bản</source>
        <translation>Include in the minutes&apos; photo annex</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/details.py" line="111"/>
        <source>In thời gian, đơn vị, trưởng đoàn lên bản in</source>
        <translation>Stamp time, unit and team lead on the print copy</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/details.py" line="112"/>
        <source>Chỉ bản in trong biên bản có dấu; ảnh gốc giữ nguyên.</source>
        <translation>Only the copy printed in the minutes is stamped; the original stays as it is.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/details.py" line="88"/>
        <source>Xem ảnh</source>
        <translation>View photo</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/details.py" line="90"/>
        <source>Xóa ảnh</source>
        <translation>Delete photo</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/details.py" line="130"/>
        <source>Cả cuộc kiểm tra (ảnh chung)</source>
        <translation>Whole inspection (general photo)</translation>
    </message>
</context>
<context>
    <name>PhotoModel</name>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/model.py" line="103"/>
        <source>Đang mở…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/model.py" line="104"/>
        <source>Đang xử lý…</source>
        <translation>Processing…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/model.py" line="184"/>
        <source>{name}: đang xử lý</source>
        <translation>{name}: processing</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/model.py" line="205"/>
        <source>(không vào biên bản)</source>
        <translation>(not in the minutes)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/model.py" line="220"/>
        <source>Tiêu chí {code}</source>
        <translation>Criterion {code}</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/model.py" line="222"/>
        <source>Không đưa vào biên bản</source>
        <translation>Not included in the minutes</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/viewer.py" line="136"/>
        <source>Vừa khung</source>
        <translation>Fit</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/viewer.py" line="137"/>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/viewer.py" line="138"/>
        <source>Phóng to</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/viewer.py" line="139"/>
        <source>Thu nhỏ</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/viewer.py" line="145"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/viewer.py" line="154"/>
        <source>Chú thích</source>
        <translation>Caption</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/viewer.py" line="156"/>
        <source>Tiêu chí</source>
        <translation>Criterion</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/details.py" line="29"/>
        <source>Chụp lúc</source>
        <translation>Taken</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/details.py" line="30"/>
        <source>Vị trí GPS</source>
        <translation>GPS position</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/details.py" line="31"/>
        <source>Máy chụp</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/details.py" line="32"/>
        <source>Kích thước</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/gallery/details.py" line="33"/>
        <source>Tệp gốc</source>
        <translation>Original file</translation>
    </message>
</context>
</TS>
