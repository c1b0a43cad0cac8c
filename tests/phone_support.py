"""Talking to the phone page's server as a phone does: uploads over real HTTP (127.0.0.1 only),
and Debian's Chromium driven by Selenium at a phone's size."""

from __future__ import annotations

import json
import shutil
import urllib.error
import urllib.request
import uuid
from pathlib import Path
from typing import Any

ANDROID_UA = (
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/156.0.0.0 Mobile Safari/537.36"
)
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"


def multipart(
    fields: dict[str, str], filename: str, data: bytes, content_type: str = "image/jpeg"
) -> tuple[bytes, str]:
    """A multipart/form-data body as a browser's FormData sends it (fields, then the file)."""
    boundary = uuid.uuid4().hex
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        for name, value in fields.items()
    ]
    parts.append(
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{filename}"\r\n'
        f"Content-Type: {content_type}\r\n\r\n".encode()
        + data
        + b"\r\n"
    )
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def post(
    url: str,
    body: bytes,
    content_type: str,
    *,
    user_agent: str = ANDROID_UA,
    timeout: float = 120,
) -> tuple[int, Any]:
    """POST and return (status, parsed JSON or the text)."""
    request = urllib.request.Request(
        url, data=body, headers={"Content-Type": content_type, "User-Agent": user_agent}
    )
    return _answer(request, timeout)


def upload(
    page_url: str,
    path: Path,
    *,
    criterion: str = "",
    caption: str = "",
    filename: str | None = None,
    content_type: str = "image/jpeg",
    user_agent: str = ANDROID_UA,
) -> tuple[int, Any]:
    """Send one file to ``api/upload`` under the page's address (token included) and, when the
    laptop answers "received" (202), wait for its verdict as the page does (``api/verdicts``).
    Returns the upload's HTTP status and the laptop's verdict."""
    fields = {k: v for k, v in (("criterion", criterion), ("caption", caption)) if v}
    body, kind = multipart(fields, filename or path.name, path.read_bytes(), content_type)
    status, answer = post(page_url + "api/upload", body, kind, user_agent=user_agent)
    if status != 202:
        return status, answer
    assert answer["status"] == "received", answer
    return status, verdict_of(page_url, answer["upload"])


def verdict_of(page_url: str, number: int) -> dict[str, Any]:
    """The laptop's verdict on upload ``number``, read through ``api/verdicts`` (long poll)."""
    after = 0
    while True:
        status, news = get(page_url + f"api/verdicts?after={after}", timeout=60)
        assert status == 200, news
        for verdict in news["verdicts"]:
            if verdict["upload"] == number:
                return verdict  # type: ignore[no-any-return]
        assert not news["stopping"], "the server stopped before the verdict"
        after = news["next"]


def get(url: str, timeout: float = 30) -> tuple[int, Any]:
    return _answer(urllib.request.Request(url), timeout)


def _answer(request: urllib.request.Request, timeout: float) -> tuple[int, Any]:
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            status, raw, kind = (
                response.status,
                response.read(),
                response.headers.get_content_type(),
            )
    except urllib.error.HTTPError as error:
        status, raw, kind = error.code, error.read(), error.headers.get_content_type()
    text = raw.decode("utf-8", errors="replace")
    return status, json.loads(text) if kind == "application/json" else text


def have_chromium() -> bool:
    return Path(CHROMIUM).exists() and shutil.which(CHROMEDRIVER) is not None


def chromium(profile: Path, size: tuple[int, int] = (390, 844)) -> Any:
    """Headless Debian Chromium through chromium-driver, a fresh profile, a phone's screen
    and User-Agent (mobile emulation), nothing that reaches out to the network by itself."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-dev-shm-usage",
        f"--user-data-dir={profile}",
        "--lang=vi",
    ):
        options.add_argument(argument)
    width, height = size
    options.add_experimental_option(
        "mobileEmulation",
        {
            "deviceMetrics": {"width": width, "height": height, "pixelRatio": 2},
            "userAgent": ANDROID_UA,
        },
    )
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
