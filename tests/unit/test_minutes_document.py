"""The biên bản PDF read back: ND 30 wording and layout facts, fonts, photos, determinism."""

from __future__ import annotations

import re
import shutil
from io import BytesIO
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

from cchc_desktop.documents.fonts import bundled, find_serif, find_times
from cchc_desktop.minutes.pages import PDFIUM_LOCK
from cchc_desktop.minutes.render import render
from cchc_desktop.minutes.snapshot import MinutesSnapshot, SignerEntry
from tests import minutes_samples as samples


def page_texts(pdf: bytes) -> list[str]:
    """Each page's text as a reader copies it, whitespace folded to single spaces.

    Under the app's PDFium lock: a window test reads while the preview's worker may be in PDFium.
    """
    with PDFIUM_LOCK:
        document = pdfium.PdfDocument(pdf)
        try:
            texts = []
            for page in document:
                text = page.get_textpage().get_text_range()
                texts.append(re.sub(r"\s+", " ", text.replace("\r", " ")))
            return texts
        finally:
            document.close()


def no_images(_sha: str) -> bytes | None:
    return None


@pytest.fixture(scope="module")
def made() -> tuple[MinutesSnapshot, bytes]:
    snap = samples.snapshot()
    return snap, render(snap, no_images).pdf


def test_text_copied_from_the_pdf_is_the_text_of_the_minutes(
    made: tuple[MinutesSnapshot, bytes],
) -> None:
    snap, pdf = made
    text = " ".join(page_texts(pdf))
    for expected in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH TỈNH LẠNG SƠN",
        "ĐOÀN KIỂM TRA",
        "Số: 05/BB-ĐKT",
        "BIÊN BẢN",
        "Kiểm tra công tác cải cách hành chính năm 2024 tại xã Khánh Xuân, huyện Lộc Bình",
        "ngày 04 tháng 7 năm 2024",  # the ND 30 date
        "Thời gian bắt đầu: 08 giờ 00 phút, ngày 04 tháng 7 năm 2024.",
        "Buổi kiểm tra kết thúc vào 11 giờ 30 phút, ngày 04 tháng 7 năm 2024.",
        "thời hạn hoàn thành: ngày 05 tháng 01 năm 2025",  # January keeps its leading zero
        "ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA",
        "TRƯỞNG ĐOÀN KIỂM TRA",
        "THƯ KÝ",
        # Nơi nhận as ND 30 lists it: "- …;" each, the archive last with ".".
        "Nơi nhận: - UBND xã Khánh Xuân (để thực hiện); - Ban Chỉ đạo CCHC tỉnh Lạng Sơn (để"
        " b/c); - Lưu: VT, Hồ sơ đoàn.",
        "Thống nhất với kết quả kiểm tra.",
    ):
        assert expected in text, expected
    for finding in snap.findings:
        assert finding.text.rstrip(".") in text, finding.text
    for kien_nghi in snap.findings_of("kien_nghi"):
        assert kien_nghi.responsible in text
    for signer in snap.signers:
        assert signer.name in text and signer.title in text
    assert "D8. Tỷ lệ hồ sơ giải quyết đúng hạn: không đạt. Còn hồ sơ chậm hạn" in text


def test_a_long_body_name_breaks_before_its_place() -> None:
    from cchc_desktop.documents.fonts import default_fonts, register
    from cchc_desktop.documents.layout import header_lines
    from cchc_desktop.documents.styles import HEADER_LEFT, HEADER_SIZE

    bold = register(default_fonts()).bold
    snap = samples.snapshot(parent_body="", issuer="Ủy ban nhân dân tỉnh Lạng Sơn")
    first = pdfium.PdfDocument(render(snap, no_images).pdf)[0].get_textpage().get_text_range()
    # As the ND 30 samples write it, not "ỦY BAN NHÂN DÂN TỈNH / LẠNG SƠN".
    assert first.split("\r\n")[:2] == ["ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN"]
    # A name that fits stays on one line; one whose halves do not fit wraps word by word.
    short = "UBND TỈNH LẠNG SƠN"
    assert header_lines(short, bold, HEADER_SIZE, HEADER_LEFT) == [short]
    # Broken only between word groups, never inside "cải cách hành chính".
    long_name = "BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH TỈNH LẠNG SƠN"
    lines = header_lines(long_name, bold, HEADER_SIZE, HEADER_LEFT)
    assert lines == ["BAN CHỈ ĐẠO", "CẢI CÁCH HÀNH CHÍNH", "TỈNH LẠNG SƠN"]


