"""`cchc check`: every stored value against its column's rule (store/field_rules.py).

A value that breaks its rule was written before merges validated what they take, or by hand;
the commands show it as invalid rather than trip over it, and this check lists each one (table,
record, field, value and why) so that a person can put it right.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cchc_desktop.errors import pick
from cchc_desktop.store.check_result import Finding
from cchc_desktop.store.field_rules import Problem, Rule, first_problem, rules_of, shown_value
from cchc_desktop.store.synced import SYNCED_TABLES

if TYPE_CHECKING:
    from cchc_desktop.store.workspace import Workspace

_SHOWN = 10


def row_problem(rules: dict[str, Rule], row: dict[str, Any]) -> tuple[str, Problem] | None:
    """The first field of a stored row that breaks its rule, the version vector and the
    attestations read as such; None when the row is sound."""
    from cchc_desktop.store.provenance import parse_sig
    from cchc_desktop.store.versions import parse_vv

    found = first_problem(rules, row)
    if found is not None:
        return found
    try:
        parse_vv(row.get("vv"))
    except ValueError:
        return "vv", ("không phải véc-tơ phiên bản hợp lệ", "not a valid version vector")
    try:
        parse_sig(row.get("sig"))
    except ValueError:
        return "sig", ("chữ ký phiên bản hỏng", "damaged version signature")
    return None


def invalid_values(ws: Workspace) -> list[tuple[str, str, str, str, str]]:
    """(table, record id, field, value as shown, reason) of every stored value that breaks
    its rule, in table order; the version vector and provenance are checked as such."""
    found = []
    for table in SYNCED_TABLES:
        if not ws.db[table.name].exists():
            continue
        rules = rules_of(ws.db, table.name)
        cursor = ws.db.execute(f"SELECT * FROM [{table.name}] ORDER BY id")
        names = [c[0] for c in cursor.description]
        for values in cursor:
            row = dict(zip(names, values, strict=True))
            problem = row_problem(rules, row)
            if problem is not None:
                column, (vi, en) = problem
                found.append(
                    (table.name, str(row["id"]), column, shown_value(row[column]), pick(vi, en))
                )
    return found


def check_values(ws: Workspace) -> list[Finding]:
    """One line for `cchc check`: all stored values valid, or how many are not and which."""
    found = invalid_values(ws)
    if not found:
        return [Finding(True, pick("Mọi giá trị đã lưu đều hợp lệ", "Every stored value is valid"))]
    detail = "; ".join(
        f"{table} {record_id[:8]} «{field}» = «{value}»: {why}"
        for table, record_id, field, value, why in found[:_SHOWN]
    )
    if len(found) > _SHOWN:
        detail += pick(
            f"; và {len(found) - _SHOWN} giá trị khác", f"; and {len(found) - _SHOWN} more"
        )
    return [
        Finding(
            False,
            pick(
                f"{len(found)} giá trị đã lưu không hợp lệ (được hiển thị là «không hợp lệ»)",
                f"{len(found)} stored values are invalid (shown as 'invalid')",
            ),
            detail,
        )
    ]


def invalid_in_inspection(
    ws: Workspace, inspection_id: str
) -> list[tuple[str, str, str, str, Problem]]:
    """(table, record id, field, value as shown, reason) of every invalid value an
    inspection's documents would show: its own row, its plan and unit, and its live rows."""
    from cchc_desktop.store.connection import fetch_all

    inspection = fetch_all(ws.db, "SELECT * FROM inspections WHERE id = ?", [inspection_id])
    wanted: list[tuple[str, str, list[str]]] = [("inspections", "id = ?", [inspection_id])]
    if inspection:
        wanted += [
            ("plans", "id = ?", [inspection[0]["plan_id"]]),
            ("units", "id = ?", [inspection[0]["unit_id"]]),
        ]
    wanted += [
        (table, "inspection_id = ? AND deleted = 0", [inspection_id])
        for table in ("answers", "findings", "signers", "photos")
    ]
    found = []
    for table, where, params in wanted:
        rules = rules_of(ws.db, table)
        for row in fetch_all(ws.db, f"SELECT * FROM [{table}] WHERE {where}", params):
            problem = row_problem(rules, row)
            if problem is not None:
                column, reason = problem
                found.append((table, str(row["id"]), column, shown_value(row[column]), reason))
    return found


def refuse_invalid_inspection(ws: Workspace, inspection_id: str) -> None:
    """Refuse (UserError naming the record, field and value) to put an inspection into a
    document while a value it shows is invalid (``invalid_in_inspection``). A signed biên
    bản must never print a date nobody can read."""
    from cchc_desktop.errors import UserError

    for table, record_id, column, value, (vi, en) in invalid_in_inspection(ws, inspection_id):
        raise UserError(
            f"Không lập được văn bản: {table} {record_id[:8]}, trường «{column}» = "
            f"«{value}» không hợp lệ ({vi}). Hãy sửa giá trị đó rồi làm lại; «cchc check» "
            "liệt kê mọi giá trị không hợp lệ.",
            f"The document was not made: {table} {record_id[:8]}, field '{column}' = "
            f"'{value}' is not valid ({en}). Correct it and try again; 'cchc check' lists "
            "every invalid value.",
        )
