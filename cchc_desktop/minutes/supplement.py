"""Biên bản bổ sung: changing a signed inspection makes a new revision that refers to the signed one.

``reopen`` is the one door through which a signed (locked) inspection becomes editable again:
the signed minutes stay as they are, and the next ``make`` produces revision n+1 with its own
number, pointing at the signed revision and listing what changed (``changes``).
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from cchc_desktop.domain.findings import FindingKind
from cchc_desktop.domain.results import Result
from cchc_desktop.domain.roles import SignerRole
from cchc_desktop.errors import UserError
from cchc_desktop.minutes import register
from cchc_desktop.minutes.previous_section import previous_changes
from cchc_desktop.minutes.snapshot import MinutesSnapshot
from cchc_desktop.store import records
from cchc_desktop.store.inspections import STATUS_OPEN, STATUS_SIGNED
from cchc_desktop.store.lookup import resolve

if TYPE_CHECKING:
    from cchc_desktop.store.workspace import Workspace


def reopen(ws: Workspace, inspection_ref: str) -> dict[str, object]:
    """Unlock a signed inspection for a biên bản bổ sung; return the signed minutes it will supplement."""
    inspection_id = resolve(ws, "inspections", inspection_ref)
    row = records.get(ws, "inspections", inspection_id)
    assert row is not None
    signed = [m for m in register.of_inspection(ws, inspection_id) if m["signed"]]
    if row["status"] != STATUS_SIGNED or not signed:
        raise UserError(
            "Cuộc kiểm tra này chưa có biên bản đã ký; cứ sửa trực tiếp rồi lập biên bản.",
            "This inspection has no signed minutes yet; edit it directly and make the minutes.",
        )
    records.update(ws, "inspections", inspection_id, {"status": STATUS_OPEN})
    return signed[-1]


def _result(code: str | None) -> str:
    return Result(code).label_vi if code else "chưa đánh giá"


def changes(old: MinutesSnapshot, new: MinutesSnapshot) -> tuple[str, ...]:
    """What differs between the signed snapshot and the new one, one Vietnamese line each."""
    return (
        *_criteria_changes(old, new),
        *_findings_changes(old, new),
        *previous_changes(old, new),
        *_text_changes(old, new),
        *_signer_changes(old, new),
        *_photo_changes(old, new),
    )


def _criteria_changes(old: MinutesSnapshot, new: MinutesSnapshot) -> list[str]:
    lines: list[str] = []
    before = {c.code: c for c in old.criteria}
    for c in new.criteria:
        was = before.get(c.code)
        if was is None:
            continue
        if was.result != c.result:
            lines.append(
                f"Tiêu chí {c.code}: kết quả «{_result(was.result)}» điều chỉnh thành "
                f"«{_result(c.result)}»"
            )
        if was.note != c.note and c.note:
            lines.append(f"Tiêu chí {c.code}: ghi chú điều chỉnh thành «{c.note}»")
    return lines


def _findings_changes(old: MinutesSnapshot, new: MinutesSnapshot) -> list[str]:
    old_findings = Counter((f.kind, f.text, f.responsible, f.deadline) for f in old.findings)
    new_findings = Counter((f.kind, f.text, f.responsible, f.deadline) for f in new.findings)
    lines: list[str] = []
    for kind, text, _responsible, _deadline in (new_findings - old_findings).elements():
        lines.append(f"Bổ sung {FindingKind(kind).label_vi.lower()}: «{text}»")
    for kind, text, _responsible, _deadline in (old_findings - new_findings).elements():
        lines.append(f"Bỏ {FindingKind(kind).label_vi.lower()}: «{text}»")
    return lines


def _text_changes(old: MinutesSnapshot, new: MinutesSnapshot) -> list[str]:
    """The conclusion, the unit's opinion, the times and the place."""
    lines: list[str] = []
    if old.conclusion != new.conclusion:
        lines.append("Điều chỉnh kết luận của Đoàn kiểm tra")
    if old.unit_opinion != new.unit_opinion:
        lines.append("Điều chỉnh ý kiến của đơn vị được kiểm tra")
    for name, label in (
        ("start_time", "giờ bắt đầu"),
        ("end_time", "giờ kết thúc"),
        ("place", "địa điểm"),
    ):
        if getattr(old, name) != getattr(new, name):
            lines.append(f"Điều chỉnh {label}: «{getattr(new, name)}»")
    return lines


def _signer_changes(old: MinutesSnapshot, new: MinutesSnapshot) -> list[str]:
    was_signers = {s.role: s for s in old.signers}
    return [
        f"Thay đổi người ký ({SignerRole(s.role).label_vi}): {s.name}"
        for s in new.signers
        if (prior := was_signers.get(s.role)) is not None
        and (prior.name, prior.title) != (s.name, s.title)
    ]


def _photo_changes(old: MinutesSnapshot, new: MinutesSnapshot) -> list[str]:
    added = {p.sha256 for p in new.photos} - {p.sha256 for p in old.photos}
    removed = {p.sha256 for p in old.photos} - {p.sha256 for p in new.photos}
    lines: list[str] = []
    if added:
        lines.append(f"Bổ sung {len(added):02d} ảnh minh chứng vào phụ lục")
    if removed:
        lines.append(f"Bỏ {len(removed):02d} ảnh khỏi phụ lục")
    return lines
