"""A laptop's name (checked, stored in device.json), its one label, and the digit fingerprint."""

from __future__ import annotations

import base64
import json
import os
import re
from pathlib import Path

import pytest

from cchc_desktop.domain.devices import (
    MAX_NAME_LENGTH,
    checked_name,
    device_label,
    name_problem,
    suggested_name,
)
from cchc_desktop.errors import UserError
from cchc_desktop.store import fingerprint
from cchc_desktop.store.datafolder import DataFolder
from cchc_desktop.store.keys import PublicIdentity

# The key 00 01 02 … 1f and its digits, worked out apart from the code under test:
#   printf … | sha256sum → 630dcd29…; echo "ibase=16; 630DCD29…" | bc → …, mod 10^60.
KEY = base64.b64encode(bytes(range(32))).decode()
KEY_DIGITS = "93515 96820 36559 51511 79895 77163 29441 73203 52847 08350 29652 97373"
KEY_SHA = "SHA256:Yw3NKWbEM2aRElRIu7JbT/QSpJxzLbLIq8G4WBvXEN0"


def _key(seed: int) -> str:
    return base64.b64encode(bytes((seed + i) % 256 for i in range(32))).decode()


def test_the_digits_of_a_known_key() -> None:
    assert fingerprint.shown(KEY) == KEY_DIGITS
    assert fingerprint.sha256_form(KEY) == KEY_SHA
    assert fingerprint.digits(KEY) == KEY_DIGITS.replace(" ", "")
    assert fingerprint.shown(KEY, per_line=4).splitlines() == [
        "93515 96820 36559 51511",
        "79895 77163 29441 73203",
        "52847 08350 29652 97373",
    ]


def test_twelve_groups_of_five_digits_the_same_each_time_and_different_per_key() -> None:
    seen = set()
    for seed in range(200):
        key = _key(seed)
        shown = fingerprint.shown(key)
        assert re.fullmatch(r"(\d{5} ){11}\d{5}", shown)
        assert len(fingerprint.groups(key)) == 12
        assert fingerprint.shown(key) == shown  # deterministic
        seen.add(shown)
    assert len(seen) == 200
    # Leading zeros are kept: a group is always five digits.
    assert all(len(group) == 5 for seed in range(200) for group in fingerprint.groups(_key(seed)))


@pytest.mark.parametrize(
    "typed",
    [
        KEY_DIGITS,
        KEY_DIGITS.replace(" ", ""),
        KEY_DIGITS.replace(" ", "-"),
        "  " + KEY_DIGITS.replace(" ", " - ") + "\n",
        "\n".join(fingerprint.shown(KEY, per_line=4).splitlines()),
        KEY_SHA,
    ],
)
def test_a_typed_or_pasted_fingerprint_matches_in_either_form(typed: str) -> None:
    assert fingerprint.matches(typed, KEY)
    assert not fingerprint.matches(typed, _key(7))


def test_one_wrong_digit_is_a_mismatch_and_a_wrong_form_is_refused() -> None:
    wrong = KEY_DIGITS[:-1] + ("4" if KEY_DIGITS[-1] != "4" else "5")
    assert not fingerprint.matches(wrong, KEY)
    with pytest.raises(UserError, match="59 chữ số; cần đủ 60"):
        fingerprint.matches(KEY_DIGITS[:-1], KEY)
    for text in ("", "xyz", "SHA-256 abc", "9351５ 96820"):
        with pytest.raises(UserError, match="không phải vân tay"):
            fingerprint.matches(text, KEY)


def test_an_identity_shows_its_label_and_digits() -> None:
    me = PublicIdentity("3f2a9c1b-0000-4000-8000-000000000000", KEY, "Máy đoàn 1 – Nguyễn Văn An")
    assert me.label == "«Máy đoàn 1 – Nguyễn Văn An» (3f2a9c1b)"
    assert me.digits == KEY_DIGITS and me.fingerprint == KEY_SHA


