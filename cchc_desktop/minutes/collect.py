"""Freezing an inspection as it stands into a MinutesSnapshot (the only database read of a render)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cchc_desktop.documents.wording import ISSUING_TEAM
from cchc_desktop.domain.roles import stand_ins
from cchc_desktop.minutes.photos_source import photo_entries
from cchc_desktop.minutes.previous_section import previous_entries
from cchc_desktop.minutes.snapshot import (
    CriterionResult,
    FindingEntry,
    MinutesSnapshot,
    Person,
    SignerEntry,
    Supersedes,
)
from cchc_desktop.store.detail import show_inspection

if TYPE_CHECKING:
    from cchc_desktop.store.workspace import Workspace

# Communes take their district in the title ("xã Mông Ân, huyện Bình Gia"); a one-stop shop's
# own name already says whose it is.
_NAMED_WITH_PARENT = {"xa", "phuong", "thi_tran"}


def issuing_bodies(plan: dict[str, Any]) -> tuple[str, str]:
    """(parent body, issuing body) of the team's documents (biên bản BB-ĐKT, báo cáo BC-ĐKT):
    the inspection team issues them, under the body that issued the plan (RESEARCH §1.4)."""
    return plan["issuer"], ISSUING_TEAM


def collect(
    ws: Workspace,
    inspection_id: str,
    *,
    doc_number: str,
    revision_no: int = 1,
    supersedes: Supersedes | None = None,
) -> MinutesSnapshot:
    """The inspection's current content, frozen for one revision of its minutes."""
    detail = show_inspection(ws, inspection_id)
    return snapshot_from_detail(
        detail,
        doc_number=doc_number,
        revision_no=revision_no,
        supersedes=supersedes,
        photos=tuple(photo_entries(ws, detail["id"])),
    )


def snapshot_from_detail(
    detail: dict[str, Any],
    *,
    doc_number: str,
    revision_no: int = 1,
    supersedes: Supersedes | None = None,
    photos: tuple[Any, ...] = (),
) -> MinutesSnapshot:
    """A snapshot from ``store.detail.show_inspection``'s structure (no database needed)."""
    plan = detail["plan"]
    unit = detail["unit"]
    team = detail["team"] or {"members": [], "decision": ""}
    members = tuple(
        Person(m["name"], m["title"], m["role"], m["role_label"]) for m in team["members"]
    )
    parent = ""
    ancestors = detail.get("unit_ancestors") or []
    if unit["kind"] in _NAMED_WITH_PARENT and ancestors and ancestors[0]["kind"] == "huyen":
        parent = ancestors[0]["name"]
    return MinutesSnapshot(
        inspection_id=detail["id"],
        doc_number=doc_number,
        date=detail["date"],
        unit_name=unit["name"],
        unit_kind=unit["kind"],
        unit_parent=parent,
        parent_body=issuing_bodies(plan)[0],
        issuer=issuing_bodies(plan)[1],
        plan_number=plan["number"],
        plan_date=plan["date"],
        plan_title=plan["title"],
        basis=tuple(line.strip() for line in plan["basis"].splitlines() if line.strip()),
        team_decision=team.get("decision") or "",
        template_title=detail["template"]["title"],
        start_time=detail["start_time"],
        end_time=detail["end_time"],
        place=detail["place"],
        team=members,
        criteria=tuple(
            CriterionResult(
                c["code"],
                c["area"],
                c["area_title"],
                c["text"],
                c["result"],
                c["result_label"],
                c["note"],
            )
            for c in detail["checklist"]
        ),
        findings=tuple(
            FindingEntry(f["kind"], f["text"], f["criterion_code"], f["responsible"], f["deadline"])
            for f in detail["findings"]
        ),
        conclusion=detail["conclusion"],
        unit_opinion=detail["unit_opinion"],
        signers=_signers(detail["signers"], stand_ins(team["members"])),
        photos=photos,
        revision_no=revision_no,
        supersedes=supersedes,
        previous=previous_entries(detail),
    )


def _signers(
    rows: list[dict[str, Any]], standing_in: dict[str, dict[str, Any]]
) -> tuple[SignerEntry, ...]:
    """The named signers, and the team members standing in for roles nobody was named for."""
    found = {
        r["role"]: SignerEntry(r["role"], r["name"], r["title"], r["image_sha256"]) for r in rows
    }
    for role, member in standing_in.items():
        found.setdefault(role, SignerEntry(role, member["name"], member["title"]))
    order = ("dai_dien_don_vi", "truong_doan", "thu_ky")
    return tuple(found[role] for role in order if role in found)
