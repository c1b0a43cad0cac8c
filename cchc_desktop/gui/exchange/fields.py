"""How a record's columns read in the window: a name for each column a person can judge, and
its value in words (results, kinds, dates, yes/no) rather than as stored.

Used where two versions of a record are compared (the conflicts view). Columns without a name
here (ids, hashes, sort keys) mean nothing to a person: they are shown only when they are
what differs, under their stored name.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from cchc_desktop.domain.choices import Choice
from cchc_desktop.domain.dates import dmy, stored_dmy_hm
from cchc_desktop.domain.findings import FindingKind, FollowUpStatus
from cchc_desktop.domain.results import Result
from cchc_desktop.domain.roles import MemberRole, SignerRole
from cchc_desktop.domain.units import UnitKind
from cchc_desktop.gui.i18n import QT_TRANSLATE_NOOP, tr

# By column, or by "table.column" where one name means different things in different tables.
LABELS: dict[str, str] = {
    "deleted": QT_TRANSLATE_NOOP("QCoreApplication", "Đã xóa"),
    "name": QT_TRANSLATE_NOOP("QCoreApplication", "Tên"),
    "kind": QT_TRANSLATE_NOOP("QCoreApplication", "Loại"),
    "code": QT_TRANSLATE_NOOP("QCoreApplication", "Mã"),
    "address": QT_TRANSLATE_NOOP("QCoreApplication", "Địa chỉ"),
    "valid_from": QT_TRANSLATE_NOOP("QCoreApplication", "Hiệu lực từ"),
    "valid_to": QT_TRANSLATE_NOOP("QCoreApplication", "Hiệu lực đến"),
    "number": QT_TRANSLATE_NOOP("QCoreApplication", "Số"),
    "date": QT_TRANSLATE_NOOP("QCoreApplication", "Ngày"),
    "issuer": QT_TRANSLATE_NOOP("QCoreApplication", "Cơ quan ban hành"),
    "parent_body": QT_TRANSLATE_NOOP("QCoreApplication", "Cơ quan cấp trên"),
    "title": QT_TRANSLATE_NOOP("QCoreApplication", "Tiêu đề"),
    "team_members.title": QT_TRANSLATE_NOOP("QCoreApplication", "Chức vụ"),
    "signers.title": QT_TRANSLATE_NOOP("QCoreApplication", "Chức vụ"),
    "basis": QT_TRANSLATE_NOOP("QCoreApplication", "Căn cứ"),
    "decision": QT_TRANSLATE_NOOP("QCoreApplication", "Quyết định thành lập"),
    "role": QT_TRANSLATE_NOOP("QCoreApplication", "Vai trò"),
    "organisation": QT_TRANSLATE_NOOP("QCoreApplication", "Cơ quan"),
    "text": QT_TRANSLATE_NOOP("QCoreApplication", "Nội dung"),
    "place": QT_TRANSLATE_NOOP("QCoreApplication", "Địa điểm"),
    "start_time": QT_TRANSLATE_NOOP("QCoreApplication", "Giờ bắt đầu"),
    "end_time": QT_TRANSLATE_NOOP("QCoreApplication", "Giờ kết thúc"),
    "status": QT_TRANSLATE_NOOP("QCoreApplication", "Trạng thái"),
    "doc_number": QT_TRANSLATE_NOOP("QCoreApplication", "Số biên bản"),
    "conclusion": QT_TRANSLATE_NOOP("QCoreApplication", "Kết luận"),
    "unit_opinion": QT_TRANSLATE_NOOP("QCoreApplication", "Ý kiến của đơn vị"),
    "inspection_id": QT_TRANSLATE_NOOP("QCoreApplication", "Thuộc cuộc kiểm tra"),
    "criterion_code": QT_TRANSLATE_NOOP("QCoreApplication", "Tiêu chí"),
    "result": QT_TRANSLATE_NOOP("QCoreApplication", "Kết quả"),
    "note": QT_TRANSLATE_NOOP("QCoreApplication", "Ghi chú"),
    "score": QT_TRANSLATE_NOOP("QCoreApplication", "Điểm"),
    "responsible": QT_TRANSLATE_NOOP("QCoreApplication", "Đơn vị thực hiện"),
    "deadline": QT_TRANSLATE_NOOP("QCoreApplication", "Thời hạn"),
    "image_sha256": QT_TRANSLATE_NOOP("QCoreApplication", "Ảnh chữ ký"),
    "caption": QT_TRANSLATE_NOOP("QCoreApplication", "Chú thích"),
    "include_in_minutes": QT_TRANSLATE_NOOP("QCoreApplication", "Đưa vào biên bản"),
    "stamp": QT_TRANSLATE_NOOP("QCoreApplication", "Đóng dấu lên bản in"),
    "taken_at": QT_TRANSLATE_NOOP("QCoreApplication", "Chụp lúc"),
    "filename": QT_TRANSLATE_NOOP("QCoreApplication", "Tên tệp"),
    "seq": QT_TRANSLATE_NOOP("QCoreApplication", "Số thứ tự"),
    "revision_no": QT_TRANSLATE_NOOP("QCoreApplication", "Lần lập"),
    "signed": QT_TRANSLATE_NOOP("QCoreApplication", "Đã ký số"),
    "signed_at": QT_TRANSLATE_NOOP("QCoreApplication", "Ký lúc"),
    "signers": QT_TRANSLATE_NOOP("QCoreApplication", "Người đã ký số"),
    "pdf_sha256": QT_TRANSLATE_NOOP("QCoreApplication", "Tệp PDF"),
    "page_count": QT_TRANSLATE_NOOP("QCoreApplication", "Số trang"),
    "paper": QT_TRANSLATE_NOOP("QCoreApplication", "Phát hành để ký giấy"),
    "scan_sha256": QT_TRANSLATE_NOOP("QCoreApplication", "Bản giấy đã ký (bản quét)"),
    "scan_pages": QT_TRANSLATE_NOOP("QCoreApplication", "Số trang bản quét"),
    "scanned_at": QT_TRANSLATE_NOOP("QCoreApplication", "Nhận bản quét lúc"),
}

_CHOICES: dict[str, type[Choice]] = {
    "result": Result,
    "findings.kind": FindingKind,
    "findings.status": FollowUpStatus,
    "units.kind": UnitKind,
    "team_members.role": MemberRole,
    "signers.role": SignerRole,
}
_YES_NO = frozenset({"deleted", "include_in_minutes", "stamp", "signed", "paper"})
_DATES = frozenset({"date", "deadline", "valid_from", "valid_to"})
# ISO 8601 with an offset: shown on Vietnam's clock.
_MOMENTS = frozenset({"signed_at", "scanned_at"})
_HASHES = frozenset(
    {"image_sha256", "pdf_sha256", "snapshot_sha256", "sha256", "content_hash", "scan_sha256"}
)
# What names a record, in this order, when the window has to say which one it is.
_NAMING = ("criterion_code", "doc_number", "number", "name", "code", "caption", "filename", "text")


def _find(table: str, column: str, mapping: dict[str, Any]) -> Any:
    return mapping.get(f"{table}.{column}", mapping.get(column))


def label(table: str, column: str) -> str | None:
    """The window's name for a column, or None for one a person cannot judge."""
    found = _find(table, column, LABELS)
    return tr(found) if found else None