def test_the_closing_keeps_with_the_signatures_without_forcing_a_new_page() -> None:
    from cchc_desktop.documents import styles as st
    from cchc_desktop.documents.blocks import Recipients, Signatures, para
    from cchc_desktop.documents.fonts import default_fonts, register
    from cchc_desktop.documents.layout import Layout
    from cchc_desktop.documents.pdf import nd30_document
    from cchc_desktop.minutes.sections import signatures

    names = register(default_fonts())
    blocks = [
        para("Nội dung ngắn của văn bản."),
        para("Buổi kiểm tra kết thúc cùng ngày./."),
        Signatures(signatures(samples.snapshot()).rows[:1]),
        Recipients(("Xã Khánh Xuân", "Lưu: VT")),
    ]
    buffer = BytesIO()
    doc = nd30_document(buffer, names)
    doc.build(Layout(st.sheet(names), no_images).flowables(blocks))
    (page,) = page_texts(buffer.getvalue())  # everything fits: one page, no break forced
    assert "Nội dung ngắn" in page and "TRƯỞNG ĐOÀN KIỂM TRA" in page and "Nơi nhận:" in page


def test_pages_are_a4_portrait_and_numbered_from_page_two(
    made: tuple[MinutesSnapshot, bytes],
) -> None:
    _snap, pdf = made
    reader = PdfReader(BytesIO(pdf))
    assert len(reader.pages) >= 2
    for page in reader.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert abs(width - 595.28) < 0.5 and abs(height - 841.89) < 0.5
    texts = page_texts(pdf)
    assert not texts[0].strip().startswith("1 ")  # page 1 carries no number
    for number, text in enumerate(texts[1:], start=2):
        assert text.strip().startswith(f"{number} "), text[:40]


def face(pdf: bytes, page: int, text: str) -> tuple[str, float]:
    """The font and size the first letter of ``text`` is printed in on the page."""
    import ctypes

    from pypdfium2 import raw

    textpage = pdfium.PdfDocument(pdf)[page].get_textpage()
    found = textpage.search(text, match_case=True).get_next()
    assert found is not None, text
    index = found[0]
    length = raw.FPDFText_GetFontInfo(textpage.raw, index, None, 0, None)
    name = ctypes.create_string_buffer(length)
    raw.FPDFText_GetFontInfo(textpage.raw, index, name, length, None)
    return name.value.decode(), round(raw.FPDFText_GetFontSize(textpage.raw, index), 1)


def test_faces_and_sizes_are_those_of_nd30(made: tuple[MinutesSnapshot, bytes]) -> None:
    _snap, pdf = made
    last = len(PdfReader(BytesIO(pdf)).pages) - 1
    expected = {
        (0, "BAN CHỈ ĐẠO"): ("Regular", 13),  # the parent body: upper case, not bold
        (0, "ĐOÀN KIỂM TRA"): ("Bold", 13),  # the issuing body
        (0, "Số: 05/BB-ĐKT"): ("Regular", 13),
        (0, "CỘNG HÒA XÃ HỘI"): ("Bold", 12),  # Quốc hiệu 12–13
        (0, "Độc lập - Tự do"): ("Bold", 13),  # Tiêu ngữ 13–14
        (0, "BIÊN BẢN"): ("Bold", 14),
        (0, "Kiểm tra công tác cải cách"): ("Bold", 14),  # trích yếu
        (0, "Căn cứ Kế hoạch"): ("Italic", 13),
        (0, "Thời gian bắt đầu:"): ("Bold", 13),
        (0, "I. KẾT QUẢ KIỂM TRA"): ("Bold", 13),
        (last, "TRƯỞNG ĐOÀN KIỂM TRA"): ("Bold", 13),
        (last, "Hồ Tiến Thiệu"): ("Bold", 13),  # the signer's name
        (last, "Nơi nhận:"): ("BoldItalic", 12),
        (last, "- Lưu: VT"): ("Regular", 11),
    }
    for (page, text), (style, size) in expected.items():
        font, printed = face(pdf, page, text)
        assert printed == size, (text, printed)
        faces = {"Regular": ("Bold", "Italic"), "Bold": ("Italic",), "Italic": ("Bold",)}
        if style == "BoldItalic":
            assert "BoldItalic" in font, (text, font)
        else:
            assert style == "Regular" or style in font, (text, font)
            assert not any(other in font for other in faces[style]), (text, font)


