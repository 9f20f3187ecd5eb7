"""Loaded and hedging words from a small lexicon, in the writer's voice or inside quotations,
and whether they sit near a quotation."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from framediff.framing.context import ArticleContext

LexiconCategory = Literal["loaded", "hedging"]

# --------------------------------------------------------------------------- lexicon

# (entry, category, pattern). Small on purpose: a reader must be able to check every entry.
# Loaded words carry the writer's judgement or heat; hedging words distance the writer from
# a claim. "may" is matched in lower case only, so the month ("in May") is not a hedge.
LEXICON: tuple[tuple[str, LexiconCategory, str], ...] = (
    ("bemoan", "loaded", r"bemoan(?:s|ed|ing)?"),
    ("regime", "loaded", r"regimes?"),
    ("slam", "loaded", r"slam(?:s|med|ming)?"),
    ("lash out", "loaded", r"lash(?:es|ed|ing)? out"),
    ("terror", "loaded", r"terror(?:s|ism|ist|ists)?"),
    ("radical", "loaded", r"radicals?"),
    ("extremist", "loaded", r"extremists?"),
    ("so-called", "loaded", r"so[- ]called"),
    ("propaganda", "loaded", r"propaganda"),
    ("dictator", "loaded", r"dictators?|dictatorial"),
    ("puppet", "loaded", r"puppets?"),
    ("reportedly", "hedging", r"reportedly"),
    ("allegedly", "hedging", r"alleged(?:ly)?"),
    ("claim", "hedging", r"claim(?:s|ed|ing)?"),
    ("purport", "hedging", r"purport(?:s|ed|edly|ing)?"),
    ("appears to", "hedging", r"appear(?:s|ed)? to"),
    ("apparently", "hedging", r"apparently|seemingly|supposedly"),
    ("may", "hedging", r"(?-i:may)"),
    ("might", "hedging", r"might"),
    ("unverified", "hedging", r"unverified|unconfirmed"),
)
_LEXICON_RE = re.compile(
    "|".join(rf"(?P<e{n}>\b(?:{pattern})\b)" for n, (_entry, _cat, pattern) in enumerate(LEXICON)),
    re.IGNORECASE,
)

# Between a speaker and their verb the writer may put an auxiliary or an adverb ("has
# previously said"); these words end the search instead, because they open another clause.


@dataclass(frozen=True)
class LexiconHit:
    """A loaded or hedging word from ``LEXICON``, where it is, and whether it frames a quote."""

    article: str
    entry: str
    category: LexiconCategory
    text: str
    start: int
    end: int
    in_quote: bool
    near_quote: bool

    def to_json(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "entry": self.entry,
            "category": self.category,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "in_quote": self.in_quote,
            "near_quote": self.near_quote,
        }


@dataclass(frozen=True)
class LexiconCounts:
    """An article's loaded and hedging words in its own voice (outside quotation marks)."""

    article: str
    loaded: int
    hedging: int
    loaded_near_quotes: int
    hedging_near_quotes: int

    def to_json(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "loaded": self.loaded,
            "hedging": self.hedging,
            "loaded_near_quotes": self.loaded_near_quotes,
            "hedging_near_quotes": self.hedging_near_quotes,
        }


def lexicon_hits(
    ctx: ArticleContext, near_sentences: int, quoting_sentences: set[int]
) -> list[LexiconHit]:
    article = ctx.article
    hits: list[LexiconHit] = []
    starts = [s.start for s in article.sentences]
    quoting = sorted(quoting_sentences)
    for match in _LEXICON_RE.finditer(article.text):
        assert match.lastgroup is not None
        entry, category, _ = LEXICON[int(match.lastgroup[1:])]
        start, end = match.span()
        # The sentence the word is in, or the last one starting before it (sentences are in
        # text order and do not overlap).
        k = bisect_right(starts, start) - 1
        if k >= 0 and start < article.sentences[k].end:
            sentence = article.sentences[k].index
        else:
            sentence = max(k, 0)
        q = bisect_left(quoting, sentence - near_sentences)
        near = q < len(quoting) and quoting[q] <= sentence + near_sentences
        hits.append(
            LexiconHit(
                article.id,
                entry,
                category,
                match.group(0),
                start,
                end,
                ctx.direct.contains(start, end),
                near,
            )
        )
    return hits


def lexicon_counts(article: str, hits: Sequence[LexiconHit]) -> LexiconCounts:
    own = [h for h in hits if not h.in_quote]
    return LexiconCounts(
        article,
        sum(h.category == "loaded" for h in own),
        sum(h.category == "hedging" for h in own),
        sum(h.category == "loaded" and h.near_quote for h in own),
        sum(h.category == "hedging" and h.near_quote for h in own),
    )
