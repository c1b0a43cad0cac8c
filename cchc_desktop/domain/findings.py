"""Findings of an inspection and the follow-up of each kiến nghị."""

from __future__ import annotations

from cchc_desktop.domain.choices import Choice


class FindingKind(Choice):
    UU_DIEM = "uu_diem"
    TON_TAI = "ton_tai"
    KIEN_NGHI = "kien_nghi"

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        return {
            "uu_diem": ("Ưu điểm", "Strength"),
            "ton_tai": ("Tồn tại, hạn chế", "Shortcoming"),
            "kien_nghi": ("Kiến nghị", "Recommendation"),
        }

    @classmethod
    def _what(cls) -> tuple[str, str]:
        return ("loại nhận xét", "finding kind")


class FollowUpStatus(Choice):
    CHUA_THUC_HIEN = "chua_thuc_hien"
    DANG_THUC_HIEN = "dang_thuc_hien"
    DA_HOAN_THANH = "da_hoan_thanh"

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        return {
            "chua_thuc_hien": ("Chưa thực hiện", "Not started"),
            "dang_thuc_hien": ("Đang thực hiện", "In progress"),
            "da_hoan_thanh": ("Đã hoàn thành", "Done"),
        }

    @classmethod
    def _what(cls) -> tuple[str, str]:
        return ("trạng thái", "status")

    @classmethod
    def _keys(cls) -> dict[str, str]:
        # Keys 1 · 2 · 3 on the follow-up list and the previous inspection's recommendations.
        return {"chua_thuc_hien": "1", "dang_thuc_hien": "2", "da_hoan_thanh": "3"}


def is_overdue(deadline: str | None, status: str, day: str) -> bool:
    """Whether a recommendation is late: its deadline (ISO) is before ``day`` (ISO) and it is
    not done. The one rule the follow-up list, the window and the report share."""
    return bool(deadline and deadline < day and status != FollowUpStatus.DA_HOAN_THANH.value)
