"""The photos of an inspection: listing, editing, ordering, deleting, and their files.

Every write goes through ``store.records`` (revision, audit log, tombstones). A deleted photo
is a tombstone; its original stays in the media store while any record, live or not, refers
to it, so undo and a later merge still find it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypedDict, Unpack

from cchc_desktop.domain.text import clean_multiline
from cchc_desktop.errors import UserError
from cchc_desktop.photos.derive import PRINT_KIND, THUMB_KIND
from cchc_desktop.store import records
from cchc_desktop.store.check_result import Finding
from cchc_desktop.store.connection import fetch_all, fetch_rows, transaction
from cchc_desktop.store.inspections import ensure_editable
from cchc_desktop.store.lookup import resolve
from cchc_desktop.store.rows import PhotoRow

if TYPE_CHECKING:
    from cchc_desktop.store.workspace import Workspace

COLUMNS = (
    "id, inspection_id, criterion_code, sha256, filename, mime, size_bytes, width, height,"
    " orientation, taken_at, gps_lat, gps_lon, camera, caption, include_in_minutes, position,"
    " stamp, deleted"
)
# A criterion filter meaning "the inspection's own photos, not attached to a criterion".
GENERAL = ""


def criteria_of(ws: Workspace, inspection_id: str) -> list[dict[str, Any]]:
    """The criteria of the inspection's checklist (code, text, area), in checklist order."""
    return fetch_all(
        ws.db,
        "SELECT c.code, c.text, c.area, c.area_title FROM criteria c"
        " JOIN inspections i ON i.template_id = c.template_id"
        " WHERE i.id = ? AND c.deleted = 0 ORDER BY c.position",
        [inspection_id],
    )


def criterion_code(ws: Workspace, inspection_id: str, code: str | None) -> str | None:
    """The criterion code as the checklist spells it, None for the inspection itself; refused
    clearly when the checklist has no such criterion."""
    if not code:
        return None
    wanted = code.strip().upper()
    for row in criteria_of(ws, inspection_id):
        if str(row["code"]).upper() == wanted:
            return str(row["code"])
    raise UserError(
        f"Tiêu chí «{wanted}» không có trong bảng kiểm của cuộc kiểm tra này.",
        f"Criterion '{wanted}' is not in this inspection's checklist.",
    )


def next_position(ws: Workspace, inspection_id: str) -> int:
    """The position after the last photo of the inspection (live or deleted)."""
    row = ws.db.execute(
        "SELECT coalesce(max(position), -1) + 1 FROM photos WHERE inspection_id = ?",
        [inspection_id],
    ).fetchone()
    return int(row[0])


def photos_of(
    ws: Workspace,
    inspection_id: str,
    *,
    criterion: str | None = None,
    only_minutes: bool = False,
) -> list[PhotoRow]:
    """The live photos of an inspection in their order; ``criterion`` keeps one criterion's
    (``GENERAL`` keeps those of the inspection itself); ``only_minutes`` those for the minutes."""
    sql = f"SELECT {COLUMNS} FROM photos WHERE inspection_id = ? AND deleted = 0"
    params: list[Any] = [inspection_id]
    if criterion == GENERAL:
        sql += " AND criterion_code IS NULL"
    elif criterion is not None:
        sql += " AND criterion_code = ?"
        params.append(criterion)
    if only_minutes:
        sql += " AND include_in_minutes = 1"
    sql += " ORDER BY position, id"
    return fetch_rows(ws.db, PhotoRow, sql, params)


def photo_counts(ws: Workspace, inspection_id: str) -> dict[str, int]:
    """How many live photos each criterion of an inspection has (criteria with none absent)."""
    rows = ws.db.execute(
        "SELECT criterion_code, count(*) FROM photos WHERE inspection_id = ? AND deleted = 0"
        " AND criterion_code IS NOT NULL GROUP BY criterion_code",
        [inspection_id],
    ).fetchall()
    return {str(code): int(count) for code, count in rows}


def get_photo(ws: Workspace, ref: str) -> PhotoRow:
    """One live photo by id (or id prefix); NotFound otherwise (also for a deleted one)."""
    photo_id = resolve(ws, "photos", ref)
    row = fetch_rows(ws.db, PhotoRow, f"SELECT {COLUMNS} FROM photos WHERE id = ?", [photo_id])
    return row[0]


def original_path(ws: Workspace, row: Mapping[str, Any]) -> Path:
    """The original bytes exactly as imported."""
    return ws.media.blob_path(row["sha256"])


