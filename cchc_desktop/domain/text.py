"""Vietnamese text done right: NFC storage, Vietnamese sort order, diacritic-free search."""

from __future__ import annotations

import re
import unicodedata

# Letters of the Vietnamese alphabet in dictionary order; f, j, w, z (loan words) sit where the
# Latin alphabet puts them so foreign names still sort sensibly.
_ALPHABET = [
    "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m",
    "n", "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z",
]  # fmt: skip
_RANK = {letter: index for index, letter in enumerate(_ALPHABET)}

# Combining marks that change the letter (ă â ê ô ơ ư) versus those that only add a tone.
_SHAPE_MARKS = {"\u0306", "\u0302", "\u031b"}
# Tone order of Vietnamese dictionaries: ngang, huyền, hỏi, ngã, sắc, nặng.
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}

# Letters sort in a private-use block so that space, punctuation and digits (all lower
# code points) come before them, as they do in a printed index.
_LETTER_BASE = 0xE000
_SEPARATOR = "\x01"
_DIGITS = re.compile(r"[0-9]+")
_SPACES = re.compile(r"\s+")


def nfc(text: str) -> str:
    """The text in Unicode NFC, the one form we store and compare."""
    return unicodedata.normalize("NFC", text)


# Typed or pasted control characters (a terminal escape, a backspace, a NUL) mean nothing in
# stored text; a lone surrogate (bytes that were not UTF-8) cannot even be stored.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SURROGATES = re.compile("[\ud800-\udfff]")


def _stored(text: str) -> str:
    return _SURROGATES.sub("\ufffd", _CONTROLS.sub("", nfc(text)))


def clean(text: str) -> str:
    """User-typed text as stored: NFC, no surrounding space, inner runs of space made one,
    no control characters."""
    return _SPACES.sub(" ", _stored(text)).strip()


def clean_multiline(text: str) -> str:
    """A note or finding as stored: NFC, trailing space trimmed, line breaks kept, no other
    control characters."""
    unified = _stored(text).replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.rstrip() for line in unified.split("\n")]
    return "\n".join(lines).strip()


def _split_letter(char: str) -> tuple[str, int] | None:
    """A letter's base (with its shape marks) and tone, or None for a non-letter."""
    decomposed = unicodedata.normalize("NFD", char.lower())
    base = decomposed[0]
    if base == "đ" or (base.isalpha() and base.isascii()):
        shape = "".join(m for m in decomposed[1:] if m in _SHAPE_MARKS)
        tone = next((_TONES[m] for m in decomposed[1:] if m in _TONES), 0)
        letter = unicodedata.normalize("NFC", base + shape)
        if letter in _RANK:
            return letter, tone
    return None


def sort_key(text: str) -> str:
    """A string whose plain binary order is Vietnamese dictionary order of ``text``.

    Base letters decide first (a < ă < â < b … đ after d), then tones (ngang, huyền, hỏi, ngã,
    sắc, nặng), then case. Runs of digits compare as numbers ("Điểm 2" before "Điểm 10").
    Being a plain string, it can be stored in a column and sorted by SQLite without a custom
    collation.
    """
    primary: list[str] = []
    tones: list[str] = []
    cases: list[str] = []
    text = nfc(text).strip()
    position = 0
    while position < len(text):
        char = text[position]
        if "0" <= char <= "9":
            match = _DIGITS.match(text, position)
            assert match is not None
            digits = match.group().lstrip("0") or "0"
            primary.append(chr(0x30 + min(len(digits), 40)) + digits)
            position = match.end()
            continue
        split = _split_letter(char)
        if split is None:
            if char.isspace():
                primary.append(" ")
            elif ord(char) >= 0x20:
                primary.append(char.lower() if ord(char) < _LETTER_BASE else char)
        else:
            letter, tone = split
            primary.append(chr(_LETTER_BASE + _RANK[letter]))
            tones.append(str(tone))
            cases.append("1" if char.isupper() else "0")
        position += 1
    return "".join(primary) + _SEPARATOR + "".join(tones) + _SEPARATOR + "".join(cases)


def fold(text: str) -> str:
    """Text stripped of diacritics and case, for search: "Lộc Bình" and "loc binh" match."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SPACES.sub(" ", bare.casefold()).strip()


def matches(query: str, *fields: str | None) -> bool:
    """Whether every word of the query is found, folded, in one of the fields."""
    haystack = " ".join(fold(f) for f in fields if f)
    return all(word in haystack for word in fold(query).split())


# What must never reach a terminal or a label raw: C0 and C1 controls and DEL (cursor moves,
# screen clears, colours, a carriage return or line break that starts a fake line), the line
# and paragraph separators (a line break to a window's label), the marks that reverse the
# direction of text, and lone surrogates (not text at all).
_UNPRINTABLE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]"
)
_UNPRINTABLE_KEEP_LINES = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]"
)
_NAMED_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED_ESCAPES:
        return _NAMED_ESCAPES[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str, *, lines: bool = False) -> str:
    """``text`` safe to print or show: every control character written as an escape.

    ``ESC[2J`` becomes ``\\x1b[2J`` and a line break ``\\n``, so a name that came in a package
    can neither clear the screen nor start a line of its own that fakes a message.
    ``lines`` keeps line breaks and tabs (a message of several lines made by the app).
    """
    pattern = _UNPRINTABLE_KEEP_LINES if lines else _UNPRINTABLE
    return pattern.sub(_escape, text)
