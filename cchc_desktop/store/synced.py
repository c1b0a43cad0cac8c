"""Which tables travel between laptops, in the order a merge must insert them, and how each merges.

Every table listed here has the record bookkeeping columns (id, rev, vv, updated_at,
device_id, deleted). A migration that adds a synchronised table adds its line here too; the
exchange code (export, verify, merge, conflicts) is generic over this list, so a table that
declares itself here travels and merges without more code. See docs/PACKAGE_FORMAT.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

KeepBoth = Literal["none", "texts", "copy"]


@dataclass(frozen=True)
class SyncedTable:
    """One synchronised table and its merge policy.

    - ``media``: columns holding the SHA-256 of a blob in the media store; an export carries
      those blobs (and their thumbnails/print copies), a merge refuses a package without them.
    - ``part_of``: the column naming the record this one belongs to (``inspection_id`` for an
      answer, ``template_id`` for a criterion): exporting the owner exports these rows. When
      None, a table with an ``inspection_id`` column belongs to its inspection.
    - ``travels_with``: columns naming a chosen record (by foreign key) this row travels with
      besides its owner: a previous kiến nghị reviewed during a later inspection
      (``checked_in``) goes with that inspection's export, so its new status reaches the office.
    - ``json_refs``: columns holding a JSON list of ids of another table that an export must
      carry too, as ``(column, table)`` (a unit's ``merged_from`` predecessors).
    - ``immutable_when``: ``(column, value)``; a version with that value (a signed minutes) is
      never replaced by a different one, even a newer one: the two become a conflict…
    - ``mutable_when_immutable``: …except a version that has seen it (its version vector
      dominates), still has that value, and differs only in these columns (a second
      signature: a longer PDF that contains the first, and the signers list).
    - ``keep_both``: what "keep both" means when a conflict is resolved: ``"texts"`` keeps the
      shown version and appends the other's differing ``texts`` columns with a marker;
      ``"copy"`` keeps the shown version and stores the other as a new record (new id);
      ``"none"`` offers only one or the other.
    """

    name: str
    media: tuple[str, ...] = ()
    part_of: str | None = None
    travels_with: tuple[str, ...] = ()
    json_refs: tuple[tuple[str, str], ...] = ()
    immutable_when: tuple[str, Any] | None = None
    mutable_when_immutable: tuple[str, ...] = ()
    keep_both: KeepBoth = "none"
    texts: tuple[str, ...] = ()


# Parents before children: a merge inserts in this order.
SYNCED_TABLES: list[SyncedTable] = [
    SyncedTable(
        "units", json_refs=(("merged_from", "units"),), keep_both="texts", texts=("address",)
    ),
    SyncedTable("plans", keep_both="texts", texts=("basis",)),
    SyncedTable("teams"),
    SyncedTable("team_members", part_of="team_id"),
    SyncedTable("templates"),
    SyncedTable("criteria", part_of="template_id"),
    SyncedTable("inspections", keep_both="texts", texts=("place", "conclusion", "unit_opinion")),
    SyncedTable("answers", part_of="inspection_id", keep_both="texts", texts=("note",)),
    SyncedTable(
        "findings", part_of="inspection_id", travels_with=("checked_in",), keep_both="copy"
    ),
    SyncedTable("signers", media=("image_sha256",), part_of="inspection_id"),
    SyncedTable(
        "photos", media=("sha256",), part_of="inspection_id", keep_both="texts", texts=("caption",)
    ),
    # Numbers handed out by two laptops for the same plan and running number meet as a
    # conflict: the secretary decides, nothing is silently renumbered (minutes/numbering.py).
    SyncedTable("doc_numbers", part_of="inspection_id"),
    SyncedTable(
        "minutes",
        media=("pdf_sha256", "snapshot_sha256", "scan_sha256"),
        part_of="inspection_id",
        immutable_when=("signed", 1),
        # A later signature extends the signed PDF (an incremental update), and a biên bản
        # issued for paper receives its scanned signed copy: a version that has seen the issued
        # one may change only these.
        mutable_when_immutable=("pdf_sha256", "signers", "scan_sha256", "scan_pages", "scanned_at"),
    ),
]


def synced_table(name: str) -> SyncedTable | None:
    """The registry entry of a table, or None when it does not travel."""
    return next((t for t in SYNCED_TABLES if t.name == name), None)
