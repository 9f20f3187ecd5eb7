"""Loading what a user has into ``Article`` records.

One entry point, ``load_articles(paths)``, accepts any mix of:

* plain text and markdown files (``.txt``, ``.text``, ``.md``), with optional front matter
  (``---`` / ``key: value`` lines / ``---``) for metadata;
* saved HTML pages (``.html``, ``.htm``), main text and metadata by trafilatura;
* story folders: the article files inside plus an optional ``story.toml`` with metadata;
* JSON Lines corpora (``.jsonl``, ``.ndjson``), one article a line;
* ``http://`` and ``https://`` URLs, fetched once (see ``fetch.py``).

Files are only ever read. Every failure is an ``InputError`` with one line saying what was
wrong and what to try.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import tomllib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from framediff.errors import InputError
from framediff.ingest.build import article_from_clean_text
from framediff.ingest.clean import clean_text
from framediff.ingest.decode import decode_bytes
from framediff.ingest.lines import normalise_unicode
from framediff.ingest.repeats import repeated_by_outlet
from framediff.ingest.source import Source, html_source, is_url
from framediff.limits import check_text_sizes
from framediff.model import Article
from framediff.options import Options

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
STORY_FILE = "story.toml"
METADATA_KEYS = ("id", "outlet", "title", "date", "author", "wire", "url")
_IGNORED_NAMES = frozenset({"readme.md", "readme.txt", "license", "license.txt", "license.md"})

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>(?:.*\n)*?)---[ \t]*(?:\n|\Z)")
_FRONT_LINE = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*?)\s*$")
# A header of "Key: value" lines with no fences, as article exports, e-mailed copies and
# databases such as LexisNexis and Factiva print above the story: only these keys, at the
# very top, ending in a blank line. Each key maps to the metadata field it names.
_HEADER_KEYS = {
    "title": "title",
    "headline": "title",
    "outlet": "outlet",
    "source": "outlet",
    "publication": "outlet",
    "publisher": "outlet",
    "date": "date",
    "published": "date",
    "author": "author",
    "byline": "author",
    "url": "url",
    "link": "url",
}
_HEADER = re.compile(
    r"\A(?P<body>(?:[ \t]*(?:" + "|".join(_HEADER_KEYS) + r")[ \t]*:[ \t]*\S[^\n]*\n)+)"
    r"[ \t]*(?:\n|\Z)",
    re.IGNORECASE,
)
_MD_IMAGE = re.compile(r"^\s*!\[[^\]]*\]\([^)]*\)\s*$", re.MULTILINE)
_MD_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()\s]|\([^()]*\))+\)")
_MD_HEADING = re.compile(r"^#{1,6}\s+", re.MULTILINE)
_MD_EMPHASIS = re.compile(r"(?<!\w)(\*\*|__)(.+?)\1(?!\w)")


def read_file_bytes(path: Path, *, limit: int) -> bytes:
    try:
        size = path.stat().st_size
    except OSError as error:
        raise InputError(f"cannot read {path}: {error.strerror or error}") from error
    if size > limit:
        raise InputError(
            f"{path} is {size / 1_048_576:.1f} MB, over the {limit / 1_048_576:.0f} MB limit "
            "for one file: is it really an article? Split it into articles, or give a .jsonl "
            "corpus (up to 512 MB)"
        )
    try:
        return path.read_bytes()
    except OSError as error:
        raise InputError(f"cannot read {path}: {error.strerror or error}") from error


def parse_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Split ``---`` front matter (simple ``key: value`` lines) from the text, or else a
    header of known ``Key: value`` lines ("Title:", "Source:", "Date:" …) that ends in a
    blank line at the very top."""
    match = _FRONT_MATTER.match(text)
    if match is None:
        return _parse_header(text)
    metadata: dict[str, str] = {}
    for line in match.group("body").splitlines():
        line_match = _FRONT_LINE.match(line)
        if line_match is None:
            continue
        value = line_match.group("value")
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        if value:
            metadata[line_match.group("key").lower()] = value
    return metadata, text[match.end() :]


