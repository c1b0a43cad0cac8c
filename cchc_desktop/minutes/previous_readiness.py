"""The readiness rule about previous recommendations: warn (never block) when one was not
looked at during the inspection.

A standalone rule so the one readiness check (``minutes.readiness``, issue 11) can list it
with its others: ``previous_not_reviewed(ws, inspection_id)`` returns one warning per
recommendation of an earlier inspection (``store.previous``) that the visit did not review.
Each names the window's place to fix it: the tab ``previous`` and the recommendation's id.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from cchc_desktop.domain.dates import dmy
from cchc_desktop.errors import pick
from cchc_desktop.store.previous import unreviewed

if TYPE_CHECKING:
    from cchc_desktop.store.workspace import Workspace

# The inspection view's tab where a previous recommendation is reviewed (gui/inspection/tabs.py).
TAB = "previous"
_SHORT = 70


@dataclass(frozen=True)
class PreviousWarning:
    """One warning: what to say (the current language), and where the lead fixes it."""

    message: str
    finding_id: str
    tab: str = TAB
    blocking: bool = False


def previous_not_reviewed(ws: Workspace, inspection_id: str) -> list[PreviousWarning]:
    """A warning for each previous recommendation not looked at during this inspection."""
    warnings = []
    for row in unreviewed(ws, inspection_id):
        text = row["text"] if len(row["text"]) <= _SHORT else row["text"][: _SHORT - 1] + "…"
        when = dmy(row["date"])
        warnings.append(
            PreviousWarning(
                pick(
                    f"Kiến nghị kỳ trước chưa được xem xét: «{text}» ({row['unit']}, kiểm tra "
                    f"ngày {when}).",
                    f"A previous recommendation was not looked at: '{text}' ({row['unit']}, "
                    f"inspected on {when}).",
                ),
                row["id"],
            )
        )
    return warnings
