"""Data the previous-recommendations tests make: a commune inspected twice, and a commune formed
on 1/7/2025 from two merged communes (one of them itself formed from an older one)."""

from __future__ import annotations

from dataclasses import dataclass, field

from cchc_desktop.store.findings import add_finding
from cchc_desktop.store.inspections import new_inspection
from cchc_desktop.store.plans import add_plan, add_team
from cchc_desktop.store.units import add_unit
from cchc_desktop.store.workspace import Workspace


@dataclass
class History:
    """Ids of what ``make_history`` stored."""

    units: dict[str, str] = field(default_factory=dict)
    inspections: dict[str, str] = field(default_factory=dict)
    recommendations: dict[str, str] = field(default_factory=dict)


def _plan(ws: Workspace, year: int) -> tuple[str, str]:
    plan = add_plan(
        ws,
        number=f"{year - 2000}/KH-BCĐCCHC",
        date=f"{year}-03-01",
        issuer="Ban Chỉ đạo cải cách hành chính tỉnh Lạng Sơn",
        title=f"Kiểm tra công tác cải cách hành chính năm {year}",
        exist_ok=True,
    )
    team = add_team(
        ws, plan=plan, leader=("Nguyễn Văn An", "Phó Giám đốc Sở Nội vụ"), exist_ok=True
    )
    return plan, team


def _inspect(
    ws: Workspace, history: History, key: str, unit: str, date: str, recommendations: list[str]
) -> None:
    plan, team = _plan(ws, int(date[:4]))
    inspection = new_inspection(ws, plan=plan, unit=history.units[unit], date=date, team=team)
    history.inspections[key] = inspection
    for number, text in enumerate(recommendations, start=1):
        history.recommendations[f"{key}/{number}"] = add_finding(
            ws,
            inspection,
            kind="kien_nghi",
            text=text,
            responsible="UBND xã",
            deadline=f"{int(date[:4])}-12-31",
        )


def make_history(ws: Workspace) -> History:
    """Stored, through the core:

    - Xã Tân Văn, inspected in 2022 (kiến nghị "tv2022/1") and 2024 ("tv2024/1", "tv2024/2");
    - Xã Hồng Phong, formed in 2023 from Xã Hồng Thái (inspected 2021: "ht2021/1"), inspected
      2024 ("hp2024/1", "hp2024/2");
    - Xã Vân Nham, inspected 2024 ("vn2024/1");
    - Xã Bình Gia, formed on 1/7/2025 from Xã Tân Văn and Xã Hồng Phong, not yet inspected;
    - Xã Vân Nham's kiến nghị must never show for Bình Gia (it merged elsewhere).
    """
    history = History()
    units = history.units
    units["tinh"] = add_unit(ws, name="Tỉnh Lạng Sơn", kind="tinh", code="20")
    units["huyen"] = add_unit(
        ws, name="Huyện Bình Gia", kind="huyen", code="181", parent=units["tinh"]
    )
    units["hong_thai"] = add_unit(
        ws, name="Xã Hồng Thái", kind="xa", parent=units["huyen"], valid_to="2022-12-31"
    )
    units["tan_van"] = add_unit(
        ws, name="Xã Tân Văn", kind="xa", parent=units["huyen"], valid_to="2025-06-30"
    )
    units["hong_phong"] = add_unit(
        ws,
        name="Xã Hồng Phong",
        kind="xa",
        parent=units["huyen"],
        valid_from="2023-01-01",
        valid_to="2025-06-30",
        merged_from=[units["hong_thai"]],
    )
    units["van_nham"] = add_unit(
        ws, name="Xã Vân Nham", kind="xa", parent=units["huyen"], valid_to="2025-06-30"
    )
    units["binh_gia"] = add_unit(
        ws,
        name="Xã Bình Gia",
        kind="xa",
        parent=units["tinh"],
        valid_from="2025-07-01",
        merged_from=[units["tan_van"], units["hong_phong"]],
    )
    _inspect(ws, history, "ht2021", "hong_thai", "2021-06-10", ["Niêm yết đủ thủ tục hành chính."])
    _inspect(ws, history, "tv2022", "tan_van", "2022-06-15", ["Lập sổ theo dõi hồ sơ."])
    _inspect(
        ws,
        history,
        "tv2024",
        "tan_van",
        "2024-07-01",
        [
            "Bồi dưỡng nghiệp vụ cho công chức bộ phận một cửa.",
            "Nâng cao tỷ lệ thanh toán trực tuyến phí, lệ phí.",
        ],
    )
    _inspect(
        ws,
        history,
        "hp2024",
        "hong_phong",
        "2024-07-02",
        ["Cải tạo nơi tiếp nhận hồ sơ.", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính."],
    )
    _inspect(ws, history, "vn2024", "van_nham", "2024-07-03", ["Công khai đường dây nóng."])
    return history


def inspect_after_merger(ws: Workspace, history: History, date: str = "2026-11-17") -> str:
    """The merged commune's first inspection (the 2026 plan, the commune template)."""
    plan, team = _plan(ws, int(date[:4]))
    inspection = new_inspection(ws, plan=plan, unit=history.units["binh_gia"], date=date, team=team)
    history.inspections["bg2026"] = inspection
    return inspection
