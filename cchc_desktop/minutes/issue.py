"""The jobs both front doors call: make an inspection's minutes, sign them, sign a file.

make:  resolve the revision → number (allocated once) → snapshot → PDF → blobs + register row.
sign:  check the certificate → incremental PAdES signature → register row → copy to outbox/.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cchc_desktop.domain.dates import nd30_date
from cchc_desktop.domain.roles import SignerRole
from cchc_desktop.domain.text import fold
from cchc_desktop.errors import UserError, pick, read_named_file
from cchc_desktop.minutes import numbering, register
from cchc_desktop.minutes.collect import collect
from cchc_desktop.minutes.layout import ImageSource
from cchc_desktop.minutes.render import RenderResult, render
from cchc_desktop.minutes.signing import DocumentSigner, SignedPdf, sign_pdf
from cchc_desktop.minutes.snapshot import MinutesSnapshot, Supersedes
from cchc_desktop.minutes.supplement import changes
from cchc_desktop.progress import Progress
from cchc_desktop.store import records
from cchc_desktop.store.atomic import write_atomic
from cchc_desktop.store.connection import transaction
from cchc_desktop.store.inspections import STATUS_SIGNED
from cchc_desktop.store.lookup import resolve
from cchc_desktop.store.value_check import refuse_invalid_inspection

if TYPE_CHECKING:
    from cchc_desktop.store.workspace import Workspace


@dataclass(frozen=True)
class Made:
    """A freshly made (unsigned) revision of an inspection's minutes."""

    minutes_id: str
    inspection_id: str
    revision_no: int
    doc_number: str
    pdf_sha256: str
    snapshot: MinutesSnapshot
    result: RenderResult


@dataclass(frozen=True)
class Signed:
    """A signature added to stored minutes."""

    record: dict[str, Any]
    signed: SignedPdf
    outbox: Path
    warning: str = ""


def images(ws: Workspace) -> ImageSource:
    """Signature PNGs by SHA-256 from the media store (None when the blob is missing)."""

    def read(sha: str) -> bytes | None:
        return ws.media.read(sha) if ws.media.has(sha) else None

    return read


def stored_snapshot(ws: Workspace, record: dict[str, Any]) -> MinutesSnapshot:
    return MinutesSnapshot.from_json(ws.media.read(record["snapshot_sha256"]))


def make_minutes(ws: Workspace, inspection_ref: str, progress: Progress | None = None) -> Made:
    """Make (or remake) the current revision of an inspection's minutes as an unsigned draft.

    A signed inspection is refused: its minutes are final; a biên bản bổ sung starts with
    ``supplement.reopen``. The number is given once per revision and kept on remakes.
    """
    inspection_id = resolve(ws, "inspections", inspection_ref)
    row = records.get(ws, "inspections", inspection_id)
    assert row is not None
    refuse_invalid_inspection(ws, inspection_id)  # a document never prints an unreadable value
    last = register.latest(ws, inspection_id)
    supersedes_record = None
    if last is not None and last["signed"]:
        if row["status"] == STATUS_SIGNED:
            raise UserError(
                f"Biên bản số {last['doc_number']} của cuộc kiểm tra này đã ký nên không lập lại "
                "được. Muốn thay đổi, hãy lập biên bản bổ sung (cchc minutes supplement ID).",
                f"Minutes {last['doc_number']} of this inspection are signed and cannot be "
                "made again. To change anything, make a supplement (cchc minutes supplement ID).",
            )
        revision = last["revision_no"] + 1
        supersedes_record = last
    elif last is not None:
        revision = last["revision_no"]
        if last["supersedes_id"]:
            supersedes_record = register.get(ws, last["supersedes_id"])
    else:
        revision = 1
    number = numbering.number_of(ws, inspection_id, revision)
    if (
        number is None
        and revision == 1
        and row["doc_number"]
        and not numbering.given_to_another(ws, row["plan_id"], row["doc_number"], inspection_id)
    ):
        number = row["doc_number"]  # given by hand (the văn thư's register), kept as it is
    if number is None:
        number = numbering.allocate(
            ws,
            row["plan_id"],
            inspection_id=inspection_id,
            revision_no=revision,
            year=int(row["date"][:4]),
        )
    snapshot = collect(ws, inspection_id, doc_number=number, revision_no=revision)
    if supersedes_record is not None:
        signed_snapshot = stored_snapshot(ws, supersedes_record)
        snapshot = snapshot.replace(
            supersedes=Supersedes(
                supersedes_record["id"],
                supersedes_record["doc_number"],
                signed_snapshot.date,
                changes(signed_snapshot, snapshot),
            )
        )
    result = render(snapshot, images(ws), progress=progress)
    pdf_sha = ws.media.put_bytes(result.pdf)
    snapshot_sha = ws.media.put_bytes(snapshot.to_json())
    with transaction(ws.db):
        minutes_id = register.save_draft(
            ws,
            inspection_id=inspection_id,
            revision_no=revision,
            supersedes_id=supersedes_record["id"] if supersedes_record else None,
            doc_number=number,
            pdf_sha256=pdf_sha,
            snapshot_sha256=snapshot_sha,
            page_count=result.page_count,
        )
        if revision == 1 and row["doc_number"] != number:
            records.update(ws, "inspections", inspection_id, {"doc_number": number})
    return Made(minutes_id, inspection_id, revision, number, pdf_sha, snapshot, result)


