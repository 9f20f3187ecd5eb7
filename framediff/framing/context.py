"""What every framing signal needs to know about one article, read from its attributions."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import accumulate

from framediff.model import Article, Attributions, NameMention, Quote, ReportedSpeech, Sentence
from framediff.similarity import word_spans


def is_direct(quote: Quote) -> bool:
    """Speech or a fragment: somebody's words, not a term."""
    return quote.kind in ("speech", "fragment")


class SpanSet:
    """Character spans (quotations, reported sentences) asked about in O(log n).

    Every word of a body is tested against every quotation of its article; a linear scan
    per word made a long article cost the square of its length.
    """

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        # The furthest end among the spans that start at or before each position.
        self._reach = list(accumulate((e for _, e in ordered), max))

    def _furthest_end(self, count: int) -> int:
        return self._reach[count - 1] if count else -1

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some span shares a character with ``start:end``."""
        return self._furthest_end(bisect_left(self._starts, end)) > start

    def contains(self, start: int, end: int) -> bool:
        """Whether some span holds ``start:end`` whole."""
        return self._furthest_end(bisect_right(self._starts, start)) >= end


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
    direct: SpanSet  # the article's speech and fragments
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
                SpanSet((q.start, q.end) for q in own if is_direct(q)),
                tuple(s for s in article.sentences if s.paragraph in body_paras),
            )
        )
    return out
