"""Headlines: word-level differences between outlets' headlines, the scare quotes a headline
puts around words nobody is quoted as saying (‘Shoot Down’), and how many of its content
words its own body uses (a claim the body never makes shows up as missing words)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from framediff.diff import DiffOp, diff_words
from framediff.framing.context import ArticleContext
from framediff.model import Article, Paragraph
from framediff.similarity import NUMBER_WORDS, STOPWORDS, content_words, stem, word_spans


@dataclass(frozen=True)
class Span:
    """Words of an article that a finding points at, with their offsets in its text."""

    article: str
    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"article": self.article, "start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class Headline:
    """An article's headline: its scare quotes and how much of it its own body supports."""

    article: str
    text: str
    start: int
    end: int
    scare_quotes: tuple[Span, ...]
    content_words: int
    supported_words: int
    missing: tuple[Span, ...]

    @property
    def support(self) -> float:
        """Share of the headline's distinct content words that its body uses (1.0 if none)."""
        return self.supported_words / self.content_words if self.content_words else 1.0

    def to_json(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "scare_quotes": [s.to_json() for s in self.scare_quotes],
            "content_words": self.content_words,
            "supported_words": self.supported_words,
            "support": round(self.support, 4),
            "missing": [s.to_json() for s in self.missing],
        }


@dataclass(frozen=True)
class HeadlineDiff:
    """Word-level differences between two headlines (op offsets are into the headlines)."""

    a: str
    b: str
    ops: tuple[DiffOp, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "a": self.a,
            "b": self.b,
            "ops": [op.to_json() for op in self.ops if op.kind != "equal"],
        }


def _headline(article: Article) -> Paragraph | None:
    return next((p for p in article.paragraphs if p.role == "headline"), None)


def _stem_word(word: str) -> str | None:
    """The content-word key of one lowercased word, as ``similarity.content_words`` makes it."""
    if word in STOPWORDS:
        return None
    if word in NUMBER_WORDS:
        return str(NUMBER_WORDS[word])
    stemmed = stem(word)
    return stemmed if stemmed and stemmed not in STOPWORDS else None


def headlines(
    contexts: Sequence[ArticleContext],
) -> tuple[tuple[Headline, ...], tuple[HeadlineDiff, ...]]:
    heads: list[Headline] = []
    for ctx in contexts:
        article, para = ctx.article, _headline(ctx.article)
        if para is None:
            continue
        text = article.text[para.start : para.end]
        scare = tuple(
            Span(article.id, q.start, q.end, q.text)
            for q in ctx.quotes
            if q.kind == "term" and para.start <= q.start and q.end <= para.end
        )
        body_words = set(content_words(article.body))
        keys: dict[str, bool] = {}
        missing: list[Span] = []
        for word, start, end in word_spans(text):
            key = _stem_word(word)
            if key is None:
                continue
            found = key in body_words
            keys.setdefault(key, found)
            if not found:
                s, e = para.start + start, para.start + end
                missing.append(Span(article.id, s, e, article.text[s:e]))
        heads.append(
            Headline(
                article.id,
                text,
                para.start,
                para.end,
                scare,
                len(keys),
                sum(keys.values()),
                tuple(missing),
            )
        )
    diffs = tuple(
        HeadlineDiff(a.article, b.article, diff_words(a.text, b.text))
        for i, a in enumerate(heads)
        for b in heads[i + 1 :]
    )
    return tuple(heads), diffs
