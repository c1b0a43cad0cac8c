"""The core's messages in the translators' catalogue (resources/translations/core_en.ts): every
(vi, en) pair the core writes is in it with its English, Qt's own tools read it, and a
translator's corrected English is what an English user reads."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from cchc_desktop import errors
from cchc_desktop.catalogue import corrections
from cchc_desktop.catalogue.extract import CATALOGUE, catalogue_text, extract
from cchc_desktop.catalogue.ts_file import Message, merge, placeholders, read_ts, ts_text
from cchc_desktop.errors import UserError, read_named_file, set_language
from cchc_desktop.exchange.archive import check_directory


def test_the_committed_catalogue_holds_every_core_message() -> None:
    """Extracting again (as `make translations` does) gives the committed file: a message
    added, changed or removed in the code without `make translations` fails here."""
    text, problems = catalogue_text()
    assert problems == [], "calls whose messages cannot be read:\n" + "\n".join(problems)
    assert text == CATALOGUE.read_text(encoding="utf-8"), "run `make translations`"


def test_every_core_message_has_its_english() -> None:
    messages = read_ts(CATALOGUE)
    assert len(messages) > 800  # the core's ~400 calls and its label tables
    unfinished = [m.source for m in messages if not m.finished]
    assert unfinished == [], "translate these in Qt Linguist"
    for message in messages:
        assert message.translation.strip(), message.source
        # A translation can use only the values the code's English is given.
        assert set(placeholders(message.translation)) <= set(placeholders(message.draft)), (
            message.source
        )
    # The messages every person meets are there, keyed by their Vietnamese.
    sources = {(m.context, m.source) for m in messages}
    assert ("cchc_desktop.errors", "Không tìm thấy tệp «{path}».") in sources
    assert ("cchc_desktop.domain.results", "Đạt") in sources


def test_qt_linguist_tools_read_the_catalogue(tmp_path: Path) -> None:
    """The file is Qt's TS as Linguist opens it: lrelease reads every message as finished."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    done = subprocess.run(
        [str(lrelease), str(CATALOGUE), "-qm", str(tmp_path / "core_en.qm")],
        capture_output=True,
        text=True,
        check=True,
    )
    count = len(read_ts(CATALOGUE))
    assert f"Generated {count} translation(s) ({count} finished and 0 unfinished)" in done.stdout


def _corrected(tmp_path: Path, fixes: dict[str, str]) -> Path:
    """A copy of the catalogue where a translator changed some translations (as Linguist
    saves them: only the <translation> text changes)."""
    tree = ET.parse(CATALOGUE)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source in fixes and translation is not None:
            translation.text = fixes[source]
    path = tmp_path / "core_en.ts"
    tree.write(path, encoding="utf-8")
    return path


def test_a_translators_correction_is_what_an_english_user_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _corrected(
        tmp_path,
        {
            "Không tìm thấy tệp «{path}».": "There is no file '{path}'.",
            "Đạt": "Passed",
        },
    )
    monkeypatch.setattr(corrections, "default_catalogue", lambda: path)
    missing = tmp_path / "nowhere" / "plan.xlsx"
    with pytest.raises(UserError) as refused:
        read_named_file(missing)
    set_language("en")
    try:
        assert refused.value.message == f"There is no file '{missing}'."
        assert errors.pick("Đạt", "Met") == "Passed"
        # Messages no translator touched keep the code's English.
        assert errors.pick("Không đạt", "Not met") == "Not met"
    finally:
        set_language(None)
    assert refused.value.message == f"Không tìm thấy tệp «{missing}»."


def test_a_correction_fills_in_values_the_two_halves_format_differently(tmp_path: Path) -> None:
    """The Vietnamese writes 1.500 where the English writes 1,500: the translation takes its
    values from the code's English."""
    source = "có hơn {_vn(MAX_RANGES)} vùng ô gộp hoặc liên kết"
    path = _corrected(tmp_path, {source: "more than {MAX_RANGES:,} merged ranges or links"})
    assert corrections.english(
        "có hơn 1.500 vùng ô gộp hoặc liên kết", "it has over 1,500 merged ranges or links", path
    ) == ("more than 1,500 merged ranges or links")


