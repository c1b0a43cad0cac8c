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
        <location filename="../../cchc_desktop/gui/inspection/checklist_editor.py" line="65"/>
        <source>Tiêu chí Không đạt hoặc Đạt một phần</source>
        <translation>Criteria Not met or Partly met</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/checklist_editor.py" line="66"/>
        <source>Tiêu chí Không đạt, Đạt một phần chưa có ghi chú</source>
        <translation>Criteria Not met or Partly met that have no note yet</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/checklist_editor.py" line="83"/>
        <source>Phím: 1 Đạt · 2 Đạt một phần · 3 Không đạt · 4 Không áp dụng · 0 Xoá · ↑↓ Chuyển · Enter Ghi chú · Esc Về danh sách · Ctrl+Enter Tiêu chí chưa trả lời · Ctrl+Z Hoàn tác</source>
        <translation>Keys: 1 Met · 2 Partly met · 3 Not met · 4 Not applicable · 0 Clear · ↑↓ Move · Enter Note · Esc Back to the list · Ctrl+Enter Next unanswered · Ctrl+Z Undo</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/checklist_editor.py" line="197"/>
        <source>Không có tiêu chí nào trong bộ lọc này.</source>
        <translation>No criteria match this filter.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/checklist_editor.py" line="210"/>
        <source>Mọi tiêu chí đã có kết quả.</source>
        <translation>Every criterion has a result.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/checklist_editor.py" line="260"/>
        <source>chưa trả lời</source>
        <translation>unanswered</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/checklist_editor.py" line="268"/>
        <source>%1: điểm</source>
        <translation>%1: score</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/checklist_editor.py" line="275"/>
        <source>Đang ghi…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/checklist_editor.py" line="288"/>
        <location filename="../../cchc_desktop/gui/inspection/checklist_editor.py" line="298"/>
        <source>%1: ghi chú</source>
        <translation>%1: note</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/checklist_editor.py" line="356"/>
        <source>✓ Đã lưu lúc %1</source>
        <translation>✓ Saved at %1</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/checklist_editor.py" line="361"/>
        <source>Biên bản đã ký: bảng kiểm chỉ để xem, không sửa được.</source>
        <translation>The minutes are signed: the checklist is read-only.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/checklist_editor.py" line="367"/>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/checklist_editor.py" line="368"/>
        <source>Chưa trả lời</source>
        <translation>Unanswered</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/checklist_editor.py" line="369"/>
        <source>Chưa đạt</source>
        <translation>Not fully met</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/checklist_editor.py" line="370"/>
        <source>Thiếu ghi chú</source>
        <translation>Notes missing</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/checklist_model.py" line="79"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/checklist_model.py" line="79"/>
        <source>Tiêu chí</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/checklist_model.py" line="79"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/checklist_model.py" line="79"/>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/checklist_model.py" line="84"/>
        <location filename="../../cchc_desktop/gui/inspection/criteria_tree.py" line="63"/>
        <source>⚠ Cần ghi chú</source>
        <translation>⚠ Note needed</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/checklist_model.py" line="85"/>
        <source>Chưa trả lời</source>
        <translation>Unanswered</translation>
    </message>
</context>
<context>
    <name>CriterionPanel</name>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/criterion_panel.py" line="74"/>
        <source>Phím %1</source>
        <translation>Key %1</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/criterion_panel.py" line="84"/>
        <source>Tự tính</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/criterion_panel.py" line="89"/>
        <source>Điểm:</source>
        <translation>Score:</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/criterion_panel.py" line="103"/>
        <source>Ghi chú: điều đã thấy, số liệu, lý do chưa đạt… (Enter để bắt đầu ghi)</source>
        <translation>Note: what you saw, figures, why it falls short… (press Enter to start typing)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/criterion_panel.py" line="109"/>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/criterion_panel.py" line="119"/>
        <source>Hướng dẫn kiểm tra</source>
        <translation>How to check</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/criterion_panel.py" line="120"/>
        <source>Minh chứng</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/criterion_panel.py" line="121"/>
        <source>Căn cứ</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/criterion_panel.py" line="177"/>
        <source>Lĩnh vực %1</source>
        <translation>Area %1</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/criterion_panel.py" line="182"/>
        <source>Đã trả lời %1/%2 tiêu chí. Nhấn ↓ để vào tiêu chí đầu tiên.</source>
        <translation>%1/%2 criteria answered. Press ↓ to go to the first criterion.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/criterion_panel.py" line="204"/>
        <source>Chọn một tiêu chí trong danh sách.</source>
        <translation>Choose a criterion in the list.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/criterion_panel.py" line="221"/>
        <source>/ %1 điểm</source>
        <translation>/ %1 max</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/criterion_panel.py" line="242"/>
        <source>⚠ %1: cần ghi lý do vào ghi chú (nhấn Enter để ghi).</source>
        <translation>⚠ %1: write the reason in the note (press Enter to type).</translation>
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
        <location filename="../../cchc_desktop/gui/inspection/draft_dialog.py" line="63"/>
        <source> (đã có)</source>
        <translation> (already added)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/draft_dialog.py" line="79"/>
        <source>Chọn tất cả</source>
        <translation>Select all</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/draft_dialog.py" line="81"/>
        <source>Bỏ chọn tất cả</source>
        <translation>Select none</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/draft_dialog.py" line="86"/>
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/draft_dialog.py" line="108"/>
        <source>Thêm %1 dòng vào Tồn tại</source>
        <translation>Add to Shortcomings (%1)</translation>
    </message>
