"""Trusted devices, like SSH's known hosts: accept a laptop's key once, refuse an impostor after."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from cchc_desktop.domain.dates import utc_now
from cchc_desktop.domain.devices import device_label
from cchc_desktop.errors import UserError
from cchc_desktop.store import fingerprint
from cchc_desktop.store.connection import fetch_all, transaction
from cchc_desktop.store.keys import PublicIdentity, own_identity

if TYPE_CHECKING:
    from cchc_desktop.store.workspace import Workspace

Trust = Literal["self", "trusted", "new"]


def trust_of(ws: Workspace, device: PublicIdentity) -> Trust:
    """Whether the package's device is this one, an accepted one, or new.

    A package that claims a known device (or this one) with another key is refused: someone
    made it with a copied device id, or the laptop's key was replaced and must be accepted
    again after ``cchc devices forget``.
    """
    mine = own_identity(ws.folder)
    if device.device_id == mine.device_id:
        if device.public_key != mine.public_key:
            raise _impostor(device)
        return "self"
    row = ws.db.execute(
        "SELECT public_key FROM trusted_devices WHERE device_id = ?", [device.device_id]
    ).fetchone()
    if row is None:
        # A laptop met only through packages that relayed its changes: its key is known
        # (device_keys), not yet trusted; a package of its own must carry that very key.
        relayed = ws.db.execute(
            "SELECT public_key FROM device_keys WHERE device_id = ?", [device.device_id]
        ).fetchone()
        if relayed is not None and relayed[0] != device.public_key:
            raise _impostor(device)
        return "new"
    if row[0] != device.public_key:
        raise _impostor(device)
    return "trusted"


def _impostor(device: PublicIdentity) -> UserError:
    return UserError(
        f"Gói tự nhận là của máy {device.label} nhưng được ký bằng khóa khác (vân tay "
        f"{device.digits}). Gói bị từ chối; dữ liệu không thay đổi. Nếu máy đó đã được cài "
        "lại, hãy chạy «cchc devices forget» rồi chấp nhận lại.",
        f"The package claims laptop {device.label} but is signed by another key (fingerprint "
        f"{device.digits}). Refused; nothing changed. If that laptop was reinstalled, run "
        "'cchc devices forget' and accept it again.",
    )


def accept(ws: Workspace, device: PublicIdentity) -> bool:
    """Trust this device's key from now on; False when it was already trusted."""
    if trust_of(ws, device) != "new":
        return False
    now = utc_now()
    with transaction(ws.db):
        # Its key now lives with the trusted ones (one place per device, whatever the order
        # in which this laptop was met: relayed first or trusted first).
        ws.db.execute("DELETE FROM device_keys WHERE device_id = ?", [device.device_id])
        ws.db.execute(
            "INSERT INTO trusted_devices (device_id, public_key, fingerprint, name, first_seen,"
            " accepted_by, accepted_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                device.device_id,
                device.public_key,
                device.fingerprint,
                device.name,
                now,
                ws.actor,
                now,
            ],
        )
    return True


def note_name(ws: Workspace, device: PublicIdentity) -> None:
    """Keep a trusted laptop's name as its latest package says (renamed in its settings)."""
    with transaction(ws.db):
        ws.db.execute(
            "UPDATE trusted_devices SET name = ? WHERE device_id = ? AND public_key = ?"
            " AND name <> ?",
            [device.name, device.device_id, device.public_key, device.name],
        )


def forget(ws: Workspace, ref: str) -> str:
    """Stop trusting a device (by id, id prefix or fingerprint, digits or SHA256:); return
    its id."""
    ref = ref.strip()
    rows = fetch_all(
        ws.db,
        "SELECT device_id FROM trusted_devices WHERE device_id LIKE ? OR fingerprint = ?",
        [ref + "%", ref],
    )
    typed = fingerprint.typed_digits(ref) if ref else None
    if typed is not None:
        rows = [
            row
            for row in fetch_all(ws.db, "SELECT device_id, public_key FROM trusted_devices")
            if fingerprint.digits(str(row["public_key"])) == typed
        ]
    if len(rows) != 1:
        raise UserError(
            f"Không tìm thấy đúng một thiết bị tin cậy «{ref}». Xem: cchc devices list",
            f"No single trusted device '{ref}'. See: cchc devices list",
        )
    device_id = str(rows[0]["device_id"])
    with transaction(ws.db):
        ws.db.execute("DELETE FROM trusted_devices WHERE device_id = ?", [device_id])
        ws.db.execute("DELETE FROM device_keys WHERE device_id = ?", [device_id])
    return device_id


def list_devices(ws: Workspace) -> list[dict[str, Any]]:
    """The accepted devices, newest first, each with ``id``, ``label`` and the fingerprint's
    digits."""
    return [
        {
            "id": row["device_id"],
            "label": device_label(str(row["name"]), str(row["device_id"])),
            "fingerprint_digits": fingerprint.shown(str(row["public_key"])),
            **{key: value for key, value in row.items() if key != "device_id"},
        }
        for row in fetch_all(
            ws.db,
            "SELECT device_id, name, fingerprint, public_key, first_seen, accepted_by, accepted_at"
            " FROM trusted_devices ORDER BY accepted_at DESC, device_id",
        )
    ]
