"""Which tables travel between laptops, in the order a merge must insert them.

Every table listed here has the record bookkeeping columns (id, rev, vv, updated_at,
device_id, deleted). ``media`` names the columns that hold the SHA-256 of a blob in the media
store, so an export carries those blobs and a merge checks they arrived. A migration that
adds a synchronised table adds its line here too.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SyncedTable:
    name: str
    media: tuple[str, ...] = ()


# Parents before children: a merge inserts in this order.
SYNCED_TABLES: list[SyncedTable] = [
    SyncedTable("units"),
    SyncedTable("plans"),
    SyncedTable("teams"),
    SyncedTable("team_members"),
    SyncedTable("templates"),
    SyncedTable("criteria"),
    SyncedTable("inspections"),
    SyncedTable("answers"),
    SyncedTable("findings"),
    SyncedTable("signers", media=("image_sha256",)),
    SyncedTable("photos", media=("sha256",)),
    SyncedTable("doc_numbers"),
    SyncedTable("minutes", media=("pdf_sha256", "snapshot_sha256")),
]
