<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ConfirmSigning</name>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/confirm.py" line="23"/>
        <source>Xác nhận ký số</source>
        <translation>Confirm the digital signature</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/confirm.py" line="23"/>
        <source>&amp;Ký số</source>
        <translation>&amp;Sign</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/confirm.py" line="24"/>
        <source>Xác nhận phát hành để ký giấy</source>
        <translation>Confirm the issue for signing on paper</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/confirm.py" line="24"/>
        <source>&amp;Phát hành</source>
        <translation>&amp;Issue</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/confirm.py" line="26"/>
        <source>Xác nhận chữ ký tay</source>
        <translation>Confirm the handwritten signature</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/confirm.py" line="26"/>
        <source>&amp;Ký tay</source>
        <translation>&amp;Sign by hand</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/confirm.py" line="33"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OnBehalfDialog</name>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/on_behalf.py" line="28"/>
        <source>Ký thay?</source>
        <translation>Sign on behalf?</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/on_behalf.py" line="31"/>
        <source>Biên bản ghi người ký là «%1», nhưng chứng thư số là của «%2». Chỉ ký khi được ủy quyền ký thay; lý do sẽ ghi vào chữ ký số và nhật ký, ai kiểm tra văn bản cũng thấy.</source>
        <translation>The minutes name &apos;%1&apos; as the signer, but the certificate belongs to &apos;%2&apos;. Sign only when authorised to sign on their behalf; the reason goes into the digital signature and the audit log, for anyone checking the document to see.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/on_behalf.py" line="40"/>
        <source>Tôi ký thay «%1»</source>
        <translation>I sign on behalf of &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/on_behalf.py" line="43"/>
        <source>Lý do, VD: được ủy quyền theo Giấy ủy quyền số …/UQ ngày …</source>
        <translation>Reason, e.g. authorised by letter of authority no. …/UQ of …</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/on_behalf.py" line="48"/>
        <source>Ký thay</source>
        <translation>Sign on behalf</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/pdf_preview.py" line="78"/>
        <source>Trang trước</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/pdf_preview.py" line="79"/>
        <source>Trang sau</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/pdf_preview.py" line="84"/>
        <source>Thu nhỏ</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/pdf_preview.py" line="86"/>
        <source>Phóng to</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/pdf_preview.py" line="87"/>
        <source>Vừa khung</source>
        <translation>Fit page</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/pdf_preview.py" line="87"/>
        <source>Vừa chiều rộng</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/pdf_preview.py" line="88"/>
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/pdf_preview.py" line="88"/>
        <location filename="../../cchc_desktop/gui/minutes/pdf_preview.py" line="300"/>
        <source>In biên bản</source>
        <translation>Print the minutes</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/pdf_preview.py" line="91"/>
        <source>Mở tệp PDF</source>
        <translation>Open the PDF file</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/pdf_preview.py" line="92"/>
        <source>Mở tệp PDF bằng chương trình đọc PDF của máy</source>
        <translation>Open the PDF in this computer&apos;s PDF reader</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/pdf_preview.py" line="311"/>
        <source>Đang in…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/pdf_preview.py" line="312"/>
        <source>Biên bản</source>
        <translation>Minutes</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/token_dialog.py" line="253"/>
        <source>Mã PIN của USB token</source>
        <translation>USB token PIN</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/token_dialog.py" line="255"/>
        <source>Nhập mã PIN của token «%1» (không được lưu lại):</source>
        <translation>Enter the PIN of token &apos;%1&apos; (it is not kept):</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/token_dialog.py" line="268"/>
        <source>Chỉ còn MỘT lần thử: nhập sai lần nữa token sẽ bị khóa.</source>
        <translation>Only ONE try is left: another wrong PIN locks the token.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/token_dialog.py" line="269"/>
        <source>Token báo còn ít lần thử trước khi bị khóa.</source>
        <translation>The token says few tries are left before it locks.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/token_dialog.py" line="270"/>
        <source>Token đã bị khóa: hãy liên hệ CA để mở khóa.</source>
        <translation>The token is locked: contact the CA to unlock it.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/token_dialog.py" line="277"/>
        <source>Ký số</source>
        <translation>Sign</translation>
    </message>
