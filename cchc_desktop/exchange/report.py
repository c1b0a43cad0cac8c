"""What a merge did, as data: shown in the window, printed by the CLI, kept in the audit log."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal, TypedDict

from cchc_desktop.domain.dates import stored_dmy_hm
from cchc_desktop.domain.devices import device_label
from cchc_desktop.domain.text import printable
from cchc_desktop.errors import pick
from cchc_desktop.store.synced import SYNCED_TABLES

# What merging one record did: the keys of a report's counts, spelled once so that mypy
# catches a typo in whoever counts or reads them.
Outcome = Literal["added", "updated", "skipped", "conflicts", "refused"]
OUTCOMES: tuple[Outcome, ...] = ("added", "updated", "skipped", "conflicts", "refused")
OUTCOME_LABELS: dict[Outcome, tuple[str, str]] = {
    "added": ("thêm", "added"),
    "updated": ("cập nhật", "updated"),
    "skipped": ("bỏ qua", "skipped"),
    "conflicts": ("xung đột", "conflicts"),
    "refused": ("từ chối", "refused"),
}


def outcome_label(outcome: Outcome) -> str:
    vi, en = OUTCOME_LABELS[outcome]
    return pick(vi, en)


TABLE_NAMES: dict[str, tuple[str, str]] = {
    "units": ("đơn vị", "units"),
    "plans": ("kế hoạch", "plans"),
    "teams": ("đoàn kiểm tra", "teams"),
    "team_members": ("thành viên đoàn", "team members"),
    "templates": ("mẫu bảng kiểm", "templates"),
    "criteria": ("tiêu chí", "criteria"),
    "inspections": ("cuộc kiểm tra", "inspections"),
    "answers": ("câu trả lời", "answers"),
    "findings": ("nhận xét, kiến nghị", "findings"),
    "signers": ("người ký", "signers"),
    "photos": ("ảnh", "photos"),
    "doc_numbers": ("số biên bản đã cấp", "document numbers"),
    "minutes": ("biên bản", "minutes"),
}


def table_label(name: str) -> str:
    vi, en = TABLE_NAMES.get(name, (name, name))
    return pick(vi, en)


_FILE_COUNTS: dict[str, tuple[str, str]] = {
    "audit": ("dòng nhật ký", "audit entries"),
    "blobs": ("tệp ảnh/tài liệu", "media files"),
    "derived": ("ảnh thu nhỏ/bản in", "thumbnails/print copies"),
}


def counts_text(counts: dict[str, int]) -> str:
    """A package's counts for a person: records by kind in merge order, then the files."""
    order = [t.name for t in SYNCED_TABLES] + list(_FILE_COUNTS)
    known = [k for k in order if counts.get(k)] + sorted(
        k for k in counts if k not in order and counts[k]
    )
    return "; ".join(  # some kinds have a comma in their name
        f"{pick(*_FILE_COUNTS[k]) if k in _FILE_COUNTS else table_label(k)} {counts[k]}"
        for k in known
    )


class ConflictNote(TypedDict):
    """A conflict a merge opened: the conflict's id and the record it holds versions of."""

    id: str
    table: str
    record_id: str


class RefusedNote(TypedDict):
    """A record a merge refused, and why (for a person)."""

    table: str
    record_id: str
    reason: str


@dataclass
class MergeReport:
    package: str
    package_id: str
    device_id: str
    device_name: str
    fingerprint: str
    created_at: str
    dry_run: bool = False
    tables: dict[str, dict[Outcome, int]] = field(default_factory=dict)
    conflicts: list[ConflictNote] = field(default_factory=list)
    refused: list[RefusedNote] = field(default_factory=list)
    # Things a person should know that refused nothing (a photo whose print copy could not
    # be made here from its original).
    warnings: list[str] = field(default_factory=list)
    blobs_added: int = 0
    derived_added: int = 0
    audit_added: int = 0
    changed: bool = False
    merge_id: str | None = None
    # When this very package (same manifest) was merged here before: nothing was read again.
    merged_before: str | None = None

    def count(self, table: str, outcome: Outcome, n: int = 1) -> None:
        row = self.tables.setdefault(table, dict.fromkeys(OUTCOMES, 0))
        row[outcome] += n

    def totals(self) -> dict[Outcome, int]:
        return {o: sum(row[o] for row in self.tables.values()) for o in OUTCOMES}

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["id"] = self.merge_id or self.package_id
        data["totals"] = self.totals()
        return data

    def lines(self, conflicts_hint: str | None = None) -> list[str]:
        """The report for a person, one line per table that had something; each conflict
        ends with ``conflicts_hint``, where to settle it (by default the `cchc` command)."""
        hint = conflicts_hint or pick("xem: cchc conflicts list", "see: cchc conflicts list")
        t = self.totals()
        # The file's and the device's names are the sender's: one line each, escapes shown.
        package = printable(self.package)
        device = device_label(self.device_name, self.device_id)
        if self.merged_before is not None:
            when = stored_dmy_hm(self.merged_before)
            return [
                pick(
                    f"Gói {package} (máy {device}) đã được gộp lúc {when}. "
                    "Không có gì mới: dữ liệu không thay đổi.",
                    f"Package {package} (laptop {device}) was merged on {when}. Nothing new: "
                    "no data changed.",
                )
            ]
        head = pick(
            f"Gói {package} (máy {device}): "
            f"thêm {t['added']}, cập nhật {t['updated']}, bỏ qua {t['skipped']}, "
            f"xung đột {t['conflicts']}, từ chối {t['refused']}; ảnh/tài liệu mới {self.blobs_added}.",
            f"Package {package} (laptop {device}): "
            f"added {t['added']}, updated {t['updated']}, skipped {t['skipped']}, "
            f"conflicts {t['conflicts']}, refused {t['refused']}; new media files {self.blobs_added}.",
        )
        out = [head]
        if not self.changed and not self.dry_run:
            out.append(
                pick(
                    "  Không có gì mới: dữ liệu không thay đổi.", "  Nothing new: no data changed."
                )
            )
        for name, row in self.tables.items():
            if any(row[o] for o in OUTCOMES):
                parts = ", ".join(f"{outcome_label(o)} {row[o]}" for o in OUTCOMES if row[o])
                out.append(f"  {table_label(name)}: {parts}")
        for item in self.conflicts:
            what = f"{table_label(item['table'])} {item['record_id'][:8]}"
            out.append(
                pick(
                    f"  xung đột {item['id'][:8]}: {what} — {hint}",
                    f"  conflict {item['id'][:8]}: {what} — {hint}",
                )
            )
        for refusal in self.refused:
            out.append(
                pick(
                    f"  từ chối {table_label(refusal['table'])} {refusal['record_id'][:8]}: {refusal['reason']}",
                    f"  refused {table_label(refusal['table'])} {refusal['record_id'][:8]}: {refusal['reason']}",
                )
            )
        out.extend(f"  {pick('lưu ý', 'note')}: {warning}" for warning in self.warnings)
        return out
