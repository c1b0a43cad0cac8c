"""The consolidated report as an ND 30 document (Mẫu 1.4, báo cáo — ký hiệu BC).

Built from the same ``ReportData`` as the spreadsheet, with the minutes' typeface, styles and
header (cchc_desktop.minutes), so the two documents a province files look like one family:
I. Tổ chức thực hiện; II. Kết quả kiểm tra (per unit, per area, strengths, shortcomings);
III. Đánh giá chung; IV. Kiến nghị, đề xuất; signature, Nơi nhận; an annex table of results
by unit and area.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from cchc_desktop.domain.dates import dmy, nd30_date
from cchc_desktop.domain.findings import FollowUpStatus
from cchc_desktop.minutes.collect import ISSUING_TEAM, issuing_bodies
from cchc_desktop.minutes.document import (
    Header,
    PageBreak,
    Recipients,
    SignatureBlock,
    Signatures,
    Style,
    listed,
    para,
)
from cchc_desktop.minutes.wording import in_sentence, named_criterion

if TYPE_CHECKING:
    from cchc_desktop.minutes.document import Block
    from cchc_desktop.reports.data import Remark, ReportData
    from cchc_desktop.settings import Settings

TABLE_SIZE = 11  # tables are smaller than the 13 pt body, as ND 30 allows for tables


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}%".replace(".", ",")


def subject(data: ReportData) -> str:
    """Trích yếu: "Kết quả kiểm tra công tác cải cách hành chính năm 2024"."""
    title = data.title.strip()
    if title.lower().startswith("kết quả"):
        return title
    return f"Kết quả {title[0].lower()}{title[1:]}"


def blocks_before_tables(data: ReportData, settings: Settings, today: dt.date) -> list[Block]:
    """Header, title, the plan it carries out and part I, up to the per-unit table."""
    plan = data.plan or {}
    parent, issuer = issuing_bodies(plan) if plan else (settings.user_unit, ISSUING_TEAM)
    blocks: list[Block] = [
        Header(
            parent,
            issuer,
            "\u00a0" * 8 + "/BC-ĐKT",  # the number is given by the văn thư
            place_date=f"{settings.place_name}, {nd30_date(today)}",
        ),
        para("BÁO CÁO", Style.TITLE),
        para(subject(data), Style.SUBJECT),
    ]
    if plan:
        blocks.append(
            para(
                f"Thực hiện Kế hoạch số {plan['number']} {nd30_date(plan['date'])} của "
                f"{plan['issuer']} về {plan['title'][0].lower() + plan['title'][1:]}, Đoàn kiểm "
                "tra báo cáo kết quả như sau:"
            )
        )
    blocks.append(para("I. TỔ CHỨC THỰC HIỆN", Style.HEADING))
    period = data.period
    if period:
        when = (
            nd30_date(period[0])
            if period[0] == period[1]
            else f"từ {nd30_date(period[0])} đến {nd30_date(period[1])}"
        )
        blocks.append(para(f"Đoàn đã kiểm tra trực tiếp {len(data.units):02d} đơn vị {when}."))
    else:
        blocks.append(para("Chưa có cuộc kiểm tra nào trong phạm vi báo cáo."))
    teams = []
    for team in data.teams:
        lead = next((m for m in team["members"] if m["role"] == "truong_doan"), None)
        if lead is None:
            continue
        # In the order they were visited, written as inside a sentence ("xã Mông Ân").
        units = dict.fromkeys(
            in_sentence(u.unit_name) for u in data.units if u.leader == lead["name"]
        )
        where = f" tại {', '.join(units)}" if units else ""
        teams.append(f"- Đoàn do đồng chí {lead['name']}, {lead['title']} làm Trưởng đoàn{where}")
    blocks += [para(line, Style.ITEM) for line in listed(teams)]
    blocks.append(para("II. KẾT QUẢ KIỂM TRA", Style.HEADING))
    blocks.append(para("1. Kết quả theo đơn vị", Style.SUBHEADING))
    return blocks


def assessment(data: ReportData) -> str:
    """Đánh giá chung, written from the figures (the secretary edits it in Word if needed)."""
    scored = [u.percent for u in data.units if u.percent is not None]
    if not scored:
        return "Chưa đủ kết quả để đánh giá."
    average = sum(scored) / len(scored)
    weak = [a for a in data.areas if a.percent is not None and a.percent < 80]
    weak.sort(key=lambda a: a.percent or 0)
    text = (
        f"Qua kiểm tra {len(data.units):02d} đơn vị, tỷ lệ tiêu chí đạt bình quân là "
        f"{_percent(average)}."
    )
    if weak:
        names = "; ".join(f"{a.title.lower()} ({_percent(a.percent)})" for a in weak[:4])
        text += f" Các lĩnh vực còn nhiều tồn tại, hạn chế: {names}."
    if data.shortfalls:
        top = data.shortfalls[0]
        text += (
            f" Tiêu chí chưa đạt ở nhiều đơn vị nhất là {named_criterion(top.code, top.text)}: "
            f"{top.khong_dat + top.dat_mot_phan}/{top.answered} đơn vị."
        )
    return text


def _follow_up(r: Remark) -> str:
    """ "- Xã Mông Ân: … (trách nhiệm: UBND xã; thời hạn: ngày 31 tháng 12 năm 2024; chưa thực
    hiện, quá hạn)"."""
    tail = []
    if r.responsible:
        tail.append(f"trách nhiệm: {r.responsible}")
    if r.deadline:
        tail.append(f"thời hạn: {nd30_date(r.deadline)}")
    tail.append(FollowUpStatus(r.status).label_vi.lower() + (", quá hạn" if r.overdue else ""))
    return f"- {r.unit_name}: {r.text.rstrip('.;')} ({'; '.join(tail)})"


