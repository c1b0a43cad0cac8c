"""End to end through `cchc`: two laptops and a secretary, real images (and, once the photos and
minutes tables exist, real photos and signed minutes). Both laptops' inspections arrive whole;
merging again changes nothing; merging in the other order gives the same database."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from cchc_desktop.store.synced import SYNCED_TABLES
from tests.exchange_support import (
    comparable,
    copy_folder,
    dump,
    inspection_on,
    jpeg,
    laptop,
    open_ws,
    png,
)

SYNCED = {t.name for t in SYNCED_TABLES}


def _work_on(folder: Path, tmp: Path, cli: Callable[..., Any], *, code: str, name: str) -> str:
    """One inspection with answers, findings, two signature images; photos and minutes when the
    app has them (through the `cchc` contract, so this test needs no change when they land)."""
    with open_ws(folder) as ws:
        inspection = inspection_on(ws, unit_code=code, unit_name=name)
    with open_ws(folder) as ws:
        from cchc_desktop.store.signers import set_signer

        sha = ws.media.put_bytes(png(f"Đại diện {name}"))
        set_signer(
            ws,
            inspection,
            role="dai_dien_don_vi",
            name="Nguyễn Văn Bình",
            title="Chủ tịch UBND",
            image_sha256=sha,
        )
    if "photos" in SYNCED:
        photos = []
        for seed in range(3):
            path = tmp / f"photo-{code}-{seed}.jpg"
            path.write_bytes(jpeg(seed + int(code)))
            photos.append(str(path))
        assert (
            cli(
                "photos", "add", inspection, *photos, "--caption", "Bộ phận Một cửa", data=folder
            ).code
            == 0
        )
    if "minutes" in SYNCED:
        assert (
            cli("minutes", "make", inspection, "-o", str(tmp / f"bb-{code}.pdf"), data=folder).code
            == 0
        )
    return inspection


def _count(folder: Path, table: str, where: str = "deleted = 0") -> int:
    with open_ws(folder) as ws:
        return int(ws.db.execute(f"SELECT count(*) FROM [{table}] WHERE {where}").fetchone()[0])


def test_two_laptops_and_a_secretary(tmp_path: Path, cli: Callable[..., Any]) -> None:
    a, b, s = laptop(tmp_path, "A"), laptop(tmp_path, "B"), laptop(tmp_path, "S")
    ia = _work_on(a, tmp_path, cli, code="08164", name="Xã Mông Ân")
    ib = _work_on(b, tmp_path, cli, code="08170", name="Xã Hoàng Văn Thụ")
    pa, pb = tmp_path / "a.cchc", tmp_path / "b.cchc"
    assert cli("export", ia, "-o", str(pa), data=a).code == 0
    assert cli("export", "--all", "-o", str(pb), data=b).code == 0
    s2 = copy_folder(s, tmp_path / "S2")

    first = cli("merge", "--trust-new", str(pa), str(pb), data=s)
    assert first.code == 0, first.err
    assert "xung đột 0" in first.out

    # Both laptops' inspections arrived whole: every synchronised row, blob and audit entry.
    for folder, inspection in ((a, ia), (b, ib)):
        for table in SYNCED:
            with open_ws(folder) as ws:
                cursor = ws.db.execute(f"SELECT * FROM [{table}]")
                names = [c[0] for c in cursor.description]
                rows = [dict(zip(names, r, strict=True)) for r in cursor]
            if table in ("answers", "findings", "signers", "photos", "minutes"):
                rows = [r for r in rows if r["inspection_id"] == inspection]
            with open_ws(s) as ws:
                for row in rows:
                    got = ws.db.execute(
                        f"SELECT * FROM [{table}] WHERE id = ?", [row["id"]]
                    ).fetchone()
                    assert got is not None, (table, row["id"])
                    media = next(t for t in SYNCED_TABLES if t.name == table).media
                    for column in media:
                        if row[column]:
                            assert ws.media.verify(row[column]), (table, column)
        with open_ws(folder) as ws:
            audit = {
                r[0]
                for r in ws.db.execute("SELECT id FROM audit_log WHERE record_id = ?", [inspection])
            }
        with open_ws(s) as ws:
            here = {
                r[0]
                for r in ws.db.execute("SELECT id FROM audit_log WHERE record_id = ?", [inspection])
            }
        assert audit and audit <= here
    assert _count(s, "signers", "image_sha256 IS NOT NULL") == 4
    # The province, the plan and the team typed on both laptops are one record each.
    assert _count(s, "units", "code = '20'") == 1
    assert _count(s, "plans") == 1 and _count(s, "teams") == 1
    shown = cli("inspections", "show", ia, data=s)
    assert shown.code == 0 and "Xã Mông Ân" in shown.out

    # Merging again changes nothing.
    before = dump(s)
    again = cli("merge", str(pa), str(pb), data=s)
    assert again.code == 0 and again.out.count("Không có gì mới") == 2
    assert dump(s) == before

    # The other order gives the same database.
    assert cli("merge", "--trust-new", str(pb), str(pa), data=s2).code == 0
    assert comparable(s) == comparable(s2)
    assert cli("check", data=s).code == 0
