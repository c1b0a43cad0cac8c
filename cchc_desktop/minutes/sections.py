"""What the biên bản says, section by section, in the order of ND 30 Mẫu 1.9 and inspection practice.

Pure text from a snapshot: no fonts, no pages. The document is always in Vietnamese, whatever
language the window speaks.
"""

from __future__ import annotations

from collections.abc import Iterator

from cchc_desktop.domain.dates import nd30_date
from cchc_desktop.domain.results import Result
from cchc_desktop.domain.roles import MemberRole
from cchc_desktop.minutes.document import (
    Block,
    Figure,
    Header,
    PageBreak,
    Para,
    Recipients,
    Run,
    SignatureBlock,
    Signatures,
    Style,
    listed,
    para,
)
from cchc_desktop.minutes.previous_section import previous_section
from cchc_desktop.minutes.snapshot import (
    CriterionResult,
    MinutesSnapshot,
    PhotoEntry,
    SignerEntry,
)

HEADINGS = {
    "dai_dien_don_vi": "ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA",
    "truong_doan": "TRƯỞNG ĐOÀN KIỂM TRA",
    "thu_ky": "THƯ KÝ",
}
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII")
# Administrative words written in lower case inside a sentence ("tại xã Mông Ân").
_LOWER_IN_SENTENCE = ("Xã ", "Phường ", "Thị trấn ", "Huyện ", "Tỉnh ", "Đặc khu ")


def two(n: int) -> str:
    """A count as ND 30 writes numbers: a leading zero below 10 ("02 bản")."""
    return f"{n:02d}"


def in_sentence(name: str) -> str:
    """A unit's name as it reads inside a sentence: "Xã Mông Ân" → "xã Mông Ân"."""
    for prefix in _LOWER_IN_SENTENCE:
        if name.startswith(prefix):
            return prefix.lower() + name[len(prefix) :]
    return name


def unit_phrase(s: MinutesSnapshot) -> str:
    """ "xã Hoàng Văn Thụ, huyện Bình Gia" — the unit with its district when it had one."""
    phrase = in_sentence(s.unit_name)
    return f"{phrase}, {in_sentence(s.unit_parent)}" if s.unit_parent else phrase


def clock(hhmm: str) -> str:
    """ "08:30" → "08 giờ 30 phút"."""
    hours, minutes = hhmm.split(":")
    return f"{int(hours):02d} giờ {int(minutes):02d} phút"


def title_lines(s: MinutesSnapshot) -> tuple[str, str]:
    """Tên loại and trích yếu (the trích yếu in two lines: the work, then the unit)."""
    kind = "BIÊN BẢN BỔ SUNG" if s.supersedes else "BIÊN BẢN"
    year = s.date[:4]
    return kind, f"Kiểm tra công tác cải cách hành chính năm {year}\ntại {unit_phrase(s)}"


def document(s: MinutesSnapshot) -> list[Block]:
    """Every block of the biên bản, in order."""
    blocks: list[Block] = [Header(s.parent_body, s.issuer, s.doc_number)]
    kind, subject = title_lines(s)
    blocks.append(para(kind, Style.TITLE))
    blocks.append(para(subject, Style.SUBJECT))
    if s.supersedes:
        blocks.append(
            para(
                f"(Bổ sung Biên bản số {s.supersedes.doc_number} {nd30_date(s.supersedes.date)})",
                Style.NOTE,
                italic=True,
            )
        )
    blocks.extend(_basis(s))
    blocks.extend(_supplement(s))
    blocks.extend(_time_place_people(s))
    blocks.extend(_results(s))
    blocks.extend(previous_section(s))
    blocks.extend(_assessment(s))
    blocks.extend(_recommendations(s))
    blocks.extend(_opinion(s))
    blocks.append(_closing(s))
    blocks.append(signatures(s))
    blocks.append(_recipients(s))
    if s.photos:
        blocks.extend(appendix(s))
    return blocks


def _basis(s: MinutesSnapshot) -> Iterator[Para]:
    lines = []
    if s.team_decision:
        lines.append(s.team_decision)
    lines.extend(s.basis)
    if not s.basis and s.plan_number:
        lines.append(
            f"Kế hoạch số {s.plan_number} {nd30_date(s.plan_date)} của {s.issuer} "
            f"về việc {s.plan_title[:1].lower()}{s.plan_title[1:]}"
        )
    texts = [line if line.lower().startswith("căn cứ") else f"Căn cứ {line}" for line in lines]
    for text in listed(texts):
        yield para(text, Style.BASIS, italic=True)


