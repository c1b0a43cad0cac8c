"""The fuzzer (tests/security/fuzz.py) in CI: a few thousand seeded mutations of real packages,
photos, workbooks, signature images and signed PDFs, each answered by the app with a result or
a refusal, never a traceback; a refusal leaves the database as it was. `make fuzz` runs many
more with a new seed each time.

Each target runs in a process of its own (as `make fuzz` does), so a decoder that kills its
process fails the test with the case it died on instead of taking pytest down.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

# Fixed, so a failure here is the same failure on every machine (CCHC_FUZZ_SEED to vary it).
SEED = int(os.environ.get("CCHC_FUZZ_SEED", "18"))
ROOT = Path(__file__).resolve().parents[2]

# target → cases in CI: 3,200 together, about two minutes of one core.
CASES = {"packages": 1000, "photos": 1000, "xlsx": 400, "signatures": 600, "pdf": 200}
# The reading side of packages: everything up to and including the signature and the members.
READER_KINDS = "zip,manifest,manifest-signed,member"


def fuzz(target: str, cases: int, out: Path, *extra: str) -> dict[str, Any]:
    command = [
        sys.executable, "-m", "tests.security.fuzz", "--target", target, "--cases", str(cases),
        "--seed", str(SEED), "--out", str(out), "--json", *extra,
    ]  # fmt: skip
    done = subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, timeout=900, check=False
    )
    current = out / f"current-{target}"
    assert done.stdout.strip(), (
        f"the fuzzer died (exit {done.returncode}) on case "
        f"{current.read_text().strip() if current.exists() else '?'}:\n{done.stderr[-3000:]}"
    )
    [tally] = json.loads(done.stdout)
    return dict(tally)


def _explain(tally: dict[str, Any]) -> str:
    lines = [f"{c['count']} × {key}: first case {c['first_case']}: {c['summary']}"
             for key, c in tally["causes"].items()]  # fmt: skip
    replay = (
        f"replay: python -m tests.security.fuzz --target {tally['target']} --seed {SEED} --case N"
    )
    return "\n".join([*lines, replay])


@pytest.mark.parametrize("target", list(CASES))
def test_no_file_makes_a_traceback(target: str, tmp_path: Path) -> None:
    extra = ("--kinds", READER_KINDS) if target == "packages" else ()
    tally = fuzz(target, CASES[target], tmp_path, *extra)
    assert tally["cases"] == CASES[target]
    assert tally["tracebacks"] == 0, _explain(tally)
    assert tally["changed_on_refusal"] == [], "refused, yet stored data changed"
    # The mutations reach the app: most files are refused, some still pass.
    assert tally["outcomes"].get("refused", 0) > CASES[target] // 3
    if target != "pdf":  # every mutation of a signed PDF breaks its signature
        assert tally["outcomes"].get("accepted", 0) > 0


def test_signed_records_make_no_traceback(tmp_path: Path) -> None:
    tally = fuzz("packages", 200, tmp_path, "--kinds", "records-signed")
    assert tally["tracebacks"] == 0, _explain(tally)
    assert tally["changed_on_refusal"] == []
