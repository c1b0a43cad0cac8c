"""What a stored value may be, column by column: the schema as rules a merge and `cchc check` apply.

SQLite stores what it is given; a value that no form of the app would write ("ngày mai" as an
inspection date, "31/12/2024" as a deadline, a version vector holding Infinity) must be refused
when a package brings it and reported when one is found in the database, never met later by a
command that trips over it. The baseline of every column comes from the table itself (its
declared type and NOT NULL); the rules below add what the domain knows: ISO dates in
2000–2100, closed sets of values, ranges, lengths, ids, hashes, and references to other tables.
A column no rule names (a newer migration's) is still checked against its declared type.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cchc_desktop.domain.dates import FIRST_YEAR, LAST_YEAR
from cchc_desktop.domain.findings import FindingKind, FollowUpStatus
from cchc_desktop.domain.results import Result
from cchc_desktop.domain.roles import MemberRole, SignerRole
from cchc_desktop.domain.units import UnitKind

if TYPE_CHECKING:
    from cchc_desktop.store.connection import Database

# Whole numbers past 2**53 are not something this app writes, and other JSON readers lose them.
MAX_INT = 2**53
SHORT_TEXT = 1_000
LONG_TEXT = 100_000

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_SHA = re.compile(r"^[0-9a-f]{64}$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_CLOCK = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")

Problem = tuple[str, str]  # (Vietnamese, English) reason, without the field's name


@dataclass(frozen=True)
class Rule:
    """The kind of a column's values and its bounds. ``check`` gives the reason a value is
    not acceptable (None when it is)."""

    kind: str  # text, int, real, bool, date, moment, clock, enum, id, sha, json_ids, json
    required: bool = True
    max_len: int = LONG_TEXT
    low: float = -MAX_INT
    high: float = MAX_INT
    values: frozenset[str] = frozenset()
    ref: str | None = None
    non_empty: bool = False
    first_year: int = FIRST_YEAR

    def check(self, value: Any) -> Problem | None:
        if value is None:
            return None if not self.required else ("không được để trống", "must not be empty")
        test = _CHECKS[self.kind]
        return test(self, value)


def _text(rule: Rule, value: Any) -> Problem | None:
    if not isinstance(value, str):
        return ("phải là chữ", "must be text")
    if len(value) > rule.max_len:
        return (f"dài quá {rule.max_len} ký tự", f"longer than {rule.max_len} characters")
    if rule.non_empty and not value.strip():
        return ("không được để trống", "must not be empty")
    if "\x00" in value:
        return ("có ký tự không hợp lệ", "holds invalid characters")
    try:
        value.encode("utf-8")  # a lone surrogate cannot be stored, shown or printed
    except UnicodeEncodeError:
        return ("có ký tự không hợp lệ", "holds invalid characters")
    return None


def _number(value: Any, rule: Rule, *, whole: bool) -> Problem | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return ("phải là số", "must be a number")
    if whole and not isinstance(value, int):
        return ("phải là số nguyên", "must be a whole number")
    if isinstance(value, float) and not math.isfinite(value):
        return ("không phải số hữu hạn", "is not a finite number")
    if not rule.low <= value <= rule.high:
        return (
            f"ngoài khoảng {_plain(rule.low)}–{_plain(rule.high)}",
            f"outside {_plain(rule.low)}–{_plain(rule.high)}",
        )
    return None


def _plain(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else str(number)


def _int(rule: Rule, value: Any) -> Problem | None:
    return _number(value, rule, whole=True)


def _real(rule: Rule, value: Any) -> Problem | None:
    return _number(value, rule, whole=False)


def _bool(rule: Rule, value: Any) -> Problem | None:
    return (
        None
        if value in (0, 1) and not isinstance(value, float)
        else ("phải là 0 hoặc 1", "must be 0 or 1")
    )


def valid_date(value: Any, first_year: int = FIRST_YEAR) -> bool:
    """Whether ``value`` is a calendar date YYYY-MM-DD in the years this work can have."""
    if not isinstance(value, str) or not _ISO_DATE.match(value):
        return False
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        return False
    return first_year <= day.year <= LAST_YEAR


def _date(rule: Rule, value: Any) -> Problem | None:
    if valid_date(value, rule.first_year):
        return None
    return (
        f"không phải ngày dạng NNNN-TT-NN trong các năm {rule.first_year}–{LAST_YEAR}",
        f"is not a YYYY-MM-DD date in {rule.first_year}–{LAST_YEAR}",
    )


def valid_moment(value: Any, first_year: int = FIRST_YEAR) -> bool:
    """Whether ``value`` is an ISO 8601 date and time (UTC "Z" or an offset, or camera time)."""
    if not isinstance(value, str) or len(value) < 16 or value[4:5] != "-":
        return False
    try:
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return first_year <= moment.year <= LAST_YEAR


def _moment(rule: Rule, value: Any) -> Problem | None:
    if valid_moment(value, rule.first_year):
        return None
    return ("không phải thời điểm ISO 8601 hợp lệ", "is not a valid ISO 8601 moment")


def _clock(rule: Rule, value: Any) -> Problem | None:
    if value == "" or (isinstance(value, str) and _CLOCK.match(value)):
        return None
    return ("không phải giờ dạng GG:PP", "is not a time HH:MM")


def _enum(rule: Rule, value: Any) -> Problem | None:
    if value in rule.values:
        return None
    allowed = ", ".join(sorted(rule.values))
    return (f"không thuộc các giá trị {allowed}", f"is not one of {allowed}")


def _id(rule: Rule, value: Any) -> Problem | None:
    return (
        None
        if isinstance(value, str) and _UUID.match(value)
        else ("không phải mã UUID", "is not a UUID")
    )


def _sha(rule: Rule, value: Any) -> Problem | None:
    return (
        None
        if isinstance(value, str) and _SHA.match(value)
        else ("không phải mã SHA-256", "is not a SHA-256")
    )


def _json_ids(rule: Rule, value: Any) -> Problem | None:
    parsed = _parse_json(value)
    if not isinstance(parsed, list) or not all(
        isinstance(i, str) and _UUID.match(i) for i in parsed
    ):
        return ("không phải danh sách mã hợp lệ", "is not a list of ids")
    return None


def _json(rule: Rule, value: Any) -> Problem | None:
    parsed = _parse_json(value)
    if not isinstance(parsed, list) or not all(isinstance(i, (dict, str)) for i in parsed):
        return ("không phải danh sách JSON hợp lệ", "is not a valid JSON list")
    return None


def _parse_json(value: Any) -> Any:
    if not isinstance(value, str) or len(value) > LONG_TEXT:
        return None
    try:
        return json.loads(value, parse_constant=_no_constant)
    except (ValueError, RecursionError):
        return None


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


_CHECKS: dict[str, Callable[[Rule, Any], Problem | None]] = {
    "text": _text,
    "int": _int,
    "real": _real,
    "bool": _bool,
    "date": _date,
    "moment": _moment,
    "clock": _clock,
    "enum": _enum,
    "id": _id,
    "sha": _sha,
    "json_ids": _json_ids,
    "json": _json,
}


def _enum_of(choice: Any, *, required: bool = True) -> Rule:
    return Rule("enum", required=required, values=frozenset(m.value for m in choice))


def _name(*, required: bool = True) -> Rule:
    return Rule("text", required=required, max_len=SHORT_TEXT, non_empty=True)


_SHORT = Rule("text", max_len=SHORT_TEXT)
_CODE = Rule("text", max_len=64)
_LONG = Rule("text")
_POSITION = Rule("int", low=0, high=1_000_000)


def _ref(table: str, *, required: bool = True) -> Rule:
    return Rule("id", required=required, ref=table)


BOOKKEEPING_RULES: dict[str, Rule] = {
    "id": Rule("id"),
    "rev": Rule("int", low=1),
    "vv": Rule("text", max_len=SHORT_TEXT * 64),  # parsed as a version vector apart
    "updated_at": Rule("moment"),
    "device_id": Rule("text", max_len=64, non_empty=True),
    "deleted": Rule("bool"),
    "sig": Rule("text", max_len=LONG_TEXT * 4),  # parsed as attestations apart
}

RULES: dict[str, dict[str, Rule]] = {
    "units": {
        "name": _name(),
        "sort_key": _SHORT,
        "kind": _enum_of(UnitKind),
        "code": Rule("text", required=False, max_len=32, non_empty=True),
        "parent_id": _ref("units", required=False),
        "valid_from": Rule("date", required=False),
        "valid_to": Rule("date", required=False),
        "merged_from": Rule("json_ids", ref="units"),
        "address": _LONG,
    },
    "plans": {
        "number": _name(),
        "date": Rule("date"),
        "issuer": _SHORT,
        "parent_body": _SHORT,
        "title": _LONG,
        "basis": _LONG,
    },
    "teams": {"plan_id": _ref("plans"), "name": _SHORT, "decision": _SHORT},
    "team_members": {
        "team_id": _ref("teams"),
        "name": _name(),
        "title": _SHORT,
        "role": _enum_of(MemberRole),
        "organisation": _SHORT,
        "position": _POSITION,
    },
    "templates": {
        "key": Rule("text", max_len=100, non_empty=True),
        "version": Rule("int", low=1, high=1_000_000),
        "title": _name(),
        "scope": _SHORT,
        "valid_from": Rule("date", required=False),
        "valid_to": Rule("date", required=False),
        "description": _LONG,
        "basis": Rule("json"),
        "content_hash": Rule("sha"),
    },
    "criteria": {
        "template_id": _ref("templates"),
        "code": Rule("text", max_len=64, non_empty=True),
        "area": _CODE,
        "area_title": _SHORT,
        "text": Rule("text", non_empty=True),
        "guidance": _LONG,
        "evidence": _LONG,
        "max_score": Rule("real", low=0, high=1_000),
        "source": _LONG,
        "position": _POSITION,
    },
    "inspections": {
        "plan_id": _ref("plans"),
        "unit_id": _ref("units"),
        "team_id": _ref("teams", required=False),
        "template_id": _ref("templates"),
        "date": Rule("date"),
        "place": _SHORT,
        "start_time": Rule("clock"),
        "end_time": Rule("clock"),
        "status": Rule("enum", values=frozenset({"dang_kiem_tra", "da_ky"})),
        "doc_number": Rule("text", max_len=100),
        "conclusion": _LONG,
        "unit_opinion": _LONG,
    },
    "answers": {
        "inspection_id": _ref("inspections"),
        "criterion_code": Rule("text", max_len=64, non_empty=True),
        "template_id": _ref("templates"),
        "template_version": Rule("int", low=1, high=1_000_000),
        "result": _enum_of(Result, required=False),
        "note": _LONG,
        "score": Rule("real", required=False, low=0, high=1_000),
    },
    "findings": {
        "inspection_id": _ref("inspections"),
        "kind": _enum_of(FindingKind),
        "text": Rule("text", non_empty=True),
        "criterion_code": Rule("text", required=False, max_len=64),
        "responsible": _SHORT,
        "deadline": Rule("date", required=False),
        "status": _enum_of(FollowUpStatus),
        "position": _POSITION,
        # m0006: the evidence seen on a later visit, and that visit (the inspection).
        "status_note": _LONG,
        "checked_in": _ref("inspections", required=False),
    },
    "signers": {
        "inspection_id": _ref("inspections"),
        "role": _enum_of(SignerRole),
        "name": _name(),
        "title": _SHORT,
        "image_sha256": Rule("sha", required=False),
    },
    "photos": {
        "inspection_id": _ref("inspections"),
        "criterion_code": Rule("text", required=False, max_len=64),
        "sha256": Rule("sha"),
        "filename": _SHORT,
        "mime": Rule("text", max_len=64, non_empty=True),
        "size_bytes": Rule("int", low=0, high=2**40),
        "width": Rule("int", low=1, high=1_000_000),
        "height": Rule("int", low=1, high=1_000_000),
        "orientation": Rule("int", low=1, high=8),
        # A camera's clock may be years off: its time is shown, never computed with.
        "taken_at": Rule("moment", required=False, first_year=1970),
        "gps_lat": Rule("real", required=False, low=-90, high=90),
        "gps_lon": Rule("real", required=False, low=-180, high=180),
        "camera": _SHORT,
        "caption": _LONG,
        "include_in_minutes": Rule("bool"),
        "position": _POSITION,
        "stamp": Rule("bool"),
    },
    "doc_numbers": {
        "plan_id": _ref("plans"),
        "seq": Rule("int", low=1, high=1_000_000),
        "doc_number": Rule("text", max_len=100, non_empty=True),
        "inspection_id": _ref("inspections", required=False),
        "revision_no": Rule("int", low=1, high=10_000),
    },
    "minutes": {
        "inspection_id": _ref("inspections"),
        "revision_no": Rule("int", low=1, high=10_000),
        "supersedes_id": _ref("minutes", required=False),
        "doc_number": Rule("text", max_len=100, non_empty=True),
        "pdf_sha256": Rule("sha"),
        "snapshot_sha256": Rule("sha"),
        "page_count": Rule("int", low=0, high=100_000),
        "signed": Rule("bool"),
        "signed_at": Rule("moment", required=False),
        "signers": Rule("json"),
        # m0007: issued for signing on paper, and the scanned signed copy.
        "paper": Rule("bool"),
        "scan_sha256": Rule("sha", required=False),
        "scan_pages": Rule("int", low=0, high=100_000),
        "scanned_at": Rule("moment", required=False),
    },
}

_BY_TYPE = {"TEXT": "text", "INTEGER": "int", "REAL": "real"}


def rules_of(db: Database, table: str) -> dict[str, Rule]:
    """Every column's rule: the named ones, else one from the column's declared type."""
    named = {**BOOKKEEPING_RULES, **RULES.get(table, {})}
    found: dict[str, Rule] = {}
    for row in db.execute(f"PRAGMA table_info([{table}])").fetchall():
        column, declared, notnull = str(row[1]), str(row[2]).upper(), bool(row[3])
        rule = named.get(column)
        if rule is None:
            rule = Rule(_BY_TYPE.get(declared, "text"), required=notnull or column == "id")
        found[column] = rule
    return found


def first_problem(rules: Mapping[str, Rule], row: Mapping[str, Any]) -> tuple[str, Problem] | None:
    """The first column (in the table's order) whose value breaks its rule, with the reason."""
    for column, rule in rules.items():
        if column not in row:
            continue
        problem = rule.check(row[column])
        if problem is not None:
            return column, problem
    return None


def shown_value(value: Any) -> str:
    """A stored value as a message quotes it: short, one line, control characters escaped."""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    # Only what can be shown is escaped (a crafted value may be megabytes long).
    text = "".join(c if c.isprintable() else repr(c)[1:-1] for c in text[:61])
    return text if len(text) <= 60 else text[:57] + "…"
