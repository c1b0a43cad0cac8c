"""`cchc units|plans|teams|templates`: the reference data an inspection rests on."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from cchc_desktop.cli import output
from cchc_desktop.cli.context import Context
from cchc_desktop.domain.dates import dmy
from cchc_desktop.errors import pick


def register(commands: Any) -> None:
    """Add this group's commands to the `cchc` parser."""
    units = commands.add_parser("units", help=pick("đơn vị được kiểm tra", "inspected units"))
    unit_cmds = units.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = unit_cmds.add_parser("list", help=pick("liệt kê đơn vị", "list units"))
    listing.add_argument("--parent", help=pick("chỉ các đơn vị trực thuộc", "only children of"))
    listing.add_argument("--kind", help=pick("chỉ loại đơn vị này", "only this kind"))
    listing.set_defaults(handler=_units_list)
    add = unit_cmds.add_parser("add", help=pick("thêm đơn vị", "add a unit"))
    add.add_argument("--name", required=True)
    add.add_argument(
        "--kind",
        required=True,
        help="tinh, so_nganh, huyen, xa, phuong, thi_tran, dac_khu, mot_cua, ttpvhcc",
    )
    add.add_argument(
        "--parent", help=pick("đơn vị cấp trên (id hoặc mã)", "parent unit (id or code)")
    )
    add.add_argument("--code", help=pick("mã đơn vị hành chính chính thức", "official unit code"))
    add.add_argument("--valid-from", help="YYYY-MM-DD")
    add.add_argument("--valid-to", help="YYYY-MM-DD")
    add.add_argument(
        "--merged-from",
        action="append",
        default=[],
        help=pick("đơn vị cũ đã sáp nhập vào (lặp lại được)", "predecessor unit (repeatable)"),
    )
    add.add_argument("--address", default="")
    add.set_defaults(handler=_units_add)

    plans = commands.add_parser("plans", help=pick("kế hoạch kiểm tra", "inspection plans"))
    plan_cmds = plans.add_subparsers(dest="action", metavar="ACTION", required=True)
    plan_cmds.add_parser("list", help=pick("liệt kê kế hoạch", "list plans")).set_defaults(
        handler=_plans_list
    )
    add = plan_cmds.add_parser("add", help=pick("thêm kế hoạch", "add a plan"))
    add.add_argument("--number", required=True, help='"80/KH-BCĐCCHC"')
    add.add_argument("--date", required=True, help="YYYY-MM-DD")
    add.add_argument("--issuer", required=True, help=pick("cơ quan ban hành", "issuing body"))
    add.add_argument("--title", required=True, help=pick("tên kế hoạch", "title"))
    add.add_argument("--parent-body", default="", help=pick("cơ quan chủ quản", "parent body"))
    add.add_argument(
        "--basis", default="", help=pick("căn cứ (mỗi dòng một căn cứ)", "legal basis")
    )
    add.set_defaults(handler=_plans_add)

    teams = commands.add_parser("teams", help=pick("đoàn kiểm tra", "inspection teams"))
    team_cmds = teams.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = team_cmds.add_parser("list", help=pick("liệt kê đoàn", "list teams"))
    listing.add_argument("--plan")
    listing.set_defaults(handler=_teams_list)
    add = team_cmds.add_parser("add", help=pick("thêm đoàn kiểm tra", "add a team"))
    add.add_argument("--plan", required=True)
    add_team_arguments(add)
    add.set_defaults(handler=_teams_add)

    tpl = commands.add_parser("templates", help=pick("mẫu bảng kiểm", "checklist templates"))
    tpl_cmds = tpl.add_subparsers(dest="action", metavar="ACTION", required=True)
    tpl_cmds.add_parser("list", help=pick("liệt kê mẫu", "list templates")).set_defaults(
        handler=_templates_list
    )
    imp = tpl_cmds.add_parser(
        "import", help=pick("nhập mẫu từ tệp JSON hoặc XLSX", "import a template from JSON or XLSX")
    )
    imp.add_argument("file", type=Path)
    imp.set_defaults(handler=_templates_import)
    exp = tpl_cmds.add_parser(
        "export", help=pick("xuất mẫu ra tệp JSON hoặc XLSX", "export a template to JSON or XLSX")
    )
    exp.add_argument(
        "template",
        metavar="ID",
        help=pick('id, "mã" hoặc "mã@phiên bản"', 'id, "key" or "key@version"'),
    )
    exp.add_argument("-o", "--output", type=Path, required=True)
    exp.set_defaults(handler=_templates_export)


def add_team_arguments(parser: argparse.ArgumentParser) -> None:
    """A team's people and details, as `teams add` and `teams edit` take them."""
    person = '"Họ tên|Chức vụ"'
    parser.add_argument("--leader", required=True, help=person)
    parser.add_argument("--deputy", action="append", default=[], help=person)
    parser.add_argument("--member", action="append", default=[], help=person)
    parser.add_argument("--secretary", help=person)
    parser.add_argument("--name", default="")
    parser.add_argument(
        "--decision", default="", help=pick("quyết định thành lập đoàn", "founding decision")
    )


def team_values(args: argparse.Namespace) -> dict[str, Any]:
    """The keyword arguments of add_team/update_team from those options."""
    from cchc_desktop.store.plans import parse_person

    return {
        "leader": parse_person(args.leader),
        "deputies": [parse_person(p) for p in args.deputy],
        "members": [parse_person(p) for p in args.member],
        "secretary": parse_person(args.secretary) if args.secretary else None,
        "name": args.name,
        "decision": args.decision,
    }


