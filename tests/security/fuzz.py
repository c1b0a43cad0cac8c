"""A seeded mutation fuzzer over the files the app reads from strangers.

    python -m tests.security.fuzz --target packages --cases 5000 --seed 1 --out build/fuzz

Targets: ``packages`` (verify and merge of mutated `.cchc` packages, some re-signed by the
origin laptop so the mutation reaches past the signature; ``--kinds`` picks the kinds of
mutation), ``photos`` (photo import of mutated JPEG/PNG/WebP/HEIC), ``xlsx`` (checklist
workbook import), ``signatures`` (signature images), ``pdf`` (verification of a signed
biên bản: it must answer with a verdict, never raise).

A case passes when the app either accepts the file or refuses it with a ``UserError``; any
other exception is a *traceback*, grouped by cause (its type and the innermost frame of the
app). A refusal must leave the database as it was. A traceback the app caught with its last
safety net (logged as an error) still counts as a traceback: it is a bug found, not a pass.
Each case is made from ``(seed, index)`` alone, so ``--case INDEX`` replays one; the files of
the first case of each cause are kept in ``--out``.

The summary is printed as JSON (``--json``) or as a table.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import random
import shutil
import signal
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.security.fuzz_targets import PACKAGE_KINDS, TARGETS, Packages, Target

CASE_SECONDS = 30  # a case still running after this is a hang, reported as such
MEMORY_LIMIT = 3 * 1024**3  # a case that wants more is a memory bomb (MemoryError)
_APP = f"{os.sep}cchc_desktop{os.sep}"


class Hang(BaseException):
    """A case ran past CASE_SECONDS (BaseException: the app's own handlers must not eat it)."""


@dataclass
class Cause:
    count: int
    first_case: int
    summary: str


@dataclass
class Tally:
    """What a run found."""

    target: str
    seed: int
    cases: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    kinds: Counter[str] = field(default_factory=Counter)
    causes: dict[str, Cause] = field(default_factory=dict)
    changed_on_refusal: list[int] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def tracebacks(self) -> int:
        return sum(c.count for c in self.causes.values())

    def as_json(self) -> dict[str, Any]:
        return {
            "target": self.target,
            "seed": self.seed,
            "cases": self.cases,
            "seconds": round(self.seconds, 1),
            "outcomes": dict(self.outcomes),
            "kinds": dict(self.kinds),
            "tracebacks": self.tracebacks,
            "causes": {
                key: {"count": c.count, "first_case": c.first_case, "summary": c.summary}
                for key, c in sorted(self.causes.items(), key=lambda kv: -kv[1].count)
            },
            "changed_on_refusal": self.changed_on_refusal,
        }


class _SafetyNet(logging.Handler):
    """Collects the errors the app logged (its last-resort handlers log what they catch)."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.caught: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.caught.append(record)


def cause_of(exc: BaseException) -> tuple[str, str]:
    """(a key grouping like tracebacks, a one-line summary) of an exception."""
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if _APP in f.filename] or frames
    where = ""
    if ours:
        frame = ours[-1]
        where = f"{frame.filename.split(_APP)[-1]}:{frame.lineno}"
    last = f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
    key = f"{type(exc).__name__} at {where}"
    return key, f"{key} (raised in {last}): {str(exc)[:160]}"


# --- the loop -----------------------------------------------------------------------------------


@contextlib.contextmanager
def _deadline(seconds: int) -> Iterator[None]:
    def expire(_signum: int, _frame: Any) -> None:
        raise Hang(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def case_rng(seed: int, index: int) -> random.Random:
    return random.Random(f"{seed}:{index}")


def fuzz(
    target_name: str,
    cases: int,
    seed: int,
    *,
    out: Path | None = None,
    only: int | None = None,
    budget: float | None = None,
) -> Tally:
    """Run ``cases`` cases (or only case ``only``) of one target; ``budget`` caps the seconds."""
    tally = Tally(target_name, seed)
    net = _SafetyNet()
    logging.getLogger("cchc_desktop").addHandler(net)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix=f"fuzz-{target_name}-") as scratch:
        work = Path(scratch)
        target = TARGETS[target_name](work)
        try:
            indexes = [only] if only is not None else range(cases)
            for index in indexes:
                if budget is not None and time.monotonic() - started > budget:
                    break
                _one(target, tally, net, work, seed, index, out)
        finally:
            target.close()
            logging.getLogger("cchc_desktop").removeHandler(net)
    tally.seconds = time.monotonic() - started
    return tally


def _one(
    target: Target,
    tally: Tally,
    net: _SafetyNet,
    work: Path,
    seed: int,
    index: int,
    out: Path | None,
) -> None:
    rng = case_rng(seed, index)
    kind, data, filename = target.make(rng)
    path = work / "cases" / filename
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(data)
    if out is not None:  # the case in progress, should the process itself die on it
        out.mkdir(parents=True, exist_ok=True)
        (out / f"current-{target.name}").write_text(f"{seed} {index} {kind}\n")
    tally.cases += 1
    tally.kinds[kind] += 1
    net.caught.clear()
    problem: tuple[str, str] | None = None
    try:
        with _deadline(CASE_SECONDS):
            outcome = target.run(path)
    except (Exception, Hang) as exc:
        outcome = "traceback"
        problem = cause_of(exc)
    if problem is None and net.caught:
        record = net.caught[0]
        if record.exc_info and record.exc_info[1] is not None:
            key, summary = cause_of(record.exc_info[1])
        else:  # a traceback logged as text: its last line says what was raised
            key = summary = record.getMessage().strip().splitlines()[-1][:160]
        problem = (f"{key} (caught by the safety net)", summary)
        outcome = "traceback"
    tally.outcomes[outcome] += 1
    if outcome == "accepted":
        target.after_accept()
    elif target.changed():
        tally.changed_on_refusal.append(index)
        target.after_accept()
    if problem is not None:
        key, summary = problem
        known = tally.causes.get(key)
        if known is None:
            tally.causes[key] = Cause(1, index, f"[{kind}] {summary}")
            if out is not None:
                safe = "".join(c if c.isalnum() else "-" for c in key)[:80]
                shutil.copy(path, out / f"{target.name}-{index}-{safe}{path.suffix}")
        else:
            known.count += 1
    path.unlink(missing_ok=True)


def _limit_memory() -> None:
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.security.fuzz")
    parser.add_argument("--target", choices=[*TARGETS, "all"], default="all")
    parser.add_argument("--cases", type=int, default=1000, help="cases per target")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--case", type=int, default=None, help="replay one case")
    parser.add_argument("--budget", type=float, default=None, help="seconds per target, at most")
    parser.add_argument("--out", type=Path, default=None, help="keep the failing cases here")
    parser.add_argument(
        "--kinds", default=",".join(PACKAGE_KINDS), help="package mutations to make, by name"
    )
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    Packages.kinds = tuple(k for k in args.kinds.split(",") if k in PACKAGE_KINDS)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from cchc_desktop.library_warnings import keep_off_screen

    keep_off_screen()  # Pillow's "Corrupt EXIF data" and the like, thousands of times: dropped
    _limit_memory()
    names = list(TARGETS) if args.target == "all" else [args.target]
    tallies = [
        fuzz(name, args.cases, args.seed, out=args.out, only=args.case, budget=args.budget)
        for name in names
    ]
    if args.json:
        json.dump([t.as_json() for t in tallies], sys.stdout, indent=2, ensure_ascii=False)
        print()
    else:
        for tally in tallies:
            summary = tally.as_json()
            print(
                f"{tally.target} (seed {tally.seed}): {tally.cases} cases in {summary['seconds']} s, "
                f"{dict(tally.outcomes)}, {tally.tracebacks} tracebacks, "
                f"{len(tally.changed_on_refusal)} refusals that changed stored data"
            )
            for key, cause in summary["causes"].items():
                print(
                    f"  {cause['count']:6}  {key}\n          first case {cause['first_case']}: "
                    f"{cause['summary']}"
                )
    failed = any(t.tracebacks or t.changed_on_refusal for t in tallies)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
