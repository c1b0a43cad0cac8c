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
import logging
import socket
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from aiohttp import web

from cchc_desktop.errors import UserError
from cchc_desktop.phone.handlers import PageRequests
from cchc_desktop.phone.intake import Intake, Verdict
from cchc_desktop.phone.page import PageInfo
from cchc_desktop.phone.uploads import new_token
from cchc_desktop.photos.ingest import WORKERS

log = logging.getLogger(__name__)

IDLE_SECONDS = 600.0  # stop after 10 minutes without a request
MAX_FILE_BYTES = 64 * 1024 * 1024  # a 200 MP phone JPEG is about 40 MB
MAX_TOTAL_BYTES = 4 * 1024 * 1024 * 1024  # per opening: some hundreds of photos

# Stopped because…: the person closed the dialog / pressed Ctrl+C, nobody came for a while.
CLOSED, IDLE = "closed", "idle"


class PhoneServer(PageRequests):
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
        app = web.Application(client_max_size=64 * 1024)
        self.routes(app)
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
