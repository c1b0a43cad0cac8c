"""USB tokens (PKCS#11): list what a token holds, and sign with it through pyHanko.

``list_tokens`` needs no PIN: it reads the certificates every token shows to anyone.
``TokenSigner.open`` logs in with the PIN, finds the certificate and its private key, and
only then hands the signer to the issuing flow, so a wrong PIN, a locked token or a token
pulled out since it was listed stops the work before anything is stored or numbered. The PIN
is passed to the token and dropped: it is never stored, logged or put in a message.

A module is a C library shared by the whole process, so one lock keeps one operation on it at
a time, and each operation starts with C_Finalize/C_Initialize: a token plugged in or pulled
out since the last look is then seen as it is now.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cchc_desktop.errors import UserError
from cchc_desktop.minutes.certificates import CertificateInfo, describe
from cchc_desktop.minutes.identity import Holder, holder_of
from cchc_desktop.minutes.key_signer import KeySigner

if TYPE_CHECKING:
    from cryptography import x509

_LOCK = threading.RLock()


@dataclass(frozen=True)
class TokenCertificate:
    """A certificate on a token, with what a person needs to choose it."""

    id_hex: str  # CKA_ID, hex: how the private key is paired with it
    label: str
    info: CertificateInfo
    holder: Holder
    has_key: bool  # a private key with the same ID is on the token: it can sign
    der: bytes

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id_hex,
            "label": self.label,
            "has_key": self.has_key,
            "holder": self.holder.as_dict(),
            **self.info.as_dict(),
        }


@dataclass(frozen=True)
class TokenInfo:
    """A token found in a module's slot."""

    module: str
    label: str
    serial: str
    manufacturer: str
    model: str
    pin_pad: bool  # the PIN is typed on the device itself
    pin_state: str  # "", "low", "final", "locked"
    certificates: tuple[TokenCertificate, ...]

    def signing_certificates(self) -> list[TokenCertificate]:
        return [c for c in self.certificates if c.has_key]

    def as_dict(self) -> dict[str, Any]:
        return {
            "module": self.module,
            "label": self.label,
            "serial": self.serial,
            "manufacturer": self.manufacturer,
            "model": self.model,
            "pin_pad": self.pin_pad,
            "pin_state": self.pin_state,
            "certificates": [c.as_dict() for c in self.certificates],
        }


def _library(module: Path) -> Any:
    """The module loaded (once per process) and freshly initialised."""
    import pkcs11

    try:
        lib = pkcs11.lib(str(module))
        lib.reinitialize()
    except pkcs11.PKCS11Error as exc:
        raise UserError(
            f"Không nạp được thư viện PKCS#11 {module}: tệp không có hoặc không phải thư viện "
            "của USB token (hoặc không hợp với máy 64-bit). Hãy cài phần mềm của token hoặc "
            "chọn đúng tệp thư viện.",
            f"Could not load the PKCS#11 library {module}: the file is missing or is not a "
            "USB token library (or not a 64-bit one). Install the token's software or choose "
            "the right library file.",
        ) from exc
    return lib


def _pin_state(token: Any) -> str:
    from pkcs11 import TokenFlag

    flags = token.flags
    if flags & TokenFlag.USER_PIN_LOCKED:
        return "locked"
    if flags & TokenFlag.USER_PIN_FINAL_TRY:
        return "final"
    if flags & TokenFlag.USER_PIN_COUNT_LOW:
        return "low"
    return ""


def list_tokens(module: Path) -> list[TokenInfo]:
    """Every token the module sees, with its certificates (no PIN asked)."""
    import pkcs11
    from pkcs11 import TokenFlag

    with _LOCK:
        lib = _library(module)
        found = []
        try:
            for slot in lib.get_slots(token_present=True):
                try:
                    token = slot.get_token()
                    with token.open() as session:
                        certificates = tuple(_certificates(session))
                except (pkcs11.TokenNotPresent, pkcs11.TokenNotRecognised, pkcs11.DeviceRemoved):
                    continue  # pulled out while we looked, or a card the module cannot read
                found.append(
                    TokenInfo(
                        module=str(module),
                        label=token.label,
                        serial=token.serial.hex() if isinstance(token.serial, bytes) else "",
                        manufacturer=token.manufacturer_id,
                        model=token.model,
                        pin_pad=bool(token.flags & TokenFlag.PROTECTED_AUTHENTICATION_PATH),
                        pin_state=_pin_state(token),
                        certificates=certificates,
                    )
                )
        except pkcs11.PKCS11Error as exc:
            raise token_error(exc, "") from exc
    return found


