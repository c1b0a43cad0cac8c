"""Where a conflict came from: the packages whose merge met it, and the laptops named in them.

The ``conflicts`` table stores the versions (whole rows: each names the device that wrote it)
but not the package; the ``merges`` table keeps every merge's report, which lists the
conflicts it opened or touched. Together they answer "Trong gói của «Máy đoàn 2»" and "every
conflict of this package".
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from cchc_desktop.domain.devices import device_label
from cchc_desktop.domain.text import printable
from cchc_desktop.store.connection import fetch_all

if TYPE_CHECKING:
    from cchc_desktop.store.workspace import Workspace


@dataclass
class Package:
    """One merged package as a person knows it, and the conflicts its merge met."""

    package_id: str
    package_name: str
    device_id: str
    device_name: str
    merged_at: str
    conflict_ids: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.package_id,
            "name": self.package_name,
            "device_id": self.device_id,
            "device_name": self.device_name,
            "merged_at": self.merged_at,
            "conflicts": self.conflict_ids,
        }


def device_names(ws: Workspace) -> dict[str, str]:
    """Device id → that laptop's label as trusted here (domain.devices.device_label: its name
    in quotes and short id, escapes shown), for the laptops trusted under a name."""
    return {
        str(row["device_id"]): device_label(str(row["name"]), str(row["device_id"]))
        for row in fetch_all(ws.db, "SELECT device_id, name FROM trusted_devices")
        if row["name"]
    }


def packages(ws: Workspace) -> list[Package]:
    """Every merged package (oldest merge first), with the conflicts each merge met.

    A package merged twice is listed once; a conflict met by two packages (two laptops that
    edited the same answer) belongs to both.
    """
    names = device_names(ws)
    found: dict[str, Package] = {}
    for row in fetch_all(
        ws.db,
        "SELECT package_id, package_name, device_id, merged_at, report FROM merges"
        " ORDER BY merged_at, id",
    ):
        try:
            report = json.loads(row["report"])
        except ValueError:
            report = {}
        device_id = str(row["device_id"])
        package = found.get(row["package_id"])
        if package is None:
            package = found[row["package_id"]] = Package(
                package_id=str(row["package_id"]),
                package_name=printable(str(row["package_name"])),
                device_id=device_id,
                device_name=names.get(device_id)
                or device_label(str(report.get("device_name") or ""), device_id),
                merged_at=str(row["merged_at"]),
            )
        for item in report.get("conflicts") or []:
            conflict_id = str(item.get("id")) if isinstance(item, dict) else ""
            if conflict_id and conflict_id not in package.conflict_ids:
                package.conflict_ids.append(conflict_id)
    return list(found.values())


def by_conflict(ws: Workspace) -> dict[str, Package]:
    """Conflict id → the last package whose merge met it."""
    latest: dict[str, Package] = {}
    for package in packages(ws):
        for conflict_id in package.conflict_ids:
            latest[conflict_id] = package
    return latest


def side_name(
    ws: Workspace,
    device_id: str | None,
    package: Package | None,
    names: dict[str, str] | None = None,
) -> str:
    """The laptop a version came from, by name: the trusted laptop that wrote it, else the
    laptop whose package brought it (a version passed on by another laptop), else its id."""
    names = device_names(ws) if names is None else names
    if device_id and device_id in names:
        return names[device_id]
    if package is not None:
        return package.device_name
    return device_label("", str(device_id or "?"))
