<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/previous_list.py" line="34"/>
        <source> (quá hạn)</source>
        <translation> (overdue)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/previous_list.py" line="38"/>
        <source>✓ Đã xem</source>
        <translation>✓ Seen</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/previous_list.py" line="38"/>
        <location filename="../../cchc_desktop/gui/inspection/previous_list.py" line="135"/>
        <source>Chưa xem</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/previous_list.py" line="111"/>
        <source>Kiến nghị kỳ trước</source>
        <translation>Previous recommendations</translation>
    </message>
</context>
<context>
    <name>ChecklistEditor</name>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/checklist_editor.py" line="106"/>
        <source>Tiêu chí Không đạt hoặc Đạt một phần</source>
        <translation>Criteria Not met or Partly met</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/checklist_editor.py" line="107"/>
        <source>Tiêu chí Không đạt, Đạt một phần chưa có ghi chú</source>
        <translation>Criteria Not met or Partly met that have no note yet</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/checklist_editor.py" line="255"/>
        <source>Không có tiêu chí nào trong bộ lọc này.</source>
        <translation>No criteria match this filter.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/checklist_editor.py" line="136"/>
        <source>Phím: 1–4 Trả lời · 0 Xóa · Enter Ghi chú · Ctrl+Enter Chưa trả lời · Ctrl+D Chép ghi chú · Ctrl+V Dán ảnh · Alt+1…4 Lọc · Ctrl+Z Hoàn tác</source>
        <translation>Keys: 1–4 Answer · 0 Clear · Enter Note · Ctrl+Enter Unanswered · Ctrl+D Repeat note · Ctrl+V Paste photo · Alt+1…4 Filter · Ctrl+Z Undo</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/checklist_editor.py" line="140"/>
        <source>1 Đạt · 2 Đạt một phần · 3 Không đạt · 4 Không áp dụng · 0 Xóa kết quả
↑↓ Chuyển tiêu chí · Enter Ghi chú · Esc, Enter (trong ghi chú) Về danh sách
Ctrl+Enter Tiêu chí chưa trả lời · Ctrl+Space Gợi ý ghi chú · Ctrl+D Chép ghi chú vừa viết
Ctrl+V Dán ảnh cho tiêu chí · Ctrl+Shift+A Thêm ảnh… · Alt+1…4 Bộ lọc · Ctrl+Z Hoàn tác</source>
        <translation>1 Met · 2 Partly met · 3 Not met · 4 Not applicable · 0 Clear the result
↑↓ Next/previous criterion · Enter Note · Esc, Enter (in the note) Back to the list
Ctrl+Enter Next unanswered criterion · Ctrl+Space Note suggestions · Ctrl+D Repeat the last note
Ctrl+V Paste a photo for the criterion · Ctrl+Shift+A Add photos… · Alt+1…4 Filters · Ctrl+Z Undo</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/checklist_editor.py" line="293"/>
        <source>chưa trả lời</source>
        <translation>unanswered</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/checklist_editor.py" line="302"/>
        <source>%1: điểm</source>
        <translation>%1: score</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/checklist_editor.py" line="309"/>
        <source>Đang ghi…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/checklist_editor.py" line="322"/>
        <location filename="../../cchc_desktop/gui/inspection/checklist_editor.py" line="332"/>
        <source>%1: ghi chú</source>
        <translation>%1: note</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/checklist_editor.py" line="396"/>
        <source>✓ Đã lưu lúc %1</source>
        <translation>✓ Saved at %1</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/checklist_editor.py" line="401"/>
        <source>Biên bản đã ký: bảng kiểm chỉ để xem, không sửa được.</source>
        <translation>The minutes are signed: the checklist is read-only.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/checklist_editor.py" line="407"/>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/checklist_editor.py" line="408"/>
        <source>Chưa trả lời</source>
        <translation>Unanswered</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/checklist_editor.py" line="409"/>
        <source>Chưa đạt</source>
        <translation>Not fully met</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/checklist_editor.py" line="410"/>
        <source>Thiếu ghi chú</source>
        <translation>Notes missing</translation>
    </message>
