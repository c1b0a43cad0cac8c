"""Benchmarks write their figures into docs/BENCHMARKS.md, each in its own marked section."""

from __future__ import annotations

import os
import platform
import re
import statistics
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_TARGET = ROOT / "docs" / "BENCHMARKS.md"

HEADER = """# Benchmarks

Figures written by the scripts in `tests/benchmarks/` (run them all with `make bench`, or one
with `.venv/bin/python tests/benchmarks/<script>.py`). Each compares our code with the
simplest program that does the same work, run side by side in the same process and run.
Times are medians of several runs on the machine named in each section.
"""


def machine() -> str:
    cpus = os.cpu_count()
    return (
        f"{platform.system()} {platform.machine()}, {cpus} CPU, Python {platform.python_version()}"
    )


def median_time(work: Callable[[], object], repeat: int = 5) -> float:
    """Median wall time of ``repeat`` runs, in seconds (one warm-up run first)."""
    work()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def write_section(name: str, body: str, target: Path | None = None) -> Path:
    """Replace (or append) the section ``name`` of the benchmarks file with ``body``."""
    path = target or Path(os.environ.get("CCHC_BENCH_OUT", DEFAULT_TARGET))
    text = path.read_text(encoding="utf-8") if path.exists() else HEADER
    begin, end = f"<!-- bench:{name} -->", f"<!-- /bench:{name} -->"
    block = f"{begin}\n{body.strip()}\n{end}"
    pattern = re.compile(re.escape(begin) + r".*?" + re.escape(end), re.DOTALL)
    text = (
        pattern.sub(lambda _m: block, text)
        if pattern.search(text)
        else text.rstrip() + "\n\n" + block + "\n"
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def ms(seconds: float) -> str:
    if seconds < 0.01:
        return f"{seconds * 1000:.2f} ms"
    return f"{seconds * 1000:.1f} ms"


def own_peak_mb() -> float:
    """This process's peak resident memory since it started, in MB.

    Linux carries the parent's peak across fork+exec into ru_maxrss, so read VmHWM (the peak of
    this program's own address space) where /proc has it.
    """
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
