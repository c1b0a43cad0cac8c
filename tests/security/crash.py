"""kill -9 in the middle of a merge, a photo import and a signing, then a restart.

    python -m tests.security.crash --trials 30 --seed 1      (make crash-test)

Each trial copies a prepared data folder, starts the real `cchc` command on it, kills the
process with SIGKILL at a moment drawn between its start-up and its normal end, and then
starts again as a person would (`cchc check`, the same command once more). After the restart:

- nothing is half-written: `cchc check` passes (every stored file has its hash, every live
  photo its thumbnail and print copy, every link a record), a signed PDF on disk or in the
  store verifies, and no staging folder or temporary file of the killed process is left;
- nothing is lost: a merge is all or nothing (the database is the state before or the state
  after, never between), and the command run again reaches the same end as an uninterrupted
  run.

The summary is printed as JSON (``--json``); the exit status is 1 when a trial broke a rule.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.exchange_support import comparable

CLI = [sys.executable, "-m", "cchc_desktop.cli"]
ENV_PASSWORD = "CCHC_CRASH_P12"


def _env() -> dict[str, str]:
    from tests.pki import PASSWORD

    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", ENV_PASSWORD: PASSWORD}


def cchc(data: Path, *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    env = _env()
    return subprocess.run(
        [*CLI, "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        check=False,
    )


@dataclass
class Operation:
    """A job to interrupt: how to start it, and what must hold after a restart."""

    name: str
    prepared: Path  # the data folder before the job
    command: list[str]
    check_after: Callable[[Path, dict[str, Any]], list[str]]  # problems, [] when all is well
    reference: dict[str, Any] = field(default_factory=dict)  # the end of an uninterrupted run
    seconds: float = 0.0  # how long an uninterrupted run takes


@dataclass
class Tally:
    operation: str
    trials: int = 0
    killed_midway: int = 0  # the process was still running when killed
    problems: list[str] = field(default_factory=list)


def _leftovers(data: Path) -> list[str]:
    found = [p.name for p in (data / "staging").glob("pkg-*")]
    found += [str(p.relative_to(data)) for p in (data / "media").rglob("*.tmp")]
    return found


def _state(data: Path) -> dict[str, Any]:
    return comparable(data)


def _common(data: Path, trial: str) -> list[str]:
    """What every restart must show: `cchc check` passes, nothing of the killed job is left."""
    problems = []
    checked = cchc(data, "check")
    if checked.returncode != 0:
        problems.append(f"{trial}: check after restart failed: {checked.stdout[-800:]}")
    left = _leftovers_once_owners_end(data)
    if left:
        problems.append(f"{trial}: left after restart: {left[:5]}")
    return problems


def _leftovers_once_owners_end(data: Path) -> list[str]:
    """The leftovers once every process that made one has ended. A photo worker whose
    parent was killed finishes the file at hand, then ends and removes its copy: while it
    works, the restart's sweep rightly keeps that copy (a loaded machine showed it)."""
    from cchc_desktop.store.leftovers import alive, owner
    from tests.processes import ends_within

    for name in _leftovers(data):
        pid = owner(Path(name))
        if pid is not None and alive(pid) and hasattr(os, "pidfd_open"):
            ends_within(pid, 60)
    return _leftovers(data)


# --- the three operations -------------------------------------------------------------------------


