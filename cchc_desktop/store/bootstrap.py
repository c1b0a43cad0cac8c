"""Creating or upgrading a data folder: layout, device id, schema, the bundled checklist templates."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cchc_desktop.store import templates
from cchc_desktop.store.migrate import schema_version
from cchc_desktop.store.workspace import Workspace


def bundled_templates_missing(ws: Workspace) -> bool:
    """Whether a template shipped with the app is not (or no longer) in the database, read
    from the files' key and version alone: no validation, so the window's check at start does
    not load jsonschema or parse every criterion when nothing is new (the usual case)."""
    import json

    from cchc_desktop.paths import resource
    from cchc_desktop.store.templates import template_id

    for path in sorted(resource("checklists").glob("*.json")):
        try:
            head = json.loads(path.read_text(encoding="utf-8"))
            tid = template_id(str(head["key"]), int(head["version"]))
        except (OSError, ValueError, KeyError, TypeError):
            return True  # let the full install say what is wrong with the file
        row = ws.db.execute("SELECT deleted FROM templates WHERE id = ?", [tid]).fetchone()
        if row is None or row[0]:
            return True
    return False


def install_bundled_templates(ws: Workspace) -> list[str]:
    """Make sure every template shipped with the app is in the database; return the new ones."""
    from cchc_desktop.checklists.library import bundled_templates

    installed = []
    for template in bundled_templates():
        _tid, created = templates.install(ws, template)
        if created:
            installed.append(f"{template.key}@{template.version}")
    return installed


def initialise(root: Path, device_name: str | None = None) -> dict[str, Any]:
    """``cchc init``: safe to run again; it only adds what is missing and upgrades the schema.

    ``device_name`` names the laptop (``cchc init --device-name``); a name the checks refuse
    is refused before anything is created or changed.
    """
    from cchc_desktop.store.datafolder import DataFolder
    from cchc_desktop.store.keys import ensure_key

    folder = DataFolder(root)
    if device_name is not None:
        import platform

        from cchc_desktop.domain.devices import checked_name

        hostname = folder.device().hostname if folder.device_file.exists() else platform.node()
        checked_name(device_name, hostname)
    with Workspace.init(root) as ws:
        ensure_key(ws.folder)  # the key that signs this folder's packages
        if device_name is not None:
            ws.rename_device(device_name)
        installed = install_bundled_templates(ws)
        return {
            "data_dir": str(root),
            "device_id": ws.device_id,
            "device_name": ws.device.name,
            "device_label": ws.device.label,
            "schema_version": schema_version(ws.db),
            "migrations_applied": ws.applied_migrations,
            "templates_installed": installed,
        }