def _shortfall_counts(khong_dat: int, dat_mot_phan: int) -> str:
    """ "không đạt tại 3 đơn vị, đạt một phần tại 2 đơn vị": counts without date-like zeros,
    a part that is zero left out (docs/MINUTES_WORDING.md)."""
    parts = [
        f"{label} tại {n} đơn vị"
        for label, n in (("không đạt", khong_dat), ("đạt một phần", dat_mot_phan))
        if n
    ]
    return ", ".join(parts)


def blocks_after_tables(data: ReportData, settings: Settings) -> list[Block]:
    """Strengths, shortcomings, assessment, recommendations, signature and recipients."""
    blocks: list[Block] = [para("3. Ưu điểm", Style.SUBHEADING)]
    strengths = [f"- {r.unit_name}: {r.text}" for r in data.strengths]
    blocks += [para(line, Style.ITEM) for line in listed(strengths or ["- Chưa ghi nhận"])]
    blocks.append(para("4. Tồn tại, hạn chế", Style.SUBHEADING))
    shortcomings = [
        f"- Tiêu chí {s.code} ({s.text.rstrip('.')}): "
        + _shortfall_counts(s.khong_dat, s.dat_mot_phan)
        for s in data.shortfalls[:8]
    ]
    shortcomings += [f"- {r.unit_name}: {r.text}" for r in data.shortcomings]
    blocks += [para(line, Style.ITEM) for line in listed(shortcomings or ["- Chưa ghi nhận"])]
    blocks.append(para("III. ĐÁNH GIÁ CHUNG", Style.HEADING))
    blocks.append(para(assessment(data)))
    blocks.append(para("IV. KIẾN NGHỊ, ĐỀ XUẤT", Style.HEADING))
    if data.recommendations:
        blocks.append(
            para(
                f"Đoàn đã kiến nghị {len(data.recommendations):02d} nội dung; đã hoàn thành "
                f"{data.done:02d}, quá hạn chưa hoàn thành {data.overdue:02d}. Cụ thể:"
            )
        )
        lines = listed([_follow_up(r) for r in data.recommendations])
        blocks += [para(line, Style.ITEM) for line in lines]
    else:
        blocks.append(para("Không có kiến nghị."))
    post = (settings.user_title or "Người lập báo cáo").upper()
    blocks.append(Signatures(((SignatureBlock("nguoi_lap", post, "", settings.user_name),),)))
    blocks.append(
        Recipients(
            (
                "Ban Chỉ đạo cải cách hành chính tỉnh (để b/c)",
                "Các đơn vị được kiểm tra",
                "Lưu: VT, Hồ sơ đoàn",
            )
        )
    )
    return blocks


