"""Signed minutes and document numbers between laptops: a second signature made after the first
was merged, two laptops signing the same revision, the same number handed out twice. Real PDFs
signed with the test CA's certificates, real packages, through `cchc`."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from cchc_desktop.exchange.export import export_package
from cchc_desktop.exchange.merge import merge_file
from cchc_desktop.exchange.trust import accept
from cchc_desktop.store import records
from cchc_desktop.store.datafolder import DataFolder
from cchc_desktop.store.keys import own_identity
from tests import minutes_samples as samples
from tests.exchange_support import (
    P12_ENV,
    certificates,
    comparable,
    copy_folder,
    dump,
    inspection_on,
    laptop,
    open_ws,
    rows_of,
)
from tests.pki import PASSWORD

OUTCOMES_CHANGING = ("added", "updated", "conflicts", "refused")


@pytest.fixture
def team(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Laptop A made an inspection; laptop B and the secretary S merged A's first package, and
    S trusts both laptops."""
    monkeypatch.setenv(P12_ENV, PASSWORD)
    a, b, s = laptop(tmp_path, "A"), laptop(tmp_path, "B"), laptop(tmp_path, "S")
    with open_ws(a) as ws:
        inspection = inspection_on(ws)
        # A complete record (its biên bản may be signed); the team lead printed is the holder
        # of the test CA's lead certificate.
        samples.make_ready(ws, inspection, lead=samples.LEAD_HOLDER)
        base = export_package(ws, everything=True, target=tmp_path / "base.cchc").path
    for folder in (b, s):
        with open_ws(folder) as ws:
            merge_file(ws, base, trust_new=True)
    with open_ws(s) as ws:
        accept(ws, own_identity(DataFolder(b)))
    return {
        "A": a, "B": b, "S": s, "inspection": inspection, "root": tmp_path,
        "keys": certificates(tmp_path),
    }  # fmt: skip


def sign_up_unit(cli: Callable[..., Any], folder: Path, inspection: str) -> None:
    """The commune's chairman as the unit's signer, so the PDF has his signature field."""
    done = cli(
        "sign", inspection, "--role", "dai_dien_don_vi", "--name", "Hoàng Văn Bình",
        "--title", "Chủ tịch UBND xã Mông Ân", data=folder,
    )  # fmt: skip
    assert done.code == 0, done.err


def make(
    cli: Callable[..., Any], team: dict[str, Any], folder: Path, inspection: str, pdf: Path,
    *, signed: bool = True,
) -> dict[str, Any]:  # fmt: skip
    """`cchc minutes make`: issued and digitally signed by the team lead, or (``signed`` False)
    issued for signing on paper — either takes the number."""
    signing = (
        ["--p12", str(team["keys"]["lead"]), "--p12-password-env", P12_ENV]
        if signed
        else ["--final"]
    )
    made = cli("--json", "minutes", "make", inspection, "-o", str(pdf), *signing, data=folder)
    assert made.code == 0, made.err
    return made.json()  # type: ignore[no-any-return]


def export(cli: Callable[..., Any], folder: Path, target: Path) -> Path:
    assert cli("export", "--all", "-o", str(target), data=folder).code == 0
    return target


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def verified(cli: Callable[..., Any], folder: Path, pdf_sha: str) -> list[str]:
    """The signers of a PDF in a data folder's media store, checked by `cchc minutes verify`."""
    with open_ws(folder) as ws:
        path = ws.media.blob_path(pdf_sha)
    ca = folder.parent / "keys" / "ca.pem"  # written by the team fixture
    checked = cli("--json", "minutes", "verify", str(path), "--trust", str(ca), data=folder)
    assert checked.code == 0, checked.out
    report = checked.json()
    assert report["ok"] and all(not s["broken"] for s in report["signatures"])
    return [s["signer"] for s in report["signatures"]]


