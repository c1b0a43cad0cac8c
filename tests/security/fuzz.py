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
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.security import mutate

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


# --- targets ------------------------------------------------------------------------------------


class Target:
    """A kind of file: builds its seeds once, then makes and runs cases."""

    name = ""

    def __init__(self, work: Path) -> None:
        self.work = work

    def make(self, rng: random.Random) -> tuple[str, bytes, str]:
        """(kind of mutation, the file's bytes, its file name) for one case."""
        raise NotImplementedError

    def run(self, path: Path) -> str:
        """Feed the file to the app: "accepted" or "refused" (a UserError); may raise."""
        raise NotImplementedError

    def changed(self) -> bool:
        """Whether stored data changed during the last run (checked after a refusal)."""
        return False

    def after_accept(self) -> None:
        """Bring stored data back to the seed state after a case the app accepted."""

    def close(self) -> None:
        pass


PACKAGE_KINDS = ("zip", "manifest", "manifest-signed", "records-signed", "member")
# How often each kind of package mutation is made (of a hundred).
_PACKAGE_WEIGHTS = {
    "zip": 40,
    "manifest": 15,
    "manifest-signed": 15,
    "records-signed": 15,
    "member": 15,
}


class Packages(Target):
    name = "packages"
    kinds: tuple[str, ...] = PACKAGE_KINDS

    def __init__(self, work: Path) -> None:
        super().__init__(work)
        from tests.security.corpus import package_seed, receiver

        self.seed = package_seed(work / "seed")
        self.pristine = receiver(work / "seed", self.seed)
        self.data = self.seed.package.read_bytes()
        self.members = mutate.read_members(self.data)
        self.manifest = json.loads(self.members["manifest.json"])
        self.signed_manifest: dict[str, bytes] = {}
        self._open()

    def _open(self) -> None:
        from tests.exchange_support import dump, open_ws

        folder = self.work / "B"
        shutil.rmtree(folder, ignore_errors=True)
        shutil.copytree(self.pristine, folder)
        self.folder = folder
        self.ws = open_ws(folder)
        self.baseline = dump(folder)
        self.changes = self.ws.db.conn.total_changes

    def _stored(self, name: str) -> bool:
        return name.startswith("media/")

    def _rezip(self, members: dict[str, bytes], *, resign: bool) -> bytes:
        if resign:
            import base64

            members["manifest.sig"] = base64.b64encode(self.seed.sign(members["manifest.json"]))
        return mutate.write_members(members, stored=self._stored)

    def make(self, rng: random.Random) -> tuple[str, bytes, str]:
        import hashlib

        from cchc_desktop.exchange import format as fmt

        kind = rng.choices(self.kinds, [_PACKAGE_WEIGHTS[k] for k in self.kinds])[0]
        members = dict(self.members)
        if kind == "zip":
            return "zip", mutate.mutate_zip(self.data, rng), "case.cchc"
        if kind in ("manifest", "manifest-signed"):
            manifest = mutate.mutate_json(self.manifest, rng)
            members["manifest.json"] = mutate.dump_json(manifest, rng)
            return kind, self._rezip(members, resign=kind == "manifest-signed"), "case.cchc"
        if kind == "records-signed":
            name = rng.choice([n for n in members if n.startswith(("records/", "audit/"))])
            lines = members[name].splitlines()
            index = rng.randrange(len(lines))
            row = json.loads(lines[index])
            lines[index] = mutate.dump_json(mutate.mutate_json(row, rng), rng)
            members[name] = b"\n".join(lines) + b"\n"
            manifest = json.loads(members["manifest.json"])
            for entry in manifest["members"]:
                if entry["name"] == name:
                    entry["size"] = len(members[name])
                    entry["sha256"] = hashlib.sha256(members[name]).hexdigest()
            members["manifest.json"] = fmt.canonical_json(manifest)
            return "records-signed", self._rezip(members, resign=True), "case.cchc"
        name = rng.choice(sorted(members))
        members[name] = mutate.mutate_bytes(members[name], rng)
        return "member", self._rezip(members, resign=False), "case.cchc"

    def run(self, path: Path) -> str:
        from cchc_desktop.errors import UserError
        from cchc_desktop.exchange.merge import merge_file

        self.changes = self.ws.db.conn.total_changes
        try:
            merge_file(self.ws, path)
        except UserError:
            return "refused"
        return "accepted"

    def changed(self) -> bool:
        from tests.exchange_support import dump, staging_empty

        if not staging_empty(self.folder):
            return True
        if self.ws.db.conn.total_changes == self.changes:
            return False
        return dump(self.folder) != self.baseline

    def after_accept(self) -> None:
        if self.ws.db.conn.total_changes != self.changes:
            self.close()
            self._open()

    def close(self) -> None:
        self.ws.close()


