"""The checklist templates shipped with the app; reading and writing template files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from cchc_desktop.atomic import write_atomic
from cchc_desktop.checklists.model import Template
from cchc_desktop.checklists.schema import validate_template
from cchc_desktop.errors import UserError, describe_os_error, read_named_file
from cchc_desktop.paths import resource

SUFFIXES = (".json", ".xlsx")
_FIELD_ORDER = (
    "format",
    "key",
    "version",
    "title",
    "scope",
    "valid_from",
    "valid_to",
    "description",
    "basis",
    "areas",
)


def bundled_templates() -> list[Template]:
    """Every template in resources/checklists/, validated, sorted by key then version."""
    folder = resource("checklists")
    if not folder.is_dir():
        raise UserError(
            f"Không tìm thấy thư mục mẫu bảng kiểm đi kèm chương trình ({folder}). "
            "Hãy cài đặt lại chương trình.",
            f"The checklist templates shipped with the app are missing ({folder}). "
            "Reinstall the app.",
        )
    templates = [read_template_file(path) for path in sorted(folder.glob("*.json"))]
    return sorted(templates, key=lambda t: (t.key, t.version))


def read_template_file(path: Path) -> Template:
    """A template from a .json or .xlsx file, or a UserError saying what is wrong with the file."""
    suffix = path.suffix.lower()
    if suffix == ".json":
        return _read_json(path)
    if suffix == ".xlsx":
        from cchc_desktop.checklists.xlsx import import_xlsx

        return import_xlsx(path)
    raise _unsupported(path)


def write_template_file(template: Template, path: Path) -> None:
    """Save a template as .json (UTF-8, indented) or .xlsx, atomically: all of it or nothing."""
    suffix = path.suffix.lower()
    if suffix == ".json":
        content = template_json(template).encode("utf-8")
    elif suffix == ".xlsx":
        from cchc_desktop.checklists.xlsx import export_xlsx

        content = export_xlsx(template)
    else:
        raise _unsupported(path)
    try:
        write_atomic(path, content)
    except OSError as exc:
        raise describe_os_error(exc, path) from exc


def template_json(template: Template) -> str:
    """The template as JSON text, the way the bundled files are written.

    The template's own fields come first and its areas last, and whole scores are written as
    1 rather than 1.0, so that the file reads well and saving a bundled template reproduces
    its file byte for byte. The content (and so ``content_hash``) is that of ``to_dict``.
    """
    data = template.to_dict()
    ordered: dict[str, Any] = {name: data[name] for name in _FIELD_ORDER if name in data}
    ordered.update((name, value) for name, value in data.items() if name not in ordered)
    for area in ordered["areas"]:
        for criterion in area["criteria"]:
            score = criterion["max_score"]
            if isinstance(score, float) and score.is_integer():
                criterion["max_score"] = int(score)
    return json.dumps(ordered, ensure_ascii=False, indent=2) + "\n"


def _read_json(path: Path) -> Template:
    name = path.name
    raw = read_named_file(path)
    try:
        # utf-8-sig: Notepad on Windows starts UTF-8 files with a byte-order mark.
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UserError(
            f"Tệp «{name}» không phải văn bản UTF-8 (byte lạ ở vị trí {exc.start}). "
            "Hãy lưu lại tệp với bảng mã UTF-8.",
            f"'{name}' is not UTF-8 text (unexpected byte at position {exc.start}). "
            "Save it again as UTF-8.",
        ) from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UserError(
            f"Tệp «{name}» không phải JSON hợp lệ: dòng {exc.lineno}, cột {exc.colno} ({exc.msg}).",
            f"'{name}' is not valid JSON: line {exc.lineno}, column {exc.colno} ({exc.msg}).",
        ) from exc
    except RecursionError as exc:  # "[[[[…" thousands deep: no template is shaped like that
        raise UserError(
            f"Tệp «{name}» không phải mẫu bảng kiểm: dữ liệu lồng nhau quá sâu.",
            f"'{name}' is not a checklist template: its data is nested too deep.",
        ) from exc
    try:
        return validate_template(data, origin=f"Tệp «{name}»")
    except RecursionError as exc:
        raise UserError(
            f"Tệp «{name}» không phải mẫu bảng kiểm: dữ liệu lồng nhau quá sâu.",
            f"'{name}' is not a checklist template: its data is nested too deep.",
        ) from exc


def _unsupported(path: Path) -> UserError:
    shown = path.suffix or "(không có)"
    shown_en = path.suffix or "(none)"
    return UserError(
        f"Mẫu bảng kiểm chỉ đọc và ghi được dưới dạng .json hoặc .xlsx; tệp «{path.name}» có "
        f"đuôi {shown}. Với bảng tính Excel 97-2003 (.xls) hoặc LibreOffice (.ods), hãy mở rồi "
        "lưu lại dưới dạng .xlsx.",
        f"Checklist templates can only be read and written as .json or .xlsx; '{path.name}' "
        f"ends in {shown_en}. For an Excel 97-2003 (.xls) or LibreOffice (.ods) spreadsheet, open "
        "it and save it again as .xlsx.",
    )
