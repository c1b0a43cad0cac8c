"""The frozen snapshot a biên bản is built from: plain values, no database, no I/O.

Everything the document shows is copied here first, so the same snapshot always gives the same
PDF, tests can build one without a database, and the exact content that was signed is kept (as
canonical JSON, a blob in the media store) even if the inspection changes later.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from cchc_desktop.documents.blocks import PhotoEntry

# Bump when a field changes meaning; from_json reads every earlier format it knows.
SNAPSHOT_FORMAT = 1


@dataclass(frozen=True)
class Person:
    """A member of the inspection team as the thành phần section lists them."""

    name: str
    title: str = ""
    role: str = "thanh_vien"
    role_label: str = "Thành viên"


@dataclass(frozen=True)
class CriterionResult:
    """One checklist line with its answer (result None when not answered)."""

    code: str
    area: str
    area_title: str
    text: str
    result: str | None = None
    result_label: str = ""
    note: str = ""


@dataclass(frozen=True)
class FindingEntry:
    """An ưu điểm, tồn tại or kiến nghị (with responsible party and deadline)."""

    kind: str
    text: str
    criterion_code: str | None = None
    responsible: str = ""
    deadline: str | None = None


@dataclass(frozen=True)
class PreviousEntry:
    """A kiến nghị of an earlier inspection of the unit (or of a unit it was formed from) and
    what this inspection found of it (``minutes.previous_section``)."""

    text: str
    unit_name: str
    inspection_date: str
    doc_number: str = ""
    responsible: str = ""
    deadline: str | None = None
    status: str = "chua_thuc_hien"
    status_note: str = ""
    checked: bool = False  # looked at during this inspection


@dataclass(frozen=True)
class SignerEntry:
    """Who signs for a role; the handwritten signature is a PNG blob in the media store."""

    role: str
    name: str
    title: str = ""
    image_sha256: str | None = None


@dataclass(frozen=True)
class Supersedes:
    """The signed biên bản a biên bản bổ sung supplements, and what changed since."""

    minutes_id: str
    doc_number: str
    date: str
    changes: tuple[str, ...] = ()


@dataclass(frozen=True)
class MinutesSnapshot:
    """Everything one biên bản shows, frozen."""

    inspection_id: str
    doc_number: str
    date: str
    unit_name: str
    unit_kind: str = "xa"
    unit_parent: str = ""
    parent_body: str = ""
    issuer: str = ""
    plan_number: str = ""
    plan_date: str = ""
    plan_title: str = ""
    basis: tuple[str, ...] = ()
    team_decision: str = ""
    template_title: str = ""
    start_time: str = ""
    end_time: str = ""
    place: str = ""
    team: tuple[Person, ...] = ()
    criteria: tuple[CriterionResult, ...] = ()
    findings: tuple[FindingEntry, ...] = ()
    conclusion: str = ""
    unit_opinion: str = ""
    signers: tuple[SignerEntry, ...] = ()
    photos: tuple[PhotoEntry, ...] = ()
    revision_no: int = 1
    supersedes: Supersedes | None = None
    previous: tuple[PreviousEntry, ...] = ()
    copies: int = 2
    # A draft is what the window previews and `minutes make` without --final/--p12 writes: no
    # number yet ("Số: …/BB-ĐKT"), "DỰ THẢO" on every page, blanks ("…") where nothing was
    # recorded, no signature of any kind. Never stored.
    draft: bool = False
    # Issued for signing on paper: printed without handwritten images or signature fields.
    paper: bool = False
    format: int = field(default=SNAPSHOT_FORMAT)

    def signer(self, role: str) -> SignerEntry | None:
        return next((s for s in self.signers if s.role == role), None)

    def findings_of(self, kind: str) -> list[FindingEntry]:
        return [f for f in self.findings if f.kind == kind]

    def to_json(self) -> bytes:
        """Canonical JSON (sorted keys, UTF-8): equal snapshots give equal bytes."""
        return json.dumps(
            dataclasses.asdict(self), ensure_ascii=False, sort_keys=True, separators=(",", ":")
        ).encode("utf-8")

    def sha256(self) -> str:
        return hashlib.sha256(self.to_json()).hexdigest()

    @classmethod
    def from_json(cls, data: bytes | str) -> MinutesSnapshot:
        """The snapshot stored by ``to_json`` (unknown keys of a newer format are ignored)."""
        raw: dict[str, Any] = json.loads(data)
        snapshot: MinutesSnapshot = _build(cls, raw)
        return snapshot

    def replace(self, **changes: Any) -> MinutesSnapshot:
        return dataclasses.replace(self, **changes)


_NESTED: dict[str, type] = {
    "team": Person,
    "criteria": CriterionResult,
    "findings": FindingEntry,
    "signers": SignerEntry,
    "photos": PhotoEntry,
    "previous": PreviousEntry,
}


def _build(kind: type[Any], raw: dict[str, Any]) -> Any:
    names = {f.name for f in dataclasses.fields(kind)}
    values: dict[str, Any] = {}
    for name, value in raw.items():
        if name not in names:
            continue
        if kind is MinutesSnapshot and name in _NESTED:
            values[name] = tuple(_build(_NESTED[name], item) for item in value)
        elif kind is MinutesSnapshot and name == "supersedes" and value is not None:
            values[name] = _build(Supersedes, value)
        elif isinstance(value, list):
            values[name] = tuple(value)
        else:
            values[name] = value
    return kind(**values)