</context>
<context>
    <name>ChecklistFlow</name>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/checklist_flow.py" line="52"/>
        <source>Mọi tiêu chí đã có kết quả. Tiếp theo: ghi ưu điểm, tồn tại, kiến nghị (thẻ bên cạnh, Ctrl+Tab).</source>
        <translation>Every criterion has a result. Next: write the strengths, shortcomings and recommendations (the next tab, Ctrl+Tab).</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/checklist_model.py" line="86"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/checklist_model.py" line="87"/>
        <source>Tiêu chí</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/checklist_model.py" line="88"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/checklist_model.py" line="89"/>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/checklist_model.py" line="90"/>
        <location filename="../../cchc_desktop/gui/inspection/criteria_tree.py" line="71"/>
        <source>Ảnh</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/checklist_model.py" line="96"/>
        <location filename="../../cchc_desktop/gui/inspection/criteria_tree.py" line="69"/>
        <source>⚠ Cần ghi chú</source>
        <translation>⚠ Note needed</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/checklist_model.py" line="97"/>
        <source>Chưa trả lời</source>
        <translation>Unanswered</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/checklist_model.py" line="203"/>
        <source>%1 ảnh của tiêu chí này</source>
        <translation>%1 photo(s) of this criterion</translation>
    </message>
</context>
<context>
    <name>CriterionPanel</name>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/criterion_panel.py" line="87"/>
        <source>Phím %1</source>
        <translation>Key %1</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/criterion_panel.py" line="101"/>
        <location filename="../../cchc_desktop/gui/inspection/criterion_panel.py" line="104"/>
        <source>Tự tính</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/criterion_panel.py" line="105"/>
        <source>Điểm:</source>
        <translation>Score:</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/criterion_panel.py" line="109"/>
        <source>Ảnh từ điện thoại…</source>
        <translation>Photos from a phone…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/criterion_panel.py" line="112"/>
        <source>Nhận ảnh từ điện thoại cho tiêu chí này (mã QR, cùng mạng Wi-Fi)</source>
        <translation>Receive photos from a phone for this criterion (QR code, same Wi-Fi)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/criterion_panel.py" line="129"/>
        <source>Điều đã thấy, số liệu, lý do chưa đạt… (Shift+Enter xuống dòng, Enter về danh sách)</source>
        <translation>What you saw, figures, why it is not met… (Shift+Enter new line, Enter back to the list)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/criterion_panel.py" line="139"/>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/criterion_panel.py" line="152"/>
        <source>Hướng dẫn kiểm tra</source>
        <translation>How to check</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/criterion_panel.py" line="153"/>
        <source>Minh chứng</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/criterion_panel.py" line="154"/>
        <source>Căn cứ</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/criterion_panel.py" line="246"/>
        <source>Lĩnh vực %1</source>
        <translation>Area %1</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/criterion_panel.py" line="251"/>
        <source>Đã trả lời %1/%2 tiêu chí. Nhấn ↓ để vào tiêu chí đầu tiên.</source>
        <translation>%1/%2 criteria answered. Press ↓ to go to the first criterion.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/criterion_panel.py" line="273"/>
        <source>Chọn một tiêu chí trong danh sách.</source>
        <translation>Choose a criterion in the list.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/criterion_panel.py" line="290"/>
        <source>/ %1 điểm</source>
        <translation>/ %1 max</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/criterion_panel.py" line="309"/>
        <source>⚠ %1: cần ghi lý do</source>
        <translation>⚠ %1: give the reason</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/criterion_panel.py" line="311"/>
        <source>%1 cần ghi lý do vào ghi chú (Enter từ danh sách để ghi).</source>
        <translation>%1 needs the reason in the note (Enter from the list to write it).</translation>
    </message>
