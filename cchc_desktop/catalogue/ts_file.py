"""The core's message catalogue as Qt's TS file, read and written without Qt.

``resources/translations/core_en.ts`` lists every (Vietnamese, English) pair the code writes
(``extract`` collects them). Each message keeps the English written in the code as its
developer comment (``<extracomment>``) and the English shown as its translation. While the two
agree, the code is the source of truth and ``make translations`` follows its changes. When a
translator changes a translation in Qt Linguist, that text wins at run time (``corrections``);
if the code's English then changes under it, ``merge`` marks the message unfinished for the
translator to look at again, and the tests refuse an unfinished message.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, replace
from pathlib import Path


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
    since, or if only its values were renamed in the code (``{item}`` → ``{refusal}``). Messages
    no longer in the code are dropped."""
    earlier = {(m.context, m.source): m for m in previous}
    worked_on = {
        (m.context, _shape(m.source)): m for m in previous if not m.finished or m.corrected
    }
    merged = []
    for message in found:
        old = earlier.get((message.context, message.source))
        renamed = worked_on.get((message.context, _shape(message.source)))
        if old is None and renamed is not None:
            merged.append(replace(message, translation=renamed.translation, finished=False))
        elif old is None or (old.finished and not old.corrected):
            merged.append(message)
        elif old.draft == message.draft:
            merged.append(replace(old, filename=message.filename))
        else:
            merged.append(
                replace(old, filename=message.filename, draft=message.draft, finished=False)
            )
    return merged


def _shape(template: str) -> str:
    """A template with its placeholders blanked: two that differ only in what the code names
    its values are the same message."""
    for placeholder in placeholders(template):
        template = template.replace(placeholder, "{}", 1)
    return template


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