def _supplement(s: MinutesSnapshot) -> Iterator[Para]:
    if not s.supersedes:
        return
    yield para(
        f"Biên bản này bổ sung Biên bản số {s.supersedes.doc_number} "
        f"{nd30_date(s.supersedes.date)} đã được các bên ký. Nội dung bổ sung, điều chỉnh:",
    )
    changes = list(s.supersedes.changes) or ["Không có thay đổi về nội dung kiểm tra"]
    for line in listed([f"- {c}" for c in changes]):
        yield para(line, Style.ITEM)
    yield para("Toàn văn biên bản sau khi bổ sung như sau:")


def _labelled(label: str, text: str) -> Para:
    return Para((Run(label, bold=True), Run(text)), Style.BODY)


def _time_place_people(s: MinutesSnapshot) -> Iterator[Para]:
    when = nd30_date(s.date)
    start = f"{clock(s.start_time)}, {when}" if s.start_time else when
    yield _labelled("Thời gian bắt đầu: ", f"{start}.")
    yield _labelled("Địa điểm: ", f"{s.place or s.unit_name}.")
    yield _labelled("Thành phần:", "")
    team = [m for m in s.team if m.role != "thu_ky"]
    yield para("1. Đoàn kiểm tra", Style.BODY, italic=True)
    lines = [f"- {_person(m.name, m.title)} - {MemberRole(m.role).label_vi}" for m in team]
    for line in listed(lines or ["- (chưa ghi thành phần đoàn)"]):
        yield para(line, Style.ITEM)
    yield para(f"2. Đại diện {in_sentence(s.unit_name)}", Style.BODY, italic=True)
    rep = s.signer("dai_dien_don_vi")
    for line in listed([f"- {_person(rep.name, rep.title)}" if rep else "- (chưa ghi)"]):
        yield para(line, Style.ITEM)
    secretary = s.signer("thu_ky")
    if secretary:
        yield Para(
            (
                Run("3. Thư ký (người ghi biên bản): ", italic=True),
                Run(f"{_person(secretary.name, secretary.title)}."),
            ),
            Style.BODY,
        )
    yield _labelled(
        "Nội dung kiểm tra: ",
        f"kiểm tra công tác cải cách hành chính theo {two(len(s.criteria))} tiêu chí của "
        f"{s.template_title}; kiểm tra thực tế tại đơn vị.",
    )


def _person(name: str, title: str) -> str:
    return f"{name}, {title}" if title else name


def _results(s: MinutesSnapshot) -> Iterator[Para]:
    yield para("I. KẾT QUẢ KIỂM TRA", Style.HEADING, bold=True)
    areas: dict[str, list[CriterionResult]] = {}
    for c in s.criteria:
        areas.setdefault(c.area, []).append(c)
    unanswered = sum(1 for c in s.criteria if not c.result)
    number = 0
    for items in areas.values():
        answered = [(c, Result(c.result)) for c in items if c.result]
        if not answered:
            continue
        number += 1
        yield para(f"{number}. {items[0].area_title}", Style.SUBHEADING, bold=True)
        counts = [
            f"{two(n)} {r.label_vi.lower()}"
            for r in Result
            if (n := sum(1 for _c, result in answered if result is r))
        ]
        yield para(
            f"Đã đánh giá {two(len(answered))}/{two(len(items))} tiêu chí: {', '.join(counts)}."
        )
        lines = []
        for c, result in answered:
            # What was not (fully) met is spelled out, and whatever carries a note.
            if result.needs_note or c.note:
                detail = f" {c.note.rstrip('.;')}" if c.note else ""
                lines.append(
                    f"- {c.code}. {c.text.rstrip('.')}: {result.label_vi.lower()}.{detail}"
                )
        for line in listed(lines):
            yield para(line, Style.ITEM)
    if number == 0:
        yield para("Chưa có tiêu chí nào được đánh giá.")
    elif unanswered:
        yield para(f"Còn {two(unanswered)} tiêu chí chưa được đánh giá trong buổi kiểm tra này.")


def _assessment(s: MinutesSnapshot) -> Iterator[Para]:
    yield para("II. ĐÁNH GIÁ CHUNG", Style.HEADING, bold=True)
    yield para("1. Ưu điểm", Style.SUBHEADING, bold=True)
    strengths = [f"- {f.text}" for f in s.findings_of("uu_diem")]
    for line in listed(strengths or ["- Không ghi nhận"]):
        yield para(line, Style.ITEM)
    yield para("2. Tồn tại, hạn chế", Style.SUBHEADING, bold=True)
    weak = [f"- {f.text}" for f in s.findings_of("ton_tai")]
    shortfalls = [c.code for c in s.criteria if c.result and Result(c.result).needs_note]
    if shortfalls:
        weak.append(
            f"- Các tiêu chí chưa đạt hoặc chỉ đạt một phần: {', '.join(shortfalls)} "
            "(chi tiết tại Mục I)"
        )
    for line in listed(weak or ["- Không ghi nhận"]):
        yield para(line, Style.ITEM)
    if s.conclusion:
        yield para("3. Kết luận của Đoàn kiểm tra", Style.SUBHEADING, bold=True)
        for line in s.conclusion.splitlines():
            if line.strip():
                yield para(line.strip())


