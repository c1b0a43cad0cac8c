"""A checklist template as plain data: areas of criteria, versioned, hashed for identity."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from typing import Any

from cchc_desktop.domain.text import clean, clean_multiline

FORMAT = "cchc-checklist/1"


@dataclass(frozen=True)
class Criterion:
    code: str
    text: str
    guidance: str = ""
    evidence: str = ""
    max_score: float = 1.0
    source: str = ""


@dataclass(frozen=True)
class Area:
    code: str
    title: str
    criteria: tuple[Criterion, ...]


@dataclass(frozen=True)
class Template:
    """One version of a checklist. (key, version) names it; published versions never change."""

    key: str
    version: int
    title: str
    areas: tuple[Area, ...]
    scope: str = ""
    valid_from: str | None = None
    valid_to: str | None = None
    description: str = ""
    basis: tuple[str, ...] = field(default=())

    def criteria(self) -> list[tuple[Area, Criterion]]:
        """Every criterion with its area, in the order the inspection goes through them."""
        return [(area, criterion) for area in self.areas for criterion in area.criteria]

    def criterion(self, code: str) -> Criterion | None:
        """The criterion with this code (case ignored), or None."""
        wanted = code.strip().upper()
        return next((c for _a, c in self.criteria() if c.code.upper() == wanted), None)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form (see ``schema.TEMPLATE_SCHEMA``)."""
        data = asdict(self)
        data["basis"] = list(self.basis)
        data["areas"] = [
            {"code": a.code, "title": a.title, "criteria": [asdict(c) for c in a.criteria]}
            for a in self.areas
        ]
        return {"format": FORMAT, **data}

    def content_hash(self) -> str:
        """SHA-256 of the canonical JSON: two laptops holding the same template agree on it."""
        canonical = json.dumps(
            self.to_dict(), ensure_ascii=False, sort_keys=True, separators=(",", ":")
        )
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Template:
        """Build from already validated JSON data, normalising text to NFC."""
        areas = tuple(
            Area(
                code=clean(a["code"]).upper(),
                title=clean(a["title"]),
                criteria=tuple(
                    Criterion(
                        code=clean(c["code"]).upper(),
                        text=clean_multiline(c["text"]),
                        guidance=clean_multiline(c.get("guidance", "")),
                        evidence=clean_multiline(c.get("evidence", "")),
                        max_score=float(c.get("max_score", 1)),
                        source=clean_multiline(c.get("source", "")),
                    )
                    for c in a["criteria"]
                ),
            )
            for a in data["areas"]
        )
        return cls(
            key=clean(data["key"]),
            version=int(data["version"]),
            title=clean(data["title"]),
            areas=areas,
            scope=clean(data.get("scope", "")),
            valid_from=data.get("valid_from"),
            valid_to=data.get("valid_to"),
            description=clean_multiline(data.get("description", "")),
            basis=tuple(clean(b) for b in data.get("basis", [])),
        )
