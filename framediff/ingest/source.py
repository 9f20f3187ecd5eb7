"""``Source``, an article before cleaning: what the loaders make and cleaning reads.

``load.py`` makes sources from files, folders and corpora, ``fetch.py`` from URLs; both
extract a web page with ``html_source``, and ``is_url`` tells which of them an argument
is for. Neither loader imports the other for these.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from framediff.errors import InputError
from framediff.ingest import credit_lines


@dataclass(frozen=True)
class Source:
    """One article before cleaning: raw text and the metadata known so far."""

    path: str
    raw_text: str
    metadata: dict[str, str] = field(default_factory=dict)
    source_format: str = "text"
    encoding: str | None = None
    story: str | None = None
    # The title was given apart from the text (HTML, JSON Lines), not as its first line.
    title_is_separate: bool = False
    # The id when metadata gives none: the file's stem, a URL's last path segment.
    default_id: str = "article"
    # Lines of the file before ``raw_text`` (front matter), so removals name file lines.
    line_offset: int = 0


def is_url(value: str) -> bool:
    """True for an address with a scheme (``https://…``), not a file or folder path."""
    return bool(re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", value))


def html_source(
    html: str,
    *,
    path: str,
    url: str | None = None,
    story: str | None = None,
    encoding: str | None = None,
    default_id: str = "article",
) -> Source:
    """Main text and metadata of a saved page, by trafilatura."""
    # Imported here, not at the top: trafilatura (with lxml) takes about 0.3 s to load, and
    # only HTML pages need it.
    import trafilatura

    result = trafilatura.extract(
        html,
        url=url,
        output_format="json",
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        deduplicate=False,
    )
    if not result:
        raise InputError(
            f"{path}: found no article text in this HTML page; save the article page itself "
            "(not a front page or a login wall), or paste its text into a .txt file"
        )
    data = json.loads(result)
    metadata = {
        "title": data.get("title"),
        "outlet": data.get("sitename") or data.get("source-hostname") or data.get("hostname"),
        "date": data.get("date"),
        "author": credit_lines.author_name(data["author"]) if data.get("author") else None,
        "url": url or data.get("source") or data.get("url"),
    }
    # "text" keeps one paragraph a line; "raw_text" runs them together.
    text = data.get("text") or data.get("raw_text") or ""
    if not text.strip():
        raise InputError(f"{path}: the HTML page has no article text")
    return Source(
        path,
        text,
        {k: v for k, v in metadata.items() if isinstance(v, str) and v.strip()},
        "html",
        encoding,
        story,
        title_is_separate=bool(metadata.get("title")),
        default_id=default_id,
    )