</context>
<context>
    <name>CriterionPhotos</name>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/criterion_photos.py" line="83"/>
        <source>Nhấp đúp để xem trong thẻ Ảnh minh chứng</source>
        <translation>Double-click to see it in the Evidence photos tab</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/criterion_photos.py" line="85"/>
        <source>Thêm ảnh…</source>
        <translation>Add photos…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/criterion_photos.py" line="89"/>
        <source>Thêm ảnh cho tiêu chí này (%1); cũng có thể thả tệp vào đây hoặc dán Ctrl+V</source>
        <translation>Add photos to this criterion (%1); you can also drop files here or paste with Ctrl+V</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/criterion_photos.py" line="93"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/criterion_photos.py" line="174"/>
        <source>Ảnh (%1)</source>
        <translation>Photos (%1)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/criterion_photos.py" line="175"/>
        <source>Ảnh minh chứng của tiêu chí này</source>
        <translation>Evidence photos of this criterion</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/criterion_photos.py" line="220"/>
        <source>Chọn ảnh cho tiêu chí %1</source>
        <translation>Choose photos for criterion %1</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/criterion_photos.py" line="222"/>
        <source>Ảnh (*.jpg *.jpeg *.png *.webp *.heic *.heif);;Mọi tệp (*)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.webp *.heic *.heif);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/criterion_photos.py" line="232"/>
        <source>Đang thêm ảnh; hãy đợi xong hoặc bấm Hủy.</source>
        <translation>Photos are being added; wait until it is done or press Cancel.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/criterion_photos.py" line="238"/>
        <source>Không có tệp ảnh nào trong những gì vừa thả vào.</source>
        <translation>There is no photo file in what was dropped.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/criterion_photos.py" line="243"/>
        <source>Đang thêm %1 ảnh…</source>
        <translation>Adding %1 photo(s)…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/criterion_photos.py" line="256"/>
        <source>Bộ nhớ tạm không có ảnh hay tệp ảnh nào để dán.</source>
        <translation>The clipboard holds no picture or photo file to paste.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/criterion_photos.py" line="262"/>
        <source>Không lưu được ảnh vừa dán.</source>
        <translation>The pasted picture could not be saved.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/criterion_photos.py" line="268"/>
        <source>Đang thêm ảnh: còn %1/%2</source>
        <translation>Adding photos: %1/%2 left</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/criterion_photos.py" line="288"/>
        <source>Tiêu chí %1: %2</source>
        <translation>Criterion %1: %2</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/criterion_photos.py" line="290"/>
        <source>Chú thích và thứ tự ảnh: thẻ Ảnh minh chứng.</source>
        <translation>Captions and order: the Evidence photos tab.</translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/draft_dialog.py" line="34"/>
        <source>Soạn tồn tại, hạn chế từ bảng kiểm</source>
        <translation>Draft shortcomings from the checklist</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/draft_dialog.py" line="40"/>
        <source>Các tiêu chí Không đạt và Đạt một phần, với ghi chú của đoàn. Đánh dấu những dòng muốn thêm vào mục Tồn tại, hạn chế; nhấn đúp vào nội dung để sửa trước khi thêm.</source>
        <translation>The criteria Not met and Partly met, with the team&apos;s notes. Tick the lines to add under Shortcomings; double-click a text to edit it before adding.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/draft_dialog.py" line="48"/>
        <source>Tiêu chí</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/draft_dialog.py" line="48"/>
        <source>Dòng tồn tại đề xuất</source>
        <translation>Proposed shortcoming</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/draft_dialog.py" line="92"/>
        <source> (đã có)</source>
        <translation> (already added)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/draft_dialog.py" line="64"/>
        <source>Chọn tất cả</source>
        <translation>Select all</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/draft_dialog.py" line="66"/>
        <source>Bỏ chọn tất cả</source>
        <translation>Select none</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/draft_dialog.py" line="71"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/draft_dialog.py" line="112"/>
        <source>Thêm %1 dòng vào Tồn tại</source>
        <translation>Add to Shortcomings (%1)</translation>
    </message>
</context>
<context>
    <name>FindingActions</name>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/findings_actions.py" line="63"/>
        <source>Xóa %1</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/findings_actions.py" line="91"/>
        <source>Đổi thứ tự</source>
        <translation>Reorder</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/findings_actions.py" line="111"/>
        <source>Chưa có tiêu chí nào Không đạt hoặc Đạt một phần, nên chưa có gì để soạn.</source>
        <translation>No criterion is Not met or Partly met yet, so there is nothing to draft.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/findings_actions.py" line="135"/>
        <source>Thêm %1 tồn tại từ bảng kiểm</source>
        <translation>Add shortcomings from the checklist (%1)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/findings_actions.py" line="143"/>
        <source>Đã thêm %1 dòng tồn tại từ bảng kiểm. Tiếp theo: sửa lời từng dòng nếu cần (Enter), rồi thêm kiến nghị (+ Kiến nghị).</source>
        <translation>Added %1 shortcoming line(s) from the checklist. Next: edit each line if needed (Enter), then add recommendations (+ Recommendation).</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/findings_actions.py" line="168"/>
        <source>Thêm %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/findings_actions.py" line="194"/>
        <source>Sửa nhận xét</source>
        <translation>Edit finding</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/findings_actions.py" line="217"/>
        <source>Biên bản đã ký: nhận xét chỉ để xem, không sửa được.</source>
        <translation>The minutes are signed: the findings are read-only.</translation>
    </message>
