"""Benchmark: peak memory of `cchc export --all`, `cchc verify` and `cchc merge` as packages grow.

The province of issue 17 (tests/benchmarks/province.py) at three sizes: one year (96
inspections), three (288) and six (576). Each command runs as a process of its own, as a
person starts it, and reports its peak resident memory (VmHWM, the high-water mark of its own
address space: Linux carries a parent's peak across fork+exec into ru_maxrss). Beside them,
the floor: the same interpreter importing what the commands import and doing nothing
(`imports`), and Python's zipfile extracting the same package (`unzip`). The merge goes into
a new data folder (everything in the package is new there); `verify` checks without staging
(it keeps the records compressed in memory, as the window's preview and `merge --dry-run` do).

Goal (issue 17 item 6): flat as packages grow, under 150 MB at 576 inspections.

Usage: bench_memory.py [--sizes 2026,2024-2026,2021-2026] [--laptops N] [--out FILE]
"""

from __future__ import annotations

import argparse
import atexit
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

GOAL_MB = 150
# The modules the exchange commands load (the floor a command cannot go under).
IMPORTS = (
    "cchc_desktop.cli",
    "cchc_desktop.exchange.export",
    "cchc_desktop.exchange.merge",
    "cchc_desktop.exchange.verify",
)
# Measured before streaming (commit ecdc62d, same machine, load ~0.3): MB at 96/288/576.
BEFORE = {"export": (68, 126, 212), "merge": (80, 183, 256), "verify": (None, None, 251)}


Measured = tuple[float, float]  # peak MB, wall seconds
COMMANDS = ("export", "verify", "merge")


@dataclass
class Size:
    """One size of the province: its package and what each process took."""

    inspections: int
    package_mb: float
    export: Measured
    verify: Measured
    merge: Measured
    unzip: Measured

    def peak(self, command: str) -> float:
        return float(getattr(self, command)[0])


def child(kind: str, result: Path, args: list[str]) -> None:
    """One measured process: a `cchc` command, an extraction, or the imports alone."""
    from tests.benchmarks.report import own_peak_mb

    atexit.register(lambda: result.write_text(json.dumps({"mb": own_peak_mb()})))
    if kind == "unzip":
        import zipfile

        with zipfile.ZipFile(args[0]) as archive:
            archive.extractall(args[1])
    elif kind == "imports":
        import importlib

        for name in IMPORTS:
            importlib.import_module(name)
    else:
        from cchc_desktop.cli import main

        code = main(args)
        if code:
            raise SystemExit(code)


def measure(scratch: Path, kind: str, *args: str) -> Measured:
    """Peak MB and wall seconds of one child process."""
    result = scratch / "peak.json"
    result.unlink(missing_ok=True)
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, __file__, "--child", kind, str(result), "--", *args],
        check=True,
        stdout=subprocess.DEVNULL,
        env={**os.environ, "CCHC_LANG": "en"},
    )
    seconds = time.perf_counter() - start
    return float(json.loads(result.read_text())["mb"]), seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="2026,2024-2026,2021-2026", help="year ranges")
    parser.add_argument("--laptops", type=int, default=8)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--child", nargs=2, metavar=("KIND", "RESULT"))
    parser.add_argument("rest", nargs="*")
    args = parser.parse_args()
    if args.child:
        child(args.child[0], Path(args.child[1]), args.rest)
        return
    from tests.benchmarks.report import machine, write_section

    rows: list[Size] = []
    with tempfile.TemporaryDirectory(prefix="cchc-bench-memory-") as scratch_name:
        scratch = Path(scratch_name)
        floor, _ = measure(scratch, "imports")
        for size in args.sizes.split(","):
            rows.append(_one_size(scratch, size, args.laptops))
            print(rows[-1], flush=True)
    body = _body(rows, floor, args, machine())
    path = write_section("memory", body, args.out)
    print(body)
    print(f"written to {path}")


def _one_size(scratch: Path, size: str, laptops: int) -> Size:
    """Build the province over these years, then export, verify, merge and extract it."""
    from tests.benchmarks.province import Scenario, build_province

    first, _, last = size.partition("-")
    years = tuple(range(int(first), int(last or first) + 1))
    scenario = replace(Scenario(), years=years, laptops=laptops)
    source, office = scratch / f"laptops-{size}", scratch / f"office-{size}"
    build_province(source, scenario)
    package = scratch / f"all-{size}.cchc"
    export = measure(
        scratch, "cchc", "--data-dir", str(source), "export", "--all", "-o", str(package)
    )
    measure(scratch, "cchc", "--data-dir", str(office), "init")
    return Size(
        inspections=scenario.inspections,
        package_mb=package.stat().st_size / 1024**2,
        export=export,
        verify=measure(scratch, "cchc", "--data-dir", str(office), "verify", str(package)),
        merge=measure(
            scratch, "cchc", "--data-dir", str(office), "merge", "--trust-new", str(package)
        ),
        unzip=measure(scratch, "unzip", str(package), str(scratch / f"unzip-{size}")),
    )


def _cell(measured: Measured) -> str:
    mb, seconds = measured
    return f"{mb:.0f} MB ({seconds:.1f} s)"


def _body(rows: list[Size], floor: float, args: argparse.Namespace, host: str) -> str:
    from cchc_desktop.exchange.package_records import BATCH

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    lines = [
        f"| {r.inspections} inspections, {r.package_mb:.1f} MB package "
        f"| {_cell(r.export)} | {_cell(r.verify)} | {_cell(r.merge)} | {_cell(r.unzip)} |"
        for r in rows
    ]
    first, last = rows[0], rows[-1]
    growth = {name: last.peak(name) / first.peak(name) for name in COMMANDS}
    worst = max(last.peak(name) for name in COMMANDS)
    scale = last.inspections / first.inspections
    verdict = (
        f"From {first.inspections} to {last.inspections} inspections ({scale:.0f}× the "
        f"records) the peaks grow {growth['export']:.2f}× (export), {growth['verify']:.2f}× "
        f"(verify) and {growth['merge']:.2f}× (merge): "
        + ("flat" if max(growth.values()) < 1.5 else "**not flat**")
        + f"; the largest, {worst:.0f} MB, is "
        + (f"under the goal of {GOAL_MB} MB." if worst < GOAL_MB else f"**over {GOAL_MB} MB**.")
    )
    before = " · ".join(
        f"{name} {'/'.join('–' if v is None else str(v) for v in sizes)} MB"
        for name, sizes in BEFORE.items()
    )
    return f"""## Memory: export, verify and merge as packages grow (issue 17)

Peak resident memory of each command as a process of its own (wall time beside it), on the
province scenario of `tests/benchmarks/province.py` (laptops: {args.laptops}, 12 inspections
a year each; years: {args.sizes.replace(",", ", ")}). Machine: {host}, load {load:.2f} when written
(shared with other work). Command: `.venv/bin/python tests/benchmarks/bench_memory.py`.

| package | `cchc export --all` | `cchc verify` | `cchc merge` (into a new folder) | floor: zipfile extracts it |
|---|---|---|---|---|
{chr(10).join(lines)}

Floor of a command: Python importing the exchange modules and the CLI, doing nothing:
{floor:.0f} MB. {verdict}

Records are never all in memory: an export reads and writes them a table and a chunk at a
time (the selection is ids); a verified package's records stay in their staged members (or,
when nothing is staged, compressed in memory) and the checks and the merge read them a batch
of {BATCH} rows at a time; what crosses tables is ids and hashes. Before this (commit ecdc62d,
at 96/288/576 inspections): {before}.
"""


if __name__ == "__main__":
    main()
