"""Previous recommendations after a merger: communes inspected for years, merged two by two into
new communes, each new commune inspected once. Measured: the tab's query
(``previous_recommendations``), one review stored (``review_previous``) and the report's count
per unit (``previous_follow_up``), each against the simplest program doing the same work
(plain sqlite3 given the predecessor ids, no recursion; one UPDATE with its audit lines).

Usage: bench_previous.py [--communes N] [--years N] [--out FILE]   (4 kiến nghị per inspection)
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from cchc_desktop.reports.previous import previous_follow_up
from cchc_desktop.store.bootstrap import initialise
from cchc_desktop.store.inspections import new_inspection
from cchc_desktop.store.plans import add_plan, add_team
from cchc_desktop.store.previous import previous_recommendations, review_previous
from cchc_desktop.store.templates import resolve
from cchc_desktop.store.units import add_unit
from cchc_desktop.store.workspace import Workspace
from tests.benchmarks.report import machine, median_time, ms, write_section

PER_INSPECTION = 4

# What the simplest program asks, knowing the units already (no walk through merged_from).
PLAIN_SQL = """
SELECT f.id, f.text, f.responsible, f.deadline, f.status, f.status_note, f.checked_in,
       i.id, i.date, u.name, p.number
FROM findings f JOIN inspections i ON i.id = f.inspection_id
JOIN units u ON u.id = i.unit_id JOIN plans p ON p.id = i.plan_id
WHERE f.kind = 'kien_nghi' AND f.deleted = 0 AND i.deleted = 0
  AND i.unit_id IN ({marks}) AND i.date < ?
ORDER BY i.date DESC, u.sort_key, i.id, f.position
"""


def build(data_dir: Path, communes: int, years: int) -> tuple[list[str], dict[str, list[str]]]:
    """Old communes inspected once a year (bulk rows, same schema and bookkeeping), merged two
    by two on 1/7/2025 into new communes (through the core), each inspected in 2026.

    Returns the 2026 inspections and, for each, the units it rests on (itself and its two).
    """
    initialise(data_dir)
    with Workspace.open(data_dir) as ws:
        old_plan = add_plan(ws, number="80/KH-BCĐCCHC", date="2018-01-10", issuer="BCĐ", title="KT")
        team = add_team(ws, plan=old_plan, leader=("Hồ Tiến Thiệu", "Trưởng đoàn"))
        province = add_unit(ws, name="Tỉnh Lạng Sơn", kind="tinh", code="20")
        old = [
            add_unit(ws, name=f"Xã Cũ {i}", kind="xa", parent=province, valid_to="2025-06-30")
            for i in range(communes)
        ]
        template = resolve(ws, "mot-cua-nd61")
        device, now = ws.device_id, "2026-05-01T00:00:00.000Z"
        vv = json.dumps({device: 1})
        conn = ws.db.conn
        conn.execute("BEGIN")
        inspections, findings = [], []
        for year in range(2025 - years, 2025):
            for n, unit in enumerate(old):
                iid = str(uuid.uuid4())
                date = f"{year}-{1 + n % 12:02d}-{1 + n % 28:02d}"
                inspections.append(
                    (iid, 1, vv, now, device, 0, old_plan, unit, team, template, date, "UBND")
                )
                findings += [
                    (str(uuid.uuid4()), 1, vv, now, device, 0, iid, "kien_nghi",
                     f"Kiến nghị {k + 1} năm {year}.", "UBND xã", f"{year}-12-31",
                     "chua_thuc_hien", k)
                    for k in range(PER_INSPECTION)
                ]  # fmt: skip
        conn.executemany(
            "INSERT INTO inspections (id, rev, vv, updated_at, device_id, deleted, plan_id, unit_id,"
            " team_id, template_id, date, place) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            inspections,
        )
        conn.executemany(
            "INSERT INTO findings (id, rev, vv, updated_at, device_id, deleted, inspection_id,"
            " kind, text, responsible, deadline, status, position)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            findings,
        )
        conn.execute("COMMIT")
        plan = add_plan(ws, number="45/KH-UBND", date="2026-03-16", issuer="UBND", title="KT 2026")
        new_team = add_team(ws, plan=plan, leader=("Nguyễn Văn An", "Trưởng đoàn"))
        visits, rests_on = [], {}
        for n in range(0, communes - 1, 2):
            merged = add_unit(
                ws,
                name=f"Xã Mới {n // 2}",
                kind="xa",
                parent=province,
                valid_from="2025-07-01",
                merged_from=[old[n], old[n + 1]],
            )
            visit = new_inspection(ws, plan=plan, unit=merged, date="2026-11-17", team=new_team)
            visits.append(visit)
            rests_on[visit] = [merged, old[n], old[n + 1]]
        conn.execute("ANALYZE")
    return visits, rests_on


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--communes", type=int, default=400)
    parser.add_argument("--years", type=int, default=6)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        data_dir = Path(scratch) / "data"
        start = time.perf_counter()
        visits, rests_on = build(data_dir, args.communes, args.years)
        built = time.perf_counter() - start
        ws = Workspace.open(data_dir)
        plain = sqlite3.connect(data_dir / "cchc.sqlite")
        plain.execute("PRAGMA synchronous = FULL")
        visit = visits[len(visits) // 2]
        units = rests_on[visit]
        plain_sql = PLAIN_SQL.format(marks=", ".join("?" for _ in units))
        rows = previous_recommendations(ws, visit)
        expected = 2 * args.years * PER_INSPECTION
        assert (
            len(rows)
            == expected
            == len(plain.execute(plain_sql, [*units, "2026-11-17"]).fetchall())
        )

        ours_query = median_time(lambda: previous_recommendations(ws, visit), repeat=21)
        plain_query = median_time(
            lambda: plain.execute(plain_sql, [*units, "2026-11-17"]).fetchall(), repeat=21
        )
        ids = [r["id"] for r in rows]
        turn = iter(range(10**6))
        statuses = ("dang_thuc_hien", "da_hoan_thanh", "chua_thuc_hien")

        def ours_review() -> None:
            n = next(turn)
            review_previous(ws, visit, ids[n % len(ids)], status=statuses[n % 3], note=f"Xem {n}")

        def plain_review() -> None:
            n = next(turn)
            finding, values = ids[n % len(ids)], (statuses[n % 3], f"Xem {n}", visit)
            with plain:
                plain.execute(
                    "UPDATE findings SET status = ?, status_note = ?, checked_in = ?, rev = rev + 1"
                    " WHERE id = ?",
                    [*values, finding],
                )
                plain.executemany(
                    "INSERT INTO audit_log (id, at, device_id, actor, table_name, record_id,"
                    " action, field, new_value) VALUES (?, '', '', '', 'findings', ?, 'update', ?, ?)",
                    [
                        (str(uuid.uuid4()), finding, field, json.dumps(value))
                        for field, value in zip(
                            ("status", "status_note", "checked_in"), values, strict=True
                        )
                    ],
                )

        ours_write = median_time(ours_review, repeat=21)
        plain_write = median_time(plain_review, repeat=21)
        ours_report = median_time(lambda: previous_follow_up(ws, visits), repeat=3)
        ws.close()
        plain.close()

    findings = args.communes * args.years * PER_INSPECTION
    body = f"""## Previous recommendations (kiến nghị kỳ trước)

