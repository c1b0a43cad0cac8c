"""The readiness rule about stored values: a value the biên bản would show that breaks its
column's rule (written behind the app's back, or before merges checked what they take:
``store/value_check.py``) blocks issuing, named, instead of breaking the check.

Registered with ``@rule`` in the one readiness check (``minutes.readiness``), so `cchc minutes
check` and the "Ký & xuất" tab list it with the others.
"""

from __future__ import annotations

from collections.abc import Iterator

from cchc_desktop.minutes.readiness import Facts, Item, Severity, rule


@rule
def stored_values_valid(facts: Facts) -> Iterator[Item]:
    """No value the biên bản would show is invalid; each one blocks, named."""
    from cchc_desktop.store.value_check import invalid_in_inspection

    if facts.workspace is None:
        return
    for table, record_id, column, value, (vi, en) in invalid_in_inspection(
        facts.workspace, facts.inspection_id
    ):
        yield Item(
            "value.invalid",
            Severity.BLOCK,
            f"Giá trị đã lưu không hợp lệ: {table} {record_id[:8]}, trường «{column}» = "
            f"«{value}» ({vi}). «cchc check» liệt kê mọi giá trị không hợp lệ.",
            f"An invalid stored value: {table} {record_id[:8]}, field '{column}' = '{value}' "
            f"({en}). 'cchc check' lists every invalid value.",
        )
