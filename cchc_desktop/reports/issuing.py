"""Who issues the báo cáo and who signs it, as a văn thư sets them (ND 30/2020, Phụ lục I).

The issuing body (cơ quan ban hành) is chosen per report: by default the body that issued the
plan (Ban Chỉ đạo CCHC tỉnh, UBND tỉnh…), or the user's own organisation (Sở Nội vụ…), or the
inspection team. Its chủ quản goes above it in the header, its abbreviation into the ký hiệu
("BC-BCĐCCHC"), and it reports to its chủ quản in Nơi nhận. The signer (quyền hạn, chức vụ,
họ tên) comes from the settings; left empty, the chức vụ usual for the body is printed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from cchc_desktop.documents.wording import ISSUING_TEAM
from cchc_desktop.domain.text import clean, fold

if TYPE_CHECKING:
    from cchc_desktop.settings import Settings

# A body's name ends where its place begins: "Sở Nội vụ | tỉnh Lạng Sơn".
_PLACE_WORDS = ("tinh", "thanh pho", "huyen", "quan", "thi xa", "thi tran", "xa", "phuong")
# Kept as they are when an upper-case name is written inside a sentence.
_ACRONYMS = frozenset({"UBND", "HĐND", "BCĐ", "CCHC", "TTHC", "MTTQ", "TTPVHCC", "CQĐT"})
_PLAN_SYMBOL = re.compile(r"/\s*KH-([^\s/]+)\s*$", re.IGNORECASE)
# Blank space for the number the văn thư writes in by hand.
NUMBER_SPACE = "\u00a0" * 8


@dataclass(frozen=True)
class Issuing:
    """The header and signature of one báo cáo."""

    body: str  # cơ quan ban hành, as written: "Ban Chỉ đạo cải cách hành chính tỉnh Lạng Sơn"
    parent_body: str = ""  # cơ quan chủ quản, "" when none: "UBND TỈNH LẠNG SƠN"
    symbol: str = ""  # ký hiệu: "BC-BCĐCCHC" (from the body when empty)
    number: str = ""  # the number the văn thư gave; empty leaves room to write it
    place: str = ""  # địa danh: "Lạng Sơn"
    signer_authority: str = ""  # quyền hạn: "KT. TRƯỞNG BAN"
    signer_post: str = ""  # chức vụ: "PHÓ TRƯỞNG BAN"
    signer_name: str = ""

    @property
    def doc_number(self) -> str:
        """ "05/BC-BCĐCCHC" (ND 30: a leading 0 below 10), or room for the number."""
        symbol = self.symbol or f"BC-{abbreviation(self.body)}"
        number = self.number.strip()
        if number.isdigit() and int(number) < 10:
            number = f"{int(number):02d}"
        return f"{number or NUMBER_SPACE}/{symbol}"

    @property
    def signer_heading(self) -> str:
        """Quyền hạn and chức vụ, one per line, upper case (ND 30 ô 7a)."""
        lines = [self.signer_authority.strip(), self.signer_post.strip()]
        return "\n".join(line.upper() for line in lines if line)

    @property
    def body_in_sentence(self) -> str:
        return in_sentence(self.body)


@dataclass(frozen=True)
class IssuerChoice:
    """One issuing body the dialog offers."""

    label: str
    body: str
    parent_body: str
    symbol: str = ""


def _place_at(words: list[str], index: int) -> int:
    """How many words a place word takes at ``index`` ("tỉnh": 1, "thành phố": 2), else 0."""
    one, two = fold(words[index]), fold(" ".join(words[index : index + 2]))
    if two in _PLACE_WORDS and " " in two:
        return 2
    return 1 if one in _PLACE_WORDS else 0


def abbreviation(body: str) -> str:
    """The body's abbreviation for the ký hiệu, from the initials of its name before the place:
    "Ban Chỉ đạo cải cách hành chính tỉnh Lạng Sơn" → "BCĐCCHC", "Sở Nội vụ" → "SNV",
    "Ủy ban nhân dân tỉnh …" → "UBND", "Đoàn kiểm tra" → "ĐKT"."""
    words = clean(body).split()
    letters: list[str] = []
    for index, word in enumerate(words):
        if letters and _place_at(words, index):
            break
        if len(word) > 1 and word.isupper():  # already an abbreviation: "UBND", "BCĐ"
            letters.append(word)
        else:
            letters.append("Đ" if word[0] in "Đđ" else fold(word[0]).upper())
    return "".join(letters) or "ĐKT"


def in_sentence(name: str) -> str:
    """A body's name inside a sentence: as typed, or, when typed in capitals for a header,
    in lower case with its first word and its place's name capitalised ("UBND TỈNH LẠNG SƠN"
    → "UBND tỉnh Lạng Sơn")."""
    name = clean(name)
    if not name or name != name.upper():
        return name
    words = name.split()
    out: list[str] = []
    proper = False  # after the place word come the place's own, capitalised, words
    index = 0
    while index < len(words):
        word = words[index]
        place = 0 if proper or not out else _place_at(words, index)
        if place:
            out += [w.lower() for w in words[index : index + place]]
            index += place
            proper = True
            continue
        if word in _ACRONYMS:
            out.append(word)
        else:
            out.append(word.capitalize() if proper or not out else word.lower())
        index += 1
    return " ".join(out)


def plan_symbol(plan: dict[str, Any]) -> str:
    """The ký hiệu of a báo cáo by the body that issued the plan, read from the plan's own
    number ("80/KH-BCĐCCHC" → "BC-BCĐCCHC"); empty when the number does not say."""
    match = _PLAN_SYMBOL.search(str(plan.get("number", "")))
    return f"BC-{match.group(1)}" if match else ""


def issuer_choices(plans: list[dict[str, Any]], settings: Settings) -> list[IssuerChoice]:
    """The bodies a report may be issued by, the default first: the plan's issuer (for a
    report over several plans, the user's organisation when set, else the latest plan's
    issuer), then the other plans' issuers, the user's organisation, the inspection team."""
    choices: list[IssuerChoice] = []
    for plan in sorted(plans, key=lambda p: (p["date"], p["number"]), reverse=True):
        choices.append(
            IssuerChoice(plan["issuer"], plan["issuer"], plan["parent_body"], plan_symbol(plan))
        )
    own = clean(settings.user_unit)
    if own:
        mine = IssuerChoice(own, own, clean(settings.user_unit_parent))
        if len(plans) == 1:
            choices.append(mine)
        else:
            choices.insert(0, mine)
    if len(plans) == 1:
        plan = plans[0]
        choices.append(IssuerChoice(ISSUING_TEAM, ISSUING_TEAM, plan["issuer"].upper()))
    seen: set[str] = set()
    unique = []
    for choice in choices:
        key = fold(choice.body)
        if key and key not in seen:
            seen.add(key)
            unique.append(choice)
    return unique or [IssuerChoice(ISSUING_TEAM, ISSUING_TEAM, "")]


def usual_signer(body: str) -> tuple[str, str]:
    """(quyền hạn, chức vụ) usual for a body when the settings name none: a deputy signs for
    the head of a Ban Chỉ đạo or a Sở; the Chủ tịch for an Ủy ban; the Trưởng đoàn for a team."""
    name = fold(body)
    if name.startswith("ban chi dao") or name.startswith("bcd"):
        return "KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"
    if name.startswith("so "):
        return "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"
    if name.startswith("uy ban nhan dan") or name.startswith("ubnd"):
        return "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"
    if name.startswith("doan kiem tra"):
        return "", "TRƯỞNG ĐOÀN"
    return "", "THỦ TRƯỞNG CƠ QUAN"


def issuing(
    choice: IssuerChoice, settings: Settings, *, number: str = "", symbol: str = ""
) -> Issuing:
    """The header and signature from a chosen body and the settings' signer."""
    authority, post = clean(settings.report_signer_authority), clean(settings.report_signer_post)
    if not authority and not post:
        authority, post = usual_signer(choice.body)
    return Issuing(
        body=clean(choice.body),
        parent_body=clean(choice.parent_body),
        symbol=clean(symbol) or choice.symbol,
        number=clean(number),
        place=clean(settings.place_name),
        signer_authority=authority,
        signer_post=post,
        signer_name=clean(settings.report_signer_name),
    )


def default_issuing(plans: list[dict[str, Any]], settings: Settings) -> Issuing:
    """What a report says when nobody chose: the first of ``issuer_choices``."""
    return issuing(issuer_choices(plans, settings)[0], settings)


def with_body(base: Issuing, body: str, parent_body: str) -> Issuing:
    """The same header with another body typed in (its ký hiệu follows the new name)."""
    return replace(base, body=clean(body), parent_body=clean(parent_body), symbol="")
