"""Dates as the domain writes them."""

from __future__ import annotations

import datetime as dt

import pytest

from cchc_desktop.domain.dates import (
    dmy,
    dmy_hm,
    nd30_date,
    parse_date,
    parse_time,
    stored_dmy_hm,
)
from cchc_desktop.errors import UserError


@pytest.mark.parametrize(
    ("date", "text"),
    [
        ("2024-07-02", "ngày 02 tháng 7 năm 2024"),
        ("2025-01-05", "ngày 05 tháng 01 năm 2025"),
        ("2024-02-29", "ngày 29 tháng 02 năm 2024"),
        ("2024-12-31", "ngày 31 tháng 12 năm 2024"),
        ("2019-06-29", "ngày 29 tháng 6 năm 2019"),
    ],
)
def test_nd30_dates(date: str, text: str) -> None:
    assert nd30_date(date) == text


def test_parse_date_accepts_iso_and_dmy() -> None:
    assert parse_date("2024-07-02") == dt.date(2024, 7, 2)
    assert parse_date("2/7/2024") == dt.date(2024, 7, 2)
    assert dmy("2024-07-02") == "02/07/2024"


@pytest.mark.parametrize("bad", ["2024-02-30", "2024-13-01", "hôm qua", "", "02-07-2024"])
def test_bad_dates_are_refused_in_vietnamese(bad: str) -> None:
    with pytest.raises(UserError) as info:
        parse_date(bad)
    assert "không hợp lệ" in info.value.message


def test_times() -> None:
    assert parse_time("8h30") == dt.time(8, 30)
    assert parse_time("14:05") == dt.time(14, 5)
    with pytest.raises(UserError):
        parse_time("25:00")


def test_stored_moments_are_shown_on_vietnam_clock() -> None:
    assert stored_dmy_hm("2024-07-01T18:30:00.000Z") == "02/07/2024 01:30"  # UTC: the next day
    assert stored_dmy_hm("2024-07-02T09:15:05+07:00") == "02/07/2024 09:15"
    assert stored_dmy_hm("") == ""


def test_moments_as_the_window_shows_them() -> None:
    # The clock the moment was written with is kept (a photo's: the camera's), not converted.
    assert dmy_hm("2024-07-02T09:15:30+07:00") == "02/07/2024 09:15"
    assert dmy_hm("2025-08-15T14:05:09") == "15/08/2025 14:05"
    assert dmy_hm("2024-07-01T22:00:00-05:00") == "01/07/2024 22:00"
    assert dmy_hm(None) == dmy_hm("") == dmy_hm("0000:00:00") == ""