def value_text(table: str, column: str, value: Any) -> str:
    """A stored value as the window says it."""
    if value is None or value == "":
        return tr("(trống)")
    choice = _find(table, column, _CHOICES)
    if choice is not None:
        try:
            return str(choice(value).label)
        except ValueError:
            return str(value)
    if column in _YES_NO:
        return tr("có") if value else tr("không")
    shown = _SHOWN.get(column)
    return shown(value) if shown is not None else str(value)


def _camera_time(value: Any) -> str:
    """The camera's own clock, as it wrote it."""
    text = str(value)
    return f"{dmy(text[:10])} {text[11:16]}".strip()


def _signer_names(value: Any) -> str:
    try:
        names = [str(s.get("name", "?")) for s in json.loads(value)]
    except (ValueError, TypeError, AttributeError):
        return str(value)
    return ", ".join(names)


# How the columns that are neither a choice nor yes/no read, by column.
_SHOWN: dict[str, Callable[[Any], str]] = {
    **dict.fromkeys(_DATES, lambda value: dmy(str(value))),
    **dict.fromkeys(_MOMENTS, lambda value: stored_dmy_hm(str(value))),
    "taken_at": _camera_time,
    **dict.fromkeys(_HASHES, lambda value: str(value)[:12] + "…"),
    "signers": _signer_names,
}


def naming_value(values: dict[str, Any]) -> str:
    """What tells a record apart for a person (a criterion code, a number, a name…)."""
    for column in _NAMING:
        text = str(values.get(column) or "").strip()
        if text:
            return text if len(text) <= 40 else text[:39] + "…"
    return ""