def merge_operation(root: Path) -> Operation:
    """Laptop S, which trusts laptop A, merges A's package of an inspection with 20 photos."""
    from cchc_desktop.store.datafolder import DataFolder
    from tests.exchange_support import inspection_on, laptop, open_ws, photo_files

    a, s = laptop(root, "A"), laptop(root, "S")
    with open_ws(a) as ws:
        from cchc_desktop.exchange.export import export_package
        from cchc_desktop.photos.ingest import import_photos

        inspection = inspection_on(ws)
        import_photos(ws, inspection, photo_files(root / "photos", "anh", 20), workers=1)
        package = export_package(ws, everything=True, target=root / "a.cchc").path
    with open_ws(s) as ws:
        from cchc_desktop.exchange.trust import accept
        from cchc_desktop.store.keys import own_identity

        accept(ws, own_identity(DataFolder(a)))
    before = _state(s)

    def check_after(data: Path, reference: dict[str, Any]) -> list[str]:
        trial = f"merge {data.name}"
        problems = _common(data, trial)
        now = _state(data)
        if now not in (before, reference["after"]):
            problems.append(f"{trial}: the database is neither before nor after the merge")
        again = cchc(data, "merge", str(package))
        if again.returncode != 0 or _state(data) != reference["after"]:
            problems.append(f"{trial}: merging again did not reach the same end: {again.stderr}")
        return problems

    return Operation("merge", s, ["merge", str(package)], check_after)


def import_operation(root: Path) -> Operation:
    """The demo's inspection takes 12 noisy 2000×1500 photos (two worker processes)."""
    from tests.photo_factory import make_photo

    data = root / "photos-data"
    assert cchc(data, "demo").returncode == 0
    inspection = "25a0ef95"
    files = [
        str(make_photo(root / "in" / f"P{i:02d}.jpg", (2000, 1500), noise=True, text=str(i)))
        for i in range(12)
    ]

    def check_after(folder: Path, reference: dict[str, Any]) -> list[str]:
        trial = f"photos {folder.name}"
        problems = _common(folder, trial)
        again = cchc(folder, "--json", "photos", "add", inspection, *files)
        listed = json.loads(cchc(folder, "--json", "photos", "list", inspection).stdout)
        if again.returncode != 0 or len(listed) != len(files):
            problems.append(f"{trial}: importing again gave {len(listed)} of {len(files)}")
        for photo in listed:
            for key in ("original_path", "thumbnail_path", "print_path"):
                if not Path(photo[key]).is_file():
                    problems.append(f"{trial}: {photo['filename']} has no {key}")
        return problems

    return Operation("photos", data, ["photos", "add", inspection, *files], check_after)


def signing_operation(root: Path) -> Operation:
    """The demo's inspection: the biên bản made, numbered and signed with a .p12."""
    from tests.pki import standard

    data = root / "signing-data"
    assert cchc(data, "demo").returncode == 0
    inspection = "25a0ef95"
    _make_ready(data, inspection)
    keys = root / "keys"
    keys.mkdir()
    (keys / "lead.p12").write_bytes(standard()["lead"].p12())
    (keys / "ca.pem").write_bytes(standard()["ca"].pem())
    out = root / "bien-ban.pdf"

    def verifies(folder: Path, pdf: Path) -> bool:
        done = cchc(folder, "minutes", "verify", str(pdf), "--trust", str(keys / "ca.pem"))
        return done.returncode == 0

    def check_after(folder: Path, reference: dict[str, Any]) -> list[str]:
        trial = f"signing {folder.name}"
        problems = _common(folder, trial)
        target = folder.parent / f"{folder.name}.pdf"
        if target.exists() and not verifies(folder, target):
            problems.append(f"{trial}: the output file is there but does not verify")
        listed = json.loads(cchc(folder, "--json", "minutes", "list", inspection).stdout)
        for row in listed:
            if row["signed"] and row["pdf_sha256"]:
                sha = row["pdf_sha256"]
                stored = folder / "media" / "blobs" / sha[:2] / sha
                if not stored.is_file() or not verifies(folder, stored):
                    problems.append(f"{trial}: minutes marked signed without a valid PDF")
        again = cchc(folder, "minutes", "make", inspection, *_signing_args(target, keys))
        listed = json.loads(cchc(folder, "--json", "minutes", "list", inspection).stdout)
        if not any(r["signed"] for r in listed):
            problems.append(f"{trial}: not signed after the command ran again: {again.stderr}")
        return problems

    operation = Operation("signing", data, [], check_after)
    operation.command = ["minutes", "make", inspection, *_signing_args(out, keys)]
    return operation