</context>
<context>
    <name>FindingPanel</name>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/finding_panel.py" line="72"/>
        <source>Ví dụ: UBND xã; Trung tâm Phục vụ hành chính công xã</source>
        <translation>E.g. UBND xã (commune People&apos;s Committee); the commune public service centre</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/finding_panel.py" line="106"/>
        <source>Có thời hạn</source>
        <translation>Has a deadline</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/finding_panel.py" line="84"/>
        <source>Tiêu chí liên quan</source>
        <translation>Related criterion</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/finding_panel.py" line="86"/>
        <source>Chịu trách nhiệm</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/finding_panel.py" line="87"/>
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/finding_panel.py" line="88"/>
        <source>Tình trạng thực hiện</source>
        <translation>Follow-up status</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/finding_panel.py" line="98"/>
        <source>Nội dung</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/finding_panel.py" line="137"/>
        <source>(không gắn tiêu chí)</source>
        <translation>(no criterion)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/finding_panel.py" line="151"/>
        <source>Chưa chọn nhận xét</source>
        <translation>No finding selected</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/finding_panel.py" line="153"/>
        <source>Chọn một dòng bên trái, hoặc thêm ưu điểm, tồn tại, kiến nghị mới.</source>
        <translation>Choose a line on the left, or add a new strength, shortcoming or recommendation.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/finding_panel.py" line="183"/>
        <source>%1 mới</source>
        <translation>New %1</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/finding_panel.py" line="185"/>
        <source>Gõ nội dung; dòng mới được lưu ngay khi có chữ. Esc để quay lại danh sách.</source>
        <translation>Type the text; the new line is saved as soon as it has any. Esc goes back to the list.</translation>
    </message>
