"""A biên bản issued for signing on paper (migration m0007) is no back door (issue 18 with 11).

A paper-issued row has ``signed`` 1, no digital signer and an unsigned PDF; its scanned signed
copy travels as a blob the row names. A trusted laptop could try to use that shape to dodge
the rule that a signed row needs a PDF whose signatures validate: list digital signers on a
paper row, make a digitally issued biên bản "paper", or ship any file as the scan. Each such
package is refused with the record and field named, nothing changed; the honest one merges.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from cchc_desktop.exchange import format as fmt
from cchc_desktop.exchange.trust import accept
from cchc_desktop.store.datafolder import DataFolder
from cchc_desktop.store.keys import own_identity
from tests import minutes_samples as samples
from tests.exchange_support import copy_folder, inspection_on, laptop, open_ws, photo_files, rows_of
from tests.security.crafting import (
    World,
    add_file,
    assert_refused,
    build_world,
    drop_file,
    export_all,
    put_rows,
    read_members,
    rows,
    seal,
    signed_as,
)


@dataclass
class Paper:
    """Laptop T issued its inspection's biên bản on paper and recorded the 2-page scan; the
    office O trusts T and has never seen the inspection. ``t.cchc`` is T's honest package."""

    root: Path
    office: Path
    laptop: Path
    inspection: str


@pytest.fixture(scope="module")
def paper(tmp_path_factory: pytest.TempPathFactory) -> Paper:
    from cchc_desktop.cli import main

    root = tmp_path_factory.mktemp("paper")
    office, lap = laptop(root, "O"), laptop(root, "T")
    with open_ws(lap) as ws:
        inspection = inspection_on(ws)
        samples.make_ready(ws, inspection)
    made = ["minutes", "make", inspection, "--final", "-o", str(root / "in-ra.pdf")]
    assert main(["--data-dir", str(lap), *made]) == 0
    pages = [str(p) for p in photo_files(root / "anh", "trang", 2)]
    assert main(["--data-dir", str(lap), "minutes", "attach-signed", inspection, *pages]) == 0
    export_all(lap, root / "t.cchc")
    with open_ws(office) as ws:
        accept(ws, own_identity(DataFolder(lap)))
    return Paper(root, office, lap, inspection)


@pytest.fixture
def office(paper: Paper, tmp_path: Path) -> Path:
    return copy_folder(paper.office, tmp_path / "O")


def paper_row(members: dict[str, bytes]) -> dict[str, Any]:
    [row] = rows(members, "minutes")
    assert row["signed"] == 1 and row["paper"] == 1 and row["scan_sha256"]
    return row


def crafted(paper: Paper, name: str, members: dict[str, bytes], row: dict[str, Any]) -> Path:
    """The package with ``row`` as T's app would have signed it."""
    put_rows(members, "minutes", [signed_as(paper.laptop, "minutes", row)])
    return seal(members, paper.laptop, paper.root / name)


def test_the_honest_paper_package_merges_with_its_scan(
    paper: Paper, office: Path, cli: Callable[..., Any]
) -> None:
    """The scan is a blob a record refers to (no "file no record uses"), and it arrives."""
    members = read_members(paper.root / "t.cchc")
    scan = paper_row(members)["scan_sha256"]
    assert fmt.blob_member(scan) in members
    merged = cli("merge", str(paper.root / "t.cchc"), data=office)
    assert merged.code == 0, merged.err
    with open_ws(office) as ws:
        assert ws.media.has(scan)
    [row] = rows_of(office, "SELECT paper, scan_pages FROM minutes")
    assert row == {"paper": 1, "scan_pages": 2}


def test_a_paper_row_listing_digital_signers_is_refused(
    paper: Paper, office: Path, cli: Callable[..., Any]
) -> None:
    members = read_members(paper.root / "t.cchc")
    row = paper_row(members)
    listed = [{"field": "ky_so_truong_doan", "fingerprint": "00" * 32, "role": "truong_doan"}]
    package = crafted(paper, "signers.cchc", members, {**row, "signers": json.dumps(listed)})
    assert_refused(cli, office, package, row["id"], "trường «signers»", "ký giấy")


@pytest.mark.parametrize("what", ["a photo", "a PDF of another page count"])
def test_a_scan_that_is_not_the_scan_the_row_counts_is_refused(
    what: str, paper: Paper, office: Path, cli: Callable[..., Any]
) -> None:
    """A picture passed off as the scan, or a scan of other pages than the row says."""
    members = read_members(paper.root / "t.cchc")
    row = paper_row(members)
    if what == "a photo":
        data = photo_files(paper.root / "khac", "anh", 1)[0].read_bytes()
        sha = hashlib.sha256(data).hexdigest()
        drop_file(members, fmt.blob_member(row["scan_sha256"]), count="blobs")
        add_file(members, fmt.blob_member(sha), data, count="blobs")
        changed = {**row, "scan_sha256": sha}
    else:
        changed = {**row, "scan_pages": 5}
    package = crafted(paper, "scan.cchc", members, changed)
    assert_refused(cli, office, package, row["id"], "trường «scan_sha256»", "bản quét")


def test_a_scan_without_its_date_is_refused(
    paper: Paper, office: Path, cli: Callable[..., Any]
) -> None:
    members = read_members(paper.root / "t.cchc")
    row = paper_row(members)
    package = crafted(paper, "undated.cchc", members, {**row, "scanned_at": None})
    assert_refused(cli, office, package, row["id"], "trường «scanned_at»")


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    return build_world(tmp_path_factory.mktemp("world"))


def test_minutes_issued_for_digital_signing_cannot_pass_as_paper(
    world: World, tmp_path: Path, cli: Callable[..., Any]
) -> None:
    """T's own biên bản, issued for digital signing, marked paper with its signers dropped and
    its unsigned stage as the PDF: the snapshot says how it was issued, so it is refused."""
    from tests.security.crafting import draft_of

    office = copy_folder(world.office, tmp_path / "O")
    members = read_members(world.root / "t.cchc")
    [own] = [r for r in rows(members, "minutes") if r["device_id"] == world.laptop_id]
    stage = draft_of(world.laptop, own["inspection_id"])
    sha = hashlib.sha256(stage).hexdigest()
    drop_file(members, fmt.blob_member(own["pdf_sha256"]), count="blobs")
    add_file(members, fmt.blob_member(sha), stage, count="blobs")
    forged = {**own, "paper": 1, "signers": "[]", "pdf_sha256": sha}
    put_rows(
        members,
        "minutes",
        [
            signed_as(world.laptop, "minutes", forged) if r["id"] == own["id"] else r
            for r in rows(members, "minutes")
        ],
    )
    package = seal(members, world.laptop, world.root / "as-paper.cchc")
    assert_refused(cli, office, package, own["id"], "phát hành theo cách khác")
