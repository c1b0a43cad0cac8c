"""`cchc export` with no inspection named sends what this laptop has not sent as it is now."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from cchc_desktop.exchange.verify import verify_package
from cchc_desktop.store.answers import set_answer
from tests.exchange_support import inspection_on, laptop, open_ws


def test_export_sends_only_what_is_new_and_all_sends_everything(
    tmp_path: Path, cli: Callable[..., Any]
) -> None:
    a = laptop(tmp_path, "A")
    with open_ws(a) as ws:
        inspection_on(ws)
        second = inspection_on(ws, unit_code="08165", unit_name="Xã Hoa Thám")

    def export(name: str, *extra: str) -> dict[str, Any]:
        done = cli("--json", "export", *extra, "-o", str(tmp_path / name), data=a)
        assert done.code == 0, done.err
        result: dict[str, Any] = done.json()
        return result

    assert export("1.cchc")["counts"]["inspections"] == 2  # nothing sent yet: both
    nothing = cli("export", "-o", str(tmp_path / "2.cchc"), data=a)
    assert nothing.code == 0 and "không xuất gói nào" in nothing.out
    assert not (tmp_path / "2.cchc").exists()
    assert export("2.cchc")["path"] is None

    with open_ws(a) as ws:
        set_answer(ws, second, "D2", "dat", note="Đã khắc phục")
    changed = export("3.cchc")
    assert changed["counts"]["inspections"] == 1
    with open_ws(laptop(tmp_path, "S")) as ws:  # the changed inspection, not the other
        verified = verify_package(ws, tmp_path / "3.cchc")
        try:
            assert [r["id"] for r in verified.records["inspections"]] == [second]
        finally:
            verified.discard()
    assert export("4.cchc", "--all")["counts"]["inspections"] == 2
