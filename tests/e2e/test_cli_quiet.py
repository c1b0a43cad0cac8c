"""What a user sees from the installed `cchc` command: no library's warnings, one verdict.

These run the console script in its own process, as a user's terminal does: pytest's own
warning filters do not apply there, so a warning raised by a library on import would show.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from cchc_desktop.minutes.signing import P12Signer, sign_pdf
from tests.pki import PASSWORD, standard
from tests.unit.test_minutes_signing import printed

CCHC = Path(sys.executable).with_name("cchc")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CCHC_", "PYTHONWARN"))}
    return subprocess.run(
        [str(CCHC), *args], capture_output=True, encoding="utf-8", env=env, check=False
    )


@pytest.fixture(scope="module")
def unsigned_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "du-thao.pdf"
    path.write_bytes(printed())  # the names printed are those of the test CA's signers
    return path


def test_the_console_script_is_installed() -> None:
    assert CCHC.is_file(), f"{CCHC} is missing: the environment was not built from the lock"


def test_version_prints_only_the_version() -> None:
    done = run("--version")
    assert done.returncode == 0
    assert done.stdout.startswith("cchc ")
    assert done.stderr == ""


def test_verify_of_a_signed_pdf_prints_no_library_warning(
    tmp_path: Path, unsigned_pdf: Path
) -> None:
    signer = P12Signer.from_bytes(standard()["lead"].p12(), PASSWORD)
    signed = tmp_path / "bien-ban.pdf"
    signed.write_bytes(sign_pdf(unsigned_pdf.read_bytes(), signer, role="truong_doan").pdf)
    ca = tmp_path / "ca.pem"
    ca.write_bytes(standard()["ca"].pem())
    data = tmp_path / "data"
    assert run("--data-dir", str(data), "init").returncode == 0

    done = run("--data-dir", str(data), "minutes", "verify", str(signed), "--trust", str(ca))

    assert done.stderr == ""
    assert "Kết luận: HỢP LỆ" in done.stdout
    # pyHanko's DSA deprecation note went to the developers' log, not to the screen.
    log = data / "logs" / "library-warnings.log"
    assert "DSA" in log.read_text(encoding="utf-8")


def test_verify_of_an_unsigned_pdf_says_so_once_with_its_own_code(unsigned_pdf: Path) -> None:
    done = run("minutes", "verify", str(unsigned_pdf))
    assert done.returncode == 4
    assert done.stdout.splitlines() == ["Văn bản chưa có chữ ký số nào."]
    assert done.stderr == ""


def test_verify_help_documents_the_exit_codes() -> None:
    done = run("minutes", "verify", "--help")
    assert done.returncode == 0 and done.stderr == ""
    text = " ".join(done.stdout.split())
    assert "0 HỢP LỆ" in text and "3 CHƯA XÁC THỰC ĐƯỢC" in text and "1 KHÔNG HỢP LỆ" in text
    assert "4 tệp chưa có chữ ký số nào" in text


def test_verify_of_something_that_is_not_a_pdf_names_no_exception(tmp_path: Path) -> None:
    done = run("minutes", "verify", os.devnull)
    assert done.returncode == 1
    assert done.stdout.splitlines() == ["KHÔNG HỢP LỆ: tệp rỗng, không có nội dung PDF."]
    junk = tmp_path / "x.pdf"
    junk.write_bytes(b"%PDF-1.7 garbage")
    done = run("minutes", "verify", str(junk))
    assert done.returncode == 1 and "Error" not in done.stdout + done.stderr
    assert "tệp không phải PDF hoặc đã bị hỏng" in done.stdout


def test_demo_on_a_new_folder_initialises_it_first(cli: Any, data_dir: Path) -> None:
    assert not data_dir.exists()
    done = cli("demo")
    assert done.code == 0, done.err
    assert "Đã tạo thư mục dữ liệu" in done.out
    listing = cli("--json", "inspections", "list").json()
    assert isinstance(listing, list) and len(listing) >= 12
    again = cli("demo")  # safe to run again: nothing new, no second set-up
    assert again.code == 0 and "Đã tạo thư mục dữ liệu" not in again.out
