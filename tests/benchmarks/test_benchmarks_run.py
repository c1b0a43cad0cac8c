"""The benchmark scripts still run (tiny sizes, no timing asserted: figures go to docs/BENCHMARKS.md)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

SCRIPTS = Path(__file__).parent

# script, its arguments for a tiny run, the section it writes, words its table must have
CASES = [
    ("bench_store.py", ["--inspections", "30"], "store", ["inspections list"]),
    ("bench_startup.py", ["--inspections", "30", "--small", "5", "--runs", "1"], "startup",
     ["first frame", "the list filled (5 inspections)"]),
    ("bench_stalls.py", ["--runs", "1"], "stalls", ["open-first", "tab-checklist"]),
    ("bench_photos.py", ["--count", "3", "--size", "400x300", "--repeat", "1"], "photos",
     ["peak memory"]),
    ("bench_minutes.py", ["--photos", "2", "--megapixels", "0.5", "--repeat", "1"], "minutes",
     ["img2pdf", "draft_minutes", "readiness.check"]),
    ("bench_merge.py",
     ["--photos", "2", "--packages", "2", "--size", "320x240", "--repeat", "1"], "merge",
     ["ratio (goal ≤ 3×)"]),
    ("bench_exports.py", ["--rounds", "2", "--per-round", "1", "--size", "320x240"], "exports",
     ["ratio full / incremental", "same records: yes"]),
    ("bench_memory.py", ["--sizes", "2026,2025-2026", "--laptops", "1"], "memory",
     ["`cchc merge` (into a new folder)", "floor: zipfile extracts it"]),
    ("bench_followups.py", ["--inspections", "20"], "followups", ["update_finding"]),
    ("bench_previous.py", ["--communes", "6", "--years", "2"], "previous",
     ["review_previous"]),
    ("bench_checklist.py", ["--repeat", "1"], "checklist",
     ["answer 60 criteria by key presses"]),
    ("bench_signing.py", ["--repeat", "1"], "signing", ["SoftHSM2 token", "PAdES-LT"]),
    ("bench_print.py", ["--photos", "0", "--repeat", "1"], "print",
     ["pdftoppm -r 300", "longest stall"]),
    ("bench_phone_upload.py", ["--count", "3", "--size", "400x300", "--repeat", "1"], "phone",
     ["upload from the \"phone\"", "copying the same files locally"]),
]  # fmt: skip


@pytest.mark.parametrize(("script", "args", "section", "words"), CASES, ids=[c[2] for c in CASES])
def test_benchmark_runs(
    tmp_path: Path, script: str, args: list[str], section: str, words: list[str]
) -> None:
    out = tmp_path / "BENCH.md"
    done = subprocess.run(
        [sys.executable, str(SCRIPTS / script), *args, "--out", str(out)],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    text = out.read_text(encoding="utf-8")
    assert f"<!-- bench:{section} -->" in text
    assert all(word in text for word in words)
