"""What every framing signal needs to know about one article, read from its attributions."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from framediff.model import Article, Attributions, NameMention, Quote, ReportedSpeech, Sentence
from framediff.similarity import word_spans


def is_direct(quote: Quote) -> bool:
    """Speech or a fragment: somebody's words, not a term."""
    return quote.kind in ("speech", "fragment")


def inside(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def word_count(text: str) -> int:
    return len(word_spans(text))


@dataclass(frozen=True)
class ArticleContext:
    """One article with its attributions, as every signal reads it."""

    article: Article
    rank: int
    quotes: tuple[Quote, ...]
    reported: tuple[ReportedSpeech, ...]
    mentions: tuple[NameMention, ...]
    direct: tuple[tuple[int, int], ...]
    body_sentences: tuple[Sentence, ...]


def article_contexts(
    articles: Sequence[Article], attributions: Mapping[str, Attributions]
) -> list[ArticleContext]:
    """One context per article, in id order (the rank every list is sorted by)."""
    out = []
    for rank, article in enumerate(sorted(articles, key=lambda a: a.id)):
        found = attributions.get(article.id, Attributions(article.id))
        own = tuple(
            sorted(
                (q for q in found.quotes if 0 <= q.start <= q.end <= len(article.text)),
                key=lambda q: (q.start, q.end, q.index),
            )
        )
        body_paras = {p.index for p in article.paragraphs if p.role != "headline"}
        out.append(
            ArticleContext(
                article,
                rank,
                own,
                found.reported,
                found.mentions,
                tuple((q.start, q.end) for q in own if is_direct(q)),
                tuple(s for s in article.sentences if s.paragraph in body_paras),
            )
        )
    return out
