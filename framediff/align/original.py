"""Distance of each quotation to an original text (a transcript or a statement).

For every family and every article that quotes it, the closest span of the original and how
far the article's words are from it: 0 is word for word, 1 shares nothing. Words are
compared in canonical form (``variants.canonical_words``: case, curly quotes, spelling
variants and number forms do not count), so house style is not a misquotation.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from rapidfuzz.distance import Indel

from framediff.align.records import QuoteFamily
from framediff.model import Article
from framediff.similarity import word_spans
from framediff.variants import canonical_words


@dataclass(frozen=True)
class OriginalMatch:
    """How close one article's rendering of a family is to the original."""

    family: str
    article: str
    distance: float
    # The closest span of the original, as (start, end) into its text, and its words.
    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {
            "family": self.family,
            "article": self.article,
            "distance": round(self.distance, 4),
            "start": self.start,
            "end": self.end,
            "text": self.text,
        }


def _closest(words: Sequence[str], base: Sequence[str]) -> tuple[float, int, int]:
    """(distance, first, last word index) of the window of ``base`` closest to ``words``."""
    if not words or not base:
        return 1.0, 0, 0
    size = len(words)
    best = (1.0, 0, min(size, len(base)))
    # Windows a little shorter and longer than the quotation: a rendering may drop or add
    # a few words, and the closest span should cover exactly what it quotes.
    for width in sorted({max(1, size - 3), size, size + 3}):
        for first in range(0, max(1, len(base) - width + 1)):
            window = base[first : first + width]
            distance = Indel.normalized_distance(list(words), list(window))
            if distance < best[0]:
                best = (distance, first, first + len(window))
    return best


def match_original(families: Sequence[QuoteFamily], original: Article) -> tuple[OriginalMatch, ...]:
    """Each family's rendering in each article, matched against ``original``."""
    # Canonical words of the body (its title is not what was said), each with the
    # character span of the written word it comes from ("can't" gives "can", "not").
    base: list[str] = []
    spans: list[tuple[int, int]] = []
    for paragraph in original.body_paragraphs:
        text = original.text[paragraph.start : paragraph.end]
        for word, start, end in word_spans(text):
            for form in canonical_words(word):
                base.append(form)
                spans.append((paragraph.start + start, paragraph.start + end))
    matches = []
    for family in families:
        for article, text in family.renderings:
            distance, first, last = _closest(canonical_words(text), base)
            if last <= first or not spans:
                continue
            start, end = spans[first][0], spans[min(last, len(spans)) - 1][1]
            matches.append(
                OriginalMatch(family.id, article, distance, start, end, original.text[start:end])
            )
    return tuple(matches)
