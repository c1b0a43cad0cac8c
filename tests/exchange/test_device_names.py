"""Laptops told apart from the command line: named at init or later, the name carried in the
package's manifest and shown at the receiver, trusted by comparing the digit fingerprint."""

from __future__ import annotations

import json
import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cchc_desktop.store.datafolder import DataFolder
from tests.exchange_support import dump, inspection_on, laptop, open_ws

DIGITS = re.compile(r"(\d{5} ){11}\d{5}")


def _export(cli: Callable[..., Any], folder: Path, target: Path) -> Path:
    assert cli("export", "--all", "-o", str(target), data=folder).code == 0
    return target


def test_init_names_the_laptop_and_refuses_a_bad_name_changing_nothing(
    cli: Callable[..., Any], tmp_path: Path
) -> None:
    fresh = tmp_path / "fresh"
    for bad, reason in (("", "Hãy đặt tên"), ("Máy 1\nAn", "một dòng"), ("x" * 61, "tối đa 60")):
        refused = cli("init", "--device-name", bad, data=fresh)
        assert refused.code == 1 and reason in refused.err
        assert len(refused.err.strip().splitlines()) == 1
        assert not fresh.exists()  # nothing was made
    hostname = cli("--json", "init", data=tmp_path / "probe").json()["device_label"]
    hostname = hostname[1 : hostname.rindex("»")]
    assert cli("init", "--device-name", hostname, data=fresh).code == 1
    assert not fresh.exists()

    done = cli("--json", "init", "--device-name", " Máy đoàn 1 –  Nguyễn Văn An ", data=fresh)
    assert done.code == 0
    me = cli("--json", "devices", "self", data=fresh).json()
    assert me["name"] == "Máy đoàn 1 – Nguyễn Văn An" and me["named"] is True
    assert me["label"] == f"«Máy đoàn 1 – Nguyễn Văn An» ({me['id'][:8]})"
    assert done.json()["device_label"] == me["label"]
    # init again (an upgrade) keeps the name; init --device-name on a folder renames it.
    assert cli("init", data=fresh).code == 0
    assert cli("--json", "devices", "self", data=fresh).json()["name"] == me["name"]
    before = DataFolder(fresh).device_file.read_bytes()
    assert cli("init", "--device-name", "Máy\x1b[2J", data=fresh).code == 1
    assert DataFolder(fresh).device_file.read_bytes() == before


def test_devices_self_and_rename(cli: Callable[..., Any], data_dir: Path) -> None:
    assert cli("init").code == 0
    unnamed = cli("devices", "self")
    assert "Máy chưa có tên" in unnamed.out and "cchc devices rename" in unnamed.out
    renamed = cli("devices", "rename", "Máy đoàn 2 – Trần Thị Bình")
    assert renamed.code == 0
    me = cli("--json", "devices", "self").json()
    assert f"Đã đặt tên máy: {me['label']}." in renamed.out
    assert DIGITS.fullmatch(me["fingerprint_digits"])
    shown = cli("devices", "self").out.splitlines()
    # The label on the first line; the digits to read out, four groups a line.
    assert shown[0] == f"Máy này: {me['label']}"
    groups = me["fingerprint_digits"].split()
    assert shown[-3:] == [f"  {' '.join(groups[i : i + 4])}" for i in (0, 4, 8)]
    assert "Máy chưa có tên" not in "\n".join(shown)
    before = DataFolder(data_dir).device_file.read_bytes()
    for bad in ("", "a\nb", "a\tb"):
        refused = cli("devices", "rename", bad)
        assert refused.code == 1 and len(refused.err.strip().splitlines()) == 1
    assert DataFolder(data_dir).device_file.read_bytes() == before


