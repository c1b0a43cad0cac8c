"""The Linux bundle: its size (goal ≤ 250 MB), what takes the room, and how long it takes to
draw its first screenshot with no Python on PATH, against the same from the virtualenv.

Usage: bench_bundle.py [--dist dist/cchc-desktop] [--out FILE]   (run `make bundle` first)
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.benchmarks.report import machine, write_section

ROOT = Path(__file__).resolve().parents[2]


def size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def screenshot_time(command: list[str], env: dict[str, str], runs: int) -> float:
    times = []
    with tempfile.TemporaryDirectory() as scratch:
        data = Path(scratch) / "data"
        # The first run creates the demo data folder; it is not timed.
        subprocess.run(
            [*command, "--data-dir", str(data), "--screenshot", f"{scratch}/0.png"],
            env=env,
            check=True,
            capture_output=True,
        )
        for n in range(runs):
            start = time.perf_counter()
            subprocess.run(
                [*command, "--data-dir", str(data), "--screenshot", f"{scratch}/{n}.png"],
                env=env,
                check=True,
                capture_output=True,
            )
            times.append(time.perf_counter() - start)
    times.sort()
    return times[len(times) // 2]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dist", type=Path, default=ROOT / "dist" / "cchc-desktop")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    folder = args.dist
    if not (folder / "cchc-desktop").is_file():
        raise SystemExit(f"no bundle in {folder}: run `make bundle` first")
    total = size(folder)
    internal = folder / "_internal"
    parts = sorted(
        (
            (size(p) if p.is_dir() else p.stat().st_size, p.name)
            for p in internal.iterdir()
            if not p.is_symlink()
        ),
        reverse=True,
    )[:6]
    bare = {"QT_QPA_PLATFORM": "offscreen", "HOME": "/tmp"}
    bundled = screenshot_time([str(folder / "cchc-desktop")], bare, args.runs)
    venv = screenshot_time(
        [sys.executable, "-m", "cchc_desktop"], {**bare, "PATH": "/usr/bin:/bin"}, args.runs
    )
    rows = "\n".join(f"| `{name}` | {bytes_ / 1e6:.0f} MB |" for bytes_, name in parts)
    body = f"""## Linux bundle (`make bundle`)

`dist/cchc-desktop/` — the one-folder app built by PyInstaller from `packaging/cchc-desktop.spec`:
**{total / 1e6:.0f} MB** (goal ≤ 250 MB), {sum(1 for _ in folder.rglob("*"))} files. Machine: {machine()}.
Command: `make bundle && .venv/bin/python tests/benchmarks/bench_bundle.py`.

| largest parts of `_internal/` | size |
|---|---|
{rows}

| start, draw the inspections page and save it (`--screenshot`, median of {args.runs}) | time |
|---|---|
| the bundle, `env -i` (no Python on PATH) | {bundled:.2f} s |
| the same from the virtualenv (`python -m cchc_desktop`) | {venv:.2f} s |
"""
    path = write_section("bundle", body, args.out)
    print(body)
    print(f"written to {path}")


if __name__ == "__main__":
    main()
