"""A review of previous recommendations travels: the office sends the history to a team lead's
laptop, the lead reviews the 2024 kiến nghị during the 2026 visit of the merged commune and
exports only that visit, and the office (or an empty laptop) merges it. Real packages."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from cchc_desktop.exchange import conflicts
from cchc_desktop.exchange.export import export_package
from cchc_desktop.exchange.merge import merge_file
from cchc_desktop.store import records
from cchc_desktop.store.findings import followups
from cchc_desktop.store.previous import previous_recommendations, review_previous
from tests.exchange_support import laptop, open_ws, rows_of
from tests.previous_support import inspect_after_merger, make_history


def _records(package: Path, table: str) -> list[dict[str, object]]:
    with zipfile.ZipFile(package) as archive:
        name = f"records/{table}.jsonl"
        if name not in archive.namelist():
            return []
        return [json.loads(line) for line in archive.read(name).decode().splitlines() if line]


def test_the_lead_s_review_reaches_the_office_with_the_visit(tmp_path: Path) -> None:
    office, lead, empty = (laptop(tmp_path, n) for n in ("office", "lead", "empty"))
    with open_ws(office) as ws:
        history = make_history(ws)
        # The 2024 inspection of Tân Văn has answers; they must not ride along later.
        from cchc_desktop.store.answers import set_answer

        set_answer(ws, history.inspections["tv2024"], "A1", "dat")
        everything = export_package(ws, everything=True, target=tmp_path / "all.cchc").path
    with open_ws(lead) as ws:
        merge_file(ws, everything, trust_new=True)
        inspection = inspect_after_merger(ws, history)
        reviewed = {
            history.recommendations["tv2024/1"]: ("da_hoan_thanh", "Kế hoạch bồi dưỡng số 12"),
            history.recommendations["hp2024/1"]: ("dang_thuc_hien", "Đang thi công"),
            history.recommendations["ht2021/1"]: ("chua_thuc_hien", "Chưa niêm yết"),
        }
        for finding, (status, note) in reviewed.items():
            review_previous(ws, inspection, finding, status=status, note=note)
        visit = export_package(ws, [inspection], target=tmp_path / "visit.cchc").path

    # The package carries the visit and the three reviewed recommendations; their earlier
    # inspections come bare (the records they rest on), without their answers.
    findings = _records(visit, "findings")
    assert {f["id"] for f in findings} == set(reviewed)
    assert all(f["checked_in"] == inspection for f in findings)
    assert {a["inspection_id"] for a in _records(visit, "answers")} <= {inspection}
    carried = {i["id"] for i in _records(visit, "inspections")}
    assert carried == {
        inspection,
        history.inspections["tv2024"],
        history.inspections["hp2024"],
        history.inspections["ht2021"],
    }

    with open_ws(office) as ws:
        report = merge_file(ws, visit, trust_new=True)
        # The office wrote those kiến nghị: another laptop's change to them is never a silent
        # overwrite (issue 18, docs/PACKAGE_FORMAT.md §7) but a conflict its secretary decides;
        # until then the office's own version is shown.
        assert not report.refused
        assert sorted(c["record_id"] for c in report.conflicts) == sorted(reviewed)
        waiting = {r["id"]: r for r in followups(ws)}
        assert all(waiting[f]["status_note"] == "" for f in reviewed)
        for conflict in report.conflicts:
            conflicts.resolve(ws, conflict["id"], "theirs")  # the secretary takes the review
        rows = {r["id"]: r for r in followups(ws)}
        for finding, (status, note) in reviewed.items():
            assert (rows[finding]["status"], rows[finding]["status_note"]) == (status, note)
            assert rows[finding]["checked_on"] == "2026-11-17"
            fields = {e["field"] for e in records.audit_trail(ws, finding) if e["field"]}
            # The audit trail came too (a status left as it was has no line of its own).
            assert {"status_note", "checked_in"} <= fields
            assert ("status" in fields) == (status != "chua_thuc_hien")
        seen = [r for r in previous_recommendations(ws, inspection) if r["checked"]]
        assert {r["id"] for r in seen} == set(reviewed)
        # The rest of what the office knew of those inspections is untouched.
        assert rows_of(
            office,
            "SELECT result FROM answers WHERE inspection_id = ? AND criterion_code = 'A1'",
            (history.inspections["tv2024"],),
        ) == [{"result": "dat"}]

    # An empty laptop can take the visit alone: everything it rests on came with it.
    with open_ws(empty) as ws:
        report = merge_file(ws, visit, trust_new=True)
        assert not report.refused
        rows = {r["id"]: r for r in followups(ws)}
        assert set(rows) == set(reviewed)
        assert {r["status"] for r in rows.values()} == {
            "da_hoan_thanh",
            "dang_thuc_hien",
            "chua_thuc_hien",
        }
