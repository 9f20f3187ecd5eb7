"""The results of alignment: frozen records, each with its JSON form."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from framediff.diff import DiffOp
from framediff.model import Quote

SentenceStatus = Literal["shared", "reworded", "unique"]


@dataclass(frozen=True)
class QuoteDiff:
    """How two articles render one quotation: the word-level diff from a's text to b's."""

    a: str
    b: str
    a_text: str
    b_text: str
    ops: tuple[DiffOp, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "a": self.a,
            "b": self.b,
            "a_text": self.a_text,
            "b_text": self.b_text,
            "ops": [op.to_json() for op in self.ops],
        }


@dataclass(frozen=True)
class Credit:
    """Whom one article credits with a family's words, and the verb it uses."""

    article: str
    speaker: str | None
    verb: str | None

    def to_json(self, outlet: str | None = None) -> dict[str, Any]:
        found: dict[str, Any] = {"article": self.article}
        if outlet is not None:
            found["outlet"] = outlet
        return {**found, "speaker": self.speaker, "verb": self.verb}


@dataclass(frozen=True)
class QuoteFamily:
    """One utterance as quoted by one or more articles, with its fullest known text."""

    id: str
    speaker: str | None
    text: str
    members: tuple[Quote, ...]
    diffs: tuple[QuoteDiff, ...]
    # Each article's rendering: its parts of the utterance joined in text order.
    renderings: tuple[tuple[str, str], ...] = ()
    # Whom each article credits, one per article in article order.
    attributions: tuple[Credit, ...] = ()
    # True when the articles credit different people (or one credits nobody): a finding.
    attribution_differs: bool = False

    @property
    def articles(self) -> tuple[str, ...]:
        """The articles that quote it, in member order."""
        return tuple(dict.fromkeys(q.article for q in self.members))

    @property
    def shared(self) -> bool:
        """False when only one article quotes these words."""
        return len(self.articles) > 1

    def first_members(self) -> tuple[Quote, ...]:
        """One member per article (its first part), in member order: a row per outlet."""
        seen: dict[str, Quote] = {}
        for quote in self.members:
            seen.setdefault(quote.article, quote)
        return tuple(seen.values())

    def rendering(self, article: str) -> str | None:
        """The words ``article`` quotes, its parts joined; None when it does not quote them."""
        return dict(self.renderings).get(article)

    def credit(self, article: str) -> Credit | None:
        """Whom ``article`` credits with these words; None when it does not quote them."""
        return next((c for c in self.attributions if c.article == article), None)

    def to_json(self, outlets: Mapping[str, str] | None = None) -> dict[str, Any]:
        """The wire form; ``outlets`` (article id to report label) names each credit's outlet."""
        labels = outlets or {}
        return {
            "id": self.id,
            "speaker": self.speaker,
            "text": self.text,
            "shared": self.shared,
            "members": [
                {
                    "article": q.article,
                    "text": q.text,
                    "start": q.start,
                    "end": q.end,
                    "speaker": q.speaker,
                    "verb": q.verb,
                    "kind": q.kind,
                }
                for q in self.members
            ],
            "attributions": [c.to_json(labels.get(c.article)) for c in self.attributions],
            "attribution_differs": self.attribution_differs,
            "diffs": [d.to_json() for d in self.diffs],
        }


@dataclass(frozen=True)
class SentenceLink:
    """The best counterpart of a sentence in one other article, and how alike they are."""

    article: str
    sentence_index: int
    score: float
    status: SentenceStatus

    def to_json(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "sentence_index": self.sentence_index,
            "score": round(self.score, 4),
            "status": self.status,
        }


@dataclass(frozen=True)
class SentenceMatch:
    """A sentence of the writer's own (not a quotation) and its counterparts elsewhere."""

    article: str
    sentence_index: int
    start: int
    end: int
    text: str
    status: SentenceStatus
    best: tuple[SentenceLink, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "sentence_index": self.sentence_index,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "status": self.status,
            "best": [link.to_json() for link in self.best],
        }


@dataclass(frozen=True)
class AddedContext:
    """A sentence only this article has: context it adds that no other article carries."""

    article: str
    sentence_index: int
    text: str
    start: int
    end: int
    # A sentence that is direct quotation no other article carries: True, and whom its
    # article credits (None: nobody).
    quoted: bool = False
    speaker: str | None = None

    def to_json(self) -> dict[str, Any]:
        found = {"article": self.article, "text": self.text, "start": self.start, "end": self.end}
        return {**found, "speaker": self.speaker} if self.quoted else found


@dataclass(frozen=True)
class Omission:
    """Material that other articles carry and this one leaves out (reported once per item)."""

    article: str
    text: str
    present_in: tuple[str, ...]
    # Left-out direct quotation: True, and whom the article that carries it credits.
    quoted: bool = False
    speaker: str | None = None

    def to_json(self) -> dict[str, Any]:
        found = {"article": self.article, "text": self.text, "present_in": list(self.present_in)}
        return {**found, "speaker": self.speaker} if self.quoted else found


@dataclass(frozen=True)
class Recycled:
    """Near-identical sentences in two articles: copied text, not independent writing."""

    articles: tuple[str, str]
    texts: tuple[str, str]
    sentence_indexes: tuple[int, int]
    score: float

    def to_json(self) -> dict[str, Any]:
        return {
            "articles": list(self.articles),
            "texts": list(self.texts),
            "score": round(self.score, 4),
        }


@dataclass(frozen=True)
class SentenceAlignment:
    """Every context sentence with its counterparts, and what follows from them."""

    matches: tuple[SentenceMatch, ...]
    added: tuple[AddedContext, ...]
    omissions: tuple[Omission, ...]
    recycled: tuple[Recycled, ...]

    def added_context(self, article: str) -> tuple[AddedContext, ...]:
        return tuple(a for a in self.added if a.article == article)

    def omitted_from(self, article: str) -> tuple[Omission, ...]:
        return tuple(o for o in self.omissions if o.article == article)

    def to_json(self) -> dict[str, Any]:
        return {
            "matches": [m.to_json() for m in self.matches],
            "added_context": [a.to_json() for a in self.added],
            "omissions": [o.to_json() for o in self.omissions],
            "recycled": [r.to_json() for r in self.recycled],
        }


@dataclass(frozen=True)
class ParaphraseLink:
    """A direct quotation in one article rendered as reported speech by another."""

    family: str
    quote_article: str
    quote_text: str
    quote_start: int
    quote_end: int
    paraphrase_article: str
    sentence_index: int
    paraphrase_text: str
    paraphrase_start: int
    paraphrase_end: int
    score: float

    def to_json(self) -> dict[str, Any]:
        return {
            "family": self.family,
            "quote": {
                "article": self.quote_article,
                "text": self.quote_text,
                "start": self.quote_start,
                "end": self.quote_end,
            },
            "paraphrase": {
                "article": self.paraphrase_article,
                "text": self.paraphrase_text,
                "start": self.paraphrase_start,
                "end": self.paraphrase_end,
            },
            "score": round(self.score, 4),
        }


@dataclass(frozen=True)
class SimilarityMatrix:
    """How alike each pair of articles is (0..1), rows and columns in ``articles`` order."""

    articles: tuple[str, ...]
    scores: tuple[tuple[float, ...], ...]

    def score(self, a: str, b: str) -> float:
        return self.scores[self.articles.index(a)][self.articles.index(b)]

    def to_json(self) -> dict[str, Any]:
        return {
            "articles": list(self.articles),
            "scores": [[round(s, 4) for s in row] for row in self.scores],
        }
