"""Who takes part: members of an inspection team and the parties who sign the minutes."""

from __future__ import annotations

from cchc_desktop.domain.choices import Choice


class MemberRole(Choice):
    TRUONG_DOAN = "truong_doan"
    PHO_DOAN = "pho_doan"
    THANH_VIEN = "thanh_vien"
    THU_KY = "thu_ky"

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        return {
            "truong_doan": ("Trưởng đoàn", "Team lead"),
            "pho_doan": ("Phó trưởng đoàn", "Deputy lead"),
            "thanh_vien": ("Thành viên", "Member"),
            "thu_ky": ("Thư ký", "Secretary"),
        }

    @classmethod
    def _what(cls) -> tuple[str, str]:
        return ("vai trò", "role")


class SignerRole(Choice):
    TRUONG_DOAN = "truong_doan"
    DAI_DIEN_DON_VI = "dai_dien_don_vi"
    THU_KY = "thu_ky"

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        return {
            "truong_doan": ("Trưởng đoàn kiểm tra", "Team lead"),
            "dai_dien_don_vi": ("Đại diện đơn vị được kiểm tra", "Inspected unit's representative"),
            "thu_ky": ("Thư ký", "Secretary"),
        }

    @classmethod
    def _what(cls) -> tuple[str, str]:
        return ("vai trò ký", "signing role")