def thumbnail_path(ws: Workspace, row: Mapping[str, Any]) -> Path:
    """The ~256 px thumbnail, right way up."""
    return ws.media.derived_path(row["sha256"], THUMB_KIND)


def print_copy_path(ws: Workspace, row: Mapping[str, Any]) -> Path:
    """The JPEG the minutes embed: the ~1600 px print copy (the original itself when it is fit
    to print as it is), stamped when the photo asks for it.

    Made again on the spot if missing (a package received without derived files).
    """
    ensure_derivatives(ws, row["sha256"])
    if row.get("stamp"):
        from cchc_desktop.photos.stamp import stamped_copy

        return stamped_copy(ws, row)
    return plain_print_path(ws, row["sha256"])


def plain_print_path(ws: Workspace, sha256: str) -> Path:
    """Where the unstamped print copy of an original lies: its own file, or the original when
    the original serves as its print copy (see ``photos.derive.serves_as_print_copy``)."""
    printed = ws.media.derived_path(sha256, PRINT_KIND)
    if not printed.is_file() and is_own_print_copy(ws.media.blob_path(sha256)):
        return ws.media.blob_path(sha256)
    return printed


def is_own_print_copy(original: Path) -> bool:
    """Whether a stored original is printed as it is (its header is read, nothing decoded)."""
    from PIL import Image

    from cchc_desktop.photos.derive import serves_as_print_copy
    from cchc_desktop.photos.exif import read_facts

    try:
        with Image.open(original) as image:
            return serves_as_print_copy(image, str(image.format), read_facts(image).orientation)
    except Exception:
        # Missing or unreadable: not printable as it is. The print copy's own path is used
        # then, and found missing where it is needed.
        return False


def ensure_derivatives(ws: Workspace, sha256: str) -> bool:
    """Remake the thumbnail and print copy of a stored original if either is missing.

    Returns True when something was made. Raises UserError if the original itself is missing.
    """
    media = ws.media
    thumb = media.derived_path(sha256, THUMB_KIND)
    if thumb.is_file() and plain_print_path(ws, sha256).is_file():
        return False
    if not media.has(sha256):
        raise UserError(
            f"Thiếu tệp ảnh gốc {sha256[:12]} trong kho; hãy nhập lại gói dữ liệu có ảnh này.",
            f"The original photo {sha256[:12]} is missing from the store; import a package "
            "that has it again.",
        )
    from cchc_desktop.photos.worker import Processed, process_file

    outcome = process_file(str(media.blob_path(sha256)), str(media.root))
    if not isinstance(outcome, Processed):
        raise UserError(
            f"Không làm lại được ảnh thu nhỏ/bản in của {sha256[:12]}: {outcome.vi}",
            f"Could not remake the thumbnail/print copy of {sha256[:12]}: {outcome.en}",
        )
    return True


def photo_json(ws: Workspace, row: Mapping[str, Any]) -> dict[str, Any]:
    """A photo as `cchc photos list --json` shows it (the exchange and scripts read this)."""
    gps = (
        {"lat": row["gps_lat"], "lon": row["gps_lon"]}
        if row["gps_lat"] is not None and row["gps_lon"] is not None
        else None
    )
    return {
        "id": row["id"],
        "inspection_id": row["inspection_id"],
        "sha256": row["sha256"],
        "filename": row["filename"],
        "mime": row["mime"],
        "size_bytes": row["size_bytes"],
        "width": row["width"],
        "height": row["height"],
        "orientation": row["orientation"],
        "taken_at": row["taken_at"],
        "gps": gps,
        "camera": row["camera"],
        "caption": row["caption"],
        "criterion": row["criterion_code"],
        "include_in_minutes": bool(row["include_in_minutes"]),
        "stamp": bool(row["stamp"]),
        "position": row["position"],
        "original_path": str(original_path(ws, row)),
        "thumbnail_path": str(thumbnail_path(ws, row)),
        "print_path": str(_listed_print_path(ws, row)),
    }


def _listed_print_path(ws: Workspace, row: Mapping[str, Any]) -> Path:
    """The print copy's path for a listing: a missing original must not break the whole list
    (`cchc check` reports it); the path where the copy belongs is given instead."""
    try:
        return print_copy_path(ws, row)
    except UserError:
        return plain_print_path(ws, row["sha256"])


class PhotoChanges(TypedDict, total=False):
    """What ``update_photo`` may change; ``criterion`` is another name for ``criterion_code``."""

    caption: str | None
    criterion_code: str | None
    criterion: str | None
    include_in_minutes: bool | int
    stamp: bool | int


