"""What the biên bản says, section by section, in the order of ND 30 Mẫu 1.9 and inspection practice.

Pure text from a snapshot: no fonts, no pages. The document is always in Vietnamese, whatever
language the window speaks. It says what was recorded and nothing else: a section with nothing
recorded is left out (and the sections after it renumbered); a draft shows "…" where a value
the final document needs is still missing, as a blank form does. docs/MINUTES_WORDING.md says
why each wording is as it is.
"""

from __future__ import annotations

from collections.abc import Iterator

from cchc_desktop.documents.blocks import (
    Block,
    Figure,
    Header,
    PageBreak,
    Para,
    PhotoEntry,
    Recipients,
    Run,
    SignatureBlock,
    Signatures,
    Style,
    listed,
    para,
)
from cchc_desktop.documents.wording import (
    abbreviated_body,
    in_sentence,
    joined,
    parties,
    short_title,
    unit_recipient,
)
from cchc_desktop.domain.dates import nd30_date
from cchc_desktop.domain.results import Result
from cchc_desktop.domain.roles import MemberRole
from cchc_desktop.minutes.previous_section import previous_section
from cchc_desktop.minutes.snapshot import (
    CriterionResult,
    FindingEntry,
    MinutesSnapshot,
    SignerEntry,
)

HEADINGS = {
    "dai_dien_don_vi": "ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA",
    "truong_doan": "TRƯỞNG ĐOÀN KIỂM TRA",
    "thu_ky": "THƯ KÝ",
}
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII")
BLANK = "…"  # what a draft shows where the final document needs a value
DRAFT_MARK = "DỰ THẢO"


def two(n: int) -> str:
    """A number as ND 30 writes it where it is a document's part: a leading zero below 10
    ("02 bản"). Counts inside sentences are written plainly (``wording.count``)."""
    return f"{n:02d}"


def unit_phrase(s: MinutesSnapshot) -> str:
    """ "xã Hoàng Văn Thụ, huyện Bình Gia" — the unit with its district when it had one."""
    phrase = in_sentence(s.unit_name)
    return f"{phrase}, {in_sentence(s.unit_parent)}" if s.unit_parent else phrase


def clock(hhmm: str) -> str:
    """ "08:30" → "08 giờ 30 phút"; a draft's missing time → "… giờ … phút"."""
    if not hhmm:
        return f"{BLANK} giờ {BLANK} phút"
    hours, minutes = hhmm.split(":")
    return f"{int(hours):02d} giờ {int(minutes):02d} phút"


def title_lines(s: MinutesSnapshot) -> tuple[str, str]:
    """Tên loại and trích yếu (the trích yếu in two lines: the work, then the unit)."""
    kind = "BIÊN BẢN BỔ SUNG" if s.supersedes else "BIÊN BẢN"
    year = s.date[:4]
    return kind, f"Kiểm tra công tác cải cách hành chính năm {year}\ntại {unit_phrase(s)}"


class _Numbers:
    """I., II., III. … for the sections actually printed."""

    def __init__(self) -> None:
        self.count = 0

    def next(self, title: str) -> Para:
        self.count += 1
        return para(f"{_ROMAN[self.count - 1]}. {title}", Style.HEADING, bold=True)


def document(s: MinutesSnapshot) -> list[Block]:
    """Every block of the biên bản, in order."""
    blocks: list[Block] = [Header(s.parent_body, s.issuer, s.doc_number, draft=s.draft)]
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
    numbers = _Numbers()
    blocks.extend(_basis(s))
    blocks.extend(_supplement(s))
    blocks.extend(_time_place_people(s))
    blocks.extend(_results(s, numbers))
    blocks.extend(previous_section(s))  # the last part of "I. KẾT QUẢ KIỂM TRA"
    blocks.extend(_assessment(s, numbers))
    blocks.extend(_recommendations(s, numbers))
    blocks.extend(_opinion(s, numbers))
    blocks.append(_closing(s))
    blocks.append(signatures(s))
    blocks.append(recipients(s))
    if s.photos:
        blocks.extend(appendix(s))
    return blocks


