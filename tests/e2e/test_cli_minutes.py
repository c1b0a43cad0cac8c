"""`cchc sign` and `cchc minutes …` end to end, with certificates made by the test's own CA."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from tests import minutes_samples as samples
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
    pdf = out / "bien-ban.pdf"
    args = ["--p12", str(keys / "lead.p12"), "--p12-password-env", ENV]
    assert cli("minutes", "make", setup["id"], "-o", str(pdf), *args).code == 0
    first = pdf.read_bytes()
    copy = out / "da-ky.pdf"
    stranger = ["--p12", str(keys / "stranger.p12"), "--p12-password-env", ENV,
                "--role", "dai_dien_don_vi", "-o", str(copy)]  # fmt: skip
    refused = cli("minutes", "sign", str(pdf), *stranger)
    # The holder of the certificate is not the representative the minutes name: refused.
    assert refused.code == 1 and "«Người Lạ»" in refused.err and "«Hoàng Văn Bình»" in refused.err
    assert not copy.exists() and pdf.read_bytes() == first
    reason = "Chủ tịch UBND xã đi công tác, ủy quyền theo Giấy ủy quyền số 7/UQ"
    result = cli("minutes", "sign", str(pdf), *stranger, "--on-behalf", reason)
    assert result.code == 0, result.err
    assert pdf.read_bytes() == first and copy.read_bytes().startswith(first)
    # The issued biên bản is in the register: the summary is printed (never asked), the outbox
    # has the signed copy, and the reason for signing on another's behalf is said.
    assert "Ký số:" in result.out and "Chứng thư số của: Người Lạ." in result.out
    assert "Cuộc kiểm tra đã khóa từ khi biên bản được phát hành." in result.out
    assert "hộp thư đi" in result.out and "Đã ký thay «Hoàng Văn Bình»" in result.out
    verified = cli("minutes", "verify", str(copy))
    assert verified.code == 3
    assert f"ký thay Hoàng Văn Bình, lý do: {reason}" in verified.out
    monkeypatch.setenv(ENV, "sai")
    wrong = cli(
        "minutes", "sign", str(pdf), "--p12", str(keys / "lead.p12"), "--p12-password-env", ENV,
        "--role", "thu_ky",
    )  # fmt: skip
    assert wrong.code == 1 and pdf.read_bytes() == first


def test_a_draft_takes_no_number_and_is_never_signed(
    cli: Any, setup: dict[str, Any], data_dir: Path
) -> None:
    pdf = setup["out"] / "du-thao.pdf"
    made = cli("--json", "minutes", "make", setup["id"], "-o", str(pdf))
    assert made.code == 0, made.err
    info = made.json()
    assert info["draft"] and info["doc_number"] is None and info["readiness"]["ready"]  # type: ignore[index]
    pages = page_texts(pdf.read_bytes())
    assert "Số: …/BB-ĐKT" in pages[0] and all("DỰ THẢO" in page for page in pages)
    assert count(data_dir, "doc_numbers") == 0 and count(data_dir, "minutes") == 0
    before = dump(data_dir)
    refused = cli(
        "minutes", "sign", str(pdf), "--p12", str(setup["keys"] / "lead.p12"),
        "--p12-password-env", ENV, "--role", "truong_doan",
    )  # fmt: skip
    assert refused.code == 1 and "dự thảo không ký được" in refused.err
    assert dump(data_dir) == before


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
    monkeypatch.setenv(ENV, PASSWORD)
    both = cli(
        "minutes", "make", setup["id"], "-o", str(pdf), "--p12", str(setup["keys"] / "lead.p12"),
        "--p12-password-env", ENV, "--final",
    )  # fmt: skip
    assert both.code == 2 and "--final" in both.err


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


def incomplete(cli: Any) -> str:
    """A demo inspection part done: most criteria unanswered, no times, no opinion."""
    listing = cli("--json", "inspections", "list", "--plan", "80/KH-BCĐCCHC").json()
    return next(r["id"] for r in listing if r["unit_name"] == "Xã Mai Sao")  # type: ignore[index]


def test_check_lists_what_blocks_and_exits_1_until_it_is_done(
    cli: Any, setup: dict[str, Any]
) -> None:
    ready = cli("minutes", "check", setup["id"])
    assert ready.code == 0 and ready.out.startswith("Sẵn sàng ký")
    assert "! Chưa có ảnh minh chứng nào." in ready.out and ready.err == ""
    inspection = incomplete(cli)
    blocked = cli("minutes", "check", inspection)
    assert blocked.code == 1 and blocked.out.startswith("Chưa ký được: còn ")
    lines = blocked.err.splitlines()
    assert all(line.startswith("✗ ") for line in lines)  # one line per blocking item
    assert "✗ Chưa ghi giờ bắt đầu buổi kiểm tra." in lines
    assert "✗ Chưa ghi ý kiến của đơn vị được kiểm tra" in blocked.err
    listed = cli("--json", "minutes", "check", inspection).json()
    assert not listed["ready"] and len(listed["blocking"]) == len(lines)  # type: ignore[index]
    assert listed["blocking"][0]["target"].startswith("checklist:")  # type: ignore[index]

    # What the window edits, from the command line too: the times and the two texts.
    done = cli(
        "--json", "inspections", "edit", inspection, "--start-time", "08:00", "--end-time",
        "10:45", "--unit-opinion", "Không có ý kiến.", "--conclusion", "Cơ bản hoàn thành.",
    )  # fmt: skip
    assert done.code == 0, done.err
    changed = done.json()["changed"]  # type: ignore[index]
    assert set(changed) == {"start_time", "end_time", "unit_opinion", "conclusion"}
    after = cli("minutes", "check", inspection).err
    assert "giờ bắt đầu" not in after and "ý kiến của đơn vị" not in after


def test_issuing_is_refused_while_anything_blocks_and_changes_nothing(
    cli: Any, setup: dict[str, Any], data_dir: Path
) -> None:
    inspection = incomplete(cli)
    pdf = setup["out"] / "bb.pdf"
    before = dump(data_dir)
    for extra in (
        ["--final"],
        ["--p12", str(setup["keys"] / "lead.p12"), "--p12-password-env", ENV],
    ):
        refused = cli("minutes", "make", inspection, "-o", str(pdf), *extra)
        assert refused.code == 1
        lines = refused.err.splitlines()
        assert lines[0].startswith(("Chưa phát hành được: còn", "Chưa ký được: còn"))
        assert "- Chưa ghi giờ kết thúc buổi kiểm tra." in lines
    # A handwritten signature waits for the content; a name and a post may be set any time.
    scan = setup["out"] / "chu-ky.png"
    scan.parent.mkdir(exist_ok=True)
    scan.write_bytes(samples.signature_png())
    image = cli("sign", inspection, "--role", "dai_dien_don_vi", "--name", "Lò Văn A",
                "--title", "Chủ tịch UBND xã", "--image", str(scan))  # fmt: skip
    assert image.code == 1 and image.err.startswith("Chưa thêm chữ ký tay được")
    assert "họ tên" not in image.err  # the signers' own names never block a signature
    assert not pdf.exists() and dump(data_dir) == before
    assert cli("sign", inspection, "--role", "dai_dien_don_vi", "--name", "Lò Văn A",
               "--title", "Chủ tịch UBND xã").code == 0  # fmt: skip


def test_an_output_that_cannot_be_written_leaves_everything_as_it_was(
    cli: Any, setup: dict[str, Any], data_dir: Path
) -> None:
    """`minutes make … -o /proc/bb.pdf --p12 …` exits 1 naming the file given, and nothing is
    signed, numbered or locked (it used to sign, number and lock, then fail on a temp file)."""
    before = dump(data_dir)
    for extra in (
        ["--p12", str(setup["keys"] / "lead.p12"), "--p12-password-env", ENV],
        ["--final"],
        [],
    ):
        result = cli("minutes", "make", setup["id"], "-o", "/proc/bb.pdf", *extra)
        assert result.code == 1 and "«/proc/bb.pdf»" in result.err, result.err
        assert ".tmp" not in result.err and result.err.count("\n") == 1
    assert dump(data_dir) == before
    assert count(data_dir, "doc_numbers") == 0 and count(data_dir, "minutes") == 0


def test_the_signing_commands_print_the_summary(cli: Any, setup: dict[str, Any]) -> None:
    pdf = setup["out"] / "bb.pdf"
    made = cli(
        "minutes", "make", setup["id"], "-o", str(pdf), "--p12", str(setup["keys"] / "lead.p12"),
        "--p12-password-env", ENV,
    )  # fmt: skip
    assert made.code == 0, made.err
    lines = made.out.splitlines()
    assert lines[0].startswith("Biên bản số 01/BB-ĐKT (số được cấp khi phát hành): ")
    assert lines[1:3] == ["Ký số:", "- Trưởng đoàn kiểm tra: Nguyễn Văn An, Phó Giám đốc Sở Nội vụ"]
    assert "Chứng thư số của: Nguyễn Văn An." in lines
    assert any("nội dung cuộc kiểm tra bị khóa" in line for line in lines)


def test_minutes_combine_joins_a_plans_minutes_as_marked_copies(
    cli: Any, tmp_path: Path, data_dir: Path
) -> None:
    """`cchc minutes combine`: the chosen biên bản in one PDF, every page marked BẢN SAO;
    an inspection whose biên bản is not issued is refused by name and nothing is written."""
    from cchc_desktop.store.workspace import Workspace

    cli("init")
    cli("demo")
    rows = cli("--json", "inspections", "list", "--plan", "80/KH-BCĐCCHC").json()
    first, second = rows[0]["id"], rows[1]["id"]
    with Workspace.open(data_dir) as ws:
        for inspection in (first, second):
            samples.make_ready(ws, inspection)
    for inspection in (first, second):
        made = cli("minutes", "make", inspection, "-o", str(tmp_path / f"{inspection}.pdf"),
                   "--final")  # fmt: skip
        assert made.code == 0, made.err
    target = tmp_path / "gop.pdf"
    done = cli("--json", "minutes", "combine", second, first, "-o", str(target))
    assert done.code == 0, done.err
    result = done.json()
    assert [d["id"] for d in result["documents"]] == [first, second]  # the plan's order
    texts = page_texts(target.read_bytes())
    assert len(texts) == result["pages"] and all("BẢN SAO" in t for t in texts)

    refused = cli("minutes", "combine", "--plan", "80/KH-BCĐCCHC", "-o", str(tmp_path / "x.pdf"))
    assert refused.code == 1
    lines = refused.err.strip().splitlines()
    assert lines[0].startswith("Chưa phát hành biên bản cho 10 cuộc kiểm tra")
    assert len(lines) == 11 and lines[1].startswith("- ")
    assert not (tmp_path / "x.pdf").exists()
    # Issued for paper, their scans not back: not signed yet.
    none = cli("minutes", "combine", "--plan", "80/KH-BCĐCCHC", "--signed", "-o", str(target))
    assert none.code == 1 and "Chưa chọn biên bản nào" in none.err
