"""Dates and times as the domain writes them: ISO inside, dd/mm/yyyy on screen, ND 30 in documents."""

from __future__ import annotations

import datetime as dt

from cchc_desktop.errors import UserError, pick

# Vietnam keeps one time zone, UTC+7, without daylight saving; signatures and packages carry
# it explicitly (ISO 8601 with +07:00).
VIETNAM_TZ = dt.timezone(dt.timedelta(hours=7), "ICT")

# The years a date of this work can fall in (an inspection, a plan, a deadline): a year typed
# as 0001 or 2201 is a slip of the keyboard, not a date to keep.
FIRST_YEAR, LAST_YEAR = 2000, 2100

# Patterns of what people type, compiled (and ``re`` imported) on first use: showing a stored
# date, as every listing does, needs none of them (``_iso_shaped``).
_DMY_DATE = r"^(\d{1,2})/(\d{1,2})/(\d{4})$"
_TIME = r"^(\d{1,2})[:hg](\d{2})$"


def _iso_shaped(value: str) -> bool:
    """Whether ``value`` has the shape of YYYY-MM-DD: any decimal digits, as ``\\d`` of a
    regular expression matches them (``fromisoformat`` then decides if it is a date)."""
    return (
        len(value) == 10
        and value[4] == "-"
        and value[7] == "-"
        and (value[:4] + value[5:7] + value[8:]).isdecimal()
    )


def parse_date(text: str, *, field: str = "ngày") -> dt.date:
    """A calendar date from YYYY-MM-DD (or dd/mm/yyyy as typed in the window), in the years
    2000–2100; anything else refused clearly."""
    value = text.strip()
    date: dt.date | None = None
    try:
        if _iso_shaped(value):
            date = dt.date.fromisoformat(value)
        import re

        match = re.match(_DMY_DATE, value)
        if match:
            day, month, year = (int(g) for g in match.groups())
            date = dt.date(year, month, day)
    except ValueError:
        pass
    if date is not None and FIRST_YEAR <= date.year <= LAST_YEAR:
        return date
    if date is not None:
        raise UserError(
            f"{field.capitalize()} không hợp lệ: «{text}». Năm phải từ {FIRST_YEAR} đến "
            f"{LAST_YEAR}.",
            f"Invalid {field}: '{text}'. The year must be from {FIRST_YEAR} to {LAST_YEAR}.",
        )
    raise UserError(
        f"{field.capitalize()} không hợp lệ: «{text}». Hãy ghi theo dạng NNNN-TT-NN, ví dụ 2024-07-02.",
        f"Invalid {field}: '{text}'. Use the form YYYY-MM-DD, e.g. 2024-07-02.",
    )


def parse_time(text: str) -> dt.time:
    """A clock time from HH:MM (also 8h30 as people write it); refused clearly."""
    import re

    match = re.match(_TIME, text.strip().lower())
    if match:
        hour, minute = (int(g) for g in match.groups())
        if hour < 24 and minute < 60:
            return dt.time(hour, minute)
    raise UserError(
        f"Giờ không hợp lệ: «{text}». Hãy ghi theo dạng GG:PP, ví dụ 08:30.",
        f"Invalid time: '{text}'. Use HH:MM, e.g. 08:30.",
    )


def iso(date: dt.date) -> str:
    """YYYY-MM-DD, the stored form."""
    return date.isoformat()


def invalid(value: object) -> str:
    """A stored value that is not what its column holds, shown as such (never a crash)."""
    return pick(f"{value} (không hợp lệ)", f"{value} (invalid)")


def stored_date(value: object) -> dt.date | None:
    """A stored YYYY-MM-DD as a date; None for a value that is not one (`cchc check` lists it)."""
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not _iso_shaped(value):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def dmy(value: dt.date | str | None) -> str:
    """dd/mm/yyyy as shown in the window; empty for no date; a stored value that is not a
    date is shown as it is, marked invalid."""
    if value is None or value == "":
        return ""
    date = stored_date(value)
    if date is None:
        return invalid(value)
    return f"{date.day:02d}/{date.month:02d}/{date.year}"


def vietnam_time(value: str) -> dt.datetime:
    """An ISO 8601 moment (UTC with "Z", as stored, or with an offset) on Vietnam's clock."""
    moment = dt.datetime.fromisoformat(value)
    if moment.tzinfo is None:  # stored moments are UTC
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(VIETNAM_TZ)


def stored_dmy_hm(value: str | None) -> str:
    """A moment the app stored (updated_at, a package's creation: UTC) as the window shows it,
    dd/mm/yyyy HH:MM on Vietnam's clock; empty for none."""
    if not value:
        return ""
    try:
        return dmy_hm(vietnam_time(value).isoformat())
    except (TypeError, ValueError, OverflowError):
        return invalid(value)


def dmy_hm(value: str | None) -> str:
    """An ISO 8601 moment as the window shows it, "02/07/2024 09:15", on the clock it was
    written with (a photo's: the camera's); empty for none or one that cannot be read."""
    if not value:
        return ""
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return ""
    return f"{dmy(moment.date())} {moment:%H:%M}"


def nd30_date(value: dt.date | str) -> str:
    """The date as ND 30/2020 writes it: "ngày 02 tháng 7 năm 2024", "ngày 05 tháng 01 năm 2025".

    The day takes a leading zero below 10; the month only for January and February (so that
    "tháng 1" cannot later be turned into "tháng 11" by hand).
    """
    date = stored_date(value)
    if date is None:  # a document never prints a date it cannot read: refused, named
        raise UserError(
            f"Ngày «{value}» không hợp lệ nên không đưa được vào văn bản. Hãy sửa ngày đó "
            "(«cchc check» liệt kê mọi giá trị không hợp lệ) rồi làm lại.",
            f"The date '{value}' is not valid, so it cannot go into the document. Correct it "
            "('cchc check' lists every invalid value) and try again.",
        )
    month = f"{date.month:02d}" if date.month <= 2 else str(date.month)
    return f"ngày {date.day:02d} tháng {month} năm {date.year}"


def utc_now() -> str:
    """Now in UTC as stored in updated_at and the audit log (ISO 8601, millisecond precision)."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def vietnam_now() -> dt.datetime:
    """Now on the wall clock of Vietnam, with its +07:00 offset."""
    return dt.datetime.now(VIETNAM_TZ)
