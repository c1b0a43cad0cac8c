"""`cchc inspections|answer|findings|followups`: the work of an inspection."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from cchc_desktop.cli import output
from cchc_desktop.cli.context import Context
from cchc_desktop.domain.dates import dmy
from cchc_desktop.errors import pick

if TYPE_CHECKING:
    from cchc_desktop.store.rows import FindingRow


def register(commands: Any) -> None:
    """Add this group's commands to the `cchc` parser."""
    insp = commands.add_parser("inspections", help=pick("cuộc kiểm tra", "inspections"))
    insp_cmds = insp.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = insp_cmds.add_parser("list", help=pick("liệt kê cuộc kiểm tra", "list inspections"))
    listing.add_argument("--plan")
    listing.add_argument("--unit")
    listing.set_defaults(handler=_list)
    new = insp_cmds.add_parser("new", help=pick("bắt đầu cuộc kiểm tra", "start an inspection"))
    new.add_argument("--plan", required=True)
    new.add_argument("--unit", required=True)
    new.add_argument("--date", required=True, help="YYYY-MM-DD")
    new.add_argument("--team")
    new.add_argument(
        "--template",
        help=pick(
            'mẫu bảng kiểm ("mã" hoặc "mã@phiên bản")',
            'checklist template ("key" or "key@version")',
        ),
    )
    new.add_argument("--place")
    new.set_defaults(handler=_new)
    show = insp_cmds.add_parser(
        "show", help=pick("mọi thông tin của một cuộc kiểm tra", "everything about one inspection")
    )
    show.add_argument("inspection", metavar="ID")
    show.set_defaults(handler=_show)

    answer = commands.add_parser(
        "answer", help=pick("ghi kết quả một tiêu chí", "record the result of a criterion")
    )
    answer.add_argument("inspection", metavar="ID")
    answer.add_argument("code", metavar="CODE")
    answer.add_argument(
        "result", metavar="RESULT", help="dat, dat_mot_phan, khong_dat, khong_ap_dung"
    )
    answer.add_argument("--note")
    answer.add_argument("--score", type=float)
    answer.set_defaults(handler=_answer)

    findings = commands.add_parser(
        "findings",
        help=pick("ưu điểm, tồn tại, kiến nghị", "strengths, shortcomings, recommendations"),
    )
    finding_cmds = findings.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = finding_cmds.add_parser("add", help=pick("thêm nhận xét", "add a finding"))
    add.add_argument("inspection", metavar="ID")
    add.add_argument("--kind", required=True, help="uu_diem, ton_tai, kien_nghi")
    add.add_argument("--text", required=True)
    add.add_argument("--criterion")
    add.add_argument("--deadline", help="YYYY-MM-DD")
    add.add_argument("--responsible", default="")
    add.set_defaults(handler=_findings_add)
    listing = finding_cmds.add_parser(
        "list", help=pick("nhận xét của một cuộc kiểm tra", "findings of an inspection")
    )
    listing.add_argument("inspection", metavar="ID")
    listing.set_defaults(handler=_findings_list)
    status = finding_cmds.add_parser(
        "status",
        help=pick("cập nhật tiến độ thực hiện kiến nghị", "update a recommendation's follow-up"),
    )
    status.add_argument("finding", metavar="ID")
    status.add_argument(
        "status", metavar="STATUS", help="chua_thuc_hien, dang_thuc_hien, da_hoan_thanh"
    )
    status.set_defaults(handler=_findings_status)

    follow = commands.add_parser(
        "followups", help=pick("theo dõi thực hiện kiến nghị", "follow-up of recommendations")
    )
    follow_cmds = follow.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = follow_cmds.add_parser("list", help=pick("kiến nghị và thời hạn", "recommendations"))
    listing.add_argument(
        "--overdue",
        action="store_true",
        help=pick("chỉ những kiến nghị quá hạn", "only overdue ones"),
    )
    listing.set_defaults(handler=_followups)


def _list(ctx: Context, args: argparse.Namespace) -> int:
    from cchc_desktop.cli.listings import inspections_text
    from cchc_desktop.store.inspections import list_inspections

    rows = list_inspections(ctx.workspace(), plan=args.plan, unit=args.unit)
    output.write(inspections_text(rows, ctx.json))
    return 0


def _new(ctx: Context, args: argparse.Namespace) -> int:
    from cchc_desktop.store.inspections import new_inspection

    inspection_id = new_inspection(
        ctx.workspace(),
        plan=args.plan,
        unit=args.unit,
        date=args.date,
        team=args.team,
        template=args.template,
        place=args.place,
    )
    ctx.created(inspection_id, pick("Đã tạo cuộc kiểm tra", "Inspection created"))
    return 0


