"""`cchc sign` and `cchc minutes …` end to end, with certificates made by the test's own CA."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.test_cli_work import dump
from tests.pki import PASSWORD, standard
from tests.unit.test_minutes_document import page_texts
from tests.unit.test_minutes_extras import _scan

ENV = "CCHC_TEST_P12_PASSWORD"


@pytest.fixture
def setup(cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    assert cli("init").code == 0 and cli("demo").code == 0
    listing = cli("--json", "inspections", "list", "--plan", "80/KH-BCĐCCHC").json()
    inspection = next(r["id"] for r in listing if r["unit_name"] == "Xã Khánh Xuân")  # type: ignore[index]
    keys = tmp_path / "keys"
    keys.mkdir()
    for name in ("lead", "chairman", "stranger"):
        (keys / f"{name}.p12").write_bytes(standard()[name].p12())
    (keys / "ca.pem").write_bytes(standard()["ca"].pem())
    monkeypatch.setenv(ENV, PASSWORD)
    # The team lead is the holder of lead.p12 (the demo names Hồ Tiến Thiệu).
    lead = cli("sign", inspection, "--role", "truong_doan", "--name", "Nguyễn Văn An",
               "--title", "Phó Giám đốc Sở Nội vụ")  # fmt: skip
    assert lead.code == 0, lead.err
    return {"id": inspection, "keys": keys, "out": tmp_path / "out"}


def count(data_dir: Path, table: str) -> int:
    with sqlite3.connect(data_dir / "cchc.sqlite") as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_sign_names_a_signer_with_a_scanned_signature(
    cli: Any, setup: dict[str, Any], data_dir: Path
) -> None:
    scan = setup["out"] / "chu-ky.jpg"
    scan.parent.mkdir()
    scan.write_bytes(_scan())
    result = cli(
        "--json", "sign", setup["id"], "--role", "dai_dien_don_vi", "--name", "Lương Văn Hùng",
        "--title", "Chủ tịch UBND xã Khánh Xuân", "--image", str(scan),
    )  # fmt: skip
    assert result.code == 0, result.err
    created = result.json()
    assert created["id"] and created["role"] == "dai_dien_don_vi"  # type: ignore[index]
    sha = created["image_sha256"]  # type: ignore[index]
    assert (data_dir / "media" / "blobs" / sha[:2] / sha).is_file()
    bad = cli("sign", setup["id"], "--role", "chu_tich", "--name", "X", "--title", "Y")
    assert bad.code == 1 and "vai trò ký không hợp lệ" in bad.err.lower()


def test_make_sign_and_verify_end_to_end(cli: Any, setup: dict[str, Any]) -> None:
    keys, out = setup["keys"], setup["out"]
    pdf, draft = out / "bien-ban.pdf", out / "bien-ban.docx"
    cli(
        "sign",
        setup["id"],
        "--role",
        "dai_dien_don_vi",
        "--name",
        "Hoàng Văn Bình",
        "--title",
        "Chủ tịch UBND xã",
    )
    made = cli(
        "--json", "minutes", "make", setup["id"], "-o", str(pdf), "--p12", str(keys / "lead.p12"),
        "--p12-password-env", ENV, "--docx", str(draft),
    )  # fmt: skip
    assert made.code == 0, made.err
    info = made.json()
    assert info["doc_number"] == "01/BB-ĐKT" and info["signed"] and info["pages"] >= 2  # type: ignore[index]
    assert Path(info["outbox"]).read_bytes() == pdf.read_bytes()  # type: ignore[index]
    assert draft.is_file()
    assert "Số: 01/BB-ĐKT" in page_texts(pdf.read_bytes())[0]

    untrusted = cli("minutes", "verify", str(pdf))
    assert untrusted.code == 3  # CHƯA XÁC THỰC ĐƯỢC: intact, but the CA is not trusted yet
    assert "Chữ ký 1: Trưởng đoàn kiểm tra" in untrusted.out
    assert "Người giữ chứng thư: Nguyễn Văn An" in untrusted.out
    assert "Kết luận: CHƯA XÁC THỰC ĐƯỢC" in untrusted.out

    assert cli("minutes", "trust", "add", str(keys / "ca.pem")).code == 0
    roots = cli("--json", "minutes", "trust", "list").json()
    assert [r["subject"] for r in roots] == ["CA Thử nghiệm CCHC"]  # type: ignore[union-attr]

    second = cli(
        "minutes", "sign", str(pdf), "--p12", str(keys / "chairman.p12"), "--p12-password-env",
        ENV, "--role", "dai_dien_don_vi",
    )  # fmt: skip
    assert second.code == 0, second.err
    checked = cli("--json", "minutes", "verify", str(pdf))
    assert checked.code == 0
    report = checked.json()
    assert report["ok"] and report["trusted"] and report["verdict"] == "hop_le"  # type: ignore[index]
    assert [s["role"] for s in report["signatures"]] == ["truong_doan", "dai_dien_don_vi"]  # type: ignore[index]
    assert cli("check").code == 0  # every blob the minutes refer to is there and intact
    listing = cli("--json", "minutes", "list", setup["id"]).json()
    assert listing[0]["id"] == info["id"] and len(listing[0]["signers"]) == 2  # type: ignore[index]

    tampered = out / "sua.pdf"
    data = bytearray(pdf.read_bytes())
    data[data.index(b"stream", data.index(b"/FontFile2")) + 300] ^= 0xFF
    tampered.write_bytes(bytes(data))
    broken = cli("minutes", "verify", str(tampered))
    assert broken.code == 1
    assert "Kết luận: KHÔNG HỢP LỆ" in broken.out and "KHÔNG HỢP LỆ" in broken.err
    assert "tin cậy" not in broken.out.split("ĐÃ BỊ THAY ĐỔI")[1]


def test_a_wrong_password_changes_nothing(
    cli: Any, setup: dict[str, Any], data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = dump(data_dir)
    monkeypatch.setenv(ENV, "sai mật khẩu")
    pdf = setup["out"] / "bien-ban.pdf"
    result = cli(
        "minutes", "make", setup["id"], "-o", str(pdf), "--p12", str(setup["keys"] / "lead.p12"),
        "--p12-password-env", ENV,
    )  # fmt: skip
    assert result.code == 1
    assert "Mật khẩu không đúng" in result.err and result.err.count("\n") == 1
    assert not pdf.exists()
    assert dump(data_dir) == before
    assert count(data_dir, "minutes") == 0 and count(data_dir, "doc_numbers") == 0


def test_signing_a_file_in_place_or_to_another_file(
    cli: Any, setup: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    keys, out = setup["keys"], setup["out"]
    pdf = out / "nhap.pdf"
    assert cli("minutes", "make", setup["id"], "-o", str(pdf)).code == 0
    unsigned = pdf.read_bytes()
    copy = out / "da-ky.pdf"
    stranger = ["--p12", str(keys / "stranger.p12"), "--p12-password-env", ENV,
                "--role", "truong_doan", "-o", str(copy)]  # fmt: skip
    refused = cli("minutes", "sign", str(pdf), *stranger)
    # The holder of the certificate is not the team lead the minutes name: refused.
    assert refused.code == 1 and "«Người Lạ»" in refused.err and "«Nguyễn Văn An»" in refused.err
    assert not copy.exists() and pdf.read_bytes() == unsigned
    reason = "Trưởng đoàn ốm, ủy quyền theo Quyết định số 7/QĐ-SNV"
    result = cli("minutes", "sign", str(pdf), *stranger, "--on-behalf", reason)
    assert result.code == 0, result.err
    assert pdf.read_bytes() == unsigned and copy.read_bytes().startswith(unsigned)
    # The draft is in the register: the outbox has the signed copy; the reason is said.
    assert "hộp thư đi" in result.out and "Đã ký thay «Nguyễn Văn An»" in result.out
    verified = cli("minutes", "verify", str(copy))
    assert verified.code == 3
    assert f"ký thay Nguyễn Văn An, lý do: {reason}" in verified.out
    monkeypatch.setenv(ENV, "sai")
    wrong = cli(
        "minutes", "sign", str(pdf), "--p12", str(keys / "lead.p12"), "--p12-password-env", ENV,
        "--role", "truong_doan",
    )  # fmt: skip
    assert wrong.code == 1 and pdf.read_bytes() == unsigned


def test_a_certificate_of_someone_else_takes_no_number_unless_signing_on_behalf(
    cli: Any, setup: dict[str, Any], data_dir: Path
) -> None:
    pdf = setup["out"] / "bien-ban.pdf"
    args = ["minutes", "make", setup["id"], "-o", str(pdf), "--p12",
            str(setup["keys"] / "chairman.p12"), "--p12-password-env", ENV]  # fmt: skip
    before = dump(data_dir)
    refused = cli(*args)
    assert refused.code == 1 and "«Hoàng Văn Bình»" in refused.err
    assert "--on-behalf" in refused.err and refused.err.count("\n") == 1
    assert not pdf.exists() and dump(data_dir) == before
    assert count(data_dir, "minutes") == 0 and count(data_dir, "doc_numbers") == 0
    reason = "Được Trưởng đoàn ủy quyền bằng văn bản số 15/UQ"
    done = cli("--json", *args, "--on-behalf", reason)
    assert done.code == 0, done.err
    (entry,) = done.json()["signers"]  # type: ignore[index]
    assert entry["on_behalf"] == reason and entry["printed_name"] == "Nguyễn Văn An"
    assert not entry["names_match"]
    with sqlite3.connect(data_dir / "cchc.sqlite") as conn:
        notes = [r[0] for r in conn.execute(
            "SELECT new_value FROM audit_log WHERE action = 'note' AND table_name = 'minutes'")]  # fmt: skip
    assert any(reason in n and "signed_on_behalf" in n for n in notes)
    verified = cli("minutes", "verify", str(pdf))
    assert verified.code == 3 and f"lý do: {reason}" in verified.out


def test_usage_mistakes(cli: Any, setup: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    pdf = setup["out"] / "x.pdf"
    no_env = cli(
        "minutes", "make", setup["id"], "-o", str(pdf), "--p12", str(setup["keys"] / "lead.p12")
    )
    assert no_env.code == 2
    monkeypatch.delenv(ENV)
    unset = cli(
        "minutes", "make", setup["id"], "-o", str(pdf), "--p12", str(setup["keys"] / "lead.p12"),
        "--p12-password-env", ENV,
    )  # fmt: skip
    assert unset.code == 1 and ENV in unset.err
    assert cli("minutes", "sign", str(pdf)).code == 2  # no --role


def test_a_missing_file_is_named(cli: Any, setup: dict[str, Any]) -> None:
    missing = setup["out"] / "khong-co.pdf"
    for args in (
        ("minutes", "verify", str(missing)),
        ("minutes", "trust", "add", str(missing)),
        ("sign", setup["id"], "--role", "thu_ky", "--name", "A", "--title", "B",
         "--image", str(missing)),
    ):  # fmt: skip
        result = cli(*args)
        assert result.code == 1 and result.err == f"Không tìm thấy tệp «{missing}».\n", args


def test_verify_works_without_a_data_folder(
    cli: Any, setup: dict[str, Any], tmp_path: Path
) -> None:
    pdf = setup["out"] / "bien-ban.pdf"
    made = cli(
        "minutes", "make", setup["id"], "-o", str(pdf), "--p12", str(setup["keys"] / "lead.p12"),
        "--p12-password-env", ENV,
    )  # fmt: skip
    assert made.code == 0
    elsewhere = cli(
        "minutes",
        "verify",
        str(pdf),
        "--trust",
        str(setup["keys"] / "ca.pem"),
        data=tmp_path / "none",
    )
    assert elsewhere.code == 0, elsewhere.err
    assert "Chứng thư: tin cậy (dẫn tới chứng thư gốc" in elsewhere.out


def test_a_supplement_after_signing(cli: Any, setup: dict[str, Any]) -> None:
    pdf = setup["out"] / "bb.pdf"
    args = ["--p12", str(setup["keys"] / "lead.p12"), "--p12-password-env", ENV]
    assert cli("minutes", "make", setup["id"], "-o", str(pdf), *args).code == 0
    locked = cli("answer", setup["id"], "A1", "khong_dat", "--note", "sửa")
    assert locked.code == 1 and "biên bản bổ sung" in locked.err
    again = cli("minutes", "make", setup["id"], "-o", str(pdf))
    assert again.code == 1 and "cchc minutes supplement" in again.err
    assert cli("minutes", "supplement", setup["id"]).code == 0
    assert (
        cli("answer", setup["id"], "A1", "khong_dat", "--note", "Kế hoạch chưa ban hành").code == 0
    )
    supplement = cli(
        "--json", "minutes", "make", setup["id"], "-o", str(setup["out"] / "bs.pdf"), *args
    ).json()
    assert supplement["revision_no"] == 2 and supplement["doc_number"] == "02/BB-ĐKT"  # type: ignore[index]
    text = " ".join(page_texts((setup["out"] / "bs.pdf").read_bytes()))
    assert "BIÊN BẢN BỔ SUNG" in text and "«Đạt» điều chỉnh thành «Không đạt»" in text
