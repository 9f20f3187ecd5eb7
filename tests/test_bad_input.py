"""The bad-input matrix, through the command line, one test each.

Every case ends in a correct result, or in exactly one line on stderr starting
``framediff: error:`` with the documented exit status (docs/reliability.md), no traceback,
no output file and every input file unchanged. Also in the matrix, tested where they live:
unbalanced quote marks (tests/test_cli.py, a warning and the rest kept), hostile text
inert in HTML and markdown (tests/test_reports.py), the atomic write of a report
(tests/test_reports.py) and fetch failures of ``framediff fetch`` (tests/test_fetch.py).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import random
import re
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from click.testing import Result
from typer.testing import CliRunner

from framediff.cli import app
from framediff.errors import ExitStatus
from framediff.options import LoadOptions
from tests.conftest import ROOT, STORY
from tests.local_http import local_http_server

runner = CliRunner()
SEEDS = sorted(STORY.glob("*.txt"))
HUNDRED_MB = 100 * 1024 * 1024


def _digests(root: Path) -> dict[Path, str]:
    return {
        p: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def _run(tmp_path: Path, *args: str, fmt: str = "json") -> tuple[Result, Path]:
    """Run ``compare`` on ``args`` into ``tmp_path/out/report``; inputs must not change."""
    out_dir = tmp_path / "out"
    out_dir.mkdir(exist_ok=True)
    out = out_dir / f"report.{fmt}"

    def inputs() -> dict[Path, str]:
        return {p: d for p, d in _digests(tmp_path).items() if out_dir not in p.parents}

    before = inputs()
    result = runner.invoke(app, ["compare", *args, "-f", fmt, "-o", str(out)])
    assert inputs() == before, "an input file changed"
    return result, out


def _assert_refused(result: Result, out: Path, status: ExitStatus, expected: str) -> None:
    assert result.exit_code == status, (result.exit_code, result.output)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("framediff: error: ") and expected in lines[0], lines[0]
    assert "Traceback" not in result.output
    assert not out.exists(), "no partial output file"
    assert not list(out.parent.iterdir()), "no temporary file left behind"


@pytest.fixture
def good(tmp_path: Path) -> Path:
    """One good article, copied so that its bytes are checked before and after."""
    path = tmp_path / "good.txt"
    shutil.copy(SEEDS[0], path)
    return path


# --- refused input: exit status 3 ------------------------------------------------------


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_missing_path(tmp_path: Path, good: Path) -> None:
    result, out = _run(tmp_path, str(good), str(tmp_path / "nope.txt"))
    _assert_refused(result, out, ExitStatus.INPUT, "no such file or folder")


@pytest.mark.parametrize("data", [b"", b"  \n\n \t\n"], ids=["empty", "blank"])
def test_empty_file(tmp_path: Path, good: Path, data: bytes) -> None:
    bad = _write(tmp_path, "empty.txt", data)
    result, out = _run(tmp_path, str(good), str(bad))
    _assert_refused(result, out, ExitStatus.INPUT, "is empty")


def test_binary_file(tmp_path: Path, good: Path) -> None:
    bad = _write(tmp_path, "photo.txt", bytes(range(256)) * 40)
    result, out = _run(tmp_path, str(good), str(bad))
    _assert_refused(result, out, ExitStatus.INPUT, "looks like a binary file")


@pytest.mark.parametrize("data", [b"\x01\x02\x03\x04", b"\x00\x01\x00\x02\x00\x03", b"\x1b\n\x7f"])
def test_a_few_control_bytes_are_a_binary_file_not_an_empty_one(
    tmp_path: Path, good: Path, data: bytes
) -> None:
    """Under the allowance of stray control characters, but with no character of text."""
    bad = _write(tmp_path, "blob.txt", data)
    result, out = _run(tmp_path, str(good), str(bad))
    _assert_refused(result, out, ExitStatus.INPUT, "looks like a binary file")


def test_binary_file_behind_a_utf16_byte_order_mark(tmp_path: Path, good: Path) -> None:
    """0xFF 0xFE then bytes that are valid UTF-16 (no lone surrogates) but no text."""
    rnd = random.Random(1)
    pairs = bytes(b for _ in range(2000) for b in (rnd.randrange(256), rnd.randrange(0xD8)))
    bad = _write(tmp_path, "data.txt", b"\xff\xfe" + pairs)
    result, out = _run(tmp_path, str(good), str(bad))
    _assert_refused(result, out, ExitStatus.INPUT, "looks like a binary file")


def test_folder_with_no_articles(tmp_path: Path, good: Path) -> None:
    folder = tmp_path / "no-articles"
    folder.mkdir()
    (folder / "notes.csv").write_text("a,b\n", encoding="utf-8")
    result, out = _run(tmp_path, str(good), str(folder))
    _assert_refused(result, out, ExitStatus.INPUT, "has no articles")


def test_one_article_only(tmp_path: Path, good: Path) -> None:
    result, out = _run(tmp_path, str(good))
    _assert_refused(result, out, ExitStatus.INPUT, "compare needs at least two articles, got 1")


def test_undecodable_bytes(tmp_path: Path, good: Path) -> None:
    bad = _write(tmp_path, "mystery.txt", bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D]) * 20 + b" text")
    result, out = _run(tmp_path, str(good), str(bad))
    _assert_refused(result, out, ExitStatus.INPUT, "cannot tell the text encoding")


def test_an_article_over_the_file_limit(tmp_path: Path, good: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as stream:  # sparse: no 20 MB written to disk
        stream.seek(LoadOptions().max_file_bytes)
        stream.write(b"x")
    result, out = _run(tmp_path, str(good), str(huge))
    _assert_refused(result, out, ExitStatus.INPUT, "over the 20 MB limit")


# --- input that must work ----------------------------------------------------------------


def _json(result: Result, out: Path) -> dict:  # type: ignore[type-arg]
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    data: dict = json.loads(out.read_text(encoding="utf-8"))  # type: ignore[type-arg]
    assert data["accounting"]["complete"], data["accounting"]["problems"]
    return data


def test_the_same_article_twice_is_compared_with_itself(tmp_path: Path, good: Path) -> None:
    result, out = _run(tmp_path, str(good), str(good))
    data = _json(result, out)
    assert [a["id"] for a in data["articles"]] == ["good", "good-2"]
    # Everything is shared: no added context, no omission, the quotations in families.
    assert data["added_context"] == [] and data["omissions"] == []
    speech = [f for f in data["quote_families"] if f["members"][0]["kind"] == "speech"]
    assert speech and all(f["shared"] for f in speech)
    counts = data["accounting"]["counts"]
    assert counts["added"] == 0 and counts["shared"] + counts["quotation"] > 0


def test_utf16_and_cp1252_give_the_utf8_result(tmp_path: Path) -> None:
    plain = [tmp_path / "a.txt", tmp_path / "b.txt"]
    for seed, path in zip(SEEDS[:2], plain, strict=True):
        shutil.copy(seed, path)
    expected = _json(*_run(tmp_path, *map(str, plain)))
    other = tmp_path / "encoded"
    other.mkdir()
    encoded = [other / "a.txt", other / "b.txt"]
    encoded[0].write_bytes(plain[0].read_text(encoding="utf-8").encode("utf-16"))
    encoded[1].write_bytes(plain[1].read_text(encoding="utf-8").encode("cp1252"))
    found = _json(*_run(tmp_path, *map(str, encoded)))
    assert found["quotes"] == expected["quotes"]
    assert found["quote_families"] == expected["quote_families"]
    assert found["accounting"] == expected["accounting"]


def test_exotic_quote_marks(tmp_path: Path) -> None:
    words = "we will build every bridge and every road again"
    marks = [("„", "“"), ("«\u00a0", "\u00a0»"), ("‹", "›"), ("»", "«"), ("''", "''")]
    paths = []
    for n, (open_mark, close_mark) in enumerate(marks):
        path = tmp_path / f"{n}.txt"
        path.write_text(
            f"Mayor promises roads\n\nThe mayor said {open_mark}{words}{close_mark} on "
            "Monday. Residents of the town were not convinced by the plan.\n",
            encoding="utf-8",
        )
        paths.append(str(path))
    data = _json(*_run(tmp_path, *paths))
    (family,) = [f for f in data["quote_families"] if f["shared"]]
    assert len({m["article"] for m in family["members"]}) == len(marks)
    assert {m["text"] for m in family["members"]} == {words}


def test_a_one_megabyte_line(tmp_path: Path) -> None:
    """One paragraph of a megabyte (a page saved with no line breaks): read, not refused."""
    sentence = "The minister said “the bridge opens in May,” and officials agreed. "
    path = tmp_path / "long.txt"
    path.write_text("A headline\n\n" + sentence * (1_048_576 // len(sentence)), encoding="utf-8")
    before = _digests(tmp_path)
    result = runner.invoke(app, ["clean", str(path), "-f", "json"])
    assert result.exit_code == 0, result.output
    (article,) = json.loads(result.stdout)
    assert len(article["text"]) > 1_000_000
    assert _digests(tmp_path) == before


# --- output paths: exit status 5 ---------------------------------------------------------


def test_output_in_a_missing_folder(tmp_path: Path) -> None:
    out = tmp_path / "no-such-folder" / "report.json"
    result = runner.invoke(app, ["compare", *map(str, SEEDS[:2]), "-f", "json", "-o", str(out)])
    assert result.exit_code == ExitStatus.OUTPUT
    assert result.stderr.strip().startswith("framediff: error: cannot write")
    assert len(result.stderr.strip().splitlines()) == 1
    assert not out.parent.exists()


def test_output_equal_to_an_input(tmp_path: Path, good: Path) -> None:
    other = tmp_path / "other.txt"
    shutil.copy(SEEDS[1], other)
    before = _digests(tmp_path)
    for command in (["clean", str(good)], ["compare", str(good), str(other)]):
        result = runner.invoke(app, [*command, "-o", str(good)])
        assert result.exit_code == ExitStatus.OUTPUT, result.output
        assert result.stderr.strip() == (
            f"framediff: error: {good} is one of the input articles: write the report to "
            "another file"
        )
    assert _digests(tmp_path) == before


# --- URLs: exit status 4 -----------------------------------------------------------------

_SENT: dict[str, int] = {}
_DONE = threading.Event()


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/slow.html":
            time.sleep(2)
            self._send(b"<p>late</p>")
        elif self.path.startswith("/redirect?"):
            self.send_response(302)
            self.send_header("Location", self.path.split("?", 1)[1])
            self.end_headers()
        elif self.path == "/huge.html":
            self._send_huge()
        else:
            self.send_error(404)

    def _send(self, body: bytes) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)

    def _send_huge(self) -> None:
        """100 MB, a megabyte at a time, counting what the client took before it hung up."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(HUNDRED_MB))
        self.end_headers()
        chunk = b"<p>" + b"x" * (1024 * 1024 - 7) + b"</p>"
        sent = 0
        try:
            while sent < HUNDRED_MB:
                self.wfile.write(chunk)
                sent += len(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass
        finally:
            _SENT["huge"] = sent
            _DONE.set()

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with local_http_server(_Handler) as port:
        yield f"http://127.0.0.1:{port}"


@pytest.fixture
def loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    """The test server runs on this machine: let 127.0.0.0/8, and only it, through."""
    monkeypatch.setenv("FRAMEDIFF_ALLOW_PRIVATE_ADDRESSES", "127.0.0.0/8")


def _fetch(tmp_path: Path, url: str) -> tuple[Result, Path]:
    folder = tmp_path / "fetched"
    result = runner.invoke(app, ["fetch", url, "-o", str(folder), "--timeout", "0.5"])
    return result, folder


def _assert_fetch_refused(result: Result, folder: Path, expected: str) -> None:
    assert result.exit_code == ExitStatus.NETWORK, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("framediff: error: "), result.stderr
    assert expected in lines[0], lines[0]
    assert "Traceback" not in result.output
    assert not folder.exists() or not any(folder.iterdir())


@pytest.mark.usefixtures("loopback")
def test_a_url_that_times_out(server: str, tmp_path: Path) -> None:
    started = time.monotonic()
    result, folder = _fetch(tmp_path, f"{server}/slow.html")
    _assert_fetch_refused(result, folder, "cannot reach")
    assert "timed out" in result.stderr
    assert time.monotonic() - started < 2


@pytest.mark.usefixtures("loopback")
@pytest.mark.parametrize("target", ["file:///etc/passwd", "ftp://example.org/a.html"])
def test_a_redirect_to_another_scheme(server: str, tmp_path: Path, target: str) -> None:
    result, folder = _fetch(tmp_path, f"{server}/redirect?{target}")
    _assert_fetch_refused(result, folder, "")
    assert "only http:// and https://" in result.stderr or "is not allowed" in result.stderr


@pytest.mark.usefixtures("loopback")
@pytest.mark.parametrize(
    "target",
    [
        "http://10.0.0.1/article.html",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]:8080/",
        "http://192.168.1.1/",
    ],
)
def test_a_redirect_to_a_private_address(
    server: str, tmp_path: Path, target: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Refused at the redirect, before any connection is tried to the private address."""
    import socket

    tried: list[object] = []
    real = socket.create_connection

    def recording(address, *args, **kwargs):  # type: ignore[no-untyped-def]
        tried.append(address[0])
        return real(address, *args, **kwargs)

    monkeypatch.setattr(socket, "create_connection", recording)
    result, folder = _fetch(tmp_path, f"{server}/redirect?{target}")
    _assert_fetch_refused(result, folder, "framediff fetches public pages only")
    assert tried == ["127.0.0.1"], "only the test server was connected to"


def test_a_private_address_is_refused_without_connecting(tmp_path: Path, good: Path) -> None:
    """Without an allowance even this machine is refused, as a URL argument too."""
    result, out = _run(tmp_path, str(good), "http://127.0.0.1:9/article")
    assert result.exit_code == ExitStatus.NETWORK
    assert result.stderr.strip().endswith(
        "save the page from your browser and give the file instead"
    )
    assert "is a loopback address (127.0.0.1)" in result.stderr
    assert not out.exists()


@pytest.mark.usefixtures("loopback")
@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://127.0.0.1:9/article", "cannot reach http://127.0.0.1:9"),
        ("ftp://example.org/a.txt", "only http:// and https://"),
    ],
    ids=["unreachable", "not http"],
)
def test_a_url_argument_that_cannot_be_read(
    tmp_path: Path, good: Path, url: str, expected: str
) -> None:
    result, out = _run(tmp_path, str(good), url)
    _assert_refused(result, out, ExitStatus.NETWORK, expected)


@pytest.mark.usefixtures("loopback")
def test_a_url_serving_100_mb_stops_at_the_cap(server: str, tmp_path: Path) -> None:
    _DONE.clear()
    result, folder = _fetch(tmp_path, f"{server}/huge.html")
    _assert_fetch_refused(result, folder, "larger than 10 MB")
    assert _DONE.wait(10)
    # The client read the cap and hung up; what went beyond it sat in socket buffers.
    assert _SENT["huge"] < HUNDRED_MB // 2, _SENT["huge"]


# --- hostile text: inert in every format -------------------------------------------------

_HOSTILE = (
    "<script>alert(1)</script> | col | <style>body{display:none}</style> "
    '<img src=x onerror="alert(2)"> [click](javascript:alert(3)) \x1b[2J'
)


def test_hostile_html_and_markdown_are_inert_in_every_format(tmp_path: Path) -> None:
    pages = []
    for n in range(2):
        path = tmp_path / f"page{n}.html"
        path.write_text(
            "<!DOCTYPE html><html><head><title>Pipes | and scripts</title>"
            "<script>alert('page')</script><style>p{color:red}</style></head>"
            '<body onload="alert(0)"><article><h1>Pipes | and scripts</h1>'
            f"<p>The minister said “{_HOSTILE.replace('<', '&lt;')} is a clear success” on "
            "Monday, officials said at a press conference in the capital.</p>"
            "<p>Critics said the plan | would fail | badly and called it a costly mistake "
            "for the whole region this year.</p></article></body></html>",
            encoding="utf-8",
        )
        pages.append(str(path))
    for fmt in ("json", "markdown", "html", "table"):
        result, out = _run(tmp_path, *pages, fmt=fmt)
        assert result.exit_code == 0, result.output
        report = out.read_text(encoding="utf-8")
        out.unlink()
        assert "\x1b" not in report
        if fmt == "json":
            assert "alert(1)" in json.dumps(json.loads(report))
        elif fmt == "html":
            assert "<script>alert" not in report and "<img src=x" not in report
            assert not re.search(r"<[^>]*\bon(?:error|load)=", report)
        elif fmt == "markdown":
            assert not re.search(r"(?<!\\)<(?:script|style|img)\b", report)
            assert "](javascript:" not in report.replace("\\](javascript:", "")
            for row in (line for line in report.splitlines() if line.startswith("|")):
                # A pipe from an article is escaped: it never adds a column.
                cells = re.split(r"(?<!\\)\|", row)
                header = next(r for r in report.splitlines() if r.startswith("|"))
                assert len(cells) <= len(re.split(r"(?<!\\)\|", header)) or "---" in row


# --- errors of framediff itself --------------------------------------------------------


def test_an_internal_error_is_one_line_and_traceback_shows_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import framediff.compare

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(framediff.compare, "compare", broken)
    args = ["compare", *map(str, SEEDS[:2])]
    result = runner.invoke(app, args)
    assert result.exit_code == ExitStatus.ERROR
    assert result.stderr.strip() == (
        "framediff: error: internal error (RuntimeError: a bug); rerun with --traceback and "
        "report it"
    )
    result = runner.invoke(app, [*args, "--traceback"])
    assert isinstance(result.exception, RuntimeError)


def test_traceback_for_bug_reports(tmp_path: Path) -> None:
    """``--traceback`` shows the full traceback of an input error, as a bug report needs."""
    missing = str(tmp_path / "nope.txt")
    command = [sys.executable, "-m", "framediff", "compare", str(SEEDS[0]), missing]
    plain = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
    assert plain.returncode == ExitStatus.INPUT and "Traceback" not in plain.stderr
    shown = subprocess.run(
        [*command, "--traceback"], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert shown.returncode != 0
    assert "Traceback (most recent call last)" in shown.stderr
    assert "InputError" in shown.stderr and "no such file or folder" in shown.stderr
