"""The biên bản's account of the previous recommendations: "Kết quả thực hiện kiến nghị của
đoàn kiểm tra kỳ trước", the last part of "I. KẾT QUẢ KIỂM TRA"; omitted when there were none.

Pure text from a snapshot, like ``sections``; the snapshot's entries come from
``store.previous`` through ``previous_entries``. Only what was recorded is written: a
recommendation nobody looked at during this visit is said to be not looked at, with the
follow-up's status only when the office recorded one.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from cchc_desktop.documents.blocks import Para, Style, listed, para
from cchc_desktop.domain.dates import nd30_date
from cchc_desktop.domain.findings import FollowUpStatus, is_overdue
from cchc_desktop.domain.previous import SUMMARY_ORDER, status_counts
from cchc_desktop.minutes.snapshot import MinutesSnapshot, PreviousEntry

HEADING = "Kết quả thực hiện kiến nghị của đoàn kiểm tra kỳ trước"
_LOWER_IN_SENTENCE = ("Xã ", "Phường ", "Thị trấn ", "Huyện ", "Tỉnh ", "Đặc khu ")


def previous_entries(detail: dict[str, Any]) -> tuple[PreviousEntry, ...]:
    """The snapshot's entries from ``store.detail.show_inspection``'s structure, newest first."""
    return tuple(
        PreviousEntry(
            text=row["text"],
            unit_name=row["unit"],
            inspection_date=row["date"],
            doc_number=row["doc_number"] or "",
            responsible=row["responsible"] or "",
            deadline=row["deadline"],
            status=row["status"],
            status_note=row["status_note"] or "",
            checked=bool(row["checked"]),
        )
        for row in detail.get("previous_recommendations", [])
    )


def previous_section(s: MinutesSnapshot) -> Iterator[Para]:
    """The numbered part after the areas of section I (nothing when there were none)."""
    if not s.previous:
        return
    yield para(f"{_areas_shown(s) + 1}. {HEADING}", Style.SUBHEADING, bold=True)
    yield para(introduction(s))
    for line in listed([f"- {entry_text(s, entry)}" for entry in s.previous]):
        yield para(line, Style.ITEM)


def introduction(s: MinutesSnapshot) -> str:
    """ "Các đoàn kiểm tra kỳ trước đã kiến nghị 3 nội dung đối với xã Hoàng Văn Thụ, xã Mông
    Ân (nay là xã Bình Gia). Qua kiểm tra: 1 đã hoàn thành, …. Cụ thể:" """
    total = len(s.previous)
    looked = [e for e in s.previous if e.checked]
    counts = status_counts(e.status for e in looked)
    found = ", ".join(
        f"{counts[status.value]} {status.label_vi.lower()}"
        for status in SUMMARY_ORDER
        if counts[status.value]
    )
    visits = len({(e.unit_name, e.inspection_date) for e in s.previous})
    who = "Các đoàn kiểm tra kỳ trước" if visits > 1 else "Đoàn kiểm tra kỳ trước"
    text = f"{who} đã kiến nghị {total} nội dung đối với {_addressees(s)}."
    if not looked:
        return text + " Buổi kiểm tra này chưa xem xét kết quả thực hiện các kiến nghị đó."
    if len(looked) == total:
        return text + f" Qua kiểm tra: {found}. Cụ thể:"
    return (
        text + f" Qua kiểm tra {len(looked)} kiến nghị: {found}; "
        f"{total - len(looked)} kiến nghị chưa được xem xét. Cụ thể:"
    )


def entry_text(s: MinutesSnapshot, entry: PreviousEntry) -> str:
    """One recommendation: its words, where and when it was made, its deadline, what was found."""
    where = []
    if entry.unit_name != s.unit_name:
        where.append(_in_sentence(entry.unit_name))
    if entry.doc_number:
        where.append(f"Biên bản số {entry.doc_number} {nd30_date(entry.inspection_date)}")
    else:
        where.append(f"Biên bản kiểm tra {nd30_date(entry.inspection_date)}")
    if entry.deadline:
        where.append(f"thời hạn hoàn thành: {nd30_date(entry.deadline)}")
    text = f"{_one_line(entry.text)} ({'; '.join(where)}): {found_text(s, entry)}"
    note = _one_line(entry.status_note)
    if entry.checked and note:
        text += f". Minh chứng: {note}"
    return text


def found_text(s: MinutesSnapshot, entry: PreviousEntry) -> str:
    """The status in words; "quá hạn" as of the inspection day; honest about not looking."""
    status = FollowUpStatus(entry.status)
    if not entry.checked:
        if status is FollowUpStatus.CHUA_THUC_HIEN:
            return "chưa được xem xét tại buổi kiểm tra này"
        return (
            "chưa được xem xét tại buổi kiểm tra này (theo dõi của cơ quan kiểm tra: "
            f"{status.label_vi.lower()})"
        )
    words = status.label_vi.lower()
    if is_overdue(entry.deadline, entry.status, s.date):
        words += ", đã quá thời hạn"
    return words


def _addressees(s: MinutesSnapshot) -> str:
    """Whom the recommendations were addressed to, the units before a merger named as such."""
    names = list(dict.fromkeys(e.unit_name for e in s.previous))
    current = _in_sentence(s.unit_name)
    others = [_in_sentence(n) for n in names if n != s.unit_name]
    if not others:
        return current
    if len(others) == len(names):
        return f"{', '.join(others)} (nay là {current})"
    return f"{current} và {', '.join(others)} (trước khi sắp xếp)"


def _areas_shown(s: MinutesSnapshot) -> int:
    """How many areas section I numbered (those with at least one criterion assessed)."""
    return len({c.area for c in s.criteria if c.result})


def _in_sentence(name: str) -> str:
    for prefix in _LOWER_IN_SENTENCE:
        if name.startswith(prefix):
            return prefix.lower() + name[len(prefix) :]
    return name


def _one_line(text: str) -> str:
    """A text as one clause of a list line: lines joined, the end's punctuation left to the list."""
    lines = [line.strip().rstrip(".;,") for line in text.splitlines() if line.strip()]
    return "; ".join(lines)


def previous_changes(old: MinutesSnapshot, new: MinutesSnapshot) -> list[str]:
    """For a biên bản bổ sung: the previous recommendations whose finding changed."""
    before = {(e.unit_name, e.inspection_date, e.text): e for e in old.previous}
    lines = []
    for entry in new.previous:
        was = before.get((entry.unit_name, entry.inspection_date, entry.text))
        if was is None or (was.status, was.status_note, was.checked) == (
            entry.status,
            entry.status_note,
            entry.checked,
        ):
            continue
        lines.append(
            f"Kết quả thực hiện kiến nghị kỳ trước «{_one_line(entry.text)}» điều chỉnh thành "
            f"«{found_text(new, entry)}»"
        )
    return lines
