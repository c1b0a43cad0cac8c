"""`inspections list` and `inspections show` on 10,000 inspections of 60 answers each, against
the same queries in plain sqlite3.

Usage: bench_store.py [--inspections N] [--out FILE]
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

from cchc_desktop.store.bootstrap import initialise
from cchc_desktop.store.detail import show_inspection
from cchc_desktop.store.inspections import list_inspections
from cchc_desktop.store.listings import list_sql
from cchc_desktop.store.plans import add_plan, add_team
from cchc_desktop.store.templates import resolve
from cchc_desktop.store.units import add_unit
from cchc_desktop.store.workspace import Workspace
from tests.benchmarks.report import machine, median_time, ms, write_section

RESULTS = ["dat", "dat_mot_phan", "khong_dat", "khong_ap_dung", None]


def build(data_dir: Path, count: int) -> tuple[str, str]:
    """A data folder with ``count`` inspections of 60 answers; returns (db path, one inspection id).

    Reference data goes through the core; the bulk rows are inserted directly (same schema,
    same bookkeeping columns) because building the fixture is not what is measured.
    """
    initialise(data_dir)
    with Workspace.open(data_dir) as ws:
        plan = add_plan(
            ws,
            number="80/KH-BCĐCCHC",
            date="2024-05-29",
            issuer="BCĐ CCHC tỉnh",
            title="Kiểm tra CCHC",
        )
        team = add_team(ws, plan=plan, leader=("Hồ Tiến Thiệu", "Chủ tịch UBND tỉnh"))
        province = add_unit(ws, name="Tỉnh Lạng Sơn", kind="tinh", code="20")
        units = [
            add_unit(ws, name=f"Xã Thử Nghiệm {i}", kind="xa", parent=province) for i in range(200)
        ]
        template = resolve(ws, "ttpvhcc-xa")
        codes = [
            r[0]
            for r in ws.db.execute(
                "SELECT code FROM criteria WHERE template_id = ? ORDER BY position", [template]
            )
        ]
        device, now = ws.device_id, "2026-11-26T00:00:00.000Z"
        vv = json.dumps({device: 1})
        conn = ws.db.conn
        conn.execute("BEGIN")
        inspections = []
        answers = []
        for n in range(count):
            iid = str(uuid.uuid4())
            inspections.append(
                (
                    iid,
                    1,
                    vv,
                    now,
                    device,
                    0,
                    plan,
                    units[n % len(units)],
                    team,
                    template,
                    f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}",
                    "Trụ sở UBND xã",
                )
            )
            for k, code in enumerate(codes):
                result = RESULTS[(n + k) % len(RESULTS)]
                answers.append(
                    (
                        str(uuid.uuid4()),
                        1,
                        vv,
                        now,
                        device,
                        0,
                        iid,
                        code,
                        template,
                        1,
                        result,
                        "Ghi chú" if result == "khong_dat" else "",
                        None,
                    )
                )
        conn.executemany(
            "INSERT INTO inspections (id, rev, vv, updated_at, device_id, deleted, plan_id, unit_id,"
            " team_id, template_id, date, place) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            inspections,
        )
        conn.executemany(
            "INSERT INTO answers (id, rev, vv, updated_at, device_id, deleted, inspection_id,"
            " criterion_code, template_id, template_version, result, note, score)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            answers,
        )
        conn.execute("COMMIT")
        conn.execute("ANALYZE")
        return str(data_dir / "cchc.sqlite"), inspections[count // 2][0]


def plain_show(conn: sqlite3.Connection, inspection_id: str) -> object:
    """The same reads as `inspections show`, by hand, returning tuples."""
    row = conn.execute("SELECT * FROM inspections WHERE id = ?", [inspection_id]).fetchone()
    plan_id, unit_id, team_id, template_id = row[6], row[7], row[8], row[9]
    return (
        row,
        conn.execute("SELECT * FROM plans WHERE id = ?", [plan_id]).fetchone(),
        conn.execute("SELECT * FROM units WHERE id = ?", [unit_id]).fetchone(),
        conn.execute(
            "WITH RECURSIVE up(id, depth) AS (SELECT parent_id, 1 FROM units WHERE id = ?"
            " UNION ALL SELECT u.parent_id, depth + 1 FROM units u JOIN up ON u.id = up.id"
            " WHERE up.depth < 20) SELECT units.id, units.name, units.kind FROM up"
            " JOIN units ON units.id = up.id ORDER BY up.depth",
            [unit_id],
        ).fetchall(),
        conn.execute("SELECT * FROM teams WHERE id = ?", [team_id]).fetchone(),
        conn.execute(
            "SELECT * FROM team_members WHERE team_id = ? ORDER BY position", [team_id]
        ).fetchall(),
        conn.execute("SELECT * FROM templates WHERE id = ?", [template_id]).fetchone(),
        conn.execute(
            "SELECT c.code, c.area, c.area_title, c.text, c.guidance, c.evidence, c.max_score, c.source,"
            " a.result, a.note, a.score, a.updated_at FROM criteria c LEFT JOIN answers a"
            " ON a.inspection_id = ? AND a.criterion_code = c.code AND a.deleted = 0"
            " WHERE c.template_id = ? ORDER BY c.position",
            [inspection_id, template_id],
        ).fetchall(),
        conn.execute("SELECT * FROM findings WHERE inspection_id = ?", [inspection_id]).fetchall(),
        conn.execute("SELECT * FROM signers WHERE inspection_id = ?", [inspection_id]).fetchall(),
        conn.execute(_PREVIOUS, [unit_id, inspection_id, row[10]]).fetchall(),
    )


# The previous recommendations (store/previous.py): the kiến nghị of earlier inspections of
# the unit and of the units it was formed from.
_PREVIOUS = """
WITH RECURSIVE lineage(id, depth) AS (
    SELECT ?, 0 UNION SELECT j.value, l.depth + 1 FROM lineage l JOIN units u ON u.id = l.id,
    json_each(u.merged_from) j WHERE l.depth < 30)
