"""How the CLI signs: with a .p12/.pfx file or a USB token (PKCS#11), and `cchc minutes tokens`.

The secret (the .p12 password, the token's PIN) comes from an environment variable the user
names, so it never appears in the command line, the shell history or a process listing; it
is handed to the file or the token and dropped.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cchc_desktop.cli import output
from cchc_desktop.cli.context import Context
from cchc_desktop.errors import UserError, pick

if TYPE_CHECKING:
    from cchc_desktop.minutes.signing import DocumentSigner


def add_options(parser: argparse.ArgumentParser) -> None:
    """The USB token and on-behalf options of `minutes make` and `minutes sign`."""
    parser.add_argument("--pkcs11", type=Path, metavar="MODULE", help=pick(
        "ký bằng USB token: thư viện PKCS#11 của token (.dll/.so)",
        "sign with a USB token: its PKCS#11 library (.dll/.so)"))  # fmt: skip
    parser.add_argument("--token", metavar="LABEL", help=pick(
        "nhãn của token (khi cắm nhiều token)", "the token's label (when several are in)"))  # fmt: skip
    parser.add_argument("--cert", metavar="ID", help=pick(
        "mã (ID, hex) hoặc nhãn của chứng thư trên token (khi token có nhiều chứng thư)",
        "the certificate's ID (hex) or label on the token (when it holds several)"))  # fmt: skip
    parser.add_argument("--pin-env", metavar="VAR", help=pick(
        "tên biến môi trường chứa mã PIN của token (không bao giờ được lưu)",
        "environment variable holding the token's PIN (never stored)"))  # fmt: skip
    parser.add_argument("--on-behalf", metavar="REASON", help=pick(
        "ký thay người có tên trên biên bản, với lý do (ghi vào chữ ký và nhật ký)",
        "sign on behalf of the person named in the minutes, with the reason (kept in the "
        "signature and the audit log)"))  # fmt: skip


def usage_problem(args: argparse.Namespace, *, required: bool) -> tuple[str, str] | None:
    """What is wrong with the signing options (a usage error, exit 2), or None."""
    if args.p12 is not None and args.pkcs11 is not None:
        return ("Chọn một: --p12 hoặc --pkcs11.", "Choose one: --p12 or --pkcs11.")
    if args.p12 is not None and not args.p12_password_env:
        return (
            "Dùng --p12 thì cần --p12-password-env VAR (mật khẩu trong biến môi trường VAR).",
            "--p12 needs --p12-password-env VAR (the password in the environment variable VAR).",
        )
    if args.pkcs11 is not None and not args.pin_env:
        return (
            "Dùng --pkcs11 thì cần --pin-env VAR (mã PIN trong biến môi trường VAR).",
            "--pkcs11 needs --pin-env VAR (the PIN in the environment variable VAR).",
        )
    if required and args.p12 is None and args.pkcs11 is None:
        return (
            "Cần --p12 FILE --p12-password-env VAR, hoặc --pkcs11 MODULE --pin-env VAR để ký số.",
            "Signing needs --p12 FILE --p12-password-env VAR, or --pkcs11 MODULE --pin-env VAR.",
        )
    return None


def _secret(variable: str, what_vi: str, what_en: str, kind_vi: str, kind_en: str) -> str:
    value = os.environ.get(variable)
    if value is None:
        raise UserError(
            f"Biến môi trường {variable} chưa được đặt; hãy đặt {what_vi} vào đó rồi chạy lại.",
            f"The environment variable {variable} is not set; put {what_en} in it and run again.",
        )
    if any("\ud800" <= c <= "\udfff" for c in value):
        # Bytes that are not UTF-8 reach Python as lone surrogates: say so before anything is
        # opened, numbered or signed (they would fail deep inside the key store).
        raise UserError(
            f"{kind_vi} trong biến môi trường {variable} không phải văn bản UTF-8 "
            "(thường do bảng mã của cửa sổ dòng lệnh). Hãy đặt lại biến đó bằng bảng mã UTF-8; "
            "chưa có gì được ký.",
            f"The {kind_en} in the environment variable {variable} is not UTF-8 text (usually "
            "the terminal's encoding). Set the variable again in UTF-8; nothing was signed.",
        )
    return value


@contextmanager
def open_signer(args: argparse.Namespace) -> Iterator[DocumentSigner | None]:
    """The signer the options name (None when they name none), open for the block.

    A wrong password or PIN, a locked token or a missing one is refused here, before the
    caller makes or numbers anything.
    """
    if args.pkcs11 is not None:
        from cchc_desktop.minutes.tokens import TokenSigner

        pin = _secret(args.pin_env, "mã PIN của USB token", "the USB token's PIN", "Mã PIN", "PIN")
        with TokenSigner.open(args.pkcs11, args.token, args.cert, pin) as signer:
            yield signer
        return
    if args.p12 is not None:
        from cchc_desktop.minutes.signing import P12Signer

        password = _secret(args.p12_password_env, "mật khẩu của tệp chứng thư số",
                           "the certificate file's password", "Mật khẩu", "password")  # fmt: skip
        yield P12Signer.from_file(args.p12, password)
        return
    yield None


def register(actions: Any) -> None:
    """`cchc minutes tokens [--pkcs11 MODULE]`."""
    tokens = actions.add_parser(
        "tokens",
        help=pick(
            "các USB token đang cắm và chứng thư trên đó",
            "the USB tokens plugged in and their certificates",
        ),
    )
    tokens.add_argument("--pkcs11", type=Path, metavar="MODULE", help=pick(
        "chỉ xem thư viện này (mặc định: mọi thư viện token đã biết có trên máy)",
        "only this library (default: every known token library on this computer)"))  # fmt: skip
    tokens.set_defaults(handler=_tokens)


def _tokens(ctx: Context, args: argparse.Namespace) -> int:
    from cchc_desktop.minutes.token_modules import find_modules
    from cchc_desktop.minutes.tokens import list_tokens

    if args.pkcs11 is not None:
        modules = [args.pkcs11]
    else:
        setting = ctx.workspace().settings().pkcs11_module if _initialised(ctx) else ""
        modules = [m.path for m in find_modules(setting)]
    found, problems = [], []
    for module in modules:
        try:
            found.extend(list_tokens(module))
        except UserError as exc:
            if args.pkcs11 is not None:
                raise
            problems.append(exc.message)  # one vendor's broken library does not hide the rest
    if ctx.json:
        output.emit_json([t.as_dict() for t in found])
        return 0
    if not found:
        output.say(pick(
            "Không thấy USB token nào. Hãy cắm token, cài phần mềm của CA, hoặc chỉ thư viện "
            "PKCS#11 bằng --pkcs11.",
            "No USB token found. Plug one in, install the CA's software, or name the PKCS#11 "
            "library with --pkcs11."))  # fmt: skip
    for token in found:
        output.say(pick(f"Token «{token.label}» ({token.manufacturer} {token.model}), thư viện "
                        f"{token.module}", f"Token '{token.label}' ({token.manufacturer} "
                        f"{token.model}), library {token.module}"))  # fmt: skip
        for cert in token.certificates:
            output.say(f"  [{cert.id_hex or cert.label}] " + _certificate_line(cert))
    for problem in problems:
        output.warn(problem)
    return 0


def _certificate_line(cert: Any) -> str:
    """Holder (identifiers), issuer, validity, and whether it signs or is a CA's."""
    holder = cert.holder.name
    if cert.holder.identifiers:
        holder += f" ({cert.holder.identifier_text()})"
    start, end = cert.info.not_before[:10], cert.info.not_after[:10]
    if cert.has_key:
        return pick(
            f"{holder} — do {cert.info.issuer} cấp, hiệu lực {start} đến {end} (ký số được)",
            f"{holder} — issued by {cert.info.issuer}, valid {start} to {end} (can sign)",
        )
    return pick(f"{holder} — chứng thư của CA", f"{holder} — a CA's certificate")


def _initialised(ctx: Context) -> bool:
    from cchc_desktop.store.datafolder import DataFolder

    return DataFolder(ctx.data_dir).is_initialised()
