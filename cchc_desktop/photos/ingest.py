"""Importing a batch of photos: both CPU cores decode, one writer records, nothing half-done.

Each file goes to a worker process (``worker.process_file``), which writes the original and its
derivatives into the media store atomically. Only when a worker reports a file durable does
this process insert its record, in its own transaction: a kill at any moment leaves each photo
either wholly there (record, original, thumbnail, print copy) or not visible at all. Blobs of
a killed import without a record are harmless (they are never listed) and reused if the photo
comes again.
"""

from __future__ import annotations

import concurrent.futures as cf
import logging
import multiprocessing
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cchc_desktop.domain.text import clean, nfc
from cchc_desktop.errors import describe_os_error
from cchc_desktop.photos.probe import ACCEPTED_SUFFIXES, Refusal, display_name
from cchc_desktop.photos.worker import Processed, ping, process_file, worker_init
from cchc_desktop.progress import Progress
from cchc_desktop.progress import step as report_step
from cchc_desktop.store import records
from cchc_desktop.store.connection import transaction
from cchc_desktop.store.leftovers import sweep_media

if TYPE_CHECKING:
    from cchc_desktop.store.workspace import Workspace

log = logging.getLogger(__name__)

# Two processes: the laptops this runs on have two cores or more, and a third worker would
# only fight the window for the CPU.
WORKERS = 2
_POLL_SECONDS = 0.2


@dataclass(frozen=True)
class Item:
    """What became of one file of a batch: ``status`` is "added", "duplicate" or "refused"."""

    index: int
    path: str
    filename: str
    status: str
    photo_id: str | None = None
    sha256: str | None = None
    refusal: Refusal | None = None


@dataclass
class ImportResult:
    """A batch's outcome, the same for the CLI and the gallery."""

    items: list[Item] = field(default_factory=list)

    @property
    def added(self) -> list[str]:
        return [i.photo_id for i in self.items if i.status == "added" and i.photo_id]

    @property
    def duplicates(self) -> list[str]:
        return [i.photo_id for i in self.items if i.status == "duplicate" and i.photo_id]

    @property
    def refused(self) -> list[Refusal]:
        return [i.refusal for i in self.items if i.refusal is not None]


def photo_id(inspection_id: str, sha256: str) -> str:
    """One record per photo per inspection, the same id on every laptop."""
    return records.natural_id("photo", inspection_id, sha256)


def sweep_leftovers(ws: Workspace) -> int:
    """Remove temporary files a killed import left in the media store; return how many.

    Only files whose process is gone go (store/leftovers.py), so an import running at this
    moment in another process keeps its own. They are never listed or backed up either way.
    """
    return sweep_media(ws.media.root)


def collect_files(paths: Iterable[str | Path]) -> list[Path]:
    """The files to import: files as given, folders searched recursively for photo files.

    Inside folders only names with a photo suffix are taken (a folder of a camera card holds
    other files too); a file named explicitly is always tried, so a wrong one is refused by name.
    """
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for inner in sorted(path.rglob("*")):
                hidden = any(part.startswith(".") for part in inner.relative_to(path).parts)
                if inner.is_file() and not hidden and inner.suffix.lower() in ACCEPTED_SUFFIXES:
                    found.append(inner)
        else:
            found.append(path)
    return found


def import_photos(
    ws: Workspace,
    inspection_id: str,
    paths: Sequence[str | Path],
    *,
    criterion: str | None = None,
    caption: str = "",
    stamp: bool | None = None,
    progress: Progress | None = None,
    on_item: Callable[[Item], None] | None = None,
    workers: int = WORKERS,
    background: bool = False,
) -> ImportResult:
    """Attach photos to an inspection (or one of its criteria); the good go in, the bad are named.

    Refuses the whole batch (UserError, nothing stored) only for a missing or signed inspection
    or an unknown criterion. Files are expanded with ``collect_files``. ``on_item`` hears about
    each file as it is settled (from this thread); ``progress`` counts files and can cancel,
    keeping the photos already recorded. ``workers`` is the number of worker processes (1:
    work in this process, for tests and tools). ``background`` lowers the workers' priority
    so the window stays quick.
    """
    from cchc_desktop.photos.library import criterion_code, next_position
    from cchc_desktop.store.inspections import ensure_editable

    ensure_editable(ws, inspection_id)
    code = criterion_code(ws, inspection_id, criterion)
    with_stamp = ws.settings().photo_stamp if stamp is None else stamp
    files = collect_files(paths)
    sweep_leftovers(ws)
    result = ImportResult()
    total = len(files)
    report_step(progress, 0, total)
    if not files:
        return result
    first = next_position(ws, inspection_id)
    values = {"criterion_code": code, "caption": clean(caption), "stamp": int(with_stamp)}
    media_root = str(ws.media.root)

    def settle(index: int, outcome: Processed | Refusal) -> None:
        item = _record(ws, inspection_id, index, files[index], outcome, first + index, values)
        result.items.append(item)
        if on_item is not None:
            on_item(item)
        report_step(progress, len(result.items), total, item.filename)

    try:
        # Even one file goes to a worker process (0.2 s to start): a decoder crashing on a
        # malicious file then costs that file, not the window. workers=1 runs in this process.
        if workers <= 1:
            for index, path in enumerate(files):
                if progress is not None:
                    progress.check()
                settle(index, process_file(str(path), media_root))
        else:
            _run_pool(files, media_root, min(workers, total), settle, progress, background)
    except OSError as exc:
        raise describe_os_error(exc) from exc
    result.items.sort(key=lambda i: i.index)
    return result


