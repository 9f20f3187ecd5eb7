"""What keeps other web pages, and other machines, from using the local page.

An ASGI middleware in front of the whole application:

* the Host header must name this server (``127.0.0.1``, ``localhost``, ``[::1]`` or the
  address given with ``--host``, with its port): a page on another site that rebinds its
  own name to 127.0.0.1 sends its own name, and is refused (DNS rebinding);
* every request but the page's own assets carries the access token printed at start-up,
  as ``?token=``, an ``X-Framediff-Token`` header, or the cookie the first visit sets
  (``HttpOnly``, ``SameSite=Strict``, so no other site's page sends it);
* a POST whose ``Origin`` (or ``Sec-Fetch-Site``) shows it comes from another site is
  refused, token or not;
* a request body over the size limit is refused before it is read in full;
* every answer carries a strict Content-Security-Policy (scripts, styles and requests to
  this server only), ``nosniff``, ``no-referrer``, no framing and ``no-store``.
"""

from __future__ import annotations

import hmac
import html
import ipaddress
import json
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from dataclasses import dataclass
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import parse_qs, urlsplit

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

TOKEN_COOKIE = "framediff_token"
TOKEN_HEADER = "x-framediff-token"
PUBLIC_PREFIX = "/static/"

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    # Nothing pasted is kept: not by this server, and not in the browser's cache either.
    (b"cache-control", b"no-store"),
)
LOOPBACK_NAMES = ("127.0.0.1", "localhost", "[::1]")


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class Guard:
    """The rules for one running server: its port, its names, its token, its body limit."""

    port: int
    token: str
    max_body_bytes: int
    bound_host: str = "127.0.0.1"

    def host_allowed(self, header: str) -> bool:
        """True for a Host header naming this server with its port."""
        name, _, port = header.rpartition(":")
        if not name or port != str(self.port):
            return False
        name = name.lower()
        if name in LOOPBACK_NAMES or name == self.bound_host.lower():
            return True
        if is_loopback(self.bound_host):
            return False
        # Bound to another interface (--host): any address literal is fine, since DNS
        # rebinding needs a name; names other than the bound one are refused.
        try:
            ipaddress.ip_address(name.strip("[]"))
        except ValueError:
            return False
        return True

    def token_matches(self, candidates: Iterable[str]) -> bool:
        return any(hmac.compare_digest(c.encode(), self.token.encode()) for c in candidates)


def _headers(scope: Scope) -> dict[str, str]:
    found: dict[str, str] = {}
    for key, value in scope.get("headers", []):
        found.setdefault(key.decode("latin-1").lower(), value.decode("latin-1"))
    return found


def _tokens(scope: Scope, headers: dict[str, str]) -> list[str]:
    query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
    candidates = list(query.get("token", []))
    if TOKEN_HEADER in headers:
        candidates.append(headers[TOKEN_HEADER])
    cookie: SimpleCookie = SimpleCookie()
    try:
        cookie.load(headers.get("cookie", ""))
    except Exception:  # a malformed cookie header is no token
        return candidates
    if TOKEN_COOKIE in cookie:
        candidates.append(cookie[TOKEN_COOKIE].value)
    return candidates


def cross_site(method: str, headers: dict[str, str], host_header: str) -> bool:
    """True for a state-changing request a page of another site made."""
    if method in ("GET", "HEAD", "OPTIONS"):
        return False
    origin = headers.get("origin")
    if origin is not None:
        parts = urlsplit(origin)
        return origin == "null" or f"{parts.scheme}://{parts.netloc}" != f"http://{host_header}"
    # No Origin (a program such as curl): browsers that send Sec-Fetch-Site still tell.
    return headers.get("sec-fetch-site", "same-origin") not in ("same-origin", "none")


class SecurityMiddleware:
    """Applies ``Guard`` to every HTTP request, and the security headers to every answer."""

    def __init__(self, app: ASGIApp, guard: Guard) -> None:
        self.app = app
        self.guard = guard

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = _headers(scope)
        host = headers.get("host", "")
        path = scope.get("path", "")
        refusal = self._refusal(scope, headers, host, path)
        if refusal is not None:
            # A person who opened the address without its token reads a page; programs
            # get the API's JSON.
            wants_page = scope.get("method") == "GET" and "text/html" in headers.get("accept", "")
            await _error(send, *refusal, page=wants_page)
            return
        length = headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > self.guard.max_body_bytes):
            await _error(send, 413, self._too_large())
            return
        body = await self._read_body(receive)
        if body is None:
            await _error(send, 413, self._too_large())
            return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
        set_cookie = bool(query.get("token")) and self.guard.token_matches(query["token"])

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                extra = list(SECURITY_HEADERS)
                if set_cookie:
                    extra.append(
                        (
                            b"set-cookie",
                            f"{TOKEN_COOKIE}={self.guard.token}; Path=/; HttpOnly; "
                            "SameSite=Strict".encode(),
                        )
                    )
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await self.app(scope, replay, send_with_headers)

    def _refusal(
        self, scope: Scope, headers: dict[str, str], host: str, path: str
    ) -> tuple[int, str] | None:
        if not self.guard.host_allowed(host):
            return (
                403,
                f"this page answers only at its own address (http://127.0.0.1:{self.guard.port}/"
                "); open the address framediff serve printed",
            )
        if cross_site(scope.get("method", "GET"), headers, host):
            return 403, "requests from other web sites are refused"
        if not path.startswith(PUBLIC_PREFIX) and not self.guard.token_matches(
            _tokens(scope, headers)
        ):
            return (
                403,
                "this page needs its access token: open the full address framediff serve "
                "printed (it ends in ?token=…)",
            )
        return None

    def _too_large(self) -> str:
        return (
            f"the request is over the {self.guard.max_body_bytes // 1_048_576} MB limit; "
            "compare fewer or shorter articles at once"
        )

    async def _read_body(self, receive: Receive) -> bytes | None:
        """The whole body, or None as soon as it passes the limit."""
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.guard.max_body_bytes:
                return None
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        return b"".join(chunks)


async def _error(send: Send, status: int, message: str, *, page: bool = False) -> None:
    """A refusal as the API's error JSON (or a short page), with the security headers."""
    if page:
        body = (
            '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f"<title>framediff</title></head><body><p>{html.escape(message)}</p></body></html>\n"
        ).encode()
        kind = b"text/html; charset=utf-8"
    else:
        body = json.dumps({"error": message, "status": status}).encode()
        kind = b"application/json"
    headers = [
        (b"content-type", kind),
        (b"content-length", str(len(body)).encode()),
        *SECURITY_HEADERS,
    ]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