def update_photo(
    ws: Workspace, photo_id: str, **changes: Unpack[PhotoChanges]
) -> dict[str, tuple[Any, Any]]:
    """Change a photo's caption, criterion, include_in_minutes or stamp; return what changed."""
    current = get_photo(ws, photo_id)
    ensure_editable(ws, current["inspection_id"])
    given: dict[str, Any] = dict(changes)  # the checks below hold what the types cannot
    values: dict[str, Any] = {}
    for name, raw in given.items():
        if name == "caption":
            values[name] = clean_multiline(raw or "")
        elif name in ("criterion_code", "criterion"):
            values["criterion_code"] = criterion_code(ws, current["inspection_id"], raw)
        elif name in ("include_in_minutes", "stamp"):
            values[name] = int(bool(raw))
        else:
            raise ValueError(f"not an editable photo field: {name}")
    return records.update(ws, "photos", current["id"], values)


def reorder(ws: Workspace, inspection_id: str, ordered_ids: list[str]) -> None:
    """Put the listed photos in this order, in the places they held among all the inspection's
    photos (so reordering one criterion's photos leaves the others where they were)."""
    ensure_editable(ws, inspection_id)
    full = [r["id"] for r in photos_of(ws, inspection_id)]
    live = set(full)
    wanted = [i for i in dict.fromkeys(ordered_ids) if i in live]  # each once, live ones only
    chosen = set(wanted)
    slots = [index for index, photo_id in enumerate(full) if photo_id in chosen]
    for slot, photo_id in zip(slots, wanted, strict=True):
        full[slot] = photo_id
    with transaction(ws.db):
        for position, photo_id in enumerate(full):
            records.update(ws, "photos", photo_id, {"position": position})


def move(ws: Workspace, photo_id: str, offset: int, *, criterion: str | None = None) -> bool:
    """Move a photo ``offset`` places among its inspection's live photos (or those of one
    criterion, as ``photos_of`` filters them); False at an end."""
    current = records.get(ws, "photos", photo_id)
    if current is None:
        return False
    ids = [r["id"] for r in photos_of(ws, current["inspection_id"], criterion=criterion)]
    index = ids.index(photo_id)
    target = index + offset
    if not 0 <= target < len(ids):
        return False
    ids.insert(target, ids.pop(index))
    reorder(ws, current["inspection_id"], ids)
    return True


def delete_photo(ws: Workspace, photo_id: str) -> None:
    """Remove a photo from its inspection (a tombstone; the original stays in the store)."""
    current = get_photo(ws, photo_id)
    ensure_editable(ws, current["inspection_id"])
    records.delete(ws, "photos", current["id"])


def restore_photo(ws: Workspace, photo_id: str) -> None:
    """Undo a delete: the tombstone becomes the live photo again."""
    current = records.get(ws, "photos", photo_id, include_deleted=True)
    if current is None or not current["deleted"]:
        return
    ensure_editable(ws, current["inspection_id"])
    records.update(ws, "photos", photo_id, {"deleted": 0})


def delete_photos(ws: Workspace, photo_ids: Sequence[str]) -> None:
    """Delete several photos at once: all of them, or (refused) none."""
    with transaction(ws.db):
        for photo_id in photo_ids:
            delete_photo(ws, photo_id)


def restore_photos(ws: Workspace, photo_ids: Sequence[str]) -> None:
    """Undo the delete of several photos: all of them, or (refused) none."""
    with transaction(ws.db):
        for photo_id in photo_ids:
            restore_photo(ws, photo_id)


def check_derivatives(ws: Workspace) -> list[Finding]:
    """`cchc check`: every live photo has its thumbnail and print copy."""
    missing = [
        sha[:12]
        for (sha,) in ws.db.execute("SELECT DISTINCT sha256 FROM photos WHERE deleted = 0")
        if not (
            ws.media.derived_path(sha, THUMB_KIND).is_file() and plain_print_path(ws, sha).is_file()
        )
    ]
    detail = ""
    if missing:
        detail = (
            f"{len(missing)} ảnh: {', '.join(missing[:10])} — làm lại được từ ảnh gốc "
            "(photos.library.ensure_derivatives; mở ảnh trong ứng dụng cũng tự làm lại)"
        )
    return [Finding(not missing, "Mọi ảnh đều có ảnh thu nhỏ và bản in", detail)]
