"""Packages altered, forged, cut short or crafted to attack: each refused by `verify` and by
`merge`, with its reason; the database byte-for-byte as before and nothing left in staging."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import stat
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from cchc_desktop.exchange import format as fmt
from cchc_desktop.photos.ingest import import_photos
from cchc_desktop.store.canonical import canonical_json
from cchc_desktop.store.datafolder import DataFolder
from cchc_desktop.store.keys import ensure_key
from tests.exchange_support import (
    dump,
    inspection_on,
    laptop,
    open_ws,
    photo_files,
    staging_empty,
)

Members = dict[str, bytes]


@pytest.fixture(scope="module")
def origin(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Laptop A with one inspection (answers, findings, a signature image, a photo with its
    thumbnail and print copy) and its package."""
    root = tmp_path_factory.mktemp("origin")
    folder = laptop(root, "A")
    with open_ws(folder) as ws:
        inspection = inspection_on(ws)
        added = import_photos(ws, inspection, photo_files(root, "anh", 1), workers=1)
        assert len(added.added) == 1
    package = root / "a.cchc"
    from cchc_desktop.cli import main

    assert main(["--data-dir", str(folder), "export", "--all", "-o", str(package)]) == 0
    return folder, package


def read_members(package: Path) -> tuple[Members, list[zipfile.ZipInfo]]:
    with zipfile.ZipFile(package) as archive:
        return {i.filename: archive.read(i) for i in archive.infolist()}, archive.infolist()


def write_zip(
    target: Path, members: Members, extra: list[tuple[zipfile.ZipInfo, bytes]] = ()
) -> None:  # type: ignore[assignment]
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
        for info, data in extra:
            archive.writestr(info, data)


def resign(origin_folder: Path, members: Members) -> None:
    key = ensure_key(DataFolder(origin_folder))
    members[fmt.SIGNATURE] = base64.b64encode(key.sign(members[fmt.MANIFEST])) + b"\n"


def redeclare(members: Members, name: str) -> None:
    """Update the manifest's hash and size of a member (the signature is left as it was)."""
    manifest = json.loads(members[fmt.MANIFEST])
    for entry in manifest["members"]:
        if entry["name"] == name:
            entry["sha256"] = hashlib.sha256(members[name]).hexdigest()
            entry["size"] = len(members[name])
    members[fmt.MANIFEST] = canonical_json(manifest)


def photo_member(members: Members) -> str:
    """The name of the photo's original in the package (named by its SHA-256)."""
    [row] = [json.loads(line) for line in members["records/photos.jsonl"].splitlines()]
    return fmt.blob_member(row["sha256"])


def flip_byte(package: Path, target: Path, name: str) -> None:
    """One bit of a stored member changed in place, the manifest and signature untouched."""
    data = bytearray(package.read_bytes())
    _members, infos = read_members(package)
    info = next(i for i in infos if i.filename == name)
    offset = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra) + 100
    data[offset] ^= 0x01
    target.write_bytes(bytes(data))


def flip_byte_in_blob(package: Path, target: Path, _origin: Path) -> None:
    members, _ = read_members(package)
    flip_byte(package, target, photo_member(members))


def thumbnail_slipped_in(package: Path, target: Path, origin: Path) -> None:
    """A thumbnail of the photo, declared and signed by A: derived files never travel (the
    receiver makes its own from the original), so the package is refused."""
    members, _ = read_members(package)
    sha = photo_member(members).rsplit("/", 1)[1]
    name = fmt.derived_member(sha, "thumb.jpg")
    members[name] = photo_files(target.parent, "nho", 1)[0].read_bytes()
    manifest = json.loads(members[fmt.MANIFEST])
    manifest["members"].append(
        {
            "name": name,
            "size": len(members[name]),
            "sha256": hashlib.sha256(members[name]).hexdigest(),
        }
    )
    members[fmt.MANIFEST] = canonical_json(manifest)
    resign(origin, members)
    write_zip(target, members)


def photo_removed(package: Path, target: Path, _origin: Path) -> None:
    members, _ = read_members(package)
    del members[photo_member(members)]
    write_zip(target, members)


def undeclare(members: Members, name: str) -> None:
    """Drop a member from the manifest's list and its blob count (the signature is not redone)."""
    manifest = json.loads(members[fmt.MANIFEST])
    manifest["members"] = [m for m in manifest["members"] if m["name"] != name]
    manifest["counts"]["blobs"] -= 1
    members[fmt.MANIFEST] = canonical_json(manifest)


def photo_removed_and_resigned(package: Path, target: Path, origin: Path) -> None:
    """A's own key signs a package whose photo record has no photo (a broken or hostile app)."""
    members, _ = read_members(package)
    name = photo_member(members)
    del members[name]
    undeclare(members, name)
    resign(origin, members)
    write_zip(target, members)


