"""Previous recommendations (kiến nghị kỳ trước): the words and rules that need no database.

A later inspection checks what earlier inspections of the unit (or of the units it was formed
from) recommended. Both templates ask about it in one criterion ("Thực hiện các kiến nghị,
yêu cầu của đoàn kiểm tra … lần trước"); its note is best the summary of what was checked, so
the answer and the evidence agree.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from cchc_desktop.domain.findings import FollowUpStatus
from cchc_desktop.domain.text import fold
from cchc_desktop.errors import pick

# What the criterion's text says in both bundled templates (and in any version a secretary
# makes from them), folded: case, diacritics and the words after it do not matter.
_CRITERION_WORDS = fold("Thực hiện các kiến nghị, yêu cầu của đoàn kiểm tra")

# The order a summary names the statuses in: what was done first.
SUMMARY_ORDER = (
    FollowUpStatus.DA_HOAN_THANH,
    FollowUpStatus.DANG_THUC_HIEN,
    FollowUpStatus.CHUA_THUC_HIEN,
)
NONE_VI = "Không có kiến nghị của đoàn kiểm tra kỳ trước"
NONE_EN = "No recommendations from earlier inspections"
# A line of a note that an earlier summary wrote (replaced, not repeated, by a new one).
_SUMMARY_LINE = re.compile(rf"^(\d+ kiến nghị: .*|{NONE_VI}\.?)$")


def is_followup_criterion(text: str) -> bool:
    """Whether a criterion asks about carrying out the previous inspection's recommendations."""
    return _CRITERION_WORDS in fold(text)


def status_counts(statuses: Iterable[str]) -> Counter[str]:
    """How many recommendations are in each follow-up status."""
    return Counter(FollowUpStatus(status).value for status in statuses)


def summary_vi(statuses: Iterable[str]) -> str:
    """ "5 kiến nghị: 3 đã hoàn thành, 1 đang thực hiện, 1 chưa thực hiện" (statuses with
    none are left out), or "Không có kiến nghị của đoàn kiểm tra kỳ trước". Always Vietnamese:
    it is written into the checklist's note and from there into the biên bản."""
    counts = status_counts(statuses)
    total = sum(counts.values())
    if not total:
        return NONE_VI
    parts = [f"{counts[s.value]} {s.label_vi.lower()}" for s in SUMMARY_ORDER if counts[s.value]]
    return f"{total} kiến nghị: {', '.join(parts)}"


def summary(statuses: Iterable[str]) -> str:
    """The summary in the current message language (for the CLI and the window's labels)."""
    counts = status_counts(statuses)
    total = sum(counts.values())
    if not total:
        return pick(NONE_VI, NONE_EN)
    vi = summary_vi(counts.elements())
    parts = [f"{counts[s.value]} {s.label.lower()}" for s in SUMMARY_ORDER if counts[s.value]]
    noun = "recommendation" if total == 1 else "recommendations"
    return pick(vi, f"{total} {noun}: {', '.join(parts)}")


def note_with_summary(note: str, summary_text: str) -> str:
    """The criterion's note with ``summary_text`` in it: an earlier summary line is replaced,
    any other words the lead wrote stay; an empty note becomes the summary."""
    lines = note.splitlines()
    for index, line in enumerate(lines):
        if _SUMMARY_LINE.match(line.strip()):
            lines[index] = summary_text
            return "\n".join(lines)
    if not note.strip():
        return summary_text
    return note.rstrip() + "\n" + summary_text