def _recommendations(s: MinutesSnapshot) -> Iterator[Para]:
    yield para("III. KIẾN NGHỊ, YÊU CẦU", Style.HEADING, bold=True)
    items = s.findings_of("kien_nghi")
    if not items:
        yield para("Đoàn kiểm tra không có kiến nghị.")
        return
    yield para(f"Đề nghị {in_sentence(s.unit_name)} thực hiện các nội dung sau:")
    for index, item in enumerate(items, start=1):
        runs = [Run(f"{index}. {item.text.rstrip('.;')}.")]
        if item.responsible:
            runs.append(Run(f" Trách nhiệm thực hiện: {item.responsible.rstrip('.')}."))
        if item.deadline:
            runs.append(Run(f" Thời hạn hoàn thành: {nd30_date(item.deadline)}.", italic=True))
        yield Para(tuple(runs), Style.BODY)


def _opinion(s: MinutesSnapshot) -> Iterator[Para]:
    yield para("IV. Ý KIẾN CỦA ĐƠN VỊ ĐƯỢC KIỂM TRA", Style.HEADING, bold=True)
    lines = [line.strip() for line in s.unit_opinion.splitlines() if line.strip()]
    for line in lines or ["Đơn vị được kiểm tra không có ý kiến khác."]:
        yield para(line)


def _closing(s: MinutesSnapshot) -> Para:
    end = f"vào hồi {clock(s.end_time)} cùng ngày" if s.end_time else "cùng ngày"
    each = two(max(1, s.copies // 2))
    return para(
        f"Buổi kiểm tra kết thúc {end}. Biên bản đã được đọc lại cho các thành viên tham dự "
        f"cùng nghe, thống nhất và ký tên; được lập thành {two(s.copies)} bản có giá trị như "
        f"nhau, Đoàn kiểm tra giữ {each} bản, đơn vị được kiểm tra giữ {each} bản./."
    )


def signature_block(signer: SignerEntry) -> SignatureBlock:
    return SignatureBlock(
        signer.role, HEADINGS[signer.role], signer.title, signer.name, signer.image_sha256
    )


def signatures(s: MinutesSnapshot) -> Signatures:
    """ĐẠI DIỆN ĐƠN VỊ left, TRƯỞNG ĐOÀN right, THƯ KÝ centred beneath when there is one."""
    rep = s.signer("dai_dien_don_vi") or SignerEntry("dai_dien_don_vi", "")
    lead = s.signer("truong_doan") or SignerEntry("truong_doan", "")
    rows: list[tuple[SignatureBlock, ...]] = [(signature_block(rep), signature_block(lead))]
    secretary = s.signer("thu_ky")
    if secretary:
        rows.append((signature_block(secretary),))
    return Signatures(tuple(rows))


def _recipients(s: MinutesSnapshot) -> Recipients:
    names = [s.unit_name]
    if s.issuer:
        names.append(f"{s.issuer} (để b/c)")
    names.append("Lưu: VT, Hồ sơ đoàn")
    return Recipients(tuple(names))


def photo_lines(index: int, photo: PhotoEntry) -> tuple[str, ...]:
    """What is written under a photo: number and caption, then time and place."""
    first = f"Hình {index}. {photo.caption}" if photo.caption else f"Hình {index}"
    if photo.criterion_code:
        first += f" (tiêu chí {photo.criterion_code})"
    facts = []
    if photo.taken_at:
        when = _taken(photo.taken_at)
        facts.append(f"Chụp {when}" if when.startswith("ngày") else f"Chụp lúc {when}")
    if photo.place:
        facts.append(f"tại {photo.place}")
    return (first, ", ".join(facts)) if facts else (first,)


def _taken(value: str) -> str:
    """ "2024-07-02T09:15:00+07:00" → "09 giờ 15 phút ngày 02 tháng 7 năm 2024" (Vietnam time;
    a time stored in UTC is converted, a date alone stays a date)."""
    import datetime as dt

    from cchc_desktop.domain.dates import VIETNAM_TZ

    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return value
    if "T" not in value and " " not in value.strip():
        return nd30_date(moment.date())
    if moment.tzinfo is not None:
        moment = moment.astimezone(VIETNAM_TZ)
    return f"{clock(moment.strftime('%H:%M'))} {nd30_date(moment.date())}"


def appendix(s: MinutesSnapshot) -> Iterator[Block]:
    yield PageBreak()
    yield para("PHỤ LỤC HÌNH ẢNH", Style.APPENDIX, bold=True)
    yield para(
        f"(Kèm theo Biên bản số {s.doc_number} {nd30_date(s.date)})", Style.NOTE, italic=True
    )
    for index, photo in enumerate(s.photos, start=1):
        yield Figure(photo, photo_lines(index, photo))
