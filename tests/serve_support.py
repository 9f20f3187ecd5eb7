"""What the page's tests share: an app with a known token, the bundled interview articles,
and a real server started as a user starts it."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from pathlib import Path

from framediff.ingest.fetch import AddressGuard
from framediff.serve.app import Settings, create_app, find_stories
from framediff.serve.security import Guard
from tests.conftest import ROOT, STORY

PORT = 8765
TOKEN = "test-token"
BASE = f"http://127.0.0.1:{PORT}"
AUTH = {"x-framediff-token": TOKEN}
# The two reports of Zelensky's New York Times interview; only Tampa Free Press quotes
# the last sentence ("And give us the weapons …").
INTERVIEW = (
    ("Antiwar.com", (STORY / "003_e10f0307fb1c42ac.txt").read_text(encoding="utf-8")),
    ("Tampa Free Press", (STORY / "004_e3e60bfa29fad391.txt").read_text(encoding="utf-8")),
)


def interview_articles() -> list[dict[str, str]]:
    return [{"text": text, "outlet": outlet} for outlet, text in INTERVIEW]


def make_app(
    *, fetch_guard: AddressGuard | None = None, settings: Settings | None = None
) -> object:
    settings = settings or Settings(stories=find_stories(ROOT / "corpus"))
    if fetch_guard is not None:
        settings = Settings(
            limits=settings.limits, fetch_guard=fetch_guard, stories=settings.stories
        )
    guard = Guard(port=PORT, token=TOKEN, max_body_bytes=settings.limits.max_request_bytes)
    return create_app(settings, guard)


@contextlib.contextmanager
def running_server(*extra: str) -> Iterator[str]:
    """``framediff serve --port 0`` in a subprocess; yields the address it printed first."""
    process = subprocess.Popen(
        [sys.executable, "-m", "framediff", "serve", "--port", "0", *extra],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:"), (url, process.stderr and process.stderr.read())
        for _ in range(100):  # the socket is bound before the line is printed
            with contextlib.suppress(OSError):
                urllib.request.urlopen(url, timeout=5).close()
                break
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def screenshot_target() -> Path | None:
    """Where the browser test also writes its screenshot for the docs, when asked."""
    if os.environ.get("FRAMEDIFF_UPDATE_SCREENSHOT") == "1":
        return ROOT / "docs" / "images" / "serve.png"
    return None
