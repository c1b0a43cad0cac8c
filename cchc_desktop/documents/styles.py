"""Page geometry and paragraph styles of an ND 30/2020 document (Phụ lục I), in one place."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cchc_desktop.documents.blocks import Style
from cchc_desktop.documents.fonts import FontNames

MM = 72 / 25.4  # points per millimetre
CM = 10 * MM

PAGE_WIDTH = 210 * MM  # A4 portrait
PAGE_HEIGHT = 297 * MM
# ND 30: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
MARGIN_TOP = 20 * MM
MARGIN_BOTTOM = 20 * MM
MARGIN_LEFT = 30 * MM
MARGIN_RIGHT = 15 * MM
FRAME_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT

BODY_SIZE = 13  # ND 30: 13–14
LEADING = 17  # about 1.3 lines: between single and 1.5 as ND 30 allows
INDENT = 1 * CM  # first-line indent, 1 cm or 1.27 cm
SPACE_AFTER = 6  # at least 6 pt between paragraphs
PAGE_NUMBER_SIZE = 13

# Header table: the bodies on the left, the Quốc hiệu on the right, as in the ND 30 samples.
HEADER_LEFT = 0.42 * FRAME_WIDTH
HEADER_RIGHT = FRAME_WIDTH - HEADER_LEFT
HEADER_SIZE = 13
NATIONAL_SIZE = 12  # Quốc hiệu: 12–13, bold
MOTTO_SIZE = 13  # Tiêu ngữ: 13–14, bold

# Signature blocks: space for the handwritten signature, then the name, then room for the
# visible digital-signature stamp (the PDF keeps an empty signature field there).
SIGNATURE_IMAGE_HEIGHT = 22 * MM
SIGNATURE_IMAGE_WIDTH = 55 * MM
STAMP_HEIGHT = 15 * MM
STAMP_WIDTH = 66 * MM

# Photo appendix: two photos fit one page with their captions.
PHOTO_MAX_WIDTH = FRAME_WIDTH
PHOTO_MAX_HEIGHT = 95 * MM

# The signatures' ballpoint blue (RGB 0-255): the pad draws with it, the document prints it.
INK = (0x1F, 0x3A, 0x93)
INK_BLUE = tuple(c / 255 for c in INK)  # the signatures' ballpoint blue, as ReportLab takes it


@dataclass(frozen=True)
class Sheet:
    """Every paragraph style the layout uses, built on the registered fonts."""

    fonts: FontNames
    styles: dict[str, Any]

    def __getitem__(self, name: str) -> Any:
        return self.styles[name]


def sheet(fonts: FontNames) -> Sheet:
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.styles import ParagraphStyle

    base = ParagraphStyle(
        "base",
        fontName=fonts.regular,
        bulletFontName=fonts.regular,
        fontSize=BODY_SIZE,
        leading=LEADING,
        alignment=TA_JUSTIFY,
        firstLineIndent=INDENT,
        spaceAfter=SPACE_AFTER,
    )

    def style(name: str, **changes: Any) -> Any:
        return ParagraphStyle(name, parent=base, **changes)

    centred = {"alignment": TA_CENTER, "firstLineIndent": 0}
    styles = {
        Style.BODY: style("body"),
        Style.ITEM: style("item", spaceAfter=3),
        Style.BASIS: style("basis", fontName=fonts.italic, spaceAfter=3),
        # A heading never ends a page: it keeps with the paragraph it introduces.
        Style.HEADING: style("heading", fontName=fonts.bold, spaceBefore=6, keepWithNext=1),
        Style.SUBHEADING: style("subheading", fontName=fonts.bold, keepWithNext=1),
        Style.TITLE: style(
            "title",
            fontName=fonts.bold,
            fontSize=14,
            leading=18,
            spaceBefore=18,
            spaceAfter=0,
            **centred,
        ),
        Style.SUBJECT: style(
            "subject", fontName=fonts.bold, fontSize=14, leading=18, spaceAfter=4, **centred
        ),
        Style.NOTE: style("note", fontName=fonts.italic, spaceAfter=8, **centred),
        Style.APPENDIX: style(
            "appendix", fontName=fonts.bold, fontSize=14, leading=18, spaceAfter=2, **centred
        ),
        Style.CAPTION: style(
            "caption", fontSize=12, leading=15, spaceAfter=2, spaceBefore=4, **centred
        ),
        "header_parent": style(
            "header_parent", fontSize=HEADER_SIZE, leading=16, spaceAfter=0, **centred
        ),
        "header_issuer": style(
            "header_issuer",
            fontName=fonts.bold,
            fontSize=HEADER_SIZE,
            leading=16,
            spaceAfter=0,
            **centred,
        ),
        "header_number": style(
            "header_number", fontSize=HEADER_SIZE, leading=16, spaceAfter=0, **centred
        ),
        "national": style(
            "national",
            fontName=fonts.bold,
            fontSize=NATIONAL_SIZE,
            leading=16,
            spaceAfter=0,
            **centred,
        ),
        "motto": style(
            "motto", fontName=fonts.bold, fontSize=MOTTO_SIZE, leading=16, spaceAfter=0, **centred
        ),
        "place_date": style(
            "place_date",
            fontName=fonts.italic,
            fontSize=HEADER_SIZE,
            leading=16,
            spaceAfter=0,
            **centred,
        ),
        "sign_heading": style("sign_heading", fontName=fonts.bold, spaceAfter=0, **centred),
        "sign_post": style("sign_post", fontName=fonts.italic, spaceAfter=0, **centred),
        "sign_name": style("sign_name", fontName=fonts.bold, spaceAfter=0, **centred),
        "recipients_heading": style(
            "recipients_heading",
            fontName=fonts.bold_italic,
            fontSize=12,
            leading=14,
            alignment=TA_LEFT,
            firstLineIndent=0,
            spaceAfter=0,
        ),
        "recipients": style(
            "recipients",
            fontSize=11,
            leading=13,
            alignment=TA_LEFT,
            firstLineIndent=0,
            spaceAfter=0,
        ),
    }
    return Sheet(fonts, styles)