SELECT f.id, f.text, f.responsible, f.deadline, f.status, f.status_note, f.checked_in, i.id,
       i.date, u.id, u.name, p.number,
       coalesce((SELECT m.doc_number FROM minutes m WHERE m.inspection_id = i.id
                 AND m.deleted = 0 ORDER BY m.signed DESC, m.revision_no DESC LIMIT 1),
                i.doc_number, '')
FROM findings f JOIN inspections i ON i.id = f.inspection_id
JOIN units u ON u.id = i.unit_id JOIN plans p ON p.id = i.plan_id
WHERE f.kind = 'kien_nghi' AND f.deleted = 0 AND i.deleted = 0
  AND i.unit_id IN (SELECT id FROM lineage) AND i.id <> ? AND i.date < ?
ORDER BY i.date DESC, u.sort_key, i.id, f.position, f.id
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--inspections", type=int, default=10_000)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        data_dir = Path(scratch) / "data"
        start = time.perf_counter()
        db_path, one = build(data_dir, args.inspections)
        built = time.perf_counter() - start

        ws = Workspace.open(data_dir)
        plain = sqlite3.connect(db_path)
        sql = list_sql()
        rows = list_inspections(ws)
        assert len(rows) == args.inspections == len(plain.execute(sql).fetchall())

        ours_list = median_time(lambda: list_inspections(ws))
        plain_list = median_time(lambda: plain.execute(sql).fetchall())
        ours_show = median_time(lambda: show_inspection(ws, one), repeat=20)

        def cold_show() -> object:
            ws.criteria_cache.clear()  # as a fresh `cchc inspections show` process finds it
            return show_inspection(ws, one)

        ours_cold = median_time(cold_show, repeat=20)
        plain_show_time = median_time(lambda: plain_show(plain, one), repeat=20)
        ws.close()
        plain.close()

    def ratio(ours: float, base: float) -> str:
        return f"{ours / base:.2f}×"

    body = f"""## Store: listing and showing inspections

{args.inspections:,} inspections × 60 answers ({args.inspections * 60:,} answer rows), built in
{built:.1f} s. Machine: {machine()}. Command: `.venv/bin/python tests/benchmarks/bench_store.py`.

| work | CCHC Desktop (core function) | plain sqlite3, same SQL | ratio (goal ≤ 1.5×) |
|---|---|---|---|
| `inspections list` (all, with progress counts) | {ms(ours_list)} | {ms(plain_list)} | {ratio(ours_list, plain_list)} |
| `inspections show`, first in a process (one CLI run) | {ms(ours_cold)} | {ms(plain_show_time)} | {ratio(ours_cold, plain_show_time)} |
| `inspections show`, again in the same process (the window) | {ms(ours_show)} | {ms(plain_show_time)} | {ratio(ours_show, plain_show_time)} |

The list runs one query (progress counts aggregated in SQL over the answers index); its
cost is the SQL itself. `show` reads a template's criteria once per workspace and keeps them:
a published template version never changes. The plain program joins criteria and answers
every time.
"""
    path = write_section("store", body, args.out)
    print(body)
    print(f"written to {path}")


if __name__ == "__main__":
    main()
