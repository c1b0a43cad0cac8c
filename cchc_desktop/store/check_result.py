"""One line of `cchc check`: the store's checks and those of the features above it share it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Finding:
    """One result of the check: ``ok`` False means something needs a person's attention."""

    ok: bool
    what: str
    detail: str = ""
