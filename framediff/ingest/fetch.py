"""Fetching an article page from a URL: http and https only, with a timeout and a size cap.

Only ``framediff fetch``, URL arguments and the local page reach the network; everything
else in framediff works offline. A fetched page goes through the same HTML extraction as a
saved one.

An ``AddressGuard`` makes a fetch refuse servers on loopback, private, link-local, shared
(CGNAT), multicast and reserved addresses. It checks the address it is about to connect to,
on every connection, so a redirect to such an address (or a name that resolves to one) is
refused at that hop, and the address checked is the one dialled (no second lookup a
rebinding server could answer differently). The local page and the command line both use
it, so that a URL cannot reach the user's own network; the networks named in
``LoadOptions.allowed_private_networks`` (``FRAMEDIFF_ALLOW_PRIVATE_ADDRESSES`` on the
command line, ``--allow-private-urls`` for the page) are let through.
"""

from __future__ import annotations

import http.client
import ipaddress
import re
import socket
import ssl
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from framediff.errors import FetchError, InputError
from framediff.ingest.decode import decode_bytes
from framediff.ingest.source import Source, html_source
from framediff.options import Options

_USER_AGENT = "framediff/0.1 (+media literacy comparison tool)"
_CHARSET = re.compile(r"charset=([\w.:-]+)", re.IGNORECASE)


@dataclass(frozen=True)
class FetchedPage:
    """A page as the server sent it."""

    url: str
    final_url: str
    content_type: str
    text: str
    encoding: str


def _check_scheme(url: str) -> None:
    scheme = urllib.parse.urlsplit(url).scheme.lower()
    if scheme not in {"http", "https"}:
        raise FetchError(f"{url}: only http:// and https:// addresses can be fetched")


class _SchemeCheckingRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects only to http and https: urllib itself refuses file:// but would
    follow a redirect to ftp://."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        _check_scheme(newurl)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


class PrivateAddressError(FetchError):
    """An address on the user's own network (or this machine): never fetched by default."""


Networks = tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]


def allowed_networks(names: tuple[str, ...]) -> Networks:
    """The networks named (``127.0.0.0/8``, ``::1``); a bad name is the user's error."""
    try:
        return tuple(ipaddress.ip_network(name.strip(), strict=False) for name in names)
    except ValueError as error:
        raise FetchError(
            f"FRAMEDIFF_ALLOW_PRIVATE_ADDRESSES: not a network address ({error})"
        ) from error


Resolve = Callable[[str, int], Sequence[str]]
Connect = Callable[[tuple[str, int], float | None], socket.socket]


def system_resolve(host: str, port: int) -> list[str]:
    """Every address the system resolver gives for ``host``."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as error:
        raise FetchError(f"cannot find the server {host} ({error.strerror})") from error
    return [str(info[4][0]) for info in infos]


def system_connect(address: tuple[str, int], timeout: float | None) -> socket.socket:
    return socket.create_connection(address, timeout)


def refusal_reason(address: str) -> str | None:
    """Why a fetch must not connect to ``address`` (a private kind of address), or None."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    for kind, test in (
        ("a loopback", ip.is_loopback),
        ("a link-local", ip.is_link_local),
        ("a multicast", ip.is_multicast),
        ("a private", ip.is_private),
        ("a reserved", ip.is_reserved or ip.is_unspecified),
    ):
        if test:
            return kind
    if not ip.is_global:  # shared address space (CGNAT, 100.64.0.0/10) and the like
        return "a non-public"
    return None


@dataclass(frozen=True)
class AddressGuard:
    """Which servers a fetch may connect to, and how it finds and reaches them.

    ``resolve`` and ``connect`` are the system's; tests pass their own so that a name can
    resolve to any address without a network.
    """

    allow_private: bool = False
    # Networks the user allows although they are private ("127.0.0.0/8" for a server on
    # this machine, an intranet's range): ``LoadOptions.allowed_private_networks``.
    allowed: Networks = ()
    # What the refusal tells the user to do instead: the page says to paste the text.
    advice: str = "save the page from your browser and give the file instead"
    resolve: Resolve = system_resolve
    connect: Connect = system_connect

    def open_socket(self, host: str, port: int, timeout: float | None) -> socket.socket:
        addresses = list(self.resolve(host, port))
        if not addresses:
            raise FetchError(f"cannot find the server {host}")
        if not self.allow_private:
            for address in addresses:
                reason = refusal_reason(address)
                ip = ipaddress.ip_address(address.split("%", 1)[0])
                if reason is not None and not any(ip in net for net in self.allowed):
                    raise PrivateAddressError(
                        f"{host} is {reason} address ({address}): framediff fetches public "
                        f"pages only; {self.advice}"
                    )
        return self.connect((addresses[0], port), timeout)


