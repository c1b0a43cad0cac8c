"""Helpers for the exchange tests: laptops (data folders), real images, database dumps."""

from __future__ import annotations

import io
import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

from cchc_desktop.store.bootstrap import initialise
from cchc_desktop.store.workspace import Workspace

# Local-only content left out when two secretaries' databases are compared: the local
# order of the audit log, this laptop's merge history and its notes, trust decisions, when a
# conflict was first seen, and schema bookkeeping.
_SKIP_TABLES = {"merges", "trusted_devices", "meta", "sqlite_sequence"}
_SKIP_COLUMNS = {"audit_log": {"seq"}, "conflicts": {"detected_at"}}


def laptop(root: Path, name: str) -> Path:
    """A fresh, initialised data folder named ``name`` under ``root``."""
    folder = root / name
    initialise(folder)
    return folder


def open_ws(folder: Path) -> Workspace:
    return Workspace.open(folder)


def png(text: str, size: tuple[int, int] = (240, 80)) -> bytes:
    """A real PNG (a handwritten-signature stand-in) that differs by ``text``."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", size, "white")
    ImageDraw.Draw(image).text((10, 30), text, fill="navy")
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def jpeg(seed: int, size: tuple[int, int] = (640, 480)) -> bytes:
    """A real JPEG photo stand-in, different for each seed."""
    import random

    from PIL import Image, ImageDraw

    rng = random.Random(seed)
    image = Image.new("RGB", size, (rng.randrange(256), rng.randrange(256), rng.randrange(256)))
    draw = ImageDraw.Draw(image)
    for _ in range(40):
        x, y = rng.randrange(size[0]), rng.randrange(size[1])
        draw.ellipse((x, y, x + 60, y + 40), fill=(rng.randrange(256), rng.randrange(256), 90))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def dump(folder: Path) -> str:
    """Every byte of meaning in the database (SQL dump), for "nothing changed" checks."""
    conn = sqlite3.connect(folder / "cchc.sqlite")
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


def comparable(folder: Path) -> dict[str, list[Any]]:
    """The database as sorted rows per table, without the local-only content (see above)."""
    conn = sqlite3.connect(folder / "cchc.sqlite")
    conn.row_factory = sqlite3.Row
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
            if r[0] not in _SKIP_TABLES
        ]
        result: dict[str, list[Any]] = {}
        for table in tables:
            skip = _SKIP_COLUMNS.get(table, set())
            rows = []
            for row in conn.execute(f"SELECT * FROM [{table}]"):
                item = {k: row[k] for k in row.keys() if k not in skip}  # noqa: SIM118
                if table == "audit_log" and item["table_name"] == "merges":
                    continue
                rows.append(json.dumps(item, sort_keys=True, ensure_ascii=False))
            result[table] = sorted(rows)
        return result
    finally:
        conn.close()


def copy_folder(source: Path, target: Path) -> Path:
    """A copy of a data folder (same device): a second secretary to merge in another order."""
    shutil.copytree(source, target)
    return target


def staging_empty(folder: Path) -> bool:
    staging = folder / "staging"
    return not staging.exists() or not any(staging.iterdir())


def inspection_on(ws: Workspace, *, unit_code: str = "08164", unit_name: str = "Xã Mông Ân") -> str:
    """A plan, a unit, a team and one inspection with a few answers, findings and a signer."""
    from cchc_desktop.store.answers import set_answer
    from cchc_desktop.store.findings import add_finding
    from cchc_desktop.store.inspections import new_inspection
    from cchc_desktop.store.plans import add_plan, add_team
    from cchc_desktop.store.signers import set_signer
    from cchc_desktop.store.units import add_unit

    province = add_unit(ws, name="Tỉnh Lạng Sơn", kind="tinh", code="20", exist_ok=True)
    unit = add_unit(ws, name=unit_name, kind="xa", code=unit_code, parent=province, exist_ok=True)
    plan = add_plan(
        ws,
        number="80/KH-BCĐCCHC",
        date="2024-06-10",
        issuer="Ban Chỉ đạo CCHC tỉnh",
        title="Kế hoạch kiểm tra CCHC năm 2024",
        exist_ok=True,
    )
    team = add_team(
        ws,
        plan=plan,
        leader=("Hoàng Anh Tuấn", "Phó Giám đốc Sở Nội vụ"),
        secretary=("Lê Thị Hạnh", "Chuyên viên"),
        exist_ok=True,
    )
    inspection = new_inspection(ws, plan=plan, unit=unit, team=team, date="2024-07-02")
    set_answer(ws, inspection, "D1", "dat", note="Niêm yết đầy đủ")
    set_answer(ws, inspection, "D2", "khong_dat", note="Còn hồ sơ chậm hạn")
    add_finding(ws, inspection, kind="ton_tai", text="Tỷ lệ thanh toán trực tuyến thấp")
    add_finding(ws, inspection, kind="kien_nghi", text="Nâng cao tỷ lệ thanh toán trực tuyến")
    sha = ws.media.put_bytes(png(f"Tuấn {inspection[:8]}"))
    set_signer(
        ws,
        inspection,
        role="truong_doan",
        name="Hoàng Anh Tuấn",
        title="Trưởng đoàn",
        image_sha256=sha,
    )
    return inspection


# The environment variable the exchange tests put the test certificates' password in.
P12_ENV = "CCHC_TEST_P12_PASSWORD"


def certificates(root: Path) -> dict[str, Path]:
    """The test CA's team-lead and chairman .p12 files and its root (``ca.pem``) under
    ``root/keys``; their password is ``tests.pki.PASSWORD`` (put it in ``P12_ENV``)."""
    from tests.pki import standard

    keys = root / "keys"
    keys.mkdir(exist_ok=True)
    made = {}
    for name in ("lead", "chairman"):
        made[name] = keys / f"{name}.p12"
        made[name].write_bytes(standard()[name].p12())
    made["ca"] = keys / "ca.pem"
    made["ca"].write_bytes(standard()["ca"].pem())
    return made


def photo_files(root: Path, tag: str, count: int) -> list[Path]:
    """Real JPEGs from a camera (EXIF time, GPS, camera; the second one stored turned, EXIF
    orientation 6), each different: ``root/<tag>-<n>.jpg``."""
    from tests.photo_factory import make_photo

    return [
        make_photo(
            root / f"{tag}-{n}.jpg", (640, 480), orientation=6 if n == 1 else 1, text=f"{tag} {n}"
        )
        for n in range(count)
    ]


def rows_of(folder: Path, sql: str, params: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
    """Rows of a query on a data folder's database, as dicts."""
    conn = sqlite3.connect(folder / "cchc.sqlite")
    conn.row_factory = sqlite3.Row
    try:
        return [dict(row) for row in conn.execute(sql, params)]
    finally:
        conn.close()


