"""USB tokens through PKCS#11, with SoftHSM2 as the real token: listing without a PIN, signing
with pyHanko's PKCS#11 signer (validated by pyHanko), a wrong PIN, a token pulled out."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pkcs11
import pytest
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from cchc_desktop.errors import UserError
from cchc_desktop.minutes.signing import sign_pdf
from cchc_desktop.minutes.token_modules import find_modules
from cchc_desktop.minutes.tokens import TokenSigner, list_tokens, token_error
from cchc_desktop.minutes.verify import VALID, verify_pdf
from tests.pki import make_signer, standard
from tests.softhsm import MODULE, PIN, SoftToken, add_identity, make_token, softhsm_config
from tests.unit.test_minutes_signing import printed
from tests.unit.test_signing_trust import asn1, roots


@pytest.fixture
def token(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> SoftToken:
    return make_token(softhsm_config(tmp_path, monkeypatch), standard()["lead"])


def test_softhsm_is_among_the_modules_found_on_debian(tmp_path: Path) -> None:
    found = find_modules(platform="linux")
    assert MODULE in [m.path for m in found]
    assert next(m for m in found if m.path == MODULE).issuer == "SoftHSM2"
    mine = tmp_path / "other-ca_p11.so"
    mine.write_bytes(b"\x7fELF")
    assert find_modules(str(mine), platform="linux")[0].path == mine  # the setting comes first
    assert MODULE not in [m.path for m in find_modules(platform="win32")]
    # Debian's second name for the same library is not loaded a second time.
    assert len({m.path.resolve() for m in found}) == len(found)


def test_a_token_lists_its_certificates_without_a_pin(token: SoftToken) -> None:
    (found,) = list_tokens(MODULE)
    assert found.label == token.label and found.manufacturer == "SoftHSM project"
    by_label = {c.label: c for c in found.certificates}
    own, ca = by_label["Chứng thư ký số"], by_label["CA"]
    assert own.has_key and not ca.has_key
    assert own.holder.name == "Nguyễn Văn An" and own.info.issuer == "CA Thử nghiệm CCHC"
    assert own.info.not_after > own.info.not_before
    assert found.signing_certificates() == [own]


def test_the_token_signs_and_pyhanko_validates(token: SoftToken) -> None:
    with TokenSigner.open(MODULE, token.label, None, token.pin) as signer:
        done = sign_pdf(printed(), signer, role="truong_doan")
    assert done.names_match
    sig = PdfFileReader(BytesIO(done.pdf)).embedded_signatures[0]
    context = ValidationContext(trust_roots=[asn1(standard()["ca"])], allow_fetching=False)
    status = validate_pdf_signature(sig, context)
    assert (
        status.bottom_line and status.signing_cert.subject.native["common_name"] == "Nguyễn Văn An"
    )
    assert verify_pdf(done.pdf, roots()).verdict == VALID


def test_an_ecdsa_key_on_the_token_signs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_token(softhsm_config(tmp_path, monkeypatch), standard()["chairman"], label="EC")
    with TokenSigner.open(MODULE, "EC", "a1", PIN) as signer:
        done = sign_pdf(printed(), signer, role="dai_dien_don_vi")
    assert verify_pdf(done.pdf, roots()).verdict == VALID


def test_a_wrong_pin_is_said_with_the_tries_the_token_reports(token: SoftToken) -> None:
    with pytest.raises(UserError) as first, TokenSigner.open(MODULE, token.label, None, "000000"):
        pytest.fail("a wrong PIN must not open the token")
    assert first.value.vi.startswith("Mã PIN không đúng.")
    assert "000000" not in first.value.vi and "Chưa có gì được ký" in first.value.vi
    # SoftHSM2 raises its "count low" flag after wrong tries, as hardware tokens do.
    with (
        pytest.raises(UserError, match="còn ít lần thử"),
        TokenSigner.open(MODULE, token.label, None, "111111"),
    ):
        pass


def test_a_token_pulled_out_after_listing_is_said_clearly(token: SoftToken) -> None:
    assert list_tokens(MODULE)
    token.delete()
    with (
        pytest.raises(UserError, match="Không thấy USB token «Token Thử»") as caught,
        TokenSigner.open(MODULE, token.label, None, token.pin),
    ):
        pass
    assert "đã bị rút ra" in caught.value.vi


def test_a_locked_token_and_other_failures_have_their_own_words() -> None:
    # SoftHSM2 never locks a token, so the locked case is the library's own exception.
    locked = token_error(pkcs11.PinLocked(), "Token Thử")
    assert "đã bị khóa" in locked.vi and "liên hệ tổ chức cấp chứng thư" in locked.vi.lower()
    other = token_error(pkcs11.MechanismInvalid(), "Token Thử")
    assert "PKCS11" not in other.vi and "Mechanism" not in other.vi


def test_a_library_that_is_not_pkcs11_is_refused_clearly(tmp_path: Path) -> None:
    fake = tmp_path / "not-a-token.so"
    fake.write_text("not a library")
    with pytest.raises(UserError, match="Không nạp được thư viện PKCS#11"):
        list_tokens(fake)


def test_a_certificate_is_chosen_by_id_or_label(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = softhsm_config(tmp_path, monkeypatch)
    make_token(folder, standard()["lead"], label="Hai")
    second = make_signer(standard()["ca"], "Nguyễn Văn An")
    # A second key pair on the same token (a renewed certificate beside the old one).
    add_identity("Hai", second, key_id="b2", cert_label="Chứng thư mới")
    (found,) = list_tokens(MODULE)
    assert len(found.signing_certificates()) == 2
    with pytest.raises(UserError, match="chọn một"), TokenSigner.open(MODULE, "Hai", None, PIN):
        pass
    with TokenSigner.open(MODULE, "Hai", "Chứng thư mới", PIN) as signer:
        assert signer.certificate.serial_number == second.cert.serial_number
    with TokenSigner.open(MODULE, "Hai", "B2", PIN) as signer:
        assert signer.certificate.serial_number == second.cert.serial_number