</context>
<context>
    <name>PrintRunner</name>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/print_runner.py" line="45"/>
        <source>&amp;Hủy</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/print_runner.py" line="47"/>
        <source>Dừng ngay; máy in không nhận thêm trang nào</source>
        <translation>Stop now; the printer receives no more pages</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cchc_desktop/gui/minutes/print_runner.py" line="78"/>
        <source>Đã gửi %n trang tới máy in.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/print_runner.py" line="83"/>
        <source>Đang chuẩn bị in…</source>
        <translation>Preparing to print…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/print_runner.py" line="84"/>
        <source>Đã hủy in; máy in không nhận thêm trang nào.</source>
        <translation>Printing cancelled; the printer received no more pages.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/print_runner.py" line="116"/>
        <source>Đang dừng…</source>
        <translation>Stopping…</translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/signer_box.py" line="119"/>
        <source>Chọn tệp chứng thư số</source>
        <translation>Choose the digital certificate file</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/signer_box.py" line="119"/>
        <source>Chứng thư số (*.p12 *.pfx)</source>
        <translation>Digital certificates (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/signer_box.py" line="127"/>
        <source>Mật khẩu chứng thư số</source>
        <translation>Certificate password</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/signer_box.py" line="128"/>
        <source>Mật khẩu của %1 (không được lưu lại):</source>
        <translation>Password for %1 (it is not stored):</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/signer_box.py" line="134"/>
        <source>Chữ ký tay: %1</source>
        <translation>Handwritten signature: %1</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/signer_box.py" line="141"/>
        <source>Chọn ảnh chữ ký</source>
        <translation>Choose a signature image</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/signer_box.py" line="141"/>
        <source>Ảnh (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/signer_box.py" line="149"/>
        <source>Chọn bản quét biên bản đã ký</source>
        <translation>Choose the scan of the signed minutes</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/signer_box.py" line="151"/>
        <source>Bản quét (*.pdf *.jpg *.jpeg *.png *.webp *.heic)</source>
        <translation>Scans (*.pdf *.jpg *.jpeg *.png *.webp *.heic)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/signer_box.py" line="157"/>
        <source>Lưu biên bản để in</source>
        <translation>Save the minutes to print</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/signer_box.py" line="157"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/signer_box.py" line="163"/>
        <source>Lưu bản nháp Word</source>
        <translation>Save the Word draft</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/signer_box.py" line="163"/>
        <source>Word (*.docx)</source>
        <translation>Word (*.docx)</translation>
    </message>
</context>
<context>
    <name>ReadinessList</name>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/readiness_list.py" line="62"/>
        <source>Những mục cần hoàn thành trước khi ký</source>
        <translation>What must be completed before signing</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/readiness_list.py" line="86"/>
        <source>Bấm (hoặc Enter) để đến chỗ cần sửa.</source>
        <translation>Click (or press Enter) to go where it is fixed.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cchc_desktop/gui/minutes/readiness_list.py" line="117"/>
        <source>Chưa ký được: còn %n mục phải hoàn thành</source>
        <translation>
            <numerusform>Not ready to sign: %n item to complete</numerusform>
            <numerusform>Not ready to sign: %n items to complete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cchc_desktop/gui/minutes/readiness_list.py" line="118"/>
        <source>, %n lưu ý.</source>
        <translation>
            <numerusform>, %n note.</numerusform>
            <numerusform>, %n notes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cchc_desktop/gui/minutes/readiness_list.py" line="120"/>
        <source>Sẵn sàng ký (%n lưu ý nên xem lại).</source>
        <translation>
            <numerusform>Ready to sign (%n note worth a look).</numerusform>
            <numerusform>Ready to sign (%n notes worth a look).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/readiness_list.py" line="121"/>
        <source>Sẵn sàng ký.</source>
        <translation>Ready to sign.</translation>
    </message>
</context>
<context>
    <name>RecordFields</name>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/record_fields.py" line="66"/>
        <source>Nội dung ghi trong biên bản</source>
        <translation>What the minutes record</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/record_fields.py" line="80"/>
        <source>GG:PP</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/record_fields.py" line="81"/>
        <source>Giờ:phút, ví dụ 08:30</source>
        <translation>Hours:minutes, e.g. 08:30</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/record_fields.py" line="87"/>
        <source>Kết luận của Đoàn kiểm tra (nếu có)</source>
        <translation>The team&apos;s conclusion (if any)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/record_fields.py" line="91"/>
        <source>Ý kiến của đơn vị được kiểm tra, ghi đúng lời đơn vị</source>
        <translation>The inspected unit&apos;s opinion, in its own words</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/record_fields.py" line="97"/>
        <source>Đơn vị không có ý kiến</source>
        <translation>The unit has no opinion</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/record_fields.py" line="107"/>
        <source>Giờ &amp;bắt đầu – kết thúc</source>
        <translation>&amp;Start – end time</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/record_fields.py" line="108"/>
        <source>&amp;Kết luận</source>
        <translation>&amp;Conclusion</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/record_fields.py" line="109"/>
        <source>Ý kiến của đơn &amp;vị</source>
        <translation>&amp;Unit&apos;s opinion</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/record_fields.py" line="171"/>
        <source>Giờ «%1» chưa đúng dạng GG:PP (ví dụ 08:30).</source>
        <translation>The time &apos;%1&apos; is not in the form HH:MM (e.g. 08:30).</translation>
    </message>
</context>
<context>
    <name>SignExportPanel</name>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/sign_panel.py" line="168"/>
        <source>Cập nhật bản xem trước</source>
        <translation>Refresh preview</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/sign_panel.py" line="154"/>
        <source>Ký số với vai trò</source>
        <translation>Sign digitally in the role of</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/sign_panel.py" line="155"/>
        <source>Ký &amp;số…</source>
        <translation>Sign &amp;digitally…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/sign_panel.py" line="158"/>
        <source>Ký bằng &amp;USB token…</source>
        <translation>Sign with a &amp;USB token…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/sign_panel.py" line="160"/>
        <source>&amp;Phát hành để ký giấy…</source>
        <translation>&amp;Issue for signing on paper…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/sign_panel.py" line="162"/>
        <source>&amp;Nhận bản đã ký…</source>
        <translation>&amp;Record the signed copy…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/sign_panel.py" line="164"/>
        <source>Lập biên bản &amp;bổ sung</source>
        <translation>Make &amp;supplementary minutes</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/sign_panel.py" line="166"/>
        <source>Khác</source>
        <translation>More</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/sign_panel.py" line="170"/>
        <source>Xuất bản nháp Word…</source>
        <translation>Export Word draft…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/sign_panel.py" line="172"/>
        <source>Chứng thư gốc tin cậy…</source>
        <translation>Trusted root certificates…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/readiness_links.py" line="65"/>
        <source>Biên bản số %1 đã ký số; nội dung đã khóa.</source>
        <translation>Minutes no. %1 are digitally signed; the content is locked.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/readiness_links.py" line="69"/>
        <source>Biên bản số %1: đã nhận bản giấy đã ký (bản quét).</source>
        <translation>Minutes no. %1: the paper-signed copy (scan) is recorded.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/readiness_links.py" line="72"/>
        <source>Biên bản số %1 đã phát hành để ký giấy: chờ bản đã ký.</source>
        <translation>Minutes no. %1 were issued for signing on paper: waiting for the signed copy.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/readiness_links.py" line="86"/>
        <source>Chưa ký được: còn %1 mục phải hoàn thành (danh sách ở trên; bấm vào từng mục để sửa).</source>
        <translation>Not ready to sign: %1 item(s) to complete (the list above; click an item to fix it).</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/sign_panel.py" line="337"/>
        <source>Dự thảo (chưa có số): số biên bản được cấp khi ký số hoặc phát hành để ký giấy.</source>
        <translation>Draft (no number yet): the minutes are numbered when signed digitally or issued for signing on paper.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/sign_panel.py" line="341"/>
        <source>Biên bản đã ký số: nội dung cuộc kiểm tra đã khóa. Bên còn lại ký số tiếp; muốn thay đổi, hãy lập biên bản bổ sung.</source>
        <translation>The minutes are digitally signed: the inspection is locked. The other party signs next; to change anything, make supplementary minutes.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/sign_panel.py" line="346"/>
        <source>Đã phát hành để ký giấy: in, hai bên ký, rồi bấm «Nhận bản đã ký…». Nội dung đã khóa; muốn thay đổi, hãy lập biên bản bổ sung.</source>
        <translation>Issued for signing on paper: print, both sides sign, then click &apos;Record the signed copy…&apos;. The content is locked; to change anything, make supplementary minutes.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/sign_panel.py" line="351"/>
        <source>Bản giấy đã ký (bản quét) là bản chính thức. Muốn thay đổi, hãy lập biên bản bổ sung.</source>
        <translation>The paper-signed copy (scan) is the official one. To change anything, make supplementary minutes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cchc_desktop/gui/minutes/sign_panel.py" line="431"/>
        <source>Bản xem trước (dự thảo): %n trang.</source>
        <translation>
            <numerusform>Preview (draft): %n page.</numerusform>
            <numerusform>Preview (draft): %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/sign_panel.py" line="434"/>
        <source>Đang lập dự thảo…</source>
        <translation>Making the draft…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/sign_panel.py" line="199"/>
        <source>Kết quả kiểm tra chữ ký số sẽ hiện ở đây.</source>
        <translation>The result of the digital signature check will show here.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/document_jobs.py" line="139"/>
        <source>Hãy xác nhận để ký.</source>
        <translation>Confirm to sign.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/document_jobs.py" line="144"/>
        <source>Đang chuẩn bị ký số…</source>
        <translation>Preparing the digital signature…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/document_jobs.py" line="158"/>
        <source>Chứng thư số mang tên «%1», còn biên bản ghi «%2»: chỉ ký thay khi được ủy quyền, và ghi rõ lý do.</source>
        <translation>The certificate is in the name of &apos;%1&apos;, while the minutes name &apos;%2&apos;: sign on their behalf only when authorised, and state the reason.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/document_jobs.py" line="231"/>
        <source>Đã ký số Biên bản số %1. Bản PDF đã ký ở hộp thư đi: %2</source>
        <translation>Minutes no. %1 are digitally signed. The signed PDF is in the outbox: %2</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/document_jobs.py" line="243"/>
        <source>Đang ký số…</source>
        <translation>Signing…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/document_jobs.py" line="275"/>
        <source>Đang kiểm tra chữ ký số…</source>
        <translation>Checking the digital signature…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/document_jobs.py" line="297"/>
        <source>Đã xuất: %1</source>
        <translation>Exported: %1</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/document_jobs.py" line="301"/>
        <source>Đang xuất bản Word…</source>
        <translation>Exporting the Word draft…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/document_jobs.py" line="323"/>
        <source>Đã mở lại để lập biên bản bổ sung cho Biên bản số %1.</source>
        <translation>Reopened to draw up supplementary minutes to minutes no. %1.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/paper_jobs.py" line="67"/>
        <source>Hãy xác nhận để phát hành.</source>
        <translation>Confirm to issue.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/paper_jobs.py" line="72"/>
        <source>Đang chuẩn bị phát hành…</source>
        <translation>Preparing the issue…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/paper_jobs.py" line="85"/>
        <source>Chưa phát hành: chưa chọn nơi lưu tệp.</source>
        <translation>Not issued: no file was chosen to save it in.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/paper_jobs.py" line="101"/>
        <source>Đã phát hành Biên bản số %1 để ký giấy: %2. In (nút In… trên bản xem trước), hai bên ký, rồi bấm «Nhận bản đã ký…».</source>
        <translation>Minutes no. %1 issued for signing on paper: %2. Print them (Print… above the preview), both sides sign, then click &apos;Record the signed copy…&apos;.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/paper_jobs.py" line="112"/>
        <source>Đang phát hành…</source>
        <translation>Issuing…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/paper_jobs.py" line="138"/>
        <source>Đã nhận bản giấy đã ký (bản quét) của Biên bản số %1: %2 trang. Bản lưu: %3</source>
        <translation>Recorded the paper-signed copy (scan) of minutes no. %1: %2 pages. Copy: %3</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/paper_jobs.py" line="149"/>
        <source>Đang nhận bản đã ký…</source>
        <translation>Recording the signed copy…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/signer_jobs.py" line="88"/>
        <source>Đã lưu chữ ký tay.</source>
        <translation>Handwritten signature saved.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/signer_jobs.py" line="92"/>
        <source>Đang xử lý ảnh chữ ký…</source>
        <translation>Processing the signature image…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/signer_jobs.py" line="102"/>
        <source>Hãy nhập họ tên người ký trước khi ký tay.</source>
        <translation>Enter the signer&apos;s name before signing by hand.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/sign_panel.py" line="156"/>
        <source>Ký bằng tệp chứng thư số .p12/.pfx</source>
        <translation>Sign with a .p12/.pfx certificate file</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/signer_box.py" line="36"/>
        <source>Hoàn tác nét cuối</source>
        <translation>Undo last stroke</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/signer_box.py" line="38"/>
        <source>Xóa</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/signature_pad.py" line="53"/>
        <source>Ký bằng chuột, bút cảm ứng hoặc ngón tay</source>
        <translation>Sign with the mouse, a stylus or a finger</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/signature_pad.py" line="167"/>
        <source>Ký vào đây</source>
        <translation>Sign here</translation>
    </message>
</context>
<context>
    <name>SignerBox</name>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/signer_box.py" line="66"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/signer_box.py" line="68"/>
        <location filename="../../cchc_desktop/gui/minutes/signer_box.py" line="85"/>
        <source>Chức vụ</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/signer_box.py" line="73"/>
        <location filename="../../cchc_desktop/gui/minutes/signer_box.py" line="91"/>
        <source>(chưa có chữ ký tay)</source>
        <translation>(no handwritten signature yet)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/signer_box.py" line="77"/>
        <source>Ký tay…</source>
        <translation>Sign by hand…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/signer_box.py" line="78"/>
        <source>Nhập ảnh chữ ký…</source>
        <translation>Import signature image…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/signer_box.py" line="84"/>
        <source>Họ tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/signer_box.py" line="86"/>
        <source>Chữ ký tay</source>
        <translation>Signature</translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/token_dialog.py" line="64"/>
        <source>Ký bằng USB token</source>
        <translation>Sign with a USB token</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/token_dialog.py" line="66"/>
        <source>Cắm USB token rồi chọn chứng thư để ký cho «%1».</source>
        <translation>Plug in the USB token, then choose the certificate to sign for &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/token_dialog.py" line="68"/>
        <source>Cắm USB token rồi chọn chứng thư để ký.</source>
        <translation>Plug in the USB token, then choose the certificate to sign with.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/token_dialog.py" line="75"/>
        <source>Người giữ chứng thư</source>
        <translation>Certificate holder</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/token_dialog.py" line="76"/>
        <source>Cấp bởi</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/token_dialog.py" line="77"/>
        <source>Hiệu lực</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/token_dialog.py" line="78"/>
        <source>Đối chiếu tên</source>
        <translation>Name check</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/token_dialog.py" line="86"/>
        <source>&amp;Tìm lại</source>
        <translation>&amp;Search again</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/token_dialog.py" line="88"/>
        <source>Thư viện &amp;khác…</source>
        <translation>&amp;Other library…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/token_dialog.py" line="92"/>
        <source>&amp;Ký…</source>
        <translation>&amp;Sign…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/token_dialog.py" line="115"/>
        <source>Đang tìm USB token…</source>
        <translation>Looking for USB tokens…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/token_dialog.py" line="146"/>
        <source>Token «%1» (%2)</source>
        <translation>Token &apos;%1&apos; (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cchc_desktop/gui/minutes/token_dialog.py" line="165"/>
        <source>Tìm thấy %n USB token.</source>
        <translation>
            <numerusform>Found %n USB token.</numerusform>
            <numerusform>Found %n USB tokens.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/token_dialog.py" line="167"/>
        <source>Không thấy USB token nào. Hãy cắm token rồi bấm «Tìm lại».</source>
        <translation>No USB token found. Plug one in, then press &apos;Search again&apos;.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/token_dialog.py" line="170"/>
        <source>Máy này chưa có phần mềm USB token của CA nào. Hãy cài phần mềm đi kèm token, hoặc chọn «Thư viện khác…».</source>
        <translation>This computer has no CA&apos;s USB token software. Install the software that came with the token, or choose &apos;Other library…&apos;.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/token_dialog.py" line="183"/>
        <source>chứng thư của CA</source>
        <translation>a CA&apos;s certificate</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/token_dialog.py" line="187"/>
        <source>khớp</source>
        <translation>match</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/token_dialog.py" line="189"/>
        <source>KHÔNG KHỚP</source>
        <translation>DO NOT MATCH</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/token_dialog.py" line="239"/>
        <source>Chọn thư viện PKCS#11 của USB token</source>
        <translation>Choose the USB token&apos;s PKCS#11 library</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/token_dialog.py" line="241"/>
        <source>Thư viện PKCS#11 (*.dll *.so *.so.* *.dylib)</source>
        <translation>PKCS#11 library (*.dll *.so *.so.* *.dylib)</translation>
    </message>
</context>
<context>
    <name>TrustedRootsDialog</name>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/trusted_roots.py" line="36"/>
        <source>Chứng thư gốc tin cậy</source>
        <translation>Trusted root certificates</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/trusted_roots.py" line="41"/>
        <source>Chữ ký số được coi là tin cậy khi chứng thư của người ký dẫn tới một chứng thư gốc trong danh sách này (ví dụ chứng thư gốc của Ban Cơ yếu Chính phủ, VNPT-CA, Viettel-CA).</source>
        <translation>A digital signature counts as trusted when the signer&apos;s certificate leads to a root certificate in this list (for example the roots of the Government Cipher Committee (Ban Cơ yếu Chính phủ), VNPT-CA or Viettel-CA).</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/trusted_roots.py" line="49"/>
        <source>Thêm…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/trusted_roots.py" line="51"/>
        <source>Bỏ</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/trusted_roots.py" line="74"/>
        <source>%1 — hết hạn %2</source>
        <translation>%1 — expires %2</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/trusted_roots.py" line="93"/>
        <source>Đã thêm: %1</source>
        <translation>Added: %1</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/trusted_roots.py" line="103"/>
        <source>Đã bỏ: %1</source>
        <translation>Removed: %1</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/trusted_roots.py" line="110"/>
        <source>Chọn chứng thư gốc</source>
        <translation>Choose a root certificate</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/trusted_roots.py" line="112"/>
        <source>Chứng thư (*.pem *.cer *.crt *.der)</source>
        <translation>Certificates (*.pem *.cer *.crt *.der)</translation>
    </message>
</context>
</TS>
