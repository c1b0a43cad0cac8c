"""End to end through `cchc`: two team laptops and a secretary, with real photos (JPEGs from a
camera, EXIF and all) and real signed minutes (PAdES, certificates of the test's own CA).

The story: laptop A inspects one commune, attaches photos, has the biên bản signed by the team
lead and exports; laptop B (the same team's second laptop) takes A's package, inspects another
commune (one photo is the same file as one of A's), signs its biên bản and exports everything
without thumbnails; then the commune's chairman adds his signature on A and A exports again.
The secretary merges B's package and A's second one, in both orders.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from cchc_desktop.photos.derive import THUMB_KIND
from cchc_desktop.photos.library import plain_print_path
from cchc_desktop.store.synced import SYNCED_TABLES
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
    photo_files,
    png,
    rows_of,
)
from tests.pki import PASSWORD

PHOTO_FIELDS = (
    "id", "sha256", "filename", "width", "height", "orientation", "taken_at", "gps", "camera",
    "caption", "criterion", "include_in_minutes", "stamp", "position",
)  # fmt: skip


def _work_on(
    folder: Path,
    tmp: Path,
    cli: Callable[..., Any],
    keys: dict[str, Path],
    *,
    code: str,
    name: str,
    shared_photo: Path | None = None,
) -> tuple[str, Path]:
    """One inspection with answers and findings, the unit's signer with a handwritten-signature
    image, three photos (one on criterion D1, one left out of the minutes), and the biên bản
    made and digitally signed by the team lead: all through `cchc`, as a team lead would."""
    with open_ws(folder) as ws:
        inspection = inspection_on(ws, unit_code=code, unit_name=name)
        samples.make_ready(ws, inspection)  # the record is whole before anyone signs
    signature = tmp / f"chu-ky-{code}.png"
    signature.write_bytes(png(f"Bình {code}"))
    signed_up = cli(
        "sign", inspection, "--role", "dai_dien_don_vi", "--name", "Hoàng Văn Bình",
        "--title", f"Chủ tịch UBND {name}", "--image", str(signature), data=folder,
    )  # fmt: skip
    assert signed_up.code == 0, signed_up.err
    files = photo_files(tmp, f"anh-{code}", 3)
    if shared_photo is not None:
        files[0] = shared_photo
    added = cli(
        "--json", "photos", "add", inspection, str(files[0]), str(files[1]),
        "--caption", f"Bộ phận Một cửa {name}", data=folder,
    )  # fmt: skip
    assert added.code == 0, added.err
    on_criterion = cli(
        "photos", "add", inspection, str(files[2]), "--criterion", "D1",
        "--caption", "Bảng niêm yết thủ tục hành chính", data=folder,
    )  # fmt: skip
    assert on_criterion.code == 0, on_criterion.err
    with open_ws(folder) as ws:  # the gallery's "not in the minutes" box (no CLI option)
        from cchc_desktop.photos.library import update_photo

        update_photo(ws, added.json()[1]["id"], include_in_minutes=False)
    with open_ws(folder) as ws:  # the holder of the lead certificate is the one printed
        from cchc_desktop.store.signers import set_signer, signers_of

        image = next(r for r in signers_of(ws, inspection) if r["role"] == "truong_doan")
        set_signer(ws, inspection, role="truong_doan", name="Nguyễn Văn An",
                   title="Trưởng đoàn", image_sha256=image["image_sha256"])  # fmt: skip
    pdf = tmp / f"bien-ban-{code}.pdf"
    made = cli(
        "--json", "minutes", "make", inspection, "-o", str(pdf), "--p12", str(keys["lead"]),
        "--p12-password-env", P12_ENV, data=folder,
    )  # fmt: skip
    assert made.code == 0, made.err
    assert made.json()["signed"]
    return inspection, pdf


def _photos(cli: Callable[..., Any], folder: Path, inspection: str) -> list[dict[str, Any]]:
    listed = cli("--json", "photos", "list", inspection, data=folder)
    assert listed.code == 0, listed.err
    return [{k: p[k] for k in PHOTO_FIELDS} for p in listed.json()]


def _audit(folder: Path, inspection: str) -> set[tuple[str, str]]:
    """Every audit entry (id, table) about the inspection or a record belonging to it."""
    owned = [inspection]
    for table in SYNCED_TABLES:
        if table.name in ("answers", "findings", "signers", "photos", "doc_numbers", "minutes"):
            owned += [
                r["id"]
                for r in rows_of(
                    folder, f"SELECT id FROM [{table.name}] WHERE inspection_id = ?", (inspection,)
                )
            ]
    marks = ", ".join("?" for _ in owned)
    sql = f"SELECT id, table_name FROM audit_log WHERE record_id IN ({marks})"
    return {(r["id"], r["table_name"]) for r in rows_of(folder, sql, (*owned,))}


def test_two_laptops_and_a_secretary(
    tmp_path: Path, cli: Callable[..., Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(P12_ENV, PASSWORD)
    keys = certificates(tmp_path)
    a, b, s = laptop(tmp_path, "A"), laptop(tmp_path, "B"), laptop(tmp_path, "S")

    ia, pdf_a = _work_on(a, tmp_path, cli, keys, code="08164", name="Xã Mông Ân")
    pa1 = tmp_path / "a1.cchc"
    assert cli("export", ia, "-o", str(pa1), data=a).code == 0
    assert cli("merge", "--trust-new", str(pa1), data=b).code == 0
    shared = tmp_path / "anh-08164-2.jpg"  # the same picture, on B's own inspection
    ib, pdf_b = _work_on(
        b, tmp_path, cli, keys, code="08170", name="Xã Hoàng Văn Thụ", shared_photo=shared
    )
    pb = tmp_path / "b.cchc"
    assert cli("export", "--all", "--no-derived", "-o", str(pb), data=b).code == 0
    # The chairman signs A's biên bản after B took its first state: an incremental signature.
    second = cli(
        "minutes", "sign", str(pdf_a), "--p12", str(keys["chairman"]), "--p12-password-env",
        P12_ENV, "--role", "dai_dien_don_vi", data=a,
    )  # fmt: skip
    assert second.code == 0, second.err
    pa2 = tmp_path / "a2.cchc"
    assert cli("export", ia, "-o", str(pa2), data=a).code == 0
    s2 = copy_folder(s, tmp_path / "S2")

    first = cli("merge", "--trust-new", str(pb), str(pa2), data=s)
    assert first.code == 0, first.err
    assert first.out.count("xung đột 0") == 2

    # Every photo arrived: the original byte for byte, caption, criterion, include flag, EXIF.
    for folder, inspection in ((a, ia), (b, ib)):
        _photos_arrived(cli, folder, s, inspection, carried_derived=folder == a)
    # One blob for the picture both laptops attached, two photo records.
    same = hashlib.sha256(shared.read_bytes()).hexdigest()
    assert len(rows_of(s, "SELECT id FROM photos WHERE sha256 = ?", (same,))) == 2

    # The signed PDFs are the laptops' bytes and every signature still verifies at S.
    for inspection, pdf, signers in (
        (ia, pdf_a, ["Nguyễn Văn An", "Hoàng Văn Bình"]),
        (ib, pdf_b, ["Nguyễn Văn An"]),
    ):
        _signed_pdf_verifies(cli, s, keys, inspection, pdf, signers)
    numbers = {r["inspection_id"]: r["doc_number"] for r in rows_of(s, "SELECT * FROM minutes")}
    assert numbers == {ia: "01/BB-ĐKT", ib: "02/BB-ĐKT"}  # B numbered after A's package

    # Signed inspections stay locked at the secretary's too.
    for inspection in (ia, ib):
        assert rows_of(s, "SELECT status FROM inspections WHERE id = ?", (inspection,)) == [
            {"status": "da_ky"}
        ]
        refused = cli("answer", inspection, "D1", "khong_dat", data=s)
        assert refused.code == 1 and "đã ký biên bản" in refused.err
    assert cli("photos", "add", ia, str(shared), data=s).code == 1

    # The audit trail of each inspection arrived whole.
    for folder, inspection in ((a, ia), (b, ib)):
        there = _audit(folder, inspection)
        assert there <= _audit(s, inspection)
        tables = {"inspections", "answers", "findings", "signers", "photos", "minutes"}
        assert tables <= {table for _id, table in there}
    assert _count_signer_images(s) == 4
    assert len(rows_of(s, "SELECT id FROM units WHERE code = '20'")) == 1
    assert len(rows_of(s, "SELECT id FROM plans")) == 1 == len(rows_of(s, "SELECT id FROM teams"))

    # Merging again changes nothing.
    before = dump(s)
    again = cli("merge", str(pb), str(pa2), data=s)
    assert again.code == 0 and again.out.count("Không có gì mới") == 2
    assert dump(s) == before
    # A's first package, older than what S holds, changes nothing either.
    assert cli("merge", str(pa1), data=s).code == 0 and dump(s) == before

    # The other order gives the same database.
    other = cli("merge", "--trust-new", str(pa2), str(pb), data=s2)
    assert other.code == 0 and other.out.count("xung đột 0") == 2
    assert comparable(s) == comparable(s2)
    assert cli("check", data=s).code == 0


def _photos_arrived(
    cli: Callable[..., Any], folder: Path, s: Path, inspection: str, *, carried_derived: bool
) -> None:
    """Every photo of a laptop's inspection arrived at the secretary's: the original byte
    for byte, caption, criterion, include flag, EXIF, and the same thumbnails and print copies."""
    theirs = _photos(cli, folder, inspection)
    with open_ws(s) as ws:  # before anything at S remakes a thumbnail
        derived_here = {
            p["sha256"]: ws.media.derived_path(p["sha256"], THUMB_KIND).is_file()
            and plain_print_path(ws, p["sha256"]).is_file()
            for p in theirs
        }
        for p in theirs:
            assert ws.media.verify(p["sha256"])
    assert _photos(cli, s, inspection) == theirs
    assert len(theirs) == 3 and [p["include_in_minutes"] for p in theirs] == [True, False, True]
    assert [p["criterion"] for p in theirs] == [None, None, "D1"]
    # Stored turned (EXIF 6), listed the way it is seen.
    assert theirs[1]["orientation"] == 6 and (theirs[1]["width"], theirs[1]["height"]) == (
        640,
        480,
    )
    assert theirs[0]["gps"] and theirs[0]["taken_at"].startswith("2024-07-02T09:15:30")
    with open_ws(folder) as there, open_ws(s) as ws:
        for p in theirs:
            made_there = there.media.derived_path(p["sha256"], THUMB_KIND).read_bytes()
            assert ws.media.derived_path(p["sha256"], THUMB_KIND).read_bytes() == made_there
            # The print copy: its own file where one was made (the photo stored turned),
            # the original itself where it is fit to print as it is; the same either side.
            printed_there = plain_print_path(there, p["sha256"])
            assert plain_print_path(ws, p["sha256"]).read_bytes() == printed_there.read_bytes()
            own = printed_there == there.media.blob_path(p["sha256"])
            assert own == (p["orientation"] == 1)
    # A's package carried the thumbnails and print copies; B's left them out, so S made
    # them from the originals (photos.library.ensure_derivatives), the same bytes.
    if carried_derived:
        assert all(derived_here.values())
    else:
        assert not derived_here[theirs[1]["sha256"]]


def _signed_pdf_verifies(
    cli: Callable[..., Any],
    s: Path,
    keys: dict[str, Path],
    inspection: str,
    pdf: Path,
    signers: list[str],
) -> None:
    """The signed PDF at the secretary's is the laptop's bytes and every signature verifies."""
    [row] = rows_of(s, "SELECT * FROM minutes WHERE inspection_id = ?", (inspection,))
    assert row["signed"] == 1 and row["pdf_sha256"] == hashlib.sha256(pdf.read_bytes()).hexdigest()
    with open_ws(s) as ws:
        stored = ws.media.blob_path(row["pdf_sha256"])
        assert stored.read_bytes() == pdf.read_bytes()
        assert ws.media.verify(row["snapshot_sha256"])
    checked = cli("--json", "minutes", "verify", str(stored), "--trust", str(keys["ca"]), data=s)
    assert checked.code == 0, checked.err
    report = checked.json()
    assert report["ok"] and report["trusted"]
    assert [sig["signer"] for sig in report["signatures"]] == signers
    assert all(sig["intact"] and sig["unchanged"] for sig in report["signatures"])


def _count_signer_images(folder: Path) -> int:
    return len(rows_of(folder, "SELECT id FROM signers WHERE image_sha256 IS NOT NULL"))
