"""Evidence helpers shared by the item builders: citations, paragraph numbers, speakers.

A citation is always a slice of an article's cleaned text, so the key's "exact words" can
be checked against the article (tests do this for every item).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from framediff.align import QuoteFamily
from framediff.compare import Comparison
from framediff.lesson.records import Citation, Passage
from framediff.model import Article, Quote

# Pronouns and descriptions that name nobody: a quotation credited through one of them
# alone rests on the attribution stage's guess, which never carries an item.
_VAGUE_MENTIONS = frozenset(
    (
        "he",
        "she",
        "they",
        "it",
        "we",
        "i",
        "you",
        "him",
        "her",
        "them",
        "his",
        "their",
        "the",
        "official",
        "officials",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "source",
        "sources",
    )
)


def paragraph_number(article: Article, index: int) -> int:
    """The paragraph's number as the worksheet prints it: 0 the headline, then 1, 2, …"""
    number = 0
    for paragraph in article.paragraphs:
        if paragraph.role != "headline":
            number += 1
        if paragraph.index == index:
            return number if paragraph.role != "headline" else 0
    return number


def paragraph_at(article: Article, offset: int) -> int:
    """The worksheet number of the paragraph holding character ``offset``."""
    for paragraph in article.paragraphs:
        if paragraph.start <= offset < paragraph.end:
            return paragraph_number(article, paragraph.index)
    return paragraph_number(article, article.paragraphs[-1].index) if article.paragraphs else 0


def cite(comparison: Comparison, article_id: str, start: int, end: int) -> Citation:
    article = comparison.article(article_id)
    return Citation(
        article=article_id,
        outlet=comparison.label(article_id),
        paragraph=paragraph_at(article, start),
        words=article.text[start:end],
        start=start,
        end=end,
    )


def cite_quote(comparison: Comparison, quote: Quote) -> Citation:
    return cite(comparison, quote.article, quote.start, quote.end)


def sentence_of(article: Article, offset: int) -> tuple[int, int]:
    """(start, end) of the sentence holding ``offset``."""
    for sentence in article.sentences:
        if sentence.start <= offset < sentence.end:
            return sentence.start, sentence.end
    return offset, offset


def confident_speaker(quote: Quote) -> bool:
    """The quotation's speaker is named in its article's own words, not guessed."""
    mention = (quote.speaker_mention or "").strip()
    if not quote.speaker or not mention:
        return False
    first = mention.split()[0].lower()
    return mention[:1].isupper() and first not in _VAGUE_MENTIONS


@dataclass(frozen=True)
class FamilyView:
    """A shared quotation as the lesson uses it: its parts per article, in article order."""

    family: QuoteFamily
    parts: tuple[tuple[str, tuple[Quote, ...]], ...]
    confident: bool

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(a for a, _ in self.parts)

    def quotes(self, article: str) -> tuple[Quote, ...]:
        return dict(self.parts).get(article, ())

    def speaker(self) -> str:
        return self.family.speaker if self.confident and self.family.speaker else "the speaker"


def family_view(family: QuoteFamily, articles: Sequence[str]) -> FamilyView:
    keep = set(articles)
    parts: dict[str, list[Quote]] = {}
    for quote in family.members:
        if quote.article in keep:
            parts.setdefault(quote.article, []).append(quote)
    ordered = tuple((a, tuple(sorted(qs, key=lambda q: q.start))) for a, qs in parts.items())
    # Every outlet must name the speaker itself: one confident member is not enough when
    # another outlet's credit is a guess from a pronoun.
    confident = bool(ordered) and all(any(confident_speaker(q) for q in qs) for _, qs in ordered)
    return FamilyView(family, ordered, confident and not family.attribution_differs)


def passages(comparison: Comparison, view: FamilyView) -> tuple[Passage, ...]:
    """Each outlet's version of the quotation, exactly as printed, no difference marked."""
    shown = []
    for article_id, quotes in view.parts:
        article = comparison.article(article_id)
        # The article's own words from the first quotation mark to the last: a split
        # quotation keeps its "he said" between the parts, as the reader saw it.
        first, last = quotes[0], quotes[-1]
        text = first.open_mark + article.text[first.start : last.end] + last.close_mark
        shown.append(
            Passage(
                comparison.label(article_id),
                paragraph_number(article, quotes[0].paragraph),
                text,
            )
        )
    return tuple(shown)


def opening(text: str, words: int = 8) -> str:
    """The first words of a quotation, as the prompt names it."""
    split = text.split()
    return " ".join(split[:words]) + (" …" if len(split) > words else "")
