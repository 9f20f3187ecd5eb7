"""Saving fetched articles as text files with front matter, for later offline runs."""

from __future__ import annotations

import re
import unicodedata
import urllib.parse
from collections.abc import Sequence
from pathlib import Path

from framediff.atomic import write_atomically
from framediff.errors import OutputError
from framediff.ingest.fetch import fetch_source
from framediff.ingest.source import Source
from framediff.options import Options

_FRONT_KEYS = ("title", "outlet", "date", "author", "url")


def slug(text: str, *, limit: int = 60) -> str:
    """A file-name-safe form of ``text``: ASCII letters, digits and hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[A-Za-z0-9]+", ascii_text.lower())
    result = ""
    for word in words:  # whole words only, so a name is never cut in half
        candidate = f"{result}-{word}" if result else word
        if len(candidate) > limit:
            break
        result = candidate
    return result or (words[0][:limit] if words else "article")


def source_as_text_file(source: Source) -> str:
    """Front matter with the metadata, then the title line, then the article text."""
    lines = ["---"]
    for key in _FRONT_KEYS:
        value = source.metadata.get(key)
        if value:
            lines.append(f"{key}: {' '.join(value.split())}")
    lines.append("---")
    title = source.metadata.get("title")
    body = source.raw_text.strip()
    if title and source.title_is_separate:
        body = f"{' '.join(title.split())}\n\n{body}"
    return "\n".join(lines) + "\n" + body + "\n"


def save_fetched(urls: Sequence[str], folder: Path, *, options: Options) -> list[Path]:
    """Fetch every URL first, then write one file each; nothing is written if one fails."""
    sources = [fetch_source(url, options=options) for url in urls]
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(f"cannot create {folder}: {error.strerror or error}") from error
    taken = {p.name for p in folder.iterdir()}
    written: list[Path] = []
    for source, url in zip(sources, urls, strict=True):
        base = slug(source.metadata.get("title") or urllib.parse.urlsplit(url).path or url)
        name = f"{base}.txt"
        counter = 2
        while name in taken:
            name = f"{base}-{counter}.txt"
            counter += 1
        taken.add(name)
        path = folder / name
        write_atomically(path, source_as_text_file(source))
        written.append(path)
    return written