def disagreeing_desk(root: Path) -> dict[str, Any]:
    """Laptop A made two inspections (Xã Mông Ân, Xã Bình La); laptop B and the secretary S
    merged them. Then A and B each answered D1 and D2 of both differently, and S merged A's
    package (a2.cchc), then B's (b2.cchc): four conflicts, all met by B's package, two per
    inspection. S trusts A as «Máy đoàn 1 – Nguyễn Văn An» and B as «Máy đoàn 2 – Trần Bình»."""
    from cchc_desktop.exchange.export import export_package
    from cchc_desktop.exchange.merge import merge_file
    from cchc_desktop.store.answers import set_answer
    from cchc_desktop.store.datafolder import DataFolder
    from cchc_desktop.store.keys import own_identity

    a, b, s = laptop(root, "A"), laptop(root, "B"), laptop(root, "S")
    with open_ws(a) as ws:
        first = inspection_on(ws)
        second = inspection_on(ws, unit_code="08170", unit_name="Xã Bình La")
        base = export_package(ws, everything=True, target=root / "base.cchc").path
    for folder in (b, s):
        with open_ws(folder) as ws:
            merge_file(ws, base, trust_new=True)
    for folder, tag in ((a, "A"), (b, "B")):
        with open_ws(folder) as ws:
            for inspection in (first, second):
                set_answer(ws, inspection, "D1", "dat", note=f"Niêm yết ({tag})")
                set_answer(ws, inspection, "D2", "dat_mot_phan", note=f"Còn trễ hạn ({tag})")
    packages = {}
    for folder, tag in ((a, "a"), (b, "b")):
        with open_ws(folder) as ws:
            packages[tag] = export_package(ws, everything=True, target=root / f"{tag}2.cchc").path
    names = {
        own_identity(DataFolder(a)).device_id: "Máy đoàn 1 – Nguyễn Văn An",
        own_identity(DataFolder(b)).device_id: "Máy đoàn 2 – Trần Bình",
    }
    with open_ws(s) as ws:
        merge_file(ws, packages["a"], trust_new=True)
        report = merge_file(ws, packages["b"], trust_new=True)
        # The names the secretary knows these laptops by (both hostnames may well be "vm").
        for device_id, name in names.items():
            ws.db.execute(
                "UPDATE trusted_devices SET name = ? WHERE device_id = ?", [name, device_id]
            )
    assert len(report.conflicts) == 4
    from cchc_desktop.domain.devices import device_label

    labels = {device_id: device_label(name, device_id) for device_id, name in names.items()}
    return {
        "A": a, "B": b, "S": s, "first": first, "second": second, "root": root,
        # as every place shows a laptop: «name» (short id), domain.devices.device_label
        "b_name": labels[own_identity(DataFolder(b)).device_id], "names": labels,
        "package_b": report.package_id, "packages": packages,
    }  # fmt: skip