class _GuardedHTTPConnection(http.client.HTTPConnection):
    def __init__(self, *args: Any, guard: AddressGuard, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._guard = guard

    def connect(self) -> None:
        self.sock = self._guard.open_socket(self.host, self.port, self.timeout)


class _GuardedHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, *args: Any, guard: AddressGuard, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._guard = guard
        self._tls = ssl.create_default_context()

    def connect(self) -> None:
        raw = self._guard.open_socket(self.host, self.port, self.timeout)
        self.sock = self._tls.wrap_socket(raw, server_hostname=self.host)


class _GuardedHTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, guard: AddressGuard) -> None:
        super().__init__()
        self._guard = guard

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(partial(_GuardedHTTPConnection, guard=self._guard), req)


class _GuardedHTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, guard: AddressGuard) -> None:
        super().__init__()
        self._guard = guard

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(partial(_GuardedHTTPSConnection, guard=self._guard), req)


def _opener(guard: AddressGuard) -> urllib.request.OpenerDirector:
    # No proxy: the guard must see (and dial) the article's server itself.
    return urllib.request.build_opener(
        urllib.request.ProxyHandler({}),
        _GuardedHTTPHandler(guard),
        _GuardedHTTPSHandler(guard),
        _SchemeCheckingRedirects,
    )


def fetch_page(url: str, *, options: Options, guard: AddressGuard | None = None) -> FetchedPage:
    """Download one page, refusing other schemes, servers on private addresses (at every
    redirect, before connecting), slow servers and oversized bodies.

    Without a ``guard``, the networks in ``options.load.allowed_private_networks`` are the
    only private ones allowed."""
    _check_scheme(url)
    request = urllib.request.Request(url, headers={"User-Agent": _USER_AGENT})
    if guard is None:
        guard = AddressGuard(allowed=allowed_networks(options.load.allowed_private_networks))
    opener = _opener(guard)
    limit = options.load.max_fetch_bytes
    try:
        with opener.open(request, timeout=options.load.fetch_timeout_seconds) as response:
            content_type = response.headers.get("Content-Type", "")
            if content_type and not content_type.lower().startswith(
                ("text/html", "application/xhtml", "text/plain")
            ):
                raise FetchError(
                    f"{url} is {content_type.split(';')[0]}, not a web page: give the "
                    "address of the article page"
                )
            body = response.read(limit + 1)
            final_url = response.geturl()
    except FetchError:
        raise
    except urllib.error.HTTPError as error:
        raise FetchError(
            f"{url}: the server answered {error.code} {error.reason}; check the address, "
            "or save the page from your browser and give the file instead"
        ) from error
    except (urllib.error.URLError, TimeoutError, OSError, ValueError) as error:
        reason = getattr(error, "reason", error)
        if isinstance(reason, FetchError):  # the guard's refusal, wrapped by urllib
            raise reason from None
        raise FetchError(
            f"cannot reach {url} ({reason}); check the address and your connection, or save "
            "the page from your browser and give the file instead"
        ) from error
    if len(body) > limit:
        raise FetchError(
            f"{url} is larger than {limit // 1_048_576} MB, too large for an article page"
        )
    declared = _CHARSET.search(content_type)
    encoding = declared.group(1) if declared else None
    try:
        text, used = decode_bytes(body, name=url, encoding=encoding)
    except InputError:
        # A wrong or unknown charset in the header: detect it from the bytes instead.
        text, used = decode_bytes(body, name=url)
    return FetchedPage(url, final_url, content_type, text, used)


def fetch_source(url: str, *, options: Options, guard: AddressGuard | None = None) -> Source:
    """A ``Source`` for the article at ``url`` (fetched now, extracted by trafilatura)."""
    page = fetch_page(url, options=options, guard=guard)
    default_id = url_id(url)
    if page.content_type.lower().startswith("text/plain"):
        return Source(url, page.text, {"url": url}, "text", page.encoding, default_id=default_id)
    return html_source(
        page.text, path=url, url=page.final_url, encoding=page.encoding, default_id=default_id
    )


def url_id(url: str) -> str:
    """An article id for a URL: its last path segment without extension, else its host."""
    parts = urllib.parse.urlsplit(url)
    segments = [s for s in parts.path.split("/") if s]
    name = segments[-1].rsplit(".", 1)[0] if segments else ""
    name = re.sub(r"[^A-Za-z0-9_-]+", "-", name).strip("-")
    return name or re.sub(r"[^A-Za-z0-9_-]+", "-", parts.hostname or "article").strip("-")
