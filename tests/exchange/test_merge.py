"""Merge rules, idempotence, conflicts shown and resolved, trust, the merge report."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from cchc_desktop.errors import UserError
from cchc_desktop.exchange.export import export_package
from cchc_desktop.exchange.merge import merge_file
from cchc_desktop.exchange.verify import STALE_STAGING_SECONDS
from cchc_desktop.store import records
from cchc_desktop.store.answers import answer_identity, set_answer
from cchc_desktop.store.findings import add_finding, delete_finding, update_finding
from tests.exchange_support import (
    comparable,
    dump,
    inspection_on,
    laptop,
    open_ws,
    staging_empty,
)


@pytest.fixture
def trio(tmp_path: Path) -> dict[str, Any]:
    """A (made the inspection), B and secretary S, the latter two holding A's first package."""
    a, b, s = laptop(tmp_path, "A"), laptop(tmp_path, "B"), laptop(tmp_path, "S")
    with open_ws(a) as ws:
        inspection = inspection_on(ws)
        base = export_package(ws, everything=True, target=tmp_path / "base.cchc").path
    for folder in (b, s):
        with open_ws(folder) as ws:
            merge_file(ws, base, trust_new=True)
    return {"A": a, "B": b, "S": s, "inspection": inspection, "root": tmp_path}


def export_from(folder: Path, target: Path) -> Path:
    with open_ws(folder) as ws:
        return export_package(ws, everything=True, target=target).path


def test_package_lands_whole_on_an_empty_database(trio: dict[str, Any]) -> None:
    audit_of = "SELECT id FROM audit_log WHERE record_id = ?"
    with open_ws(trio["S"]) as ws:
        row = records.get(ws, "inspections", trio["inspection"])
        assert row is not None
        answers = {
            code: (result, note)
            for code, result, note in ws.db.execute(
                "SELECT criterion_code, result, note FROM answers"
            )
        }
        assert answers == {
            "D1": ("dat", "Niêm yết đầy đủ"),
            "D2": ("khong_dat", "Còn hồ sơ chậm hạn"),
        }
        signer = ws.db.execute("SELECT image_sha256 FROM signers").fetchone()[0]
        assert ws.media.verify(signer)
        # Its audit trail came along whole, each entry once.
        here = {r[0] for r in ws.db.execute(audit_of, [trio["inspection"]])}
        ids = [r[0] for r in ws.db.execute("SELECT id FROM audit_log")]
        assert len(ids) == len(set(ids))
    with open_ws(trio["A"]) as ws:
        there = {r[0] for r in ws.db.execute(audit_of, [trio["inspection"]])}
    assert there and there <= here