def signature_entry(signed: SignedPdf) -> dict[str, Any]:
    """What the register keeps about a signature (the JSON summary in ``signers``)."""
    c = signed.certificate
    return {
        "role": signed.role,
        "field": signed.field,
        "name": c.subject,
        "issuer": c.issuer,
        "serial": c.serial,
        "fingerprint": c.fingerprint,
        "signed_at": signed.signed_at,
    }


def name_warning(snapshot: MinutesSnapshot, role: str, certificate_name: str) -> str:
    """A note when the certificate's holder is not the person named for the role."""
    named = snapshot.signer(role)
    if named is None or not named.name:
        return ""
    a, b = fold(named.name), fold(certificate_name)
    if a in b or b in a:
        return ""
    return pick(
        f"Lưu ý: chứng thư số mang tên «{certificate_name}», còn biên bản ghi "
        f"{SignerRole(role).label_vi.lower()} là «{named.name}».",
        f"Note: the certificate is in the name of '{certificate_name}', while the minutes name "
        f"'{named.name}' as {SignerRole(role).label.lower()}.",
    )


def outbox_path(ws: Workspace, snapshot: MinutesSnapshot) -> Path:
    """outbox/bien-ban-05-bb-dkt-xa-hoang-van-thu-2024-07-01.pdf"""
    slug = re.sub(r"[^a-z0-9]+", "-", fold(f"{snapshot.doc_number} {snapshot.unit_name}"))
    return ws.folder.outbox_dir / f"bien-ban-{slug.strip('-')}-{snapshot.date}.pdf"


def sign_minutes(
    ws: Workspace,
    minutes_id: str,
    signer: DocumentSigner,
    *,
    role: str = "truong_doan",
    tsa_url: str | None = None,
    progress: Progress | None = None,
) -> Signed:
    """Add ``role``'s digital signature to stored minutes; the PDF goes to the outbox."""
    record = register.get(ws, minutes_id)
    old = ws.media.read(record["pdf_sha256"])
    signed = sign_pdf(
        old,
        signer,
        role=role,
        location=ws.settings().place_name,
        tsa_url=tsa_url,
        progress=progress,
    )
    return _record(ws, record, old, signed)


def sign_file(
    ws: Workspace | None,
    source: Path,
    signer: DocumentSigner,
    *,
    role: str,
    target: Path | None = None,
    tsa_url: str | None = None,
) -> tuple[SignedPdf, Path, Signed | None]:
    """Sign a PDF file (in place, atomically, unless ``target``); keep the register in step
    (and the outbox) when the file is the current PDF of minutes this data folder knows."""
    old = read_named_file(source)
    record = register.by_pdf(ws, hashlib.sha256(old).hexdigest()) if ws is not None else None
    location = ws.settings().place_name if ws is not None else ""
    signed = sign_pdf(old, signer, role=role, location=location, tsa_url=tsa_url)
    out = target or source
    if ws is None or record is None:
        write_atomic(out, signed.pdf)
        return signed, out, None
    return signed, out, _record(ws, record, old, signed, out)


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
        for path in (outbox, *also):
            write_atomic(path, signed.pdf)
    warning = name_warning(snapshot, signed.role, signed.certificate.subject)
    return Signed(updated, signed, outbox, warning)


def describe_made(made: Made) -> str:
    """One line for a person: which biên bản, how many pages."""
    kind = "Biên bản bổ sung" if made.revision_no > 1 else "Biên bản"
    return pick(
        f"{kind} số {made.doc_number} {nd30_date(made.snapshot.date)}: "
        f"{made.result.page_count} trang",
        f"Minutes {made.doc_number} ({made.snapshot.date}): {made.result.page_count} pages",
    )
