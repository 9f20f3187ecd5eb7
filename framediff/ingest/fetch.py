"""Fetching an article page from a URL: http and https only, with a timeout and a size cap.

Only ``framediff fetch`` and URL arguments reach the network; everything else in framediff
works offline. A fetched page goes through the same HTML extraction as a saved one.
"""

from __future__ import annotations

import re
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

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


def fetch_page(url: str, *, options: Options) -> FetchedPage:
    """Download one page, refusing other schemes, slow servers and oversized bodies."""
    _check_scheme(url)
    request = urllib.request.Request(url, headers={"User-Agent": _USER_AGENT})
    opener = urllib.request.build_opener(_SchemeCheckingRedirects)
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
