"""The core's message catalogue: Qt's TS format, read and written without Qt.

``resources/translations/core_en.ts`` lists every (Vietnamese, English) pair the core writes
(``catalogue_extract`` collects them from the source). Each message keeps the English written in
the code as its developer comment (``<extracomment>``) and the translator's English as its
translation. While the two agree, the code is the source of truth and ``make translations``
follows its changes. When a translator changes a translation in Qt Linguist, that text wins at
run time (``english``); if the code's English then changes under it, the message is marked
unfinished for the translator to look at again, and the tests refuse an unfinished message.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from cchc_desktop.paths import resource


@dataclass(frozen=True)
class Message:
    """One entry: the module it comes from, its file, the Vietnamese template (the key), the
    English shown, the English written in the code, and whether a translator may rely on it."""

    context: str
    filename: str
    source: str
    translation: str
    draft: str
    finished: bool

    @property
    def corrected(self) -> bool:
        """A translator's English that differs from the code's."""
        return self.finished and self.translation != self.draft


def read_ts(path: Path) -> list[Message]:
    """The messages of a core TS file (the app's own resource, written by ``ts_text``)."""
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            location = message.find("location")
            translation = message.find("translation")
            text = translation.text or "" if translation is not None else ""
            messages.append(
                Message(
                    context=name,
                    filename=_filename(location),
                    source=message.findtext("source") or "",
                    translation=text,
                    draft=message.findtext("extracomment") or "",
                    finished=translation is not None and translation.get("type") is None,
                )
            )
    return messages


def _filename(location: ET.Element | None) -> str:
    name = location.get("filename", "") if location is not None else ""
    return name.removeprefix("../../")


def ts_text(messages: list[Message]) -> str:
    """The TS file for ``messages`` (grouped by context in the order given)."""
    root = ET.Element("TS", version="2.1", language="en", sourcelanguage="vi")
    contexts: dict[str, ET.Element] = {}
    for message in messages:
        if message.context not in contexts:
            contexts[message.context] = ET.SubElement(root, "context")
            ET.SubElement(contexts[message.context], "name").text = message.context
        entry = ET.SubElement(contexts[message.context], "message")
        # The file, not its line: a line number would change the catalogue at every edit of
        # the core and make each parallel change conflict in it.
        ET.SubElement(entry, "location", filename="../../" + message.filename)
        ET.SubElement(entry, "source").text = message.source
        ET.SubElement(entry, "extracomment").text = message.draft
        translation = ET.SubElement(entry, "translation")
        translation.text = message.translation
        if not message.finished:
            translation.set("type", "unfinished")
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n'


def merge(found: list[Message], previous: list[Message]) -> list[Message]:
    """The catalogue for the messages ``found`` in the code, keeping what a translator did in
    ``previous``: a corrected English stays; it turns unfinished if the code's English changed
    since. Messages no longer in the code are dropped."""
    earlier = {(m.context, m.source): m for m in previous}
    merged = []
    for message in found:
        old = earlier.get((message.context, message.source))
        if old is None or (old.finished and not old.corrected):
            merged.append(message)
        elif old.draft == message.draft:
            merged.append(replace(old, filename=message.filename))
        else:
            merged.append(
                replace(old, filename=message.filename, draft=message.draft, finished=False)
            )
    return merged


def placeholders(text: str) -> list[str]:
    """The ``{…}`` placeholders of a template, in order (doubled braces are literal)."""
    found, depth, start = [], 0, 0
    index = 0
    while index < len(text):
        char = text[index]
        if depth == 0 and text.startswith(("{{", "}}"), index):
            index += 2
            continue
        if char == "{":
            depth += 1
            start = index if depth == 1 else start
        elif char == "}" and depth:
            depth -= 1
            if depth == 0:
                found.append(text[start : index + 1])
        index += 1
    return found


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
    """The translators' corrections in a catalogue (none when the file is missing)."""
    if not path.is_file():
        return ()
    found = []
    for message in read_ts(path):
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
