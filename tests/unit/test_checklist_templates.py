"""The two bundled checklist templates: structure, content, and the schema that guards them."""

from __future__ import annotations

import copy
import json
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from cchc_desktop.checklists import library
from cchc_desktop.checklists.library import bundled_templates, template_json
from cchc_desktop.checklists.model import FORMAT, Template
from cchc_desktop.checklists.schema import validate_template
from cchc_desktop.errors import UserError
from cchc_desktop.paths import resource
from cchc_desktop.store.workspace import Workspace

KEYS = ("mot-cua-nd61", "ttpvhcc-xa")
AREA_CODES = list("ABCDEFGHIJKL")
TTPVHCC_CODES = (
    [f"A{i}" for i in range(1, 8)]
    + [f"B{i}" for i in range(1, 4)]
    + [f"C{i}" for i in range(1, 7)]
    + [f"D{i}" for i in range(1, 15)]
    + [f"E{i}" for i in range(1, 7)]
    + [f"F{i}" for i in range(1, 4)]
    + [f"G{i}" for i in range(1, 4)]
    + [f"H{i}" for i in range(1, 6)]
    + [f"I{i}" for i in range(1, 3)]
    + [f"J{i}" for i in range(1, 7)]
    + [f"K{i}" for i in range(1, 4)]
    + [f"L{i}" for i in range(1, 3)]
)


def _file(key: str) -> Path:
    return resource("checklists", f"{key}.json")


def _raw(key: str) -> str:
    return _file(key).read_text(encoding="utf-8")