def _certificates(session: Any) -> Iterator[TokenCertificate]:
    from cryptography import x509 as x
    from pkcs11 import Attribute, ObjectClass

    # Private keys stay hidden until login on most tokens; their public halves (or, on a
    # token that shows neither, the certificate not being a CA's) tell which certificate is
    # the holder's own.
    key_ids = {
        bytes(k[Attribute.ID] or b"")
        for kind in (ObjectClass.PRIVATE_KEY, ObjectClass.PUBLIC_KEY)
        for k in session.get_objects({Attribute.CLASS: kind})
    }
    for obj in session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE}):
        der = bytes(obj[Attribute.VALUE])
        try:
            cert = x.load_der_x509_certificate(der)
        except ValueError:
            continue  # not an X.509 certificate (a token may hold other kinds)
        ident = bytes(obj[Attribute.ID] or b"")
        is_ca = _is_ca(cert)
        has_key = not is_ca and (ident in key_ids if key_ids else True)
        label = str(obj[Attribute.LABEL] or "")
        yield TokenCertificate(ident.hex(), label, describe(cert), holder_of(cert), has_key, der)


def _is_ca(cert: x509.Certificate) -> bool:
    from cryptography import x509 as x

    try:
        return bool(cert.extensions.get_extension_for_class(x.BasicConstraints).value.ca)
    except x.ExtensionNotFound:
        return cert.issuer == cert.subject


def choose_certificate(token: TokenInfo, wanted: str | None) -> TokenCertificate:
    """The certificate named by ID (hex) or label, or the token's only signing certificate."""
    signing = token.signing_certificates()
    if wanted:
        key = wanted.strip().lower().replace(":", "")
        matches = [c for c in token.certificates if key in (c.id_hex.lower(), c.label.lower())]
        if len(matches) == 1:
            return matches[0]
        raise UserError(
            f"USB token «{token.label}» không có (hoặc có nhiều) chứng thư «{wanted}». "
            "Xem danh sách: cchc minutes tokens",
            f"USB token '{token.label}' has no (or several) certificate '{wanted}'. "
            "See: cchc minutes tokens",
        )
    if len(signing) == 1:
        return signing[0]
    raise UserError(
        f"USB token «{token.label}» có {len(signing)} chứng thư ký số; hãy chọn một (--cert).",
        f"USB token '{token.label}' holds {len(signing)} signing certificates; choose one "
        "(--cert).",
    )


def choose_token(tokens: list[TokenInfo], label: str | None, module: Path) -> TokenInfo:
    """The token with ``label``, or the only one present."""
    matches = [t for t in tokens if t.label == label] if label else tokens
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise _not_present(label or "", module)
    raise UserError(
        "Có nhiều USB token đang cắm; hãy chọn một (--token NHÃN).",
        "Several USB tokens are plugged in; choose one (--token LABEL).",
    )


class TokenSigner(KeySigner):
    """A DocumentSigner whose key stays on the token; made by ``open`` with the PIN."""

    @classmethod
    @contextmanager
    def open(
        cls, module: Path, token_label: str | None, cert: str | None, pin: str | None
    ) -> Iterator[TokenSigner]:
        """Log in (``pin`` None: typed on the token's own pin pad), find the key: a signer.

        Everything that can go wrong with the token before the signature itself is found
        out here, before the caller stores anything.
        """
        import pkcs11
        from cryptography import x509 as x

        with _LOCK:
            token = choose_token(list_tokens(module), token_label, module)
            chosen = choose_certificate(token, cert)
            lib = _library(module)
            try:
                live = lib.get_token(token_label=token.label)
                session = live.open(user_pin=pin if pin is not None else pkcs11.PROTECTED_AUTH)
            except pkcs11.PKCS11Error as exc:
                raise token_error(exc, token.label, lib=lib, module=module) from exc
            try:
                signer = _pyhanko_signer(session, chosen, token)
                yield cls(x.load_der_x509_certificate(chosen.der), signer)
            finally:
                # A token that went away has nothing left to close.
                with suppress(pkcs11.PKCS11Error):
                    session.close()


def _pyhanko_signer(session: Any, chosen: TokenCertificate, token: TokenInfo) -> Any:
    """pyHanko's PKCS#11 signer on the chosen key; token errors become clear messages."""
    import pkcs11
    from asn1crypto import x509 as asn1_x509
    from pyhanko.sign.pkcs11 import PKCS11Signer

    class _Signer(PKCS11Signer):
        async def async_sign_raw(self, data: bytes, digest_algorithm: str, dry_run: bool = False) -> bytes:  # fmt: skip
            try:
                return await super().async_sign_raw(data, digest_algorithm, dry_run)
            except pkcs11.PKCS11Error as exc:
                raise token_error(exc, token.label) from exc

    others = [asn1_x509.Certificate.load(c.der) for c in token.certificates if c.der != chosen.der]
    ident = bytes.fromhex(chosen.id_hex) if chosen.id_hex else None
    certificate = asn1_x509.Certificate.load(chosen.der)
    signer = _Signer(
        session,
        cert_label=None if ident else chosen.label,
        cert_id=ident,
        key_id=ident,
        key_label=None if ident else chosen.label,
        signing_cert=certificate,
        ca_chain=others,
        # Many tokens (SoftHSM2 among them) only do raw ECDSA on a digest made here.
        use_raw_mechanism=certificate.public_key.algorithm == "ec",
    )
    try:
        signer._load_objects()  # type: ignore[no-untyped-call]  # the private key is found now, not halfway through signing
    except pkcs11.PKCS11Error as exc:
        raise token_error(exc, token.label) from exc
    return signer


