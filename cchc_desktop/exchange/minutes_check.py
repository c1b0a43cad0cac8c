"""An issued biên bản in a package is true before a merge takes it (docs/PACKAGE_FORMAT.md §5.9).

A minutes row with ``signed`` = 1 is *issued*, in one of two ways (migration m0007):

- digitally: its PDF's signatures are intact and valid (chained to a root this folder trusts,
  when it has any) and are exactly the signers the row lists (field and certificate
  fingerprint); a version replacing a signed PDF stored here only extends it (the stored file
  a byte prefix of the new one: a further signature);
- for signing on paper (``paper`` = 1): it lists no digital signer, its PDF opens with the
  page count the row gives, and its scanned signed copy, once recorded, too.

Either way the snapshot the row names is of this very record (its inspection, revision and
number) and says how it was issued; a PDF made for digital signing is the one made from that
snapshot (its hash is the second half of the PDF's /ID, minutes/render.py).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from cchc_desktop.store.versions import Version, differing_fields, vv_leq

if TYPE_CHECKING:
    from cchc_desktop.minutes.verify import VerifyReport
    from cchc_desktop.store.synced import SyncedTable
    from cchc_desktop.store.workspace import Workspace

Problem = tuple[str, str]
BlobReader = Callable[[str], bytes]


def issued_minutes_problem(
    ws: Workspace,
    entry: SyncedTable,
    row: dict[str, Any],
    local: dict[str, Any] | None,
    read_blob: BlobReader | None,
) -> tuple[str, Problem] | None:
    """Why an issued minutes version cannot be taken, with the field at fault; None if sound."""
    if read_blob is None:
        return None
    try:
        pdf = read_blob(str(row["pdf_sha256"]))
    except (OSError, KeyError, ValueError):
        return "pdf_sha256", ("không đọc được tệp PDF của biên bản", "the PDF cannot be read")
    if row.get("paper") == 1:
        wrong = _snapshot_problem(pdf, row, read_blob, named_by_id=False)
        return ("pdf_sha256", wrong) if wrong else _paper_problem(row, pdf, read_blob)
    wrong = (
        signatures_problem(ws, pdf, row)
        or _snapshot_problem(pdf, row, read_blob, named_by_id=True)
        or _extension_problem(ws, entry, row, local, pdf)
    )
    return ("pdf_sha256", wrong) if wrong else None


def _snapshot_problem(
    pdf: bytes, row: dict[str, Any], read_blob: BlobReader, *, named_by_id: bool
) -> Problem | None:
    """The snapshot is of this record, issued the way the row says (a draft is refused), and
    (``named_by_id``: a PDF made for digital signing, whose /ID the snapshot names) the PDF
    was made from it: a PDF validly signed for another inspection is refused. A PDF issued
    for paper has no signature fields and so no such /ID (minutes/render.py)."""
    bad = (
        "tệp PDF không phải biên bản của bản ghi này (của cuộc kiểm tra, lần lập hoặc số "
        "khác, hoặc phát hành theo cách khác)",
        "the PDF is not the biên bản of this record (another inspection, revision or number, "
        "or issued another way)",
    )
    snapshot_sha = str(row.get("snapshot_sha256") or "")
    try:
        snapshot = json.loads(read_blob(snapshot_sha))
    except (OSError, KeyError, ValueError, RecursionError):
        return bad
    if not isinstance(snapshot, dict) or (
        snapshot.get("inspection_id"),
        snapshot.get("doc_number"),
        snapshot.get("revision_no", 1),
        bool(snapshot.get("paper", False)),
        bool(snapshot.get("draft", False)),
    ) != (
        row.get("inspection_id"),
        row.get("doc_number"),
        row.get("revision_no"),
        row.get("paper") == 1,
        False,
    ):
        return bad
    tail = snapshot_sha[:32].encode("ascii")
    if named_by_id and not re.search(
        rb"/ID\s*\[\s*<[0-9a-fA-F]{32}>\s*<" + tail + rb">", pdf, re.IGNORECASE
    ):
        return bad
    return None


def _listed_signers(row: dict[str, Any]) -> list[tuple[str, str]] | None:
    """(field, fingerprint) of every signer the row lists, sorted; None if unreadable."""
    try:
        listed = json.loads(row.get("signers") or "[]")
        return sorted((str(s["field"]), str(s["fingerprint"]).lower()) for s in listed)
    except (ValueError, TypeError, KeyError, RecursionError):
        return None


def _paper_problem(
    row: dict[str, Any], pdf: bytes, read_blob: BlobReader
) -> tuple[str, Problem] | None:
    """Issued for signing on paper: the PDF printed is a PDF of the pages the row counts, no
    digital signer is listed, and the scan, once recorded, a PDF of the pages it counts. (Ink
    cannot be checked by a program: the scan is the office's to look at.)"""
    if _pdf_pages(pdf) != row.get("page_count"):
        return "pdf_sha256", (
            "tệp PDF phát hành để ký giấy không đọc được hoặc khác số trang ghi trong bản ghi",
            "the PDF issued for signing on paper is unreadable or has another page count than "
            "the record gives",
        )
    if _listed_signers(row) != []:
        return "signers", (
            "biên bản phát hành để ký giấy không có chữ ký số nào, nhưng bản ghi liệt kê người "
            "ký số",
            "minutes issued for signing on paper carry no digital signature, yet the record "
            "lists digital signers",
        )
    scan = row.get("scan_sha256")
    if scan is None:
        if row.get("scan_pages") or row.get("scanned_at") is not None:
            return "scan_sha256", (
                "ghi số trang hoặc ngày quét mà không có bản quét",
                "gives the scan's pages or date without a scan",
            )
        return None
    if row.get("scanned_at") is None:
        return "scanned_at", ("bản quét không có ngày ghi nhận", "the scan has no date")
    try:
        pages = _pdf_pages(read_blob(str(scan)))
    except (OSError, KeyError, ValueError):
        pages = None
    if pages is None or pages != row.get("scan_pages"):
        return "scan_sha256", (
            "bản quét không phải tệp PDF đọc được có đúng số trang ghi trong bản ghi",
            "the scan is not a readable PDF of the page count the record gives",
        )
    return None


def _pdf_pages(data: bytes) -> int | None:
    """The page count of a PDF, None when PDFium cannot open it."""
    from cchc_desktop.minutes.pages import PDFIUM_LOCK, pdfium_library

    if data.lstrip()[:5] != b"%PDF-":
        return None
    pdfium = pdfium_library()
    with PDFIUM_LOCK:
        try:
            document = pdfium.PdfDocument(data)
        except pdfium.PdfiumError:
            return None
        try:
            return len(document)
        finally:
            document.close()


def _chained(report: VerifyReport) -> bool:
    """Every signature's certificate chains to a trusted root (names and revocation are the
    verdict's business, shown after the merge: minutes/received.py)."""
    return bool(report.signatures) and all(s.trusted for s in report.signatures)


def signatures_problem(ws: Workspace, pdf: bytes, row: dict[str, Any]) -> Problem | None:
    """Why a PDF is not the digitally signed biên bản ``row`` says it is (None when it is)."""
    from cchc_desktop.minutes.revocation import load_crls
    from cchc_desktop.minutes.trust import load_roots
    from cchc_desktop.minutes.verify import verify_pdf

    roots = load_roots(ws.folder)
    report = verify_pdf(pdf, roots, load_crls(ws.folder))
    if not report.ok:
        return (
            "tệp PDF không mang chữ ký số hợp lệ, nguyên vẹn (đánh dấu «đã ký» mà không có chữ "
            "ký đúng)",
            "the PDF carries no intact, valid digital signature (marked signed without a true "
            "signature)",
        )
    if roots and not _chained(report):
        return (
            "chữ ký số không dẫn tới chứng thư gốc nào mà máy này tin cậy",
            "a digital signature does not chain to a root certificate this folder trusts",
        )
    found = sorted(
        (s.field, (s.certificate.fingerprint if s.certificate else "").lower())
        for s in report.signatures
    )
    if _listed_signers(row) != found:
        return (
            "người ký ghi trong bản ghi khác với chữ ký trong tệp PDF",
            "the signers the record lists differ from the signatures in the PDF",
        )
    return None


def _extension_problem(
    ws: Workspace,
    entry: SyncedTable,
    row: dict[str, Any],
    local: dict[str, Any] | None,
    pdf: bytes,
) -> Problem | None:
    """A version that grows from the signed one stored here replaces its PDF only by
    extending it byte for byte (a further signature)."""
    from cchc_desktop.minutes.register import pdf_extends

    if local is None or local.get("signed") != 1 or local.get("pdf_sha256") == row["pdf_sha256"]:
        return None
    mine = Version.of(local, entry)
    theirs = Version.of(row, entry)
    grows = vv_leq(mine.vv, theirs.vv) and set(differing_fields([mine, theirs])) <= mine.mutable
    if not grows:
        return None  # another issued document: they meet as a conflict, both PDFs kept
    try:
        stored = ws.media.read(str(local["pdf_sha256"]))
    except OSError:
        return None  # `cchc check` reports the missing file; the conflict keeps both
    if pdf_extends(stored, pdf):
        return None
    return (
        "bản PDF đã ký mới không nối tiếp bản đã ký đang lưu (chỉ được ký thêm, không được thay)",
        "the new signed PDF does not extend the signed one stored here (signatures may only be "
        "added, never replaced)",
    )