def _data(key: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(_raw(key))
    return data


def _by_key() -> dict[str, Template]:
    return {t.key: t for t in bundled_templates()}


def _strings(value: object) -> list[str]:
    """Every string anywhere inside a JSON value."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


# --- both templates ----------------------------------------------------------------------------


def test_bundled_templates_load_sorted_by_key() -> None:
    templates = bundled_templates()
    keys = [t.key for t in templates]
    assert set(KEYS) <= set(keys)
    assert keys == sorted(keys)


@pytest.mark.parametrize("key", KEYS)
def test_file_validates_and_matches_the_library(key: str) -> None:
    template = validate_template(_data(key), origin=key)
    assert template == _by_key()[key]
    assert template.version == 1
    assert _data(key)["format"] == FORMAT


@pytest.mark.parametrize("key", KEYS)
def test_file_is_pretty_printed_utf8_json(key: str) -> None:
    raw = _raw(key)
    assert "\\u" not in raw  # ensure_ascii=False: Vietnamese is written as itself
    assert raw.startswith('{\n  "format": ')
    # The file is exactly what saving the template writes, so re-exporting changes nothing.
    assert raw == template_json(_by_key()[key])


@pytest.mark.parametrize("key", KEYS)
def test_areas_are_a_to_l_in_order(key: str) -> None:
    template = _by_key()[key]
    assert [a.code for a in template.areas] == AREA_CODES
    assert all(a.title and a.criteria for a in template.areas)
    for area in template.areas:
        for criterion in area.criteria:
            assert criterion.code.startswith(area.code)
            assert criterion.code[len(area.code) :].isdigit()


@pytest.mark.parametrize("key", KEYS)
def test_every_criterion_is_complete(key: str) -> None:
    for area, criterion in _by_key()[key].criteria():
        where = f"{key} {criterion.code}"
        assert criterion.text, where
        assert criterion.guidance, where
        assert criterion.evidence, where
        assert criterion.source, where
        assert criterion.max_score in (1.0, 2.0), where
        # The guidance tells the inspector what each rating means for this criterion.
        for rating in ("Đạt:", "Đạt một phần:", "Không đạt:"):
            assert rating in criterion.guidance, (where, rating)
        assert area.title


@pytest.mark.parametrize("key", KEYS)
def test_codes_within_an_area_are_numbered_from_one(key: str) -> None:
    for area in _by_key()[key].areas:
        numbers = [int(c.code[len(area.code) :]) for c in area.criteria]
        assert numbers == list(range(1, len(numbers) + 1)), area.code


@pytest.mark.parametrize("key", KEYS)
def test_all_text_is_nfc(key: str) -> None:
    raw = _raw(key)
    assert unicodedata.is_normalized("NFC", raw)
    for text in _strings(_data(key)):
        assert unicodedata.is_normalized("NFC", text), text
        assert text == text.strip(), text


@pytest.mark.parametrize("key", KEYS)
def test_no_research_markers_left_in_the_text(key: str) -> None:
    raw = _raw(key)
    for marker in ("[S", "[P]", "[?]", "[V]", "TODO"):
        assert marker not in raw, marker


@pytest.mark.parametrize("key", KEYS)
def test_few_criteria_carry_double_weight(key: str) -> None:
    weights = [c.max_score for _a, c in _by_key()[key].criteria()]
    assert 0 < weights.count(2.0) <= 10


# --- ttpvhcc-xa (from 1 July 2025) --------------------------------------------------------------


def test_ttpvhcc_xa_has_the_60_criteria_of_the_research() -> None:
    template = _by_key()["ttpvhcc-xa"]
    codes = [c.code for _a, c in template.criteria()]
    assert len(codes) == 60
    assert codes == TTPVHCC_CODES


def test_ttpvhcc_xa_metadata() -> None:
    template = _by_key()["ttpvhcc-xa"]
    assert template.title == (
        "Bảng kiểm công tác cải cách hành chính tại UBND và Trung tâm Phục vụ hành chính công "
        "cấp xã"
    )
    assert template.scope == "xa"
    assert template.valid_from == "2025-07-01"
    assert template.valid_to is None
    assert template.description
    basis = "\n".join(template.basis)
    for text in ("118/2025/NĐ-CP", "03/2025/TT-VPCP", "766/QĐ-TTg", "876/QĐ-BNV", "30/2020/NĐ-CP"):
        assert text in basis, text
    area_a = template.areas[0]
    assert (area_a.code, area_a.title) == ("A", "Chỉ đạo, điều hành cải cách hành chính")


def test_ttpvhcc_xa_follows_the_2025_rules() -> None:
    template = _by_key()["ttpvhcc-xa"]
    assert "Trung tâm Phục vụ hành chính công" in template.areas[3].title
    d_sources = " ".join(c.source for c in template.areas[3].criteria)
    assert "NĐ 118/2025/NĐ-CP" in d_sources
    assert "TT 03/2025/TT-VPCP" in d_sources
    assert "NĐ 150/2025/NĐ-CP" in template.criterion("G1").text  # type: ignore[union-attr]
    assert "NĐ 61/2018" not in _raw("ttpvhcc-xa")


# --- mot-cua-nd61 (2024 era) ---------------------------------------------------------------------


def test_mot_cua_nd61_metadata() -> None:
    template = _by_key()["mot-cua-nd61"]
    assert template.scope == "huyen,xa"
    assert template.valid_from is None
    assert template.valid_to == "2025-06-30"
    assert 50 <= len(template.criteria()) <= 60
    basis = "\n".join(template.basis)
    for text in ("61/2018/NĐ-CP", "107/2021/NĐ-CP", "01/2018/TT-VPCP", "766/QĐ-TTg", "876/QĐ-BNV"):
        assert text in basis, text


def test_mot_cua_nd61_cites_the_old_decrees_and_never_the_2025_ones() -> None:
    raw = _raw("mot-cua-nd61")
    assert "NĐ 61/2018" in raw
    for newer in ("118/2025", "150/2025", "03/2025/TT-VPCP", "TTPVHCC", "Trung tâm Phục vụ"):
        assert newer not in raw, newer


def test_mot_cua_nd61_area_d_is_the_one_stop_shop_under_nd61_and_nd107() -> None:
    template = _by_key()["mot-cua-nd61"]
    area_d = template.areas[3]
    assert "Bộ phận Một cửa" in area_d.title
    for criterion in area_d.criteria:
        assert any(
            law in criterion.source for law in ("NĐ 61/2018", "NĐ 107/2021", "TT 01/2018")
        ) or criterion.source.startswith(("Phong trào", "Bộ nhận diện")), criterion.code
    assert "Mẫu 04" in template.criterion("D5").text  # type: ignore[union-attr]


def test_mot_cua_nd61_h5_is_about_commune_officials_standards() -> None:
    h5 = _by_key()["mot-cua-nd61"].criterion("H5")
    assert h5 is not None
    assert "cấp xã" in h5.text
    assert "NĐ 33/2023/NĐ-CP" in h5.source


def test_mot_cua_nd61_echoes_the_2024_inspection_findings() -> None:
    # Lạng Sơn 2024: leadership attention, facilities, overdue procedures, online payment,
    # commune officials below standard, Đề án 06 with the police, modernising the one-stop shop.
    raw = _raw("mot-cua-nd61")
    for finding in (
        "lãnh đạo, chỉ đạo",
        "Cơ sở vật chất",
        "chậm hạn",
        "thanh toán trực tuyến",
        "chưa đạt chuẩn",
        "Đề án 06",
        "Công an",
        "hiện đại hóa Bộ phận Một cửa",
        "tinh giản biên chế",
    ):
        assert finding in raw, finding


def test_the_two_eras_do_not_overlap() -> None:
    templates = _by_key()
    old, new = templates["mot-cua-nd61"], templates["ttpvhcc-xa"]
    assert old.valid_to is not None and new.valid_from is not None
    assert old.valid_to < new.valid_from


# --- the schema --------------------------------------------------------------------------------


def _rejection(data: object) -> str:
    with pytest.raises(UserError) as caught:
        validate_template(data, origin="Tệp «thử.json»")
    return caught.value.vi


def test_schema_rejects_a_wrong_type_with_its_json_path() -> None:
    data = copy.deepcopy(_data("ttpvhcc-xa"))
    data["areas"][3]["criteria"][4]["max_score"] = "hai"
    message = _rejection(data)
    assert "Tệp «thử.json»" in message
    assert "areas/3/criteria/4/max_score" in message


def test_schema_rejects_missing_and_unknown_fields_with_their_paths() -> None:
    data = copy.deepcopy(_data("mot-cua-nd61"))
    del data["areas"][0]["criteria"][2]["text"]
    data["areas"][1]["colour"] = "red"
    message = _rejection(data)
    assert "areas/0/criteria/2" in message
    assert "areas/1" in message


def test_schema_rejects_duplicate_codes_and_codes_outside_their_area() -> None:
    data = copy.deepcopy(_data("ttpvhcc-xa"))
    data["areas"][0]["criteria"][1]["code"] = "A1"
    data["areas"][1]["criteria"][0]["code"] = "C9"
    message = _rejection(data)
    assert "areas/0/criteria/1/code" in message
    assert "«A1» bị trùng" in message
    assert "areas/1/criteria/0/code" in message


def test_schema_rejects_a_bad_key_version_and_date() -> None:
    data = copy.deepcopy(_data("ttpvhcc-xa"))
    data["key"] = "Mẫu xã"
    data["version"] = 0
    data["valid_from"] = "01/07/2025"
    message = _rejection(data)
    for path in ("key", "version", "valid_from"):
        assert f"{path}:" in message, path


def test_schema_rejects_something_that_is_not_a_template() -> None:
    assert "(gốc)" in _rejection(["not", "a", "template"])


# --- the library's folder ------------------------------------------------------------------------


def test_a_missing_templates_folder_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(library, "resource", lambda *parts: tmp_path.joinpath("nowhere", *parts))
    with pytest.raises(UserError, match="cài đặt lại"):
        bundled_templates()


def test_a_broken_bundled_file_names_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "checklists"
    folder.mkdir()
    (folder / "good.json").write_text(_raw("ttpvhcc-xa"), encoding="utf-8")
    (folder / "hong.json").write_text('{"format": ', encoding="utf-8")
    monkeypatch.setattr(library, "resource", tmp_path.joinpath)
    with pytest.raises(UserError, match=r"hong\.json"):
        bundled_templates()


def test_a_missing_bundled_template_is_noticed_without_validating_all(
    ws: Workspace, data_dir: Path
) -> None:
    """The window's check at start reads only key and version (no jsonschema) when all is there."""
    import subprocess
    import sys

    from cchc_desktop.store import records
    from cchc_desktop.store.bootstrap import bundled_templates_missing, install_bundled_templates
    from cchc_desktop.store.templates import template_id

    assert bundled_templates_missing(ws) is False
    probe = (
        "import sys\n"
        "from pathlib import Path\n"
        "from cchc_desktop.store.workspace import Workspace\n"
        "from cchc_desktop.store.bootstrap import bundled_templates_missing\n"
        "with Workspace.open(Path(sys.argv[1])) as ws:\n"
        "    print(bundled_templates_missing(ws), 'jsonschema' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, str(data_dir)], capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == ["False", "False"]
    records.delete(ws, "templates", template_id("ttpvhcc-xa", 1))
    assert bundled_templates_missing(ws) is True
    assert install_bundled_templates(ws) == []  # revived, not new
    assert bundled_templates_missing(ws) is False
