"""Hostile files made by the tests: each one the shape of an attack that once crashed the app.

Packages are made from a real exported package by changing the bytes a reader trusts (zip
header fields, a deflate stream, the manifest); photos, workbooks and signature images from
real ones made with Pillow and openpyxl. Nothing here is a stand-in: every file is what an
attacker could send.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from pathlib import Path

from tests.security import mutate

# --- packages -----------------------------------------------------------------------------------

EMPTY_ZIP = b"PK\x05\x06" + b"\x00" * 18  # an end record and nothing else: 22 bytes


def _central(data: bytes, name: str) -> int:
    """Offset of the central directory entry of member ``name``."""
    start = 0
    while (start := data.find(b"PK\x01\x02", start)) >= 0:
        length = struct.unpack_from("<H", data, start + 28)[0]
        if data[start + 46 : start + 46 + length] == name.encode():
            return start
        start += 4
    raise ValueError(f"no {name} in the central directory")


def _local(data: bytes, name: str) -> int:
    """Offset of the local header of member ``name``."""
    return int(struct.unpack_from("<I", data, _central(data, name) + 42)[0])


def unknown_zip_version(package: bytes) -> bytes:
    """The manifest's entry claims it needs zip version 9.9 to be read."""
    out = bytearray(package)
    struct.pack_into("<H", out, _central(package, "manifest.json") + 6, 99)
    return bytes(out)


def flagged(package: bytes, flag: int) -> bytes:
    """The manifest's entry (central and local) carries a general-purpose flag bit: 0x40
    strong encryption, 0x20 compressed patched data, 0x1 encryption."""
    out = bytearray(package)
    for offset in (_central(package, "manifest.json") + 8, _local(package, "manifest.json") + 6):
        struct.pack_into("<H", out, offset, struct.unpack_from("<H", out, offset)[0] | flag)
    return bytes(out)


def broken_deflate(package: bytes) -> bytes:
    """The manifest's deflate stream starts with an invalid block type (bits 11)."""
    out = bytearray(package)
    local = _local(package, "manifest.json")
    name_length, extra_length = struct.unpack_from("<HH", package, local + 26)
    data = local + 30 + name_length + extra_length
    out[data] |= 0x06  # BTYPE = 3: reserved, "invalid block type"
    return bytes(out)


def empty_member_name() -> bytes:
    """A zip whose only member has an empty name (written by hand: zipfile would not)."""
    content = b"{}"
    crc = zlib.crc32(content)
    local = struct.pack("<4s5H3I2H", b"PK\x03\x04", 20, 0, 0, 0, 0, crc, 2, 2, 0, 0) + content
    central = struct.pack(
        "<4s6H3I5H2I", b"PK\x01\x02", 20, 20, 0, 0, 0, 0, crc, 2, 2, 0, 0, 0, 0, 0, 0, 0
    )
    end = struct.pack("<4s4H2IH", b"PK\x05\x06", 0, 0, 1, 1, len(central), len(local), 0)
    return local + central + end


def nested_manifest(package: bytes, depth: int = 100_000) -> bytes:
    """The manifest replaced by a list nested ``depth`` deep (the signature left as it was)."""
    members = mutate.read_members(package)
    members["manifest.json"] = b"[" * depth + b"]" * depth
    return mutate.write_members(members, stored=lambda n: n.startswith("media/"))


# --- photos ---------------------------------------------------------------------------------------


def heic_with_wrong_size(good_heic: bytes) -> bytes:
    """A real HEIC whose 'ispe' box declares a smaller height than its picture has: libheif
    refuses to decode it ("Security limit exceeded"), as with a file damaged in transfer."""
    out = bytearray(good_heic)
    box = out.find(b"ispe")
    height = struct.unpack_from(">I", out, box + 12)[0]
    struct.pack_into(">I", out, box + 12, max(1, height // 2))
    return bytes(out)


# --- images ---------------------------------------------------------------------------------------


def png_declaring(width: int, height: int) -> bytes:
    """A real 1×1 PNG whose header then says ``width``×``height`` (CRC redone): a few hundred
    bytes asking for gigabytes once decoded."""
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (1, 1), "white").save(out, "PNG")
    data = bytearray(out.getvalue())
    struct.pack_into(">II", data, 16, width, height)
    struct.pack_into(">I", data, 29, zlib.crc32(bytes(data[12:29])))
    return bytes(data)


# --- workbooks ------------------------------------------------------------------------------------

CRITERIA_SHEET = "xl/worksheets/sheet1.xml"


def _sheet(workbook: bytes, change: bytes, *, after: bytes = b"</sheetData>") -> bytes:
    members = mutate.read_members(workbook)
    xml = members[CRITERIA_SHEET]
    members[CRITERIA_SHEET] = xml.replace(after, after + change, 1)
    return mutate.write_members(members)


def merged_everything(workbook: bytes) -> bytes:
    """One merged range over J1:XFD1048576 (21 KB that openpyxl turned into 3.5 GB)."""
    return _sheet(workbook, b'<mergeCells count="1"><mergeCell ref="J1:XFD1048576"/></mergeCells>')


def hyperlink_everything(workbook: bytes) -> bytes:
    """A hyperlink over A1:XFD1048576 (openpyxl makes every cell of its range)."""
    link = b'<hyperlinks><hyperlink ref="A1:XFD1048576" location="A1"/></hyperlinks>'
    return _sheet(workbook, link)


def many_merges(workbook: bytes, count: int = 20_000) -> bytes:
    """Twenty thousand small merged ranges (openpyxl took 20 s over them)."""
    refs = b"".join(b'<mergeCell ref="H%d:I%d"/>' % (n, n) for n in range(2, count + 2))
    return _sheet(workbook, b'<mergeCells count="%d">' % count + refs + b"</mergeCells>")


def far_cell(workbook: bytes) -> bytes:
    """A single cell at XFD1048576: every loop up to max_row then makes a million rows."""
    return _sheet(
        workbook, b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>', after=b"<sheetData>"
    )


def formula_without_result(workbook: bytes, cell: bytes = b"C3") -> bytes:
    """The cell's text replaced by a formula whose result the file does not carry (as a
    program that writes formulas without calculating them saves it)."""
    members = mutate.read_members(workbook)
    xml = members[CRITERIA_SHEET]
    start = xml.index(b'<c r="' + cell + b'"')
    end = xml.index(b"</c>", start) + 4
    formula = b'<c r="' + cell + b'"><f>B3&amp;" (xem)"</f></c>'
    members[CRITERIA_SHEET] = xml[:start] + formula + xml[end:]
    return mutate.write_members(members)


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


__all__ = ["EMPTY_ZIP", "zipfile"]