def photo_replaced_and_resigned(package: Path, target: Path, origin: Path) -> None:
    """Another picture under the original's name, hashes and signature redone with A's key."""
    members, _ = read_members(package)
    name = photo_member(members)
    [other] = photo_files(target.parent, "khac", 1)
    members[name] = other.read_bytes()
    redeclare(members, name)
    resign(origin, members)
    write_zip(target, members)


def flip_byte_in_records(package: Path, target: Path, _origin: Path) -> None:
    members, _ = read_members(package)
    answers = bytearray(members["records/answers.jsonl"])
    answers[answers.index(b"khong_dat")] = ord("K")
    members["records/answers.jsonl"] = bytes(answers)
    write_zip(target, members)


def member_added(package: Path, target: Path, _origin: Path) -> None:
    members, _ = read_members(package)
    members["media/blobs/" + "0" * 64] = b"not declared"
    write_zip(target, members)


def member_removed(package: Path, target: Path, _origin: Path) -> None:
    members, _ = read_members(package)
    del members["records/findings.jsonl"]
    write_zip(target, members)


def record_edited_hash_updated(package: Path, target: Path, _origin: Path) -> None:
    members, _ = read_members(package)
    name = "records/answers.jsonl"
    members[name] = members[name].replace(b"khong_dat", b"dat")
    redeclare(members, name)
    write_zip(target, members)


def record_edited_and_resigned_by_another_key(package: Path, target: Path, origin: Path) -> None:
    """A forger re-signs with their own key but keeps A's device id: an impostor."""
    members, _ = read_members(package)
    name = "records/answers.jsonl"
    members[name] = members[name].replace(b"khong_dat", b"dat")
    redeclare(members, name)
    forger = laptop(target.parent, "forger")
    key = ensure_key(DataFolder(forger))
    from cchc_desktop.store.keys import public_key_b64

    manifest = json.loads(members[fmt.MANIFEST])
    manifest["device"]["public_key"] = public_key_b64(key)
    members[fmt.MANIFEST] = canonical_json(manifest)
    members[fmt.SIGNATURE] = base64.b64encode(key.sign(members[fmt.MANIFEST])) + b"\n"
    write_zip(target, members)


def dot_dot_name(package: Path, target: Path, _origin: Path) -> None:
    members, _ = read_members(package)
    members["../../outside.txt"] = b"escape"
    write_zip(target, members)


def absolute_name(package: Path, target: Path, _origin: Path) -> None:
    members, _ = read_members(package)
    members["/tmp/cchc-absolute.txt"] = b"escape"
    write_zip(target, members)


def drive_letter_name(package: Path, target: Path, _origin: Path) -> None:
    members, _ = read_members(package)
    members["C:/Windows/evil.txt"] = b"escape"
    write_zip(target, members)


def symlink_member(package: Path, target: Path, _origin: Path) -> None:
    members, _ = read_members(package)
    link = zipfile.ZipInfo("media/blobs/" + "1" * 64)
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    write_zip(target, members, [(link, b"/etc/passwd")])


def zip_bomb(package: Path, target: Path, _origin: Path) -> None:
    members, _ = read_members(package)
    members["records/units.jsonl"] = b"\n" * (64 * 1024 * 1024)
    write_zip(target, members)


def unknown_format_version(package: Path, target: Path, origin: Path) -> None:
    """Properly signed by A, but in a format version this app does not know."""
    members, _ = read_members(package)
    manifest = json.loads(members[fmt.MANIFEST])
    manifest["format_version"] = 99
    members[fmt.MANIFEST] = canonical_json(manifest)
    resign(origin, members)
    write_zip(target, members)


def duplicate_name(package: Path, target: Path, _origin: Path) -> None:
    members, _ = read_members(package)
    dup = zipfile.ZipInfo("records/findings.jsonl")
    with pytest.warns(UserWarning):
        write_zip(target, members, [(dup, b"{}\n")])


def non_utf8_name(package: Path, target: Path, _origin: Path) -> None:
    members, _ = read_members(package)
    write_zip(target, members)
    # Patch a name in place to bytes that are not UTF-8, with the UTF-8 flag off.
    data = bytearray(target.read_bytes())
    old = b"records/plans.jsonl"
    new = b"records/pl\xe2ns.jsonl"
    target.write_bytes(bytes(data).replace(old, new))


