"""What a print job is asked to print and what it reports back: small types kept apart from
the job itself (``print_job``), so a window that only offers printing does not load the
rendering and threading machinery before anyone prints."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_DPI = 300.0


@dataclass(frozen=True)
class Document:
    """A PDF to print and the name progress gives it ("Biên bản số 05/BB-ĐKT – Xã …")."""

    title: str
    pdf: bytes


@dataclass
class Printed:
    """What a finished job sent — pages of the documents, sides in all — and what it cost:
    CPU seconds of the render-ahead thread and of the painting thread, and the longest single
    call into Qt (Python's lock is held for all of it: the window's longest possible wait)."""

    documents: int = 0
    pages: int = 0
    impressions: int = 0
    render_cpu: float = 0.0
    paint_cpu: float = 0.0
    longest_call: float = 0.0
