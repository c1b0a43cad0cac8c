"""Blocks to ReportLab flowables: the ND 30 header with its rules, paragraphs, signer blocks.

The signer blocks record where on the page they were drawn (``SignatureBox``), so the render
can leave a signature field exactly in each signer's block for the digital-signature stamp.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cchc_desktop.documents import styles as st
from cchc_desktop.documents.blocks import (
    Block,
    Figure,
    Header,
    PageBreak,
    Para,
    Recipients,
    SignatureBlock,
    Signatures,
)

ImageSource = Callable[[str], bytes | None]

QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
TIEU_NGU = "Độc lập - Tự do - Hạnh phúc"
# Where a body's name may break: between word groups, never inside one ("CẢI CÁCH HÀNH / CHÍNH"
# splits a word). A place ("TỈNH LẠNG SƠN") runs to the end of the name; the phrases below are
# the groups bodies' names are made of. Longest first, so "ỦY BAN NHÂN DÂN" wins over "DÂN".
_PLACE_WORDS = ("THÀNH PHỐ", "THỊ TRẤN", "THỊ XÃ", "ĐẶC KHU", "TỈNH", "HUYỆN", "QUẬN", "XÃ",
                "PHƯỜNG")  # fmt: skip
_GROUPS = tuple(
    sorted(
        (
            "ỦY BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN", "BAN CHỈ ĐẠO", "CẢI CÁCH HÀNH CHÍNH",
            "ĐOÀN KIỂM TRA", "SỞ NỘI VỤ", "VĂN PHÒNG", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG",
            "PHỤC VỤ HÀNH CHÍNH CÔNG", "BỘ PHẬN MỘT CỬA", "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ",
            "KIỂM SOÁT THỦ TỤC HÀNH CHÍNH", "THỦ TỤC HÀNH CHÍNH", "HÀNH CHÍNH CÔNG",
            "CHUYỂN ĐỔI SỐ", "TỔ CHỨC BIÊN CHẾ", "CÔNG AN", "NỘI VỤ", "CHÍNH PHỦ",
        ),
        key=lambda g: -len(g.split()),
    )
)  # fmt: skip
# Two-syllable words a phrase too wide for a line may still be broken between.
_WORDS = ("TRUNG TÂM", "PHỤC VỤ", "HÀNH CHÍNH", "CẢI CÁCH", "NHÂN DÂN", "KIỂM TRA", "THỦ TỤC",
          "MỘT CỬA", "BỘ PHẬN", "CHỈ ĐẠO", "TIẾP NHẬN", "KẾT QUẢ", "KIỂM SOÁT")  # fmt: skip


@dataclass(frozen=True)
class SignatureBox:
    """Where a signer's stamp goes: page (0-based) and rectangle in PDF points."""

    role: str
    page: int
    x0: float
    y0: float
    x1: float
    y1: float

    def as_list(self) -> list[float]:
        return [self.x0, self.y0, self.x1, self.y1]

    def whole_points(self) -> tuple[int, int, int, int]:
        """The rectangle rounded to whole points, as PDF field rectangles are usually given."""
        return (round(self.x0), round(self.y0), round(self.x1), round(self.y1))


def word_groups(name: str, phrases: tuple[str, ...] = _GROUPS) -> list[str]:
    """A body's name as the groups a line may not split: known phrases, a place to the end,
    other words alone ("BAN CHỈ ĐẠO", "CẢI CÁCH HÀNH CHÍNH", "TỈNH LẠNG SƠN")."""
    words = name.split()
    groups: list[str] = []
    i = 0
    while i < len(words):
        rest = " ".join(words[i:])
        place = next((p for p in _PLACE_WORDS if rest.startswith(p + " ")), None)
        if place is not None and groups:
            groups.append(rest)
            break
        phrase = next((g for g in phrases if rest == g or rest.startswith(g + " ")), None)
        size = len(phrase.split()) if phrase else 1
        groups.append(" ".join(words[i : i + size]))
        i += size
    return groups


