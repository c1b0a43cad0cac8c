"""A small data set whose report figures are known by hand (the tests assert them printed).

Two plans, two checklist templates that both use the code D13 for different things:

Plan 7/KH-BCĐCCHC (05/01/2026), template "kt-a" (A1 2 points, A2, A3, D13 2 points, D14):
- Xã Một:  A1 Đạt, A2 Không đạt, A3 Không áp dụng, D13 Đạt một phần (no score: half of 2), D14 —
  answered 4/5, assessed 3, Đạt 1 → 33,3% (1/3); points 2 + 0 + 1 = 3 of 5.
- Xã Hai:  A1 Đạt (score 1.5), A2 Đạt, A3 Đạt, D13 Không đạt, D14 Đạt —
  answered 5/5, assessed 5, Đạt 4 → 80,0% (4/5); points 1.5 + 1 + 1 + 0 + 1 = 4,5 of 7.
- Template kt-a together: answered 9/10, 5 of 8 assessed Đạt → 62,5% (5/8); 7,5 of 12 points;
  area A 4/5 (80,0%), area D 1/3 (33,3%); D13 not met at 1, partly at 1, of 2 assessed.

Plan 3/KH-UBND (10/02/2026), template "kt-b" (D13 "Thông báo dừng…", D1, E1):
- Phường Ba: D13 Không đạt, D1 Đạt, E1 — answered 2/3, 1 of 2 → 50,0% (1/2); 1 of 2 points.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cchc_desktop.checklists.model import Area, Criterion, Template
from cchc_desktop.store.answers import set_answer
from cchc_desktop.store.findings import add_finding
from cchc_desktop.store.inspections import new_inspection
from cchc_desktop.store.plans import add_plan, add_team
from cchc_desktop.store.templates import install
from cchc_desktop.store.units import add_unit

if TYPE_CHECKING:
    from cchc_desktop.store.workspace import Workspace

TEMPLATE_A = Template(
    key="kt-a",
    version=1,
    title="Bảng kiểm thử A (Bộ phận Một cửa)",
    areas=(
        Area(
            "A",
            "Chỉ đạo, điều hành",
            (
                Criterion("A1", "Ban hành kế hoạch CCHC năm", max_score=2),
                Criterion("A2", "Báo cáo CCHC định kỳ đúng hạn"),
                Criterion("A3", "Tuyên truyền CCHC"),
            ),
        ),
        Area(
            "D",
            "Bộ phận Một cửa",
            (
                Criterion("D13", "Niêm yết công khai thủ tục hành chính", max_score=2),
                Criterion("D14", "Sổ theo dõi hồ sơ"),
            ),
        ),
    ),
)
TEMPLATE_B = Template(
    key="kt-b",
    version=1,
    title="Bảng kiểm thử B (Trung tâm Phục vụ hành chính công)",
    areas=(
        Area(
            "D",
            "Trung tâm Phục vụ hành chính công",
            (
                Criterion("D13", "Thông báo dừng giải quyết hồ sơ"),
                Criterion("D1", "Quy chế hoạt động của Trung tâm"),
            ),
        ),
        Area("E", "Dịch vụ công trực tuyến", (Criterion("E1", "Thanh toán trực tuyến"),)),
    ),
)

PLAN_A = "7/KH-BCĐCCHC"
PLAN_B = "3/KH-UBND"


def known_answers(ws: Workspace) -> dict[str, str]:
    """Load the data set; return the inspections' ids by unit name."""
    install(ws, TEMPLATE_A)
    install(ws, TEMPLATE_B)
    plan_a = add_plan(
        ws,
        number=PLAN_A,
        date="2026-01-05",
        issuer="Ban Chỉ đạo cải cách hành chính tỉnh Lạng Sơn",
        parent_body="UBND TỈNH LẠNG SƠN",
        title="Kiểm tra công tác cải cách hành chính năm 2026",
    )
    plan_b = add_plan(
        ws,
        number=PLAN_B,
        date="2026-02-10",
        issuer="Ủy ban nhân dân tỉnh Lạng Sơn",
        title="Kiểm tra Trung tâm Phục vụ hành chính công năm 2026",
    )
    team = add_team(ws, plan=plan_a, leader=("Hoàng Anh Tuấn", "Phó Giám đốc Sở Nội vụ"))
    one = add_unit(ws, name="Xã Một", kind="xa")
    two = add_unit(ws, name="Xã Hai", kind="xa")
    three = add_unit(ws, name="Phường Ba", kind="phuong")
    ids = {
        "Xã Một": new_inspection(
            ws, plan=plan_a, unit=one, date="2026-03-02", team=team, template="kt-a"
        ),
        "Xã Hai": new_inspection(
            ws, plan=plan_a, unit=two, date="2026-03-03", team=team, template="kt-a"
        ),
        "Phường Ba": new_inspection(
            ws, plan=plan_b, unit=three, date="2026-03-04", template="kt-b"
        ),
    }
    answers = {
        "Xã Một": [("A1", "dat", None), ("A2", "khong_dat", None), ("A3", "khong_ap_dung", None),
                   ("D13", "dat_mot_phan", None)],
        "Xã Hai": [("A1", "dat", 1.5), ("A2", "dat", None), ("A3", "dat", None),
                   ("D13", "khong_dat", None), ("D14", "dat", None)],
        "Phường Ba": [("D13", "khong_dat", None), ("D1", "dat", None)],
    }  # fmt: skip
    for unit, rows in answers.items():
        for code, result, score in rows:
            note = "" if result in ("dat", "khong_ap_dung") else "Còn thiếu sót"
            if score is None:
                set_answer(ws, ids[unit], code, result, note=note)
            else:
                set_answer(ws, ids[unit], code, result, note=note, score=score)
    add_finding(
        ws,
        ids["Xã Hai"],
        kind="kien_nghi",
        text="Niêm yết đầy đủ thủ tục hành chính",
        deadline="2026-04-30",
        responsible="UBND xã Hai",
    )
    return ids