def _basis(s: MinutesSnapshot) -> Iterator[Para]:
    lines = []
    if s.team_decision:
        lines.append(s.team_decision)
    lines.extend(s.basis)
    if not s.basis and s.plan_number:
        # The plan is the plan's issuer's (the parent body), not the team's.
        lines.append(
            f"Kế hoạch số {s.plan_number} {nd30_date(s.plan_date)} của {s.parent_body} "
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


def _person(name: str, title: str) -> str:
    return f"{name}, {title}" if title else name


def _team_lines(s: MinutesSnapshot) -> list[str]:
    team = [m for m in s.team if m.role != "thu_ky"]
    lines = [f"- {_person(m.name, m.title)} - {MemberRole(m.role).label_vi}" for m in team]
    lead = s.signer("truong_doan")
    if not lines and lead is not None and lead.name:
        lines = [f"- {_person(lead.name, lead.title)} - Trưởng đoàn"]
    if not lines and s.draft:
        lines = [f"- {BLANK}"]
    return lines


def _time_place_people(s: MinutesSnapshot) -> Iterator[Para]:
    when = nd30_date(s.date)
    if s.start_time or s.draft:
        yield _labelled("Thời gian bắt đầu: ", f"{clock(s.start_time)}, {when}.")
    else:  # an old record made before the time was required: the day is what was recorded
        yield _labelled("Thời gian: ", f"{when}.")
    if s.place or s.draft:
        yield _labelled("Địa điểm: ", f"{s.place or BLANK}.")
    yield _labelled("Thành phần:", "")
    yield para("1. Đoàn kiểm tra", Style.BODY, italic=True)
    for line in listed(_team_lines(s)):
        yield para(line, Style.ITEM)
    yield para(f"2. Đại diện {in_sentence(s.unit_name)}", Style.BODY, italic=True)
    rep = s.signer("dai_dien_don_vi")
    if rep is not None and rep.name:
        for line in listed([f"- {_person(rep.name, rep.title)}"]):
            yield para(line, Style.ITEM)
    elif s.draft:
        yield para(f"- {BLANK}.", Style.ITEM)
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
        f"kiểm tra công tác cải cách hành chính theo {len(s.criteria)} tiêu chí của "
        f"{s.template_title}.",
    )


def _counts(answered: list[tuple[CriterionResult, Result]], total: int) -> str:
    """ "5/7 tiêu chí đạt, 1 tiêu chí không đạt, 1 tiêu chí không áp dụng" (every criterion
    answered), else "3/7 tiêu chí: 1 đạt, 2 không đạt" — counts without date-like zeros."""
    found = [(r, sum(1 for _c, got in answered if got is r)) for r in Result]
    found = [(r, n) for r, n in found if n]
    if len(answered) < total:
        listed_counts = ", ".join(f"{n} {r.label_vi.lower()}" for r, n in found)
        return f"Đã đánh giá {len(answered)}/{total} tiêu chí: {listed_counts}"
    parts = [
        f"{n}/{total} tiêu chí {r.label_vi.lower()}" if index == 0
        else f"{n} tiêu chí {r.label_vi.lower()}"
        for index, (r, n) in enumerate(found)
    ]  # fmt: skip
    return "Kết quả: " + ", ".join(parts)


def _results(s: MinutesSnapshot, numbers: _Numbers) -> Iterator[Para]:
    yield numbers.next("KẾT QUẢ KIỂM TRA")
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
        yield para(f"{_counts(answered, len(items))}.")
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
        yield para("Chưa có tiêu chí nào được đánh giá." if s.draft else BLANK)
    elif unanswered:
        yield para(f"Còn {unanswered} tiêu chí chưa được đánh giá.")


def _assessment(s: MinutesSnapshot, numbers: _Numbers) -> Iterator[Para]:
    parts: list[tuple[str, list[Para]]] = []
    strengths = [f"- {f.text}" for f in s.findings_of("uu_diem")]
    if strengths:
        parts.append(("Ưu điểm", [para(line, Style.ITEM) for line in listed(strengths)]))
    weak = [f"- {f.text}" for f in s.findings_of("ton_tai")]
    if weak:
        parts.append(("Tồn tại, hạn chế", [para(line, Style.ITEM) for line in listed(weak)]))
    conclusion = [para(line.strip()) for line in s.conclusion.splitlines() if line.strip()]
    if conclusion:
        parts.append(("Kết luận của Đoàn kiểm tra", conclusion))
    if not parts:
        return
    yield numbers.next("ĐÁNH GIÁ CHUNG")
    for index, (title, paragraphs) in enumerate(parts, start=1):
        yield para(f"{index}. {title}", Style.SUBHEADING, bold=True)
        yield from paragraphs


def _by_party(items: list[FindingEntry]) -> list[tuple[str, list[FindingEntry]]]:
    """Kiến nghị grouped by who must act, in the order the parties first appear."""
    groups: dict[str, list[FindingEntry]] = {}
    for item in items:
        groups.setdefault(joined(parties(item.responsible)), []).append(item)
    return list(groups.items())


