"""The consolidated report as an ND 30 document (Mẫu 1.4, báo cáo — ký hiệu BC), block by block.

What it says, before any layout: the PDF (``reports.pdf``) and the Word copy
(``reports.docx_report``) lay out the same blocks, so the two can never say different things.
Built from ``ReportData`` and an ``Issuing`` (who issues and signs it):
header with the chủ quản line; BÁO CÁO and its trích yếu; "Thực hiện Kế hoạch số …"; I. Tổ chức
thực hiện; II. Kết quả kiểm tra (per unit, per area — one table per checklist template —
strengths, shortcomings); III. Đánh giá chung; IV. Kiến nghị, đề xuất; signature and Nơi nhận;
then an annex per template, "(Kèm theo Báo cáo số … ngày …)".
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from cchc_desktop.documents.blocks import (
    Block,
    Header,
    PageBreak,
    Recipients,
    SignatureBlock,
    Signatures,
    Style,
    listed,
    para,
)
from cchc_desktop.documents.wording import in_sentence as unit_in_sentence
from cchc_desktop.documents.wording import named_criterion
from cchc_desktop.domain.dates import nd30_date
from cchc_desktop.domain.findings import FollowUpStatus
from cchc_desktop.reports.issuing import in_sentence
from cchc_desktop.reports.numbers import DEFINITIONS, percent, rate, two_digits
from cchc_desktop.reports.previous import previous_blocks
from cchc_desktop.reports.tables import TableBlock, annex_table, area_table, unit_table

if TYPE_CHECKING:
    from cchc_desktop.reports.figures import Remark, ReportData, TemplateSection
    from cchc_desktop.reports.issuing import Issuing

ReportBlock = Block | TableBlock

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
WEAK_AREA = 80.0  # areas under this pass rate are named in the assessment
SHORTFALLS_LISTED = 8  # per template, in "Tồn tại, hạn chế"


def subject(data: ReportData) -> str:
    """Trích yếu: "Kết quả kiểm tra công tác cải cách hành chính năm 2024"."""
    title = data.title.strip()
    if title.lower().startswith("kết quả"):
        return title
    return f"Kết quả {title[0].lower()}{title[1:]}"


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def opening(data: ReportData, issuing: Issuing) -> str:
    """ "Thực hiện Kế hoạch số … ngày … của … về …, <cơ quan> báo cáo kết quả như sau:"."""
    plans = [
        f"Kế hoạch số {p['number']} {nd30_date(p['date'])} của {in_sentence(p['issuer'])} "
        f"về {_lower_first(p['title'])}"
        for p in data.plans
    ]
    return f"Thực hiện {'; '.join(plans)}, {issuing.body_in_sentence} báo cáo kết quả như sau:"


def _template_name(section: TemplateSection) -> str:
    """ "Bảng kiểm công tác … (NĐ 61/2018/NĐ-CP), phiên bản 1" — titles mostly say "Bảng kiểm"."""
    title = section.title.strip()
    if not title.lower().startswith("bảng kiểm"):
        title = f"Bảng kiểm {_lower_first(title)}"
    return f"{title}, phiên bản {section.version}"


def _section_caption(section: TemplateSection, data: ReportData, index: int) -> str:
    letter = "abcdefghijklmnopqrstuvwxyz"[index % 26]
    head = f"{letter}) " if data.mixed else ""
    return (
        f"{head}{_template_name(section)}: {two_digits(len(section.units))} đơn vị, "
        f"mỗi đơn vị {section.criteria} tiêu chí."
    )


def organisation(data: ReportData) -> list[Block]:
    """I. Tổ chức thực hiện: how many units, when, and which team went where."""
    blocks: list[Block] = [para("I. TỔ CHỨC THỰC HIỆN", Style.HEADING)]
    period = data.period
    if not period:
        return [*blocks, para("Chưa có cuộc kiểm tra nào trong phạm vi báo cáo.")]
    when = (
        nd30_date(period[0])
        if period[0] == period[1]
        else f"từ {nd30_date(period[0])} đến {nd30_date(period[1])}"
    )
    leaders = [t for t in data.teams if any(m["role"] == "truong_doan" for m in t["members"])]
    who = "Đoàn kiểm tra"
    if len(leaders) > 1:
        who = f"Các đoàn kiểm tra ({two_digits(len(leaders))} đoàn)"
    elif not data.plan:
        who = "Các đoàn kiểm tra"
    blocks.append(para(f"{who} đã kiểm tra trực tiếp {two_digits(len(data.units))} đơn vị {when}."))
    lines = []
    for team in leaders:
        lead = next(m for m in team["members"] if m["role"] == "truong_doan")
        # In the order they were visited, written as inside a sentence ("xã Mông Ân").
        units = dict.fromkeys(
            unit_in_sentence(u.unit_name) for u in data.units if u.leader == lead["name"]
        )
        where = f" tại {', '.join(units)}" if units else ""
        lines.append(f"- Đoàn do đồng chí {lead['name']}, {lead['title']} làm Trưởng đoàn{where}")
    return blocks + [para(line, Style.ITEM) for line in listed(lines)]


def results(data: ReportData) -> list[ReportBlock]:
    """II. 1–2: the per-unit and per-area tables, one of each per checklist template."""
    blocks: list[ReportBlock] = [para("II. KẾT QUẢ KIỂM TRA", Style.HEADING)]
    if data.mixed:
        blocks.append(
            para(
                f"Các đơn vị được kiểm tra theo {two_digits(len(data.sections))} bảng kiểm khác "
                "nhau; số liệu của mỗi bảng kiểm được tổng hợp riêng, không cộng gộp giữa các "
                "bảng kiểm (cùng một mã tiêu chí có thể có nội dung khác nhau)."
            )
        )
    blocks.append(para("1. Kết quả theo đơn vị", Style.SUBHEADING))
    start = 1
    for index, section in enumerate(data.sections):
        blocks += [para(_section_caption(section, data, index)), unit_table(section, start)]
        start += len(section.units)
    if data.sections:
        blocks.append(para(f"Ghi chú: {DEFINITIONS}", italic=True))
    blocks.append(para("2. Kết quả theo lĩnh vực", Style.SUBHEADING))
    for index, section in enumerate(data.sections):
        if data.mixed:
            letter = "abcdefghijklmnopqrstuvwxyz"[index % 26]
            blocks.append(para(f"{letter}) {_template_name(section)}:"))
        blocks.append(area_table(section))
    return blocks


def _shortfall_lines(data: ReportData) -> list[str]:
    lines = []
    for section in data.sections:
        tag = f" ({_lower_first(_template_name(section))})" if data.mixed else ""
        for s in section.shortfalls[:SHORTFALLS_LISTED]:
            lines.append(
                f"- Tiêu chí {s.code}{tag} ({s.text.rstrip('.')}): "
                f"{_shortfall_counts(s.khong_dat, s.dat_mot_phan)}, trên {s.assessed} đơn vị "
                "được chấm"
            )
    return lines


def _shortfall_counts(khong_dat: int, dat_mot_phan: int) -> str:
    """ "không đạt tại 3 đơn vị, đạt một phần tại 2 đơn vị": counts without date-like zeros
    ("tại 00 đơn vị" says nothing), a part that is zero left out (docs/MINUTES_WORDING.md)."""
    parts = [
        f"{label} tại {n} đơn vị"
        for label, n in (("không đạt", khong_dat), ("đạt một phần", dat_mot_phan))
        if n
    ]
    return ", ".join(parts)


def assessment(data: ReportData) -> list[str]:
    """Đánh giá chung, written from the figures of each template (edited in Word if needed)."""
    if not any(section.result.assessed for section in data.sections):
        return ["Chưa đủ kết quả để đánh giá."]
    texts = []
    for section in data.sections:
        total = section.result
        if not total.assessed:
            continue
        which = f" theo {_lower_first(_template_name(section))}" if data.mixed else ""
        coverage = 100.0 * total.answered / total.total if total.total else 0.0
        text = (
            f"Qua kiểm tra {two_digits(len(section.units))} đơn vị{which}, có {total.dat}/"
            f"{total.assessed} tiêu chí được chấm đạt yêu cầu (tỷ lệ đạt {percent(total.pass_rate)}"
            f"); đã đánh giá {total.answered}/{total.total} tiêu chí ({percent(coverage)})."
        )
        if total.answered < total.total:
            text += " Các tỷ lệ trên chỉ phản ánh những tiêu chí đã được đánh giá."
        weak = [a for a in section.areas if a.pass_rate is not None and a.pass_rate < WEAK_AREA]
        weak.sort(key=lambda a: a.pass_rate or 0.0)
        if weak:
            names = "; ".join(f"{_lower_first(a.title)} ({rate(a.result)})" for a in weak[:4])
            text += f" Các lĩnh vực còn nhiều tồn tại, hạn chế: {names}."
        if section.shortfalls:
            top = section.shortfalls[0]
            text += (
                " Tiêu chí chưa đạt ở nhiều đơn vị nhất là "
                f"{named_criterion(top.code, top.text)}: {top.khong_dat + top.dat_mot_phan}/"
                f"{top.assessed} đơn vị được chấm."
            )
        texts.append(text)
    return texts


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


def remarks(data: ReportData) -> list[Block]:
    """II. 3–4, III and IV: strengths, shortcomings, assessment, recommendations."""
    blocks: list[Block] = [para("3. Ưu điểm", Style.SUBHEADING)]
    strengths = [f"- {r.unit_name}: {r.text}" for r in data.strengths]
    blocks += [para(line, Style.ITEM) for line in listed(strengths or ["- Chưa ghi nhận"])]
    blocks.append(para("4. Tồn tại, hạn chế", Style.SUBHEADING))
    shortcomings = _shortfall_lines(data) + [
        f"- {r.unit_name}: {r.text}" for r in data.shortcomings
    ]
    blocks += [para(line, Style.ITEM) for line in listed(shortcomings or ["- Chưa ghi nhận"])]
    blocks += previous_blocks(data.previous, 5)
    blocks.append(para("III. ĐÁNH GIÁ CHUNG", Style.HEADING))
    blocks += [para(text) for text in assessment(data)]
    blocks.append(para("IV. KIẾN NGHỊ, ĐỀ XUẤT", Style.HEADING))
    if data.recommendations:
        blocks.append(
            para(
                f"Đã kiến nghị {two_digits(len(data.recommendations))} nội dung; đã hoàn thành "
                f"{two_digits(data.done)}, quá hạn chưa hoàn thành {two_digits(data.overdue)}. "
                "Cụ thể:"
            )
        )
        blocks += [
            para(line, Style.ITEM) for line in listed([_follow_up(r) for r in data.recommendations])
        ]
    else:
        blocks.append(para("Không có kiến nghị."))
    return blocks


def recipients(issuing: Issuing) -> Recipients:
    """Nơi nhận: the chủ quản (for its information), the inspected units, the archive."""
    names = []
    if issuing.parent_body:
        names.append(f"{in_sentence(issuing.parent_body)} (để b/c)")
    names += ["Các đơn vị được kiểm tra", "Lưu: VT, Hồ sơ đoàn"]
    return Recipients(tuple(names))


def annexes(data: ReportData, issuing: Issuing, day: dt.date) -> list[ReportBlock]:
    """One annex per template: units × areas, "(Kèm theo Báo cáo số … ngày … của …)"."""
    shown = [s for s in data.sections if s.units and s.areas]
    attached = (
        f"(Kèm theo Báo cáo số {issuing.doc_number} {nd30_date(day)} của "
        f"{issuing.body_in_sentence})"
    )
    blocks: list[ReportBlock] = []
    for index, section in enumerate(shown):
        name = f"Phụ lục {ROMAN[index]}" if len(shown) > 1 else "Phụ lục"
        blocks += [
            PageBreak(),
            para(name, Style.APPENDIX),
            para("KẾT QUẢ THEO ĐƠN VỊ VÀ LĨNH VỰC", Style.APPENDIX),
            para(attached, Style.NOTE),
            para(_template_name(section), Style.NOTE),
            para(
                "Mỗi ô: số tiêu chí Đạt/số tiêu chí được chấm của lĩnh vực; «–»: chưa chấm tiêu "
                "chí nào.",
                italic=True,
            ),
            annex_table(section),
        ]
    return blocks


def report_blocks(data: ReportData, issuing: Issuing, day: dt.date) -> list[ReportBlock]:
    """Every block of the báo cáo, in order."""
    place_date = f"{issuing.place}, {nd30_date(day)}" if issuing.place else nd30_date(day)
    blocks: list[ReportBlock] = [
        Header(issuing.parent_body, issuing.body, issuing.doc_number, place_date=place_date),
        para("BÁO CÁO", Style.TITLE),
        para(subject(data), Style.SUBJECT),
    ]
    if data.plans:
        blocks.append(para(opening(data, issuing)))
    blocks += organisation(data)
    blocks += results(data)
    blocks += remarks(data)
    blocks.append(
        Signatures(
            ((SignatureBlock("nguoi_ky", issuing.signer_heading, "", issuing.signer_name),),)
        )
    )
    blocks.append(recipients(issuing))
    blocks += annexes(data, issuing, day)
    return blocks
