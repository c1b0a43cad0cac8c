"""Closed sets parsed from what a person types: the slug, or either label, with or without diacritics."""

from __future__ import annotations

import pytest

from cchc_desktop.domain.choices import Choice
from cchc_desktop.domain.findings import FollowUpStatus
from cchc_desktop.domain.results import Result
from cchc_desktop.domain.units import UnitKind
from cchc_desktop.errors import UserError


@pytest.mark.parametrize(
    ("typed", "member"),
    [
        ("mot_cua", UnitKind.MOT_CUA),
        ("Bộ phận Một cửa", UnitKind.MOT_CUA),
        ("One-stop shop", UnitKind.MOT_CUA),
        ("Sở/ngành", UnitKind.SO_NGANH),
        ("so nganh", UnitKind.SO_NGANH),
        ("Đạt một phần", Result.DAT_MOT_PHAN),
        ("partly met", Result.DAT_MOT_PHAN),
        ("dat-mot-phan", Result.DAT_MOT_PHAN),
        ("Đã hoàn thành", FollowUpStatus.DA_HOAN_THANH),
    ],
)
def test_slug_and_both_labels_are_understood(typed: str, member: Choice) -> None:
    assert type(member).parse(typed) is member


def test_anything_else_is_refused_with_the_choices() -> None:
    with pytest.raises(UserError) as caught:
        UnitKind.parse("quận")
    assert caught.value.vi == (
        "Loại đơn vị không hợp lệ: «quận». Chọn một trong: tinh, so_nganh, huyen, xa, phuong, "
        "thi_tran, dac_khu, mot_cua, ttpvhcc."
    )


@pytest.mark.parametrize(
    ("key", "member"),
    [
        ("1", Result.DAT),
        ("2", Result.DAT_MOT_PHAN),
        ("3", Result.KHONG_DAT),
        ("4", Result.KHONG_AP_DUNG),
        ("1", FollowUpStatus.CHUA_THUC_HIEN),
        ("2", FollowUpStatus.DANG_THUC_HIEN),
        ("3", FollowUpStatus.DA_HOAN_THANH),
    ],
)
def test_a_key_gives_the_member_it_names(key: str, member: Choice) -> None:
    # Spelled out by name, not by the members' order: the key hints on screen promise these.
    assert type(member).by_key(key) is member
    assert member.key == key


@pytest.mark.parametrize("choice", [Result, FollowUpStatus])
def test_every_member_has_its_own_key(choice: type[Choice]) -> None:
    keys = [member.key for member in choice]
    assert len(set(keys)) == len(keys)
    with pytest.raises(KeyError):
        choice.by_key("0")
