"""Waiting on processes the tests did not start themselves (a killed job's workers)."""

from __future__ import annotations

import os
import select


def ends_within(pid: int, seconds: float) -> bool:
    """Wait (on a pidfd, not a sleep loop) for a process that is not our child to end."""
    try:
        handle = os.pidfd_open(pid)
    except ProcessLookupError:
        return True
    try:
        readable, _, _ = select.select([handle], [], [], seconds)
        return bool(readable)
    finally:
        os.close(handle)