def test_a_corrected_message_quoted_in_another_is_corrected_there_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A package refused because it is empty: the refusal quotes the reason, which the
    translator corrected on its own."""
    path = _corrected(tmp_path, {"gói rỗng, không có thành phần nào": "the package holds nothing"})
    monkeypatch.setattr(corrections, "default_catalogue", lambda: path)
    package = tmp_path / "doan-1.cchc"
    zipfile.ZipFile(package, "w").close()
    with zipfile.ZipFile(package) as opened, pytest.raises(UserError) as refused:
        check_directory(package, opened.infolist(), package.stat().st_size)
    set_language("en")
    try:
        assert refused.value.message == (
            "Package doan-1.cchc refused: the package holds nothing. Nothing was changed."
        )
    finally:
        set_language(None)


def test_a_damaged_catalogue_costs_the_corrections_not_the_message(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A translator's save cut short: messages keep the code's English, and the log says why."""
    damaged = tmp_path / "core_en.ts"
    damaged.write_bytes(CATALOGUE.read_bytes()[:5000])
    assert corrections.english("Đạt", "Met", damaged) == "Met"
    assert "cannot be read" in caplog.text and str(damaged) in caplog.text


def _message(source: str, english: str, *, translation: str | None = None) -> Message:
    return Message("m", "m.py", source, translation or english, english, finished=True)


def test_make_translations_keeps_a_correction_and_follows_the_code_elsewhere() -> None:
    previous = [
        _message("Đạt", "Met", translation="Passed"),  # corrected by a translator
        _message("Không đạt", "Not met"),
        _message("Đã xoá", "Gone"),  # no longer in the code
    ]
    found = [_message("Đạt", "Met"), _message("Không đạt", "Failed")]
    assert merge(found, previous) == [
        _message("Đạt", "Met", translation="Passed"),
        _message("Không đạt", "Failed"),
    ]
    # The code's English changed under a correction: the translator looks again.
    changed = merge([_message("Đạt", "Meets")], previous)
    assert changed == [
        Message("m", "m.py", "Đạt", "Passed", "Meets", finished=False),
    ]
    assert 'type="unfinished"' in ts_text(changed)
    # A value renamed in the code: the correction is carried over for the translator to
    # rename the value in it too.
    before = [_message("Lưu {a}.", "Saved {a}.", translation="Stored {a}.")]
    assert merge([_message("Lưu {b}.", "Saved {b}.")], before) == [
        Message("m", "m.py", "Lưu {b}.", "Stored {a}.", "Saved {b}.", finished=False),
    ]


EXAMPLE = """
from dataclasses import dataclass

from cchc_desktop.errors import UserError, pick

NONE_VI = "Chưa có kiến nghị nào"
NONE_EN = "No recommendations"
LABELS = {"dat": ("Đạt", "Met"), "key": ("tên", "name")}


class Refused(UserError):
    pass


@dataclass
class Item:
    key: str
    vi: str
    en: str
    blocking: bool = True


class Busy(UserError):
    def __init__(self, where: str) -> None:
        super().__init__(f"{where} đang bận.", f"{where} is busy.")


def refuse(path: str, vi: str, en: str) -> UserError:
    return UserError(f"Không nhận tệp «{path}»: {vi}", f"Refused '{path}': {en}")


def work(path: str, n: int, ok: bool, parts: list[str]) -> None:
    pick("Đã lưu.", "Saved.")
    pick(f"Đã lưu {n} ảnh." if ok else "Chưa lưu ảnh nào.", f"Saved {n} photos." if ok else "None saved.")
    pick(f"Còn {n:,} ô" + " trống", f"{n:,} cells" + " left empty")
    raise refuse(path, "tệp rỗng", "the file is empty")
    Item("photo", "Chưa có ảnh.", "No photo yet.", blocking=False)
    raise Refused("Không được.", "Not allowed.")
    raise UserError("Chỉ có tiếng Việt.")
    raise UserError(" ".join(parts), "Parts.")
"""


