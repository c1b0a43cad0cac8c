"""`cchc minutes make|check|attach-signed`: the biên bản from draft to issue, and the paper path.

`make` writes a draft (no number, DỰ THẢO), or issues the biên bản: `--p12` or `--pkcs11` (a USB
token) signs it digitally, `--final` makes it final for signing on paper. Both check readiness first and print the summary
a person confirms in the window (here it is printed, never asked: scripts must not hang).
`check` prints the readiness list (exit 1 while anything blocks); `attach-signed` records the
scanned paper-signed copy.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cchc_desktop.cli import cmd_tokens, output
from cchc_desktop.cli.cmd_edit import actions_of
from cchc_desktop.cli.cmd_minutes import say_signed, signing_options, usage
from cchc_desktop.cli.context import Context
from cchc_desktop.errors import pick

if TYPE_CHECKING:
    from cchc_desktop.minutes.issue import Issued
    from cchc_desktop.minutes.readiness import Readiness
    from cchc_desktop.minutes.snapshot import MinutesSnapshot
    from cchc_desktop.minutes.summary import SigningSummary
    from cchc_desktop.store.workspace import Workspace


def register(commands: Any) -> None:
    """Add `make`, `check` and `attach-signed` to the `minutes` group."""
    actions = actions_of(commands, "minutes")
    make = actions.add_parser(
        "make",
        help=pick(
            "dự thảo biên bản (PDF); --p12/--pkcs11: phát hành và ký số; --final: phát hành để "
            "ký giấy",
            "the draft minutes (PDF); --p12/--pkcs11: issue and sign; --final: issue for signing "
            "on paper",
        ),
    )
    make.add_argument("inspection", metavar="ID")
    make.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    signing_options(make, role_required=False)
    make.add_argument(
        "--final",
        action="store_true",
        help=pick(
            "bản cuối chưa ký để in và ký trên giấy: kiểm tra sẵn sàng, cấp số, khóa nội dung",
            "the final unsigned minutes to print and sign on paper: checks readiness, takes "
            "the number, locks the content",
        ),
    )
    make.add_argument("--docx", type=Path, metavar="FILE.docx", help=pick(
        "bản nháp Word chưa ký", "the unsigned draft as a Word file"))  # fmt: skip
    make.set_defaults(handler=_make)

    check = actions.add_parser(
        "check",
        help=pick(
            "sẵn sàng ký chưa: những mục còn chặn và những lưu ý (mã thoát 1 khi còn mục chặn)",
            "ready to sign? what blocks and what warns (exit 1 while anything blocks)",
        ),
    )
    check.add_argument("inspection", metavar="ID")
    check.set_defaults(handler=_check)

    attach = actions.add_parser(
        "attach-signed",
        help=pick(
            "nhận bản giấy đã ký (bản quét PDF hoặc ảnh chụp các trang) làm bản chính thức",
            "record the paper-signed copy (a scanned PDF or photos of the pages) as official",
        ),
    )
    attach.add_argument("inspection", metavar="ID")
    attach.add_argument("scans", type=Path, nargs="+", metavar="SCAN")
    attach.set_defaults(handler=_attach)


def say_summary(summary: SigningSummary) -> None:
    """The confirmation the window asks for, printed (scripts are never asked)."""
    for line in summary.lines():
        output.say(line)


def handwriting_summary(
    ws: Workspace, inspection_id: str, role: str, name: str, title: str
) -> SigningSummary:
    """The summary of adding a handwritten signature: the draft's pages, who signs."""
    from cchc_desktop.domain.roles import SignerRole
    from cchc_desktop.minutes.issue import draft_minutes
    from cchc_desktop.minutes.summary import HANDWRITTEN, Party, SigningSummary

    draft = draft_minutes(ws, inspection_id)
    return SigningSummary(
        HANDWRITTEN,
        draft.snapshot.doc_number,
        draft.revision_no,
        draft.result.page_count,
        (Party(SignerRole.parse(role).value, name, title),),
        issues=False,
    )


def say_scan(ctx: Context, ws: Workspace, path: Path, data: bytes) -> bool:
    """`minutes verify` of a paper-signed scan the register knows: say so; True when it was."""
    from cchc_desktop.minutes.paper import recognise

    found = recognise(ws, data)
    if found is None:
        return False
    if ctx.json:
        output.emit_json({"file": str(path), "ok": True, "signatures": [], **found.as_dict()})
    else:
        for line in found.lines():
            output.say(line)
    return True


