"""An ND 30 document as a list of plain blocks: what it says, before any page layout.

The biên bản (``minutes.sections``) and the báo cáo (``reports.document``) write these; the
PDF (``documents.layout``) and the Word copy (``documents.docx``) lay out the same blocks, so
the two can never say different things.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


@dataclass(frozen=True)
class PhotoEntry:
    """A photo for the appendix: the stored print copy (JPEG) and what to write under it."""

    sha256: str
    path: str
    width: int
    height: int
    caption: str = ""
    taken_at: str | None = None
    place: str = ""
    criterion_code: str | None = None


class Style(StrEnum):
    """Paragraph kinds of an ND 30 document (their fonts and spacing live in ``styles``)."""

    TITLE = "title"  # tên loại: BIÊN BẢN, upper case bold, centred
    SUBJECT = "subject"  # trích yếu: bold, centred, short rule beneath
    NOTE = "note"  # centred italic line, e.g. "(Kèm theo Biên bản số …)"
    BASIS = "basis"  # căn cứ: italic, first-line indent
    HEADING = "heading"  # I. KẾT QUẢ KIỂM TRA: bold, upper case
    SUBHEADING = "subheading"  # 1. Chỉ đạo, điều hành…: bold
    BODY = "body"  # justified, first-line indent
    ITEM = "item"  # "- …;" list line, first-line indent
    APPENDIX = "appendix"  # PHỤ LỤC HÌNH ẢNH: bold, centred
    CAPTION = "caption"  # under a photo: centred, smaller


@dataclass(frozen=True)
class Run:
    """A stretch of text in one face."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Para:
    runs: tuple[Run, ...]
    style: Style = Style.BODY

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


def listed(lines: list[str]) -> list[str]:
    """ND 30 list punctuation: every line ends with ";" and the last with "."."""
    out = []
    for index, line in enumerate(lines):
        body = line.rstrip().rstrip(".;,")
        out.append(body + ("." if index == len(lines) - 1 else ";"))
    return out


def para(text: str, style: Style = Style.BODY, *, bold: bool = False, italic: bool = False) -> Para:
    """A paragraph of one run."""
    return Para((Run(text, bold, italic),), style)


@dataclass(frozen=True)
class Header:
    """The header table: bodies and number on the left, Quốc hiệu and Tiêu ngữ on the right."""

    parent_body: str
    issuer: str
    number: str
    # "Lạng Sơn, ngày 26 tháng 11 năm 2026" under the Tiêu ngữ: a báo cáo has it (Mẫu 1.4); a
    # biên bản does not (Mẫu 1.9 puts the time in the body).
    place_date: str = ""
    # A draft: "DỰ THẢO" in a box above the bodies, as a draft văn bản is marked.
    draft: bool = False


@dataclass(frozen=True)
class SignatureBlock:
    """One signer's block: role heading, post, handwritten signature, name, digital stamp space."""

    role: str
    heading: str
    post: str
    name: str
    image_sha256: str | None = None


@dataclass(frozen=True)
class Signatures:
    """Rows of signer blocks; a row of one block is centred."""

    rows: tuple[tuple[SignatureBlock, ...], ...]


@dataclass(frozen=True)
class Recipients:
    """Nơi nhận: who receives the document, the last being "Lưu: VT, …" (the archive)."""

    names: tuple[str, ...]

    def listed(self) -> list[str]:
        """As ND 30 prints them: "- …;" each, the last ending with "."."""
        return listed([f"- {name}" for name in self.names])


@dataclass(frozen=True)
class PageBreak:
    pass


@dataclass(frozen=True)
class Figure:
    """A photo of the appendix with the lines written under it."""

    photo: PhotoEntry
    lines: tuple[str, ...]


Block = Para | Header | Signatures | Recipients | PageBreak | Figure