def test_text_stays_inside_the_nd30_margins(made: tuple[MinutesSnapshot, bytes]) -> None:
    from cchc_desktop.documents import styles as st

    _snap, pdf = made
    top = st.PAGE_HEIGHT - st.MARGIN_TOP
    for number, page in enumerate(pdfium.PdfDocument(pdf), start=1):
        textpage = page.get_textpage()
        boxes = [
            (textpage.get_text_range(i, 1), textpage.get_charbox(i))
            for i in range(textpage.count_chars())
            if textpage.get_text_range(i, 1).strip()
        ]
        body = [box for _ch, box in boxes if box[3] <= top]
        # Left 30 mm, right 15 mm, bottom 20 mm.
        assert min(b[0] for b in body) >= st.MARGIN_LEFT
        assert max(b[2] for b in body) <= st.PAGE_WIDTH - st.MARGIN_RIGHT
        assert min(b[1] for b in body) >= st.MARGIN_BOTTOM
        # Above the frame: only the page number, centred, from page 2.
        above = [(ch, box) for ch, box in boxes if box[3] > top]
        assert "".join(ch for ch, _box in above) == ("" if number == 1 else str(number))
        if above:
            middle = (above[0][1][0] + above[-1][1][2]) / 2
            assert abs(middle - (st.MARGIN_LEFT + st.FRAME_WIDTH / 2)) < 4