def _make(ctx: Context, args: argparse.Namespace) -> int:
    from cchc_desktop.atomic import check_writable, write_atomic
    from cchc_desktop.minutes.certificates import check_for_signing
    from cchc_desktop.minutes.docx_export import write_docx
    from cchc_desktop.minutes.issue import describe_made, draft_minutes, issue_minutes
    from cchc_desktop.minutes.readiness import check

    problem = cmd_tokens.usage_problem(args, required=False)
    if problem is not None:
        return usage(*problem)
    if (args.p12 is not None or args.pkcs11 is not None) and args.final:
        return usage(
            "Chọn một: --p12/--pkcs11 (ký số) hoặc --final (phát hành để ký giấy).",
            "Choose one: --p12/--pkcs11 (digital signature) or --final (issue for signing on "
            "paper).",
        )
    ws = ctx.workspace()
    for path in (args.output, args.docx):
        if path is not None:
            check_writable(path)  # before anything is taken: a number, a signature
    issued = None
    # The password or PIN and the certificate first: a refusal must leave no number used.
    # Then issued and signed as one: a refusal while signing (a name that does not match, a
    # token pulled out) leaves no number, no row and no file.
    with cmd_tokens.open_signer(args) as signer:
        if signer is not None:
            check_for_signing(signer.certificate)
        if signer is not None or args.final:
            issued = issue_minutes(
                ws, args.inspection, signer=signer, role=args.role, paper=args.final,
                output=args.output, tsa_url=args.tsa, on_behalf=args.on_behalf,
            )  # fmt: skip
    if issued is not None:
        snapshot, pages = issued.snapshot, issued.record["page_count"]
    else:
        draft = draft_minutes(ws, args.inspection)
        snapshot, pages = draft.snapshot, draft.result.page_count
        write_atomic(args.output, draft.result.pdf)
    if args.docx is not None:
        write_docx(snapshot, args.docx)
    readiness = issued.readiness if issued else check(ws, snapshot.inspection_id)
    if ctx.json:
        output.emit_json(_made_json(args, issued, snapshot, pages, readiness))
    else:
        _say_made(ws, args, issued, snapshot, describe_made(snapshot, pages), readiness)
    return 0


def _made_json(
    args: argparse.Namespace,
    issued: Issued | None,
    snapshot: MinutesSnapshot,
    pages: int,
    readiness: Readiness,
) -> dict[str, Any]:
    """What `minutes make --json` prints: the biên bản made, issued or a draft."""
    record = issued.record if issued else None
    return {
        "id": record["id"] if record else None,
        "inspection_id": snapshot.inspection_id,
        "revision_no": snapshot.revision_no,
        "doc_number": snapshot.doc_number if issued else None,
        "draft": issued is None,
        "paper": bool(args.final),
        "pages": pages,
        "pdf": str(args.output),
        "signed": issued is not None and issued.signed is not None,
        "signers": record["signers"] if record else [],
        "outbox": str(issued.outbox) if issued and issued.outbox else None,
        "docx": str(args.docx) if args.docx else None,
        "summary": issued.summary.as_dict() if issued else None,
        "readiness": readiness.as_dict(),
    }


def _say_made(
    ws: Workspace,
    args: argparse.Namespace,
    issued: Issued | None,
    snapshot: MinutesSnapshot,
    made: str,
    readiness: Readiness,
) -> None:
    """What `minutes make` says: the file made (``made``, its one line), then what to do next."""
    if issued is not None:
        say_summary(issued.summary)
    output.say(f"{made} → {args.output}")
    if issued is not None and issued.signed is not None:
        say_signed(ws, issued.signed, issued.outbox)  # with the on-behalf and revocation notes
    elif issued is not None:
        output.say(
            pick(
                "In bản này để hai bên ký trên giấy; rồi nhận bản đã ký: cchc minutes "
                f"attach-signed {snapshot.inspection_id[:8]} BAN-QUET.pdf",
                "Print it for both sides to sign in ink; then record the signed copy: cchc "
                f"minutes attach-signed {snapshot.inspection_id[:8]} SCAN.pdf",
            )
        )
    else:
        output.say(readiness.summary())
        if not readiness.ready:
            output.say(
                pick(
                    f"Xem danh sách: cchc minutes check {snapshot.inspection_id[:8]}",
                    f"See the list: cchc minutes check {snapshot.inspection_id[:8]}",
                )
            )
    if args.docx is not None:
        output.say(pick(f"Bản nháp Word: {args.docx}", f"Word draft: {args.docx}"))


def _check(ctx: Context, args: argparse.Namespace) -> int:
    from cchc_desktop.minutes.readiness import check
    from cchc_desktop.store.lookup import resolve

    ws = ctx.workspace()
    readiness = check(ws, resolve(ws, "inspections", args.inspection))
    if ctx.json:
        output.emit_json(readiness.as_dict())
    else:
        output.say(readiness.summary())
        for item in readiness.blocking:
            output.warn(f"✗ {item.text}")  # a refused item: one line each on stderr
        for item in readiness.warnings:
            output.say(f"! {item.text}")
    return 0 if readiness.ready else 1


def _attach(ctx: Context, args: argparse.Namespace) -> int:
    from cchc_desktop.minutes.paper import attach_signed, status_label

    ws = ctx.workspace()
    attached = attach_signed(ws, args.inspection, args.scans)
    record = attached.record
    if ctx.json:
        output.emit_json(
            {
                "id": record["id"],
                "doc_number": record["doc_number"],
                "status": status_label(record),
                "pages": attached.pages,
                "scan_sha256": record["scan_sha256"],
                "outbox": str(attached.outbox),
            }
        )
    else:
        output.say(
            pick(
                f"Đã nhận {status_label(record)} của Biên bản số {record['doc_number']}: "
                f"{attached.pages} trang, là bản chính thức.",
                f"Recorded the {status_label(record)} of minutes {record['doc_number']}: "
                f"{attached.pages} pages, the official copy.",
            )
        )
        output.say(pick(f"Bản lưu ở hộp thư đi: {attached.outbox}",
                        f"Copy in the outbox: {attached.outbox}"))  # fmt: skip
    return 0
