"""The jobs both front doors call: a draft, the issue of the biên bản (its first digital
signature, or its issue for signing on paper), a further signature, a signed file.

draft:  the inspection as it stands → snapshot (no number: "…/BB-ĐKT", DỰ THẢO) → PDF. Nothing
        is stored and no number is taken: looking at a biên bản costs the register nothing.
issue:  readiness (nothing may block) → the output is writable → in ONE transaction: the number,
        the final snapshot, the PDF, the signature (digital: the certificate's holder held
        against the printed name, revocation information embedded when it can be had) → the
        register row (a signature made on someone's behalf also as an audit note, with its
        reason), the locked inspection, the files. A refusal or a failure anywhere (a name
        that does not match, a token pulled out) leaves everything as it was: no number, no
        row, no file.
A further party's signature on an issued biên bản is ``cosign``; the paper-signed scan is
``paper.attach_signed``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cchc_desktop.atomic import check_writable, write_atomic
from cchc_desktop.documents.layout import ImageSource
from cchc_desktop.domain.dates import nd30_date, vietnam_now
from cchc_desktop.domain.text import fold
from cchc_desktop.errors import UserError, pick
from cchc_desktop.minutes import numbering, register
from cchc_desktop.minutes.collect import collect
from cchc_desktop.minutes.readiness import (
    Readiness,
    check,
    refuse_unless_ready,
)
from cchc_desktop.minutes.render import RenderResult, render
from cchc_desktop.minutes.revocation import RevocationSetup
from cchc_desktop.minutes.signing import DocumentSigner, SignedPdf, sign_pdf
from cchc_desktop.minutes.snapshot import MinutesSnapshot, Supersedes
from cchc_desktop.minutes.summary import DIGITAL, PAPER, Party, SigningSummary
from cchc_desktop.minutes.supplement import changes
from cchc_desktop.progress import Progress
from cchc_desktop.store import records
from cchc_desktop.store.connection import transaction
from cchc_desktop.store.inspections import STATUS_SIGNED
from cchc_desktop.store.lookup import resolve
from cchc_desktop.store.value_check import refuse_invalid_inspection

if TYPE_CHECKING:
    from cchc_desktop.store.workspace import Workspace


@dataclass(frozen=True)
class Draft:
    """The biên bản as it would read now: shown, never stored, no number taken."""

    inspection_id: str
    revision_no: int
    snapshot: MinutesSnapshot
    result: RenderResult


@dataclass(frozen=True)
class Issued:
    """A biên bản just issued: digitally signed by its first party, or final for paper."""

    record: dict[str, Any]
    snapshot: MinutesSnapshot
    pdf: bytes  # what was issued: the signed PDF, or the final unsigned one to print
    summary: SigningSummary
    readiness: Readiness  # its warnings, for the person who issued it
    signed: SignedPdf | None = None
    outbox: Path | None = None
    warning: str = ""  # what a person should know (on whose behalf, revocation information)


def images(ws: Workspace) -> ImageSource:
    """Signature PNGs by SHA-256 from the media store (None when the blob is missing)."""

    def read(sha: str) -> bytes | None:
        return ws.media.read(sha) if ws.media.has(sha) else None

    return read


def stored_snapshot(ws: Workspace, record: dict[str, Any]) -> MinutesSnapshot:
    return MinutesSnapshot.from_json(ws.media.read(record["snapshot_sha256"]))


def _locked_refusal(last: dict[str, Any]) -> UserError:
    how_vi = "đã phát hành để ký giấy" if last.get("paper") else "đã ký"
    how_en = "were issued for signing on paper" if last.get("paper") else "are signed"
    return UserError(
        f"Biên bản số {last['doc_number']} của cuộc kiểm tra này {how_vi} nên không lập lại "
        "được. Muốn thay đổi, hãy lập biên bản bổ sung (cchc minutes supplement ID).",
        f"Minutes {last['doc_number']} of this inspection {how_en} and cannot be made again. "
        "To change anything, make a supplement (cchc minutes supplement ID).",
    )


def _revision(
    ws: Workspace, inspection_id: str, row: dict[str, Any]
) -> tuple[int, dict[str, Any] | None]:
    """The revision to make now, and the issued revision it supplements (if any).

    An issued biên bản of a locked inspection is final: a biên bản bổ sung starts with
    ``supplement.reopen``."""
    last = register.latest(ws, inspection_id)
    if last is not None and last["signed"]:
        if row["status"] == STATUS_SIGNED:
            raise _locked_refusal(last)
        return last["revision_no"] + 1, last
    if last is not None:  # a draft row left by version 0.1
        supersedes = register.get(ws, last["supersedes_id"]) if last["supersedes_id"] else None
        return last["revision_no"], supersedes
    return 1, None


def _snapshot(
    ws: Workspace,
    inspection_id: str,
    revision: int,
    supersedes: dict[str, Any] | None,
    number: str,
    *,
    draft: bool = False,
    paper: bool = False,
) -> MinutesSnapshot:
    snapshot = collect(ws, inspection_id, doc_number=number, revision_no=revision)
    if supersedes is not None:
        signed = stored_snapshot(ws, supersedes)
        snapshot = snapshot.replace(
            supersedes=Supersedes(
                supersedes["id"], supersedes["doc_number"], signed.date, changes(signed, snapshot)
            )
        )
    return snapshot.replace(draft=draft, paper=paper)


def draft_minutes(ws: Workspace, inspection_ref: str, progress: Progress | None = None) -> Draft:
    """The draft of the revision being prepared ("Số: …/BB-ĐKT", DỰ THẢO): nothing is stored.

    An inspection whose biên bản is issued is refused, as it cannot change; a biên bản bổ
    sung starts with ``supplement.reopen``."""
    inspection_id = resolve(ws, "inspections", inspection_ref)
    row = records.get(ws, "inspections", inspection_id)
    assert row is not None
    refuse_invalid_inspection(ws, inspection_id)  # a document never prints an unreadable value
    revision, supersedes = _revision(ws, inspection_id, row)
    number = numbering.draft_number(ws, int(row["date"][:4]))
    snapshot = _snapshot(ws, inspection_id, revision, supersedes, number, draft=True)
    return Draft(inspection_id, revision, snapshot, render(snapshot, images(ws), progress=progress))


def parties(snapshot: MinutesSnapshot) -> tuple[Party, ...]:
    """Everyone the biên bản names as signing, in its order."""
    return tuple(Party(s.role, s.name, s.title) for s in snapshot.signers if s.name)


def readiness_for(
    ws: Workspace, inspection_id: str, *, paper: bool = False, today: dt.date | None = None
) -> Readiness:
    """The readiness of issuing now (on paper, a handwritten-signature image is not looked for)."""
    found = check(ws, inspection_id, today=today)
    return found.without("signer.handwriting") if paper else found


def prepare_issue(
    ws: Workspace,
    inspection_ref: str,
    *,
    paper: bool = False,
    role: str = "truong_doan",
    holder: str = "",
    today: dt.date | None = None,
) -> SigningSummary:
    """What issuing now would do, for a person to confirm (nothing is taken or stored).

    Refused, naming every item, while anything blocks."""
    inspection_id = resolve(ws, "inspections", inspection_ref)
    row = records.get(ws, "inspections", inspection_id)
    assert row is not None
    refuse_invalid_inspection(ws, inspection_id)  # a document never prints an unreadable value
    revision, supersedes = _revision(ws, inspection_id, row)
    refuse_unless_ready(readiness_for(ws, inspection_id, paper=paper, today=today), *_ACTION[paper])
    number = numbering.peek(ws, row, revision)
    snapshot = _snapshot(ws, inspection_id, revision, supersedes, number, paper=paper)
    pages = render(snapshot, images(ws)).page_count
    return summary_of(snapshot, pages, paper=paper, role=role, holder=holder)


_ACTION = {
    False: ("ký", "sign"),
    True: ("phát hành", "issue the minutes"),
}


def summary_of(
    snapshot: MinutesSnapshot, pages: int, *, paper: bool, role: str, holder: str
) -> SigningSummary:
    """The confirmation of issuing ``snapshot``: digitally for ``role`` (``holder``'s
    certificate), or on paper by everyone it names."""
    everyone = parties(snapshot)
    signing = everyone if paper else tuple(p for p in everyone if p.role == role)
    if not signing:
        signing = (Party(role, holder),)
    return SigningSummary(
        PAPER if paper else DIGITAL,
        snapshot.doc_number,
        snapshot.revision_no,
        pages,
        signing,
        holder=holder,
    )


def issue_minutes(
    ws: Workspace,
    inspection_ref: str,
    *,
    signer: DocumentSigner | None = None,
    role: str = "truong_doan",
    paper: bool = False,
    output: Path | None = None,
    tsa_url: str | None = None,
    progress: Progress | None = None,
    today: dt.date | None = None,
    on_behalf: str | None = None,
) -> Issued:
    """Issue the biên bản: ``signer`` signs it digitally for ``role``, or (``paper``) it is
    final for printing and signing in ink. Either takes the number and locks the inspection;
    ``output`` gets the PDF. All of it, or (refused, failed) none of it.

    The certificate's holder must be the person the biên bản names for the role, or
    ``on_behalf`` must say why someone else signs for them."""
    from cchc_desktop.minutes.certificates import describe

    if (signer is None) != paper:
        raise ValueError("issue either with a signer or for paper")
    inspection_id = resolve(ws, "inspections", inspection_ref)
    row = records.get(ws, "inspections", inspection_id)
    assert row is not None
    refuse_invalid_inspection(ws, inspection_id)  # a document never prints an unreadable value
    revision, supersedes = _revision(ws, inspection_id, row)
    readiness = readiness_for(ws, inspection_id, paper=paper, today=today)
    refuse_unless_ready(readiness, *_ACTION[paper])
    holder = describe(signer.certificate).subject if signer is not None else ""
    if output is not None:
        check_writable(output)
    with transaction(ws.db):
        number = numbering.number_for(ws, row, revision)
        if number is None:
            number = numbering.allocate(
                ws, row["plan_id"], inspection_id=inspection_id, revision_no=revision,
                year=int(row["date"][:4]),
            )  # fmt: skip
        if revision == 1 and row["doc_number"] != number:
            records.update(ws, "inspections", inspection_id, {"doc_number": number})
        snapshot = _snapshot(ws, inspection_id, revision, supersedes, number, paper=paper)
        result = render(snapshot, images(ws), progress=progress)
        ws.media.put_bytes(result.pdf)  # the unsigned stage is kept too, as every stage is
        signed = None
        if signer is not None:
            named = snapshot.signer(role)
            settings = ws.settings()
            signed = sign_pdf(
                result.pdf, signer, role=role, location=settings.place_name,
                tsa_url=tsa_url or settings.tsa_url or None, progress=progress,
                printed_name=named.name if named is not None else "", on_behalf=on_behalf,
                revocation_setup=revocation_setup(ws),
            )  # fmt: skip
        pdf = signed.pdf if signed is not None else result.pdf
        record_id = register.save_issued(
            ws,
            inspection_id=inspection_id,
            revision_no=revision,
            supersedes_id=supersedes["id"] if supersedes else None,
            doc_number=number,
            pdf_sha256=ws.media.put_bytes(pdf),
            snapshot_sha256=ws.media.put_bytes(snapshot.to_json()),
            page_count=result.page_count,
            signed_at=signed.signed_at if signed else vietnam_now().isoformat(timespec="seconds"),
            signers=[signature_entry(signed)] if signed else [],
            paper=paper,
        )
        if signed is not None:
            note_on_behalf(ws, record_id, signed)
        outbox = outbox_path(ws, snapshot) if signed is not None else None
        for path in (output, outbox):
            if path is not None:
                write_atomic(path, pdf)
    warning = signing_note(signed) if signed else ""
    return Issued(
        register.get(ws, record_id),
        snapshot,
        pdf,
        summary_of(snapshot, result.page_count, paper=paper, role=role, holder=holder),
        readiness,
        signed,
        outbox,
        warning,
    )


def signature_entry(signed: SignedPdf) -> dict[str, Any]:
    """What the register keeps about a signature (the JSON summary in ``signers``)."""
    c = signed.certificate
    entry: dict[str, Any] = {
        "role": signed.role,
        "field": signed.field,
        "name": c.subject,
        "issuer": c.issuer,
        "serial": c.serial,
        "fingerprint": c.fingerprint,
        "signed_at": signed.signed_at,
        "printed_name": signed.printed_name,
        "names_match": signed.names_match,
        "revocation": signed.revocation,
        "timestamped": signed.timestamped,
    }
    if signed.holder is not None and signed.holder.identifiers:
        entry["identifiers"] = dict(signed.holder.identifiers)
    if signed.on_behalf:
        entry["on_behalf"] = signed.on_behalf
    return entry


def note_on_behalf(ws: Workspace, minutes_id: str, signed: SignedPdf) -> None:
    """Who signed for whom, and why, as its own line in the audit log (inside the caller's
    transaction: the note and the signature are kept together or not at all)."""
    if signed.on_behalf:
        records.note(ws, "minutes", minutes_id, {"signed_on_behalf": signature_entry(signed)})


def signing_note(signed: SignedPdf) -> str:
    """What the signer should read after signing: on whose behalf, revocation information."""
    from cchc_desktop.minutes.revocation import revocation_note

    notes = []
    if signed.on_behalf:
        notes.append(
            pick(
                f"Đã ký thay «{signed.printed_name}»; lý do đã ghi vào chữ ký và nhật ký: "
                f"{signed.on_behalf}",
                f"Signed on behalf of '{signed.printed_name}'; the reason is in the signature "
                f"and the audit log: {signed.on_behalf}",
            )
        )
    notes.append(revocation_note(signed.revocation))
    return "\n".join(n for n in notes if n)


def revocation_setup(ws: Workspace | None) -> RevocationSetup:
    """The trusted roots and stored CRLs to embed revocation information with; the CA's own
    servers are asked too, and an offline laptop simply gets no answer."""
    from cchc_desktop.minutes.revocation import load_crls
    from cchc_desktop.minutes.trust import load_roots

    folder = ws.folder if ws is not None else None
    return RevocationSetup(tuple(load_roots(folder)), tuple(load_crls(folder)), fetch=True)


def outbox_path(ws: Workspace, snapshot: MinutesSnapshot, suffix: str = "") -> Path:
    """outbox/bien-ban-05-bb-dkt-xa-hoang-van-thu-2024-07-01.pdf (``suffix``: "-ban-giay")."""
    slug = re.sub(r"[^a-z0-9]+", "-", fold(f"{snapshot.doc_number} {snapshot.unit_name}"))
    return ws.folder.outbox_dir / f"bien-ban-{slug.strip('-')}-{snapshot.date}{suffix}.pdf"


def describe_made(snapshot: MinutesSnapshot, pages: int) -> str:
    """One line for a person: which biên bản, how many pages."""
    kind = "Biên bản bổ sung" if snapshot.revision_no > 1 else "Biên bản"
    if snapshot.draft:
        return pick(
            f"Dự thảo {kind.lower()} {nd30_date(snapshot.date)} (chưa có số): {pages} trang",
            f"Draft minutes ({snapshot.date}, no number yet): {pages} pages",
        )
    return pick(
        f"{kind} số {snapshot.doc_number} {nd30_date(snapshot.date)}: {pages} trang",
        f"Minutes {snapshot.doc_number} ({snapshot.date}): {pages} pages",
    )
