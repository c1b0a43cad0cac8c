"""`cchc sign` and `cchc minutes sign|verify|list|supplement|trust|tokens|combine`: the signed
biên bản.

(`minutes make`, `check` and `attach-signed`, the draft, the readiness list, the issue and the
paper path, are in cmd_issue.py, which also prints the confirmation summary every signing
command shows; how a signer is opened, .p12 or USB token, is in ``cmd_tokens``; ``combine``,
many biên bản as one marked copy, lives in cmd_office.)"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cchc_desktop.cli import cmd_tokens, output
from cchc_desktop.cli.context import Context
from cchc_desktop.errors import pick, read_named_file

if TYPE_CHECKING:
    from cchc_desktop.store.workspace import Workspace

ROLES = "truong_doan, dai_dien_don_vi, thu_ky"

# `minutes verify` exit codes: 0 HỢP LỆ, 3 CHƯA XÁC THỰC ĐƯỢC, 1 KHÔNG HỢP LỆ (the verdicts of
# minutes.verify), and 4 for a PDF that carries no digital signature at all: it is none of
# them, and scripts sorting a folder of scans need to tell it apart.
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

    add_sig = actions.add_parser(
        "sign", help=pick("ký số tiếp vào tệp biên bản", "add a digital signature to a PDF")
    )
    add_sig.add_argument("file", type=Path, metavar="FILE.pdf")
    signing_options(add_sig, role_required=True)
    add_sig.add_argument("-o", "--output", type=Path, metavar="OUT.pdf")
    add_sig.set_defaults(handler=_sign_file)

    verify = actions.add_parser(
        "verify",
        help=pick("kiểm tra chữ ký số của tệp", "check a PDF's digital signatures"),
        epilog=pick(
            "Mã thoát: 0 HỢP LỆ (nguyên vẹn, chứng thư tin cậy và còn hiệu lực khi ký, đúng "
            "người có tên); 3 CHƯA XÁC THỰC ĐƯỢC (nguyên vẹn nhưng chưa xác thực được: chứng thư "
            "gốc chưa tin cậy, tên không khớp hoặc ký thay, chưa rõ bị thu hồi hay không); 1 KHÔNG "
            "HỢP LỆ (đã bị thay đổi, chữ ký hỏng, chứng thư hết hạn hoặc bị thu hồi khi ký); "
            f"{EXIT_UNSIGNED} tệp chưa có chữ ký số nào.",
            "Exit status: 0 VALID (intact, trusted certificate valid when it signed, the person "
            "named); 3 NOT VERIFIED (intact, but trust or identity not established: unknown "
            "root, a name that does not match or signing on behalf, revocation unknown); 1 NOT "
            "VALID (changed, a broken signature, a certificate expired or revoked when it "
            f"signed); {EXIT_UNSIGNED} the file has no digital signature.",
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

    from cchc_desktop.cli.cmd_office import register_combine

    register_combine(actions)

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
    add_crl = trust_actions.add_parser("add-crl", help=pick(
        "thêm danh sách chứng thư bị thu hồi (CRL) tải từ cổng của CA",
        "add a certificate revocation list (CRL) downloaded from the CA's portal"))  # fmt: skip
    add_crl.add_argument("file", type=Path, nargs="+", metavar="FILE.crl")
    add_crl.set_defaults(handler=_trust_add_crl)
    cmd_tokens.register(actions)


def signing_options(parser: argparse.ArgumentParser, *, role_required: bool) -> None:
    """--p12, --p12-password-env, --role, --tsa: how a signing command signs."""
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
        "máy chủ cấp dấu thời gian RFC 3161 (mặc định: theo cài đặt)",
        "RFC 3161 time-stamp server (default: the settings')"))  # fmt: skip
    cmd_tokens.add_options(parser)


def usage(message_vi: str, message_en: str) -> int:
    """Say a usage mistake on stderr; the exit status of one (2)."""
    print(pick(message_vi, message_en), file=sys.stderr)
    return 2


def _signer(ctx: Context, args: argparse.Namespace) -> int:
    from cchc_desktop.cli.cmd_issue import handwriting_summary
    from cchc_desktop.minutes.readiness import check, refuse_unless_ready
    from cchc_desktop.minutes.signature_image import prepare
    from cchc_desktop.store.inspections import ensure_editable
    from cchc_desktop.store.lookup import resolve
    from cchc_desktop.store.signers import set_signer

    ws = ctx.workspace()
    inspection_id = resolve(ws, "inspections", args.inspection)
    ensure_editable(ws, inspection_id)  # an issued biên bản takes no new signer: said first
    image_sha = None
    summary = None
    if args.image is not None:
        # A handwritten signature agrees to the content: the content must be whole first (names
        # and titles of signers may be set at any time, so they do not stop it).
        refuse_unless_ready(
            check(ws, inspection_id), "thêm chữ ký tay", "add a handwritten signature",
            content_only=True,
        )  # fmt: skip
        image = prepare(read_named_file(args.image), args.image.name)
        summary = handwriting_summary(ws, inspection_id, args.role, args.name, args.title)
        image_sha = ws.media.put_bytes(image)
    signer_id = set_signer(
        ws, inspection_id, role=args.role, name=args.name, title=args.title,
        image_sha256=image_sha,
    )  # fmt: skip
    if summary is not None and not ctx.json:
        for line in summary.lines():
            output.say(line)
    ctx.created(
        signer_id, pick("Đã ghi người ký", "Signer recorded"), role=args.role,
        image_sha256=image_sha, **({"summary": summary.as_dict()} if summary else {}),
    )  # fmt: skip
    return 0


def say_signed(ws: Workspace | None, signed: Any, outbox: Path | None) -> None:
    """Who signed, in which role, when; where the signed copy is."""
    from cchc_desktop.domain.roles import SignerRole
    from cchc_desktop.minutes.issue import signing_note

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
    note = signing_note(signed)
    if note:
        output.say(note)


def _workspace_if_any(ctx: Context) -> Workspace | None:
    from cchc_desktop.store.datafolder import DataFolder

    return ctx.workspace() if DataFolder(ctx.data_dir).is_initialised() else None


def _sign_file(ctx: Context, args: argparse.Namespace) -> int:
    from cchc_desktop.cli.cmd_issue import say_summary
    from cchc_desktop.minutes.cosign import sign_file

    problem = cmd_tokens.usage_problem(args, required=True)
    if problem is not None:
        return usage(*problem)
    ws = _workspace_if_any(ctx)
    with cmd_tokens.open_signer(args) as signer:
        assert signer is not None
        signed, out, registered = sign_file(
            ws, args.file, signer, role=args.role, target=args.output, tsa_url=args.tsa,
            on_behalf=args.on_behalf,
        )  # fmt: skip
    outbox = registered.outbox if registered else None
    if ctx.json:
        output.emit_json(
            {
                "id": registered.record["id"] if registered else None,
                "file": str(out),
                "role": signed.role,
                "signer": signed.certificate.subject,
                "signed_at": signed.signed_at,
                "printed_name": signed.printed_name,
                "names_match": signed.names_match,
                "on_behalf": signed.on_behalf or None,
                "revocation": signed.revocation,
                "timestamped": signed.timestamped,
                "outbox": str(outbox) if outbox else None,
                "summary": registered.summary.as_dict()
                if registered and registered.summary
                else None,
            }
        )
    else:
        if registered is not None and registered.summary is not None:
            say_summary(registered.summary)
        say_signed(ws, signed, outbox)
        output.say(pick(f"Tệp đã ký: {out}", f"Signed file: {out}"))
    return 0


def _verify(ctx: Context, args: argparse.Namespace) -> int:
    from cchc_desktop.cli.cmd_issue import say_scan
    from cchc_desktop.minutes.revocation import load_crls
    from cchc_desktop.minutes.trust import load_roots
    from cchc_desktop.minutes.verify import VALID, verify_pdf
    from cchc_desktop.minutes.verify_report import verdict_word

    data = read_named_file(args.file)
    ws = _workspace_if_any(ctx)
    if ws is not None and say_scan(ctx, ws, args.file, data):
        return 0  # a paper-signed scan the register knows: the official copy, no signature
    folder = ws.folder if ws else None
    report = verify_pdf(data, load_roots(folder, args.trust), load_crls(folder))
    if ctx.json:
        output.emit_json({"file": str(args.file), **report.as_dict()})
    else:
        for line in report.lines():
            output.say(line)
    if not report.signatures and report.error is None:
        # Nothing to judge: the report has said so once; its own exit code tells scripts.
        return EXIT_UNSIGNED
    if report.verdict != VALID:
        output.warn(f"{args.file}: {verdict_word(report.verdict)}")
    return report.exit_code


def _list(ctx: Context, args: argparse.Namespace) -> int:
    from cchc_desktop.domain.dates import dmy
    from cchc_desktop.minutes.paper import status_label
    from cchc_desktop.minutes.register import of_inspection
    from cchc_desktop.store.lookup import resolve

    ws = ctx.workspace()
    rows = of_inspection(ws, resolve(ws, "inspections", args.inspection))
    if ctx.json:
        output.emit_json([{**r, "status": status_label(r)} for r in rows])
        return 0
    output.table(
        (
            [
                r["id"][:8],
                r["revision_no"],
                r["doc_number"],
                r["page_count"],
                status_label(r),
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
            pick("Ngày phát hành", "Issued on"),
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


def _trust_add_crl(ctx: Context, args: argparse.Namespace) -> int:
    from cchc_desktop.minutes.revocation import add_crl

    folder = ctx.workspace().folder
    added = [add_crl(folder, path) for path in args.file]
    if ctx.json:
        output.emit_json([{"id": a.fingerprint, **a.as_dict()} for a in added])
        return 0
    for info in added:
        output.say(
            pick(
                f"Đã thêm CRL của {info.issuer}, phát hành {info.this_update[:10]}, hiệu lực đến "
                f"{info.next_update[:10] or '?'} ({info.revoked} chứng thư bị thu hồi)",
                f"Added the CRL of {info.issuer}, issued {info.this_update[:10]}, next update "
                f"{info.next_update[:10] or '?'} ({info.revoked} revoked certificates)",
            )
        )
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