def _make_ready(data: Path, prefix: str) -> None:
    """Complete the demo inspection's record, as a lead does before anyone signs."""
    from cchc_desktop.store.workspace import Workspace
    from tests import minutes_samples

    listed = json.loads(cchc(data, "--json", "inspections", "list").stdout)
    [full_id] = [row["id"] for row in listed if row["id"].startswith(prefix)]
    with Workspace.open(data) as ws:
        minutes_samples.make_ready(ws, full_id, lead=minutes_samples.LEAD_HOLDER)


def _signing_args(target: Path, keys: Path) -> list[str]:
    return ["-o", str(target), "--p12", str(keys / "lead.p12"), "--p12-password-env", ENV_PASSWORD]


OPERATIONS: dict[str, Callable[[Path], Operation]] = {
    "merge": merge_operation,
    "photos": import_operation,
    "signing": signing_operation,
}


# --- the loop -------------------------------------------------------------------------------------


def _command_for(operation: Operation, folder: Path) -> list[str]:
    """The operation's command, its output file (if any) put beside this trial's folder."""
    command = list(operation.command)
    if "-o" in command:
        command[command.index("-o") + 1] = str(folder.parent / f"{folder.name}.pdf")
    return command


def _reference(operation: Operation, work: Path) -> None:
    folder = work / "reference"
    shutil.copytree(operation.prepared, folder)
    started = time.monotonic()
    done = cchc(folder, *_command_for(operation, folder))
    operation.seconds = time.monotonic() - started
    if done.returncode != 0:
        raise RuntimeError(f"{operation.name} does not run uninterrupted: {done.stderr}")
    operation.reference = {"after": _state(folder)}


def trial(operation: Operation, work: Path, index: int, rng: random.Random, tally: Tally) -> None:
    folder = work / f"trial-{index:03d}"
    shutil.copytree(operation.prepared, folder)
    # After the interpreter has started (a sixth of a run or so), before the normal end.
    delay = rng.uniform(0.15, 0.8) * operation.seconds
    started = time.monotonic()
    child = subprocess.Popen(
        [*CLI, "--data-dir", str(folder), *_command_for(operation, folder)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=_env(),
    )
    try:
        child.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        child.send_signal(signal.SIGKILL)  # the process alone, as a crash or a pulled plug
        child.wait()
        tally.killed_midway += 1
    else:
        # It finished first: the machine is quicker now than when the reference ran (a busy
        # CI runner); later kills are drawn from this run's length.
        operation.seconds = min(operation.seconds, time.monotonic() - started)
    tally.trials += 1
    tally.problems += operation.check_after(folder, operation.reference)
    shutil.rmtree(folder, ignore_errors=True)


def run(names: list[str], trials: int, seed: int) -> list[Tally]:
    tallies = []
    with tempfile.TemporaryDirectory(prefix="crash-") as scratch:
        for name in names:
            work = Path(scratch) / name
            work.mkdir()
            operation = OPERATIONS[name](work)
            _reference(operation, work)
            tally = Tally(name)
            rng = random.Random(f"{seed}:{name}")
            for index in range(trials + 3):
                # A few more when no kill has landed mid-run yet (each finished run teaches
                # the loop how long the job takes now).
                if index >= trials and tally.killed_midway:
                    break
                trial(operation, work, index, rng, tally)
            tallies.append(tally)
    return tallies


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.security.crash")
    parser.add_argument("--only", choices=list(OPERATIONS), action="append")
    parser.add_argument("--trials", type=int, default=10, help="kills per operation")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    tallies = run(args.only or list(OPERATIONS), args.trials, args.seed)
    if args.json:
        json.dump([t.__dict__ for t in tallies], sys.stdout, indent=2, ensure_ascii=False)
        print()
    else:
        for tally in tallies:
            print(
                f"{tally.operation}: {tally.trials} kills ({tally.killed_midway} mid-run), "
                f"{len(tally.problems)} problems"
            )
            for problem in tally.problems:
                print(f"  {problem}")
    return 1 if any(t.problems for t in tallies) else 0


if __name__ == "__main__":
    sys.exit(main())
