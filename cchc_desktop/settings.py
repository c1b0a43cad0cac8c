"""The user's settings, declared once with types and defaults, stored as JSON in the data folder.

The window's settings page and the core read the same ``Settings``; nothing here imports Qt.
"""

from __future__ import annotations

import dataclasses
import json
import re
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from cchc_desktop.atomic import write_atomic

# Bump when a field is renamed or its meaning changes, and add the step to _upgrade().
SETTINGS_VERSION = 2

# The text sizes the window offers (percent of the normal size): A−, A, A+ and a larger one.
TEXT_SCALES = (90, 100, 115, 130)
LANGUAGES = ("vi", "en")
# The print resolutions offered: draft, normal (enough for 13 pt text and signatures), fine.
PRINT_DPIS = (200, 300, 600)
INBOX_DONE_DAYS = 90

_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
_KNOWN_PLACEHOLDERS = frozenset({"so", "nam"})


@dataclass
class Settings:
    """Everything the user can set; each field's default is what a new installation uses."""

    user_name: str = ""
    user_title: str = ""
    user_unit: str = ""
    # The user's organisation's chủ quản ("UBND TỈNH LẠNG SƠN"): the line above it when a
    # báo cáo is issued in its name.
    user_unit_parent: str = ""
    place_name: str = "Lạng Sơn"
    # {so} is the running number of the plan (two digits at least, as ND 30 wants); {nam} the year.
    doc_number_pattern: str = "{so}/BB-ĐKT"
    language: str = "vi"
    text_scale: int = 100
    high_contrast: bool = False
    # The window's own state: where it was and which page was open (base64 of Qt's geometry).
    window_geometry: str = ""
    last_page: str = ""
    # Burn time, unit and team lead into the print copy of newly imported photos (never the original).
    photo_stamp: bool = False
    # Digital signatures: an RFC 3161 time-stamp server (empty: none), and a USB token's
    # PKCS#11 library that the known list of Vietnamese CAs' modules does not have.
    tsa_url: str = ""
    pkcs11_module: str = ""
    # Who signs the báo cáo (ND 30 ô 7): quyền hạn ("KT. TRƯỞNG BAN"), chức vụ ("PHÓ TRƯỞNG
    # BAN"), họ tên. Left empty, the report prints the chức vụ usual for its issuing body.
    report_signer_authority: str = ""
    report_signer_post: str = ""
    report_signer_name: str = ""
    # Printing renders each page at this resolution (dots per inch), never above the printer's.
    print_dpi: int = 300
    # Answering a criterion (1–4) moves on to the next one; to the note instead when one is owed.
    advance_after_answer: bool = True
    # Packages merged from the inbox are kept in inbox/done this many days, then removed (at
    # the exchange page's start and rescans); 0 keeps them for ever. Every record and file
    # they brought is in the database and the media store by then: a year of 12 MP photos
    # kept twice is gigabytes.
    inbox_done_days: int = INBOX_DONE_DAYS
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
        known = {f.name for f in fields(cls)}
        values: dict[str, Any] = {}
        defaults = cls()
        for name, value in raw.items():
            if name not in known:
                continue
            expected = type(getattr(defaults, name))
            # bool is an int in Python: a stray true must not become a text size.
            if isinstance(value, expected) and not (expected is int and isinstance(value, bool)):
                values[name] = value
        return cls(**values).normalised()

    def save(self, path: Path) -> None:
        """Write the settings to ``path`` atomically, as indented UTF-8 JSON."""
        data = json.dumps(dataclasses.asdict(self), ensure_ascii=False, indent=2)
        write_atomic(path, data.encode("utf-8"))

    def normalised(self) -> Settings:
        """The same settings with out-of-range values (hand-edited files) put back in range."""
        scale = min(TEXT_SCALES, key=lambda s: abs(s - self.text_scale))
        dpi = min(PRINT_DPIS, key=lambda d: abs(d - self.print_dpi))
        language = self.language if self.language in LANGUAGES else "vi"
        pattern = self.doc_number_pattern
        if doc_number_problem(pattern) is not None:
            pattern = Settings.doc_number_pattern
        keep = self.inbox_done_days if self.inbox_done_days >= 0 else INBOX_DONE_DAYS
        return dataclasses.replace(
            self,
            text_scale=scale,
            language=language,
            doc_number_pattern=pattern,
            print_dpi=dpi,
            inbox_done_days=keep,
        )

    def doc_number(self, number: int, year: int) -> str:
        """A document number from the pattern: "05/BB-ĐKT" for number 5 (ND 30: two digits)."""
        return self.doc_number_pattern.replace("{so}", f"{number:02d}").replace("{nam}", str(year))


def doc_number_problem(pattern: str) -> tuple[str, str] | None:
    """What is wrong with a document number pattern (Vietnamese, English), or None if usable."""
    if "{so}" not in pattern:
        return (
            "Mẫu số văn bản phải có {so} (chỗ ghi số thứ tự), ví dụ {so}/BB-ĐKT.",
            "The document number pattern needs {so} (the running number), e.g. {so}/BB-ĐKT.",
        )
    unknown = sorted(set(_PLACEHOLDER.findall(pattern)) - _KNOWN_PLACEHOLDERS)
    if unknown:
        names = ", ".join("{" + name + "}" for name in unknown)
        return (
            f"Mẫu số văn bản chỉ dùng được {{so}} và {{nam}}; không hiểu {names}.",
            f"The pattern may use only {{so}} and {{nam}}; unknown {names}.",
        )
    if pattern.count("{") != pattern.count("}"):
        return (
            "Mẫu số văn bản có dấu ngoặc { } chưa khớp.",
            "The pattern has unbalanced braces { }.",
        )
    return None


def _upgrade(raw: dict[str, Any]) -> dict[str, Any]:
    """Carry settings written by an older version forward, one version step at a time."""
    raw = dict(raw)
    version = raw.get("version", 1)
    if not isinstance(version, int):
        version = 1
    if version < 2:
        # Version 1 stored the text size as a free percentage; version 2 offers fixed steps
        # (normalised() snaps to the nearest) and adds the window's own state with defaults.
        raw.setdefault("window_geometry", "")
        raw.setdefault("last_page", "")
    raw["version"] = SETTINGS_VERSION
    return raw