def _recommendations(s: MinutesSnapshot, numbers: _Numbers) -> Iterator[Para]:
    items = s.findings_of("kien_nghi")
    if not items:
        return
    yield numbers.next("KIẾN NGHỊ, YÊU CẦU")
    yield para("Đoàn kiểm tra đề nghị:")
    for index, (party, group) in enumerate(_by_party(items), start=1):
        yield para(f"{index}. Đối với {party or BLANK}:", Style.SUBHEADING, bold=True)
        lines = []
        for item in group:
            deadline = nd30_date(item.deadline) if item.deadline else BLANK
            lines.append(f"- {item.text.rstrip('.;')} (thời hạn hoàn thành: {deadline})")
        for line in listed(lines):
            yield para(line, Style.ITEM)


def _opinion(s: MinutesSnapshot, numbers: _Numbers) -> Iterator[Para]:
    lines = [line.strip() for line in s.unit_opinion.splitlines() if line.strip()]
    if not lines and not s.draft:
        return
    yield numbers.next("Ý KIẾN CỦA ĐƠN VỊ ĐƯỢC KIỂM TRA")
    for line in lines or [BLANK]:
        yield para(line)


def _closing(s: MinutesSnapshot) -> Para:
    each = two(max(1, s.copies // 2))
    if s.end_time or s.draft:
        end = f"Buổi kiểm tra kết thúc vào {clock(s.end_time)}, {nd30_date(s.date)}."
    else:  # an old record made before the time was required
        end = f"Buổi kiểm tra kết thúc {nd30_date(s.date)}."
    return para(
        f"{end} Biên bản đã được đọc lại cho các thành viên tham dự cùng nghe, thống nhất và "
        f"ký tên; được lập thành {two(s.copies)} bản có giá trị như nhau, Đoàn kiểm tra giữ "
        f"{each} bản, đơn vị được kiểm tra giữ {each} bản./."
    )


def signature_block(signer: SignerEntry, *, with_image: bool = True) -> SignatureBlock:
    return SignatureBlock(
        signer.role,
        HEADINGS[signer.role],
        signer.title,
        signer.name,
        signer.image_sha256 if with_image else None,
    )


def signatures(s: MinutesSnapshot) -> Signatures:
    """ĐẠI DIỆN ĐƠN VỊ left, TRƯỞNG ĐOÀN right, THƯ KÝ centred beneath when there is one.

    A draft and a biên bản issued for paper carry no handwritten image: a draft is never a
    signed-looking document, and the paper copy is signed in ink."""
    with_image = not (s.draft or s.paper)
    rep = s.signer("dai_dien_don_vi") or SignerEntry("dai_dien_don_vi", "")
    lead = s.signer("truong_doan") or SignerEntry("truong_doan", "")
    rows: list[tuple[SignatureBlock, ...]] = [
        (signature_block(rep, with_image=with_image), signature_block(lead, with_image=with_image))
    ]
    secretary = s.signer("thu_ky")
    if secretary:
        rows.append((signature_block(secretary, with_image=with_image),))
    return Signatures(tuple(rows))


def recipients(s: MinutesSnapshot) -> Recipients:
    """Nơi nhận: the inspected unit (to act on it), the body that issued the plan (to be
    informed), the archive."""
    names = [f"{unit_recipient(s.unit_name, s.unit_kind)} (để thực hiện)"]
    if s.parent_body:
        names.append(f"{abbreviated_body(s.parent_body)} (để b/c)")
    names.append("Lưu: VT, Hồ sơ đoàn")
    return Recipients(tuple(names))


def _criterion_text(s: MinutesSnapshot, code: str) -> str:
    found = next((c for c in s.criteria if c.code == code), None)
    return short_title(found.text) if found is not None else ""


def photo_lines(index: int, photo: PhotoEntry, s: MinutesSnapshot | None = None) -> tuple[str, ...]:
    """What is written under a photo: number and caption, then time and place."""
    first = f"Hình {index}. {photo.caption}" if photo.caption else f"Hình {index}"
    if photo.criterion_code:
        title = _criterion_text(s, photo.criterion_code) if s is not None else ""
        first += (
            f" (tiêu chí {photo.criterion_code}: {title})"
            if title
            else f" (tiêu chí {photo.criterion_code})"
        )
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
        yield Figure(photo, photo_lines(index, photo, s))
