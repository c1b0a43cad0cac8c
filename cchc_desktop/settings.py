"""The user's settings, declared once with types and defaults, stored as JSON in the data folder."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from cchc_desktop.store.atomic import write_atomic

# Bump when a field is renamed or its meaning changes, and add the step to _UPGRADES.
SETTINGS_VERSION = 1


@dataclass
class Settings:
    """Everything the user can set; each field's default is what a new installation uses."""

    user_name: str = ""
    user_title: str = ""
    user_unit: str = ""
    place_name: str = "Lạng Sơn"
    # {so} is the running number of the plan (two digits at least, as ND 30 wants); {nam} the year.
    doc_number_pattern: str = "{so}/BB-ĐKT"
    language: str = "vi"
    text_scale: int = 100
    high_contrast: bool = False
    # Burn time, unit and team lead into the print copy of newly imported photos (never the original).
    photo_stamp: bool = False
    version: int = SETTINGS_VERSION

    @classmethod
    def load(cls, path: Path) -> Settings:
        """The settings in ``path``; defaults for a missing or unreadable file or unknown keys."""
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(raw, dict):
            return cls()
        raw = _upgrade(raw)
        known = {f.name: f for f in fields(cls)}
        values: dict[str, Any] = {}
        defaults = cls()
        for name, value in raw.items():
            field = known.get(name)
            if field is None:
                continue
            expected = type(getattr(defaults, name))
            if isinstance(value, expected):
                values[name] = value
        return cls(**values)

    def save(self, path: Path) -> None:
        data = json.dumps(dataclasses.asdict(self), ensure_ascii=False, indent=2)
        write_atomic(path, data.encode("utf-8"))


def _upgrade(raw: dict[str, Any]) -> dict[str, Any]:
    """Carry settings written by an older version forward (no steps yet beyond version 1)."""
    raw = dict(raw)
    raw["version"] = SETTINGS_VERSION
    return raw
