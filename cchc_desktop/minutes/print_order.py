"""The order a print job sends its sides in: documents one after another, each with its copies.

The job makes the copies itself, one document at a time, so every printer (and Qt's PDF
printer, which knows no copies) gives the same stack of paper: each biên bản's copies
together; "collate" keeps each copy whole, otherwise each page is repeated. With duplex a
document of an odd page count gets a blank back, so the next one starts on a new sheet — and
copies are always collated, as a page repeated on its own back is no copy.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Side:
    """One side of paper: a document's page (0-based), or its blank back (page -1)."""

    document: int
    page: int
    copy: int

    @property
    def blank(self) -> bool:
        return self.page < 0


def sides(counts: Sequence[int], copies: int, collate: bool, duplex: bool) -> Iterator[Side]:
    """Every side to print, in order, for documents of ``counts`` pages."""
    copies = max(1, copies)
    for document, count in enumerate(counts):
        if collate or duplex:
            for copy in range(copies):
                yield from (Side(document, page, copy) for page in range(count))
                if duplex and count % 2:
                    yield Side(document, -1, copy)
        else:
            for page in range(count):
                yield from (Side(document, page, copy) for copy in range(copies))
