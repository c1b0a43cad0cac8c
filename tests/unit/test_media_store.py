"""The content-addressed media store: deduplicated, atomic, verifiable."""

from __future__ import annotations

import hashlib
from pathlib import Path

from cchc_desktop.checkup import check
from cchc_desktop.store.media import MediaStore
from cchc_desktop.store.workspace import Workspace


def test_bytes_are_stored_once_under_their_hash(tmp_path: Path) -> None:
    store = MediaStore(tmp_path / "media")
    data = b"\xff\xd8 not really a jpeg"
    sha = store.put_bytes(data)
    assert sha == hashlib.sha256(data).hexdigest()
    assert store.put_bytes(data) == sha
    assert store.read(sha) == data
    assert list(store.blobs()) == [sha]
    assert store.blob_path(sha).parent.name == sha[:2]


def test_files_are_streamed_in_and_verified(tmp_path: Path) -> None:
    store = MediaStore(tmp_path / "media")
    source = tmp_path / "anh.jpg"
    source.write_bytes(b"x" * 3_000_000)
    sha = store.put_file(source)
    assert store.verify(sha)
    assert not list((store.blobs_dir / ".incoming").iterdir())
    path = store.blob_path(sha)
    path.write_bytes(b"y" + path.read_bytes()[1:])
    assert not store.verify(sha)


def test_check_reports_missing_and_damaged_blobs(ws: Workspace) -> None:
    from cchc_desktop.store.inspections import new_inspection
    from cchc_desktop.store.plans import add_plan
    from cchc_desktop.store.signers import set_signer
    from cchc_desktop.store.units import add_unit

    plan = add_plan(ws, number="01/KH", date="2026-01-05", issuer="UBND", title="KT")
    unit = add_unit(ws, name="Xã Mai Sao", kind="xa")
    inspection = new_inspection(ws, plan=plan, unit=unit, date="2026-01-06")
    good = ws.media.put_bytes(b"signature png")
    set_signer(ws, inspection, role="truong_doan", name="A", title="B", image_sha256=good)
    assert all(item.ok for item in check(ws))

    ws.media.blob_path(good).write_bytes(b"tampered")
    set_signer(ws, inspection, role="dai_dien_don_vi", name="C", title="D", image_sha256="0" * 64)
    failed = [item for item in check(ws) if not item.ok]
    assert len(failed) == 2
    assert "signers" in failed[0].detail
