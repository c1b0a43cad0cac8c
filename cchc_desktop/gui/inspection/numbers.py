"""Numbers as Vietnamese readers write them: a decimal comma, no needless zeros."""

from __future__ import annotations


def number_text(value: float) -> str:
    """10.5 → "10,5"; 2.0 → "2"; 0.25 → "0,25"."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")
