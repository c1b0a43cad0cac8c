"""`reports.export`: the one job behind `cchc report` and "Lập báo cáo…" — names, formats,
progress, stopping before anything is written, and the follow-up rule it shares."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from cchc_desktop.domain.findings import is_overdue
from cchc_desktop.errors import UserError
from cchc_desktop.progress import Cancelled, Progress
from cchc_desktop.reports.export import report_suffix, suggested_name, write_report
from cchc_desktop.store.findings import followups
from cchc_desktop.store.workspace import Workspace


def test_suggested_names_have_no_diacritics_or_slashes() -> None:
    assert suggested_name("80/KH-BCĐCCHC", ".pdf") == "bao-cao-80-kh-bcdcchc.pdf"
    assert suggested_name(None, ".xlsx") == "bao-cao-tong-hop.xlsx"
    assert suggested_name("  ", ".pdf") == "bao-cao-tong-hop.pdf"


def test_only_pdf_docx_and_xlsx(tmp_path: Path) -> None:
    assert report_suffix(tmp_path / "A.PDF") == ".pdf"
    assert report_suffix(tmp_path / "a.docx") == ".docx"
    with pytest.raises(UserError, match=r"hãy dùng đuôi \.pdf, \.docx hoặc \.xlsx"):
        report_suffix(tmp_path / "bao-cao.odt")


def test_write_report_steps_and_writes(demo_ws: Workspace, tmp_path: Path) -> None:
    steps: list[tuple[int, int, str]] = []
    target = tmp_path / "ra" / "bao-cao.xlsx"
    data = write_report(
        demo_ws, target, plan="45/KH-UBND", progress=Progress(lambda *a: steps.append(a))
    )
    assert target.read_bytes()[:2] == b"PK"  # a zip: the workbook
    assert len(data.units) == 4 and len(data.recommendations) == 2
    assert [s[0] for s in steps] == [0, 1, 2]
    assert steps[0][2] == "Đang tổng hợp số liệu…"


@pytest.mark.parametrize("stop_at", [0, 2], ids=["at-once", "after-rendering"])
def test_stopped_report_writes_nothing(demo_ws: Workspace, tmp_path: Path, stop_at: int) -> None:
    progress = Progress(lambda done, _total, _text: progress.cancel() if done == stop_at else None)
    target = tmp_path / "ra" / "dung.pdf"
    with pytest.raises(Cancelled):
        write_report(demo_ws, target, progress=progress)
    assert not target.parent.exists()  # not even a temporary file


def test_overdue_rule_and_follow_up_rows(demo_ws: Workspace) -> None:
    assert is_overdue("2024-09-30", "chua_thuc_hien", "2024-10-01")
    assert is_overdue("2024-09-30", "dang_thuc_hien", "2024-10-01")
    assert not is_overdue("2024-09-30", "da_hoan_thanh", "2024-10-01")
    assert not is_overdue("2024-09-30", "chua_thuc_hien", "2024-09-30")  # due today: not late
    assert not is_overdue(None, "chua_thuc_hien", "2030-01-01")
    rows = followups(demo_ws, today=dt.date(2025, 1, 1))
    commune = next(r for r in rows if r["unit_name"] == "Xã Đồng Bục")
    assert commune["unit_parent_name"] == "Huyện Lộc Bình"
    assert commune["plan_number"] == "80/KH-BCĐCCHC" and commune["plan_id"]
    assert commune["overdue"] is True


def test_a_report_named_like_a_folder_is_refused_by_its_own_name(
    demo_ws: Workspace, tmp_path: Path
) -> None:
    target = tmp_path / "ra" / "bao-cao.pdf"
    target.mkdir(parents=True)
    with pytest.raises(UserError) as caught:
        write_report(demo_ws, target)
    assert caught.value.vi == f"{target} là một thư mục. Hãy chọn tên tệp khác."
    assert list(target.parent.iterdir()) == [target]  # no temporary file left behind
