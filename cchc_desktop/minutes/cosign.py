"""A further party signs an issued biên bản digitally: an incremental PAdES signature.

Only a biên bản issued digitally takes more signatures (one issued for paper is signed in ink,
a draft never), and only while its record is complete (``readiness`` over the snapshot it was
issued from). The certificate's holder must be the person the biên bản names for the role, or
the signer states why they sign on that person's behalf (kept in the signature, the register
and the audit log). The register, the outbox and the named file move together or not at all.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cchc_desktop.atomic import check_writable, write_atomic
from cchc_desktop.errors import UserError, read_named_file
from cchc_desktop.minutes import register
from cchc_desktop.minutes.issue import (
    note_on_behalf,
    outbox_path,
    revocation_setup,
    signature_entry,
    signing_note,
    stored_snapshot,
    summary_of,
)
from cchc_desktop.minutes.readiness import check_facts, facts_of_snapshot, refuse_unless_ready
from cchc_desktop.minutes.render import is_draft_pdf
from cchc_desktop.minutes.signing import DocumentSigner, SignedPdf, sign_pdf
from cchc_desktop.minutes.snapshot import MinutesSnapshot
from cchc_desktop.minutes.summary import SigningSummary
from cchc_desktop.progress import Progress
from cchc_desktop.store.connection import transaction

if TYPE_CHECKING:
    from cchc_desktop.store.workspace import Workspace


@dataclass(frozen=True)
class Signed:
    """A signature added to an issued biên bản."""

    record: dict[str, Any]
    signed: SignedPdf
    outbox: Path
    warning: str = ""  # what a person should know (on whose behalf, revocation information)
    summary: SigningSummary | None = None


def ready_to_add_signature(
    ws: Workspace, record: dict[str, Any], today: dt.date | None = None
) -> MinutesSnapshot:
    """The stored snapshot of an issued biên bản a further party may sign digitally; refused
    for one issued for paper, one never issued, or one whose record is not complete."""
    if record["paper"]:
        raise UserError(
            f"Biên bản số {record['doc_number']} đã phát hành để ký giấy: hai bên ký trên bản "
            "in, rồi nhận bản đã ký (cchc minutes attach-signed). Bản này không ký số tiếp.",
            f"Minutes {record['doc_number']} were issued for signing on paper: sign the "
            "printed copy, then record the scan (cchc minutes attach-signed). It takes no "
            "digital signature.",
        )
    if not record["signed"]:
        raise UserError(
            "Đây là bản nháp chưa phát hành. Hãy phát hành biên bản (ký số lần đầu: cchc "
            "minutes make ID -o FILE.pdf --p12 …) rồi mới ký tiếp.",
            "This is a draft that was never issued. Issue the minutes first (the first digital "
            "signature: cchc minutes make ID -o FILE.pdf --p12 …).",
        )
    snapshot = stored_snapshot(ws, record)
    refuse_unless_ready(check_facts(facts_of_snapshot(snapshot, today=today)), "ký", "sign")
    return snapshot


def further_summary(snapshot: MinutesSnapshot, record: dict[str, Any], role: str,
                    holder: str) -> SigningSummary:  # fmt: skip
    """The confirmation of a further signature on an issued biên bản (nothing new locks)."""
    summary = summary_of(snapshot, record["page_count"], paper=False, role=role, holder=holder)
    return SigningSummary(
        summary.how, record["doc_number"], record["revision_no"], record["page_count"],
        summary.parties, holder=holder, issues=False,
    )  # fmt: skip


def sign_minutes(
    ws: Workspace,
    minutes_id: str,
    signer: DocumentSigner,
    *,
    role: str = "truong_doan",
    tsa_url: str | None = None,
    progress: Progress | None = None,
    today: dt.date | None = None,
    on_behalf: str | None = None,
) -> Signed:
    """Add ``role``'s digital signature to an issued biên bản; the PDF goes to the outbox.

    The certificate's holder must be the person the biên bản names for the role, or
    ``on_behalf`` must say why someone else signs for them."""
    from cchc_desktop.minutes.certificates import describe

    record = register.get(ws, minutes_id)
    snapshot = ready_to_add_signature(ws, record, today)
    old = ws.media.read(record["pdf_sha256"])
    named = snapshot.signer(role)
    settings = ws.settings()
    signed = sign_pdf(
        old, signer, role=role, location=settings.place_name,
        tsa_url=tsa_url or settings.tsa_url or None, progress=progress,
        printed_name=named.name if named is not None else "", on_behalf=on_behalf,
        revocation_setup=revocation_setup(ws),
    )  # fmt: skip
    done = _record(ws, record, old, signed)
    holder = describe(signer.certificate).subject
    return Signed(done.record, signed, done.outbox, done.warning,
                  further_summary(snapshot, record, role, holder))  # fmt: skip


def sign_file(
    ws: Workspace | None,
    source: Path,
    signer: DocumentSigner,
    *,
    role: str,
    target: Path | None = None,
    tsa_url: str | None = None,
    on_behalf: str | None = None,
) -> tuple[SignedPdf, Path, Signed | None]:
    """Sign a PDF file (in place, atomically, unless ``target``); keep the register in step
    (and the outbox) when the file is an issued biên bản this data folder knows. A draft of
    ours is refused: a draft is never signed."""
    old = read_named_file(source)
    if is_draft_pdf(old):
        raise UserError(
            f"«{source}» là dự thảo biên bản (không có số, ghi DỰ THẢO): dự thảo không ký được. "
            "Hãy phát hành biên bản: cchc minutes make ID -o FILE.pdf --p12 … (ký số) hoặc "
            "--final (ký giấy).",
            f"'{source}' is a draft (no number, marked DỰ THẢO): a draft cannot be signed. "
            "Issue the minutes: cchc minutes make ID -o FILE.pdf --p12 … (digital) or --final "
            "(on paper).",
        )
    record = register.by_pdf(ws, hashlib.sha256(old).hexdigest()) if ws is not None else None
    snapshot = ready_to_add_signature(ws, record) if ws is not None and record else None
    out = target or source
    check_writable(out)
    settings = ws.settings() if ws is not None else None
    named = snapshot.signer(role) if snapshot is not None else None
    signed = sign_pdf(
        old, signer, role=role, location=settings.place_name if settings else "",
        tsa_url=tsa_url or (settings.tsa_url if settings else "") or None,
        printed_name=named.name if named is not None else "", on_behalf=on_behalf,
        revocation_setup=revocation_setup(ws),
    )  # fmt: skip
    if ws is None or record is None or snapshot is None:
        write_atomic(out, signed.pdf)
        return signed, out, None
    from cchc_desktop.minutes.certificates import describe

    done = _record(ws, record, old, signed, out)
    summary = further_summary(snapshot, record, role, describe(signer.certificate).subject)
    return signed, out, Signed(done.record, signed, done.outbox, done.warning, summary)


def _record(
    ws: Workspace, record: dict[str, Any], old: bytes, signed: SignedPdf, *also: Path
) -> Signed:
    """The signature in the register, the signed PDF in the outbox (and in ``also``): all of
    it or, if a file cannot be written (a full disk), none of it."""
    snapshot = stored_snapshot(ws, record)
    outbox = outbox_path(ws, snapshot)
    with transaction(ws.db):
        updated = register.record_signature(
            ws, record["id"], old_pdf=old, new_pdf=signed.pdf, entry=signature_entry(signed)
        )
        note_on_behalf(ws, record["id"], signed)
        for path in (*also, outbox):
            write_atomic(path, signed.pdf)
    return Signed(updated, signed, outbox, signing_note(signed))
