"""`cchc photos receive ID [--port N] [--minutes M]` as a person runs it in a terminal: the
address and a QR code, each photo's verdict as it arrives, Ctrl+C ends it cleanly."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from tests.conftest import CliResult
from tests.phone_support import get, upload
from tests.photo_factory import make_photo

INSPECTION = "25a0ef95"


def receiving(data_dir: Path, *options: str, json_lines: bool = False) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "cchc_desktop.cli", "--data-dir", str(data_dir)]
    if json_lines:
        command.append("--json")
    command += ["photos", "receive", INSPECTION, "--address", "127.0.0.1", *options]
    return subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8"
    )


def test_json_lines_then_ctrl_c(
    cli: Callable[..., CliResult], data_dir: Path, tmp_path: Path
) -> None:
    assert cli("init").code == 0 and cli("demo").code == 0
    child = receiving(data_dir, "--criterion", "d8", json_lines=True)
    assert child.stdout is not None and child.stderr is not None
    started = json.loads(child.stdout.readline())  # blocks until it listens
    assert started["event"] == "listening" and started["address"] == "127.0.0.1"
    url = started["url"]
    assert url == f"http://127.0.0.1:{started['port']}/{url.rsplit('/', 2)[1]}/"
    assert get(url + "api/info")[1]["criterion"] == "D8"

    photo = make_photo(tmp_path / "IMG_0001.jpg")
    assert upload(url, photo, criterion="D8")[1]["status"] == "stored"
    line = json.loads(child.stdout.readline())
    assert line["event"] == "photo" and line["status"] == "stored" and line["criterion"] == "D8"
    assert line["device"] == "Android 14; Pixel 8"
    bad = tmp_path / "so-lieu.jpg"
    bad.write_text("1,2,3", encoding="utf-8")
    assert upload(url, bad)[1]["status"] == "refused"
    assert json.loads(child.stdout.readline())["status"] == "refused"

    child.send_signal(signal.SIGINT)  # Ctrl+C
    out, err = child.communicate(timeout=120)
    assert child.returncode == 1  # a file was refused: said on stderr, by name
    assert json.loads(out.strip().splitlines()[-1]) == {
        "event": "stopped",
        "reason": "closed",
        "stored": 1,
        "duplicate": 0,
        "refused": 1,
        "failed": 0,
    }
    assert "Không nhận tệp «so-lieu.jpg»: không phải ảnh" in err
    assert "Traceback" not in err
    listed = cli("--json", "photos", "list", INSPECTION, "--criterion", "D8").json()
    assert isinstance(listed, list) and [p["filename"] for p in listed] == ["IMG_0001.jpg"]
    assert Path(listed[0]["original_path"]).read_bytes() == photo.read_bytes()
    # Stopped means gone: nothing answers at that address any more.
    try:
        status = get(url, timeout=5)[0]
    except OSError:
        status = None
    assert status is None


def test_terminal_qr_code_and_idle_stop(cli: Callable[..., CliResult], data_dir: Path) -> None:
    assert cli("init").code == 0 and cli("demo").code == 0
    child = receiving(data_dir, "--minutes", "0.01", "--port", "0")
    out, err = child.communicate(timeout=120)
    assert child.returncode == 0, err
    lines = out.splitlines()
    assert lines[0] == "Nhận ảnh cho: Bộ phận Một cửa UBND huyện Bình Gia · 01/07/2024"
    assert lines[2].startswith("  http://127.0.0.1:")
    assert sum("█" in line for line in lines) > 10  # the QR code, in half blocks
    assert "Tự dừng sau 0,01 phút không có ảnh nào." in out
    assert "Đã dừng: 0,01 phút không có ảnh nào gửi lên." in out
    assert lines[-1] == "Đã nhận 0 ảnh; 0 ảnh trùng; 0 tệp không nhận; 0 tệp chưa lưu."


def test_usage_and_refusals(cli: Callable[..., CliResult]) -> None:
    assert cli("init").code == 0 and cli("demo").code == 0
    assert cli("photos", "receive", INSPECTION, "--minutes", "0").code == 2
    assert cli("photos", "receive", INSPECTION, "--port", "70000").code == 2
    refused = cli("photos", "receive", INSPECTION, "--criterion", "Z9", "--address", "127.0.0.1")
    assert refused.code == 1 and "Z9" in refused.err
    taken = cli("photos", "receive", INSPECTION, "--address", "192.0.2.254")
    assert taken.code == 1 and "Không mở được cổng ngẫu nhiên trên địa chỉ 192.0.2.254" in taken.err
