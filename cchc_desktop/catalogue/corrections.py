"""A translator's corrections of the core's English, applied where a message is shown.

``errors.pick`` asks ``english(vi, en)`` for every message shown in English. The catalogue
(``resources/translations/core_en.ts``) is read once; only its corrected entries (a translation
that differs from the code's English) are looked at.
"""

from __future__ import annotations

import logging
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from cchc_desktop.catalogue.ts_file import placeholders, read_ts
from cchc_desktop.paths import resource

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Correction:
    """A translator's English for one message, and how to recognise the message once filled
    in: its Vietnamese template, and the code's English template whose placeholders give the
    values the translation uses (the two halves may format a value differently)."""

    source: re.Pattern[str]
    draft: re.Pattern[str]
    names: tuple[str, ...]
    translation: str

    # Found inside a longer message too: both ends of both templates are words, not a value
    # (a value at an end would have no edge to stop at).
    quotable: bool

    def filled(self, match: re.Match[str]) -> str:
        """The translation with the values ``match`` found in the code's English."""
        return _fill(self.translation, dict(zip(self.names, match.groups(), strict=True)))


def _pattern(template: str) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """A regular expression matching a template's filled-in text, one group per placeholder."""
    names: list[str] = []
    parts: list[str] = []
    rest = template
    for placeholder in placeholders(template):
        before, _, rest = rest.partition(placeholder)
        parts.append(re.escape(_unbrace(before)))
        parts.append(f"(?P<p{len(names)}>.*?)")
        names.append(placeholder)
    parts.append(re.escape(_unbrace(rest)))
    return re.compile("".join(parts), re.DOTALL), tuple(names)


def _fill(template: str, values: dict[str, str]) -> str:
    """A template with each placeholder replaced by its value."""
    parts: list[str] = []
    rest = template
    for placeholder in placeholders(template):
        before, _, rest = rest.partition(placeholder)
        parts += [_unbrace(before), values.get(placeholder, placeholder)]
    return "".join([*parts, _unbrace(rest)])


def _unbrace(text: str) -> str:
    return text.replace("{{", "{").replace("}}", "}")


def _edge_value(template: str) -> bool:
    values = placeholders(template)
    return bool(values) and (template.startswith(values[0]) or template.endswith(values[-1]))


@cache
def default_catalogue() -> Path:
    """The catalogue the app ships: resources/translations/core_en.ts."""
    return resource("translations", "core_en.ts")


@cache
def corrections(path: Path) -> tuple[_Correction, ...]:
    """The translators' corrections in a catalogue (none when the file is missing or cannot be
    read: a damaged catalogue costs the corrections, never a message)."""
    try:
        messages = read_ts(path) if path.is_file() else []
    except (ET.ParseError, OSError) as exc:
        log.warning(
            "the message catalogue %s cannot be read (%s): the code's English is used", path, exc
        )
        return ()
    found = []
    for message in messages:
        if message.corrected:
            draft, names = _pattern(message.draft)
            quotable = not (_edge_value(message.source) or _edge_value(message.draft))
            source = _pattern(message.source)[0]
            found.append(_Correction(source, draft, names, message.translation, quotable))
    return tuple(found)


def english(vi: str, en: str, catalogue: Path | None = None) -> str:
    """The English for a (Vietnamese, English) pair: the translator's correction from the
    catalogue when this pair is one it corrects, else the code's English, with any corrected
    message quoted inside it (``f"Refused '{path}': {en}"``) corrected in place.

    Only corrected messages are looked at, so with no correction (the usual case) this costs
    one cached read of the catalogue.
    """
    found = corrections(catalogue or default_catalogue())
    for correction in found:
        match = correction.draft.fullmatch(en)
        if match and correction.source.fullmatch(vi):
            return correction.filled(match)
    for correction in found:
        match = correction.draft.search(en) if correction.quotable else None
        if match and correction.source.search(vi):
            en = en[: match.start()] + correction.filled(match) + en[match.end() :]
    return en