</context>
<context>
    <name>FindingActions</name>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/findings_actions.py" line="62"/>
        <source>Xoá %1</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/findings_actions.py" line="90"/>
        <source>Đổi thứ tự</source>
        <translation>Reorder</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/findings_actions.py" line="107"/>
        <source>Chưa có tiêu chí nào Không đạt hoặc Đạt một phần, nên chưa có gì để soạn.</source>
        <translation>No criterion is Not met or Partly met yet, so there is nothing to draft.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/findings_actions.py" line="130"/>
        <source>Thêm %1 tồn tại từ bảng kiểm</source>
        <translation>Add shortcomings from the checklist (%1)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/findings_actions.py" line="153"/>
        <source>Thêm %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/findings_actions.py" line="179"/>
        <source>Sửa nhận xét</source>
        <translation>Edit finding</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/findings_actions.py" line="202"/>
        <source>Biên bản đã ký: nhận xét chỉ để xem, không sửa được.</source>
        <translation>The minutes are signed: the findings are read-only.</translation>
    </message>
</context>
<context>
    <name>FindingPanel</name>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/finding_panel.py" line="71"/>
        <source>Ví dụ: UBND xã; Trung tâm Phục vụ hành chính công xã</source>
        <translation>E.g. UBND xã (commune People&apos;s Committee); the commune public service centre</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/finding_panel.py" line="74"/>
        <source>Có thời hạn</source>
        <translation>Has a deadline</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/finding_panel.py" line="97"/>
        <source>Tiêu chí liên quan</source>
        <translation>Related criterion</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/finding_panel.py" line="99"/>
        <source>Chịu trách nhiệm</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/finding_panel.py" line="100"/>
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/finding_panel.py" line="101"/>
        <source>Tiến độ thực hiện</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/finding_panel.py" line="111"/>
        <source>Nội dung</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/finding_panel.py" line="131"/>
        <source>(không gắn tiêu chí)</source>
        <translation>(no criterion)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/finding_panel.py" line="145"/>
        <source>Chưa chọn nhận xét</source>
        <translation>No finding selected</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/finding_panel.py" line="147"/>
        <source>Chọn một dòng bên trái, hoặc thêm ưu điểm, tồn tại, kiến nghị mới.</source>
        <translation>Choose a line on the left, or add a new strength, shortcoming or recommendation.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/finding_panel.py" line="177"/>
        <source>%1 mới</source>
        <translation>New %1</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/finding_panel.py" line="179"/>
        <source>Gõ nội dung; dòng mới được lưu ngay khi có chữ. Esc để quay lại danh sách.</source>
        <translation>Type the text; the new line is saved as soon as it has any. Esc goes back to the list.</translation>
    </message>