def _table(
    rows: list[list[str]],
    widths: list[float],
    fonts: Any,
    *,
    text_column: int,
    size: float = TABLE_SIZE,
    padding: float = 6,
) -> Any:
    """A ruled table with a bold header row repeated on every page: the names in
    ``text_column`` run from the left, the figures are centred."""
    from xml.sax.saxutils import escape

    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_LEFT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Table, TableStyle

    cell = ParagraphStyle(
        "cell", fontName=fonts.regular, fontSize=size, leading=size + 2, alignment=TA_LEFT
    )
    centre = ParagraphStyle("cell_c", parent=cell, alignment=TA_CENTER)
    head = ParagraphStyle("cell_h", parent=centre, fontName=fonts.bold)
    body = [
        [
            Paragraph(escape(text), head if r == 0 else (cell if c == text_column else centre))
            for c, text in enumerate(row)
        ]
        for r, row in enumerate(rows)
    ]
    table = Table(body, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                # ReportLab's table default is Helvetica, which would sit unembedded in the file.
                ("FONTNAME", (0, 0), (-1, -1), fonts.regular),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), padding),
                ("RIGHTPADDING", (0, 0), (-1, -1), padding),
            ]
        )
    )
    return table


def _annex(data: ReportData, width: float, fonts: Any) -> Any:
    """Units down, areas across: the type shrinks until "100,0" fits a column on one line."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    codes = [a.code for a in data.areas]
    rows = [["Đơn vị", *codes]]
    rows += [
        [u.unit_name, *[_percent(u.area_percent.get(c)).replace("%", "") for c in codes]]
        for u in data.units
    ]
    first = 0.26 * width
    column = (width - first) / len(codes)
    padding = 2.0
    size = float(TABLE_SIZE)
    while size > 7 and stringWidth("100,0", fonts.regular, size) + 2 * padding > column:
        size -= 0.5
    widths = [first] + [column] * len(codes)
    return _table(rows, widths, fonts, text_column=0, size=size, padding=padding)


def report_pdf(data: ReportData, settings: Settings, *, today: dt.date | None = None) -> bytes:
    """The báo cáo as PDF bytes (A4, ND 30 margins, fonts embedded, page numbers from page 2)."""
    from io import BytesIO

    from reportlab.platypus import Spacer

    from cchc_desktop.minutes import styles as st
    from cchc_desktop.minutes.fonts import default_fonts, register
    from cchc_desktop.minutes.layout import Layout
    from cchc_desktop.minutes.render import binary_streams, nd30_document, page_number

    day = today or dt.date.fromisoformat(data.generated_on)
    names = register(default_fonts())
    layout = Layout(st.sheet(names), lambda _sha: None)
    width = st.FRAME_WIDTH
    unit_rows = [
        ["STT", "Đơn vị được kiểm tra", "Ngày", "Đạt", "Đạt một phần", "Không đạt", "Tỷ lệ đạt"]
    ]
    unit_rows += [
        [
            f"{n:02d}",
            u.unit_name,
            dmy(u.date),
            str(u.dat),
            str(u.dat_mot_phan),
            str(u.khong_dat),
            _percent(u.percent),
        ]
        for n, u in enumerate(data.units, start=1)
    ]
    area_rows = [["Lĩnh vực", "Nội dung", "Tỷ lệ đạt bình quân", "Số đơn vị có tồn tại"]]
    area_rows += [
        [a.code, a.title, _percent(a.percent), str(a.units_with_shortfall)] for a in data.areas
    ]
    flow: list[Any] = layout.flowables(blocks_before_tables(data, settings, day))
    flow.append(
        _table(
            unit_rows,
            [w * width for w in (0.08, 0.36, 0.14, 0.09, 0.12, 0.1, 0.11)],
            names,
            text_column=1,
        )
    )
    flow += [Spacer(1, 8), *layout.flowables([para("2. Kết quả theo lĩnh vực", Style.SUBHEADING)])]
    flow.append(_table(area_rows, [w * width for w in (0.1, 0.5, 0.2, 0.2)], names, text_column=1))
    flow.append(Spacer(1, 8))
    flow += layout.flowables(blocks_after_tables(data, settings))
    if data.units and data.areas:
        flow += layout.flowables(
            [
                PageBreak(),
                para("Phụ lục", Style.APPENDIX),
                para("KẾT QUẢ THEO ĐƠN VỊ VÀ LĨNH VỰC (tỷ lệ đạt, %)", Style.APPENDIX),
            ]
        )
        flow.append(_annex(data, width, names))
    buffer = BytesIO()
    doc = nd30_document(buffer, names, title=f"Báo cáo: {subject(data)}")
    with binary_streams():
        doc.build(flow, onLaterPages=page_number(names))
    return buffer.getvalue()
