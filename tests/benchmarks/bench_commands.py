"""`cchc inspections list` and `cchc followups list` as the processes a person starts, against
Python + sqlite3 running the same query and printing its rows, at one, three and six years of
a province (tests/benchmarks/province.py).

Both are started as processes of the same interpreter, from compiled bytecode (installed
apps run from .pyc files; the first run of each compiles into a scratch cache), interleaved,
one warm-up each. Each run's wall time and CPU time (user + system, of the child) are kept;
the table shows medians. CPU time is the steadier figure on a shared machine.

Usage: bench_commands.py [--runs N] [--years 2026,2024-2026,2021-2026] [--out FILE]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from cchc_desktop.store.listings import followups_sql, list_sql
from tests.benchmarks.province import Scenario, build_province
from tests.benchmarks.report import machine, write_section

# The simplest program doing the same work: connect, run the query, print each row.
PLAIN = """import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
for row in conn.execute(sys.argv[2]):
    print("  ".join("" if v is None else str(v) for v in row))
"""
CCHC = Path(sys.executable).with_name("cchc")
PER_USER = "inspections list, per-user folder"


def run(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of one run of ``command`` (its output thrown away)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, check=True, env=env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def measure(
    pairs: dict[str, tuple[list[str], list[str]]], env: dict[str, str], runs: int
) -> dict[str, dict[str, list[tuple[float, float]]]]:
    """Each pair (ours, plain) run ``runs`` times, interleaved, after one warm-up each."""
    times: dict[str, dict[str, list[tuple[float, float]]]] = {
        name: {"ours": [], "plain": []} for name in pairs
    }
    for ours, plain in pairs.values():
        run(ours, env)
        run(plain, env)
    for index in range(runs):
        for name, (ours, plain) in pairs.items():
            order = [("ours", ours), ("plain", plain)]
            for side, command in order if index % 2 == 0 else reversed(order):
                times[name][side].append(run(command, env))
    return times


def label(name: str) -> str:
    """A command as the table names it."""
    if name == PER_USER:
        return "`cchc inspections list` without `--data-dir` (the per-user folder)"
    return f"`cchc {name}`"


def years_of(text: str) -> tuple[int, ...]:
    first, _, last = text.partition("-")
    return tuple(range(int(first), int(last or first) + 1))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--years", default="2026,2024-2026,2021-2026")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    env = dict(os.environ)
    rows = []
    with tempfile.TemporaryDirectory() as scratch:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env.pop("CCHC_DATA_DIR", None)
        env["PYTHONPYCACHEPREFIX"] = str(Path(scratch) / "pycache")
        plain_script = Path(scratch) / "plain.py"
        plain_script.write_text(PLAIN, encoding="utf-8")
        for span in args.years.split(","):
            scenario = replace(Scenario(), years=years_of(span))
            data_dir = Path(scratch) / f"province-{span}"
            start = time.perf_counter()
            build_province(data_dir, scenario)
            built = time.perf_counter() - start
            db = str(data_dir / "cchc.sqlite")
            plain = [sys.executable, str(plain_script), db]
            ours = [str(CCHC), "--data-dir", str(data_dir)]
            # The same folder as the per-user one a person uses without --data-dir (found by
            # platformdirs: $XDG_DATA_HOME/cchc-desktop).
            xdg = Path(scratch) / f"xdg-{span}"
            xdg.mkdir()
            (xdg / "cchc-desktop").symlink_to(data_dir)
            pairs = {
                "inspections list": ([*ours, "inspections", "list"], [*plain, list_sql()]),
                "followups list": ([*ours, "followups", "list"], [*plain, followups_sql()]),
                PER_USER: ([str(CCHC), "inspections", "list"], [*plain, list_sql()]),
            }
            times = measure(pairs, {**env, "XDG_DATA_HOME": str(xdg)}, args.runs)
            for name, sides in times.items():
                rows.append((scenario, built, name, sides))

    def med(values: list[tuple[float, float]], which: int) -> float:
        return statistics.median(v[which] for v in values)

    lines = []
    for scenario, built, name, sides in rows:
        wall = med(sides["ours"], 0), med(sides["plain"], 0)
        cpu = med(sides["ours"], 1), med(sides["plain"], 1)
        count = scenario.inspections
        lines.append(
            f"| {label(name)} | {count} inspections ({built:.0f} s to build) "
            f"| {wall[0] * 1000:.0f} ms | {wall[1] * 1000:.0f} ms | {wall[0] / wall[1]:.2f}× "
            f"| {cpu[0] * 1000:.0f} ms | {cpu[1] * 1000:.0f} ms | **{cpu[0] / cpu[1]:.2f}×** |"
        )
    load = os.getloadavg()[0]
    body = f"""## Commands: `cchc inspections list` and `cchc followups list` as processes

The province of `tests/benchmarks/province.py` at one, three and six years (96, 288 and 576
inspections; 58–60 answers each; 337, 1,012 and 2,024 kiến nghị). Each command is started as a
process, as a person types it, against the simplest program doing the same work: Python +
sqlite3 running the same query (`list_sql()`, `followups_sql()`) and printing its rows. Both
from compiled bytecode, interleaved, medians of {args.runs} runs each. Machine: {machine()},
shared with other work (load average {load:.1f} when the runs ended): CPU time (user + system
of the process) is the steadier figure. Command: `.venv/bin/python tests/benchmarks/bench_commands.py`.

| command | data | `cchc` wall | plain wall | ratio | `cchc` CPU | plain CPU | CPU ratio (goal ≤ 1.5×) |
|---|---|---|---|---|---|---|---|
{chr(10).join(lines)}

Both listings take the quick path (`cli/quick.py`, docs/ARCHITECTURE.md "What a command costs
before it does anything"): argv read by hand, the database opened only to read
(`store/reading.py`: the schema version, the app's mark and the pending-signature flag
checked, no migration, no sweep of the media store), the rows printed in one write. Beyond
`import sqlite3` the process imports a dozen small modules of ours, `enum` and `contextlib`
(about 3 ms); before it, `cchc` paid for argparse and every parser of the command's group,
pathlib, typing, the regular expressions, logging, dataclasses and the English catalogue
(the same table in the run before: 2.2–2.9× for `inspections list`, 2.7–3.3× for `followups
list`, 91–154 ms). What is left over the plain script grows with the rows: each row made a
dict (the store's API, also the JSON), dates shown as dd/mm/yyyy, labels in words, aligned
columns, control characters escaped (one look at the whole table). Without `--data-dir` (and
`CCHC_DATA_DIR`) the folder is the per-user one: on Linux the quick path finds it as
platformdirs does (`$XDG_DATA_HOME`, else `~/.local/share`; a test compares the two) without
importing platformdirs (about 12 ms: pathlib, tempfile, shutil, random), as the third row of
each size shows; on Windows platformdirs asks the system for the known folder.
"""
    path = write_section("commands", body, args.out)
    print(body)
    print(f"written to {path}")


if __name__ == "__main__":
    main()
