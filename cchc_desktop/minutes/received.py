"""The signed biên bản a package brought, verified as the office receives them (the Trao đổi
page shows the report after a merge, in the reader's language)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from cchc_desktop.errors import pick

if TYPE_CHECKING:
    from cchc_desktop.store.workspace import Workspace


def received_minutes_report(ws: Workspace, rows: Iterable[dict[str, Any]]) -> list[str]:
    """For each issued minutes record among ``rows`` (a package's), its number and the
    verification report of the PDF now in this data folder (the merged one); one issued for
    signing on paper has no digital signature to check: its state is said instead."""
    from cchc_desktop.minutes.paper import status_label
    from cchc_desktop.minutes.revocation import load_crls
    from cchc_desktop.minutes.trust import load_roots
    from cchc_desktop.minutes.verify import verify_pdf

    signed = [r for r in rows if r.get("signed") and not r.get("deleted")]
    if not signed:
        return []
    roots, crls = load_roots(ws.folder), load_crls(ws.folder)
    out: list[str] = []
    for row in signed:
        number = row.get("doc_number") or "?"
        sha = str(row.get("pdf_sha256") or "")
        out.append(pick(f"Biên bản số {number} nhận được:", f"Minutes {number} received:"))
        if row.get("paper"):
            out.append(f"  {status_label(row)}")
            continue
        if not sha or not ws.media.has(sha):
            out.append(
                pick("  Chưa có tệp PDF trên máy này.", "  The PDF is not on this computer.")
            )
            continue
        out.extend(f"  {line}" for line in verify_pdf(ws.media.read(sha), roots, crls).lines())
    return out
