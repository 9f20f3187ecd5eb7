"""The records the corpus stages pass along: frozen, picklable, free of article text."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from framediff.model import Quote


@dataclass(frozen=True)
class CorpusQuote:
    """One utterance in one article: its quoted parts joined, as a family member.

    ``words`` is its canonical form (``framediff.variants.canonical_words``), the form the
    same-utterance decision reads. ``utterance`` is the index of its first part.
    """

    article: str
    utterance: int
    text: str
    start: int
    end: int
    kind: str
    speaker: str | None
    verb: str | None
    words: tuple[str, ...]


@dataclass(frozen=True)
class ArticleRecord:
    """An article as the corpus keeps it: metadata, cleaned text, paragraph roles, hash."""

    id: str
    path: str
    outlet: str | None
    title: str
    date: str | None
    author: str | None
    url: str | None
    story: str | None
    wire: str | None
    text: str
    roles: tuple[str, ...]
    content_hash: str


@dataclass(frozen=True)
class ExtractedArticle:
    """What the article stage found in one article: its record, parts and utterances."""

    article: ArticleRecord
    parts: tuple[Quote, ...]
    quotes: tuple[CorpusQuote, ...]


@dataclass(frozen=True)
class FamilyRow:
    """One family as the ``families`` table holds it."""

    id: int
    text: str
    speaker: str | None
    quotations: int
    articles: int
    outlets: int
    cuts: int
    speakers: int
    attribution_differs: bool
    first_date: str | None
    last_date: str | None


def content_hash(text: str) -> str:
    """A stable digest of an article's raw text: an article whose hash is unchanged is not
    extracted again."""
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()