</context>
<context>
    <name>FindingsEditor</name>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/findings_editor.py" line="59"/>
        <source>+ %1</source>
        <translation>+ %1</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/findings_editor.py" line="64"/>
        <source>Soạn từ bảng kiểm…</source>
        <translation>Draft from checklist…</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/findings_editor.py" line="67"/>
        <source>Đề xuất các dòng tồn tại từ tiêu chí Không đạt, Đạt một phần và ghi chú</source>
        <translation>Propose shortcomings from the Not met and Partly met criteria and their notes</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/findings_editor.py" line="72"/>
        <source>↑ Lên</source>
        <translation>↑ Up</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/findings_editor.py" line="74"/>
        <source>↓ Xuống</source>
        <translation>↓ Down</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/findings_editor.py" line="76"/>
        <source>Xoá</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/findings_editor.py" line="84"/>
        <source>Phím: Insert Thêm · Enter Sửa nội dung · Esc Về danh sách · Delete Xoá · Alt+↑/↓ Đổi thứ tự · Ctrl+Z Hoàn tác</source>
        <translation>Keys: Insert Add · Enter Edit text · Esc Back to the list · Delete Delete · Alt+↑/↓ Reorder · Ctrl+Z Undo</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/findings_editor.py" line="150"/>
        <source>Nội dung nhận xét không được để trống; muốn bỏ dòng này, hãy nhấn Xoá.</source>
        <translation>A finding cannot be empty; to remove this line, press Delete.</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/findings_model.py" line="57"/>
        <source>Nội dung</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/findings_model.py" line="58"/>
        <source>Chịu trách nhiệm</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/findings_model.py" line="59"/>
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/findings_model.py" line="60"/>
        <source>Tiến độ</source>
        <translation>Progress</translation>
    </message>
</context>
<context>
    <name>InspectionHeader</name>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/header.py" line="119"/>
        <source>Ngày %1</source>
        <translation>Date %1</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/header.py" line="120"/>
        <source>Kế hoạch số %1</source>
        <translation>Plan no. %1</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/header.py" line="121"/>
        <source>Bảng kiểm %1</source>
        <translation>Checklist %1</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/header.py" line="124"/>
        <source>Trưởng đoàn: %1</source>
        <translation>Team lead: %1</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/header.py" line="132"/>
        <source>Đã trả lời %1/%2</source>
        <translation>Answered %1/%2</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/header.py" line="136"/>
        <source>Không đạt</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/header.py" line="137"/>
        <source>Đạt một phần</source>
        <translation>Partly met</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/header.py" line="139"/>
        <source>Thiếu ghi chú: %1</source>
        <translation>Notes missing: %1</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/header.py" line="148"/>
        <source>Điểm: %1/%2</source>
        <translation>Score: %1/%2</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/header.py" line="154"/>
        <source>Điểm của các tiêu chí đã trả lời (trừ Không áp dụng); khi chưa cho điểm, Đạt được đủ điểm, Đạt một phần được nửa số điểm.</source>
        <translation>Score of the answered criteria (Not applicable left out); where no score was given, Met earns full points and Partly met half.</translation>
    </message>
</context>
<context>
    <name>InspectionTabs</name>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/tabs.py" line="83"/>
        <source>Bảng kiểm</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/tabs.py" line="87"/>
        <source>Ưu điểm, tồn tại, kiến nghị</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/tabs.py" line="90"/>
        <source>Ảnh minh chứng</source>
        <translation>Photo evidence</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/tabs.py" line="91"/>
        <source>Ký &amp; xuất biên bản</source>
        <translation>Sign &amp; export minutes</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/tabs.py" line="84"/>
        <source>Kiến nghị kỳ trước</source>
        <translation>Previous recommendations</translation>
    </message>
</context>
<context>
    <name>InspectionView</name>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/view.py" line="53"/>
        <source>🔒 Biên bản của cuộc kiểm tra này đã phát hành (đã ký): mọi nội dung chỉ để xem. Muốn thay đổi, hãy lập biên bản bổ sung.</source>
        <translation>🔒 The minutes of this inspection are issued (signed): everything is read-only. To change anything, draw up supplementary minutes.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/view.py" line="71"/>
        <source>Đóng thông báo</source>
        <translation>Close message</translation>
    </message>
