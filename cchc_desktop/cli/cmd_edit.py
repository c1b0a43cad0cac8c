"""`cchc plans|units|teams|inspections edit`: the window's edit dialogs, from the command line.

Each `edit` goes through the same core function as the dialog (``update_plan``,
``update_unit``, ``update_team``, ``update_inspection``). Options left out keep their value.
With ``--json`` the result is ``{"id": …, "changed": {field: {"old": …, "new": …}}}``.
"""

from __future__ import annotations

import argparse
from typing import Any

from cchc_desktop.cli import output
from cchc_desktop.cli.context import Context
from cchc_desktop.errors import pick


def actions_of(commands: Any, group: str) -> Any:
    """The sub-command list of a group (``plans``, ``units``…) to add to; None when this run
    did not build that group (`cchc` builds only the chosen command's parsers)."""
    parser = commands.choices.get(group)
    if parser is None:
        return None
    # argparse keeps a group's sub-commands as one of its actions; there is no public getter.
    return next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))


def register(commands: Any) -> None:
    """Add `edit` to the plans, units, teams and inspections groups (those built this run)."""
    for group, add_edit in (
        ("plans", _add_plans_edit),
        ("units", _add_units_edit),
        ("teams", _add_teams_edit),
        ("inspections", _add_inspections_edit),
    ):
        actions = actions_of(commands, group)
        if actions is not None:
            add_edit(actions)


def _add_plans_edit(actions: Any) -> None:
    edit = actions.add_parser("edit", help=pick("sửa kế hoạch", "edit a plan"))
    edit.add_argument("plan", metavar="ID")
    edit.add_argument("--number")
    edit.add_argument("--date", help="YYYY-MM-DD")
    edit.add_argument("--issuer")
    edit.add_argument("--title")
    edit.add_argument("--parent-body")
    edit.add_argument("--basis")
    edit.set_defaults(handler=_plans_edit)


def _add_units_edit(actions: Any) -> None:
    edit = actions.add_parser("edit", help=pick("sửa đơn vị", "edit a unit"))
    edit.add_argument("unit", metavar="ID")
    edit.add_argument("--name")
    edit.add_argument("--kind")
    parent = edit.add_mutually_exclusive_group()
    parent.add_argument("--parent", help=pick("đơn vị cấp trên", "parent unit"))
    parent.add_argument(
        "--no-parent", action="store_true", help=pick("bỏ đơn vị cấp trên", "no parent unit")
    )
    edit.add_argument("--code", help=pick('"" để bỏ mã', '"" to clear the code'))
    edit.add_argument("--valid-from", help=pick('YYYY-MM-DD, "" để bỏ', 'YYYY-MM-DD, "" to clear'))
    edit.add_argument("--valid-to", help=pick('YYYY-MM-DD, "" để bỏ', 'YYYY-MM-DD, "" to clear'))
    edit.add_argument(
        "--merged-from",
        action="append",
        help=pick(
            "đơn vị cũ hợp nhất vào (lặp lại được; thay cả danh sách)",
            "predecessor unit (repeatable; replaces the list)",
        ),
    )
    edit.add_argument("--address")
    edit.set_defaults(handler=_units_edit)


def _add_teams_edit(actions: Any) -> None:
    from cchc_desktop.cli.cmd_reference import add_team_arguments

    edit = actions.add_parser(
        "edit",
        help=pick(
            "sửa đoàn kiểm tra (ghi lại toàn bộ thành phần)", "edit a team (restates its people)"
        ),
    )
    edit.add_argument("team", metavar="ID")
    add_team_arguments(edit)
    edit.set_defaults(handler=_teams_edit)