def minutes_row(folder: Path, inspection: str) -> dict[str, Any]:
    [row] = rows_of(folder, "SELECT * FROM minutes WHERE inspection_id = ?", (inspection,))
    return row


def test_a_second_signature_made_after_the_first_was_merged_supersedes_it(
    team: dict[str, Any], cli: Callable[..., Any]
) -> None:
    a, s, inspection, root = team["A"], team["S"], team["inspection"], team["root"]
    sign_up_unit(cli, a, inspection)
    pdf = root / "bien-ban.pdf"
    make(cli, team, a, inspection, pdf)
    first_sha = sha(pdf)
    p1 = export(cli, a, root / "a1.cchc")
    s0 = copy_folder(s, root / "S0")  # a secretary who will get the packages the other way round
    assert cli("merge", str(p1), data=s).code == 0
    assert minutes_row(s, inspection)["pdf_sha256"] == first_sha

    second = cli(
        "minutes", "sign", str(pdf), "--p12", str(team["keys"]["chairman"]),
        "--p12-password-env", P12_ENV, "--role", "dai_dien_don_vi", data=a,
    )  # fmt: skip
    assert second.code == 0, second.err
    p2 = export(cli, a, root / "a2.cchc")
    merged = cli("--json", "merge", str(p2), data=s)
    assert merged.code == 0, merged.err
    report = merged.json()[0]
    assert report["tables"]["minutes"]["updated"] == 1 and report["conflicts"] == []

    row = minutes_row(s, inspection)
    assert row["signed"] == 1 and row["pdf_sha256"] == sha(pdf) != first_sha
    with open_ws(s) as ws:
        assert ws.media.read(row["pdf_sha256"]) == pdf.read_bytes()
        assert ws.media.verify(first_sha)  # the one-signature stage stays in the store
    assert verified(cli, s, row["pdf_sha256"]) == ["Nguyễn Văn An", "Hoàng Văn Bình"]
    assert verified(cli, s, first_sha) == ["Nguyễn Văn An"]
    assert cli("--json", "conflicts", "list", data=s).json() == []

    # The longer PDF wins whichever package comes first: the older package then changes no
    # record (it only brings its one-signature PDF into the store, as every stage is kept).
    assert cli("merge", str(p2), data=s0).code == 0
    older = cli("--json", "merge", str(p1), data=s0).json()[0]
    assert older["blobs_added"] == 1
    assert not any(
        counts.get(outcome) for counts in older["tables"].values() for outcome in OUTCOMES_CHANGING
    )
    assert minutes_row(s0, inspection)["pdf_sha256"] == sha(pdf)
    assert comparable(s0) == comparable(s)


@pytest.fixture
def signed_twice(team: dict[str, Any], cli: Callable[..., Any]) -> dict[str, Any]:
    """A and B each made and signed revision 1 of the same inspection's minutes, B after adding
    a finding; S merged A's package, then B's (and S0, a copy of S before, merged B then A)."""
    a, b, s, inspection, root = team["A"], team["B"], team["S"], team["inspection"], team["root"]
    pdf_a, pdf_b = root / "bien-ban-a.pdf", root / "bien-ban-b.pdf"
    make(cli, team, a, inspection, pdf_a)
    added = cli(
        "findings", "add", inspection, "--kind", "uu_diem",
        "--text", "Bộ phận Một cửa bố trí đủ công chức", data=b,
    )  # fmt: skip
    assert added.code == 0, added.err
    make(cli, team, b, inspection, pdf_b)
    pa, pb = export(cli, a, root / "a.cchc"), export(cli, b, root / "b.cchc")
    s0 = copy_folder(s, root / "S0")
    merged = cli("merge", str(pa), str(pb), data=s)
    assert merged.code == 0, merged.err
    other = cli("merge", str(pb), str(pa), data=s0)
    assert other.code == 0, other.err
    return {**team, "S0": s0, "pdf_a": pdf_a, "pdf_b": pdf_b, "pa": pa, "pb": pb}


