"""The people who sign an inspection's minutes, one per role."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cchc_desktop.domain.roles import SignerRole
from cchc_desktop.domain.text import clean
from cchc_desktop.errors import UserError
from cchc_desktop.store import records
from cchc_desktop.store.connection import fetch_all
from cchc_desktop.store.inspections import ensure_editable

if TYPE_CHECKING:
    from cchc_desktop.store.workspace import Workspace


def set_signer(
    ws: Workspace,
    inspection_id: str,
    *,
    role: str | SignerRole,
    name: str,
    title: str,
    image_sha256: str | None = None,
) -> str:
    """Name the signer of a role (replacing an earlier one); return the signer record's id."""
    signer_role = role if isinstance(role, SignerRole) else SignerRole.parse(role)
    ensure_editable(ws, inspection_id)
    name, title = clean(name), clean(title)
    if not name:
        raise UserError(
            "Họ tên người ký không được để trống.", "The signer's name must not be empty."
        )
    signer_id = records.natural_id("signer", inspection_id, signer_role.value)
    values = {
        "inspection_id": inspection_id,
        "role": signer_role.value,
        "name": name,
        "title": title,
        "image_sha256": image_sha256,
    }
    current = records.get(ws, "signers", signer_id, include_deleted=True)
    if current is None:
        return records.insert(ws, "signers", values, record_id=signer_id)
    records.update(ws, "signers", signer_id, {**values, "deleted": 0})
    return signer_id


def signers_of(ws: Workspace, inspection_id: str) -> list[dict[str, Any]]:
    """The live signers of an inspection, in the order the minutes list them."""
    order = {role.value: index for index, role in enumerate(SignerRole)}
    rows = fetch_all(
        ws.db,
        "SELECT id, role, name, title, image_sha256 FROM signers"
        " WHERE inspection_id = ? AND deleted = 0",
        [inspection_id],
    )
    rows.sort(key=lambda r: order[r["role"]])
    return rows
