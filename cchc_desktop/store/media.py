"""The content-addressed media store: photos, signature images, signed PDFs, kept by SHA-256.

Blobs are immutable and deduplicated: the same bytes are stored once, under their own hash,
written atomically (temporary file, fsync, rename). Derived files (thumbnails, print copies)
can always be made again from a blob and live apart from the blobs.

Layout under the data folder's ``media/``::

    blobs/ab/abcdef…(64 hex)        the bytes exactly as received
    derived/ab/abcdef….<kind>.<ext> made from a blob (e.g. "thumb.jpg", "print.jpg")
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterator
from pathlib import Path

from cchc_desktop.atomic import atomic_writer, fsync_dir

_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_CHUNK = 1 << 20


def is_sha256(value: str) -> bool:
    """Whether ``value`` looks like a blob's name: 64 lower-case hex digits."""
    return bool(_HEX64.match(value))


def sha256_file(path: Path) -> str:
    """SHA-256 of a file, read in chunks (large photos never sit whole in memory)."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


class MediaStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    @property
    def blobs_dir(self) -> Path:
        return self.root / "blobs"

    @property
    def derived_dir(self) -> Path:
        return self.root / "derived"

    def blob_path(self, sha256: str) -> Path:
        """Where the blob with this hash lives (whether or not it is there)."""
        if not is_sha256(sha256):
            raise ValueError(f"not a SHA-256: {sha256!r}")
        return self.blobs_dir / sha256[:2] / sha256

    def derived_path(self, sha256: str, kind: str) -> Path:
        """Where a file derived from a blob lives, e.g. kind "thumb.jpg"."""
        if not is_sha256(sha256):
            raise ValueError(f"not a SHA-256: {sha256!r}")
        return self.derived_dir / sha256[:2] / f"{sha256}.{kind}"

    def has(self, sha256: str) -> bool:
        """Whether the blob is stored."""
        return self.blob_path(sha256).is_file()

    def put_bytes(self, data: bytes) -> str:
        """Store bytes; return their SHA-256 (already stored bytes are not written again)."""
        sha = hashlib.sha256(data).hexdigest()
        target = self.blob_path(sha)
        if not target.exists():
            with atomic_writer(target) as handle:
                handle.write(data)
        return sha

    def put_file(self, source: Path, sha256: str | None = None) -> str:
        """Copy a file in by streaming it; return its SHA-256.

        The hash is computed from the bytes actually copied, so a file that changes while it
        is read can never be stored under a wrong name; ``sha256``, when given, must match.
        """
        digest = hashlib.sha256()
        staging = self.blobs_dir / ".incoming"
        staging.mkdir(parents=True, exist_ok=True)
        temp = staging / f"{os.getpid()}-{id(digest)}.tmp"
        try:
            with source.open("rb") as reader, temp.open("wb") as writer:
                while chunk := reader.read(_CHUNK):
                    digest.update(chunk)
                    writer.write(chunk)
                writer.flush()
                os.fsync(writer.fileno())
            sha = digest.hexdigest()
            if sha256 is not None and sha != sha256:
                raise ValueError(f"{source} does not have the expected SHA-256")
            target = self.blob_path(sha)
            if target.exists():
                return sha
            target.parent.mkdir(parents=True, exist_ok=True)
            temp.replace(target)
            fsync_dir(target.parent)
            return sha
        finally:
            temp.unlink(missing_ok=True)

    def read(self, sha256: str) -> bytes:
        """The blob's bytes (for small blobs: signature images, snapshots)."""
        return self.blob_path(sha256).read_bytes()

    def verify(self, sha256: str) -> bool:
        """Whether the blob is there and its bytes still hash to its name."""
        path = self.blob_path(sha256)
        return path.is_file() and sha256_file(path) == sha256

    def blobs(self) -> Iterator[str]:
        """Every stored blob's hash."""
        if not self.blobs_dir.exists():
            return
        for folder in sorted(self.blobs_dir.iterdir()):
            if folder.is_dir() and len(folder.name) == 2:
                for path in sorted(folder.iterdir()):
                    if is_sha256(path.name):
                        yield path.name