def _mutate_file(data: bytes, rng: random.Random) -> bytes:
    """Byte mutations, most of them aimed at the start, where formats keep their headers."""
    head = rng.choice((256, 600, 2048, len(data)))
    return mutate.mutate_bytes(data[:head], rng) + data[head:]


class Photos(Target):
    name = "photos"

    def __init__(self, work: Path) -> None:
        super().__init__(work)
        from tests.exchange_support import inspection_on, laptop, open_ws
        from tests.security.corpus import photo_seeds

        self.seeds = [(p.suffix, p.read_bytes()) for p in photo_seeds(work)]
        self.ws = open_ws(laptop(work, "photos"))
        self.inspection = inspection_on(self.ws)
        self.changes = 0

    def make(self, rng: random.Random) -> tuple[str, bytes, str]:
        suffix, data = rng.choice(self.seeds)
        return suffix.lstrip("."), _mutate_file(data, rng), f"case{suffix}"

    def run(self, path: Path) -> str:
        from cchc_desktop.photos.ingest import import_photos

        self.changes = self.ws.db.conn.total_changes
        result = import_photos(self.ws, self.inspection, [path], workers=1)
        return "refused" if result.refused else "accepted"

    def changed(self) -> bool:
        return self.ws.db.conn.total_changes != self.changes

    def close(self) -> None:
        self.ws.close()


class Workbooks(Target):
    name = "xlsx"

    def __init__(self, work: Path) -> None:
        super().__init__(work)
        from tests.security.corpus import workbook_seed

        self.data = workbook_seed()
        self.members = mutate.read_members(self.data)

    def make(self, rng: random.Random) -> tuple[str, bytes, str]:
        roll = rng.random()
        if roll < 0.25:
            return "zip", mutate.mutate_zip(self.data, rng), "case.xlsx"
        members = dict(self.members)
        if roll < 0.5:
            name = rng.choice([n for n in members if n.startswith("xl/")])
            members[name] = mutate.mutate_bytes(members[name], rng)
            return "member", mutate.write_members(members), "case.xlsx"
        name = rng.choice(["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"])
        members[name] = _hostile_sheet(members[name], rng)
        return "sheet", mutate.write_members(members), "case.xlsx"

    def run(self, path: Path) -> str:
        from cchc_desktop.checklists.xlsx import import_xlsx
        from cchc_desktop.errors import UserError

        try:
            import_xlsx(path)
        except UserError:
            return "refused"
        return "accepted"


# Cells and ranges a spreadsheet program could write, each odd in its own way.
_CELLS = (
    b'<c r="C3"><f>SUM(F2:F9)</f></c>',
    b'<c r="C3"><f>A1&amp;B1</f><v>x</v></c>',
    b'<c r="F3" t="e"><v>#REF!</v></c>',
    b'<c r="F3" t="b"><v>2</v></c>',
    b'<c r="F3" t="n"><v>1e999</v></c>',
    b'<c r="F3" t="d"><v>10000-01-01</v></c>',
    b'<c r="C3" t="s"><v>999999</v></c>',
    b'<c r="C3" s="99999"><v>1</v></c>',
    b'<c r="XFD1048576"><v>1</v></c>',
    b'<c r="A0"><v>1</v></c>',
    b'<c r="C3" t="inlineStr"><is><t>\x1b[2J</t></is></c>',
)
_RANGES = (b"A1:XFD1048576", b"J1:XFD1048576", b"A2:A40000", b"B2:B3", b"Z9:A1", b"A1")


