"""The page's defences: other sites, other names, private addresses, size, hostile text."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from html.parser import HTMLParser
from http.server import BaseHTTPRequestHandler
from typing import ClassVar

import pytest
from starlette.testclient import TestClient

from framediff.errors import FetchError
from framediff.ingest.fetch import AddressGuard, fetch_page, refusal_reason
from framediff.options import Options, ServeOptions
from framediff.serve.app import Settings
from framediff.serve.security import CONTENT_SECURITY_POLICY
from tests.local_http import local_http_server
from tests.serve_support import AUTH, BASE, PORT, TOKEN, interview_articles, make_app


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(make_app(), base_url=BASE)  # type: ignore[arg-type]


def test_every_answer_carries_the_strict_headers(client: TestClient) -> None:
    for response in (
        client.get(f"/?token={TOKEN}"),
        client.get("/static/page.js"),
        client.get("/nowhere", headers=AUTH),
        client.get("/", headers={"host": "evil.example"}),
    ):
        assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["referrer-policy"] == "no-referrer"
        assert response.headers["cache-control"] == "no-store"
    assert "script-src 'self';" in CONTENT_SECURITY_POLICY
    assert "unsafe" not in CONTENT_SECURITY_POLICY


@pytest.mark.parametrize(
    "host",
    [
        "evil.example",  # another site
        f"evil.example:{PORT}",  # a rebinding name pointed at 127.0.0.1
        "127.0.0.1:9999",  # another port
        "",
    ],
)
def test_a_foreign_host_header_is_refused(client: TestClient, host: str) -> None:
    response = client.get(f"/?token={TOKEN}", headers={"host": host})
    assert response.status_code == 403
    assert response.json()["error"].startswith("this page answers only at its own address")
    post = client.post(
        "/api/compare", json={"articles": interview_articles()}, headers={**AUTH, "host": host}
    )
    assert post.status_code == 403


def test_a_person_without_the_token_reads_what_to_do(client: TestClient) -> None:
    fresh = TestClient(make_app(), base_url=BASE)  # type: ignore[arg-type]
    response = fresh.get("/", headers={"accept": "text/html,application/xhtml+xml"})
    assert response.status_code == 403
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    assert "open the full address framediff serve printed" in response.text


@pytest.mark.parametrize("host", [f"127.0.0.1:{PORT}", f"localhost:{PORT}", f"[::1]:{PORT}"])
def test_its_own_names_are_accepted(client: TestClient, host: str) -> None:
    assert client.get(f"/?token={TOKEN}", headers={"host": host}).status_code == 200


@pytest.mark.parametrize(
    "headers",
    [
        {"origin": "http://evil.example"},
        {"origin": f"http://127.0.0.1:{PORT + 1}"},
        {"origin": "null"},
        {"sec-fetch-site": "cross-site"},
        {"sec-fetch-site": "same-site"},
    ],
)
def test_a_cross_origin_post_is_refused_even_with_the_token(
    client: TestClient, headers: dict[str, str]
) -> None:
    response = client.post(
        "/api/compare", json={"articles": interview_articles()}, headers={**AUTH, **headers}
    )
    assert response.status_code == 403
    assert response.json() == {"error": "requests from other web sites are refused", "status": 403}


def test_a_same_origin_post_is_accepted(client: TestClient) -> None:
    response = client.post(
        "/api/compare",
        json={"articles": interview_articles(), "format": "markdown"},
        headers={**AUTH, "origin": BASE, "sec-fetch-site": "same-origin"},
    )
    assert response.status_code == 200


def test_without_the_token_nothing_but_the_assets_answers(client: TestClient) -> None:
    fresh = TestClient(make_app(), base_url=BASE)  # type: ignore[arg-type]
    assert fresh.get("/").status_code == 403
    assert fresh.get("/?token=wrong").status_code == 403
    assert fresh.post("/api/compare", json={"articles": interview_articles()}).status_code == 403
    assert fresh.get("/api/stories/nato-shootdown-2024").status_code == 403
    assert fresh.get("/static/page.css").status_code == 200
    # The first visit with the token leaves a cookie no other site's page can send.
    first = fresh.get(f"/?token={TOKEN}")
    assert "HttpOnly" in first.headers["set-cookie"]
    assert "SameSite=Strict" in first.headers["set-cookie"]
    assert fresh.post("/api/compare", json={"articles": interview_articles()}).status_code == 200


def test_an_oversized_request_is_refused_before_it_is_read(client: TestClient) -> None:
    limit = ServeOptions().max_request_bytes
    big = "word " * (limit // 5 + 10)
    response = client.post(
        "/api/compare", json={"articles": [{"text": big}, {"text": "x"}]}, headers=AUTH
    )
    assert response.status_code == 413
    assert response.json()["error"] == (
        "the request is over the 8 MB limit; compare fewer or shorter articles at once"
    )


def test_an_oversized_paste_is_refused(client: TestClient) -> None:
    big = "Word after word. " * (ServeOptions().max_article_bytes // 17 + 10)
    response = client.post(
        "/api/compare", json={"articles": [{"text": big}, {"text": "x"}]}, headers=AUTH
    )
    assert response.status_code == 400
    assert response.json()["error"].startswith("article 1 is over the 2 MB limit for one article")


def test_a_comparison_over_the_time_limit_is_answered_with_the_limit() -> None:
    slow = Settings(limits=ServeOptions(request_seconds=0.01))
    client = TestClient(make_app(settings=slow), base_url=BASE)  # type: ignore[arg-type]
    response = client.post("/api/compare", json={"articles": interview_articles()}, headers=AUTH)
    assert response.status_code == 503
    assert response.json()["error"] == (
        "the comparison took longer than 0.01 seconds; compare fewer or shorter articles at once"
    )


def test_too_many_articles_are_refused(client: TestClient) -> None:
    articles = [{"text": f"Article {n}."} for n in range(ServeOptions().max_articles + 1)]
    response = client.post("/api/compare", json={"articles": articles}, headers=AUTH)
    assert response.status_code == 400
    assert "more than the page compares at once" in response.json()["error"]


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.handlers: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.handlers |= {name for name, _ in attrs if name.startswith("on")}


def _parsed(body: str) -> tuple[set[str], set[str]]:
    """The elements a browser would build, and any event-handler attributes on them."""
    parser = _Elements()
    parser.feed(body)
    return parser.tags, parser.handlers


HOSTILE = (
    '<script>alert("pasted")</script><img src=x onerror="alert(1)">'
    "<iframe src=javascript:alert(2)></iframe>"
)


def test_hostile_html_pasted_as_an_article_is_inert(client: TestClient) -> None:
    articles = interview_articles()
    for article in articles:
        # In the headline, in a quotation both outlets share, and in the outlet's name.
        article["text"] = article["text"].replace(
            "Shoot down what’s in the sky", f"Shoot down {HOSTILE} what’s in the sky"
        )
        article["title"] = HOSTILE
    articles[1]["outlet"] = "Tampa <b onmouseover=alert(3)>Free</b> Press"
    for format in ("view", "html"):
        response = client.post(
            "/api/compare", json={"articles": articles, "format": format}, headers=AUTH
        )
        assert response.status_code == 200
        body = response.text
        assert "&lt;script&gt;alert(" in body  # shown as the text it is
        tags, handlers = _parsed(body)
        assert not tags & {"script", "img", "iframe", "b"}, tags
        assert handlers == set()


def test_a_hostile_saved_page_upload_loses_its_markup(client: TestClient) -> None:
    page = (
        "<html><head><title>Page</title><script>alert(1)</script></head><body><article>"
        "<h1>Minister speaks</h1><p>“We will build the bridge,” the minister said on Monday "
        "in the capital.</p><p onclick='alert(2)'>Officials confirmed the plan.</p>"
        "<script>document.cookie</script></article></body></html>"
    )
    files = [("file", ("page.html", page.encode(), "text/html"))]
    data = {"text": ["", interview_articles()[0]["text"]], "outlet": ["A", "B"], "format": "view"}
    response = client.post("/api/compare", data=data, files=files, headers=AUTH)
    assert response.status_code == 200, response.text
    assert "<script" not in response.text and "alert(" not in response.text
    assert "Minister speaks" in response.text


# URL fetches: a fake resolver stands in for DNS, and a fake dialer for the internet, so
# no test reaches the network; the only real server is on 127.0.0.1.


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("127.0.0.1", "a loopback"),
        ("::1", "a loopback"),
        ("10.1.2.3", "a private"),
        ("192.168.0.10", "a private"),
        ("::ffff:10.0.0.1", "a private"),
        ("169.254.169.254", "a link-local"),
        ("fe80::1%eth0", "a link-local"),
        ("224.0.0.1", "a multicast"),
        ("0.0.0.0", "a private"),
        ("100.64.0.1", "a non-public"),
        ("93.184.216.34", None),
        ("2606:4700::1111", None),
    ],
)
def test_which_addresses_are_refused(address: str, reason: str | None) -> None:
    assert refusal_reason(address) == reason


class _Redirecting(BaseHTTPRequestHandler):
    seen: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        self.seen.append(f"{self.headers['Host']}{self.path}")
        if self.path == "/start":
            self.send_response(302)
            self.send_header("Location", "http://intranet.test/secret")
            self.end_headers()
            return
        body = b"<html><body><article><h1>Secret</h1><p>Internal only.</p></article></body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def local_server() -> Iterator[int]:
    _Redirecting.seen = []
    with local_http_server(_Redirecting) as port:
        yield port


def _fake_internet(port: int, dialled: list[tuple[str, int]]) -> AddressGuard:
    names = {"news.test": ["93.184.216.34"], "intranet.test": ["10.0.0.1"]}

    def resolve(host: str, _port: int) -> list[str]:
        return names[host]

    def connect(address: tuple[str, int], timeout: float | None) -> socket.socket:
        dialled.append(address)
        return socket.create_connection(("127.0.0.1", port), timeout)

    return AddressGuard(resolve=resolve, connect=connect)


def test_a_name_that_resolves_to_a_private_address_is_refused_before_connecting(
    local_server: int,
) -> None:
    dialled: list[tuple[str, int]] = []
    with pytest.raises(FetchError, match=r"intranet.test is a private address \(10.0.0.1\)"):
        fetch_page(
            "http://intranet.test/secret",
            options=Options(),
            guard=_fake_internet(local_server, dialled),
        )
    assert dialled == [] and _Redirecting.seen == []


def test_a_redirect_to_a_private_address_is_refused_at_that_hop(local_server: int) -> None:
    dialled: list[tuple[str, int]] = []
    guard = _fake_internet(local_server, dialled)
    with pytest.raises(FetchError, match=r"intranet\.test is a private address"):
        fetch_page("http://news.test/start", options=Options(), guard=guard)
    # The first hop was fetched; the second was never dialled.
    assert dialled == [("93.184.216.34", 80)]
    assert _Redirecting.seen == ["news.test/start"]


def test_the_page_refuses_a_loopback_url_unless_private_addresses_are_allowed(
    local_server: int,
) -> None:
    url = f"http://127.0.0.1:{local_server}/secret"
    articles = [interview_articles()[0], {"url": url, "outlet": "Intranet"}]
    refusing = TestClient(make_app(), base_url=BASE)  # type: ignore[arg-type]
    response = refusing.post("/api/compare", json={"articles": articles}, headers=AUTH)
    assert response.status_code == 502
    assert response.json()["error"] == (
        "127.0.0.1 is a loopback address (127.0.0.1): framediff fetches public pages only; "
        "paste the article's text instead"
    )
    assert _Redirecting.seen == []
    allowing = TestClient(  # type: ignore[arg-type]
        make_app(fetch_guard=AddressGuard(allow_private=True), settings=Settings()),
        base_url=BASE,
    )
    response = allowing.post(
        "/api/compare", json={"articles": articles, "format": "markdown"}, headers=AUTH
    )
    assert response.status_code == 200, response.text
    assert "Intranet" in response.text and _Redirecting.seen == [f"127.0.0.1:{local_server}/secret"]


def test_an_oversized_paste_in_the_form_gets_the_same_line(client: TestClient) -> None:
    big = "Word after word. " * (ServeOptions().max_article_bytes // 17 + 10)
    response = client.post("/api/compare", data={"text": [big, "x"]}, headers=AUTH)
    assert response.status_code == 400
    assert response.json()["error"].startswith("article 1 is over the 2 MB limit for one article")


def test_uploads_never_touch_the_disk(client: TestClient, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import tempfile

    def refuse(self: object) -> None:
        raise AssertionError("an upload was written to a temporary file")

    monkeypatch.setattr(tempfile.SpooledTemporaryFile, "rollover", refuse)
    # Over the 1 MB at which Starlette would spool to disk; not text, so refused quickly.
    upload = b"\x00\x01" * 650_000
    files = [
        ("file", ("page.html", upload, "text/html")),
        ("file", ("b.txt", b"Text.", "text/plain")),
    ]
    response = client.post("/api/compare", data={"text": ["", ""]}, files=files, headers=AUTH)
    assert response.status_code == 400, response.text
    assert response.json()["error"].startswith("page.html looks like a binary file")


def test_bound_to_another_interface_only_address_literals_pass() -> None:
    from framediff.serve.security import Guard

    guard = Guard(port=PORT, token=TOKEN, max_body_bytes=1, bound_host="0.0.0.0")
    assert guard.host_allowed(f"192.168.1.20:{PORT}")  # the classroom address
    assert guard.host_allowed(f"localhost:{PORT}")
    assert not guard.host_allowed(f"evil.example:{PORT}")  # a rebinding name
    loopback = Guard(port=PORT, token=TOKEN, max_body_bytes=1)
    assert not loopback.host_allowed(f"192.168.1.20:{PORT}")


def test_a_port_in_use_is_one_line_and_exit_status_3() -> None:
    from typer.testing import CliRunner

    from framediff.cli import app

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        result = CliRunner().invoke(app, ["serve", "--port", str(port)])
    assert result.exit_code == 3
    assert result.stderr.strip() == (
        f"framediff: error: cannot listen on 127.0.0.1:{port} (Address already in use); "
        "try another --port, or --port 0 for any free one"
    )
