"""The records of a verified package make sense for this database before a merge reads them.

A signed package from a trusted laptop is still input. Before anything is written, every row
is checked against the schema (``store/field_rules.py``: types, ISO dates in 2000–2100, closed
sets, ranges, lengths, ids, hashes) and every reference is followed (to a row of the package
or of this database); then provenance (``provenance_check.py``): who signed what, which claims
about this device are true, published templates, signed minutes. One bad record refuses the
whole package, naming its table, its id and the field.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from cchc_desktop.exchange import format as fmt
from cchc_desktop.exchange.collect import columns
from cchc_desktop.exchange.provenance_check import check_provenance
from cchc_desktop.exchange.report import TABLE_NAMES
from cchc_desktop.store.field_rules import Rule, first_problem, rules_of, shown_value
from cchc_desktop.store.synced import synced_table
from cchc_desktop.store.versions import parse_vv

if TYPE_CHECKING:
    from cchc_desktop.exchange.package_records import PackageRecords
    from cchc_desktop.store.keys import PublicIdentity
    from cchc_desktop.store.workspace import Workspace

_ID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_SCALARS = (str, int, float, type(None))
AUDIT_ACTIONS = frozenset({"insert", "update", "delete", "note"})
_CHUNK = 500

Problem = tuple[str, str]
BlobReader = Callable[[str], bytes]


def record_problem(table: str, record_id: Any, field: str | None, vi: str, en: str) -> Problem:
    """A refusal naming the record: its table, its id and, when one is at fault, the field."""
    label_vi, label_en = TABLE_NAMES.get(table, (table, table))
    if record_id is None or record_id == "":
        # A line without an id ("{}"): said so, not quoted as "null".
        shown_vi, shown_en = "không có mã", "without an id"
    else:
        shown_vi = shown_en = shown_value(record_id)
    if field is None:
        return (
            f"bản ghi {label_vi} ({table}) {shown_vi}: {vi}",
            f"{label_en} ({table}) {shown_en}: {en}",
        )
    return (
        f"bản ghi {label_vi} ({table}) {shown_vi}, trường «{field}»: {vi}",
        f"{label_en} ({table}) {shown_en}, field '{field}': {en}",
    )


def check_records(
    ws: Workspace,
    manifest: dict[str, Any],
    records: PackageRecords,
    blobs: set[str],
    *,
    read_blob: BlobReader | None = None,
    sender: PublicIdentity | None = None,
) -> Problem | None:
    """None when the records can be merged here, else the reason (Vietnamese, English).

    The rows are read one table at a time; what the checks across tables need (the ids each
    table carries, the references not met yet, the files used) is kept as ids and hashes.
    """
    counts = manifest["counts"]
    seen = _Seen(most=records.total())
    problem = (
        _check_files_counted(manifest, blobs)
        or _check_tables(ws, counts, records, blobs, seen)
        or _missing_tables(counts, records)
        or _check_references(ws, seen)
        or _check_blobs_used(seen.used, blobs)
        or _check_audit_lines(ws, counts, records)
    )
    if problem:
        return problem
    return check_provenance(ws, manifest, records, read_blob=read_blob, sender=sender)


@dataclasses.dataclass
class _Seen:
    """What the rows read so far leave for the checks across tables: the ids each table
    carries, the files the rows use, and each id pointed at that was not carried when it was
    met: (target table, id) → (order met, table, record id, column), the first time. An
    honest package carries every record it points at: never more such ids than ``most``,
    the rows it carries."""

    most: int
    carried: dict[str, set[str]] = dataclasses.field(default_factory=dict)
    used: set[str] = dataclasses.field(default_factory=set)
    pointed: dict[tuple[str, str], tuple[int, str, str, str]] = dataclasses.field(
        default_factory=dict
    )

    def point(self, target: str, item: str, table: str, record_id: str, column: str) -> None:
        if item not in self.carried.get(target, ()) and (target, item) not in self.pointed:
            self.pointed[(target, item)] = (len(self.pointed), table, record_id, column)


def _check_tables(
    ws: Workspace,
    counts: dict[str, Any],
    records: PackageRecords,
    blobs: set[str],
    seen: _Seen,
) -> Problem | None:
    """Every table known here and counted right in the manifest, every row sound."""
    for table in records.tables:
        entry = synced_table(table)
        if entry is None or not ws.db[table].exists():
            return (
                f"gói có loại dữ liệu «{table}» mà phiên bản này chưa biết; hãy cập nhật CCHC Desktop",
                f"the package holds '{table}' records this version does not know; update CCHC Desktop",
            )
        if counts.get(table) != records.count(table):
            return (
                f"số bản ghi {table} khác manifest",
                f"the {table} count differs from the manifest",
            )
        problem = _check_rows(ws, table, entry.media, records.rows(table), blobs, seen)
        if problem:
            return problem
    return None


def _check_rows(
    ws: Workspace,
    table: str,
    media: tuple[str, ...],
    rows: Iterable[dict[str, Any]],
    blobs: set[str],
    seen: _Seen,
) -> Problem | None:
    """A table's rows: known fields, sound values, the files they need (``media``: the
    columns naming them) at hand; their ids, files and references noted in ``seen``."""
    known = set(columns(ws, table))
    rules = rules_of(ws.db, table)
    refs = [(c, r) for c, r in rules.items() if r.ref is not None]
    ids = seen.carried.setdefault(table, set())
    for row in rows:
        unknown = set(row) - known
        if unknown:
            # A name from the package: quoted, so a line break in it cannot fake a line.
            name = shown_value(sorted(unknown)[0])
            return (
                f"bản ghi {table} có trường lạ {name}; hãy cập nhật CCHC Desktop",
                f"a {table} record has an unknown field {name}; update CCHC Desktop",
            )
        problem = _check_row(table, row, ids, rules) or _missing_media(ws, table, media, row, blobs)
        if problem:
            return problem
        seen.used |= {str(row[column]) for column in media if row.get(column)}
        _note_references(table, row, refs, seen)
        if len(seen.pointed) > seen.most:  # kept until the end, they would fill the memory
            return record_problem(
                table,
                row["id"],
                None,
                "gói trỏ tới nhiều bản ghi hơn số bản ghi gói mang",
                "the package points at more records than it carries",
            )
    return None


def _missing_media(
    ws: Workspace, table: str, media: tuple[str, ...], row: dict[str, Any], blobs: set[str]
) -> Problem | None:
    """A file a live row needs that is neither in the package nor here."""
    for column in media:
        sha = row.get(column)
        if sha and not row["deleted"] and sha not in blobs and not ws.media.has(sha):
            vi, en = TABLE_NAMES.get(table, (table, table))
            return (
                f"thiếu tệp {sha[:12]} mà bản ghi {vi} cần (gói bị cắt bớt hoặc bị sửa)",
                f"the file {sha[:12]} a record of {en} needs is missing (cut short or altered)",
            )
    return None


def _check_files_counted(manifest: dict[str, Any], blobs: set[str]) -> Problem | None:
    """The files the manifest counts are those it lists: the counts are what a person reads
    before trusting a package (`cchc verify`, the window's preview)."""
    derived = sum(1 for m in manifest["members"] if fmt.DERIVED_MEMBER.match(m["name"]))
    counts = manifest["counts"]
    if counts.get("blobs", 0) != len(blobs) or counts.get("derived", 0) != derived:
        return ("số tệp khác manifest", "the file count differs from the manifest")
    return None


def _missing_tables(counts: dict[str, Any], records: PackageRecords) -> Problem | None:
    """A table the manifest counts rows of that the package does not carry."""
    for table, count in counts.items():
        if table not in ("audit", "blobs", "derived") and count and table not in records:
            return (f"thiếu bản ghi {table}", f"the {table} records are missing")
    return None


def _check_audit_lines(
    ws: Workspace, counts: dict[str, Any], records: PackageRecords
) -> Problem | None:
    """The audit lines: as many as the manifest says, each of known fields and plain values,
    each about a synchronised table."""
    if counts.get("audit", 0) != records.audit_count():
        return ("số dòng nhật ký khác manifest", "the audit count differs from the manifest")
    audit_columns = set(columns(ws, "audit_log")) - {"seq"}
    for line in records.audit():
        if (
            set(line) - audit_columns
            or not isinstance(line.get("id"), str)
            or line.get("action") not in AUDIT_ACTIONS
            or not all(isinstance(v, _SCALARS) and not isinstance(v, bool) for v in line.values())
            or not all(isinstance(line.get(k), str) for k in ("at", "device_id", "record_id"))
        ):
            return ("một dòng nhật ký hỏng", "an audit entry is damaged")
        if synced_table(str(line.get("table_name"))) is None:
            # An export carries the lines of its records only. The notes of tables that stay
            # on a laptop are read as that laptop's own (what it sent, the bulk decisions
            # `conflicts undo` puts back): another laptop's would be believed.
            shown, table = shown_value(line["id"]), shown_value(line.get("table_name"))
            return (
                f"dòng nhật ký {shown} thuộc bảng «{table}», bảng không đi giữa các máy",
                f"audit entry {shown} is about the table '{table}', which never travels",
            )
    return None


def _check_row(
    table: str, row: dict[str, Any], seen: set[str], rules: dict[str, Rule]
) -> Problem | None:
    record_id = row.get("id")
    if not isinstance(record_id, str) or not _ID.match(record_id):
        return record_problem(table, record_id, "id", "không phải mã UUID", "is not a UUID")
    if record_id in seen:
        return record_problem(table, record_id, None, "có hai lần trong gói", "appears twice")
    seen.add(record_id)
    for column, value in row.items():
        if not isinstance(value, _SCALARS) or isinstance(value, bool):
            return record_problem(
                table, record_id, column, "không phải giá trị đơn", "is not a plain value"
            )
    for column in ("rev", "vv", "updated_at", "device_id", "deleted"):
        if column not in row:
            return record_problem(table, record_id, column, "bị thiếu", "is missing")
    found = first_problem(rules, row)
    if found is not None:
        column, (vi, en) = found
        value = shown_value(row[column])
        return record_problem(
            table, record_id, column, f"{vi} (giá trị «{value}»)", f"{en} (value '{value}')"
        )
    try:
        parse_vv(row.get("vv"))
    except ValueError:
        value = shown_value(row.get("vv"))
        return record_problem(
            table,
            record_id,
            "vv",
            f"không phải véc-tơ phiên bản hợp lệ (giá trị «{value}»)",
            f"is not a valid version vector (value '{value}')",
        )
    return None


def _note_references(
    table: str, row: dict[str, Any], refs: list[tuple[str, Rule]], seen: _Seen
) -> None:
    for column, rule in refs:
        value = row.get(column)
        if value is None:
            continue
        listed = _json_ids(value) if rule.kind == "json_ids" else [value]
        for item in listed:
            seen.point(str(rule.ref), item, table, row["id"], column)


def _check_references(ws: Workspace, seen: _Seen) -> Problem | None:
    """Every id a row points at is a row of the package or of this database.

    Of the ids the package does not carry, the targets are taken in the order their first
    such id was met, and in each the least id this database lacks is named.
    """
    wanted: dict[str, dict[str, tuple[int, str, str, str]]] = {}
    for (target, item), met in sorted(seen.pointed.items(), key=lambda pair: pair[1][0]):
        if item not in seen.carried.get(target, ()):
            wanted.setdefault(target, {})[item] = met
    for target, ids in wanted.items():
        here = _present(ws, target, sorted(ids))
        for item in sorted(set(ids) - here):
            _order, table, record_id, column = ids[item]
            return record_problem(
                table,
                record_id,
                column,
                f"trỏ tới bản ghi {target} {item} không có trong gói lẫn trong máy này",
                f"points at {target} {item}, which is neither in the package nor here",
            )
    return None


def _json_ids(value: str) -> list[str]:
    import json

    return [str(i) for i in json.loads(value)]


def _present(ws: Workspace, table: str, ids: list[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(ids), _CHUNK):
        part = ids[start : start + _CHUNK]
        marks = ", ".join("?" for _ in part)
        found |= {
            str(r[0])
            for r in ws.db.execute(f"SELECT id FROM [{table}] WHERE id IN ({marks})", part)
        }
    return found


def _check_blobs_used(used: set[str], blobs: set[str]) -> Problem | None:
    """A package brings only files its records refer to (a photo, a signature image, a PDF)."""
    extra = sorted(blobs - used)
    if extra:
        return (
            f"gói mang tệp {extra[0][:12]} mà không bản ghi nào của gói dùng tới",
            f"the package carries the file {extra[0][:12]}, which none of its records uses",
        )
    return None
