"""The checklist benchmark still runs (one repetition; figures go to docs/BENCHMARKS.md)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPTS = Path(__file__).parent


def test_checklist_benchmark_runs(tmp_path: Path) -> None:
    out = tmp_path / "BENCH.md"
    done = subprocess.run(
        [sys.executable, str(SCRIPTS / "bench_checklist.py"), "--repeat", "1", "--out", str(out)],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    text = out.read_text(encoding="utf-8")
    assert "<!-- bench:checklist -->" in text and "answer 60 criteria by key presses" in text