def test_the_name_travels_and_the_receiver_trusts_by_the_digits(
    cli: Callable[..., Any], tmp_path: Path
) -> None:
    a, s = laptop(tmp_path, "A"), laptop(tmp_path, "S")
    assert cli("devices", "rename", "Máy đoàn 1 – Nguyễn Văn An", data=a).code == 0
    with open_ws(a) as ws:
        inspection_on(ws)
    package = _export(cli, a, tmp_path / "a.cchc")
    sender = cli("--json", "devices", "self", data=a).json()
    with zipfile.ZipFile(package) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["device"]["name"] == "Máy đoàn 1 – Nguyễn Văn An"
    assert manifest["device"]["fingerprint"] == sender["fingerprint"]  # the format is unchanged

    # The receiver sees the sender's label and digits, the same as the sender shows.
    checked = cli("verify", str(package), data=s)
    assert f"trên máy {sender['label']}." in checked.out
    assert f"Vân tay: {sender['fingerprint_digits']}" in checked.out
    summary = cli("--json", "verify", str(package), data=s).json()[0]
    assert summary["device_label"] == sender["label"]
    assert summary["fingerprint_digits"] == sender["fingerprint_digits"]
    refused = cli("merge", str(package), data=s)
    assert refused.code == 1 and sender["label"] in refused.err
    assert f'--fingerprint "{sender["fingerprint_digits"]}"' in refused.err

    # Digits heard wrong (one group), or too few: refused, nothing stored changed.
    before = dump(s)
    groups = sender["fingerprint_digits"].split()
    misheard = " ".join([*groups[:5], f"{(int(groups[5]) + 1) % 100000:05d}", *groups[6:]])
    wrong = cli("devices", "trust", str(package), "--fingerprint", misheard, data=s)
    assert wrong.code == 1 and "khác vân tay đã đối chiếu" in wrong.err
    short = cli("devices", "trust", str(package), "--fingerprint", " ".join(groups[:11]), data=s)
    assert short.code == 1 and "55 chữ số" in short.err
    assert dump(s) == before
    # As read over the phone and typed with dashes: trusted.
    trusted = cli("devices", "trust", str(package), "--fingerprint", "-".join(groups), data=s)
    assert trusted.code == 0
    assert trusted.out.strip() == (
        f"Đã tin cậy máy {sender['label']} (vân tay {sender['fingerprint_digits']})."
    )
    assert cli("merge", str(package), data=s).code == 0
    listed = cli("--json", "devices", "list", data=s).json()
    assert [(d["label"], d["fingerprint_digits"]) for d in listed] == [
        (sender["label"], sender["fingerprint_digits"])
    ]
    table = cli("devices", "list", data=s).out
    assert sender["label"] in table and sender["fingerprint_digits"] in table

    # Renamed later: its next package shows the new name, and the trusted list follows.
    assert cli("devices", "rename", "Máy đoàn 1 – Nguyễn Văn Anh", data=a).code == 0
    again = _export(cli, a, tmp_path / "a2.cchc")
    merged = cli("merge", str(again), data=s)
    assert merged.code == 0 and "«Máy đoàn 1 – Nguyễn Văn Anh»" in merged.out
    assert cli("--json", "devices", "list", data=s).json()[0]["name"] == (
        "Máy đoàn 1 – Nguyễn Văn Anh"
    )

    # Forgotten by its digits (as `devices list` shows them).
    assert cli("devices", "forget", sender["fingerprint_digits"], data=s).code == 0
    assert cli("--json", "devices", "list", data=s).json() == []


def test_a_package_of_an_unnamed_laptop_still_works(
    cli: Callable[..., Any], tmp_path: Path
) -> None:
    """A laptop never named (or a package of an older version) carries its hostname."""
    a, s = laptop(tmp_path, "A"), laptop(tmp_path, "S")
    with open_ws(a) as ws:
        inspection_on(ws)
        hostname, short = ws.device.hostname, ws.device_id[:8]
    package = _export(cli, a, tmp_path / "a.cchc")
    with zipfile.ZipFile(package) as archive:
        assert json.loads(archive.read("manifest.json"))["device"]["name"] == hostname
    sha = cli("--json", "devices", "self", data=a).json()["fingerprint"]
    assert f"trên máy «{hostname}» ({short})." in cli("verify", str(package), data=s).out
    # The SSH form of the fingerprint, accepted before digits existed, still is.
    assert cli("devices", "trust", str(package), "--fingerprint", sha, data=s).code == 0
    assert cli("merge", str(package), data=s).code == 0
