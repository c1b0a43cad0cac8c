"""Benchmark: a season of exports — full copies merged in turn, against what is new each time.

One laptop works through ``--rounds`` weeks; each week adds ``--per-round`` inspections with
three photos each (real JPEGs through the photos core). After each week the laptop exports,
and the secretary merges the package:

- *full*: `cchc export --all` every week, so week W's package carries weeks 1..W again, and
  its merge reads and hashes every byte again (the season costs W² in bytes);
- *incremental*: `cchc export` with no inspection named (the default), which carries the
  inspections not sent yet or changed since (`exchange/sent.py`).

Both secretaries end with the same records (checked). The simplest program doing the same
work is the incremental one; the ratio says what the full copies cost on top.

Usage: bench_exports.py [--rounds N] [--per-round N] [--size WxH] [--out FILE]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from cchc_desktop.exchange.export import export_package
from cchc_desktop.exchange.merge import merge_file
from cchc_desktop.exchange.sent import unsent
from cchc_desktop.exchange.trust import accept
from cchc_desktop.photos.ingest import import_photos
from cchc_desktop.store.datafolder import DataFolder
from cchc_desktop.store.keys import own_identity
from tests.benchmarks.bench_merge import photo
from tests.benchmarks.report import machine, write_section
from tests.exchange_support import comparable, inspection_on, laptop, open_ws


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--per-round", type=int, default=4)
    parser.add_argument("--size", default="2000x1500")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        lead = laptop(root, "L")
        full_desk, lean_desk = laptop(root, "S-full"), laptop(root, "S-lean")
        for desk in (full_desk, lean_desk):
            with open_ws(desk) as ws:
                accept(ws, own_identity(DataFolder(lead)))
        full_t = lean_t = 0.0
        full_bytes = lean_bytes = 0
        count = 0
        for week in range(args.rounds):
            with open_ws(lead) as ws:
                for _ in range(args.per_round):
                    inspection = inspection_on(
                        ws, unit_code=f"9{count:04d}", unit_name=f"Xã Tuần {week + 1}-{count}"
                    )
                    paths = []
                    for n in range(3):
                        path = root / f"p{count}-{n}.jpg"
                        photo(path, count * 10 + n, (width, height))
                        paths.append(path)
                    import_photos(ws, inspection, paths, workers=1)
                    count += 1
                chosen = unsent(ws)
                lean = export_package(ws, chosen, target=root / f"lean-{week}.cchc").path
                full = export_package(ws, everything=True, target=root / f"full-{week}.cchc").path
            full_bytes += full.stat().st_size
            lean_bytes += lean.stat().st_size
            for desk, package in ((full_desk, full), (lean_desk, lean)):
                start = time.perf_counter()
                with open_ws(desk) as ws:
                    merge_file(ws, package)
                took = time.perf_counter() - start
                if desk == full_desk:
                    full_t += took
                else:
                    lean_t += took
        # The laptop's records and photos (each desk installed its own bundled templates).
        mine = ("units", "plans", "teams", "team_members", "inspections", "answers", "findings")
        full_rows, lean_rows = comparable(full_desk), comparable(lean_desk)
        same = all(full_rows[t] == lean_rows[t] for t in (*mine, "signers", "photos"))
    mb = 1024**2
    body = f"""## Exchange: a season of exports, full copies against what is new (issue 17)

One laptop, {args.rounds} weeks of {args.per_round} new inspections with 3 photos of
{width}×{height} px each; after each week it exports and the secretary merges. Both
secretaries end with the same records: {"yes" if same else "NO"}. Machine: {machine()}
(shared with other work while measuring). Command: `.venv/bin/python
tests/benchmarks/bench_exports.py`.

| packages | bytes merged in the season | merge time, whole season |
|---|---|---|
| `cchc export` (default: what is not sent yet), merged each week | {lean_bytes / mb:.1f} MB | {lean_t:.2f} s |
| `cchc export --all` every week, merged each week | {full_bytes / mb:.1f} MB | {full_t:.2f} s |
| **ratio full / incremental** | {full_bytes / lean_bytes:.2f}× | **{full_t / lean_t:.2f}×** |

A full copy carries every earlier week again, so the season's bytes grow as W²/2 against W;
the merge of a full copy still reads and hashes every member it carries (records already
held are skipped, files already held are not copied, but their bytes are checked against the
manifest). The default export sends the inspections never sent or changed since.
"""
    path = write_section("exports", body, args.out)
    print(body)
    print(f"written to {path}")


if __name__ == "__main__":
    main()
