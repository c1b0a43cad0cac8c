"""Uploads from the phone into the inspection: one thread, the desktop import, a verdict each.

The server hands each received file (already on disk, named as the phone named it) to
``Intake.submit``; one thread with its own workspace (SQLite connections stay in their
thread) feeds them to ``photos.ingest.import_photos`` — the very function the gallery and
`cchc photos add` call — taking whatever has queued up meanwhile as one batch, so two uploads
arriving together are decoded on both cores. Every stored photo gets an audit note naming
the phone (its User-Agent) and its address; the note's time is when the laptop stored it.
"""

from __future__ import annotations

import concurrent.futures as cf
import logging
import re
import shutil
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cchc_desktop.errors import UserError, pick
from cchc_desktop.photos.ingest import WORKERS, Item, import_photos
from cchc_desktop.progress import Cancelled, Progress
from cchc_desktop.store import records
from cchc_desktop.store.workspace import Workspace

log = logging.getLogger(__name__)

# Whatever has queued goes as one batch: each batch starts its own worker processes (a few
# tenths of a second), while verdicts still come file by file as each is settled.
MAX_BATCH = 64

STORED, DUPLICATE, REFUSED, FAILED = "stored", "duplicate", "refused", "failed"
RECEIVED = "received"  # what the phone hears first: on the laptop, waiting for its verdict


@dataclass(frozen=True)
class Verdict:
    """What the laptop did with one upload, said to the phone and to the dialog.

    ``status``: "stored", "duplicate" (already in the inspection), "refused" (the file is not
    a photo we take: sending it again will not help) or "failed" (not stored through no fault
    of the file: the laptop stopped, its disk is full…; it may be sent again).
    """

    filename: str
    status: str
    message: str = ""
    photo_id: str | None = None
    criterion: str | None = None
    device: str = ""
    upload: int | None = None  # the server's number for the upload, which the phone knows

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.filename,
            "status": self.status,
            "message": self.message,
            "photo_id": self.photo_id,
            "criterion": self.criterion,
            "upload": self.upload,
        }


@dataclass
class Upload:
    """A file the phone sent, waiting on disk (in a folder of its own) for the intake."""

    path: Path
    filename: str
    criterion: str | None
    caption: str
    user_agent: str
    address: str
    number: int | None = None
    future: cf.Future[Verdict] = field(default_factory=cf.Future)

    @property
    def key(self) -> tuple[str | None, str]:
        return self.criterion, self.caption


def device_name(user_agent: str) -> str:
    """A short name of the phone from its User-Agent: "iPhone (iOS 17.5)", "Android 14; SM-A546E"."""
    ios = re.search(r"\((iPhone|iPad)[^)]*?OS (\d+(?:_\d+)*)", user_agent)
    if ios:
        return f"{ios.group(1)} (iOS {ios.group(2).replace('_', '.')})"
    android = re.search(r"\(Linux; (Android [^;)]+)(?:; ([^;)]+))?", user_agent)
    if android:
        model = android.group(2)
        # Chrome now hides the model behind "K"; then the Android version is all there is.
        return (
            android.group(1)
            if not model or model.strip() == "K"
            else f"{android.group(1)}; {model.strip()}"
        )
    return user_agent[:60]