</context>
<context>
    <name>FindingsEditor</name>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/findings_editor.py" line="88"/>
        <source>+ %1</source>
        <translation>+ %1</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/findings_editor.py" line="93"/>
        <source>Soạn từ bảng kiểm…</source>
        <translation>Draft from checklist…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/findings_editor.py" line="97"/>
        <source>Đề xuất các dòng tồn tại từ tiêu chí Không đạt, Đạt một phần và ghi chú (%1)</source>
        <translation>Propose shortcoming lines from the criteria Not met or Partly met and their notes (%1)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/findings_editor.py" line="110"/>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/findings_editor.py" line="67"/>
        <source>Phím: Insert Thêm · Enter Sửa nội dung · Esc Về danh sách · Delete Xóa · Alt+↑/↓ Đổi thứ tự · Ctrl+Shift+D Soạn từ bảng kiểm · Ctrl+Z Hoàn tác</source>
        <translation>Keys: Insert Add · Enter Edit text · Esc Back to the list · Delete Delete · Alt+↑/↓ Reorder · Ctrl+Shift+D Draft from the checklist · Ctrl+Z Undo</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/findings_editor.py" line="169"/>
        <source>Nội dung nhận xét không được để trống; muốn bỏ dòng này, hãy nhấn Xóa.</source>
        <translation>A finding cannot be empty; to remove this line, press Delete.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/findings_editor.py" line="106"/>
        <source>↑ Lên</source>
        <translation>↑ Up</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/findings_editor.py" line="108"/>
        <source>↓ Xuống</source>
        <translation>↓ Down</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/findings_model.py" line="58"/>
        <source>Nội dung</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/findings_model.py" line="59"/>
        <source>Chịu trách nhiệm</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/findings_model.py" line="60"/>
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/findings_model.py" line="61"/>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>InspectionHeader</name>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/header.py" line="129"/>
        <source>Ngày %1</source>
        <translation>Date %1</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/header.py" line="130"/>
        <source>Kế hoạch số %1</source>
        <translation>Plan no. %1</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/header.py" line="133"/>
        <source>Trưởng đoàn: %1</source>
        <translation>Team lead: %1</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/header.py" line="142"/>
        <source>%1 (phiên bản %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/header.py" line="153"/>
        <source>Đã trả lời %1/%2</source>
        <translation>Answered %1/%2</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/header.py" line="157"/>
        <source>Không đạt</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/header.py" line="158"/>
        <source>Đạt một phần</source>
        <translation>Partly met</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/header.py" line="160"/>
        <source>Thiếu ghi chú: %1</source>
        <translation>Notes missing: %1</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/header.py" line="169"/>
        <source>Điểm: %1/%2</source>
        <translation>Score: %1/%2</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/header.py" line="175"/>
        <source>Điểm của các tiêu chí đã trả lời (trừ Không áp dụng); khi chưa cho điểm, Đạt được đủ điểm, Đạt một phần được nửa số điểm.</source>
        <translation>Score of the answered criteria (Not applicable left out); where no score was given, Met earns full points and Partly met half.</translation>
    </message>
</context>
<context>
    <name>InspectionTabs</name>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/tabs.py" line="88"/>
        <source>Bảng kiểm</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/tabs.py" line="100"/>
        <source>Ưu điểm, tồn tại, kiến nghị</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/tabs.py" line="106"/>
        <source>Ảnh minh chứng</source>
        <translation>Photo evidence</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/tabs.py" line="112"/>
        <source>Ký &amp; xuất biên bản</source>
        <translation>Sign &amp; export minutes</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/tabs.py" line="94"/>
        <source>Kiến nghị kỳ trước</source>
        <translation>Previous recommendations</translation>
    </message>
</context>
<context>
    <name>InspectionView</name>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/view.py" line="80"/>
        <source>Biên bản của cuộc kiểm tra này đã phát hành (đã ký): mọi nội dung chỉ để xem. Muốn thay đổi, hãy lập biên bản bổ sung.</source>
        <translation>The minutes of this inspection are issued (signed): everything is read-only. To change anything, make supplementary minutes.</translation>
    </message>
</context>
<context>
    <name>NoteHelper</name>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/note_suggestions.py" line="42"/>
        <source>Gợi ý</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/note_suggestions.py" line="44"/>
        <source>Ghi chú đã viết trước đây (%1); %2: chép lại ghi chú vừa viết</source>
        <translation>Notes written before (%1); %2: repeat the last note</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/note_suggestions.py" line="75"/>
        <source>Chưa có ghi chú nào để chép lại.</source>
        <translation>There is no note to repeat yet.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/note_suggestions.py" line="95"/>
        <source>(chưa có ghi chú nào để gợi ý)</source>
        <translation>(no notes to suggest yet)</translation>
    </message>
</context>
<context>
    <name>PreviousPanel</name>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/previous_panel.py" line="161"/>
        <source>Phím %1</source>
        <translation>Key %1</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/previous_panel.py" line="125"/>
        <source>Minh chứng đã xem: văn bản, số liệu, nơi đã kiểm tra… (Enter để bắt đầu ghi)</source>
        <translation>Evidence seen: documents, figures, places checked… (Enter to start writing)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/previous_panel.py" line="130"/>
        <source>&amp;Minh chứng đã xem</source>
        <translation>&amp;Evidence seen</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/previous_panel.py" line="180"/>
        <source>Phím: 1 Chưa thực hiện · 2 Đang thực hiện · 3 Đã hoàn thành · ↑↓ Chuyển · Enter Ghi minh chứng · Esc Về danh sách · Ctrl+Z Hoàn tác</source>
        <translation>Keys: 1 Not started · 2 In progress · 3 Done · ↑↓ Move · Enter Write evidence · Esc Back to the list · Ctrl+Z Undo</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/previous_panel.py" line="206"/>
        <source>Kiến nghị của các đoàn kiểm tra trước đối với đơn vị này và các đơn vị hợp thành: %1.</source>
        <translation>Recommendations of earlier inspections to this unit and to the units it was formed from: %1.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/previous_panel.py" line="212"/>
        <source>Kiến nghị của các đoàn kiểm tra trước đối với đơn vị này.</source>
        <translation>Recommendations of earlier inspections to this unit.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/previous_panel.py" line="221"/>
        <source>Chưa có kiến nghị nào của đoàn kiểm tra trước đối với đơn vị này. Nếu đơn vị chưa được kiểm tra lần nào, tiêu chí về thực hiện kiến nghị ghi «Không áp dụng».</source>
        <translation>No earlier inspection made recommendations to this unit. If the unit was never inspected before, answer the criterion on recommendations «Not applicable».</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/previous_panel.py" line="282"/>
        <source>Kiến nghị kỳ trước: %1</source>
        <translation>Previous recommendation: %1</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/previous_panel.py" line="301"/>
        <source>Kiến nghị kỳ trước: minh chứng</source>
        <translation>Previous recommendation: evidence</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/previous_panel.py" line="357"/>
        <source>Biên bản đã ký: kết quả xem xét kiến nghị kỳ trước chỉ để xem.</source>
        <translation>The minutes are signed: the review of previous recommendations is read-only.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cchc_desktop/gui/inspection/previous_panel.py" line="368"/>
        <source>⚠ %n kiến nghị chưa được xem xét trong cuộc kiểm tra này.</source>
        <translation>
            <numerusform>⚠ %n recommendation not yet looked at during this inspection.</numerusform>
            <numerusform>⚠ %n recommendations not yet looked at during this inspection.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/previous_panel.py" line="380"/>
        <source>Chọn một kiến nghị trong danh sách.</source>
        <translation>Choose a recommendation in the list.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/previous_panel.py" line="387"/>
        <source>⚠ Đã quá thời hạn</source>
        <translation>⚠ Past its deadline</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/previous_panel.py" line="397"/>
        <source>✓ Đã xem xét trong cuộc kiểm tra này: %1.</source>
        <translation>✓ Looked at during this inspection: %1.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/previous_panel.py" line="403"/>
        <source>Chưa xem xét trong cuộc kiểm tra này. Theo dõi hiện ghi: %1. Chọn tình trạng đã thấy (1 · 2 · 3), kể cả khi không đổi.</source>
        <translation>Not yet looked at during this inspection. The follow-up says: %1. Choose the status you saw (1 · 2 · 3), even when it has not changed.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/previous_panel.py" line="412"/>
        <source>biên bản số %1 ngày %2</source>
        <translation>minutes no. %1 of %2</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/previous_panel.py" line="414"/>
        <source>kiểm tra ngày %2</source>
        <translation>inspected on %2</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/previous_panel.py" line="416"/>
        <source>không có</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/previous_panel.py" line="420"/>
        <source>Trách nhiệm: %1</source>
        <translation>Responsible: %1</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/previous_panel.py" line="422"/>
        <source>Thời hạn: %1</source>
        <translation>Deadline: %1</translation>
    </message>
</context>
<context>
    <name>PreviousSummaryBox</name>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/previous_summary.py" line="38"/>
        <source>Kiến nghị kỳ trước:</source>
        <translation>Previous recommendations:</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/previous_summary.py" line="49"/>
        <source>Đưa vào ghi ch&amp;ú</source>
        <translation>Put in the n&amp;ote</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/previous_summary.py" line="52"/>
        <source>Ghi dòng tóm tắt này vào ghi chú của tiêu chí (thay dòng tóm tắt cũ)</source>
        <translation>Write this summary into the criterion&apos;s note (replacing an earlier summary line)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/previous_summary.py" line="54"/>
        <source>Xem &amp;danh sách</source>
        <translation>Show the &amp;list</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/previous_summary.py" line="56"/>
        <source>Mở thẻ «Kiến nghị kỳ trước» để xem và ghi từng cái</source>
        <translation>Open the «Previous recommendations» tab to look at and record each one</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cchc_desktop/gui/inspection/previous_summary.py" line="96"/>
        <source>⚠ %n kiến nghị chưa được xem xét trong cuộc kiểm tra này.</source>
        <translation>
            <numerusform>⚠ %n recommendation not yet looked at during this inspection.</numerusform>
            <numerusform>⚠ %n recommendations not yet looked at during this inspection.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/previous_list.py" line="48"/>
        <source>Kiến nghị</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/previous_list.py" line="53"/>
        <source>Đơn vị · ngày</source>
        <translation>Unit · date</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/previous_list.py" line="57"/>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/previous_list.py" line="58"/>
        <source>Lần này</source>
        <translation>This visit</translation>
    </message>
</context>
</TS>