def header_lines(name: str, font: str, size: float, width: float) -> list[str]:
    """A body's name in the header as lines that fit ``width``, broken only between word
    groups: as few lines as possible, the most even of them; a group wider than a line is
    broken word by word as a last resort."""
    from itertools import combinations, pairwise

    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(name, font, size) <= width:
        return [name]

    def fits(groups: list[str], seams: set[int]) -> list[str] | None:
        """The fewest lines; among them the fewest breaks off ``seams`` (inside a phrase), then
        the most even."""
        for count in range(2, len(groups) + 1):
            best: list[str] | None = None
            best_rank = (0, 0.0)
            for cuts in combinations(range(1, len(groups)), count - 1):
                bounds = (0, *cuts, len(groups))
                lines = [" ".join(groups[a:b]) for a, b in pairwise(bounds)]
                widest = max(stringWidth(line, font, size) for line in lines)
                rank = (sum(1 for c in cuts if c not in seams), widest)
                if widest <= width and (best is None or rank < best_rank):
                    best, best_rank = lines, rank
            if best is not None:
                return best
        return None

    groups = word_groups(name)
    found = fits(groups, set(range(len(groups) + 1)))
    if found is None:  # a phrase wider than a line: break it between its words, not inside one
        finer: list[str] = []
        seams = {0}
        for group in groups:
            wide = stringWidth(group, font, size) > width
            finer += word_groups(group, _WORDS) if wide else [group]
            seams.add(len(finer))
        found = fits(finer, seams)
    if found is not None:
        return found
    lines: list[str] = simpleSplit(name, font, size, width)
    return lines


def escape(text: str) -> str:
    """``text`` safe inside ReportLab paragraph markup (its three special characters).

    The same as ``xml.sax.saxutils.escape``, without loading ``xml.sax``, which brings
    urllib, http and email with it: tens of milliseconds on the first show of a biên bản.
    """
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def markup(para: Para) -> str:
    """ReportLab paragraph markup of the runs (text escaped, faces as <b>/<i>)."""
    parts = []
    for run in para.runs:
        text = escape(run.text).replace("\n", "<br/>")
        if run.bold:
            text = f"<b>{text}</b>"
        if run.italic:
            text = f"<i>{text}</i>"
        parts.append(text)
    return "".join(parts)


def _flowable_classes() -> Any:
    """The two small flowables, defined on first use (ReportLab is imported lazily)."""
    from reportlab.platypus.flowables import Flowable

    class Rule(Flowable):  # type: ignore[misc]
        """A centred horizontal rule of a given length (under the issuer and the Tiêu ngữ)."""

        def __init__(self, length: float, space_before: float = 4, space_after: float = 2):
            super().__init__()
            self.length = length
            self.space_before = space_before
            self.space_after = space_after

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            self.avail = avail_width
            return avail_width, self.space_before + self.space_after + 0.6

        def draw(self) -> None:
            x = (self.avail - self.length) / 2
            y = self.space_after
            self.canv.setLineWidth(0.6)
            self.canv.line(x, y, x + self.length, y)

    class Anchor(Flowable):  # type: ignore[misc]
        """Space in a signer block that remembers where it was drawn; may hold an image."""

        def __init__(
            self,
            role: str,
            width: float,
            height: float,
            boxes: dict[str, SignatureBox] | None,
            image: bytes | None = None,
        ):
            super().__init__()
            self.role = role
            self.width = width
            self.height = height
            self.boxes = boxes
            self.image = image

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            return self.width, self.height

        def draw(self) -> None:
            if self.image is not None:
                _draw_signature_image(self.canv, self.image, self.width, self.height)
            if self.boxes is not None:
                x, y = self.canv.absolutePosition(0, 0)
                page = self.canv.getPageNumber() - 1
                self.boxes[self.role] = SignatureBox(
                    self.role, page, round(x, 2), round(y, 2),
                    round(x + self.width, 2), round(y + self.height, 2),
                )  # fmt: skip

    return Rule, Anchor


def _draw_signature_image(canv: Any, data: bytes, width: float, height: float) -> None:
    """The handwritten signature (transparent PNG) scaled into the space, centred, aspect kept."""
    from io import BytesIO

    from reportlab.lib.utils import ImageReader

    reader = ImageReader(BytesIO(data))
    iw, ih = reader.getSize()
    scale = min(width / iw, height / ih)
    w, h = iw * scale, ih * scale
    canv.drawImage(reader, (width - w) / 2, (height - h) / 2, w, h, mask="auto")


