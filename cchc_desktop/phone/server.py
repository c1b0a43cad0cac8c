"""The phone page's server: aiohttp in a thread of its own, for one inspection, while wanted.

Safety, in the order a request meets it:

- it listens on the one local address the person chose (never 0.0.0.0), on a random port;
- every path starts with a one-time token of 128 bits (``secrets``), compared in constant
  time; anything else gets the same bare 404, so nothing is listed or hinted at;
- it answers only the page's own files (by fixed name), ``api/info``, ``api/upload`` and
  ``api/verdicts``; a request cannot name a file, so no other part of the data folder is
  reachable;
- an upload is one file, declared as an image, within the size limits per file and per
  opening, written to a private scratch folder and handed to the desktop import (which
  checks what the bytes really are), always into this inspection;
- it stops when told (the dialog closes, Ctrl+C) and after ``idle_seconds`` with no request.

An upload is answered as soon as its bytes are on the laptop ("received", with its number),
so the phone sends the next one while the laptop stores the last; the laptop's verdicts come
through ``api/verdicts?after=N`` (a long poll: it answers when there is something new), and
the import takes what has queued meanwhile as one batch.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
import shutil
import socket
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aiohttp import BodyPartReader, web

from cchc_desktop.errors import UserError
from cchc_desktop.phone import uploads
from cchc_desktop.phone.intake import (
    FAILED,
    RECEIVED,
    REFUSED,
    Intake,
    Upload,
    Verdict,
    device_name,
)
from cchc_desktop.phone.page import PageInfo, page_file
from cchc_desktop.phone.uploads import new_token, safe_filename
from cchc_desktop.photos.ingest import WORKERS

if TYPE_CHECKING:
    from aiohttp.web_request import Request

log = logging.getLogger(__name__)

IDLE_SECONDS = 600.0  # stop after 10 minutes without a request
MAX_FILE_BYTES = 64 * 1024 * 1024  # a 200 MP phone JPEG is about 40 MB
MAX_TOTAL_BYTES = 4 * 1024 * 1024 * 1024  # per opening: some hundreds of photos
DISK_MARGIN = 512 * 1024 * 1024  # leave the data folder's disk at least this free
_FIELD_BYTES = 2048  # a caption or a criterion code
_CHUNK = 256 * 1024
_SLACK = 64 * 1024  # what a request carries besides the file: boundaries, fields
POLL_SECONDS = 20.0  # a verdicts request waits this long for news before answering "none"

_dumps = partial(json.dumps, ensure_ascii=False)

# Stopped because…: the person closed the dialog / pressed Ctrl+C, nobody came for a while.
CLOSED, IDLE = "closed", "idle"


class PhoneServer:
    """Serve the phone page for one inspection: ``start()``, then ``stop()`` (or idle).

    ``on_verdict(Verdict)`` hears about every upload once the laptop has settled it and
    ``on_stopped(reason)`` once, after the server stopped listening ("closed" or "idle");
    both are called from the server's own threads.
    """

    def __init__(
        self,
        data_dir: Path,
        info: PageInfo,
        host: str,
        *,
        port: int = 0,
        idle_seconds: float = IDLE_SECONDS,
        max_file_bytes: int = MAX_FILE_BYTES,
        max_total_bytes: int = MAX_TOTAL_BYTES,
        on_verdict: Callable[[Verdict], None] | None = None,
        on_stopped: Callable[[str], None] | None = None,
        workers: int = WORKERS,
        background: bool = False,
        token: str | None = None,
    ) -> None:
        self.data_dir = data_dir
        self.info = info
        self.host = host
        self.port = port
        self.idle_seconds = idle_seconds
        self.max_file_bytes = max_file_bytes
        self.max_total_bytes = max_total_bytes
        self.token = token or new_token()
        self._on_verdict = on_verdict
        self._on_stopped = on_stopped
        self._workers = workers
        self._background = background
        self._verdicts: list[Verdict] = []
        self._lock = threading.Lock()
        self._received_bytes = 0
        self._uploads = 0  # uploads being received right now
        self._news: asyncio.Event | None = None  # set (and replaced) when a verdict comes
        self._polls = 0  # verdicts requests waiting for news (on the loop's thread)
        self._counter = 0
        self._last_seen = time.monotonic()
        self._reason = CLOSED
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop_requested: asyncio.Event | None = None
        self._started = threading.Event()
        self._stopped = threading.Event()
        self._failure: BaseException | None = None
        self._intake: Intake | None = None
        self._scratch: Path | None = None

    # --- what the dialog and the CLI read -----------------------------------------------------
    @property
    def url(self) -> str:
        """The page's address, token included: what the QR code carries."""
        return f"http://{self.host}:{self.port}/{self.token}/"

    @property
    def running(self) -> bool:
        return self._started.is_set() and not self._stopped.is_set()

    @property
    def reason(self) -> str:
        """Why it stopped: "closed" or "idle"."""
        return self._reason

    def verdicts(self) -> list[Verdict]:
        """Every upload of this opening settled so far, oldest first (refusals included)."""
        with self._lock:
            return list(self._verdicts)

    # --- starting and stopping ------------------------------------------------------------
    def start(self) -> None:
        """Bind the address and start serving; UserError (nothing started) if it cannot."""
        sock = _bind(self.host, self.port)
        self.port = sock.getsockname()[1]
        self._scratch = Path(tempfile.mkdtemp(prefix="cchc-phone-"))
        self._intake = Intake(
            self.data_dir,
            self.info.inspection_id,
            on_verdict=self._settled,
            workers=self._workers,
            background=self._background,
            scratch=self._scratch,
        )
        self._intake.start()
        self._thread = threading.Thread(
            target=self._serve, args=(sock,), name="phone-server", daemon=True
        )
        self._thread.start()
        self._started.wait(30)
        if self._failure is not None:
            raise UserError(
                f"Không mở được trang cho điện thoại ở {self.host}:{self.port}: {self._failure}",
                f"Could not serve the phone page at {self.host}:{self.port}: {self._failure}",
            )

    def stop(self, reason: str = CLOSED, *, wait: bool = True) -> None:
        """Stop listening (at once) and taking uploads; what is being stored stops at its next
        file. ``wait``: also wait until the intake has let go of the data folder."""
        loop, event = self._loop, self._stop_requested
        if loop is not None and event is not None and not self._stopped.is_set():
            with contextlib.suppress(RuntimeError):  # the loop closed meanwhile
                loop.call_soon_threadsafe(self._request_stop, reason)
        if self._thread is not None and threading.current_thread() is not self._thread:
            self._thread.join(30)
        if wait and self._intake is not None:
            self._intake.join(60)

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the server has stopped (True) or ``timeout`` seconds passed (False)."""
        return self._stopped.wait(timeout)

    def join_intake(self, timeout: float | None = None) -> bool:
        """Wait for the photos being stored when it stopped (True: all settled)."""
        return self._intake.join(timeout) if self._intake is not None else True

    def _request_stop(self, reason: str) -> None:
        if self._stop_requested is not None and not self._stop_requested.is_set():
            self._reason = reason
            self._stop_requested.set()

    # --- the server's thread -------------------------------------------------------------
    def _serve(self, sock: socket.socket) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            loop.run_until_complete(self._main(sock))
        except Exception as exc:
            log.exception("phone server failed")
            self._failure = exc
        finally:
            with contextlib.suppress(Exception):
                loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()
            sock.close()
            if self._intake is not None:
                self._intake.close()
            self._started.set()  # a failure before it started wakes start() too
            self._stopped.set()
            if self._on_stopped is not None and self._failure is None:
                try:
                    self._on_stopped(self._reason)
                except Exception:
                    log.exception("phone server stop listener failed")

    async def _main(self, sock: socket.socket) -> None:
        self._stop_requested = asyncio.Event()
        self._news = asyncio.Event()
        app = web.Application(middlewares=[self._guard], client_max_size=64 * 1024)
        app.on_response_prepare.append(_harden)
        app.router.add_get("/{token}", self._to_page)
        app.router.add_get("/{token}/", self._file)
        app.router.add_get("/{token}/api/info", self._api_info)
        app.router.add_post("/{token}/api/upload", self._api_upload)
        app.router.add_get("/{token}/api/verdicts", self._api_verdicts)
        app.router.add_get("/{token}/{name}", self._file)
        runner = web.AppRunner(app, access_log=None, handle_signals=False, shutdown_timeout=1.0)
        await runner.setup()
        try:
            site = web.SockSite(runner, sock)
            await site.start()
            self._last_seen = time.monotonic()
            self._started.set()
            watch = asyncio.ensure_future(self._watch_idle())
            await self._stop_requested.wait()
            watch.cancel()
            # The intake lets go first: what waits in it is settled as "failed" (the laptop
            # stopped), and the phones waiting for verdicts hear it before the server goes.
            if self._intake is not None:
                self._intake.close()
            self._wake()
        finally:
            await runner.cleanup()

    async def _watch_idle(self) -> None:
        while True:
            with self._lock:
                busy = self._uploads > 0
            busy = busy or (self._intake is not None and self._intake.busy())
            idle = time.monotonic() - self._last_seen
            if not busy and idle >= self.idle_seconds:
                log.info("phone page idle for %.0f s: stopping", idle)
                self._request_stop(IDLE)
                return
            await asyncio.sleep(max(0.05, min(self.idle_seconds - idle, 5.0)))

    # --- requests --------------------------------------------------------------------------
    @web.middleware
    async def _guard(
        self, request: Request, handler: Callable[[Request], Any]
    ) -> web.StreamResponse:
        # For a path no route matches, match_info is empty: no token, the same 404.
        given = request.match_info.get("token") or ""
        if not hmac.compare_digest(given.encode(), self.token.encode()):
            raise web.HTTPNotFound()
        self._last_seen = time.monotonic()
        response: web.StreamResponse = await handler(request)
        return response

    async def _to_page(self, request: Request) -> web.StreamResponse:
        raise web.HTTPFound(f"/{self.token}/")

    async def _file(self, request: Request) -> web.StreamResponse:
        found = page_file(request.match_info.get("name", ""))
        if found is None:
            raise web.HTTPNotFound()
        body, content_type = found
        return web.Response(body=body, headers={"Content-Type": content_type})

    async def _api_info(self, request: Request) -> web.StreamResponse:
        data = self.info.to_json({"file": self.max_file_bytes, "total": self.max_total_bytes})
        received = self.verdicts()
        data["received"] = [v.to_json() for v in received]
        data["next"] = len(received)
        return web.json_response(data, dumps=_dumps)

    async def _api_verdicts(self, request: Request) -> web.StreamResponse:
        """The verdicts after the first ``after``, as soon as there are any (or none after
        ``POLL_SECONDS``); ``stopping`` tells the phone that no more will come."""
        try:
            after = max(0, int(request.query.get("after", "0")))
        except ValueError:
            raise web.HTTPBadRequest(text="after=N expected") from None
        loop = asyncio.get_running_loop()
        deadline = loop.time() + POLL_SECONDS
        self._polls += 1
        try:
            fresh, total, stopping = await self._news_after(after, deadline)
        finally:
            self._polls -= 1
        body = {"verdicts": [v.to_json() for v in fresh], "next": total, "stopping": stopping}
        return web.json_response(body, dumps=_dumps)

    async def _news_after(self, after: int, deadline: float) -> tuple[list[Verdict], int, bool]:
        loop = asyncio.get_running_loop()
        while True:
            news = self._news
            with self._lock:
                fresh, total = self._verdicts[after:], len(self._verdicts)
            stopping = self._stop_requested is not None and self._stop_requested.is_set()
            left = deadline - loop.time()
            if fresh or stopping or left <= 0 or news is None:
                break
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(news.wait(), left)
        return fresh, total, stopping

    async def _api_upload(self, request: Request) -> web.StreamResponse:
        with self._lock:
            self._uploads += 1
        try:
            verdict, status = await self._receive(request)
        finally:
            with self._lock:
                self._uploads -= 1
            self._last_seen = time.monotonic()
        return web.json_response(verdict.to_json(), status=status, dumps=_dumps)

    async def _receive(self, request: Request) -> tuple[Verdict, int]:
        """Read one upload (fields, then the file) and hand it to the intake: 202 "received",
        or the server's own refusal naming the file."""
        device = device_name(request.headers.get("User-Agent", ""))
        if self._stop_requested is not None and self._stop_requested.is_set():
            return Verdict("", FAILED, uploads.stopping(), device=device), 503
        if not request.content_type.startswith("multipart/"):
            raise web.HTTPBadRequest(text="multipart/form-data expected")
        reader = await request.multipart()
        fields: dict[str, str] = {}
        while True:
            part = await reader.next()
            if part is None:
                raise web.HTTPBadRequest(text="no file in the upload")
            if not isinstance(part, BodyPartReader):
                raise web.HTTPBadRequest(text="nested multipart")
            if part.name in ("criterion", "caption"):
                fields[part.name] = await _small_text(part)
                continue
            if part.name != "file":
                raise web.HTTPBadRequest(text=f"unexpected field {part.name!r}")
            verdict, status = await self._take_file(part, fields, request, device)
            if verdict.status == REFUSED:  # refused here: the dialog and the CLI hear it too
                self._settled(verdict)
            return verdict, status

    async def _take_file(
        self,
        part: BodyPartReader,
        fields: dict[str, str],
        request: Request,
        device: str,
    ) -> tuple[Verdict, int]:
        filename = safe_filename(part.filename or "")
        with self._lock:
            self._counter += 1
            number = self._counter
        kind = (part.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if kind and not kind.startswith("image/") and kind != "application/octet-stream":
            return Verdict(
                filename, REFUSED, uploads.not_an_image(kind), device=device, upload=number
            ), 415
        # The whole request's declared size: over the limit, the file is refused by name
        # before a byte of it is read.
        declared = request.content_length
        if declared is not None and declared > self.max_file_bytes + _SLACK:
            message = uploads.too_large(declared, self.max_file_bytes)
            return Verdict(filename, REFUSED, message, device=device, upload=number), 413
        assert self._scratch is not None and self._intake is not None
        folder = self._scratch / f"{number:05d}"
        folder.mkdir()
        target = folder / filename
        size = 0
        try:
            with target.open("wb") as out:
                while chunk := await part.read_chunk(_CHUNK):
                    size += len(chunk)
                    problem = self._over_limit(size)
                    if problem:
                        raise _Refused(problem)
                    out.write(chunk)
        except _Refused as refused:
            shutil.rmtree(folder, ignore_errors=True)
            return Verdict(filename, REFUSED, str(refused), device=device, upload=number), 413
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        with self._lock:
            self._received_bytes += size
        upload = Upload(
            target,
            filename,
            self._criterion(fields.get("criterion", "")),
            fields.get("caption", ""),
            request.headers.get("User-Agent", "")[:400],
            request.remote or "",
            number=number,
        )
        self._intake.submit(upload)
        return Verdict(filename, RECEIVED, device=device, upload=number), 202

    def _criterion(self, given: str) -> str | None:
        """The code as the checklist spells it ("d8" is D8); an unknown one goes on as given,
        for the import to refuse clearly."""
        wanted = given.strip()
        for code, _text in self.info.criteria:
            if code.upper() == wanted.upper():
                return code
        return wanted or None

    def _over_limit(self, size: int) -> str:
        if size > self.max_file_bytes:
            return uploads.too_large(size, self.max_file_bytes)
        with self._lock:
            total = self._received_bytes + size
        if total > self.max_total_bytes:
            return uploads.over_total(self.max_total_bytes)
        try:
            free = shutil.disk_usage(self.data_dir).free
        except OSError:
            return ""
        return uploads.disk_nearly_full() if free < DISK_MARGIN + _CHUNK else ""

    def _settled(self, verdict: Verdict) -> None:
        """A verdict (from the intake's thread, or the server's own refusal): kept for
        ``api/info`` and ``api/verdicts``, told to the listener."""
        with self._lock:
            self._verdicts.append(verdict)
        self._last_seen = time.monotonic()
        loop = self._loop
        if loop is not None:
            with contextlib.suppress(RuntimeError):  # the loop has closed: nobody waits
                loop.call_soon_threadsafe(self._wake)
        if self._on_verdict is not None:
            self._on_verdict(verdict)

    def _wake(self) -> None:
        """Wake every verdicts request waiting (on the loop's thread)."""
        if self._news is not None:
            self._news.set()
            self._news = asyncio.Event()


class _Refused(Exception):
    """An upload over a limit (the message says which)."""


async def _harden(request: web.BaseRequest, response: web.StreamResponse) -> None:
    """Every answer, 404s included: no caching, no sniffing, no referrer, only our own files."""
    headers = response.headers
    headers["Cache-Control"] = "no-store"
    headers["X-Content-Type-Options"] = "nosniff"
    headers["Referrer-Policy"] = "no-referrer"
    headers["X-Frame-Options"] = "DENY"
    headers["Content-Security-Policy"] = (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob:;"
        " connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'"
    )
    headers["Server"] = "CCHC Desktop"


async def _small_text(part: BodyPartReader) -> str:
    data = bytearray()
    while chunk := await part.read_chunk(_FIELD_BYTES):
        data.extend(chunk)
        if len(data) > _FIELD_BYTES:
            raise web.HTTPBadRequest(text=f"field {part.name!r} too long")
    return data.decode("utf-8", errors="replace")


def _bind(host: str, port: int) -> socket.socket:
    """A listening socket on ``host``:``port`` (0: a free port the system picks)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        if sys.platform == "win32":
            # Nobody else may bind the same port beside us (Windows lets them by default).
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_EXCLUSIVEADDRUSE, 1)  # type: ignore[attr-defined,unused-ignore]
        else:
            # A --port given again right after a stop is free to take (TIME_WAIT).
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(64)
    except OSError as exc:
        sock.close()
        raise UserError(
            f"Không mở được cổng {port or 'ngẫu nhiên'} trên địa chỉ {host}: {exc.strerror or exc}. "
            "Hãy chọn mạng khác hoặc cổng khác.",
            f"Could not listen on {host} port {port or '(any)'}: {exc.strerror or exc}. "
            "Choose another network or port.",
        ) from exc
    sock.setblocking(False)
    return sock