def test_two_laptops_signing_the_same_revision_meet_as_a_conflict(
    signed_twice: dict[str, Any], cli: Callable[..., Any]
) -> None:
    t = signed_twice
    s, inspection = t["S"], t["inspection"]
    conflicts = cli("--json", "conflicts", "list", data=s).json()
    assert [(c["table"], c["keep_both"]) for c in conflicts] == [("minutes", "none")]
    item = conflicts[0]
    assert {"pdf_sha256", "snapshot_sha256"} <= set(item["fields"])
    sides = {item["mine"]["values"]["pdf_sha256"], item["theirs"][0]["values"]["pdf_sha256"]}
    assert sides == {sha(t["pdf_a"]), sha(t["pdf_b"])}
    # Both signed PDFs are kept byte for byte and still verify; the row shows a signed one.
    with open_ws(s) as ws:
        for pdf in (t["pdf_a"], t["pdf_b"]):
            assert ws.media.read(sha(pdf)) == pdf.read_bytes()
    for pdf in (t["pdf_a"], t["pdf_b"]):
        assert verified(cli, s, sha(pdf)) == ["Nguyễn Văn An"]
    row = minutes_row(s, inspection)
    assert row["signed"] == 1 and row["pdf_sha256"] == item["mine"]["values"]["pdf_sha256"]
    # The same database in either order: in one of them the row had to switch from the signed
    # version merged first to the one shown, which the database allows only while an open
    # conflict holds that version (migration m0005).
    assert comparable(s) == comparable(t["S0"])
    before = dump(s)
    again = cli("merge", str(t["pa"]), str(t["pb"]), data=s)
    assert again.code == 0 and again.out.count("Không có gì mới") == 2
    assert dump(s) == before


def test_the_database_lets_a_signed_row_show_only_a_version_its_conflict_holds(
    signed_twice: dict[str, Any], cli: Callable[..., Any]
) -> None:
    t = signed_twice
    item = cli("--json", "conflicts", "list", data=t["S"]).json()[0]
    theirs = {
        k: v
        for k, v in item["theirs"][0]["values"].items()
        if k not in ("id", "rev", "vv", "updated_at", "device_id")
    }
    with open_ws(t["S"]) as ws:
        record_id = item["record_id"]
        for change in (
            {"doc_number": "99/BB-ĐKT"},
            {"signed": 0},
            {**theirs, "signed_at": "2024-07-03T08:00:00+07:00"},
        ):
            with pytest.raises(sqlite3.DatabaseError, match="immutable"):
                records.update(ws, "minutes", record_id, change)
        with pytest.raises(sqlite3.DatabaseError, match="immutable"):
            records.delete(ws, "minutes", record_id)
        records.update(ws, "minutes", record_id, theirs)  # the other signed version: allowed
        assert records.get(ws, "minutes", record_id)["pdf_sha256"] == theirs["pdf_sha256"]  # type: ignore[index]


def test_keep_both_is_not_offered_for_signed_minutes(
    signed_twice: dict[str, Any], cli: Callable[..., Any]
) -> None:
    s = signed_twice["S"]
    item = cli("--json", "conflicts", "list", data=s).json()[0]
    before = dump(s)
    refused = cli("conflicts", "resolve", item["id"], "--keep", "both", data=s)
    assert refused.code == 1
    assert "Hai bản biên bản đã ký là hai văn bản khác nhau" in refused.err
    assert "--keep mine hoặc --keep theirs" in refused.err
    assert dump(s) == before


