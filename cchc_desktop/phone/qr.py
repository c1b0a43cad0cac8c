"""The QR code of the phone page's address (segno): a PNG for the window, text for a terminal.

Error correction M (15 %): the code is read off a laptop screen, sometimes at an angle or
with a reflection, and an address of ~60 characters still makes a small symbol (version 4).
"""

from __future__ import annotations

import io

import segno


def qr_png(text: str, *, scale: int = 8) -> bytes:
    """A black-on-white PNG with the standard quiet zone; ``scale`` pixels a module."""
    buffer = io.BytesIO()
    segno.make(text, error="m", micro=False).save(buffer, kind="png", scale=scale, border=4)
    return buffer.getvalue()


def qr_text(text: str) -> str:
    """The code in Unicode half blocks (two rows a line), for a terminal with a dark background."""
    buffer = io.StringIO()
    segno.make(text, error="m", micro=False).terminal(out=buffer, compact=True)
    return buffer.getvalue()
