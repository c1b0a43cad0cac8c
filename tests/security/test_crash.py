"""kill -9 in the middle of a merge, a photo import and a signing (tests/security/crash.py):
after a restart nothing is half-written and nothing is lost. CI kills each job a few times;
`make crash-test` many more."""

from __future__ import annotations

import os
import sys

import pytest

from tests.security.crash import OPERATIONS, run

TRIALS = int(os.environ.get("CCHC_CRASH_TRIALS", "3"))


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
@pytest.mark.parametrize("operation", list(OPERATIONS))
def test_a_killed_job_leaves_nothing_half_done(operation: str) -> None:
    [tally] = run([operation], TRIALS, seed=18)
    assert tally.trials >= TRIALS
    assert tally.killed_midway >= 1, "no kill landed while the job was running"
    assert tally.problems == []