@pytest.mark.parametrize("keep", ["mine", "theirs"])
def test_resolving_signed_minutes_keeps_one_pdf_and_both_files(
    keep: str, signed_twice: dict[str, Any], cli: Callable[..., Any]
) -> None:
    t = signed_twice
    s, inspection, root = t["S"], t["inspection"], t["root"]
    item = cli("--json", "conflicts", "list", data=s).json()[0]
    kept = (item["mine"] if keep == "mine" else item["theirs"][0])["values"]["pdf_sha256"]
    done = cli("conflicts", "resolve", item["id"][:8], "--keep", keep, data=s)
    assert done.code == 0, done.err
    row = minutes_row(s, inspection)
    assert row["signed"] == 1 and row["pdf_sha256"] == kept
    assert verified(cli, s, kept) == ["Nguyễn Văn An"]
    with open_ws(s) as ws:
        assert ws.media.verify(sha(t["pdf_a"])) and ws.media.verify(sha(t["pdf_b"]))
    assert cli("--json", "conflicts", "list", data=s).json() == []
    # The laptops' packages again: the decision stands.
    assert cli("merge", str(t["pa"]), str(t["pb"]), data=s).code == 0
    assert cli("--json", "conflicts", "list", data=s).json() == []

    # The decision travels. The laptop whose PDF was kept takes it quietly; the other one's
    # own signed row is never overwritten: it meets the decision as a conflict of its own.
    back = export(cli, s, root / "s.cchc")
    winner, loser = (t["A"], t["B"]) if kept == sha(t["pdf_a"]) else (t["B"], t["A"])
    own_pdf = minutes_row(loser, inspection)["pdf_sha256"]
    for folder in (winner, loser):
        assert cli("merge", "--trust-new", str(back), data=folder).code == 0
    assert minutes_row(winner, inspection)["pdf_sha256"] == kept
    assert cli("--json", "conflicts", "list", data=winner).json() == []
    assert minutes_row(loser, inspection)["pdf_sha256"] == own_pdf != kept
    there = cli("--json", "conflicts", "list", data=loser).json()
    assert [c["table"] for c in there] == ["minutes"]


def old_draft(folder: Path, inspection: str, text: str) -> None:
    """A draft row as version 0.1 stored one at each preview (``signed`` 0): the app no longer
    makes them, but a laptop that has not been updated still sends them."""
    from cchc_desktop.minutes.register import minutes_id

    with open_ws(folder) as ws:
        record = minutes_id(inspection, 1)
        values = {
            "inspection_id": inspection, "revision_no": 1, "doc_number": "01/BB-ĐKT",
            "pdf_sha256": ws.media.put_bytes(b"%PDF-1.4 " + text.encode()),
            "snapshot_sha256": ws.media.put_bytes(text.encode()), "page_count": 1,
        }  # fmt: skip
        if records.get(ws, "minutes", record) is None:
            records.insert(ws, "minutes", values, record_id=record)
        else:
            records.update(ws, "minutes", record, values)


def test_a_signed_version_is_never_replaced_by_a_draft(
    team: dict[str, Any], cli: Callable[..., Any]
) -> None:
    a, b, s, inspection, root = team["A"], team["B"], team["S"], team["inspection"], team["root"]
    make(cli, team, a, inspection, root / "a.pdf")
    # B, still on version 0.1, stored its draft twice (a changed finding in between).
    old_draft(b, inspection, "draft one")
    assert cli("findings", "add", inspection, "--kind", "ton_tai", "--text", "Thiếu ghế chờ",
               data=b).code == 0  # fmt: skip
    old_draft(b, inspection, "draft two")
    pa, pb = export(cli, a, root / "a.cchc"), export(cli, b, root / "b.cchc")
    s0 = copy_folder(s, root / "S0")
    assert cli("merge", str(pb), str(pa), data=s).code == 0
    assert cli("merge", str(pa), str(pb), data=s0).code == 0
    assert comparable(s) == comparable(s0)
    row = minutes_row(s, inspection)
    assert row["signed"] == 1 and row["pdf_sha256"] == sha(root / "a.pdf")  # in either order
    [item] = [
        c for c in cli("--json", "conflicts", "list", data=s).json() if c["table"] == "minutes"
    ]
    assert item["theirs"][0]["values"]["signed"] == 0
    before = dump(s)
    refused = cli("conflicts", "resolve", item["id"], "--keep", "theirs", data=s)
    assert refused.code == 1 and "không thể thay bằng bản nháp chưa ký" in refused.err
    assert dump(s) == before
    assert cli("conflicts", "resolve", item["id"], "--keep", "mine", data=s).code == 0


