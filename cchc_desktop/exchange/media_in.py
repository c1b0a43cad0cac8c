"""The files a merge brings in: originals into the media store, derivatives made here.

A package carries originals only (photos, signature images, signed PDFs and their snapshots),
each named by its SHA-256 and used by a record of the package (records_check). Thumbnails and
print copies are never taken from a package: a print copy is what a biên bản embeds, so a
laptop could otherwise make the office's biên bản show another picture than the photo. They
are made here from the originals, in worker processes (a decoder crashing on a hostile file
costs that file, not the app), when the sender asks for them (the default export), or later
when a photo is first shown (``photos.library.ensure_derivatives``).
"""

from __future__ import annotations

import concurrent.futures as cf
import multiprocessing
import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from cchc_desktop.atomic import fsync_dir
from cchc_desktop.errors import pick
from cchc_desktop.exchange import format as fmt
from cchc_desktop.exchange import progress_words as words
from cchc_desktop.progress import Progress, step

if TYPE_CHECKING:
    from cchc_desktop.exchange.report import MergeReport
    from cchc_desktop.exchange.verify import Verified
    from cchc_desktop.store.workspace import Workspace

# Two cores on the laptops this runs on; a package of two photos is not worth a process start.
DERIVE_WORKERS = 2
_IN_PROCESS_BELOW = 3


def new_blobs(ws: Workspace, verified: Verified) -> list[str]:
    """The package's blobs this media store does not hold yet."""
    return [sha for sha in verified.blobs() if not ws.media.has(sha)]


def bring_blobs(
    ws: Workspace, verified: Verified, blobs: list[str], progress: Progress | None
) -> None:
    """Move staged blobs into the media store (same disk: a rename) and make them durable.

    Called inside the merge's transaction, after the records were decided and before they
    commit: a refused package moves no file, and no committed record points at a missing one.
    """
    media = ws.media
    counter = _counter(verified)
    for sha in blobs:
        counter.add(counter.blob_kind(sha))
    moved: list[Path] = []
    for index, sha in enumerate(blobs):
        step(progress, index, len(blobs), counter.text(counter.blob_kind(sha)))
        source, target = verified.staged(fmt.blob_member(sha)), media.blob_path(sha)
        if target.exists():
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            source.replace(target)
            moved.append(target)
        except OSError:  # media on another disk: copy (atomic, fsynced), hash checked again
            media.put_file(source, sha)
    # Durable before any record points at them: one batch of fsyncs, files then folders
    # (cheaper than one per file while staging: the kernel has been writing them back).
    # Several at once: the file system commits concurrent fsyncs together (one journal
    # commit for many files), which is most of the merge's cost with thirty photos.
    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(_fsync_file, moved))
        list(pool.map(fsync_dir, sorted({path.parent for path in moved})))


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def wants_derivatives(verified: Verified) -> bool:
    """Whether the sender asked the receiver to make thumbnails and print copies now (a format
    1 package carried its own, which are not taken: they are made here instead)."""
    manifest = verified.manifest
    if manifest.get("format_version") == 1:
        return bool(verified.derived())
    return manifest.get("derived") is True


def photo_shas(verified: Verified) -> list[str]:
    """The originals of the package's live photos, sorted."""
    return sorted(
        {str(row["sha256"]) for row in verified.records.rows("photos") if not row["deleted"]}
    )


def make_derivatives(
    ws: Workspace, verified: Verified, report: MergeReport, progress: Progress | None
) -> None:
    """Thumbnails and print copies of the package's live photos that lack them, made here from
    the originals; a photo that cannot be made is named in the report (its record stays)."""
    from cchc_desktop.photos.derive import PRINT_KIND, THUMB_KIND
    from cchc_desktop.photos.library import plain_print_path

    media = ws.media
    wanted = [sha for sha in photo_shas(verified) if media.has(sha)]
    missing = [
        sha
        for sha in wanted
        if not (
            media.derived_path(sha, THUMB_KIND).is_file()
            # the original itself when it is fit to print as it is (photos/derive.py)
            and plain_print_path(ws, sha).is_file()
        )
    ]
    if not missing:
        return
    from cchc_desktop.photos.worker import Processed, process_file, worker_init

    paths = [(sha, str(media.blob_path(sha))) for sha in missing]
    root = str(media.root)
    outcomes: list[tuple[str, object]] = []
    if len(paths) < _IN_PROCESS_BELOW:
        outcomes = [(sha, _safe(process_file, path, root)) for sha, path in paths]
    else:
        context = multiprocessing.get_context("spawn")  # as photo ingest: never fork a GUI
        counter = _counter(verified)
        # worker_init: the workers end with the merge, were it killed (else they wait for ever)
        with cf.ProcessPoolExecutor(
            DERIVE_WORKERS, mp_context=context, initializer=worker_init
        ) as pool:
            futures = {pool.submit(process_file, path, root): sha for sha, path in paths}
            for done, future in enumerate(cf.as_completed(futures), start=1):
                step(progress, done, len(futures), counter.at("thumbnail", done, len(futures)))
                try:
                    outcomes.append((futures[future], future.result()))
                except Exception as exc:  # a worker that died on a hostile file
                    outcomes.append((futures[future], exc))
    for sha, outcome in outcomes:
        if isinstance(outcome, Processed):
            # A thumbnail, and a print copy unless the original prints as it is.
            report.derived_added += 1 + media.derived_path(sha, PRINT_KIND).is_file()
        else:
            reason = getattr(outcome, "vi", None) or type(outcome).__name__
            reason_en = getattr(outcome, "en", None) or type(outcome).__name__
            report.warnings.append(
                pick(
                    f"không làm được ảnh thu nhỏ/bản in của ảnh {sha[:12]} ({reason})",
                    f"could not make the thumbnail/print copy of photo {sha[:12]} ({reason_en})",
                )
            )


def _counter(verified: Verified) -> words.Counter:
    """Progress said as "Đang gộp: Xã Mông Ân — ảnh 12/30" (never a file name or a hash)."""
    about = words.subject(verified.records.rows) or words.package_of(verified.device.name)
    return words.Counter("merge", about, words.photo_hashes(verified.records.rows))


def _safe(work: object, path: str, root: str) -> object:
    try:
        return work(path, root)  # type: ignore[operator]
    except Exception as exc:  # the same as a worker process dying: named, not raised
        return exc
