"""A laptop's name as a person gives it, and the one way a laptop is shown everywhere.

Laptops installed from one image share a hostname ("vm", "DESKTOP-…"), so the name a person
gives ("Máy đoàn 1 – Nguyễn Văn An") is what tells them apart; the short id (the first eight
hex digits of the device id, as in package file names) settles two laptops given one name.
"""

from __future__ import annotations

import re

from cchc_desktop.domain.text import clean, nfc, printable
from cchc_desktop.errors import UserError

# Long enough for "Máy đoàn 12 – Nguyễn Thị Minh Khai (Sở Nội vụ)", short enough to sit in
# the status bar beside the data folder on a 1366 px screen.
MAX_NAME_LENGTH = 60
SHORT_ID_LENGTH = 8

# Any C0/C1 control, DEL or direction mark: refused when typed (a received name shows them
# as escapes instead, through ``printable``).
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_LINE_BREAKS = re.compile("[\n\r\u2028\u2029\x0b\x0c\x85]")


def short_id(device_id: str) -> str:
    """The first eight hex digits of a device id: what file names and `cchc devices` show."""
    return device_id[:SHORT_ID_LENGTH]


def device_label(name: str, device_id: str) -> str:
    """The one way a laptop is shown: ``«Máy đoàn 1 – Nguyễn Văn An» (3f2a9c1b)``.

    The name may have come in a package: its control characters are shown as escapes, and
    the quotes mark where it ends in a sentence. A laptop with no name is its short id alone.
    """
    shown = printable(name.strip())
    return f"«{shown}» ({short_id(device_id)})" if shown else short_id(device_id)


def name_problem(text: str, hostname: str = "") -> tuple[str, str] | None:
    """What is wrong with ``text`` as a laptop's name (Vietnamese, English), or None.

    Space and line breaks around it (a pasted line) are trimmed, not refused."""
    text = text.strip()
    if _LINE_BREAKS.search(text):
        return (
            "Tên máy chỉ được có một dòng.",
            "The laptop's name must be a single line.",
        )
    if _CONTROLS.search(text):
        return (
            "Tên máy có ký tự điều khiển (không nhìn thấy được); hãy gõ lại tên.",
            "The laptop's name holds control characters (invisible ones); type it again.",
        )
    name = clean(text)
    if not name:
        return (
            "Hãy đặt tên cho máy, ví dụ «Máy đoàn 1 – Nguyễn Văn An».",
            "Give the laptop a name, e.g. 'Máy đoàn 1 – Nguyễn Văn An'.",
        )
    if len(name) > MAX_NAME_LENGTH:
        return (
            f"Tên máy dài {len(name)} ký tự; tối đa {MAX_NAME_LENGTH}.",
            f"The laptop's name is {len(name)} characters long; at most {MAX_NAME_LENGTH}.",
        )
    if hostname and name.casefold() == nfc(hostname).strip().casefold():
        return (
            f"«{name}» là tên máy tính do hệ điều hành đặt; các máy cài từ một bản thường trùng "
            "tên này. Hãy thêm tên người dùng hoặc số đoàn, ví dụ «Máy đoàn 1 – Nguyễn Văn An».",
            f"'{name}' is the computer's hostname; laptops installed from one image often share "
            "it. Add the user's name or the team's number, e.g. 'Máy đoàn 1 – Nguyễn Văn An'.",
        )
    return None


def checked_name(text: str, hostname: str = "") -> str:
    """``text`` as the laptop's name is stored (NFC, one space between words), or a
    UserError saying what is wrong."""
    problem = name_problem(text, hostname)
    if problem is not None:
        raise UserError(*problem)
    return clean(text)


def suggested_name(person: str) -> str:
    """The name offered at first start: the user's own name, never the hostname alone."""
    person = clean(person)
    return f"Máy của {person}"[:MAX_NAME_LENGTH] if person else ""