def test_the_same_number_given_on_two_laptops_is_a_conflict_and_numbering_goes_on(
    team: dict[str, Any], cli: Callable[..., Any]
) -> None:
    a, b, s, root = team["A"], team["B"], team["S"], team["root"]
    ia = team["inspection"]
    with open_ws(b) as ws:
        ib = inspection_on(ws, unit_code="08170", unit_name="Xã Hoàng Văn Thụ")
        samples.make_ready(ws, ib)
    # Both laptops issue a biên bản for paper while offline: each takes the plan's 01.
    assert make(cli, team, a, ia, root / "a.pdf", signed=False)["doc_number"] == "01/BB-ĐKT"
    assert make(cli, team, b, ib, root / "b.pdf", signed=False)["doc_number"] == "01/BB-ĐKT"
    pa, pb = export(cli, a, root / "a.cchc"), export(cli, b, root / "b.cchc")
    s0 = copy_folder(s, root / "S0")
    assert cli("merge", str(pa), str(pb), data=s).code == 0
    assert cli("merge", str(pb), str(pa), data=s0).code == 0
    assert comparable(s) == comparable(s0)

    conflicts = cli("--json", "conflicts", "list", data=s).json()
    assert [c["table"] for c in conflicts] == ["doc_numbers"]
    item = conflicts[0]
    assert item["fields"] == ["inspection_id"]
    sides = [item["mine"]["values"], item["theirs"][0]["values"]]
    assert {v["inspection_id"] for v in sides} == {ia, ib}
    assert {v["doc_number"] for v in sides} == {"01/BB-ĐKT"}
    listed = cli("conflicts", "list", data=s)
    assert "số biên bản đã cấp" in listed.out

    # The next number at the secretary's is above every number seen from any laptop.
    with open_ws(s) as ws:
        ic = inspection_on(ws, unit_code="08176", unit_name="Xã Hòa Cư")
        samples.make_ready(ws, ic)
    assert make(cli, team, s, ic, root / "c.pdf", signed=False)["doc_number"] == "02/BB-ĐKT"

    refused = cli("conflicts", "resolve", item["id"], "--keep", "both", data=s)
    assert refused.code == 1 and "không thể giữ cả hai bản" in refused.err
    assert cli("conflicts", "resolve", item["id"], "--keep", "mine", data=s).code == 0
    # The issued biên bản that lost the number keeps what it printed; it is put right by a
    # biên bản bổ sung, which takes a new number.
    loser = item["theirs"][0]["values"]["inspection_id"]
    assert cli("minutes", "supplement", loser, data=s).code == 0
    again = make(cli, team, s, loser, root / "again.pdf", signed=False)
    assert again["doc_number"] == "03/BB-ĐKT" and again["revision_no"] == 2
    numbers = rows_of(s, "SELECT seq, inspection_id FROM doc_numbers ORDER BY seq")
    assert [(n["seq"], n["inspection_id"]) for n in numbers] == [
        (1, item["mine"]["values"]["inspection_id"]),
        (2, ic),
        (3, loser),
    ]