def test_the_label_escapes_what_came_in_a_package() -> None:
    assert device_label("Máy A\n✓ đã tin cậy\x1b[2J", "abcdef0123") == (
        "«Máy A\\n✓ đã tin cậy\\x1b[2J» (abcdef01)"
    )
    assert device_label("", "abcdef0123") == "abcdef01"


def test_the_name_checks() -> None:
    assert checked_name("  Máy đoàn 1   –  Nguyễn Văn An ") == "Máy đoàn 1 – Nguyễn Văn An"
    assert checked_name("x" * MAX_NAME_LENGTH) == "x" * MAX_NAME_LENGTH
    refused = {
        "": "Hãy đặt tên",
        "   ": "Hãy đặt tên",
        "Máy 1\nNguyễn Văn An": "một dòng",
        "Máy\x1b[2J 1": "ký tự điều khiển",
        "Máy\u202e1": "ký tự điều khiển",
        "x" * (MAX_NAME_LENGTH + 1): "tối đa 60",
    }
    assert checked_name("Máy 1\r\n") == "Máy 1"  # a pasted line's break is trimmed
    for text, reason in refused.items():
        problem = name_problem(text)
        assert problem is not None and reason in problem[0], text
        with pytest.raises(UserError):
            checked_name(text)
    # Never the hostname alone (whatever its case); with more it is a name.
    assert name_problem("DESKTOP-7Q", "desktop-7q") is not None
    assert name_problem("DESKTOP-7Q – Nguyễn Văn An", "desktop-7q") is None


def test_the_suggestion_is_the_users_name_never_the_hostname() -> None:
    assert suggested_name(" Nguyễn  Văn An ") == "Máy của Nguyễn Văn An"
    assert suggested_name("") == ""


def test_the_name_is_stored_in_device_json_and_read_back(tmp_path: Path) -> None:
    folder = DataFolder(tmp_path / "data")
    device = folder.create_layout()
    assert device.name == "" and device.shown_name == device.hostname
    renamed = folder.rename_device("Máy đoàn 1 – Nguyễn Văn An")
    assert renamed.name == "Máy đoàn 1 – Nguyễn Văn An" and renamed.device_id == device.device_id
    raw = json.loads(folder.device_file.read_text(encoding="utf-8"))
    assert raw["name"] == "Máy đoàn 1 – Nguyễn Văn An" and raw["hostname"] == device.hostname
    assert folder.device().label == f"«Máy đoàn 1 – Nguyễn Văn An» ({device.device_id[:8]})"
    before = folder.device_file.read_bytes()
    with pytest.raises(UserError, match="một dòng"):
        folder.rename_device("a\nb")
    assert folder.device_file.read_bytes() == before


def test_a_folder_of_an_older_version_or_a_hand_edited_name_still_opens(tmp_path: Path) -> None:
    folder = DataFolder(tmp_path / "data")
    device = folder.create_layout()
    raw = json.loads(folder.device_file.read_text(encoding="utf-8"))
    assert "name" not in raw  # what versions before naming wrote
    assert folder.device().label == f"«{device.hostname}» ({device.device_id[:8]})"
    raw["name"] = "Máy\n\x1b[2J"
    folder.device_file.write_text(json.dumps(raw), encoding="utf-8")
    assert folder.device().name == ""  # refused by the checks: asked again, not broken
    raw["name"] = 5
    folder.device_file.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(UserError, match="bị hỏng"):
        folder.device()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_name_that_cannot_be_written_is_said(tmp_path: Path) -> None:
    folder = DataFolder(tmp_path / "data")
    folder.create_layout()
    folder.root.chmod(0o500)
    try:
        if os.access(folder.root, os.W_OK):
            pytest.skip("running as a user who may write anywhere")
        with pytest.raises(UserError, match="Không ghi được tên máy"):
            folder.rename_device("Máy đoàn 1")
    finally:
        folder.root.chmod(0o700)
