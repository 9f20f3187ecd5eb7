"""Voices: who each article quotes, how often and at what length; who is quoted by one
article only; how an article's body divides between quotation, reported speech and the
writer's own prose."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from framediff.framing.context import ArticleContext, SpanSet, is_direct, word_count
from framediff.model import Quote
from framediff.similarity import word_spans


@dataclass(frozen=True)
class Voice:
    """One speaker as quoted by one article: utterances, quoted words, first appearance."""

    article: str
    speaker: str | None
    quotations: int
    words: int
    start: int

    def to_json(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "speaker": self.speaker,
            "quotations": self.quotations,
            "words": self.words,
            "start": self.start,
        }


@dataclass(frozen=True)
class Reach:
    """Which articles (and outlets) quote a speaker; ``sole`` when only one article does."""

    speaker: str
    articles: tuple[str, ...]
    outlets: tuple[str, ...]

    @property
    def sole(self) -> bool:
        return len(self.articles) == 1

    def to_json(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker,
            "articles": list(self.articles),
            "outlets": list(self.outlets),
            "sole": self.sole,
        }


@dataclass(frozen=True)
class BodyShares:
    """How an article's body divides, by words, into quotation, reported speech and prose."""

    article: str
    words: int
    quoted: int
    reported: int
    own: int

    def share(self, part: int) -> float:
        return part / self.words if self.words else 0.0

    @property
    def quoted_share(self) -> float:
        return self.share(self.quoted)

    @property
    def reported_share(self) -> float:
        return self.share(self.reported)

    @property
    def own_share(self) -> float:
        return self.share(self.own)

    def to_json(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "words": self.words,
            "quoted": self.quoted,
            "reported": self.reported,
            "own": self.own,
            "quoted_share": round(self.quoted_share, 4),
            "reported_share": round(self.reported_share, 4),
            "own_share": round(self.own_share, 4),
        }


def voices(ctx: ArticleContext) -> list[Voice]:
    parts: dict[str | None, list[Quote]] = defaultdict(list)
    for quote in ctx.quotes:
        if is_direct(quote):
            parts[quote.speaker].append(quote)
    voices = [
        Voice(
            ctx.article.id,
            speaker,
            len({q.utterance for q in qs}),
            sum(word_count(q.text) for q in qs),
            min(q.start for q in qs),
        )
        for speaker, qs in parts.items()
    ]
    return sorted(voices, key=lambda v: (v.start, v.speaker or ""))


def shares(ctx: ArticleContext) -> BodyShares:
    article = ctx.article
    reported_spans = SpanSet((r.start, r.end) for r in ctx.reported)
    words = quoted = in_reported = 0
    for para in article.paragraphs:
        if para.role == "headline":
            continue
        for _word, start, end in word_spans(article.text[para.start : para.end]):
            s, e = para.start + start, para.start + end
            words += 1
            if ctx.direct.overlaps(s, e):
                quoted += 1
            elif reported_spans.overlaps(s, e):
                in_reported += 1
    return BodyShares(article.id, words, quoted, in_reported, words - quoted - in_reported)


def reach(voices: Sequence[Voice], contexts: Sequence[ArticleContext]) -> tuple[Reach, ...]:
    label = {ctx.article.id: ctx.article.label for ctx in contexts}
    articles: dict[str, list[str]] = defaultdict(list)
    for voice in voices:  # already in article order
        if voice.speaker is not None and voice.article not in articles[voice.speaker]:
            articles[voice.speaker].append(voice.article)
    return tuple(
        Reach(speaker, tuple(ids), tuple(dict.fromkeys(label[a] for a in ids)))
        for speaker, ids in sorted(articles.items())
    )