def _hostile_sheet(xml: bytes, rng: random.Random) -> bytes:
    """A worksheet with an odd cell, a merged range or a dimension set to something hostile."""
    roll = rng.random()
    if roll < 0.4:
        cells = mutate._find_all(xml, b"<c ")
        if not cells:
            return xml
        start = rng.choice(cells)
        end = xml.find(b"</c>", start)
        end = xml.find(b"/>", start) + 2 if end < 0 else end + 4
        return xml[:start] + rng.choice(_CELLS) + xml[end:]
    if roll < 0.8:
        count = rng.choice((1, 3, 20_000))
        refs = b"".join(
            b'<mergeCell ref="' + rng.choice(_RANGES) + b'"/>' for _ in range(min(count, 50))
        )
        if count > 50:
            refs = b"".join(b'<mergeCell ref="A%d:B%d"/>' % (n, n) for n in range(2, count))
        block = b'<mergeCells count="%d">' % count + refs + b"</mergeCells>"
        return xml.replace(b"</sheetData>", b"</sheetData>" + block, 1)
    return xml.replace(b'<dimension ref="', b'<dimension ref="' + rng.choice(_RANGES) + b'" x="', 1)


class Signatures(Target):
    name = "signatures"

    def __init__(self, work: Path) -> None:
        super().__init__(work)
        from tests.security.corpus import signature_seeds

        self.seeds = signature_seeds()

    def make(self, rng: random.Random) -> tuple[str, bytes, str]:
        return "image", _mutate_file(rng.choice(self.seeds), rng), "case.png"

    def run(self, path: Path) -> str:
        from cchc_desktop.errors import UserError
        from cchc_desktop.minutes.signature_image import prepare

        try:
            prepare(path.read_bytes(), path.name)
        except UserError:
            return "refused"
        return "accepted"


class SignedPdfs(Target):
    name = "pdf"

    def __init__(self, work: Path) -> None:
        super().__init__(work)
        from cchc_desktop.minutes.render import render
        from cchc_desktop.minutes.signing import P12Signer, sign_pdf
        from tests import minutes_samples
        from tests.pki import PASSWORD, standard

        unsigned = render(minutes_samples.snapshot(), lambda _sha: None).pdf
        signer = P12Signer.from_bytes(standard()["lead"].p12(), PASSWORD)
        self.seed = sign_pdf(unsigned, signer, role="truong_doan").pdf
        from asn1crypto import x509 as asn1_x509
        from cryptography.hazmat.primitives.serialization import Encoding

        ca = standard()["ca"].cert.public_bytes(Encoding.DER)
        self.roots = [asn1_x509.Certificate.load(ca)]
        # Where a verifier reads first: the trailer, the xref, the signature dictionary.
        self.spots = [
            i for needle in (b"/ByteRange", b"/Contents", b"xref", b"trailer", b"/Sig")
            for i in mutate._find_all(self.seed, needle)
        ]  # fmt: skip

    def make(self, rng: random.Random) -> tuple[str, bytes, str]:
        if rng.random() < 0.6 and self.spots:
            spot = rng.choice(self.spots)
            head, middle, tail = (
                self.seed[:spot],
                self.seed[spot : spot + 64],
                self.seed[spot + 64 :],
            )
            return "structure", head + mutate.mutate_bytes(middle, rng) + tail, "case.pdf"
        return "bytes", mutate.mutate_bytes(self.seed, rng), "case.pdf"

    def run(self, path: Path) -> str:
        from cchc_desktop.minutes.verify import verify_pdf

        report = verify_pdf(path.read_bytes(), self.roots)
        return "accepted" if report.ok else "refused"


TARGETS: dict[str, Callable[[Path], Target]] = {
    "packages": Packages,
    "photos": Photos,
    "xlsx": Workbooks,
    "signatures": Signatures,
    "pdf": SignedPdfs,
}


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
