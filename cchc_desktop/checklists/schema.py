"""The JSON schema of a checklist template, and validation with messages a person can act on."""

from __future__ import annotations

from typing import Any

from cchc_desktop.checklists.model import FORMAT, Template
from cchc_desktop.errors import UserError

_DATE = {"type": ["string", "null"], "pattern": r"^\d{4}-\d{2}-\d{2}$"}
_TEXT = {"type": "string", "minLength": 1}

TEMPLATE_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "CCHC checklist template",
    "type": "object",
    "required": ["format", "key", "version", "title", "areas"],
    "additionalProperties": False,
    "properties": {
        "format": {"const": FORMAT},
        "key": {"type": "string", "pattern": r"^[a-z0-9][a-z0-9._-]{1,63}$"},
        "version": {"type": "integer", "minimum": 1},
        "title": _TEXT,
        "scope": {"type": "string"},
        "valid_from": _DATE,
        "valid_to": _DATE,
        "description": {"type": "string"},
        "basis": {"type": "array", "items": _TEXT},
        "areas": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "required": ["code", "title", "criteria"],
                "additionalProperties": False,
                "properties": {
                    "code": {"type": "string", "pattern": r"^[A-Za-z]{1,3}$"},
                    "title": _TEXT,
                    "criteria": {
                        "type": "array",
                        "minItems": 1,
                        "items": {
                            "type": "object",
                            "required": ["code", "text"],
                            "additionalProperties": False,
                            "properties": {
                                "code": {"type": "string", "pattern": r"^[A-Za-z]{1,3}[0-9]{1,3}$"},
                                "text": _TEXT,
                                "guidance": {"type": "string"},
                                "evidence": {"type": "string"},
                                "max_score": {"type": "number", "minimum": 0, "maximum": 100},
                                "source": {"type": "string"},
                            },
                        },
                    },
                },
            },
        },
    },
}


def validate_template(data: Any, *, origin: str = "mẫu") -> Template:
    """A Template from JSON data, or a UserError listing every problem with where it is."""
    import jsonschema  # imported when a template is actually read

    validator = jsonschema.Draft202012Validator(TEMPLATE_SCHEMA)
    problems = [
        f"{'/'.join(str(p) for p in error.absolute_path) or '(gốc)'}: {error.message}"
        for error in sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    ]
    if not problems:
        problems = _semantic_problems(data)
    if problems:
        listing = "; ".join(problems[:10]) + ("; …" if len(problems) > 10 else "")
        raise UserError(
            f"{origin} không đúng định dạng mẫu bảng kiểm: {listing}",
            f"{origin} is not a valid checklist template: {listing}",
        )
    return Template.from_dict(data)


def _semantic_problems(data: dict[str, Any]) -> list[str]:
    """What JSON Schema cannot say: unique codes, criteria codes that start with their area's."""
    problems = []
    seen: set[str] = set()
    area_codes: set[str] = set()
    for a_index, area in enumerate(data["areas"]):
        area_code = area["code"].upper()
        if area_code in area_codes:
            problems.append(f"areas/{a_index}/code: lĩnh vực «{area_code}» bị trùng")
        area_codes.add(area_code)
        for c_index, criterion in enumerate(area["criteria"]):
            code = criterion["code"].upper()
            where = f"areas/{a_index}/criteria/{c_index}/code"
            if code in seen:
                problems.append(f"{where}: mã tiêu chí «{code}» bị trùng")
            if not code.startswith(area_code):
                problems.append(f"{where}: mã «{code}» không thuộc lĩnh vực «{area_code}»")
            seen.add(code)
    return problems