def cut_short(package: Path, target: Path, _origin: Path) -> None:
    data = package.read_bytes()
    target.write_bytes(data[: len(data) * 2 // 3])


CRAFTS: dict[str, Callable[[Path, Path, Path], None]] = {
    "flipped byte in a photo": flip_byte_in_blob,
    "thumbnail slipped in, re-signed by A": thumbnail_slipped_in,
    "photo removed": photo_removed,
    "photo removed, re-signed by A": photo_removed_and_resigned,
    "photo replaced, re-signed by A": photo_replaced_and_resigned,
    "flipped byte in records": flip_byte_in_records,
    "member added": member_added,
    "member removed": member_removed,
    "record edited, hash updated, signature not": record_edited_hash_updated,
    "re-signed by another key under A's id": record_edited_and_resigned_by_another_key,
    "../ name": dot_dot_name,
    "absolute name": absolute_name,
    "drive letter": drive_letter_name,
    "symbolic link": symlink_member,
    "zip bomb": zip_bomb,
    "unknown format version": unknown_format_version,
    "duplicate name": duplicate_name,
    "name not UTF-8": non_utf8_name,
    "cut short": cut_short,
}

REASONS = {
    "flipped byte in a photo": ["hỏng", "SHA-256"],
    "thumbnail slipped in, re-signed by A": ["thành phần lạ"],
    "photo removed": ["thiếu thành phần 'media/blobs/"],
    "photo removed, re-signed by A": ["mà bản ghi ảnh cần"],
    "photo replaced, re-signed by A": ["không mang đúng mã của nó"],
    "flipped byte in records": ["SHA-256", "hỏng"],
    "member added": ["không khai báo"],
    "member removed": ["thiếu thành phần"],
    "record edited, hash updated, signature not": ["chữ ký không khớp"],
    "re-signed by another key under A's id": ["khóa khác"],
    "../ name": ["../"],
    "absolute name": ["tuyệt đối"],
    "drive letter": ["tuyệt đối"],
    "symbolic link": ["liên kết"],
    "zip bomb": ["bom nén"],
    "unknown format version": ["phiên bản 99"],
    "duplicate name": ["trùng"],
    "name not UTF-8": ["UTF-8"],
    "cut short": ["cắt cụt", "thiếu"],
}


@pytest.mark.parametrize("craft", list(CRAFTS), ids=list(CRAFTS))
def test_crafted_package_is_refused_and_nothing_changes(
    craft: str, origin: tuple[Path, Path], tmp_path: Path, cli: Callable[..., object]
) -> None:
    origin_folder, package = origin
    secretary = laptop(tmp_path, "S")
    # The secretary already trusts A (so the refusal is about the package, not the device).
    assert cli("devices", "trust", str(package), data=secretary).code == 0  # type: ignore[attr-defined]
    crafted = tmp_path / "crafted.cchc"
    CRAFTS[craft](package, crafted, origin_folder)
    before = dump(secretary)
    blobs_before = sorted(p.name for p in (secretary / "media").rglob("*") if p.is_file())

    verified = cli("verify", str(crafted), data=secretary)
    merged = cli("merge", "--trust-new", str(crafted), data=secretary)

    for result in (verified, merged):
        assert result.code == 1, result.out  # type: ignore[attr-defined]
        assert "bị từ chối" in result.err or "khóa khác" in result.err  # type: ignore[attr-defined]
        assert any(word in result.err for word in REASONS[craft]), result.err  # type: ignore[attr-defined]
    assert dump(secretary) == before
    assert sorted(p.name for p in (secretary / "media").rglob("*") if p.is_file()) == blobs_before
    assert staging_empty(secretary)
    assert not (tmp_path / "outside.txt").exists()


def test_the_untouched_package_passes(
    origin: tuple[Path, Path], tmp_path: Path, cli: Callable[..., object]
) -> None:
    _folder, package = origin
    secretary = laptop(tmp_path, "S")
    result = cli("verify", str(package), data=secretary)
    assert result.code == 0 and "chữ ký hợp lệ" in result.out  # type: ignore[attr-defined]
    assert re.search(r"Vân tay: (\d{5} ){11}\d{5}", result.out)  # type: ignore[attr-defined]
    # What it holds, by kind as a person names them, in the order a merge takes them.
    assert "  đơn vị 2; kế hoạch 1; đoàn kiểm tra 1; thành viên đoàn 2; " in result.out  # type: ignore[attr-defined]
    assert "; câu trả lời 2; nhận xét, kiến nghị 2; người ký 1; ảnh 1; " in result.out  # type: ignore[attr-defined]
    # Originals only: thumbnails and print copies are made by the receiver (format 2).
    assert "tệp ảnh/tài liệu 2\n" in result.out  # type: ignore[attr-defined]
    assert "ảnh thu nhỏ" not in result.out  # type: ignore[attr-defined]
    merged = cli("merge", "--trust-new", str(package), data=secretary)
    assert merged.code == 0, merged.err  # type: ignore[attr-defined]
    assert staging_empty(secretary)


def test_a_file_that_is_not_a_zip_is_refused_in_the_readers_words(
    tmp_path: Path, cli: Callable[..., object]
) -> None:
    """Not zipfile's English ("File is not a zip file") inside the Vietnamese sentence."""
    secretary = laptop(tmp_path, "S")
    bogus = tmp_path / "bogus.cchc"
    bogus.write_bytes(b"hello")
    result = cli("merge", str(bogus), data=secretary)
    assert result.code == 1  # type: ignore[attr-defined]
    assert "không phải gói .cchc hoặc tệp bị cắt cụt." in result.err  # type: ignore[attr-defined]
    assert "zip file" not in result.err  # type: ignore[attr-defined]
