"""What the page or an API client sends, as articles: pasted text, uploaded files, URLs.

One ``ArticleInput`` per article, from JSON (``{"articles": [...]}``) or from the page's
form; then ``build_articles`` reads each one the way ``framediff compare`` reads a file
(front matter, markdown, a saved HTML page) and cleans them all together. Nothing is kept
after the request.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from framediff.errors import InputError
from framediff.ingest.decode import decode_bytes
from framediff.ingest.fetch import AddressGuard, fetch_source
from framediff.ingest.load import (
    HTML_SUFFIXES,
    METADATA_KEYS,
    markdown_to_text,
    metadata_value,
    parse_front_matter,
)
from framediff.ingest.source import Source, html_source, is_url
from framediff.model import Article
from framediff.options import LoadOptions, Options, ServeOptions

# The article fields an API client may send; "filename" says how to read "text".
FIELDS = ("text", "outlet", "title", "url", "date", "author", "filename")
_HTML_HEAD = re.compile(r"\A\s*(<!doctype html|<html)", re.IGNORECASE)


@dataclass(frozen=True)
class ArticleInput:
    """One article as sent: text (pasted or from a file) or a URL to fetch, and metadata."""

    text: str = ""
    outlet: str = ""
    title: str = ""
    url: str = ""
    date: str = ""
    author: str = ""
    # The uploaded file's name, if the text came from one: .html pages are extracted,
    # .md files lose their markup.
    filename: str = ""

    @property
    def blank(self) -> bool:
        return not (self.text.strip() or self.url.strip())


# What a refused URL tells a teacher to do instead: the page has a box for the text.
PAGE_ADVICE = "paste the article's text instead"


def inputs_from_json(payload: object, *, limits: ServeOptions) -> list[ArticleInput]:
    """The ``articles`` list of an API request, checked field by field."""
    if not isinstance(payload, dict) or not isinstance(payload.get("articles"), list):
        raise InputError(
            'the request must be a JSON object with an "articles" list, each article an '
            'object with "text" (or "url") and optionally outlet, title, date'
        )
    inputs = []
    for number, record in enumerate(payload["articles"], start=1):
        if not isinstance(record, dict):
            raise InputError(f'article {number} must be a JSON object with a "text" string')
        values: dict[str, str] = {}
        for key in FIELDS:
            value = record.get(key)
            if value is None:
                continue
            if not isinstance(value, str):
                raise InputError(
                    f"article {number}: {key} must be text, not {type(value).__name__}"
                )
            values[key] = value
        inputs.append(ArticleInput(**values))
    return _checked(inputs, limits=limits)


def inputs_from_form(
    fields: Mapping[str, Sequence[str]],
    files: Sequence[tuple[str, bytes]],
    *,
    limits: ServeOptions,
) -> list[ArticleInput]:
    """The page's form: parallel lists of fields (one entry per article box) and files.

    ``files`` holds one (name, bytes) per box, ("", b"") where none was chosen; a file's
    text, decoded as a saved file would be, takes the place of the box's text.
    """
    count = max([len(fields.get(key, ())) for key in FIELDS] + [len(files)], default=0)
    inputs = []
    for index in range(count):
        values = {key: _at(fields.get(key, ()), index) for key in FIELDS if key != "filename"}
        name, data = files[index] if index < len(files) else ("", b"")
        if data:
            if len(data) > limits.max_article_bytes:
                raise InputError(_too_large(f"{name} (article {index + 1})", limits))
            values["text"], _ = decode_bytes(data, name=name or f"article {index + 1}")
            values["filename"] = name
        inputs.append(ArticleInput(**values))
    return _checked(inputs, limits=limits)


def _at(values: Sequence[str], index: int) -> str:
    return values[index] if index < len(values) else ""


def _too_large(what: str, limits: ServeOptions) -> str:
    return (
        f"{what} is over the {limits.max_article_bytes // 1_048_576} MB limit for one "
        "article: is it really an article? Paste only the article's text"
    )


def _checked(inputs: Sequence[ArticleInput], *, limits: ServeOptions) -> list[ArticleInput]:
    """Boxes left empty are dropped; what remains must be few and small enough."""
    kept = [item for item in inputs if not item.blank]
    if len(kept) > limits.max_articles:
        raise InputError(
            f"{len(kept)} articles is more than the page compares at once "
            f"({limits.max_articles}); use 'framediff compare' for more"
        )
    for number, item in enumerate(kept, start=1):
        if len(item.text.encode("utf-8")) > limits.max_article_bytes:
            raise InputError(_too_large(f"article {number}", limits))
        if not item.text.strip() and not is_url(item.url.strip()):
            raise InputError(
                f"article {number}: {item.url.strip()!r} is not a web address; give an "
                "address starting with https:// or paste the article's text"
            )
    return kept


def _metadata(item: ArticleInput, where: str) -> dict[str, str]:
    given = {key: getattr(item, key) for key in METADATA_KEYS if hasattr(item, key)}
    return {
        key: value
        for key, raw in given.items()
        if (value := metadata_value(raw or None, where, key))
    }


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()


def source_of(item: ArticleInput, number: int, *, options: Options, guard: AddressGuard) -> Source:
    """Read one input: a fetched URL, an uploaded page or markdown file, or plain text."""
    where = f"article {number}"
    given = _metadata(item, where)
    default_id = f"{number:02d}-{_slug(item.outlet)}" if _slug(item.outlet) else f"article-{number}"
    if not item.text.strip():
        fetched = fetch_source(item.url.strip(), options=options, guard=guard)
        return replace(
            fetched,
            path=where,
            metadata={**fetched.metadata, **given},
            default_id=default_id,
            title_is_separate=fetched.title_is_separate or "title" in given,
        )
    name = item.filename.lower()
    if name.endswith(tuple(HTML_SUFFIXES)) or (not name and _HTML_HEAD.match(item.text)):
        page = html_source(item.text, path=where, url=given.get("url"), default_id=default_id)
        return replace(
            page,
            metadata={**page.metadata, **given},
            title_is_separate=page.title_is_separate or "title" in given,
        )
    front, body = parse_front_matter(item.text)
    metadata = {k: v for k, v in front.items() if k in METADATA_KEYS and k != "id"} | given
    markdown = name.endswith((".md", ".markdown"))
    return Source(
        where,
        markdown_to_text(body) if markdown else body,
        metadata,
        "markdown" if markdown else "text",
        "utf-8",
        title_is_separate="title" in metadata,
        default_id=default_id,
    )


def build_articles(
    inputs: Sequence[ArticleInput], *, options: Options, guard: AddressGuard
) -> list[Article]:
    """Every input read and cleaned, with the same rules and messages as loading files."""
    from framediff.ingest.load import articles_from_sources

    sources = [
        source_of(item, number, options=options, guard=guard)
        for number, item in enumerate(inputs, start=1)
    ]
    return articles_from_sources(sources, options=options)


def page_options(limits: ServeOptions) -> Options:
    """Options for a comparison the page runs: the default ones, with the page's timeout."""
    return Options(load=LoadOptions(fetch_timeout_seconds=limits.fetch_timeout_seconds))


def original_input(value: object) -> ArticleInput | None:
    """The optional base text (a transcript or statement): a string, or an object with
    ``text`` and optionally ``title``; None when absent or blank."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return ArticleInput(text=value) if value.strip() else None
    if isinstance(value, dict) and isinstance(value.get("text"), str):
        title = value.get("title")
        item = ArticleInput(text=value["text"], title=title if isinstance(title, str) else "")
        return item if item.text.strip() else None
    raise InputError('original must be the transcript\'s text, or an object with a "text" string')


def build_original(item: ArticleInput, *, options: Options) -> Article:
    """The base text, read and cleaned like a pasted article."""
    from framediff.ingest.load import articles_from_sources

    source = replace(
        source_of(item, 0, options=options, guard=AddressGuard(advice=PAGE_ADVICE)),
        path="the original statement",
        default_id="original",
    )
    return articles_from_sources([source], options=options)[0]