def _show(ctx: Context, args: argparse.Namespace) -> int:
    from cchc_desktop.cli.cmd_previous import print_previous
    from cchc_desktop.store.detail import show_inspection

    detail = show_inspection(ctx.workspace(), args.inspection)
    if ctx.json:
        output.emit_json(detail)
        return 0
    progress = detail["progress"]
    one = output.one_line  # names as stored: from a package too, so one line each
    lines = [
        pick("Cuộc kiểm tra", "Inspection") + f" {detail['id']}",
        pick("Đơn vị", "Unit")
        + f": {one(detail['unit']['name'])} ({detail['unit']['kind_label']})",
        pick("Kế hoạch", "Plan")
        + f": {one(detail['plan']['number'])} — {one(detail['plan']['title'])}",
        pick("Ngày", "Date")
        + f": {dmy(detail['date'])}   "
        + pick("Địa điểm", "Place")
        + f": {one(detail['place'])}",
        pick("Bảng kiểm", "Checklist")
        + f": {one(detail['template']['title'])} ({one(detail['template']['key'])}, "
        + pick("phiên bản", "version")
        + f" {detail['template']['version']})",
        pick("Đã trả lời", "Answered")
        + f": {progress['answered']}/{progress['total']} — "
        + pick(
            f"Đạt {progress['dat']}, Đạt một phần {progress['dat_mot_phan']}, "
            f"Không đạt {progress['khong_dat']}, Không áp dụng {progress['khong_ap_dung']}, "
            f"thiếu ghi chú {progress['missing_notes']}",
            f"met {progress['dat']}, partly {progress['dat_mot_phan']}, not met "
            f"{progress['khong_dat']}, n/a {progress['khong_ap_dung']}, missing notes "
            f"{progress['missing_notes']}",
        ),
    ]
    if detail["team"]:
        people = "; ".join(
            f"{one(m['name'])} ({m['role_label']})" for m in detail["team"]["members"]
        )
        lines.append(pick("Đoàn", "Team") + f": {people}")
    for line in lines:
        output.say(line)
    output.say("")
    output.table(
        (
            [c["code"], c["text"][:70], c["result_label"], c["note"][:50]]
            for c in detail["checklist"]
        ),
        [
            pick("Mã", "Code"),
            pick("Tiêu chí", "Criterion"),
            pick("Kết quả", "Result"),
            pick("Ghi chú", "Note"),
        ],
    )
    if detail["findings"]:
        output.say("")
        _print_findings(detail["findings"])
    print_previous(detail)
    return 0


def _answer(ctx: Context, args: argparse.Namespace) -> int:
    from cchc_desktop.store.answers import set_answer
    from cchc_desktop.store.lookup import resolve

    ws = ctx.workspace()
    inspection_id = resolve(ws, "inspections", args.inspection)
    # Without --score the stored score stays; set_answer reads score=None as "clear it".
    score = {} if args.score is None else {"score": args.score}
    saved = set_answer(ws, inspection_id, args.code, args.result, note=args.note, **score)
    row = ws.db.execute(
        "SELECT criterion_code, result, note, score FROM answers WHERE id = ?", [saved.answer_id]
    ).fetchone()
    if ctx.json:
        output.emit_json(
            {
                "id": saved.answer_id,
                "inspection_id": inspection_id,
                "code": row[0],
                "result": row[1],
                "note": row[2],
                "score": row[3],
                "needs_note": saved.needs_note,
            }
        )
    else:
        output.say(pick(f"Đã lưu {row[0]}: {row[1]}", f"Saved {row[0]}: {row[1]}"))
    if saved.needs_note:
        output.warn(
            pick(
                f"Lưu ý: tiêu chí {row[0]} chưa đạt cần ghi chú lý do (--note).",
                f"Note: criterion {row[0]} is not met and needs a note (--note).",
            )
        )
    return 0


def _print_findings(rows: list[FindingRow]) -> None:
    from cchc_desktop.domain.findings import FindingKind

    output.table(
        (
            [
                r["id"][:8],
                FindingKind(r["kind"]).label,
                r["text"][:70],
                r["responsible"],
                dmy(r["deadline"]),
            ]
            for r in rows
        ),
        [
            pick("Mã id", "Id"),
            pick("Loại", "Kind"),
            pick("Nội dung", "Text"),
            pick("Trách nhiệm", "Responsible"),
            pick("Thời hạn", "Deadline"),
        ],
    )


def _findings_add(ctx: Context, args: argparse.Namespace) -> int:
    from cchc_desktop.store.findings import add_finding
    from cchc_desktop.store.lookup import resolve

    ws = ctx.workspace()
    finding_id = add_finding(
        ws,
        resolve(ws, "inspections", args.inspection),
        kind=args.kind,
        text=args.text,
        criterion=args.criterion,
        deadline=args.deadline,
        responsible=args.responsible,
    )
    ctx.created(finding_id, pick("Đã thêm nhận xét", "Finding added"))
    return 0


def _findings_list(ctx: Context, args: argparse.Namespace) -> int:
    from cchc_desktop.store.findings import findings_of
    from cchc_desktop.store.lookup import resolve

    ws = ctx.workspace()
    rows = findings_of(ws, resolve(ws, "inspections", args.inspection))
    if ctx.json:
        output.emit_json(rows)
    else:
        _print_findings(rows)
    return 0


def _findings_status(ctx: Context, args: argparse.Namespace) -> int:
    from cchc_desktop.store.findings import update_finding
    from cchc_desktop.store.lookup import resolve

    ws = ctx.workspace()
    finding_id = resolve(ws, "findings", args.finding)
    update_finding(ws, finding_id, status=args.status)
    ctx.created(finding_id, pick("Đã cập nhật trạng thái", "Status updated"))
    return 0


def _followups(ctx: Context, args: argparse.Namespace) -> int:
    from cchc_desktop.cli.listings import followups_text
    from cchc_desktop.store.findings import followups

    rows = followups(ctx.workspace(), overdue=args.overdue)
    output.write(followups_text(rows, ctx.json))
    return 0