def _parse_header(text: str) -> tuple[dict[str, str], str]:
    match = _HEADER.match(text)
    if match is None:
        return {}, text
    metadata: dict[str, str] = {}
    for line in match.group("body").splitlines():
        key, _, value = line.partition(":")
        metadata.setdefault(_HEADER_KEYS[key.strip().lower()], value.strip())
    return metadata, text[match.end() :]


def markdown_to_text(text: str) -> str:
    """Reduce markdown to the words a reader sees: no image lines, link targets or hashes."""
    text = _MD_IMAGE.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_HEADING.sub("", text)
    return _MD_EMPHASIS.sub(r"\2", text)


def _text_source(path: Path, options: Options, story: str | None) -> Source:
    data = read_file_bytes(path, limit=options.load.max_file_bytes)
    text, encoding = decode_bytes(data, name=str(path), encoding=options.load.encoding)
    metadata, body = parse_front_matter(text)
    offset = text[: len(text) - len(body)].count("\n")
    markdown = path.suffix.lower() in {".md", ".markdown"}
    if markdown:
        body = markdown_to_text(body)
    return Source(
        str(path),
        body,
        metadata,
        "markdown" if markdown else "text",
        encoding,
        story,
        # A title in the header is the headline: cleaning takes the first line as the
        # headline only when it repeats it (as ``framediff fetch`` writes), and otherwise
        # puts the title before the story, whose first line is then its first paragraph.
        title_is_separate=bool(metadata.get("title")),
        default_id=path.stem,
        line_offset=offset,
    )


def _html_file_source(path: Path, options: Options, story: str | None) -> Source:
    data = read_file_bytes(path, limit=options.load.max_file_bytes)
    text, encoding = decode_bytes(data, name=str(path), encoding=options.load.encoding)
    return html_source(text, path=str(path), story=story, encoding=encoding, default_id=path.stem)


def _jsonl_sources(path: Path, options: Options) -> Iterator[Source]:
    data = read_file_bytes(path, limit=options.load.max_corpus_bytes)
    text, encoding = decode_bytes(data, name=str(path), encoding=options.load.encoding)
    found = False
    # Records are separated by "\n" only: str.splitlines would also break inside a string
    # holding U+2028 or U+0085, which JSON allows unescaped.
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise InputError(
                f"{path}, line {number}: not valid JSON ({error.msg}); each line must be one "
                'JSON object with at least a "text" key'
            ) from error
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise InputError(
                f'{path}, line {number}: each line must be a JSON object with a "text" '
                "string (and optionally id, outlet, title, date, author, url)"
            )
        metadata = {
            key: value
            for key in METADATA_KEYS
            if (value := metadata_value(record.get(key), f"{path}, line {number}", key))
        }
        metadata.setdefault("id", f"{path.stem}-{number}")
        found = True
        yield Source(
            f"{path}:{number}",
            record["text"],
            metadata,
            "jsonl",
            encoding,
            str(record["story"]) if record.get("story") is not None else None,
            title_is_separate="title" in metadata,
        )
    if not found:
        raise InputError(f"{path} holds no articles: it is empty or has only blank lines")


