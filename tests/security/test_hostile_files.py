"""Photos, workbooks, signature images and command lines crafted to crash or exhaust the app:
each refused with one clear line naming the file (or the argument) and the reason, the rest of
a batch stored, nothing else changed."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import CliResult, dump
from tests.photo_factory import make_photo
from tests.security import hostile
from tests.security.corpus import workbook_seed

Cli = Callable[..., CliResult]
INSPECTION = "25a0ef95"  # the demo's inspection of Xã Mông Ân (plan 80/KH-BCĐCCHC)


@pytest.fixture
def demo(cli: Cli) -> None:
    assert cli("demo").code == 0


def test_one_bad_heic_in_a_batch_refuses_that_file_only(
    cli: Cli, demo: None, data_dir: Path, tmp_path: Path
) -> None:
    """`photos add a.jpg bad.heic b.jpg`: a and b go in, bad.heic is named with its reason."""
    a = make_photo(tmp_path / "a.jpg", text="a")
    good = make_photo(tmp_path / "good.heic", (320, 240), fmt="HEIF", text="h").read_bytes()
    bad = hostile.write(tmp_path / "bad.heic", hostile.heic_with_wrong_size(good))
    b = make_photo(tmp_path / "b.jpg", text="b")
    result = cli("photos", "add", INSPECTION, str(a), str(bad), str(b))
    assert result.code == 1
    [line] = result.err.strip().splitlines()
    assert line.startswith("Không nhận tệp «bad.heic»: tệp ảnh bị hỏng hoặc chưa chép hết")
    listed = cli("--json", "photos", "list", INSPECTION).json()
    assert sorted(p["filename"] for p in listed) == ["a.jpg", "b.jpg"]  # type: ignore[index]
    assert cli("check").code == 0


def test_a_photo_named_in_another_encoding_is_stored_and_shown(
    cli: Cli, demo: None, tmp_path: Path
) -> None:
    """A file name with bytes that are not UTF-8 (copied from an old Windows card) still opens;
    the name is stored with U+FFFD and printed without breaking the command."""
    name = os.fsdecode(b"\xe1nh-c\xfa.jpg")
    photo = make_photo(tmp_path / name, text="x")
    result = cli("photos", "add", INSPECTION, str(photo))
    assert result.code == 0, result.err
    listed = cli("--json", "photos", "list", INSPECTION).json()
    assert [p["filename"] for p in listed] == ["\ufffdnh-c\ufffd.jpg"]  # type: ignore[index]


WORKBOOKS: dict[str, tuple[Callable[[bytes], bytes], str]] = {
    "gop-o": (hostile.merged_everything, "có ô ở dòng 1.048.576, cột 16.384"),
    "lien-ket": (hostile.hyperlink_everything, "có ô ở dòng 1.048.576, cột 16.384"),
    "o-xa": (hostile.far_cell, "có ô ở dòng 1.048.576, cột 16.384"),
}


@pytest.mark.parametrize("name", WORKBOOKS)
def test_a_workbook_that_would_take_gigabytes_is_refused_at_once(name: str, tmp_path: Path) -> None:
    """Run in a process allowed 1 GB: before the limits, openpyxl grew past 3.5 GB on these."""
    make, reason = WORKBOOKS[name]
    workbook = hostile.write(tmp_path / f"{name}.xlsx", make(workbook_seed()))
    data = tmp_path / "data"
    script = (
        "import resource, sys; resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30));"
        "from cchc_desktop.cli import main; sys.exit(main(sys.argv[1:]))"
    )
    run = [sys.executable, "-c", script, "--data-dir", str(data)]
    assert subprocess.run([*run, "init"], capture_output=True, check=False).returncode == 0
    before = dump(data)
    result = subprocess.run(
        [*run, "templates", "import", str(workbook)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1, result.stderr
    [line] = result.stderr.strip().splitlines()
    assert line.startswith(f"Không nhập tệp «{name}.xlsx»: trang «Tiêu chí» {reason}")
    assert dump(data) == before


def test_twenty_thousand_merged_ranges_are_refused_at_once(cli: Cli, tmp_path: Path) -> None:
    workbook = hostile.write(tmp_path / "gop.xlsx", hostile.many_merges(workbook_seed()))
    cli("init")
    result = cli("templates", "import", str(workbook))
    assert result.code == 1
    assert result.err.startswith("Không nhập tệp «gop.xlsx»: có hơn 2.000 vùng ô gộp hoặc liên kết")


def test_a_formula_without_its_result_is_named_as_a_formula(cli: Cli, tmp_path: Path) -> None:
    workbook = hostile.write(
        tmp_path / "cong-thuc.xlsx", hostile.formula_without_result(workbook_seed())
    )
    cli("init")
    result = cli("templates", "import", str(workbook))
    assert result.code == 1
    assert 'Dòng 3, cột C (Nội dung tiêu chí): ô chứa công thức «=B3&" (xem)"»' in result.err
    assert "để trống" not in result.err


def test_a_signature_image_of_huge_dimensions_is_refused_before_decoding(
    cli: Cli, demo: None, data_dir: Path, tmp_path: Path
) -> None:
    """A 300-byte PNG declaring 100000×100000 pixels (Pillow raised DecompressionBombError)."""
    from cchc_desktop.store.workspace import Workspace
    from tests import minutes_samples

    [row] = [
        r for r in cli("--json", "inspections", "list").json() if r["id"].startswith(INSPECTION)
    ]
    with Workspace.open(data_dir) as ws:  # complete: a handwritten signature waits for that
        minutes_samples.make_ready(ws, row["id"])
    image = hostile.write(tmp_path / "chu-ky.png", hostile.png_declaring(100_000, 100_000))
    before = dump(data_dir)
    result = cli(
        "sign", INSPECTION, "--role", "truong_doan", "--name", "Hoàng Anh Tuấn",
        "--title", "Trưởng đoàn", "--image", str(image),
    )  # fmt: skip
    assert result.code == 1
    [line] = result.err.strip().splitlines()
    assert line.startswith("Không đọc được ảnh chữ ký «chu-ky.png»: ảnh quá lớn (")
    assert dump(data_dir) == before


def test_an_argument_that_is_not_utf8_is_refused_clearly(
    cli: Cli, demo: None, data_dir: Path
) -> None:
    """`$'Ghi ch\\xfa'`: Python hands the byte over as a lone surrogate, which SQLite cannot take."""
    before = dump(data_dir)
    result = cli("answer", INSPECTION, "D1", "dat", "--note", os.fsdecode(b"Ghi ch\xfa"))
    assert result.code == 2
    [line] = result.err.strip().splitlines()
    assert line.startswith("Tham số «Ghi ch\\udcfa» không phải văn bản UTF-8 hợp lệ")
    assert dump(data_dir) == before


def test_the_same_bytes_from_a_real_shell(data_dir: Path) -> None:
    run = [sys.executable, "-m", "cchc_desktop.cli", "--data-dir", os.fsencode(data_dir)]
    assert subprocess.run([*run, b"init"], capture_output=True, check=False).returncode == 0
    before = dump(data_dir)
    result = subprocess.run(
        [*run, b"units", b"add", b"--name", b"X\xe3 M\xf4ng \xc2n", b"--kind", b"xa"],
        capture_output=True,
        check=False,
    )
    assert result.returncode == 2
    assert b"Traceback" not in result.stderr
    assert "không phải văn bản UTF-8".encode() in result.stderr
    assert dump(data_dir) == before


def test_a_p12_password_that_is_not_utf8_is_refused_and_nothing_is_numbered(
    data_dir: Path, tmp_path: Path
) -> None:
    from tests.pki import standard

    p12 = hostile.write(tmp_path / "lead.p12", standard()["lead"].p12())
    run = [sys.executable, "-m", "cchc_desktop.cli", "--data-dir", str(data_dir)]
    assert subprocess.run([*run, "demo"], capture_output=True, check=False).returncode == 0
    before = dump(data_dir)
    env = {**os.environ, "MAT_KHAU": "m\xe1t-kh\xe2u"}
    env_bytes = {os.fsencode(k): os.fsencode(v) for k, v in env.items()}
    env_bytes[b"MAT_KHAU"] = b"m\xe1t-kh\xe2u"  # Latin-1 bytes: not UTF-8
    result = subprocess.run(
        [*run, "minutes", "make", INSPECTION, "-o", str(tmp_path / "bb.pdf"),
         "--p12", str(p12), "--p12-password-env", "MAT_KHAU"],
        capture_output=True, text=True, env=env_bytes, check=False,
    )  # fmt: skip
    assert result.returncode == 1, result.stderr
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("Mật khẩu trong biến môi trường MAT_KHAU không phải văn bản UTF-8")
    assert dump(data_dir) == before and not (tmp_path / "bb.pdf").exists()


def test_a_template_nested_thousands_deep_is_refused(cli: Cli, tmp_path: Path) -> None:
    """json.loads raised RecursionError on "[[[[…" before the template's schema was checked."""
    deep = hostile.write(tmp_path / "mau.json", b"[" * 100_000 + b"]" * 100_000)
    cli("init")
    result = cli("templates", "import", str(deep))
    assert result.code == 1
    assert (
        result.err.strip() == "Tệp «mau.json» không phải mẫu bảng kiểm: dữ liệu lồng nhau quá sâu."
    )


def test_a_certificate_with_an_impossible_version_is_refused(cli: Cli, tmp_path: Path) -> None:
    """cryptography's InvalidVersion is no ValueError: it escaped `minutes trust add`."""
    from cryptography.hazmat.primitives.serialization import Encoding

    from tests.pki import standard

    der = standard()["ca"].cert.public_bytes(Encoding.DER)
    assert der.count(b"\xa0\x03\x02\x01\x02") == 1  # [0] EXPLICIT INTEGER 2: version 3
    bad = hostile.write(
        tmp_path / "goc.cer", der.replace(b"\xa0\x03\x02\x01\x02", b"\xa0\x03\x02\x01\x12")
    )
    cli("init")
    result = cli("minutes", "trust", "add", str(bad))
    assert result.code == 1
    assert "không chứa chứng thư số hợp lệ" in result.err
