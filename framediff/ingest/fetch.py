"""Fetching an article page from a URL: http and https only, with a timeout and a size cap.

Only ``framediff fetch`` and URL arguments reach the network; everything else in framediff
works offline. A fetched page goes through the same HTML extraction as a saved one.
"""

from __future__ import annotations

import http.client
import ipaddress
import re
import socket
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
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


def _public_address(host: str, port: int, allowed: Networks) -> tuple[str, int]:
    """The first address of ``host`` to connect to, refusing non-public ones.

    Every address the name resolves to is checked, and the connection is made to a checked
    address, not to the name again (a second lookup could answer differently).
    """
    try:
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as error:
        raise FetchError(f"cannot resolve {host}: {error.strerror or error}") from error
    addresses = [str(info[4][0]) for info in found]
    for address in addresses:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
        private = not ip.is_global or ip.is_multicast
        if private and not any(ip in network for network in allowed):
            raise PrivateAddressError(
                f"{host} is a private or local address ({ip}): framediff fetches public "
                "pages only; save the page from your browser and give the file instead"
            )
    return addresses[0], port


def _checked_connection(base: type[http.client.HTTPConnection], allowed: Networks) -> Any:
    """``base`` whose connection goes only to an address ``_public_address`` accepts."""

    class Checked(base):  # type: ignore[valid-type,misc]
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self._create_connection = self._connect_checked

        @staticmethod
        def _connect_checked(
            address: tuple[str, int], *args: object, **kwargs: object
        ) -> socket.socket:
            target = _public_address(address[0], address[1], allowed)
            return socket.create_connection(target, *args, **kwargs)  # type: ignore[arg-type]

    return Checked


class _CheckedHTTP(urllib.request.HTTPHandler):
    def __init__(self, allowed: Networks) -> None:
        super().__init__()
        self._connection = _checked_connection(http.client.HTTPConnection, allowed)

    def http_open(self, req):  # type: ignore[no-untyped-def]
        return self.do_open(self._connection, req)


class _CheckedHTTPS(urllib.request.HTTPSHandler):
    def __init__(self, allowed: Networks) -> None:
        super().__init__()
        self._connection = _checked_connection(http.client.HTTPSConnection, allowed)

    def https_open(self, req):  # type: ignore[no-untyped-def]
        # The connection makes its default context: certificates checked, as urllib does.
        return self.do_open(self._connection, req)


def fetch_page(url: str, *, options: Options) -> FetchedPage:
    """Download one page, refusing other schemes, private addresses (at every redirect, before
    connecting), slow servers and oversized bodies."""
    _check_scheme(url)
    request = urllib.request.Request(url, headers={"User-Agent": _USER_AGENT})
    allow = allowed_networks(options.load.allowed_private_networks)
    # No proxy (an empty ProxyHandler): a proxy would connect on our behalf to addresses
    # nobody checked.
    opener = urllib.request.build_opener(
        urllib.request.ProxyHandler({}),
        _SchemeCheckingRedirects,
        _CheckedHTTP(allow),
        _CheckedHTTPS(allow),
    )
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
        if isinstance(reason, FetchError):  # raised inside urllib, which wraps it
            raise FetchError(f"{url}: {reason}") from error
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


def fetch_source(url: str, *, options: Options) -> Source:
    """A ``Source`` for the article at ``url`` (fetched now, extracted by trafilatura)."""
    page = fetch_page(url, options=options)
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
