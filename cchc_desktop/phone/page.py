"""What the phone page shows, and the page's own files (resources/phone/), served by name only.

``page_info`` is read once, when receiving starts, on the caller's workspace: it also refuses
early (a signed inspection, a criterion not in the checklist), before anything listens.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

from cchc_desktop.domain.dates import dmy
from cchc_desktop.errors import language

if TYPE_CHECKING:
    from cchc_desktop.store.workspace import Workspace

# The only files the server hands out besides the answers of its API: nothing is looked up
# by a name the request carries, so no path of the data folder (or anywhere) is reachable.
FILES = {
    "": ("phone/index.html", "text/html; charset=utf-8"),
    "app.js": ("phone/app.js", "text/javascript; charset=utf-8"),
    "style.css": ("phone/style.css", "text/css; charset=utf-8"),
    "icon.svg": ("icons/cchc-desktop.svg", "image/svg+xml"),
}


@dataclass(frozen=True)
class PageInfo:
    """The inspection as the phone page shows it, and the criteria a photo may go to."""

    inspection_id: str
    unit: str
    parent: str
    date: str  # dd/mm/yyyy
    criteria: tuple[tuple[str, str], ...]  # (code, text) in checklist order
    criterion: str | None = None  # chosen on the laptop: the page starts with it
    language: str = field(default_factory=language)

    def to_json(self, limits: dict[str, int]) -> dict[str, Any]:
        """What ``api/info`` answers (``limits``: the server's size limits in bytes)."""
        return {
            "unit": self.unit,
            "parent": self.parent,
            "date": self.date,
            "criteria": [{"code": code, "text": text} for code, text in self.criteria],
            "criterion": self.criterion,
            "lang": self.language,
            "limits": limits,
        }


def page_info(ws: Workspace, inspection_id: str, criterion: str | None = None) -> PageInfo:
    """The page's facts about an inspection that may still take photos (UserError if not)."""
    from cchc_desktop.photos.library import criteria_of, criterion_code
    from cchc_desktop.store.inspections import ensure_editable
    from cchc_desktop.store.units import get_unit

    row = ensure_editable(ws, inspection_id)
    code = criterion_code(ws, inspection_id, criterion)
    unit = get_unit(ws, row["unit_id"])
    return PageInfo(
        inspection_id=row["id"],
        unit=unit["name"],
        parent=unit.get("parent_name") or "",
        date=dmy(row["date"]),
        criteria=tuple((r["code"], r["text"]) for r in criteria_of(ws, row["id"])),
        criterion=code,
    )


@cache
def page_file(name: str) -> tuple[bytes, str] | None:
    """The bytes and content type of one of the page's files (None: no such file)."""
    from cchc_desktop.paths import resource

    entry = FILES.get(name)
    if entry is None:
        return None
    relative, content_type = entry
    return resource(*relative.split("/")).read_bytes(), content_type
