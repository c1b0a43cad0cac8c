"""Checks the dialogs share, with messages in the user's language."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLineEdit

from cchc_desktop.domain.dates import dmy, parse_date
from cchc_desktop.errors import UserError
from cchc_desktop.gui.i18n import tr

DATE_PLACEHOLDER = "dd/mm/yyyy"


def date_field(edit: QLineEdit, value: str | None = None) -> None:
    """A date typed as dd/mm/yyyy (ISO accepted too), shown as dd/mm/yyyy."""
    edit.setPlaceholderText(DATE_PLACEHOLDER)
    edit.setMaxLength(10)
    if value:
        edit.setText(dmy(value))


def read_date(edit: QLineEdit) -> dt.date | None:
    """The date in the field, or None when it is empty or not a date."""
    text = edit.text().strip()
    if not text:
        return None
    try:
        return parse_date(text)
    except UserError:
        return None


def date_problem(edit: QLineEdit, *, required: bool, what: str) -> str | None:
    """What is wrong with a date field, or None."""
    text = edit.text().strip()
    if not text:
        return tr("Hãy nhập {what}.").replace("{what}", what) if required else None
    if read_date(edit) is None:
        return tr(
            "{What} không hợp lệ: hãy ghi theo dạng ngày/tháng/năm, ví dụ 02/07/2024."
        ).replace("{What}", what[:1].upper() + what[1:])
    return None


def required(edit: QLineEdit, message: str) -> str | None:
    return message if not edit.text().strip() else None


def iso_or_none(edit: QLineEdit) -> str | None:
    date = read_date(edit)
    return date.isoformat() if date else None