class Intake:
    """``submit`` uploads from any thread; each future gets its Verdict once settled."""

    def __init__(
        self,
        data_dir: Path,
        inspection_id: str,
        *,
        on_verdict: Callable[[Verdict], None] | None = None,
        workers: int = WORKERS,
        background: bool = False,
        scratch: Path | None = None,
    ) -> None:
        self._data_dir = data_dir
        self._scratch = scratch  # where the uploads wait: removed when the thread ends
        self._inspection_id = inspection_id
        self._on_verdict = on_verdict
        self._workers = workers
        self._background = background
        self._queue: deque[Upload] = deque()
        self._ready = threading.Condition()
        self._closing = False
        self._working = False  # a batch is being imported
        self._progress = Progress()  # the running batch's: close() cancels it
        self._thread = threading.Thread(target=self._run, name="phone-intake", daemon=False)

    def start(self) -> None:
        self._thread.start()

    def submit(self, upload: Upload) -> cf.Future[Verdict]:
        with self._ready:
            if self._closing:
                self._settle(upload, _stopped(upload))
            else:
                self._queue.append(upload)
                self._ready.notify()
        return upload.future

    def close(self) -> None:
        """Take nothing more; what waits is not stored, the running batch stops at its next
        file (photos already recorded stay). Returns at once; ``join`` waits for the thread."""
        with self._ready:
            self._closing = True
            self._progress.cancel()
            waiting = list(self._queue)
            self._queue.clear()
            self._ready.notify_all()
        for upload in waiting:
            self._settle(upload, _stopped(upload))

    def busy(self) -> bool:
        """Uploads wait or are being stored."""
        with self._ready:
            return bool(self._queue) or self._working

    def join(self, timeout: float | None = None) -> bool:
        """Wait for the thread (after ``close``); False if it is still busy."""
        if self._thread.is_alive():
            self._thread.join(timeout)
        return not self._thread.is_alive()

    # --- the thread -------------------------------------------------------------------------
    def _run(self) -> None:
        try:
            self._work()
        finally:
            if self._scratch is not None:
                shutil.rmtree(self._scratch, ignore_errors=True)

    def _work(self) -> None:
        try:
            ws = Workspace.open(self._data_dir)
        except Exception as exc:  # the folder went away: nothing can be stored
            log.exception("phone intake cannot open the data folder")
            self._fail_all(exc)
            return
        try:
            while (batch := self._next_batch()) is not None:
                self._import(ws, batch)
        finally:
            ws.close()

    def _next_batch(self) -> list[Upload] | None:
        with self._ready:
            self._working = False
            while not self._queue and not self._closing:
                self._ready.wait()
            if self._closing:
                return None
            self._working = True
            first = self._queue.popleft()
            batch = [first]
            while self._queue and len(batch) < MAX_BATCH and self._queue[0].key == first.key:
                batch.append(self._queue.popleft())
            return batch

    def _import(self, ws: Workspace, batch: list[Upload]) -> None:
        first = batch[0]

        def settled(item: Item) -> None:
            upload = batch[item.index]
            verdict = _verdict(item, upload)
            if verdict.status == STORED and verdict.photo_id:
                records.note(
                    ws,
                    "photos",
                    verdict.photo_id,
                    {
                        "received_from_phone": {
                            "device": upload.user_agent,
                            "address": upload.address,
                            "filename": upload.filename,
                        }
                    },
                )
            self._settle(upload, verdict)

        try:
            import_photos(
                ws,
                self._inspection_id,
                [u.path for u in batch],
                criterion=first.criterion,
                caption=first.caption,
                progress=self._progress,
                on_item=settled,
                workers=self._workers,
                background=self._background,
            )
        except Cancelled:
            pass
        except UserError as exc:
            # The batch as a whole (the inspection got signed, a full disk): not the files'
            # fault, so "failed", with the reason, rather than "refused".
            for upload in batch:
                self._settle(
                    upload,
                    Verdict(
                        upload.filename,
                        FAILED,
                        exc.message,
                        device=_dev(upload),
                        upload=upload.number,
                    ),
                )
        except (Exception, KeyboardInterrupt) as exc:
            # A bug, or a Ctrl+C of `cchc photos receive` that reached the worker processes
            # too: these files are not stored; the main thread ends the receiving.
            log.exception("phone intake batch failed")
            for upload in batch:
                self._settle(upload, _failed(upload, exc))
        finally:
            for upload in batch:
                if not upload.future.done():
                    self._settle(upload, _stopped(upload))
                shutil.rmtree(upload.path.parent, ignore_errors=True)

    def _settle(self, upload: Upload, verdict: Verdict) -> None:
        if upload.future.done():
            return
        upload.future.set_result(verdict)
        if self._on_verdict is not None:
            try:
                self._on_verdict(verdict)
            except Exception:  # a listener's bug must not cost the next photos
                log.exception("phone intake listener failed")

    def _fail_all(self, exc: BaseException) -> None:
        with self._ready:
            self._closing = True
            waiting = list(self._queue)
            self._queue.clear()
        for upload in waiting:
            self._settle(upload, _failed(upload, exc))


def _dev(upload: Upload) -> str:
    return device_name(upload.user_agent)


def _verdict(item: Item, upload: Upload) -> Verdict:
    if item.status == "added":
        return Verdict(
            upload.filename,
            STORED,
            photo_id=item.photo_id,
            criterion=upload.criterion,
            device=_dev(upload),
            upload=upload.number,
        )
    if item.status == "duplicate":
        return Verdict(
            upload.filename,
            DUPLICATE,
            pick(
                "ảnh này đã có trong cuộc kiểm tra, không thêm lần nữa.",
                "already in this inspection; not added again.",
            ),
            photo_id=item.photo_id,
            criterion=upload.criterion,
            device=_dev(upload),
            upload=upload.number,
        )
    refusal = item.refusal
    reason = pick(refusal.vi, refusal.en) if refusal is not None else ""
    return Verdict(
        upload.filename,
        REFUSED,
        reason,
        criterion=upload.criterion,
        device=_dev(upload),
        upload=upload.number,
    )


def _stopped(upload: Upload) -> Verdict:
    return Verdict(
        upload.filename,
        FAILED,
        pick(
            "máy tính đã dừng nhận ảnh trước khi lưu tệp này; hãy mở lại mã QR trên máy tính rồi gửi lại.",
            "the laptop stopped receiving before storing this file; open the QR code again and resend.",
        ),
        device=_dev(upload),
        upload=upload.number,
    )


def _failed(upload: Upload, exc: BaseException) -> Verdict:
    return Verdict(
        upload.filename,
        FAILED,
        pick(
            f"máy tính gặp lỗi khi lưu tệp này ({type(exc).__name__}); hãy gửi lại.",
            f"the laptop hit an error storing this file ({type(exc).__name__}); send it again.",
        ),
        device=_dev(upload),
        upload=upload.number,
    )