def test_a_signed_version_the_database_refuses_to_show_leaves_no_conflict_behind(
    team: dict[str, Any], cli: Callable[..., Any]
) -> None:
    """A's own key signs a package (a broken or hostile app) whose signed minutes claim another
    inspection, as a later change of A's. Verification refuses the whole package (the
    signed PDF is not the biên bản of that record); and should such a version ever reach the
    merge, the database is the last guard: it refuses the row, the record is named as
    refused, and no conflict is left pointing at it, while the rest of the package (a new
    inspection) goes in. (The hostile app signs the version too, with A's key: provenance
    proves who wrote it, not that it is sound.)"""
    import json

    from cchc_desktop.exchange import format as fmt
    from cchc_desktop.exchange.merge import merge_verified
    from cchc_desktop.exchange.verify import verify_package
    from cchc_desktop.store.datafolder import DataFolder
    from cchc_desktop.store.keys import ensure_key
    from cchc_desktop.store.provenance import attest, sig_text
    from tests.exchange.test_crafted_packages import read_members, redeclare, resign, write_zip

    a, s, inspection, root = team["A"], team["S"], team["inspection"], team["root"]
    make(cli, team, a, inspection, root / "a.pdf")
    assert cli("merge", str(export(cli, a, root / "a.cchc")), data=s).code == 0
    with open_ws(a) as ws:
        other = inspection_on(ws, unit_code="08170", unit_name="Xã Hoàng Văn Thụ")
    honest = export(cli, a, root / "a2.cchc")
    members, _ = read_members(honest)
    name = fmt.records_member("minutes")
    [row] = [json.loads(line) for line in members[name].splitlines()]
    claimed = json.loads(row["vv"])
    claimed[row["device_id"]] = claimed.get(row["device_id"], 0) + 1  # a later change of A
    row.update(inspection_id=other, vv=json.dumps(claimed), rev=row["rev"] + 1)
    row["sig"] = sig_text([attest(ensure_key(DataFolder(a)), "minutes", row)])
    members[name] = fmt.jsonl([row])
    redeclare(members, name)
    resign(a, members)
    forged = root / "forged.cchc"
    write_zip(forged, members)
    before = minutes_row(s, inspection)
    dumped = dump(s)

    refused = cli("merge", str(forged), data=s)
    assert refused.code == 1 and row["id"] in refused.err
    assert "không phải biên bản của bản ghi này" in refused.err
    assert dump(s) == dumped

    # The database's own guard, met by a version that passed every check before it.
    with open_ws(s) as ws:
        verified = verify_package(ws, honest, stage=True)
        try:
            verified.records["minutes"] = [row]
            report = merge_verified(ws, verified)
        finally:
            verified.discard()
    [item] = report.refused
    assert item["table"] == "minutes" and "biên bản đã ký không được thay" in item["reason"]
    assert minutes_row(s, inspection) == before
    assert rows_of(s, "SELECT id FROM inspections WHERE id = ?", (other,))  # the rest went in
    assert rows_of(s, "SELECT id FROM conflicts") == []


def test_minutes_signed_on_paper_travel_with_its_scan_and_is_named_at_the_office(
    team: dict[str, Any], cli: Callable[..., Any]
) -> None:
    """The paper path end to end: the final PDF to print, the scan of the signed pages (real
    phone photos) recorded at A, the packages merged at the office in either order; the office's
    `minutes list` and `minutes verify` name the scan, and the inspection stays locked there."""
    from tests.exchange_support import photo_files

    a, s, inspection, root = team["A"], team["S"], team["inspection"], team["root"]
    final = root / "in-ra.pdf"
    issued = make(cli, team, a, inspection, final, signed=False)
    assert issued["paper"] and not issued["signed"] and final.read_bytes().startswith(b"%PDF")
    p1 = export(cli, a, root / "a1.cchc")
    pages = photo_files(root / "anh", "trang", 2)
    attached = cli("--json", "minutes", "attach-signed", inspection, *map(str, pages), data=a)
    assert attached.code == 0, attached.err
    scan = Path(attached.json()["outbox"])
    p2 = export(cli, a, root / "a2.cchc")
    s0 = copy_folder(s, root / "S0")

    assert cli("merge", str(p1), data=s).code == 0
    waiting = cli("minutes", "list", inspection, data=s)
    assert "đã phát hành để ký giấy, chờ bản quét" in waiting.out
    merged = cli("--json", "merge", str(p2), data=s)
    assert merged.code == 0, merged.err
    report = merged.json()[0]
    assert report["tables"]["minutes"]["updated"] == 1 and report["conflicts"] == []
    assert cli("merge", str(p2), str(p1), data=s0).code == 0  # the other order: the same
    assert comparable(s0) == comparable(s)

    listed = cli("minutes", "list", inspection, data=s)
    assert "bản giấy đã ký (bản quét)" in listed.out and "01/BB-ĐKT" in listed.out
    row = minutes_row(s, inspection)
    assert row["paper"] == 1 and row["scan_pages"] == 2 and row["scan_sha256"] == sha(scan)
    verified = cli("minutes", "verify", str(scan), data=s)
    assert verified.code == 0, verified.err
    assert "Biên bản số 01/BB-ĐKT — Xã Mông Ân" in verified.out
    assert "bản giấy đã ký (bản quét), 2 trang" in verified.out
    as_json = cli("--json", "minutes", "verify", str(scan), data=s).json()
    assert as_json["paper_scan"] and as_json["doc_number"] == "01/BB-ĐKT"
    # A folder that never received the package cannot vouch for the file.
    assert cli("minutes", "verify", str(scan), data=team["B"]).code == 4
    locked = cli("answer", inspection, "D1", "khong_dat", "--note", "sửa", data=s)
    assert locked.code == 1 and "biên bản bổ sung" in locked.err
    assert cli("check", data=s).code == 0  # every blob the rows name is there and intact


