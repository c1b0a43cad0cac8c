"""Progress of a package's journey in a person's words: "Đang gộp: Xã A — ảnh 12/30".

What a package holds is named by the units of its inspections (from its own records, so a
name is escaped like every received text), and each item by its kind and its place among
those of its kind, never by a member's file name ("media/derived/5fa1….thumb.jpg").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from cchc_desktop.domain.text import fold, printable
from cchc_desktop.errors import pick
from cchc_desktop.exchange import format as fmt

# Kinds of item and their names, singular as counted ("ảnh 12/30").
KINDS: dict[str, tuple[str, str]] = {
    "records": ("bản ghi", "records"),
    "data": ("phần dữ liệu", "data part"),  # a package's lists of records, checked whole
    "photo": ("ảnh", "photo"),
    "document": ("tài liệu", "document"),
    "thumbnail": ("ảnh thu nhỏ, bản in", "thumbnails, print copies"),
}
# A package's (or an export's) rows of one table, read as they are needed.
RowsOf = Callable[[str], Iterable[dict[str, Any]]]
_SHOWN_UNITS = 2
_NAME_LENGTH = 40


def phase(name: str) -> str:
    """'verify', 'merge' or 'export' as the person reads it."""
    vi, en = {
        "verify": ("Đang kiểm tra gói", "Checking the package"),
        "merge": ("Đang gộp", "Merging"),
        "export": ("Đang xuất gói", "Exporting"),
    }[name]
    return pick(vi, en)


def subject(rows_of: RowsOf) -> str:
    """The units a package's inspections are about: "Xã A", "Xã A, Xã B và 3 đơn vị khác"."""
    units = {str(u.get("id")): u.get("name") for u in rows_of("units")}
    names: list[str] = []
    for inspection in rows_of("inspections"):
        name = units.get(str(inspection.get("unit_id")))
        if isinstance(name, str) and name.strip():
            shown = printable(name.strip())
            shown = shown if len(shown) <= _NAME_LENGTH else shown[: _NAME_LENGTH - 1] + "…"
            if shown not in names:
                names.append(shown)
    if not names:
        return ""
    names.sort(key=fold)  # alphabetical, whatever order the rows came in
    text = ", ".join(names[:_SHOWN_UNITS])
    more = len(names) - _SHOWN_UNITS
    if more > 0:
        text += pick(f" và {more} đơn vị khác", f" and {more} other units")
    return text


def photo_hashes(rows_of: RowsOf) -> set[str]:
    """The blobs that are photos (the others are documents: PDFs, signature images)."""
    return {str(p["sha256"]) for p in rows_of("photos") if p.get("sha256")}


class Counter:
    """Counts the items of each kind as they pass, and says where the job is."""

    def __init__(self, phase_name: str, about: str, photos: set[str] | None = None) -> None:
        self.head = phase(phase_name) + (f": {about}" if about else "")
        self.photos = photos or set()
        self.totals: dict[str, int] = {}
        self.done: dict[str, int] = {}

    def add(self, kind: str, n: int = 1) -> None:
        """``n`` more items of ``kind`` to go through."""
        self.totals[kind] = self.totals.get(kind, 0) + n

    def blob_kind(self, sha: str) -> str:
        return "photo" if sha in self.photos else "document"

    def member_kind(self, name: str) -> str:
        """The kind of a package member, by its name (see exchange.format)."""
        blob = fmt.BLOB_MEMBER.match(name)
        if blob:
            return self.blob_kind(blob.group(1))
        return "thumbnail" if fmt.DERIVED_MEMBER.match(name) else "data"

    def text(self, kind: str, n: int = 1) -> str:
        """The text after ``n`` more items of ``kind``: "Đang gộp: Xã A — ảnh 12/30"."""
        self.done[kind] = min(self.done.get(kind, 0) + n, self.totals.get(kind, 0))
        return self.at(kind, self.done[kind])

    def at(self, kind: str, done: int, total: int | None = None) -> str:
        vi, en = KINDS[kind]
        total = self.totals.get(kind, 0) if total is None else total
        return f"{self.head} — {pick(vi, en)} {done}/{total}"


def for_members(phase_name: str, rows_of: RowsOf, members: Iterable[str], other: str) -> Counter:
    """A counter of these package members, about the package's units (``other`` when the
    records name none: the laptop's package)."""
    counter = Counter(phase_name, subject(rows_of) or other, photo_hashes(rows_of))
    for name in members:
        counter.add(counter.member_kind(name))
    return counter


def package_of(device_name: str) -> str:
    return pick(f"gói của «{device_name}»", f"the package of '{device_name}'")