def read_story_metadata(folder: Path) -> tuple[str | None, dict[str, dict[str, str]]]:
    """The story title and per-file metadata from ``story.toml`` in ``folder``, if any."""
    path = folder / STORY_FILE
    if not path.is_file():
        return None, {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise InputError(
            f"{path} is not valid TOML ({error}); see docs/corpus-format.md"
        ) from error
    story = data.get("story", {})
    story_title = story.get("title") if isinstance(story, dict) else None
    per_file: dict[str, dict[str, str]] = {}
    for entry in data.get("articles", []):
        if not isinstance(entry, dict) or not isinstance(entry.get("file"), str):
            raise InputError(f'{path}: every [[articles]] entry needs a file = "…" line')
        per_file[entry["file"]] = {
            key: value
            for key in METADATA_KEYS
            if (value := metadata_value(entry.get(key), f"{path} ({entry['file']})", key))
        }
    title = metadata_value(story_title, str(path), "title")
    return title or folder.name, per_file


def metadata_value(value: object, where: str, key: str) -> str | None:
    """A metadata value as clean text: a string, number or date; anything else is an error."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float | dt.date | dt.time):
        raise InputError(
            f"{where}: {key} must be text (or a number or date), not {type(value).__name__}"
        )
    text = " ".join(normalise_unicode(str(value)).split())
    return text or None


def _is_article_file(path: Path) -> bool:
    return (
        path.is_file()
        and path.suffix.lower() in ARTICLE_SUFFIXES
        and path.name.lower() not in _IGNORED_NAMES
        and not path.name.startswith(".")
    )


def _folder_sources(folder: Path, options: Options) -> Iterator[Source]:
    story, per_file = read_story_metadata(folder)
    files = sorted(p for p in folder.iterdir() if _is_article_file(p))
    if not files:
        raise InputError(
            f"{folder} has no articles: put .txt, .md, .html or .jsonl files in it "
            "(see docs/corpus-format.md)"
        )
    for name in per_file:
        if not (folder / name).is_file():
            raise InputError(f"{folder / STORY_FILE} lists {name}, which is not in the folder")
    for path in files:
        for source in _path_sources(path, options, story):
            extra = per_file.get(path.name, {})
            yield replace(source, metadata={**source.metadata, **extra}) if extra else source


def _path_sources(path: Path, options: Options, story: str | None) -> Iterator[Source]:
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from _jsonl_sources(path, options)
    elif suffix in HTML_SUFFIXES:
        yield _html_file_source(path, options, story)
    elif suffix in TEXT_SUFFIXES or not suffix:
        yield _text_source(path, options, story)
    else:
        # An unknown extension: sniff rather than refuse, since saved pages often lack one.
        # Only the head is needed to tell; the chosen loader reads (and size-checks) the file.
        try:
            with path.open("rb") as stream:
                head = stream.read(2048).lstrip().lower()
        except OSError as error:
            raise InputError(f"cannot read {path}: {error.strerror or error}") from error
        if head.startswith((b"<!doctype html", b"<html")):
            yield _html_file_source(path, options, story)
        else:
            yield _text_source(path, options, story)


def _file_sources(path: Path, options: Options) -> Iterator[Source]:
    """A single file; metadata from a ``story.toml`` beside it applies as in a folder."""
    story_file = path.parent / STORY_FILE
    extra: dict[str, str] = {}
    story = None
    if story_file.is_file():
        title, per_file = read_story_metadata(path.parent)
        if path.name in per_file:
            extra = per_file[path.name]
            story = title
    for source in _path_sources(path, options, story):
        yield replace(source, metadata={**source.metadata, **extra}) if extra else source


def sources_from_paths(paths: Sequence[str], *, options: Options) -> list[Source]:
    """Read every path (file, folder or URL) into sources, in the order given."""
    sources: list[Source] = []
    for raw in paths:
        if is_url(raw):
            # Imported only for a URL: fetch.py brings in urllib.request, http.client and
            # ssl, which an offline run never needs.
            from framediff.ingest.fetch import fetch_source

            sources.append(fetch_source(raw, options=options))
            continue
        path = Path(raw)
        if not path.exists():
            raise InputError(f"{raw}: no such file or folder; check the path")
        if path.is_dir():
            sources.extend(_folder_sources(path, options))
        else:
            sources.extend(_file_sources(path, options))
    return sources


def _unique_ids(ids: Iterable[str]) -> list[str]:
    """Make ids unique by suffixing repeats (-2, -3 …), keeping the first as it is."""
    seen: dict[str, int] = {}
    result = []
    for article_id in ids:
        count = seen.get(article_id, 0) + 1
        seen[article_id] = count
        result.append(article_id if count == 1 else f"{article_id}-{count}")
    return result


@dataclass(frozen=True)
class SourceToClean:
    """A source with what cleaning it needs from the rest of the sources: its id (unique
    among them) and the lines its outlet's articles repeat (furniture, ``repeats.py``).

    Made by ``prepare_sources``; ``article_from_source`` cleans it alone, so the articles of
    a corpus can be cleaned anywhere (a worker process, a Dask task) and only those whose
    raw text is new (``framediff index``)."""

    source: Source
    id: str
    repeated: frozenset[str] = frozenset()


def prepare_sources(sources: Sequence[Source], *, options: Options) -> list[SourceToClean]:
    """Check the sources (sizes, empty texts) and give each its id and its outlet's
    repeated lines: what cleaning one article reads from the others."""
    check_text_sizes(((s.path, len(s.raw_text)) for s in sources), options.load)
    by_outlet: dict[str, list[str]] = {}
    for source in sources:
        if not normalise_unicode(source.raw_text).strip():
            raise InputError(f"{source.path} is empty: there is no article text to read")
        outlet = source.metadata.get("outlet")
        if outlet:
            by_outlet.setdefault(outlet, []).append(source.raw_text)
    repeats = repeated_by_outlet(by_outlet, options=options.clean)
    ids = _unique_ids(source.metadata.get("id") or source.default_id for source in sources)
    return [
        SourceToClean(
            source, article_id, repeats.get(source.metadata.get("outlet") or "", frozenset())
        )
        for source, article_id in zip(sources, ids, strict=True)
    ]


def article_from_source(prepared: SourceToClean, *, options: Options) -> Article:
    """Clean one prepared source into its article."""
    source = prepared.source
    metadata = source.metadata
    outlet = metadata.get("outlet")
    cleaned = clean_text(
        source.raw_text,
        title=metadata.get("title") if source.title_is_separate else None,
        repeated=prepared.repeated,
        first_line=1 + source.line_offset,
        options=options.clean,
    )
    if not cleaned.text.strip():
        raise InputError(
            f"{source.path}: nothing is left after removing boilerplate; run "
            "'framediff clean --show-removed' on it to see why"
        )
    return article_from_clean_text(
        cleaned.text,
        id=prepared.id,
        path=source.path,
        title=metadata.get("title") or cleaned.title,
        # Credits in the text fill what the metadata leaves open: a byline's author, the
        # outlet a staff byline or copyright line names, the wire.
        outlet=outlet or cleaned.outlet,
        date=metadata.get("date") or cleaned.date,
        author=metadata.get("author") or cleaned.author,
        url=metadata.get("url"),
        raw_text=source.raw_text,
        roles=cleaned.roles,
        removed=cleaned.removed,
        source_format=source.source_format,
        encoding=source.encoding,
        story=source.story,
        wire=metadata.get("wire") or cleaned.wire,
    )


def articles_from_sources(sources: Sequence[Source], *, options: Options) -> list[Article]:
    """Clean each source, using repetition across each outlet's articles as evidence."""
    return [
        article_from_source(p, options=options) for p in prepare_sources(sources, options=options)
    ]


def load_articles(paths: Sequence[str], *, options: Options | None = None) -> list[Article]:
    """Load and clean every article named by ``paths`` (files, folders, corpora, URLs)."""
    options = options or Options()
    return [article_from_source(p, options=options) for p in load_sources(paths, options=options)]


def load_sources(paths: Sequence[str], *, options: Options) -> list[SourceToClean]:
    """Read every article named by ``paths`` and prepare it for cleaning, not cleaning it
    yet: for a caller that cleans only some of them (``framediff index``) or elsewhere."""
    if not paths:
        raise InputError("no input given: name article files, a story folder or a .jsonl corpus")
    sources = sources_from_paths(paths, options=options)
    if not sources:
        raise InputError("found no articles in the given paths")
    return prepare_sources(sources, options=options)