class Layout:
    """Turns blocks into flowables for one render, collecting the signature boxes."""

    def __init__(self, sheet: st.Sheet, images: ImageSource) -> None:
        self.sheet = sheet
        self.images = images
        self.boxes: dict[str, SignatureBox] = {}
        self.Rule, self.Anchor = _flowable_classes()

    def flowables(self, blocks: list[Block]) -> list[Any]:
        from reportlab.platypus import KeepTogether
        from reportlab.platypus import PageBreak as RLPageBreak

        out: list[Any] = []
        for index, block in enumerate(blocks):
            previous = blocks[index - 1] if index else None
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            if isinstance(block, Header):
                out.append(self.header(block))
            elif isinstance(block, Para):
                out.extend(self.paragraph_with_rule(block))
            elif isinstance(block, Signatures):
                # The paragraph before them (the closing sentence), the signatures and Nơi nhận
                # share one page: a signature never starts a page on its own.
                closing = [out.pop()] if isinstance(previous, Para) else []
                recipients = following if isinstance(following, Recipients) else None
                out.append(KeepTogether([*closing, *self.signatures(block, recipients)]))
            elif isinstance(block, Recipients):
                if not isinstance(previous, Signatures):  # else drawn with the signatures
                    out.append(KeepTogether(self.recipients(block)))
            elif isinstance(block, PageBreak):
                out.append(RLPageBreak())
            elif isinstance(block, Figure):
                out.append(self.figure(block))
        return out

    def paragraph(self, block: Para) -> Any:
        from reportlab.platypus import Paragraph

        return Paragraph(markup(block), self.sheet[block.style])

    def paragraph_with_rule(self, block: Para) -> list[Any]:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        from cchc_desktop.documents.blocks import Style

        flow = [self.paragraph(block)]
        if block.style is Style.SUBJECT:
            style = self.sheet[Style.SUBJECT]
            longest = max(
                stringWidth(line, style.fontName, style.fontSize) for line in block.text.split("\n")
            )
            flow.append(self.Rule(min(longest, st.FRAME_WIDTH) / 3, space_before=2, space_after=6))
        return flow

    def header(self, block: Header) -> Any:
        from reportlab.pdfbase.pdfmetrics import stringWidth
        from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

        s = self.sheet
        room = st.HEADER_LEFT
        left: list[Any] = []
        if block.parent_body:
            lines = header_lines(block.parent_body.upper(), s.fonts.regular, st.HEADER_SIZE, room)
            left.append(Paragraph("<br/>".join(map(escape, lines)), s["header_parent"]))
        lines = header_lines(block.issuer.upper(), s.fonts.bold, st.HEADER_SIZE, room)
        left.append(Paragraph("<br/>".join(map(escape, lines)), s["header_issuer"]))
        longest = max(stringWidth(line, s.fonts.bold, st.HEADER_SIZE) for line in lines)
        # ND 30: a rule 1/3 to 1/2 as long as the issuing body's name.
        left.append(self.Rule(longest * 0.4))
        left.append(Spacer(1, 4))
        left.append(Paragraph(escape(f"Số: {block.number}"), s["header_number"]))
        motto_width = stringWidth(TIEU_NGU, s.fonts.bold, st.MOTTO_SIZE)
        right = [
            Paragraph(QUOC_HIEU, s["national"]),
            Paragraph(escape(TIEU_NGU), s["motto"]),
            self.Rule(motto_width),
        ]
        if block.place_date:
            right += [Spacer(1, 4), Paragraph(escape(block.place_date), s["place_date"])]
        table = Table([[left, right]], colWidths=[st.HEADER_LEFT, st.HEADER_RIGHT])
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                    ("FONTNAME", (0, 0), (-1, -1), s.fonts.regular),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return table

    def signer_rows(self, block: SignatureBlock) -> list[Any]:
        """One signer's block, part by part: heading, post, signature, name, stamp space."""
        from reportlab.platypus import Paragraph

        s = self.sheet
        image = self.images(block.image_sha256) if block.image_sha256 else None
        return [
            # Quyền hạn and chức vụ may take two lines ("KT. TRƯỞNG BAN" / "PHÓ TRƯỞNG BAN").
            Paragraph(escape(block.heading).replace("\n", "<br/>"), s["sign_heading"]),
            Paragraph(escape(block.post) or "&nbsp;", s["sign_post"]),
            self.Anchor(
                f"image:{block.role}",
                st.SIGNATURE_IMAGE_WIDTH,
                st.SIGNATURE_IMAGE_HEIGHT,
                None,
                image,
            ),
            Paragraph(escape(block.name) or "&nbsp;", s["sign_name"]),
            self.Anchor(block.role, st.STAMP_WIDTH, st.STAMP_HEIGHT, self.boxes),
        ]

    def signer_table(self, row: tuple[SignatureBlock, ...], width: float) -> Any:
        """Side-by-side blocks as one table whose rows are the parts, so headings, signatures
        and names stay level even when one post runs to two lines."""
        from reportlab.platypus import Table, TableStyle

        columns = [self.signer_rows(b) for b in row]
        table = Table(
            [list(part) for part in zip(*columns, strict=True)],
            colWidths=[width / len(row)] * len(row),
        )
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                    # Table cells default to Helvetica, which would sit unembedded in the file.
                    ("FONTNAME", (0, 0), (-1, -1), self.sheet.fonts.regular),
                    ("LEFTPADDING", (0, 0), (-1, -1), 2),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 2), (-1, 2), 4),
                    ("TOPPADDING", (0, 4), (-1, 4), 4),
                ]
            )
        )
        return table

    def signatures(self, block: Signatures, recipients: Recipients | None = None) -> list[Any]:
        """The signer rows, then Nơi nhận. A document one person signs has them side by side
        as ND 30 lays it out: Nơi nhận on the left, level with the signer's post on the right."""
        from reportlab.platypus import Spacer, Table, TableStyle

        if recipients is not None and len(block.rows) == 1 and len(block.rows[0]) == 1:
            table = Table(
                [[self.recipients(recipients), self.signer_table(block.rows[0], st.HEADER_RIGHT)]],
                colWidths=[st.HEADER_LEFT, st.HEADER_RIGHT],
            )
            table.setStyle(
                TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("FONTNAME", (0, 0), (-1, -1), self.sheet.fonts.regular),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                        ("TOPPADDING", (0, 0), (-1, -1), 0),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                    ]
                )
            )
            return [Spacer(1, 8), table]
        flow: list[Any] = []
        for row in block.rows:
            flow.extend([Spacer(1, 12 if flow else 8), self.signer_table(row, st.FRAME_WIDTH)])
        if recipients is not None:
            flow.extend([Spacer(1, 6), *self.recipients(recipients)])
        return flow

    def recipients(self, block: Recipients) -> list[Any]:
        """Nơi nhận: the heading (bold italic 12), then one "- …;" line each (11)."""
        from reportlab.platypus import Paragraph

        s = self.sheet
        flow: list[Any] = [Paragraph("Nơi nhận:", s["recipients_heading"])]
        flow.extend(Paragraph(escape(line), s["recipients"]) for line in block.listed())
        return flow

    def figure(self, block: Figure) -> Any:
        from reportlab.platypus import Image, KeepTogether, Paragraph, Spacer

        from cchc_desktop.documents.blocks import Style

        photo = block.photo
        scale = min(st.PHOTO_MAX_WIDTH / photo.width, st.PHOTO_MAX_HEIGHT / photo.height)
        # The print copy's file is handed over as it is: ReportLab copies a JPEG's bytes into
        # the PDF (DCTDecode) without decoding it, so thirty photos cost only their bytes.
        image = Image(photo.path, width=photo.width * scale, height=photo.height * scale)
        image.hAlign = "CENTER"
        flow: list[Any] = [image]
        caption = self.sheet[Style.CAPTION]
        for number, line in enumerate(block.lines):
            text = f"<b>{escape(line)}</b>" if number == 0 else f"<i>{escape(line)}</i>"
            flow.append(Paragraph(text, caption))
        flow.append(Spacer(1, 14))
        return KeepTogether(flow)