def test_in_bulk_a_signed_version_is_skipped_and_said_why(
    team: dict[str, Any], cli: Callable[..., Any]
) -> None:
    """ "Lấy bản trong gói" for a whole inspection: the draft never replaces the signed biên
    bản; that conflict is skipped, counted and explained, the others are settled."""
    a, b, s, inspection, root = team["A"], team["B"], team["S"], team["inspection"], team["root"]
    make(cli, team, a, inspection, root / "a.pdf")
    old_draft(b, inspection, "draft one")
    pa, pb = export(cli, a, root / "a.cchc"), export(cli, b, root / "b.cchc")
    assert cli("merge", str(pa), str(pb), data=s).code == 0
    conflicts = cli("--json", "conflicts", "list", data=s).json()
    assert "minutes" in {c["table"] for c in conflicts}
    done = cli(
        "--json", "conflicts", "resolve", "--inspection", inspection, "--keep", "theirs", data=s
    )
    assert done.code == 1  # something was left: said on stderr, one line each
    decision = done.json()
    [skipped] = decision["skipped"]
    assert skipped["table"] == "minutes"
    assert "biên bản đã ký không được thay bằng bản nháp chưa ký" in skipped["reason"]
    assert f"Bỏ qua xung đột {skipped['conflict'][:8]}: biên bản đã ký" in done.err
    assert len(decision["resolved"]) == len(conflicts) - 1
    assert minutes_row(s, inspection)["pdf_sha256"] == sha(root / "a.pdf")
    left = cli("--json", "conflicts", "list", data=s).json()
    assert [c["table"] for c in left] == ["minutes"]


def test_a_bulk_choice_between_two_signed_minutes_is_undone_exactly(
    signed_twice: dict[str, Any], cli: Callable[..., Any]
) -> None:
    """The other signed PDF taken for the whole inspection, then undone: the row shows the
    first signed version again (allowed while its reopened conflict holds it)."""
    t = signed_twice
    s, inspection = t["S"], t["inspection"]
    minutes, conflicts = rows_of(s, "SELECT * FROM minutes"), rows_of(s, "SELECT * FROM conflicts")
    done = cli("conflicts", "resolve", "--inspection", inspection, "--keep", "theirs", data=s)
    assert done.code == 0, done.err
    assert rows_of(s, "SELECT * FROM minutes") != minutes
    undone = cli("conflicts", "undo", data=s)
    assert undone.code == 0, undone.err
    assert rows_of(s, "SELECT * FROM minutes") == minutes
    assert rows_of(s, "SELECT * FROM conflicts") == conflicts
