"""`cchc check`: the store's own checks and those of the features that keep files of their own.

The list is put together here, above the store, so the store never imports a feature to check
its files (a feature that keeps files adds its check to CHECKS).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from cchc_desktop.photos.library import check_derivatives
from cchc_desktop.store import upkeep
from cchc_desktop.store.check_result import Finding
from cchc_desktop.store.value_check import check_values

if TYPE_CHECKING:
    from cchc_desktop.store.workspace import Workspace

CHECKS: list[Callable[[Workspace], list[Finding]]] = [
    upkeep.check_integrity,
    upkeep.check_foreign_keys,
    upkeep.check_schema,
    upkeep.check_media,
    check_derivatives,
    check_values,
]


def check(ws: Workspace) -> list[Finding]:
    """Run every check; the list says what is fine and what is not."""
    results: list[Finding] = []
    for run in CHECKS:
        results.extend(run(ws))
    return results
