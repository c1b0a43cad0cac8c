"""Checklist templates in the database: install once per (key, version), look up, read back."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from cchc_desktop.checklists.model import Area, Criterion, Template
from cchc_desktop.errors import NotFound, UserError
from cchc_desktop.store import records
from cchc_desktop.store.connection import fetch_all, transaction

if TYPE_CHECKING:
    from cchc_desktop.store.workspace import Workspace


def template_id(key: str, version: int) -> str:
    """A template version's id, the same on every laptop."""
    return records.natural_id("template", key, str(version))


def install(ws: Workspace, template: Template) -> tuple[str, bool]:
    """Store a template version; return (id, whether it was new).

    The same (key, version) with the same content is already there: nothing happens. The same
    (key, version) with other content is refused: a published version never changes, so the
    editor must raise the version number.
    """
    tid = template_id(template.key, template.version)
    digest = template.content_hash()
    existing = records.get(ws, "templates", tid, include_deleted=True)
    if existing is not None:
        if existing["content_hash"] == digest:
            if existing["deleted"]:
                records.update(ws, "templates", tid, {"deleted": 0})
            return tid, False
        raise UserError(
            f"Đã có mẫu «{template.key}» phiên bản {template.version} với nội dung khác. "
            "Một phiên bản đã dùng thì không sửa được: hãy tăng số phiên bản rồi nhập lại.",
            f"Template '{template.key}' version {template.version} already exists with other "
            "content. A published version cannot change: raise the version number and import again.",
        )
    with transaction(ws.db):
        records.insert(
            ws,
            "templates",
            {
                "key": template.key,
                "version": template.version,
                "title": template.title,
                "scope": template.scope,
                "valid_from": template.valid_from,
                "valid_to": template.valid_to,
                "description": template.description,
                "basis": json.dumps(list(template.basis), ensure_ascii=False),
                "content_hash": digest,
            },
            record_id=tid,
        )
        for position, (area, criterion) in enumerate(template.criteria()):
            records.insert(
                ws,
                "criteria",
                {
                    "template_id": tid,
                    "code": criterion.code,
                    "area": area.code,
                    "area_title": area.title,
                    "text": criterion.text,
                    "guidance": criterion.guidance,
                    "evidence": criterion.evidence,
                    "max_score": criterion.max_score,
                    "source": criterion.source,
                    "position": position,
                },
                record_id=records.natural_id("criterion", tid, criterion.code),
            )
    return tid, True


def list_templates(ws: Workspace) -> list[dict[str, Any]]:
    """Every template version, newest version of each key first within the key."""
    return fetch_all(
        ws.db,
        "SELECT t.id, t.key, t.version, t.title, t.scope, t.valid_from, t.valid_to,"
        " (SELECT count(*) FROM criteria c WHERE c.template_id = t.id) AS criteria"
        " FROM templates t WHERE t.deleted = 0 ORDER BY t.key, t.version DESC",
    )


def resolve(ws: Workspace, ref: str) -> str:
    """A template id from its id, "key" (latest version) or "key@version"."""
    ref = ref.strip()
    row = ws.db.execute("SELECT id FROM templates WHERE id = ? AND deleted = 0", [ref]).fetchone()
    if row:
        return str(row[0])
    key, _, version = ref.partition("@")
    if version:
        sql = "SELECT id FROM templates WHERE key = ? AND version = ? AND deleted = 0"
        params: list[Any] = [key, int(version) if version.isdigit() else -1]
    else:
        sql = "SELECT id FROM templates WHERE key = ? AND deleted = 0 ORDER BY version DESC LIMIT 1"
        params = [key]
    row = ws.db.execute(sql, params).fetchone()
    if row:
        return str(row[0])
    raise NotFound(
        f"Không tìm thấy mẫu bảng kiểm «{ref}». Xem danh sách: cchc templates list",
        f"No checklist template '{ref}'. See: cchc templates list",
    )


def load(ws: Workspace, tid: str) -> Template:
    """The template as data, rebuilt from its stored rows."""
    head = records.get(ws, "templates", tid, include_deleted=True)
    if head is None:
        raise NotFound(f"Không tìm thấy mẫu bảng kiểm {tid}.", f"No checklist template {tid}.")
    areas: list[Area] = []
    current: list[Criterion] = []
    area_code = area_title = None
    for row in fetch_all(
        ws.db,
        "SELECT * FROM criteria WHERE template_id = ? AND deleted = 0 ORDER BY position",
        [tid],
    ):
        if row["area"] != area_code:
            if area_code is not None:
                areas.append(Area(area_code, area_title or "", tuple(current)))
            area_code, area_title, current = row["area"], row["area_title"], []
        current.append(
            Criterion(
                row["code"],
                row["text"],
                row["guidance"],
                row["evidence"],
                row["max_score"],
                row["source"],
            )
        )
    if area_code is not None:
        areas.append(Area(area_code, area_title or "", tuple(current)))
    return Template(
        key=head["key"],
        version=head["version"],
        title=head["title"],
        areas=tuple(areas),
        scope=head["scope"],
        valid_from=head["valid_from"],
        valid_to=head["valid_to"],
        description=head["description"],
        basis=_basis(head["basis"]),
    )


def _basis(text: Any) -> tuple[str, ...]:
    """A template's legal bases; a stored value that is not a list of texts names none
    (`cchc check` reports it)."""
    try:
        items = json.loads(text or "[]")
    except (TypeError, ValueError, RecursionError):
        return ()
    return tuple(str(i) for i in items) if isinstance(items, list) else ()
