"""Settings: typed, defaulted, versioned, and never trusted blindly from a hand-edited file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cchc_desktop.settings import SETTINGS_VERSION, Settings, doc_number_problem


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    Settings(user_name="Nguyễn Văn An", text_scale=115, high_contrast=True).save(path)
    loaded = Settings.load(path)
    assert (loaded.user_name, loaded.text_scale, loaded.high_contrast) == (
        "Nguyễn Văn An",
        115,
        True,
    )
    assert json.loads(path.read_text(encoding="utf-8"))["version"] == SETTINGS_VERSION


def test_missing_or_broken_file_gives_defaults(tmp_path: Path) -> None:
    assert Settings.load(tmp_path / "none.json") == Settings()
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    assert Settings.load(broken) == Settings()


def test_hand_edited_values_are_put_back_in_range(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps(
            {
                "version": 1,
                "text_scale": 121,
                "language": "fr",
                "high_contrast": 1,
                "doc_number_pattern": "BB-{x}",
                "user_name": 5,
                "unknown": "kept out",
            }
        ),
        encoding="utf-8",
    )
    loaded = Settings.load(path)
    assert loaded.text_scale == 115  # the nearest step offered
    assert loaded.language == "vi"
    assert loaded.high_contrast is False  # 1 is not a bool
    assert loaded.doc_number_pattern == "{so}/BB-ĐKT"
    assert loaded.user_name == ""
    assert loaded.version == SETTINGS_VERSION


@pytest.mark.parametrize(
    ("pattern", "problem"),
    [
        ("{so}/BB-ĐKT", None),
        ("{so}/{nam}/BB-ĐKT", None),
        ("BB-ĐKT", "phải có {so}"),
        ("{so}/{year}", "không hiểu {year}"),
        ("{so}/BB}", "chưa khớp"),
    ],
)
def test_doc_number_pattern(pattern: str, problem: str | None) -> None:
    found = doc_number_problem(pattern)
    if problem is None:
        assert found is None
    else:
        assert found is not None and problem in found[0]


def test_doc_number() -> None:
    assert Settings().doc_number(5, 2024) == "05/BB-ĐKT"
    assert Settings(doc_number_pattern="{so}/{nam}/BB").doc_number(12, 2026) == "12/2026/BB"


def test_print_resolution_snaps_to_an_offered_step(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"print_dpi": 1200, "report_signer_name": "Nguyễn Văn Bình"}))
    loaded = Settings.load(path)
    assert loaded.print_dpi == 600  # never above the finest step offered
    assert loaded.report_signer_name == "Nguyễn Văn Bình"
    assert Settings().print_dpi == 300 and Settings().report_signer_authority == ""
