"""The readiness rule about previous recommendations: warn (never block) when one was not
looked at during the inspection.

``previous_not_reviewed(ws, inspection_id)`` returns one warning per recommendation of an
earlier inspection (``store.previous``) that the visit did not review, each naming the window's
place to fix it: the tab ``previous`` and the recommendation's id. ``previous_reviewed`` is the
same as a rule of the one readiness check (``minutes.readiness``, registered with ``@rule``), so
`cchc minutes check` and the "Ký & xuất" tab list it with the others.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cchc_desktop.domain.dates import dmy
from cchc_desktop.errors import pick
from cchc_desktop.minutes.readiness import Facts, Item, Severity, Target, rule
from cchc_desktop.store.previous import unreviewed

if TYPE_CHECKING:
    from cchc_desktop.store.workspace import Workspace

# The inspection view's tab where a previous recommendation is reviewed (gui/inspection/tabs.py).
TAB = "previous"
_SHORT = 70


@dataclass(frozen=True)
class PreviousWarning:
    """One warning: what to say (in Vietnamese and English), and where the lead fixes it."""

    vi: str
    en: str
    finding_id: str
    tab: str = TAB
    blocking: bool = False

    @property
    def message(self) -> str:
        """The warning in the window's language."""
        return pick(self.vi, self.en)


def previous_not_reviewed(ws: Workspace, inspection_id: str) -> list[PreviousWarning]:
    """A warning for each previous recommendation not looked at during this inspection."""
    warnings = []
    for row in unreviewed(ws, inspection_id):
        text = row["text"] if len(row["text"]) <= _SHORT else row["text"][: _SHORT - 1] + "…"
        when = dmy(row["date"])
        warnings.append(
            PreviousWarning(
                f"Kiến nghị kỳ trước chưa được xem xét: «{text}» ({row['unit']}, kiểm tra "
                f"ngày {when}).",
                f"A previous recommendation was not looked at: '{text}' ({row['unit']}, "
                f"inspected on {when}).",
                row["id"],
            )
        )
    return warnings


@rule
def previous_reviewed(facts: Facts) -> Iterator[Item]:
    """Each previous recommendation was looked at during the visit (a warning). Read from the
    database: a stored snapshot (a further signature) has nothing more to say about it."""
    if facts.workspace is None:
        return
    for warning in previous_not_reviewed(facts.workspace, facts.inspection_id):
        yield Item(
            "previous.not_reviewed",
            Severity.WARN,
            warning.vi,
            warning.en,
            Target(warning.tab, warning.finding_id),
        )
