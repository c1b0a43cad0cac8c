"""One file's work, run in a worker process: hash, check, decode once, write the derivatives
and the original into the media store, each atomically. The database is not touched here:
the parent records the photo only once everything this returns is durable on disk.

``process_file`` is a top-level function taking and returning picklable values, so it runs
under the "spawn" start method (Windows, macOS and a PyInstaller bundle alike).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from cchc_desktop.atomic import fsync_dir, write_atomic
from cchc_desktop.photos.derive import (
    PRINT_KIND,
    THUMB_KIND,
    Derived,
    derive,
    displayed_size,
    serves_as_print_copy,
)
from cchc_desktop.photos.exif import Facts, read_facts
from cchc_desktop.photos.probe import (
    MIME_BY_FORMAT,
    Refusal,
    Refused,
    check_size,
    display_name,
    not_found,
    open_checked,
)
from cchc_desktop.store.media import MediaStore

_CHUNK = 1 << 20


@dataclass(frozen=True)
class Processed:
    """A photo whose original, thumbnail and print copy (unless the original serves as its
    own) are durable in the media store."""

    filename: str
    sha256: str
    mime: str
    size_bytes: int
    width: int
    height: int
    facts: Facts


# In a pool's worker process (``worker_init``): held while a file is processed, so that a
# worker whose parent died ends between two files, never halfway through one (its temporary
# copy left in the store's staging area, while the restarted app's sweep took it to be in use).
_working = threading.Lock()
_in_pool = threading.Event()
# Set once the parent has died: the worker starts no other file. The pool hands each worker
# its next task in advance, and the thread that ends the worker waits for ``_working``,
# which the main thread takes again at once: an orphan went on with the files queued.
_orphaned = threading.Event()


def process_file(path: str, media_root: str) -> Processed | Refusal:
    """``_process``, in a worker process as one whole step (see ``_working``)."""
    if not _in_pool.is_set():
        return _process(path, media_root)
    with _working:
        if _orphaned.is_set():
            os._exit(0)  # nobody is left to take the result
        return _process(path, media_root)


def _process(path: str, media_root: str) -> Processed | Refusal:
    """Check ``path`` and store it with its derivatives; a Refusal names what is wrong.

    Problems of the file (not a photo, empty, damaged, too large) become a Refusal; problems
    of the media store (disk full, no permission) are raised, because they stop the batch.
    """
    source = Path(path)
    filename = display_name(source)
    media = MediaStore(Path(media_root))
    staged: Path | None = None
    try:
        size = check_size(source)
        # One read of the source: copied into the store's staging area while hashed. Every
        # later step works on that copy, so the derivatives come from exactly the stored bytes.
        staged, sha = _stage(source, media)
        decoded = _decode(staged, media, sha)
        if decoded.made is not None:
            write_atomic(media.derived_path(sha, THUMB_KIND), decoded.made.thumbnail)
            if decoded.made.print_copy is not None:
                write_atomic(media.derived_path(sha, PRINT_KIND), decoded.made.print_copy)
        _commit(staged, media.blob_path(sha))
    except Refused as refused:
        return Refusal(filename, refused.vi, refused.en, refused.detail)
    finally:
        if staged is not None:
            staged.unlink(missing_ok=True)
    return Processed(
        filename=filename,
        sha256=sha,
        mime=MIME_BY_FORMAT[decoded.fmt],
        size_bytes=size,
        width=decoded.width,
        height=decoded.height,
        facts=decoded.facts,
    )


@dataclass(frozen=True)
class _Decoded:
    fmt: str
    facts: Facts
    width: int
    height: int
    made: Derived | None  # None: the derivatives are stored already


def _decode(staged: Path, media: MediaStore, sha: str) -> _Decoded:
    """Open, read the EXIF of and (unless stored already) decode the staged copy.

    Nothing here writes. Whatever a decoder raises that the checks did not foresee still
    refuses this one file (with the traceback kept for the log), never the batch.
    """
    try:
        with open_checked(staged) as image:
            fmt = str(image.format)
            facts = read_facts(image)
            oriented = "original_orientation" in image.info or fmt == "HEIF"
            # An original fit to print as it is gets no print copy (photos/derive.py).
            own_print = not oriented and serves_as_print_copy(image, fmt, facts.orientation)
            stored = (
                media.has(sha)
                and media.derived_path(sha, THUMB_KIND).is_file()
                and (own_print or media.derived_path(sha, PRINT_KIND).is_file())
            )
            if stored:
                # Already stored whole (the same photo again): nothing to decode or write.
                width, height = (
                    image.size if oriented else displayed_size(image.size, facts.orientation)
                )
                return _Decoded(fmt, facts, width, height, None)
            made = derive(image, fmt, facts.orientation, oriented=oriented)
            return _Decoded(fmt, facts, made.width, made.height, made)
    except Refused:
        raise
    except (Exception, RecursionError) as exc:
        import traceback

        raise Refused(
            f"chương trình đọc ảnh gặp lỗi không lường trước với tệp này ({type(exc).__name__}); "
            "tệp có thể hỏng.",
            f"the image decoder failed unexpectedly on this file ({type(exc).__name__}); the "
            "file may be damaged.",
            detail="".join(traceback.format_exception(exc)),
        ) from exc


def _stage(source: Path, media: MediaStore) -> tuple[Path, str]:
    """Copy ``source`` into the store's staging folder (fsynced), hashing it on the way."""
    staging = media.blobs_dir / ".incoming"
    staging.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f"{os.getpid()}-", suffix=".tmp", dir=staging)
    temp = Path(name)
    digest = hashlib.sha256()
    try:
        with source.open("rb") as reader, os.fdopen(fd, "wb") as writer:
            while chunk := reader.read(_CHUNK):
                digest.update(chunk)
                writer.write(chunk)
            writer.flush()
            os.fsync(writer.fileno())
    except FileNotFoundError:
        temp.unlink(missing_ok=True)
        raise not_found() from None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return temp, digest.hexdigest()


def _commit(staged: Path, target: Path) -> None:
    """Move the staged copy to its place in the store (already there: the same bytes)."""
    if target.exists():
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    staged.replace(target)
    fsync_dir(target.parent)


def worker_init(background: bool = False) -> None:
    """Run once in each worker process: follow the parent out, and in the window be gentle.

    A pool worker holds both ends of its task pipe, so it never sees the parent die: were the
    window killed mid-import, the workers would wait forever. A thread here waits on the
    parent's sentinel and ends the worker when the parent is gone, once the file at hand is
    done.
    """
    import multiprocessing

    parent = multiprocessing.parent_process()
    if parent is not None:
        _in_pool.set()
        threading.Thread(
            target=_exit_with, args=(parent.sentinel,), name="parent-watch", daemon=True
        ).start()
    if background:
        with contextlib.suppress(AttributeError, OSError):
            os.nice(5)


def _exit_with(sentinel: int) -> None:
    from multiprocessing.connection import wait

    wait([sentinel])
    _orphaned.set()  # no other file starts
    _working.acquire()  # the file at hand finished
    os._exit(0)


def ping() -> bool:
    """A worker process is up and can import this module."""
    return True