def _fonts(reader: PdfReader) -> dict[str, bool]:
    """Every font used on every page → whether its program is embedded."""
    found: dict[str, bool] = {}
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            descriptors = [font.get("/FontDescriptor")]
            for descendant in font.get("/DescendantFonts", []):
                descriptors.append(descendant.get_object().get("/FontDescriptor"))
            embedded = any(
                d is not None
                and any(k in d.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3"))
                for d in descriptors
            )
            found[str(font["/BaseFont"])] = embedded
    return found


def test_every_font_is_embedded_and_serif(made: tuple[MinutesSnapshot, bytes]) -> None:
    _snap, pdf = made
    fonts = _fonts(PdfReader(BytesIO(pdf)))
    assert fonts and all(fonts.values()), fonts
    assert all("Serif" in name or "Times" in name for name in fonts), fonts
    assert any("Bold" in name for name in fonts) and any("Italic" in name for name in fonts)


def test_the_same_snapshot_gives_the_same_bytes(made: tuple[MinutesSnapshot, bytes]) -> None:
    snap, pdf = made
    assert render(MinutesSnapshot.from_json(snap.to_json()), no_images).pdf == pdf
    changed = render(snap.replace(unit_opinion="Đề nghị gia hạn."), no_images).pdf
    assert changed != pdf


def test_snapshot_survives_json(made: tuple[MinutesSnapshot, bytes]) -> None:
    snap, _pdf = made
    with_photos = snap.replace(photos=samples.photos(Path("/nonexistent"), 0))
    assert MinutesSnapshot.from_json(with_photos.to_json()) == with_photos
    assert MinutesSnapshot.from_json(snap.to_json()).sha256() == snap.sha256()


def _image_streams(pdf: bytes) -> list[tuple[str, bytes, object]]:
    reader = PdfReader(BytesIO(pdf))
    streams = []
    seen = set()
    for page in reader.pages:
        xobjects = page["/Resources"].get_object().get("/XObject", {})
        for ref in xobjects.values():
            if ref.idnum in seen:
                continue
            seen.add(ref.idnum)
            obj = ref.get_object()
            if obj.get("/Subtype") == "/Image":
                filters = obj.get("/Filter")
                kind = str(filters[0] if isinstance(filters, list) else filters)
                # Raw stream bytes: for a JPEG that is the file as it was stored.
                streams.append((kind, obj._data, obj))
    return streams


def test_one_image_per_photo_with_the_print_copy_bytes_unchanged(tmp_path: Path) -> None:
    photos = samples.photos(tmp_path, 3)
    snap = samples.snapshot(photos=photos)
    pdf = render(snap, no_images).pdf
    jpegs = [data for kind, data, _obj in _image_streams(pdf) if kind == "/DCTDecode"]
    assert len(jpegs) == 3
    # The JPEG stream in the PDF is the print copy's file, byte for byte (no re-encoding).
    assert sorted(jpegs) == sorted(Path(p.path).read_bytes() for p in photos)
    text = " ".join(page_texts(pdf))
    assert "PHỤ LỤC HÌNH ẢNH" in text
    assert "(Kèm theo Biên bản số 05/BB-ĐKT ngày 04 tháng 7 năm 2024)" in text
    assert "Hình 3. Bộ phận Một cửa, ảnh số 3 (tiêu chí K1)" in text
    assert "Chụp lúc 09 giờ 15 phút ngày 04 tháng 7 năm 2024, tại 21,75412° B, 106,95423° Đ" in text


def test_reportlab_is_left_as_it_was_found(tmp_path: Path) -> None:
    from reportlab import rl_config

    before = rl_config.useA85
    pdf = render(samples.snapshot(photos=samples.photos(tmp_path, 1)), no_images).pdf
    assert rl_config.useA85 == before  # the process-wide setting is put back
    assert b"/ASCII85Decode" not in pdf  # while the minutes were built, streams were binary


def test_handwritten_signature_sits_in_the_signer_block_with_transparency() -> None:
    png = samples.signature_png()
    snap = samples.snapshot(
        signers=(
            SignerEntry("dai_dien_don_vi", "Lương Văn Hùng", "Chủ tịch UBND xã", "a" * 64),
            SignerEntry("truong_doan", "Hồ Tiến Thiệu", "Chủ tịch UBND tỉnh", "b" * 64),
        )
    )
    images = {"a" * 64: png, "b" * 64: png}
    pdf = render(snap, images.get).pdf
    streams = _image_streams(pdf)
    assert len(streams) == 1  # one signature image, drawn twice, stored once
    assert "/SMask" in streams[0][2]  # the PNG's transparency travels as a soft mask


def test_signature_fields_are_left_in_the_signer_blocks(
    made: tuple[MinutesSnapshot, bytes],
) -> None:
    snap, _pdf = made
    result = render(snap, no_images)
    assert set(result.boxes) == {"dai_dien_don_vi", "truong_doan", "thu_ky"}
    reader = PdfReader(BytesIO(result.pdf))
    fields = {
        str(f.get_object()["/T"]): f.get_object()
        for f in reader.trailer["/Root"]["/AcroForm"]["/Fields"]
    }
    assert set(fields) == {"ky_so_dai_dien_don_vi", "ky_so_truong_doan", "ky_so_thu_ky"}
    lead = result.boxes["truong_doan"]
    rep = result.boxes["dai_dien_don_vi"]
    assert lead.page == rep.page == result.page_count - 1
    assert rep.x1 <= lead.x0  # the unit's representative left, the team lead right
    rect = [float(v) for v in fields["ky_so_truong_doan"]["/Rect"]]
    assert rect == pytest.approx(lead.as_list(), abs=1)


def test_a_supplement_says_which_signed_minutes_it_supplements() -> None:
    from cchc_desktop.minutes.snapshot import Supersedes

    snap = samples.snapshot(
        revision_no=2,
        doc_number="09/BB-ĐKT",
        supersedes=Supersedes("x", "05/BB-ĐKT", "2024-07-04", ("Bổ sung kiến nghị: «Mới»",)),
    )
    text = " ".join(page_texts(render(snap, no_images).pdf))
    assert "BIÊN BẢN BỔ SUNG" in text
    assert "(Bổ sung Biên bản số 05/BB-ĐKT ngày 04 tháng 7 năm 2024)" in text
    assert "Bổ sung kiến nghị: «Mới»." in text


def _copy_as_times(folder: Path) -> None:
    """Liberation Serif's files under Times New Roman's Windows names (same metrics, same letters)."""
    source = bundled()
    for face, name in (
        ("regular", "times.ttf"),
        ("bold", "timesbd.ttf"),
        ("italic", "timesi.ttf"),
        ("bold_italic", "timesbi.ttf"),
    ):
        shutil.copyfile(source.path(face), folder / name)


def test_times_new_roman_is_preferred_when_the_machine_has_it(tmp_path: Path) -> None:
    fonts = tmp_path / "Fonts"
    fonts.mkdir()
    _copy_as_times(fonts)
    found = find_serif([fonts])
    assert found.family == "Times New Roman"
    assert found.bold == fonts / "timesbd.ttf"
    result = render(samples.snapshot(), no_images, fonts=found)
    assert result.font_family == "Times New Roman"
    # (The files are Liberation's, so the PDF's font names stay Liberation's own.)
    assert all(_fonts(PdfReader(BytesIO(result.pdf))).values())


def test_liberation_serif_is_used_without_times_new_roman(tmp_path: Path) -> None:
    partial = tmp_path / "fonts"
    partial.mkdir()
    shutil.copyfile(bundled().regular, partial / "times.ttf")  # one face only: not enough
    assert find_times([partial]) is None
    assert find_serif([partial, tmp_path / "missing"]).family == "Liberation Serif"
    assert (bundled().regular.parent / "OFL.txt").is_file()


def test_photo_times_read_in_vietnam_time() -> None:
    from cchc_desktop.documents.blocks import PhotoEntry
    from cchc_desktop.minutes.sections import photo_lines

    def line(taken: str) -> str:
        return photo_lines(1, PhotoEntry("0" * 64, "x.jpg", 10, 10, "Ảnh", taken))[1]

    assert line("2024-07-02T02:15:00Z") == "Chụp lúc 09 giờ 15 phút ngày 02 tháng 7 năm 2024"
    assert line("2024-07-02T09:15:00+07:00") == "Chụp lúc 09 giờ 15 phút ngày 02 tháng 7 năm 2024"
    assert line("2025-01-05") == "Chụp ngày 05 tháng 01 năm 2025"