# The function each worker runs on a file (a module attribute so a test can put a crashing
# stand-in in its place; it must stay a top-level, importable function for "spawn").
_WORK: Callable[[str, str], Processed | Refusal] = process_file


def _pool(workers: int, background: bool) -> cf.ProcessPoolExecutor:
    # "spawn" everywhere: forking a process that has Qt or SQLite threads running is unsafe,
    # and it is what Windows and a frozen bundle do anyway.
    return cf.ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=worker_init,
        initargs=(background,),
    )


def _run_pool(
    files: list[Path],
    media_root: str,
    workers: int,
    settle: Callable[[int, Any], None],
    progress: Progress | None,
    background: bool,
) -> None:
    """Files to a pool of spawned processes; results settled here, in the order they finish.

    A worker that dies (a decoder crashing on a malicious file) breaks the pool; the files
    not yet settled are then tried one by one, each in a process of its own, so only the
    file that kills its process is refused.
    """
    pool = _pool(workers, background)
    pending: dict[cf.Future[Processed | Refusal], int] = {}
    spawned = False  # whether any worker process ever answered
    try:
        pending = {
            pool.submit(_WORK, str(path), media_root): index for index, path in enumerate(files)
        }
        while pending:
            done, _ = cf.wait(pending, timeout=_POLL_SECONDS, return_when=cf.FIRST_COMPLETED)
            if progress is not None:
                progress.check()
            for future in done:
                outcome = future.result()
                spawned = True
                settle(pending.pop(future), outcome)
    except BrokenProcessPool:
        pass
    finally:
        # On cancel or error: queued files are dropped; the (at most two) running ones finish
        # writing their blobs, which stay unrecorded and harmless.
        pool.shutdown(wait=True, cancel_futures=True)
    left = sorted(pending.values())
    for position, index in enumerate(left):
        if progress is not None:
            progress.check()
        alone = _alone(files[index], media_root)
        if alone is None and not spawned and not _workers_start():
            # Not the file: worker processes cannot start here at all (a bundle built without
            # freeze_support, a locked-down machine). Work in this process rather than refuse.
            log.warning("photo worker processes cannot start; importing in this process")
            for rest in left[position:]:
                settle(rest, process_file(str(files[rest]), media_root))
            return
        spawned = True
        settle(index, alone or _crashed(files[index]))


def _alone(path: Path, media_root: str) -> Processed | Refusal | None:
    """One file in a process of its own; None if that process dies."""
    with _pool(1, True) as pool:
        try:
            return pool.submit(_WORK, str(path), media_root).result()
        except BrokenProcessPool:
            return None


def _workers_start() -> bool:
    """Whether a worker process can start and answer at all."""
    with _pool(1, False) as pool:
        try:
            return bool(pool.submit(ping).result())
        except BrokenProcessPool:
            return False


def _crashed(path: Path) -> Refusal:
    return Refusal(
        display_name(path),
        "chương trình đọc ảnh bị dừng đột ngột khi mở tệp này (tệp hỏng hoặc có thể độc hại).",
        "the image decoder stopped abruptly on this file (damaged or possibly malicious).",
    )


def _record(
    ws: Workspace,
    inspection_id: str,
    index: int,
    path: Path,
    outcome: Processed | Refusal,
    position: int,
    values: dict[str, Any],
) -> Item:
    """Insert the photo's record (or find the one already there); one transaction per photo."""
    if isinstance(outcome, Refusal):
        if outcome.detail:  # a decoder failure no check foresaw: refused, and a bug to fix
            log.error("unexpected failure reading photo %s:\n%s", outcome.filename, outcome.detail)
        return Item(index, str(path), outcome.filename, "refused", refusal=outcome)
    record_id = photo_id(inspection_id, outcome.sha256)
    with transaction(ws.db):
        if records.get(ws, "photos", record_id) is not None:
            return Item(index, str(path), outcome.filename, "duplicate", record_id, outcome.sha256)
        facts = outcome.facts
        records.insert(
            ws,
            "photos",
            {
                "inspection_id": inspection_id,
                "sha256": outcome.sha256,
                "filename": nfc(outcome.filename),
                "mime": outcome.mime,
                "size_bytes": outcome.size_bytes,
                "width": outcome.width,
                "height": outcome.height,
                "orientation": facts.orientation,
                "taken_at": facts.taken_at,
                "gps_lat": facts.gps_lat,
                "gps_lon": facts.gps_lon,
                "camera": facts.camera,
                "include_in_minutes": 1,
                "position": position,
                **values,
            },
            record_id=record_id,
        )
    return Item(index, str(path), outcome.filename, "added", record_id, outcome.sha256)
