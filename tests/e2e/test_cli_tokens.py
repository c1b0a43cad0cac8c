"""`cchc minutes tokens` and signing with a USB token from the command line (SoftHSM2 as the
token), and `cchc minutes trust add-crl`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.e2e.test_cli_minutes import count, setup  # noqa: F401 - the `setup` fixture
from tests.e2e.test_cli_work import dump
from tests.pki import make_crl, standard
from tests.softhsm import MODULE, SoftToken, make_token, softhsm_config

PIN_ENV = "CCHC_TEST_TOKEN_PIN"


@pytest.fixture
def token(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> SoftToken:
    made = make_token(softhsm_config(tmp_path, monkeypatch), standard()["lead"])
    monkeypatch.setenv(PIN_ENV, made.pin)
    return made


def test_tokens_lists_the_token_and_its_certificates(cli: Any, token: SoftToken) -> None:
    listing = cli("minutes", "tokens", "--pkcs11", str(MODULE))
    assert listing.code == 0, listing.err
    assert f"Token «{token.label}» (SoftHSM project SoftHSM v2)" in listing.out
    assert "[a1] Nguyễn Văn An — do CA Thử nghiệm CCHC cấp, hiệu lực" in listing.out
    assert "CA Thử nghiệm CCHC — chứng thư của CA" in listing.out
    (found,) = cli("--json", "minutes", "tokens", "--pkcs11", str(MODULE)).json()  # type: ignore[misc]
    own = next(c for c in found["certificates"] if c["has_key"])
    assert own["id"] == "a1" and own["holder"]["name"] == "Nguyễn Văn An"
    # Without --pkcs11 the known modules on this computer are searched (SoftHSM2 is one).
    assert token.label in cli("minutes", "tokens").out


def test_make_signs_with_the_token_and_verify_trusts_it(
    cli: Any,
    setup: dict[str, Any],  # noqa: F811
    token: SoftToken,
) -> None:
    pdf = setup["out"] / "bien-ban.pdf"
    made = cli(
        "--json", "minutes", "make", setup["id"], "-o", str(pdf), "--pkcs11", str(MODULE),
        "--token", token.label, "--pin-env", PIN_ENV,
    )  # fmt: skip
    assert made.code == 0, made.err
    (entry,) = made.json()["signers"]  # type: ignore[index]
    assert entry["name"] == "Nguyễn Văn An" and entry["names_match"]
    assert token.pin not in made.out + made.err
    assert cli("minutes", "trust", "add", str(setup["keys"] / "ca.pem")).code == 0
    verified = cli("minutes", "verify", str(pdf))
    assert verified.code == 0, verified.out
    assert "Đối chiếu tên: khớp" in verified.out and "Kết luận: HỢP LỆ" in verified.out


def test_a_wrong_pin_or_a_pulled_token_changes_nothing(
    cli: Any, setup: dict[str, Any], token: SoftToken, data_dir: Path,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    pdf = setup["out"] / "bien-ban.pdf"
    args = ["minutes", "make", setup["id"], "-o", str(pdf), "--pkcs11", str(MODULE),
            "--pin-env", PIN_ENV]  # fmt: skip
    before = dump(data_dir)
    monkeypatch.setenv(PIN_ENV, "999999")
    wrong = cli(*args)
    assert wrong.code == 1 and wrong.err.startswith("Mã PIN không đúng.")
    assert "999999" not in wrong.err and wrong.err.count("\n") == 1
    monkeypatch.setenv(PIN_ENV, token.pin)
    assert token.label in cli("minutes", "tokens", "--pkcs11", str(MODULE)).out
    token.delete()  # pulled out between listing and signing
    gone = cli(*args)
    assert gone.code == 1 and "Không thấy USB token" in gone.err
    for _ in (wrong, gone):
        assert not pdf.exists() and dump(data_dir) == before
        assert count(data_dir, "minutes") == 0 and count(data_dir, "doc_numbers") == 0


def test_token_usage_mistakes(cli: Any, setup: dict[str, Any]) -> None:  # noqa: F811
    pdf = str(setup["out"] / "x.pdf")
    no_pin = cli("minutes", "make", setup["id"], "-o", pdf, "--pkcs11", str(MODULE))
    assert no_pin.code == 2 and "--pin-env" in no_pin.err
    both = cli("minutes", "sign", pdf, "--role", "truong_doan", "--pkcs11", str(MODULE),
               "--pin-env", PIN_ENV, "--p12", "x.p12", "--p12-password-env", "X")  # fmt: skip
    assert both.code == 2
    nothing = cli("minutes", "sign", pdf, "--role", "truong_doan")
    assert nothing.code == 2 and "--pkcs11" in nothing.err


def test_trust_add_crl_keeps_the_cas_list(cli: Any, setup: dict[str, Any]) -> None:  # noqa: F811
    crl = setup["out"] / "ca.crl"
    crl.parent.mkdir(exist_ok=True)
    crl.write_bytes(make_crl(standard()["ca"], ((standard()["expired"].cert, _when()),)))
    added = cli("minutes", "trust", "add-crl", str(crl))
    assert added.code == 0, added.err
    assert (
        "Đã thêm CRL của CA Thử nghiệm CCHC" in added.out
        and "(1 chứng thư bị thu hồi)" in added.out
    )
    junk = setup["out"] / "junk.crl"
    junk.write_bytes(b"not a crl")
    refused = cli("minutes", "trust", "add-crl", str(junk))
    assert refused.code == 1 and str(junk) in refused.err and "CRL" in refused.err


def _when() -> Any:
    import datetime as dt

    return dt.datetime.now(dt.UTC) - dt.timedelta(days=3)


def test_an_incomplete_record_is_refused_before_the_token_signs(
    cli: Any, setup: dict[str, Any], token: SoftToken, data_dir: Path,  # noqa: F811
) -> None:  # fmt: skip
    listing = cli("--json", "inspections", "list", "--plan", "80/KH-BCĐCCHC").json()
    incomplete = next(r["id"] for r in listing if r["unit_name"] == "Xã Mai Sao")  # type: ignore[index]
    pdf = setup["out"] / "bb.pdf"
    before = dump(data_dir)
    refused = cli("minutes", "make", incomplete, "-o", str(pdf), "--pkcs11", str(MODULE),
                  "--pin-env", PIN_ENV)  # fmt: skip
    assert refused.code == 1 and refused.err.startswith("Chưa ký được: còn ")
    assert "- Chưa ghi giờ kết thúc buổi kiểm tra." in refused.err.splitlines()
    assert not pdf.exists() and dump(data_dir) == before
    # A complete one: the same confirmation summary as with a .p12 file, printed, never asked.
    made = cli("minutes", "make", setup["id"], "-o", str(pdf), "--pkcs11", str(MODULE),
               "--pin-env", PIN_ENV)  # fmt: skip
    assert made.code == 0, made.err
    assert "Ký số:" in made.out and "Chứng thư số của: Nguyễn Văn An." in made.out
    assert "nội dung cuộc kiểm tra bị khóa" in made.out