</context>
<context>
    <name>PreviousPanel</name>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/previous_panel.py" line="104"/>
        <source>Phím %1</source>
        <translation>Key %1</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/previous_panel.py" line="112"/>
        <source>Minh chứng đã xem: văn bản, số liệu, nơi đã kiểm tra… (Enter để bắt đầu ghi)</source>
        <translation>Evidence seen: documents, figures, places checked… (Enter to start writing)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/previous_panel.py" line="117"/>
        <source>&amp;Minh chứng đã xem</source>
        <translation>&amp;Evidence seen</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/previous_panel.py" line="145"/>
        <source>Phím: 1 Chưa thực hiện · 2 Đang thực hiện · 3 Đã hoàn thành · ↑↓ Chuyển · Enter Ghi minh chứng · Esc Về danh sách · Ctrl+Z Hoàn tác</source>
        <translation>Keys: 1 Not started · 2 In progress · 3 Done · ↑↓ Move · Enter Write evidence · Esc Back to the list · Ctrl+Z Undo</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/previous_panel.py" line="178"/>
        <source>Kiến nghị của các đoàn kiểm tra trước đối với đơn vị này và các đơn vị hợp thành: %1.</source>
        <translation>Recommendations of earlier inspections to this unit and to the units it was formed from: %1.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/previous_panel.py" line="184"/>
        <source>Kiến nghị của các đoàn kiểm tra trước đối với đơn vị này.</source>
        <translation>Recommendations of earlier inspections to this unit.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/previous_panel.py" line="193"/>
        <source>Chưa có kiến nghị nào của đoàn kiểm tra trước đối với đơn vị này. Nếu đơn vị chưa được kiểm tra lần nào, tiêu chí về thực hiện kiến nghị ghi «Không áp dụng».</source>
        <translation>No earlier inspection made recommendations to this unit. If the unit was never inspected before, answer the criterion on recommendations «Not applicable».</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/previous_panel.py" line="254"/>
        <source>Kiến nghị kỳ trước: %1</source>
        <translation>Previous recommendation: %1</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/previous_panel.py" line="273"/>
        <source>Kiến nghị kỳ trước: minh chứng</source>
        <translation>Previous recommendation: evidence</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/previous_panel.py" line="329"/>
        <source>Biên bản đã ký: kết quả xem xét kiến nghị kỳ trước chỉ để xem.</source>
        <translation>The minutes are signed: the review of previous recommendations is read-only.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cchc_desktop/gui/inspection/previous_panel.py" line="340"/>
        <source>⚠ %n kiến nghị chưa được xem xét trong cuộc kiểm tra này.</source>
        <translation>
            <numerusform>⚠ %n recommendation not yet looked at during this inspection.</numerusform>
            <numerusform>⚠ %n recommendations not yet looked at during this inspection.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/previous_panel.py" line="352"/>
        <source>Chọn một kiến nghị trong danh sách.</source>
        <translation>Choose a recommendation in the list.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/previous_panel.py" line="359"/>
        <source>⚠ Đã quá thời hạn</source>
        <translation>⚠ Past its deadline</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/previous_panel.py" line="369"/>
        <source>✓ Đã xem xét trong cuộc kiểm tra này: %1.</source>
        <translation>✓ Looked at during this inspection: %1.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/previous_panel.py" line="375"/>
        <source>Chưa xem xét trong cuộc kiểm tra này. Theo dõi hiện ghi: %1. Chọn tình trạng đã thấy (1 · 2 · 3), kể cả khi không đổi.</source>
        <translation>Not yet looked at during this inspection. The follow-up says: %1. Choose the status you saw (1 · 2 · 3), even when it has not changed.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/previous_panel.py" line="384"/>
        <source>biên bản số %1 ngày %2</source>
        <translation>minutes no. %1 of %2</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/previous_panel.py" line="386"/>
        <source>kiểm tra ngày %2</source>
        <translation>inspected on %2</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/previous_panel.py" line="388"/>
        <source>không có</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/previous_panel.py" line="392"/>
        <source>Trách nhiệm: %1</source>
        <translation>Responsible: %1</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/previous_panel.py" line="394"/>
        <source>Thời hạn: %1</source>
        <translation>Deadline: %1</translation>
    </message>
</context>
<context>
    <name>PreviousSummaryBox</name>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/previous_summary.py" line="37"/>
        <source>Kiến nghị kỳ trước:</source>
        <translation>Previous recommendations:</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/previous_summary.py" line="48"/>
        <source>Đưa vào ghi ch&amp;ú</source>
        <translation>Put in the n&amp;ote</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/previous_summary.py" line="51"/>
        <source>Ghi dòng tóm tắt này vào ghi chú của tiêu chí (thay dòng tóm tắt cũ)</source>
        <translation>Write this summary into the criterion&apos;s note (replacing an earlier summary line)</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/previous_summary.py" line="53"/>
        <source>Xem &amp;danh sách</source>
        <translation>Show the &amp;list</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/inspection/previous_summary.py" line="55"/>
        <source>Mở thẻ «Kiến nghị kỳ trước» để xem và ghi từng cái</source>
        <translation>Open the «Previous recommendations» tab to look at and record each one</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cchc_desktop/gui/inspection/previous_summary.py" line="95"/>
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
