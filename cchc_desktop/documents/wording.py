"""Small pieces of Vietnamese wording the biên bản, the báo cáo and the readiness list share.

Kept apart from ``sections`` so a rule or a report can name a criterion or a recipient the way
the biên bản does without laying out a document.
"""

from __future__ import annotations

import re

# Who issues the team's documents (biên bản BB-ĐKT, báo cáo BC-ĐKT), under the body that
# issued the plan (RESEARCH §1.4).
ISSUING_TEAM = "Đoàn kiểm tra"

# A criterion's short title stops before the first of these: the rest of its text lists the
# details an inspector checks ("…; xử lý sau kiểm tra", "(Mẫu 04)").
_CLAUSE_END = re.compile(r"\s*(?:;|\(|:\s)")
SHORT_TITLE_WORDS = 14
_PHRASE_STARTS = {"và", "theo", "trên", "tại", "khi", "trong", "đối", "để"}
# Units whose recipient in Nơi nhận is their People's Committee ("UBND xã Khánh Xuân").
_COMMITTEE_KINDS = {"tinh", "huyen", "xa", "phuong", "thi_tran", "dac_khu"}
_LOWER_IN_SENTENCE = ("Xã ", "Phường ", "Thị trấn ", "Huyện ", "Tỉnh ", "Đặc khu ")


def short_title(text: str, words: int = SHORT_TITLE_WORDS) -> str:
    """A criterion named in a few words: its first clause, cut where a phrase ends if that is
    too long ("Ban hành Kế hoạch cải cách hành chính năm đúng thời hạn, xác định rõ nhiệm vụ…"
    → "Ban hành Kế hoạch cải cách hành chính năm đúng thời hạn")."""
    first = _CLAUSE_END.split(text.strip(), maxsplit=1)[0].strip().rstrip(".,;")
    tokens = first.split()
    if len(tokens) <= words + 4:
        return first
    # Where a phrase may end: after a comma, or before a word that starts a new one.
    cuts = [
        i
        for i in range(6, words + 1)
        if (tokens[i - 1].endswith(",") or tokens[i].lower() in _PHRASE_STARTS)
        and tokens[i - 1].lower() not in _PHRASE_STARTS
    ]
    if cuts:
        return " ".join(tokens[: cuts[-1]]).rstrip(",")
    return " ".join(tokens[:words]) + "…"


def named_criterion(code: str, text: str) -> str:
    """ "tiêu chí A1 (Ban hành Kế hoạch cải cách hành chính năm đúng thời hạn)"."""
    return f"tiêu chí {code} ({short_title(text)})" if text else f"tiêu chí {code}"


def in_sentence(name: str) -> str:
    """A unit's name as it reads inside a sentence: "Xã Mông Ân" → "xã Mông Ân"."""
    for prefix in _LOWER_IN_SENTENCE:
        if name.startswith(prefix):
            return prefix.lower() + name[len(prefix) :]
    return name


def unit_recipient(name: str, kind: str) -> str:
    """Who receives the biên bản for the inspected unit: a commune's People's Committee
    ("UBND xã Khánh Xuân"); a one-stop shop or a centre by its own name."""
    if kind in _COMMITTEE_KINDS and not name.upper().startswith(("UBND", "ỦY BAN")):
        return f"UBND {in_sentence(name)}"
    return name


def abbreviated_body(name: str) -> str:
    """A body's name as Nơi nhận writes it: the common phrases shortened ("Ban Chỉ đạo cải cách
    hành chính tỉnh Lạng Sơn" → "Ban Chỉ đạo CCHC tỉnh Lạng Sơn")."""
    shorter = re.sub(r"(?i)cải cách hành chính", "CCHC", name)
    return re.sub(r"(?i)^ủy ban nhân dân ", "UBND ", shorter)


def parties(responsible: str) -> list[str]:
    """The parties of a kiến nghị's "chịu trách nhiệm" field ("UBND huyện; Công an huyện")."""
    return [p.strip().rstrip(".") for p in re.split(r"[;\n]", responsible) if p.strip()]


def joined(names: list[str]) -> str:
    """ "A", "A và B", "A, B và C"."""
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " và " + names[-1]


def count(n: int, what: str) -> str:
    """A count as a sentence writes it, without the zero of a date: "3 tiêu chí"."""
    return f"{n} {what}"
