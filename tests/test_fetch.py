"""``framediff fetch`` and URL arguments, against a server started on 127.0.0.1."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from typer.testing import CliRunner

from framediff.cli import app
from framediff.ingest.load import load_articles
from framediff.options import LoadOptions, Options
from tests.conftest import ROOT
from tests.local_http import local_http_server

PAGES = ROOT / "tests" / "data" / "pages"
runner = CliRunner()


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/article.html":
            body = (PAGES / "kyiv-coalition.html").read_bytes()
            self._send(200, "text/html; charset=utf-8", body)
        elif self.path == "/plain.txt":
            self._send(
                200,
                "text/plain; charset=utf-8",
                "A plain headline\n\n“We will see,” the minister said.\n".encode(),
            )
        elif self.path == "/huge.html":
            self._send(200, "text/html", b"<p>" + b"x" * (11 * 1024 * 1024) + b"</p>")
        elif self.path == "/image.png":
            self._send(200, "image/png", b"\x89PNG\r\n")
        elif self.path == "/slow.html":
            time.sleep(2)
            self._send(200, "text/html", b"<p>late</p>")
        elif self.path == "/redirect-to-file":
            self.send_response(302)
            self.send_header("Location", "file:///etc/passwd")
            self.end_headers()
        else:
            self._send(404, "text/plain", b"not found")

    def _send(self, status: int, content_type: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        # A client that gave up (the timeout test) closes the connection early.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


# The server runs on this machine, an address fetching refuses unless allowed.
LOOPBACK = Options(load=LoadOptions(allowed_private_networks=("127.0.0.0/8",)))


@pytest.fixture(autouse=True)
def _allow_loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FRAMEDIFF_ALLOW_PRIVATE_ADDRESSES", "127.0.0.0/8")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with local_http_server(_Handler) as port:
        yield f"http://127.0.0.1:{port}"


def test_fetch_saves_text_and_metadata_for_offline_runs(server: str, tmp_path: Path) -> None:
    folder = tmp_path / "story"
    result = runner.invoke(app, ["fetch", f"{server}/article.html", "-o", str(folder)])
    assert result.exit_code == 0, result.stderr
    saved = sorted(folder.glob("*.txt"))
    assert [p.name for p in saved] == [
        "ukraine-wants-coalition-to-down-russian-missiles-zelensky.txt"
    ]
    text = saved[0].read_text(encoding="utf-8")
    assert text.startswith("---\ntitle: Ukraine wants coalition")
    assert f"url: {server}/article.html" in text
    (article,) = load_articles([str(folder)])
    assert article.outlet == "Example Ledger"
    assert article.url == f"{server}/article.html"
    assert article.title == "Ukraine wants coalition to down Russian missiles, Zelensky says"
    assert article.body.startswith("Kyiv will discuss with NATO")


def test_url_arguments_load_directly(server: str) -> None:
    html, plain = load_articles([f"{server}/article.html", f"{server}/plain.txt"], options=LOOPBACK)
    assert (html.id, plain.id) == ("article", "plain")
    assert html.source_format == "html" and "“a very big responsibility”" in html.text
    assert plain.title == "A plain headline"


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/missing.html", "the server answered 404"),
        ("/huge.html", "larger than 10 MB"),
        ("/image.png", "is image/png, not a web page"),
        ("/slow.html", "cannot reach"),
        ("/redirect-to-file", "is not allowed"),
    ],
)
def test_fetch_failures_write_nothing(
    server: str, tmp_path: Path, path: str, expected: str
) -> None:
    folder = tmp_path / "out"
    result = runner.invoke(
        app,
        [
            "fetch",
            f"{server}/article.html",
            f"{server}{path}",
            "-o",
            str(folder),
            "--timeout",
            "0.5",
        ],
    )
    assert result.exit_code == 4, result.output
    assert expected in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not folder.exists() or not any(folder.iterdir())
