"""`cchc followups set` and the previous recommendations in `cchc inspections show`.

`followups set ID STATUS [--note TEXT] [--inspection ID]` sets a kiến nghị's follow-up status
(and the note of the evidence seen) through the same core functions as the window: with
``--inspection`` it is the review of a previous recommendation during that inspection
(``store.previous.review_previous``, as the "Kiến nghị kỳ trước" tab does), else the office's
update (``store.findings.update_finding``, as the follow-up page does).
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from cchc_desktop.cli import output
from cchc_desktop.cli.cmd_edit import actions_of
from cchc_desktop.cli.context import Context
from cchc_desktop.domain.dates import dmy
from cchc_desktop.domain.findings import FollowUpStatus
from cchc_desktop.domain.previous import summary
from cchc_desktop.errors import UserError, pick

if TYPE_CHECKING:
    from cchc_desktop.store.findings import FindingChanges


def register(commands: Any) -> None:
    """Add `set` to the followups group (when this run builds it)."""
    actions = actions_of(commands, "followups")
    if actions is None:
        return
    put = actions.add_parser(
        "set",
        help=pick(
            "cập nhật tình trạng thực hiện một kiến nghị", "set a recommendation's follow-up status"
        ),
    )
    put.add_argument("finding", metavar="ID")
    put.add_argument(
        "status", metavar="STATUS", help="chua_thuc_hien, dang_thuc_hien, da_hoan_thanh"
    )
    put.add_argument(
        "--note", help=pick("minh chứng đã xem (ghi chú)", "the evidence seen (a short note)")
    )
    put.add_argument(
        "--inspection",
        metavar="ID",
        help=pick(
            "cuộc kiểm tra sau đã xem xét kiến nghị này (kiến nghị kỳ trước)",
            "the later inspection that looked at it (a previous recommendation)",
        ),
    )
    put.set_defaults(handler=_set)


def _set(ctx: Context, args: argparse.Namespace) -> int:
    from cchc_desktop.store.findings import update_finding
    from cchc_desktop.store.lookup import live_record, resolve
    from cchc_desktop.store.previous import review_previous

    ws = ctx.workspace()
    status = FollowUpStatus.parse(args.status).value
    finding = live_record(ws, "findings", args.finding)
    if finding["kind"] != "kien_nghi":
        raise UserError(
            "Chỉ kiến nghị mới có tình trạng thực hiện; đây là một "
            f"{'ưu điểm' if finding['kind'] == 'uu_diem' else 'tồn tại'}.",
            "Only a recommendation has a follow-up status.",
        )
    if args.inspection:
        inspection_id = resolve(ws, "inspections", args.inspection)
        review_previous(ws, inspection_id, finding["id"], status=status, note=args.note)
    else:
        changes: FindingChanges = {"status": status}
        if args.note is not None:
            changes["status_note"] = args.note
        update_finding(ws, finding["id"], **changes)
    stored = live_record(ws, "findings", finding["id"])
    if ctx.json:
        output.emit_json(
            {
                key: stored[key]
                for key in ("id", "inspection_id", "text", "status", "status_note", "checked_in")
            }
        )
    else:
        output.say(
            pick("Đã cập nhật", "Updated")
            + f" {stored['id'][:8]}: {FollowUpStatus(stored['status']).label}"
            + (f" — {stored['status_note']}" if stored["status_note"] else "")
        )
    return 0


def print_previous(detail: dict[str, Any]) -> None:
    """The previous recommendations of `inspections show` for a person (after the findings)."""
    rows = detail.get("previous_recommendations") or []
    output.say("")
    output.say(
        pick("Kiến nghị kỳ trước", "Previous recommendations")
        + f" — {summary(r['status'] for r in rows)}"
    )
    if not rows:
        return
    output.table(
        (
            [
                r["id"][:8],
                dmy(r["date"]),
                r["unit"],
                r["text"][:60],
                r["responsible"],
                dmy(r["deadline"]),
                FollowUpStatus(r["status"]).label
                + (pick(" (quá hạn)", " (overdue)") if r["overdue"] else ""),
                pick("đã xem", "seen") if r["checked"] else pick("chưa xem", "not yet"),
                r["status_note"][:50],
            ]
            for r in rows
        ),
        [
            pick("Mã id", "Id"),
            pick("Ngày", "Date"),
            pick("Đơn vị", "Unit"),
            pick("Kiến nghị", "Recommendation"),
            pick("Trách nhiệm", "Responsible"),
            pick("Thời hạn", "Deadline"),
            pick("Tình trạng", "Status"),
            pick("Lần này", "This visit"),
            pick("Minh chứng", "Evidence"),
        ],
    )
    waiting = sum(1 for r in rows if not r["checked"])
    if waiting:
        output.say(
            pick(
                f"{waiting} kiến nghị kỳ trước chưa được xem xét trong cuộc kiểm tra này "
                f"(cchc followups set ID TÌNH_TRẠNG --inspection {detail['id'][:8]} --note …).",
                f"{waiting} previous recommendations not yet looked at during this inspection "
                f"(cchc followups set ID STATUS --inspection {detail['id'][:8]} --note …).",
            )
        )