def _not_present(label: str, module: Path) -> UserError:
    which = f"«{label}» " if label else ""
    return UserError(
        f"Không thấy USB token {which}(thư viện {module.name}): token chưa cắm, đã bị rút ra "
        "hoặc không đọc được. Hãy cắm lại token rồi thử lại; chưa có gì được ký.",
        f"USB token {which.replace('«', chr(39)).replace('»', chr(39))}not found (library "
        f"{module.name}): it is not plugged in, was pulled out, or cannot be read. Plug it in "
        "again and retry; nothing was signed.",
    )


def token_error(
    exc: BaseException, label: str, *, lib: Any = None, module: Path | None = None
) -> UserError:
    """A token's failure said so a person can act (the PIN never appears in it)."""
    import pkcs11

    if isinstance(exc, pkcs11.PinIncorrect):
        state = ""
        if lib is not None:
            try:
                state = _pin_state(lib.get_token(token_label=label))
            except pkcs11.PKCS11Error:
                state = ""
        return _wrong_pin(state)
    if isinstance(exc, pkcs11.PinLocked):
        return UserError(
            "USB token đã bị khóa vì nhập sai mã PIN quá số lần cho phép. Hãy liên hệ tổ chức "
            "cấp chứng thư số (CA) để mở khóa; chưa có gì được ký.",
            "The USB token is locked after too many wrong PINs. Contact the certification "
            "authority to unlock it; nothing was signed.",
        )
    if isinstance(exc, (pkcs11.PinLenRange, pkcs11.PinInvalid)):
        return UserError(
            "Mã PIN không hợp lệ (sai độ dài hoặc có ký tự không dùng được). Hãy nhập lại; chưa "
            "có gì được ký.",
            "The PIN is not valid (wrong length or characters). Enter it again; nothing was "
            "signed.",
        )
    if isinstance(exc, pkcs11.PinExpired):
        return UserError(
            "Mã PIN của USB token đã hết hạn: hãy đổi PIN bằng phần mềm quản lý token rồi ký lại.",
            "The USB token's PIN has expired: change it with the token's manager, then sign again.",
        )
    if isinstance(exc, pkcs11.FunctionCancelled):
        return UserError("Đã hủy nhập PIN; chưa có gì được ký.", "PIN entry cancelled; nothing was signed.")  # fmt: skip
    if isinstance(
        exc,
        (
            pkcs11.TokenNotPresent, pkcs11.TokenNotRecognised, pkcs11.DeviceRemoved,
            pkcs11.NoSuchToken, pkcs11.SessionHandleInvalid, pkcs11.SessionClosed,
            pkcs11.DeviceError, pkcs11.GeneralError, pkcs11.SlotIDInvalid,
        ),
    ):  # fmt: skip
        return _not_present(label, module or Path("PKCS#11"))
    if isinstance(exc, (pkcs11.NoSuchKey, pkcs11.MultipleObjectsReturned)) or (
        isinstance(exc, pkcs11.PKCS11Error) and "private key" in str(exc)
    ):
        return UserError(
            f"USB token «{label}» không có khóa bí mật đi cùng chứng thư đã chọn; không ký được.",
            f"USB token '{label}' holds no private key for the chosen certificate; cannot sign.",
        )
    return UserError(
        f"USB token «{label}» báo lỗi khi ký. Hãy rút token ra, cắm lại rồi thử lại; chưa có gì "
        "được ký.",
        f"USB token '{label}' reported an error while signing. Pull it out, plug it in again "
        "and retry; nothing was signed.",
    )


def _wrong_pin(state: str) -> UserError:
    if state == "locked":
        return token_error(__import__("pkcs11").PinLocked(), "")
    # Whole sentences, each in the translators' catalogue as one message.
    vi, en = {
        "final": ("Mã PIN không đúng. Chỉ còn MỘT lần thử: nhập sai lần nữa token sẽ bị khóa. "
                  "Chưa có gì được ký.",
                  "Wrong PIN. Only ONE try is left: another wrong PIN locks the token. "
                  "Nothing was signed."),
        "low": ("Mã PIN không đúng. Token báo còn ít lần thử trước khi bị khóa. "
                "Chưa có gì được ký.",
                "Wrong PIN. The token says few tries are left before it locks. "
                "Nothing was signed."),
    }.get(state, ("Mã PIN không đúng. Chưa có gì được ký.", "Wrong PIN. Nothing was signed."))  # fmt: skip
    return UserError(vi, en)
