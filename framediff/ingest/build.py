"""Turning text that is already clean into an ``Article``."""

from __future__ import annotations

from collections.abc import Sequence

from framediff.model import Article, ParagraphRole, Removal
from framediff.segment import segment


def article_from_clean_text(
    text: str,
    *,
    id: str,
    path: str = "",
    title: str | None = None,
    outlet: str | None = None,
    date: str | None = None,
    author: str | None = None,
    url: str | None = None,
    raw_text: str | None = None,
    roles: Sequence[ParagraphRole] | None = None,
    removed: Sequence[Removal] = (),
    source_format: str = "text",
    encoding: str | None = None,
    story: str | None = None,
    wire: str | None = None,
) -> Article:
    """An article whose cleaned text is ``text`` exactly: offsets point into it unchanged.

    Without ``roles`` every paragraph is body text; without ``title`` the first paragraph's
    text is the title.
    """
    paragraphs, sentences = segment(text, roles)
    if title is None:
        title = text[paragraphs[0].start : paragraphs[0].end] if paragraphs else id
    return Article(
        id=id,
        path=path,
        outlet=outlet,
        title=title,
        date=date,
        author=author,
        url=url,
        raw_text=text if raw_text is None else raw_text,
        text=text,
        paragraphs=paragraphs,
        sentences=sentences,
        removed=tuple(removed),
        source_format=source_format,
        encoding=encoding,
        story=story,
        wire=wire,
    )
