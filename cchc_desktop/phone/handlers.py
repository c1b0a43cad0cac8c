"""The phone page's requests (a mixin of ``server.PhoneServer``): the token guard, the page's
files, ``api/info``, ``api/verdicts`` (a long poll) and ``api/upload`` (read, checked, written
to the scratch folder, handed to the intake, answered "received")."""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import shutil
import threading
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aiohttp import BodyPartReader, web

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
from cchc_desktop.phone.uploads import safe_filename

if TYPE_CHECKING:
    from aiohttp.web_request import Request

DISK_MARGIN = 512 * 1024 * 1024  # leave the data folder's disk at least this free
POLL_SECONDS = 20.0  # a verdicts request waits this long for news before answering "none"
_FIELD_BYTES = 2048  # a caption or a criterion code
_CHUNK = 256 * 1024
_SLACK = 64 * 1024  # what a request carries besides the file: boundaries, fields

_dumps = partial(json.dumps, ensure_ascii=False)


class PageRequests:
    """The handlers; the server provides its state (below) and ``_settled``."""

    token: str
    info: PageInfo
    data_dir: Path
    max_file_bytes: int
    max_total_bytes: int
    _lock: threading.Lock
    _verdicts: list[Verdict]
    _uploads: int
    _counter: int
    _received_bytes: int
    _polls: int
    _last_seen: float
    _scratch: Path | None
    _intake: Intake | None
    _stop_requested: asyncio.Event | None
    _news: asyncio.Event | None

    def verdicts(self) -> list[Verdict]:
        """Every upload of this opening settled so far, oldest first (refusals included)."""
        with self._lock:
            return list(self._verdicts)

    def _settled(self, verdict: Verdict) -> None:
        raise NotImplementedError

    def routes(self, app: web.Application) -> None:
        """Every path the server answers; anything else is the guard's bare 404."""
        app.middlewares.append(self._guard)
        app.on_response_prepare.append(_harden)
        app.router.add_get("/{token}", self._to_page)
        app.router.add_get("/{token}/", self._file)
        app.router.add_get("/{token}/api/info", self._api_info)
        app.router.add_post("/{token}/api/upload", self._api_upload)
        app.router.add_get("/{token}/api/verdicts", self._api_verdicts)
        app.router.add_get("/{token}/{name}", self._file)

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
