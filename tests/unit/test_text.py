"""Vietnamese text: NFC storage, dictionary order, diacritic-free search."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from cchc_desktop.domain.text import clean, fold, matches, nfc, sort_key


def test_nfd_input_becomes_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", "Lộc Bình")
    assert decomposed != "Lộc Bình"
    assert clean(f"  {decomposed}  ") == "Lộc Bình"
    assert unicodedata.is_normalized("NFC", clean(decomposed))


def test_vietnamese_alphabet_order() -> None:
    words = [
        "Đồng Tân",
        "Dương",
        "Bình Gia",
        "Ân",
        "An",
        "Ăn",
        "Chi Lăng",
        "Hữu Lũng",
        "Hồ Sơn",
        "Ô",
        "Ơ",
        "O",
        "Lộc Bình",
        "Uy",
        "Ưu",
    ]
    ordered = sorted(words, key=sort_key)
    assert ordered == [
        "An",
        "Ăn",
        "Ân",
        "Bình Gia",
        "Chi Lăng",
        "Dương",
        "Đồng Tân",
        "Hồ Sơn",
        "Hữu Lũng",
        "Lộc Bình",
        "O",
        "Ô",
        "Ơ",
        "Uy",
        "Ưu",
    ]


def test_tones_sort_after_base_letters_in_dictionary_order() -> None:
    tones = ["ma", "mà", "mả", "mã", "má", "mạ"]
    assert sorted(reversed(tones), key=sort_key) == tones
    # The base letters decide before any tone does.
    assert sorted(["mạnh", "man"], key=sort_key) == ["man", "mạnh"]


def test_numbers_sort_as_numbers() -> None:
    names = ["Điểm tiếp nhận số 10", "Điểm tiếp nhận số 2", "Điểm tiếp nhận số 1"]
    assert sorted(names, key=sort_key) == [
        "Điểm tiếp nhận số 1",
        "Điểm tiếp nhận số 2",
        "Điểm tiếp nhận số 10",
    ]


def test_shorter_word_first() -> None:
    assert sorted(["Bình Gia", "Bình"], key=sort_key) == ["Bình", "Bình Gia"]


@given(st.text())
def test_sort_key_ignores_unicode_form(text: str) -> None:
    assert sort_key(unicodedata.normalize("NFD", text)) == sort_key(nfc(text))


def test_fold_and_matches() -> None:
    assert fold("Lộc Bình") == "loc binh"
    assert fold("ĐKT") == fold("dkt") == "dkt"
    assert matches("loc binh", "Huyện Lộc Bình")
    assert matches("dkt", "Số 05/BB-ĐKT")
    assert not matches("chi lang", "Huyện Lộc Bình")
