"""Tooltips that show a record's text as it is.

Qt shows a tooltip as rich text when it looks like HTML (a known tag on its first line:
``Qt::mightBeRichText``): a unit name or a recommendation that came in a package as
"<h1 style=…>" would be drawn styled, sized or hidden as its author chose. Such a text is
escaped and given as a paragraph that keeps its spaces and line breaks; any other text is
left as it is (a plain tooltip, as before).
"""

from __future__ import annotations


def plain_tooltip(text: str) -> str:
    """``text`` for ``setToolTip`` or a model's tooltip role, never read as HTML."""
    if "<" not in text and "&" not in text:
        return text
    from html import escape  # only then: html.entities is a large table to import at start-up

    return '<p style="white-space:pre-wrap">' + escape(text, quote=False) + "</p>"