def _package(tmp_path: Path) -> Path:
    package = tmp_path / "cchc_desktop"
    (package / "gui").mkdir(parents=True)
    (package / "errors.py").write_text(
        "def pick(vi: str, en: str) -> str: ...\n"
        "class UserError(Exception):\n"
        "    def __init__(self, vi: str, en: str | None = None) -> None: ...\n",
        encoding="utf-8",
    )
    return package


def test_a_translators_work_survives_make_translations(tmp_path: Path) -> None:
    """The round trip: extract, a translator corrects an entry, extract again after the code
    changed elsewhere (kept), then after the code changed that message's English (unfinished)."""
    package = _package(tmp_path)
    code = package / "work.py"
    code.write_text(
        'from cchc_desktop.errors import pick\npick("Đạt", "Met")\npick("Hủy", "Cancel")\n',
        encoding="utf-8",
    )
    ts = tmp_path / "core_en.ts"
    ts.write_text(catalogue_text(package, ts)[0], encoding="utf-8")
    ts.write_text(
        ts.read_text(encoding="utf-8").replace(">Met</translation>", ">Passed</translation>"),
        encoding="utf-8",
    )
    code.write_text(
        code.read_text(encoding="utf-8").replace('"Cancel"', '"Stop"'), encoding="utf-8"
    )
    ts.write_text(catalogue_text(package, ts)[0], encoding="utf-8")
    assert [(m.source, m.translation, m.finished) for m in read_ts(ts)] == [
        ("Đạt", "Passed", True),
        ("Hủy", "Stop", True),
    ]
    assert corrections.english("Đạt", "Met", ts) == "Passed"
    code.write_text(code.read_text(encoding="utf-8").replace('"Met"', '"Meets"'), encoding="utf-8")
    ts.write_text(catalogue_text(package, ts)[0], encoding="utf-8")
    assert [(m.source, m.translation, m.draft, m.finished) for m in read_ts(ts)] == [
        ("Đạt", "Passed", "Meets", False),
        ("Hủy", "Stop", "Stop", True),
    ]


def test_the_extractor_reads_the_forms_the_core_uses(tmp_path: Path) -> None:
    package = _package(tmp_path)
    (package / "work.py").write_text(EXAMPLE, encoding="utf-8")
    # A pair in the window (its words otherwise go through tr()) is a message too.
    (package / "gui" / "page.py").write_text('pick("Trang", "Page")\n', encoding="utf-8")
    found = extract(package)
    assert [(m.context, m.source, m.translation) for m in found.messages] == [
        ("cchc_desktop.gui.page", "Trang", "Page"),
        ("cchc_desktop.work", "{where} đang bận.", "{where} is busy."),
        ("cchc_desktop.work", "Không nhận tệp «{path}»: {vi}", "Refused '{path}': {en}"),
        ("cchc_desktop.work", "Đã lưu.", "Saved."),
        ("cchc_desktop.work", "Đã lưu {n} ảnh.", "Saved {n} photos."),
        ("cchc_desktop.work", "Chưa lưu ảnh nào.", "None saved."),
        ("cchc_desktop.work", "Còn {n:,} ô trống", "{n:,} cells left empty"),
        ("cchc_desktop.work", "tệp rỗng", "the file is empty"),
        ("cchc_desktop.work", "Chưa có ảnh.", "No photo yet."),
        ("cchc_desktop.work", "Không được.", "Not allowed."),
        ("cchc_desktop.work", "Chưa có kiến nghị nào", "No recommendations"),
        ("cchc_desktop.work", "Đạt", "Met"),
        ("cchc_desktop.work", "tên", "name"),
    ]
    assert [p.split(": ", 1)[1] for p in found.problems] == [
        "no English for «Chỉ có tiếng Việt.» (missing)",
        "the Vietnamese is not literal text (' '.join(parts))",
    ]
