<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <translation>The minutes name '%1' as the signer, but the certificate belongs to '%2'. Sign only when authorised to sign on their behalf; the reason goes into the digital signature and the audit log, for anyone checking the document to see.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/on_behalf.py" line="40"/>
        <source>Tôi ký thay «%1»</source>
        <translation>I sign on behalf of '%1'</translation>
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
        <location filename="../../cchc_desktop/gui/minutes/pdf_preview.py" line="70"/>
        <source>Trang trước</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/pdf_preview.py" line="71"/>
        <source>Trang sau</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/pdf_preview.py" line="76"/>
        <source>Thu nhỏ</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/pdf_preview.py" line="78"/>
        <source>Phóng to</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/pdf_preview.py" line="79"/>
        <source>Vừa khung</source>
        <translation>Fit page</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/pdf_preview.py" line="79"/>
        <source>Vừa chiều rộng</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/pdf_preview.py" line="80"/>
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/pdf_preview.py" line="80"/>
        <location filename="../../cchc_desktop/gui/minutes/pdf_preview.py" line="269"/>
        <source>In biên bản</source>
        <translation>Print the minutes</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/pdf_preview.py" line="82"/>
        <source>Mở bằng trình xem của hệ thống</source>
        <translation>Open in the system viewer</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/pdf_preview.py" line="83"/>
        <source>Mở tệp PDF bằng chương trình đọc PDF của máy</source>
        <translation>Open the PDF in this computer&apos;s PDF reader</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/pdf_preview.py" line="287"/>
        <source>Đang in…</source>
        <translation>Printing…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cchc_desktop/gui/minutes/pdf_preview.py" line="313"/>
        <source>Đã gửi %n trang tới máy in.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/token_dialog.py" line="252"/>
        <source>Mã PIN của USB token</source>
        <translation>USB token PIN</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/token_dialog.py" line="254"/>
        <source>Nhập mã PIN của token «%1» (không được lưu lại):</source>
        <translation>Enter the PIN of token '%1' (it is not kept):</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/token_dialog.py" line="267"/>
        <source>Chỉ còn MỘT lần thử: nhập sai lần nữa token sẽ bị khóa.</source>
        <translation>Only ONE try is left: another wrong PIN locks the token.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/token_dialog.py" line="268"/>
        <source>Token báo còn ít lần thử trước khi bị khóa.</source>
        <translation>The token says few tries are left before it locks.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/token_dialog.py" line="269"/>
        <source>Token đã bị khóa: hãy liên hệ CA để mở khóa.</source>
        <translation>The token is locked: contact the CA to unlock it.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/token_dialog.py" line="276"/>
        <source>Ký số</source>
        <translation>Sign</translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/signer_box.py" line="107"/>
        <source>Chọn tệp chứng thư số</source>
        <translation>Choose the digital certificate file</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/signer_box.py" line="107"/>
        <source>Chứng thư số (*.p12 *.pfx)</source>
        <translation>Digital certificates (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/signer_box.py" line="115"/>
        <source>Mật khẩu chứng thư số</source>
        <translation>Certificate password</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/signer_box.py" line="116"/>
        <source>Mật khẩu của %1 (không được lưu lại):</source>
        <translation>Password for %1 (it is not stored):</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/signer_box.py" line="122"/>
        <source>Chữ ký tay: %1</source>
        <translation>Handwritten signature: %1</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/signer_box.py" line="129"/>
        <source>Chọn ảnh chữ ký</source>
        <translation>Choose a signature image</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/signer_box.py" line="129"/>
        <source>Ảnh (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/signer_box.py" line="135"/>
        <source>Lưu bản nháp Word</source>
        <translation>Save the Word draft</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/signer_box.py" line="135"/>
        <source>Word (*.docx)</source>
        <translation>Word (*.docx)</translation>
    </message>
</context>
<context>
    <name>SignExportPanel</name>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/sign_panel.py" line="83"/>
        <source>Cập nhật bản xem trước</source>
        <translation>Refresh preview</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/sign_panel.py" line="89"/>
        <source>Ký số…</source>
        <translation>Sign digitally…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/sign_panel.py" line="90"/>
        <source>Ký bằng tệp chứng thư số .p12/.pfx</source>
        <translation>Sign with a .p12/.pfx certificate file</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/sign_panel.py" line="92"/>
        <source>Ký bằng USB token…</source>
        <translation>Sign with a USB token…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/sign_panel.py" line="94"/>
        <source>Xuất bản nháp Word…</source>
        <translation>Export Word draft…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/sign_panel.py" line="96"/>
        <source>Chứng thư gốc tin cậy…</source>
        <translation>Trusted root certificates…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/sign_panel.py" line="98"/>
        <source>Lập biên bản bổ sung</source>
        <translation>Draw up supplementary minutes</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/sign_panel.py" line="102"/>
        <source>Kết quả kiểm tra chữ ký số sẽ hiện ở đây.</source>
        <translation>The result of the digital signature check will show here.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/sign_panel.py" line="107"/>
        <source>Ký với vai trò</source>
        <translation>Sign as</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/sign_panel.py" line="224"/>
        <source>Biên bản đã ký: nội dung cuộc kiểm tra đã khóa. Muốn thay đổi, hãy lập biên bản bổ sung.</source>
        <translation>The minutes are signed: the inspection is locked. To change anything, draw up supplementary minutes.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/sign_panel.py" line="228"/>
        <source>Bản nháp: xem lại từng trang, hai bên ký tay, rồi trưởng đoàn ký số.</source>
        <translation>Draft: review every page, both sides sign by hand, then the team lead signs digitally.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/sign_panel.py" line="289"/>
        <source>Đã lưu người ký.</source>
        <translation>Signer saved.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/sign_panel.py" line="303"/>
        <source>Đang xử lý ảnh chữ ký…</source>
        <translation>Processing the signature image…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/sign_panel.py" line="308"/>
        <source>Hãy nhập họ tên người ký trước khi ký tay.</source>
        <translation>Enter the signer&apos;s name before signing by hand.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/sign_panel.py" line="319"/>
        <source>Hãy nhập họ tên người ký trước khi nhập ảnh chữ ký.</source>
        <translation>Enter the signer&apos;s name before importing a signature image.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cchc_desktop/gui/minutes/sign_panel.py" line="344"/>
        <source>Bản xem trước: %n trang.</source>
        <translation>
            <numerusform>Preview: %n page.</numerusform>
            <numerusform>Preview: %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/sign_panel.py" line="348"/>
        <source>Đang lập biên bản…</source>
        <translation>Drawing up the minutes…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/document_jobs.py" line="143"/>
        <source>Đã ký số. Bản PDF đã ký ở hộp thư đi: %1</source>
        <translation>Signed digitally. The signed PDF is in the outbox: %1</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/document_jobs.py" line="153"/>
        <source>Đang ký số…</source>
        <translation>Signing…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/document_jobs.py" line="183"/>
        <source>Đang kiểm tra chữ ký số…</source>
        <translation>Checking the digital signature…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/document_jobs.py" line="206"/>
        <source>Đã xuất: %1</source>
        <translation>Exported: %1</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/document_jobs.py" line="210"/>
        <source>Đang xuất bản Word…</source>
        <translation>Exporting the Word draft…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/document_jobs.py" line="232"/>
        <source>Đã mở lại để lập biên bản bổ sung cho Biên bản số %1.</source>
        <translation>Reopened to draw up supplementary minutes to minutes no. %1.</translation>
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
        <location filename="../../cchc_desktop/gui/minutes/signer_box.py" line="63"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/signer_box.py" line="65"/>
        <location filename="../../cchc_desktop/gui/minutes/signer_box.py" line="78"/>
        <source>Chức vụ</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/signer_box.py" line="66"/>
        <location filename="../../cchc_desktop/gui/minutes/signer_box.py" line="84"/>
        <source>(chưa có chữ ký tay)</source>
        <translation>(no handwritten signature yet)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/signer_box.py" line="70"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/signer_box.py" line="71"/>
        <source>Ký tay…</source>
        <translation>Sign by hand…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/signer_box.py" line="72"/>
        <source>Nhập ảnh chữ ký…</source>
        <translation>Import signature image…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/signer_box.py" line="77"/>
        <source>Họ tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/signer_box.py" line="79"/>
        <source>Chữ ký tay</source>
        <translation>Signature</translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/token_dialog.py" line="63"/>
        <source>Ký bằng USB token</source>
        <translation>Sign with a USB token</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/token_dialog.py" line="65"/>
        <source>Cắm USB token rồi chọn chứng thư để ký cho «%1».</source>
        <translation>Plug in the USB token, then choose the certificate to sign for '%1'.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/token_dialog.py" line="67"/>
        <source>Cắm USB token rồi chọn chứng thư để ký.</source>
        <translation>Plug in the USB token, then choose the certificate to sign with.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/token_dialog.py" line="74"/>
        <source>Người giữ chứng thư</source>
        <translation>Certificate holder</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/token_dialog.py" line="75"/>
        <source>Cấp bởi</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/token_dialog.py" line="76"/>
        <source>Hiệu lực</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/token_dialog.py" line="77"/>
        <source>Đối chiếu tên</source>
        <translation>Name check</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/token_dialog.py" line="85"/>
        <source>&amp;Tìm lại</source>
        <translation>&amp;Search again</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/token_dialog.py" line="87"/>
        <source>Thư viện &amp;khác…</source>
        <translation>&amp;Other library…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/token_dialog.py" line="91"/>
        <source>&amp;Ký…</source>
        <translation>&amp;Sign…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/token_dialog.py" line="114"/>
        <source>Đang tìm USB token…</source>
        <translation>Looking for USB tokens…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/token_dialog.py" line="145"/>
        <source>Token «%1» (%2)</source>
        <translation>Token '%1' (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cchc_desktop/gui/minutes/token_dialog.py" line="164"/>
        <source>Tìm thấy %n USB token.</source>
        <translation>
            <numerusform>Found %n USB token.</numerusform>
            <numerusform>Found %n USB tokens.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/token_dialog.py" line="166"/>
        <source>Không thấy USB token nào. Hãy cắm token rồi bấm «Tìm lại».</source>
        <translation>No USB token found. Plug one in, then press 'Search again'.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/token_dialog.py" line="169"/>
        <source>Máy này chưa có phần mềm USB token của CA nào. Hãy cài phần mềm đi kèm token, hoặc chọn «Thư viện khác…».</source>
        <translation>This computer has no CA's USB token software. Install the software that came with the token, or choose 'Other library…'.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/token_dialog.py" line="182"/>
        <source>chứng thư của CA</source>
        <translation>a CA's certificate</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/token_dialog.py" line="186"/>
        <source>khớp</source>
        <translation>match</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/token_dialog.py" line="188"/>
        <source>KHÔNG KHỚP</source>
        <translation>DO NOT MATCH</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/token_dialog.py" line="238"/>
        <source>Chọn thư viện PKCS#11 của USB token</source>
        <translation>Choose the USB token's PKCS#11 library</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/minutes/token_dialog.py" line="240"/>
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