def _add_inspections_edit(actions: Any) -> None:
    edit = actions.add_parser("edit", help=pick("sửa cuộc kiểm tra", "edit an inspection"))
    edit.add_argument("inspection", metavar="ID")
    edit.add_argument("--date", help="YYYY-MM-DD")
    edit.add_argument("--place")
    edit.add_argument("--team", help=pick('đoàn kiểm tra, "" để bỏ', 'team, "" for none'))
    edit.add_argument("--start-time", help="HH:MM")
    edit.add_argument("--end-time", help="HH:MM")
    edit.add_argument(
        "--unit-opinion",
        metavar="TEXT",
        help=pick(
            'ý kiến của đơn vị được kiểm tra, đúng lời đơn vị (kể cả "không có ý kiến")',
            'the inspected unit\'s opinion in its words (also "no opinion")',
        ),
    )
    edit.add_argument(
        "--conclusion",
        metavar="TEXT",
        help=pick("kết luận của Đoàn kiểm tra", "the team's conclusion"),
    )
    edit.add_argument("--doc-number")
    edit.set_defaults(handler=_inspections_edit)


def _given(args: argparse.Namespace, *names: str) -> dict[str, Any]:
    return {name: getattr(args, name) for name in names if getattr(args, name) is not None}


def _report(
    ctx: Context, record_id: str, changed: dict[str, tuple[Any, Any]], what: tuple[str, str]
) -> int:
    if ctx.json:
        output.emit_json(
            {
                "id": record_id,
                "changed": {k: {"old": old, "new": new} for k, (old, new) in changed.items()},
            }
        )
    elif changed:
        fields = ", ".join(changed)
        output.say(
            pick(
                f"Đã sửa {what[0]} {record_id}: {fields}", f"Edited {what[1]} {record_id}: {fields}"
            )
        )
    else:
        output.say(pick("Không có gì thay đổi.", "Nothing changed."))
    return 0


def _plans_edit(ctx: Context, args: argparse.Namespace) -> int:
    from cchc_desktop.store.lookup import resolve
    from cchc_desktop.store.plans import update_plan

    ws = ctx.workspace()
    plan_id = resolve(ws, "plans", args.plan)
    values = _given(args, "number", "date", "issuer", "title", "parent_body", "basis")
    return _report(ctx, plan_id, update_plan(ws, plan_id, **values), ("kế hoạch", "plan"))


def _units_edit(ctx: Context, args: argparse.Namespace) -> int:
    from cchc_desktop.store.lookup import resolve
    from cchc_desktop.store.units import update_unit

    ws = ctx.workspace()
    unit_id = resolve(ws, "units", args.unit)
    values = _given(args, "name", "kind", "code", "valid_from", "valid_to", "address")
    for name in ("code", "valid_from", "valid_to"):
        if values.get(name) == "":
            values[name] = None
    if args.parent is not None:
        values["parent_id"] = args.parent
    elif args.no_parent:
        values["parent_id"] = None
    if args.merged_from is not None:
        values["merged_from"] = args.merged_from
    return _report(ctx, unit_id, update_unit(ws, unit_id, **values), ("đơn vị", "unit"))


def _teams_edit(ctx: Context, args: argparse.Namespace) -> int:
    from cchc_desktop.cli.cmd_reference import team_values
    from cchc_desktop.store.lookup import resolve
    from cchc_desktop.store.plans import update_team

    ws = ctx.workspace()
    team_id = resolve(ws, "teams", args.team)
    counts = update_team(ws, team_id, **team_values(args))
    if ctx.json:
        output.emit_json({"id": team_id, **counts})
    else:
        output.say(
            pick(
                f"Đã sửa đoàn {team_id}: thêm {counts['added']}, sửa {counts['changed']}, "
                f"bỏ {counts['removed']} người.",
                f"Edited team {team_id}: {counts['added']} added, {counts['changed']} changed, "
                f"{counts['removed']} removed.",
            )
        )
    return 0


def _inspections_edit(ctx: Context, args: argparse.Namespace) -> int:
    from cchc_desktop.store.inspections import update_inspection
    from cchc_desktop.store.lookup import resolve

    ws = ctx.workspace()
    inspection_id = resolve(ws, "inspections", args.inspection)
    values = _given(
        args, "date", "place", "start_time", "end_time", "unit_opinion", "conclusion", "doc_number"
    )
    if args.team is not None:
        values["team_id"] = args.team
    changed = update_inspection(ws, inspection_id, **values)
    return _report(ctx, inspection_id, changed, ("cuộc kiểm tra", "inspection"))
