"""The benchmark scripts still run (tiny sizes, no timing asserted: figures go to docs/BENCHMARKS.md)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPTS = Path(__file__).parent


def test_store_benchmark_runs(tmp_path: Path) -> None:
    out = tmp_path / "BENCH.md"
    done = subprocess.run(
        [sys.executable, str(SCRIPTS / "bench_store.py"), "--inspections", "30", "--out", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    text = out.read_text(encoding="utf-8")
    assert "<!-- bench:store -->" in text and "inspections list" in text


def test_startup_benchmark_runs(tmp_path: Path) -> None:
    out = tmp_path / "BENCH.md"
    done = subprocess.run(
        [
            sys.executable,
            str(SCRIPTS / "bench_startup.py"),
            "--inspections",
            "30",
            "--runs",
            "1",
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    text = out.read_text(encoding="utf-8")
    assert "<!-- bench:startup -->" in text and "first frame" in text


def test_photos_benchmark_runs(tmp_path: Path) -> None:
    out = tmp_path / "BENCH.md"
    done = subprocess.run(
        [
            sys.executable,
            str(SCRIPTS / "bench_photos.py"),
            "--count",
            "3",
            "--size",
            "400x300",
            "--repeat",
            "1",
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    text = out.read_text(encoding="utf-8")
    assert "<!-- bench:photos -->" in text and "peak memory" in text


def test_minutes_benchmark_runs(tmp_path: Path) -> None:
    out = tmp_path / "BENCH.md"
    done = subprocess.run(
        [
            sys.executable,
            str(SCRIPTS / "bench_minutes.py"),
            "--photos",
            "2",
            "--megapixels",
            "0.5",
            "--repeat",
            "1",
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    text = out.read_text(encoding="utf-8")
    assert "<!-- bench:minutes -->" in text and "img2pdf" in text and "make_minutes" in text


def test_merge_benchmark_runs(tmp_path: Path) -> None:
    out = tmp_path / "BENCH.md"
    done = subprocess.run(
        [
            sys.executable,
            str(SCRIPTS / "bench_merge.py"),
            "--photos",
            "2",
            "--packages",
            "2",
            "--size",
            "320x240",
            "--repeat",
            "1",
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    text = out.read_text(encoding="utf-8")
    assert "<!-- bench:merge -->" in text and "ratio (goal ≤ 3×)" in text


def test_followups_benchmark_runs(tmp_path: Path) -> None:
    out = tmp_path / "BENCH.md"
    done = subprocess.run(
        [
            sys.executable,
            str(SCRIPTS / "bench_followups.py"),
            "--inspections",
            "20",
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    text = out.read_text(encoding="utf-8")
    assert "<!-- bench:followups -->" in text and "update_finding" in text
