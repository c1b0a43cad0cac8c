"""Packages crafted to crash the reader: each refused by `verify` and `merge` with one line that
names the file and the reason, the database byte for byte as before, nothing left in staging.

Every one of them raised a traceback before (ValueError, NotImplementedError, IndexError,
zlib.error, RecursionError), before any signature was checked.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from cchc_desktop.store.datafolder import DataFolder
from tests.conftest import CliResult, dump
from tests.exchange_support import staging_empty
from tests.security import hostile
from tests.security.corpus import PackageSeed, package_seed

Cli = Callable[..., CliResult]


@pytest.fixture(scope="module")
def seed(tmp_path_factory: pytest.TempPathFactory) -> PackageSeed:
    return package_seed(tmp_path_factory.mktemp("seed"))


# name → (how it is made from a real package, what the refusal says)
CRAFTED: dict[str, tuple[Callable[[bytes], bytes], str]] = {
    "rong": (lambda _p: hostile.EMPTY_ZIP, "gói rỗng, không có thành phần nào"),
    "phien-ban-zip": (
        hostile.unknown_zip_version,
        "tệp zip dùng tính năng không hỗ trợ (zip file version 9.9)",
    ),
    "ten-rong": (lambda _p: hostile.empty_member_name(), "có thành phần không tên"),
    "deflate-hong": (hostile.broken_deflate, "'manifest.json' hỏng"),
    "ma-hoa-manh": (lambda p: hostile.flagged(p, 0x40), "thành phần mã hóa 'manifest.json'"),
    "ma-hoa": (lambda p: hostile.flagged(p, 0x1), "thành phần mã hóa 'manifest.json'"),
    "va-du-lieu": (lambda p: hostile.flagged(p, 0x20), "cờ zip không hỗ trợ ở 'manifest.json'"),
    "long-sau": (hostile.nested_manifest, "manifest.json hỏng"),
}


@pytest.mark.parametrize("name", CRAFTED)
def test_a_crafted_package_is_refused_and_changes_nothing(
    name: str, seed: PackageSeed, cli: Cli, data_dir: Path, tmp_path: Path
) -> None:
    make, reason = CRAFTED[name]
    assert cli("init").code == 0
    before = dump(data_dir)
    package = hostile.write(tmp_path / f"{name}.cchc", make(seed.package.read_bytes()))
    for command in (("verify",), ("merge",), ("merge", "--trust-new"), ("devices", "trust")):
        result = cli(*command, str(package))
        assert result.code == 1, (command, result.err)
        [line] = result.err.strip().splitlines()
        assert line.startswith(f"Gói {name}.cchc bị từ chối: ") and reason in line
        assert line.endswith("Dữ liệu không thay đổi.")
    assert dump(data_dir) == before and staging_empty(data_dir)


def test_the_refusal_reads_in_english_too(
    seed: PackageSeed, cli: Cli, data_dir: Path, tmp_path: Path, english: None
) -> None:
    cli("init")
    package = hostile.write(tmp_path / "empty.cchc", hostile.EMPTY_ZIP)
    result = cli("verify", str(package))
    assert result.code == 1
    assert result.err.strip() == (
        "Package empty.cchc refused: the package is empty. Nothing was changed."
    )


def test_in_a_batch_the_good_package_goes_in_and_the_bad_is_named(
    seed: PackageSeed, cli: Cli, data_dir: Path, tmp_path: Path
) -> None:
    cli("init")
    bad = hostile.write(tmp_path / "rong.cchc", hostile.EMPTY_ZIP)
    result = cli("--json", "merge", "--trust-new", str(bad), str(seed.package))
    assert result.code == 1
    [line] = result.err.strip().splitlines()
    assert line.startswith("Gói rong.cchc bị từ chối: gói rỗng")
    reports = result.json()
    assert [r["ok"] for r in reports] == [False, True]  # type: ignore[index]
    assert reports[1]["totals"]["added"] > 0  # type: ignore[index]


def test_a_device_name_cannot_fake_a_line_or_drive_the_terminal(
    cli: Cli, data_dir: Path, tmp_path: Path
) -> None:
    """The sender names its laptop ``ESC[2J``, colours and a line break followed by a line
    that looks like this app's: printed, every control character shows as an escape."""
    origin = tmp_path / "origin"
    assert cli("init", data=origin).code == 0
    device_file = DataFolder(origin).device_file
    identity = json.loads(device_file.read_text(encoding="utf-8"))
    identity["hostname"] = "Máy A\x1b[2J\x1b[32m\n✓ x.cchc: nguyên vẹn, đã tin cậy\x1b[0m"
    device_file.write_text(json.dumps(identity), encoding="utf-8")
    package = tmp_path / "a.cchc"
    assert cli("export", "--all", "-o", str(package), data=origin).code == 0
    cli("init")
    shown = [
        cli("verify", str(package)).out,
        cli("merge", "--trust-new", str(package)).out,
        cli("devices", "list").out,
    ]
    for text in shown:
        assert "\x1b" not in text and "Máy A\\x1b[2J\\x1b[32m\\n✓ x.cchc" in text
        assert not any(line.startswith("✓ x.cchc") for line in text.splitlines())
    listed = cli("--json", "devices", "list").json()
    assert listed[0]["name"].startswith("Máy A\\x1b[2J")  # type: ignore[index]
