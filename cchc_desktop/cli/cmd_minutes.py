"""`cchc sign` and `cchc minutes make|sign|verify|list|supplement|trust`: the signed biên bản."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cchc_desktop.cli import output
from cchc_desktop.cli.context import Context
from cchc_desktop.errors import UserError, pick, read_named_file

if TYPE_CHECKING:
    from cchc_desktop.minutes.signing import P12Signer
    from cchc_desktop.store.workspace import Workspace

ROLES = "truong_doan, dai_dien_don_vi, thu_ky"

# `minutes verify` exit codes beyond 0 (valid) and 1 (not valid): a PDF that carries no digital
# signature at all is neither, and scripts sorting a folder of scans need to tell it apart.
EXIT_UNSIGNED = 4


def register(commands: Any) -> None:
    sign = commands.add_parser(
        "sign",
        help=pick(
            "người ký biên bản (và ảnh chữ ký tay)", "a signer of the minutes (and signature image)"
        ),
    )
    sign.add_argument("inspection", metavar="ID")
    sign.add_argument("--role", required=True, help=ROLES)
    sign.add_argument("--name", required=True)
    sign.add_argument("--title", required=True)
    sign.add_argument(
        "--image",
        type=Path,
        help=pick(
            "ảnh chữ ký tay (PNG trong suốt, hoặc ảnh quét trên giấy)",
            "handwritten signature (transparent PNG, or a scan on paper)",
        ),
    )
    sign.set_defaults(handler=_signer)

    minutes = commands.add_parser("minutes", help=pick("biên bản kiểm tra", "inspection minutes"))
    actions = minutes.add_subparsers(dest="action", metavar="ACTION", required=True)

    make = actions.add_parser("make", help=pick("lập biên bản (PDF)", "make the minutes (PDF)"))
    make.add_argument("inspection", metavar="ID")
    make.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    _signing_options(make, role_required=False)
    make.add_argument("--docx", type=Path, metavar="FILE.docx", help=pick(
        "bản nháp Word chưa ký", "the unsigned draft as a Word file"))  # fmt: skip
    make.set_defaults(handler=_make)

    add_sig = actions.add_parser(
        "sign", help=pick("ký số tiếp vào tệp biên bản", "add a digital signature to a PDF")
    )
    add_sig.add_argument("file", type=Path, metavar="FILE.pdf")
    _signing_options(add_sig, role_required=True)
    add_sig.add_argument("-o", "--output", type=Path, metavar="OUT.pdf")
    add_sig.set_defaults(handler=_sign_file)

    verify = actions.add_parser(
        "verify",
        help=pick("kiểm tra chữ ký số của tệp", "check a PDF's digital signatures"),
        epilog=pick(
            "Mã thoát: 0 hợp lệ; 1 không hợp lệ (đã bị thay đổi hoặc chữ ký hỏng); "
            f"{EXIT_UNSIGNED} tệp chưa có chữ ký số nào.",
            "Exit status: 0 valid; 1 not valid (changed or a broken signature); "
            f"{EXIT_UNSIGNED} the file has no digital signature.",
        ),
    )
    verify.add_argument("file", type=Path, metavar="FILE.pdf")
    verify.add_argument(
        "--trust",
        type=Path,
        action="append",
        default=[],
        metavar="CA.pem",
        help=pick("thêm chứng thư gốc tin cậy cho lần này", "also trust this root, this time"),
    )
    verify.set_defaults(handler=_verify)

    listing = actions.add_parser(
        "list", help=pick("các bản biên bản của cuộc kiểm tra", "an inspection's minutes")
    )
    listing.add_argument("inspection", metavar="ID")
    listing.set_defaults(handler=_list)

    supplement = actions.add_parser(
        "supplement",
        help=pick(
            "mở lại cuộc kiểm tra đã ký để lập biên bản bổ sung",
            "reopen a signed inspection for a supplementary record",
        ),
    )
    supplement.add_argument("inspection", metavar="ID")
    supplement.set_defaults(handler=_supplement)

    trust = actions.add_parser(
        "trust", help=pick("danh sách chứng thư gốc tin cậy", "trusted root certificates")
    )
    trust_actions = trust.add_subparsers(dest="trust_action", metavar="ACTION", required=True)
    trust_add = trust_actions.add_parser("add", help=pick("tin cậy một CA", "trust a CA"))
    trust_add.add_argument("file", type=Path, metavar="CA.pem")
    trust_add.set_defaults(handler=_trust_add)
    trust_actions.add_parser("list", help=pick("liệt kê", "list")).set_defaults(handler=_trust_list)
    trust_remove = trust_actions.add_parser("remove", help=pick("bỏ tin cậy", "stop trusting"))
    trust_remove.add_argument("fingerprint", metavar="SHA256")
    trust_remove.set_defaults(handler=_trust_remove)


def _signing_options(parser: argparse.ArgumentParser, *, role_required: bool) -> None:
    parser.add_argument("--p12", type=Path, metavar="FILE", help=pick(
        "tệp chứng thư số .p12/.pfx", "certificate file .p12/.pfx"))  # fmt: skip
    parser.add_argument(
        "--p12-password-env",
        metavar="VAR",
        help=pick(
            "tên biến môi trường chứa mật khẩu (mật khẩu không bao giờ được lưu)",
            "environment variable holding the password (never stored)",
        ),
    )
    parser.add_argument("--role", required=role_required, default="truong_doan", help=ROLES)
    parser.add_argument("--tsa", metavar="URL", help=pick(
        "máy chủ cấp dấu thời gian (tùy chọn)", "time-stamp server (optional)"))  # fmt: skip


def _usage(message_vi: str, message_en: str) -> int:
    print(pick(message_vi, message_en), file=sys.stderr)
    return 2


def _load_signer(args: argparse.Namespace) -> P12Signer:
    """The .p12 opened with the password from the named environment variable."""
    from cchc_desktop.minutes.signing import P12Signer

    password = os.environ.get(args.p12_password_env)
    if password is None:
        raise UserError(
            f"Biến môi trường {args.p12_password_env} chưa được đặt; hãy đặt mật khẩu của tệp "
            "chứng thư số vào đó rồi chạy lại.",
            f"The environment variable {args.p12_password_env} is not set; put the certificate "
            "file's password in it and run again.",
        )
    if any("\ud800" <= c <= "\udfff" for c in password):
        raise UserError(
            f"Mật khẩu trong biến môi trường {args.p12_password_env} không phải văn bản UTF-8 "
            "(thường do bảng mã của cửa sổ dòng lệnh). Hãy đặt lại biến đó bằng bảng mã UTF-8; "
            "chưa có gì được ký.",
            f"The password in the environment variable {args.p12_password_env} is not UTF-8 "
            "text (usually the terminal's encoding). Set the variable again in UTF-8; nothing "
            "was signed.",
        )
    return P12Signer.from_file(args.p12, password)


def _signer(ctx: Context, args: argparse.Namespace) -> int:
    from cchc_desktop.minutes.signature_image import prepare
    from cchc_desktop.store.lookup import resolve
    from cchc_desktop.store.signers import set_signer

    ws = ctx.workspace()
    inspection_id = resolve(ws, "inspections", args.inspection)
    image_sha = None
    if args.image is not None:
        image_sha = ws.media.put_bytes(prepare(read_named_file(args.image), args.image.name))
    signer_id = set_signer(
        ws, inspection_id, role=args.role, name=args.name, title=args.title,
        image_sha256=image_sha,
    )  # fmt: skip
    ctx.created(
        signer_id, pick("Đã ghi người ký", "Signer recorded"), role=args.role,
        image_sha256=image_sha,
    )  # fmt: skip
    return 0


def _make(ctx: Context, args: argparse.Namespace) -> int:
    from cchc_desktop.minutes.certificates import check_for_signing
    from cchc_desktop.minutes.docx_export import write_docx
    from cchc_desktop.minutes.issue import describe_made, images, make_minutes, sign_minutes
    from cchc_desktop.store.atomic import write_atomic

    if args.p12 is not None and not args.p12_password_env:
        return _usage(
            "Dùng --p12 thì cần --p12-password-env VAR (mật khẩu trong biến môi trường VAR).",
            "--p12 needs --p12-password-env VAR (the password in the environment variable VAR).",
        )
    ws = ctx.workspace()
    signer = None
    if args.p12 is not None:
        # Password and certificate first: a refusal must leave no draft and no used number.
        signer = _load_signer(args)
        check_for_signing(signer.certificate)
    made = make_minutes(ws, args.inspection)
    pdf, signed = made.result.pdf, None
    if signer is not None:
        signed = sign_minutes(ws, made.minutes_id, signer, role=args.role, tsa_url=args.tsa)
        pdf = signed.signed.pdf
    write_atomic(args.output, pdf)
    if args.docx is not None:
        write_docx(made.snapshot, images(ws), args.docx)
    if ctx.json:
        output.emit_json(
            {
                "id": made.minutes_id,
                "inspection_id": made.inspection_id,
                "revision_no": made.revision_no,
                "doc_number": made.doc_number,
                "pages": made.result.page_count,
                "pdf": str(args.output),
                "signed": signed is not None,
                "signers": signed.record["signers"] if signed else [],
                "outbox": str(signed.outbox) if signed else None,
                "docx": str(args.docx) if args.docx else None,
            }
        )
    else:
        output.say(f"{describe_made(made)} → {args.output}")
        if signed is not None:
            _say_signed(ws, signed.signed, signed.outbox)
            if signed.warning:
                output.warn(signed.warning)
        if args.docx is not None:
            output.say(pick(f"Bản nháp Word: {args.docx}", f"Word draft: {args.docx}"))
    return 0


def _say_signed(ws: Workspace | None, signed: Any, outbox: Path | None) -> None:
    from cchc_desktop.domain.roles import SignerRole

    output.say(
        pick(
            f"Đã ký số: {signed.certificate.subject} ({SignerRole(signed.role).label_vi}), "
            f"lúc {signed.signed_at}",
            f"Signed: {signed.certificate.subject} ({SignerRole(signed.role).label}), "
            f"at {signed.signed_at}",
        )
    )
    if outbox is not None:
        output.say(
            pick(f"Bản đã ký trong hộp thư đi: {outbox}", f"Signed copy in outbox: {outbox}")
        )


def _workspace_if_any(ctx: Context) -> Workspace | None:
    from cchc_desktop.store.datafolder import DataFolder

    return ctx.workspace() if DataFolder(ctx.data_dir).is_initialised() else None


def _sign_file(ctx: Context, args: argparse.Namespace) -> int:
    from cchc_desktop.minutes.issue import sign_file

    if args.p12 is None or not args.p12_password_env:
        return _usage(
            "Cần --p12 FILE và --p12-password-env VAR để ký số.",
            "Signing needs --p12 FILE and --p12-password-env VAR.",
        )
    signer = _load_signer(args)
    ws = _workspace_if_any(ctx)
    signed, out, registered = sign_file(
        ws, args.file, signer, role=args.role, target=args.output, tsa_url=args.tsa
    )
    outbox = registered.outbox if registered else None
    if ctx.json:
        output.emit_json(
            {
                "id": registered.record["id"] if registered else None,
                "file": str(out),
                "role": signed.role,
                "signer": signed.certificate.subject,
                "signed_at": signed.signed_at,
                "outbox": str(outbox) if outbox else None,
            }
        )
    else:
        _say_signed(ws, signed, outbox)
        output.say(pick(f"Tệp đã ký: {out}", f"Signed file: {out}"))
        if registered is not None and registered.warning:
            output.warn(registered.warning)
    return 0


def _verify(ctx: Context, args: argparse.Namespace) -> int:
    from cchc_desktop.minutes.trust import load_roots
    from cchc_desktop.minutes.verify import verify_pdf

    data = read_named_file(args.file)
    ws = _workspace_if_any(ctx)
    roots = load_roots(ws.folder if ws else None, args.trust)
    report = verify_pdf(data, roots)
    if ctx.json:
        output.emit_json({"file": str(args.file), **report.as_dict()})
    else:
        for line in report.lines():
            output.say(line)
    if not report.signatures and not report.error:
        # Nothing to judge: the report has said so once; its own exit code tells scripts.
        return EXIT_UNSIGNED
    if not report.ok:
        output.warn(
            pick(
                f"{args.file}: chữ ký số không hợp lệ hoặc văn bản đã bị thay đổi sau khi ký.",
                f"{args.file}: a digital signature is broken or the document changed after "
                "signing.",
            )
        )
        return 1
    return 0


def _list(ctx: Context, args: argparse.Namespace) -> int:
    from cchc_desktop.domain.dates import dmy
    from cchc_desktop.minutes.register import of_inspection
    from cchc_desktop.store.lookup import resolve

    ws = ctx.workspace()
    rows = of_inspection(ws, resolve(ws, "inspections", args.inspection))
    if ctx.json:
        output.emit_json(rows)
        return 0
    output.table(
        (
            [
                r["id"][:8],
                r["revision_no"],
                r["doc_number"],
                r["page_count"],
                pick("đã ký", "signed") if r["signed"] else pick("bản nháp", "draft"),
                dmy(r["signed_at"][:10]) if r["signed_at"] else "",
                ", ".join(s["name"] for s in r["signers"]),
            ]
            for r in rows
        ),
        [
            pick("Mã id", "Id"),
            pick("Lần", "Rev."),
            pick("Số", "Number"),
            pick("Trang", "Pages"),
            pick("Tình trạng", "Status"),
            pick("Ngày ký", "Signed on"),
            pick("Người ký số", "Digital signers"),
        ],
    )
    return 0


def _supplement(ctx: Context, args: argparse.Namespace) -> int:
    from cchc_desktop.minutes.supplement import reopen

    signed = reopen(ctx.workspace(), args.inspection)
    ctx.created(
        str(signed["id"]),
        pick(
            f"Đã mở lại để lập biên bản bổ sung cho Biên bản số {signed['doc_number']}; sửa nội "
            "dung rồi chạy «cchc minutes make». Biên bản đã ký",
            f"Reopened for a supplement to minutes {signed['doc_number']}; edit, then run "
            "'cchc minutes make'. Signed minutes",
        ),
    )
    return 0


def _trust_add(ctx: Context, args: argparse.Namespace) -> int:
    from cchc_desktop.minutes.trust import add_root

    added = add_root(ctx.workspace().folder, args.file)
    if ctx.json:
        output.emit_json([{"id": a.fingerprint, **a.as_dict()} for a in added])
    else:
        for info in added:
            output.say(pick(f"Đã tin cậy: {info.subject}", f"Trusted: {info.subject}")
                       + f" ({info.fingerprint[:16]})")  # fmt: skip
    return 0


def _trust_list(ctx: Context, _args: argparse.Namespace) -> int:
    from cchc_desktop.minutes.trust import list_roots

    roots = list_roots(ctx.workspace().folder)
    if ctx.json:
        output.emit_json([{"id": r.fingerprint, **r.as_dict()} for r in roots])
        return 0
    output.table(
        ([r.fingerprint[:16], r.subject, r.not_after[:10]] for r in roots),
        [pick("Dấu vân tay", "Fingerprint"), pick("Tên", "Name"), pick("Hết hạn", "Expires")],
    )
    return 0


def _trust_remove(ctx: Context, args: argparse.Namespace) -> int:
    from cchc_desktop.minutes.trust import remove_root

    info = remove_root(ctx.workspace().folder, args.fingerprint)
    ctx.created(info.fingerprint, pick("Đã bỏ tin cậy", "No longer trusted") + f" {info.subject}")
    return 0