def _units_list(ctx: Context, args: argparse.Namespace) -> int:
    from cchc_desktop.store.units import list_units

    rows = list_units(ctx.workspace(), parent=args.parent, kind=args.kind)
    if ctx.json:
        output.emit_json(rows)
    else:
        output.table(
            (
                [
                    r["id"][:8],
                    r["name"],
                    r["kind_label"],
                    r["code"] or "",
                    r["parent_name"] or "",
                    _validity(r),
                ]
                for r in rows
            ),
            [
                pick("Mã id", "Id"),
                pick("Tên đơn vị", "Name"),
                pick("Loại", "Kind"),
                pick("Mã ĐVHC", "Code"),
                pick("Trực thuộc", "Parent"),
                pick("Hiệu lực", "Valid"),
            ],
        )
    return 0


def _validity(row: dict[str, Any]) -> str:
    if not row["valid_from"] and not row["valid_to"]:
        return ""
    return f"{dmy(row['valid_from']) or '…'} – {dmy(row['valid_to']) or '…'}"


def _units_add(ctx: Context, args: argparse.Namespace) -> int:
    from cchc_desktop.store.units import add_unit

    unit_id = add_unit(
        ctx.workspace(),
        name=args.name,
        kind=args.kind,
        parent=args.parent,
        code=args.code,
        valid_from=args.valid_from,
        valid_to=args.valid_to,
        merged_from=args.merged_from,
        address=args.address,
    )
    ctx.created(unit_id, pick("Đã thêm đơn vị", "Unit added"))
    return 0


def _plans_list(ctx: Context, _args: argparse.Namespace) -> int:
    from cchc_desktop.store.plans import list_plans

    rows = list_plans(ctx.workspace())
    if ctx.json:
        output.emit_json(rows)
    else:
        output.table(
            (
                [r["id"][:8], r["number"], dmy(r["date"]), r["title"], r["inspections"]]
                for r in rows
            ),
            [
                pick("Mã id", "Id"),
                pick("Số", "Number"),
                pick("Ngày", "Date"),
                pick("Tên kế hoạch", "Title"),
                pick("Số cuộc KT", "Inspections"),
            ],
        )
    return 0


def _plans_add(ctx: Context, args: argparse.Namespace) -> int:
    from cchc_desktop.store.plans import add_plan

    plan_id = add_plan(
        ctx.workspace(),
        number=args.number,
        date=args.date,
        issuer=args.issuer,
        title=args.title,
        parent_body=args.parent_body,
        basis=args.basis,
    )
    ctx.created(plan_id, pick("Đã thêm kế hoạch", "Plan added"))
    return 0


def _teams_list(ctx: Context, args: argparse.Namespace) -> int:
    from cchc_desktop.store.plans import list_teams

    rows = list_teams(ctx.workspace(), args.plan)
    if ctx.json:
        output.emit_json(rows)
    else:
        output.table(
            (
                [
                    t["id"][:8],
                    t["plan_number"],
                    "; ".join(f"{m['name']} ({m['role_label']})" for m in t["members"]),
                ]
                for t in rows
            ),
            [pick("Mã id", "Id"), pick("Kế hoạch", "Plan"), pick("Thành phần", "Members")],
        )
    return 0


def _teams_add(ctx: Context, args: argparse.Namespace) -> int:
    from cchc_desktop.store.plans import add_team

    team_id = add_team(ctx.workspace(), plan=args.plan, **team_values(args))
    ctx.created(team_id, pick("Đã thêm đoàn kiểm tra", "Team added"))
    return 0


def _templates_list(ctx: Context, _args: argparse.Namespace) -> int:
    from cchc_desktop.store.templates import list_templates

    rows = list_templates(ctx.workspace())
    if ctx.json:
        output.emit_json(rows)
    else:
        output.table(
            (
                [
                    f"{r['key']}@{r['version']}",
                    r["title"],
                    r["criteria"],
                    f"{dmy(r['valid_from']) or '…'} – {dmy(r['valid_to']) or '…'}",
                ]
                for r in rows
            ),
            [
                pick("Mẫu", "Template"),
                pick("Tên", "Title"),
                pick("Tiêu chí", "Criteria"),
                pick("Hiệu lực", "Valid"),
            ],
        )
    return 0


def _templates_import(ctx: Context, args: argparse.Namespace) -> int:
    from cchc_desktop.checklists.library import read_template_file
    from cchc_desktop.store.templates import install

    template = read_template_file(args.file)
    template_id, created = install(ctx.workspace(), template)
    name = f"{template.key}@{template.version}"
    if ctx.json:
        output.emit_json(
            {
                "id": template_id,
                "key": template.key,
                "version": template.version,
                "created": created,
                "criteria": len(template.criteria()),
            }
        )
    elif created:
        output.say(
            pick(
                f"Đã nhập mẫu {name} ({len(template.criteria())} tiêu chí): {template_id}",
                f"Imported template {name} ({len(template.criteria())} criteria): {template_id}",
            )
        )
    else:
        output.say(
            pick(
                f"Mẫu {name} đã có sẵn, không thay đổi gì: {template_id}",
                f"Template {name} was already there; nothing changed: {template_id}",
            )
        )
    return 0


def _templates_export(ctx: Context, args: argparse.Namespace) -> int:
    from cchc_desktop.checklists.library import write_template_file
    from cchc_desktop.store.templates import load, resolve

    ws = ctx.workspace()
    template = load(ws, resolve(ws, args.template))
    write_template_file(template, args.output)
    if ctx.json:
        output.emit_json(
            {"path": str(args.output), "key": template.key, "version": template.version}
        )
    else:
        output.say(
            pick(
                f"Đã xuất mẫu {template.key}@{template.version} ra {args.output}",
                f"Exported {template.key}@{template.version} to {args.output}",
            )
        )
    return 0