def test_newer_revision_is_taken_and_merging_again_changes_nothing(
    trio: dict[str, Any], cli: Callable[..., Any]
) -> None:
    with open_ws(trio["A"]) as ws:
        set_answer(ws, trio["inspection"], "D2", "dat_mot_phan", note="Đã khắc phục một phần")
    package = export_from(trio["A"], trio["root"] / "a2.cchc")
    first = cli("--json", "merge", str(package), data=trio["S"])
    assert first.code == 0, first.err
    report = first.json()[0]
    assert report["tables"]["answers"]["updated"] == 1
    with open_ws(trio["S"]) as ws:
        row = records.get(ws, "answers", answer_identity(trio["inspection"], "D2"))
        assert row is not None and row["result"] == "dat_mot_phan"
    before = dump(trio["S"])
    again = cli("merge", str(package), data=trio["S"])
    assert again.code == 0 and "đã được gộp lúc" in again.out and "Không có gì mới" in again.out
    assert dump(trio["S"]) == before
    # Recognised from the manifest alone (exchange/remerge.py), before any member is read: a
    # copy whose records' bytes were swapped after the first merge is not even opened
    # (a full check would refuse it for its hashes); nothing is staged, nothing changes.
    import zipfile

    copy = trio["root"] / "a2-ban-sao.cchc"
    with zipfile.ZipFile(package) as source, zipfile.ZipFile(copy, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename.startswith("records/"):
                data = data.replace(b"dat_mot_phan", b"khong_dat___")
            target.writestr(info, data)
    with zipfile.ZipFile(copy) as swapped:  # the swap took: a full check would refuse it
        assert b"khong_dat___" in swapped.read("records/answers.jsonl")
    again_json = cli("--json", "merge", str(copy), data=trio["S"]).json()[0]
    assert again_json["merged_before"] and again_json["package_id"] == report["package_id"]
    assert staging_empty(trio["S"]) and dump(trio["S"]) == before


def test_same_answer_edited_on_two_laptops_is_a_conflict_with_both_values(
    trio: dict[str, Any], cli: Callable[..., Any]
) -> None:
    with open_ws(trio["A"]) as ws:
        set_answer(ws, trio["inspection"], "D2", "dat", note="Đã xử lý xong (A)")
    with open_ws(trio["B"]) as ws:
        set_answer(ws, trio["inspection"], "D2", "khong_dat", note="Vẫn còn 3 hồ sơ trễ (B)")
    pa = export_from(trio["A"], trio["root"] / "a.cchc")
    pb = export_from(trio["B"], trio["root"] / "b.cchc")
    merged = cli("merge", "--trust-new", str(pa), str(pb), data=trio["S"])
    assert merged.code == 0, merged.err  # a conflict is recorded, not a refusal
    assert "xung đột 1" in merged.out and "— xem: cchc conflicts list" in merged.out

    listing = cli("--json", "conflicts", "list", data=trio["S"])
    items = listing.json()
    assert len(items) == 1
    item = items[0]
    assert item["table"] == "answers" and set(item["fields"]) >= {"result", "note"}
    values = {item["mine"]["values"]["note"], item["theirs"][0]["values"]["note"]}
    assert values == {"Đã xử lý xong (A)", "Vẫn còn 3 hồ sơ trễ (B)"}
    text = cli("conflicts", "list", data=trio["S"]).out
    assert "Đã xử lý xong (A)" in text and "Vẫn còn 3 hồ sơ trễ (B)" in text


def _conflicted(trio: dict[str, Any], cli: Callable[..., Any]) -> dict[str, Any]:
    test_same_answer_edited_on_two_laptops_is_a_conflict_with_both_values(trio, cli)
    return cli("--json", "conflicts", "list", data=trio["S"]).json()[0]  # type: ignore[no-any-return]


@pytest.mark.parametrize("keep", ["mine", "theirs", "both"])
def test_resolve_does_what_it_says(
    keep: str, trio: dict[str, Any], cli: Callable[..., Any]
) -> None:
    item = _conflicted(trio, cli)
    mine, theirs = item["mine"]["values"], item["theirs"][0]["values"]
    done = cli("conflicts", "resolve", item["id"][:8], "--keep", keep, data=trio["S"])
    assert done.code == 0, done.err
    with open_ws(trio["S"]) as ws:
        row = records.get(ws, "answers", item["record_id"])
        assert row is not None
        if keep == "mine":
            assert (row["result"], row["note"]) == (mine["result"], mine["note"])
        elif keep == "theirs":
            assert (row["result"], row["note"]) == (theirs["result"], theirs["note"])
        else:
            assert row["result"] == mine["result"]
            assert mine["note"] in row["note"] and theirs["note"] in row["note"]
            assert "Bản khác" in row["note"]
        vv = json.loads(row["vv"])
        for side in (item["mine"], item["theirs"][0]):
            assert all(vv.get(d, 0) >= n for d, n in side["vv"].items())
    assert cli("--json", "conflicts", "list", data=trio["S"]).json() == []
    # The decision travels: re-merging the laptops' packages does not reopen the conflict.
    again = cli("merge", str(trio["root"] / "a.cchc"), str(trio["root"] / "b.cchc"), data=trio["S"])
    assert again.code == 0 and cli("--json", "conflicts", "list", data=trio["S"]).json() == []
    # …and a laptop receiving the secretary's package takes the decision without a conflict.
    back = export_from(trio["S"], trio["root"] / "s.cchc")
    with open_ws(trio["A"]) as ws:
        report = merge_file(ws, back, trust_new=True)
        assert not report.conflicts
        assert records.get(ws, "answers", item["record_id"])["note"] == row["note"]  # type: ignore[index]


def test_keep_both_for_findings_makes_two_findings(
    trio: dict[str, Any], cli: Callable[..., Any]
) -> None:
    with open_ws(trio["A"]) as ws:
        finding = ws.db.execute("SELECT id FROM findings WHERE kind = 'kien_nghi'").fetchone()[0]
        update_finding(ws, finding, text="Kiến nghị theo bản A")
    with open_ws(trio["B"]) as ws:
        update_finding(ws, finding, text="Kiến nghị theo bản B")
    pa, pb = (
        export_from(trio["A"], trio["root"] / "a.cchc"),
        export_from(trio["B"], trio["root"] / "b.cchc"),
    )
    assert cli("merge", "--trust-new", str(pa), str(pb), data=trio["S"]).code == 0
    conflict = cli("--json", "conflicts", "list", data=trio["S"]).json()[0]
    assert cli("conflicts", "resolve", conflict["id"], "--keep", "both", data=trio["S"]).code == 0
    with open_ws(trio["S"]) as ws:
        texts = sorted(
            r[0]
            for r in ws.db.execute(
                "SELECT text FROM findings WHERE kind = 'kien_nghi' AND deleted = 0"
            )
        )
    assert texts == ["Kiến nghị theo bản A", "Kiến nghị theo bản B"]


def test_deleted_on_one_laptop_edited_on_the_other_keeps_both(
    trio: dict[str, Any], cli: Callable[..., Any]
) -> None:
    with open_ws(trio["A"]) as ws:
        finding = ws.db.execute("SELECT id FROM findings WHERE kind = 'ton_tai'").fetchone()[0]
        delete_finding(ws, finding)
    with open_ws(trio["B"]) as ws:
        update_finding(ws, finding, text="Tỷ lệ thanh toán trực tuyến mới đạt 12%")
    pa, pb = (
        export_from(trio["A"], trio["root"] / "a.cchc"),
        export_from(trio["B"], trio["root"] / "b.cchc"),
    )
    assert cli("merge", "--trust-new", str(pa), str(pb), data=trio["S"]).code == 0
    with open_ws(trio["S"]) as ws:
        row = records.get(ws, "findings", finding)
        assert (
            row is not None and row["text"] == "Tỷ lệ thanh toán trực tuyến mới đạt 12%"
        )  # live shown
    item = cli("--json", "conflicts", "list", data=trio["S"]).json()[0]
    assert item["theirs"][0]["deleted"] is True


def test_a_tombstone_is_honoured(trio: dict[str, Any], cli: Callable[..., Any]) -> None:
    with open_ws(trio["A"]) as ws:
        finding = ws.db.execute("SELECT id FROM findings WHERE kind = 'ton_tai'").fetchone()[0]
        delete_finding(ws, finding)
    pa = export_from(trio["A"], trio["root"] / "a.cchc")
    assert cli("merge", "--trust-new", str(pa), data=trio["S"]).code == 0
    with open_ws(trio["S"]) as ws:
        assert records.get(ws, "findings", finding) is None
        assert records.get(ws, "findings", finding, include_deleted=True) is not None


def test_untrusted_device_is_refused_with_the_way_to_accept_it(
    tmp_path: Path, cli: Callable[..., Any]
) -> None:
    a, s = laptop(tmp_path, "A"), laptop(tmp_path, "S")
    with open_ws(a) as ws:
        inspection_on(ws)
    package = export_from(a, tmp_path / "a.cchc")
    before = dump(s)
    refused = cli("merge", str(package), data=s)
    assert refused.code == 1
    digits = cli("--json", "devices", "self", data=a).json()["fingerprint_digits"]
    assert "chưa được tin cậy" in refused.err and f"vân tay {digits}" in refused.err
    assert "cchc devices trust" in refused.err
    assert dump(s) == before
    fp = cli("--json", "devices", "self", data=a).json()["fingerprint"]
    wrong = cli("devices", "trust", str(package), "--fingerprint", "SHA256:xyz", data=s)
    assert wrong.code == 1 and dump(s) == before
    assert cli("devices", "trust", str(package), "--fingerprint", fp, data=s).code == 0
    assert cli("merge", str(package), data=s).code == 0
    assert [d["fingerprint"] for d in cli("--json", "devices", "list", data=s).json()] == [fp]


def test_batch_merges_the_good_and_names_the_bad(
    trio: dict[str, Any], cli: Callable[..., Any]
) -> None:
    good = export_from(trio["A"], trio["root"] / "good.cchc")
    bad = trio["root"] / "bad.cchc"
    bad.write_bytes(good.read_bytes()[:500])
    result = cli("merge", str(bad), str(good), data=trio["S"])
    assert result.code == 1
    assert "bad.cchc" in result.err and "good.cchc" not in result.err
    assert "good.cchc" in result.out


def test_merge_report_is_kept(trio: dict[str, Any]) -> None:
    with open_ws(trio["S"]) as ws:
        merges = ws.db.execute("SELECT package_name, report FROM merges").fetchall()
        assert [m[0] for m in merges] == ["base.cchc"]
        assert json.loads(merges[0][1])["totals"]["added"] > 0
        notes = ws.db.execute(
            "SELECT new_value FROM audit_log WHERE action = 'note' AND table_name = 'merges'"
        ).fetchall()
        assert len(notes) == 1 and "base.cchc" in notes[0][0]


def test_order_does_not_matter_for_two_laptops(
    trio: dict[str, Any], cli: Callable[..., Any]
) -> None:
    from tests.exchange_support import copy_folder

    with open_ws(trio["A"]) as ws:
        set_answer(ws, trio["inspection"], "D2", "dat", note="A")
        add_finding(ws, trio["inspection"], kind="uu_diem", text="Bộ phận Một cửa gọn gàng")
    with open_ws(trio["B"]) as ws:
        set_answer(ws, trio["inspection"], "D2", "khong_dat", note="B")
        set_answer(ws, trio["inspection"], "D3", "dat")
    pa, pb = (
        export_from(trio["A"], trio["root"] / "a.cchc"),
        export_from(trio["B"], trio["root"] / "b.cchc"),
    )
    other = copy_folder(trio["S"], trio["root"] / "S2")
    assert cli("merge", "--trust-new", str(pa), str(pb), data=trio["S"]).code == 0
    assert cli("merge", "--trust-new", str(pb), str(pa), data=other).code == 0
    assert comparable(trio["S"]) == comparable(other)


def test_a_record_that_cannot_be_placed_is_refused_by_itself(
    tmp_path: Path, cli: Callable[..., Any]
) -> None:
    from cchc_desktop.store.units import add_unit, update_unit

    a, b, s = laptop(tmp_path, "A"), laptop(tmp_path, "B"), laptop(tmp_path, "S")
    with open_ws(a) as ws:  # typed without its code, the code added later
        unit = add_unit(ws, name="Xã Tân Văn", kind="xa")
        update_unit(ws, unit, code="06040")
    with open_ws(b) as ws:  # typed with its code: another identity, the same code
        add_unit(ws, name="Xã Tân Văn", kind="xa", code="06040")
        add_unit(ws, name="Xã Bình La", kind="xa", code="06049")
    pa, pb = export_from(a, tmp_path / "a.cchc"), export_from(b, tmp_path / "b.cchc")
    result = cli("merge", "--trust-new", str(pa), str(pb), data=s)
    assert result.code == 1
    assert "b.cchc" in result.err and "bị từ chối" in result.err
    with open_ws(s) as ws:
        names = sorted(r[0] for r in ws.db.execute("SELECT name FROM units"))
    assert names == ["Xã Bình La", "Xã Tân Văn"]  # the good record of b.cchc went in


def test_a_package_that_changed_since_its_preview_is_refused(trio: dict[str, Any]) -> None:
    """The window merges the package a person previewed: a file replaced meanwhile (a synced
    folder brought a newer export under the same name) is refused, nothing changed."""
    package = export_from(trio["A"], trio["root"] / "a.cchc")
    with open_ws(trio["S"]) as ws:
        previewed = merge_file(ws, package, dry_run=True).package_id
    with open_ws(trio["A"]) as ws:
        set_answer(ws, trio["inspection"], "D3", "dat", note="Sửa sau khi gửi")
    export_from(trio["A"], package)  # the same name, other content
    before = dump(trio["S"])
    with open_ws(trio["S"]) as ws, pytest.raises(UserError, match="đã thay đổi sau khi"):
        merge_file(ws, package, expected_id=previewed)
    assert dump(trio["S"]) == before and staging_empty(trio["S"])
    with open_ws(trio["S"]) as ws:  # the file as it is now, once looked at again
        again = merge_file(ws, package, dry_run=True).package_id
        assert merge_file(ws, package, expected_id=again).tables["answers"]["added"] == 1


def test_staging_left_by_an_interrupted_merge_is_swept(trio: dict[str, Any]) -> None:
    import subprocess
    import sys

    staging = trio["S"] / "staging"
    # A process that has ended: its id names a staging folder nobody owns any more.
    ended = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    dead = staging / f"pkg-{int(ended.stdout)}-killed"
    running = staging / f"pkg-{os.getppid()}-running"  # pytest's parent: alive
    old, recent = staging / "pkg-killed", staging / "pkg-unnamed"  # an older version's names
    for folder in (dead, running, old, recent):
        (folder / "media" / "blobs").mkdir(parents=True)
        (folder / "media" / "blobs" / "photo").write_bytes(b"half a photo")
    day_and_more = time.time() - STALE_STAGING_SECONDS - 60
    os.utime(old, (day_and_more, day_and_more))
    with open_ws(trio["A"]) as ws:  # something new, so that the merge checks and stages
        set_answer(ws, trio["inspection"], "D2", "dat", note="Đã khắc phục")
    package = export_from(trio["A"], trio["root"] / "a-moi.cchc")
    with open_ws(trio["S"]) as ws:
        merge_file(ws, package)
    assert not dead.exists() and not old.exists()
    for kept in (running, recent):
        assert (kept / "media" / "blobs" / "photo").read_bytes() == b"half a photo"


def test_keep_both_marks_the_other_text_with_the_date_its_writer_saw() -> None:
    from cchc_desktop.exchange.conflicts import _joined_text

    # Written at 01:30 on 2 July in Vietnam: stored as 18:30 UTC on 1 July.
    side = {"device_id": "b1c2d3e4-0000", "updated_at": "2024-07-01T18:30:00.000Z"}
    joined = _joined_text("Bản A", "Bản B", side)
    assert joined == "Bản A\n\n——— Bản khác (b1c2d3e4, 02/07/2024) ———\nBản B"