{args.communes} communes inspected every year for {args.years} years ({findings:,} kiến nghị),
merged two by two into {len(visits)} new communes on 1/7/2025, each inspected in 2026; one
visit has {expected} previous recommendations. Built in {built:.1f} s. Machine: {machine()}
(shared with other work while measured). Command:
`.venv/bin/python tests/benchmarks/bench_previous.py`.

| work | CCHC Desktop | simplest program | ratio |
|---|---|---|---|
| the tab's list, `previous_recommendations` (also part of `inspections show`) | {ms(ours_query)} | {ms(plain_query)} (plain sqlite3, the predecessors' ids given, no walk through `merged_from`) | {ours_query / plain_query:.2f}× |
| one review (key 1 · 2 · 3 or a note): `review_previous` | {ms(ours_write)} | {ms(plain_write)} (one UPDATE and its three audit lines, committed, synchronous=FULL) | {ours_write / plain_write:.2f}× |
| the report's count per unit, `previous_follow_up` over the {len(visits)} visits | {ms(ours_report)} | | |

The query walks `merged_from` in SQL (a recursive CTE over `json_each`) and finds the
inspections by the `inspections_unit` index; the plain program is handed the three unit ids.
A review checks that the recommendation is one of the visit's previous ones (the same query
narrowed to that row) and writes through `records.update` (revision, version vector, an audit
line per changed field) in one transaction; each run stores a new status and note, so every
run writes and flushes. Most of either figure is the disk's flush.
"""
    path = write_section("previous", body, args.out)
    print(body)
    print(f"written to {path}")


if __name__ == "__main__":
    main()
