"""Who takes part: members of an inspection team and the parties who sign the minutes."""

from __future__ import annotations

from typing import Any

from cchc_desktop.domain.choices import Choice

# Who signs for these roles when nobody was named for them: the team's member of that role.
STAND_IN_ROLES = ("truong_doan", "thu_ky")


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


def stand_ins(members: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The team's lead and secretary (the first member of each role): they sign for their
    role when nobody else was named for it, in the document and in the window alike."""
    found: dict[str, dict[str, Any]] = {}
    for member in members:
        if member["role"] in STAND_IN_ROLES:
            found.setdefault(member["role"], member)
    return found
