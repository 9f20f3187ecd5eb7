"""Framing signals: how each outlet presents the same people and words.

Five signals, each computed from the articles, their attributions (quotations, reported
speech, name mentions: ``framediff.attribution``) and the quote families, with no I/O; no
signal reads the text for attribution again. Every finding that points at words carries
offsets into ``Article.text``.

Headlines
    Each headline, the word-level differences between every two headlines, quotation marks
    a headline puts around words nobody is quoted as saying (scare quotes: ‘Shoot Down’),
    and how many of the headline's content words its own body uses (a headline claim the
    body never makes shows up as missing words).
Attribution
    The verb that introduces each quotation ("said", "told", "claimed") and the verbs the
    writer uses to report speech without quoting it ("Zelenskyy bemoaned …"), classed by
    ``framediff.attribution.verbs.verb_class`` as neutral, evaluative or intensifying; by
    speaker, by quote family and counted per article.
Voices
    Who each article quotes, how often and at what length; who is quoted by one article
    only; and how an article's body divides between quotation, reported speech and the
    writer's own prose.
Names and words
    How each article spells and titles each speaker ("Zelensky", "Zelenskyy", "the Ukrainian
    leader"), and loaded or hedging words from a small lexicon (``framing.lexicon.LEXICON``).
Readability
    Flesch reading ease and Flesch–Kincaid grade of each body (``framing.readability``).

Results do not depend on the order articles are given in: articles are ranked by id and
every list is sorted by article rank, then position in the text, with explicit tie-breaks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from framediff.align import QuoteFamily
from framediff.attribution.lexicon import is_org_name
from framediff.framing.context import article_contexts
from framediff.framing.headlines import Headline, HeadlineDiff, headlines
from framediff.framing.lexicon import LexiconCounts, LexiconHit, lexicon_counts, lexicon_hits
from framediff.framing.names import NameLabels, SpeakerMention, name_labels, speaker_mentions
from framediff.framing.readability import Readability, readability
from framediff.framing.verbs import (
    FamilyVerbs,
    SpeakerVerbs,
    VerbCounts,
    VerbUse,
    class_counts,
    family_verbs,
    quote_verbs,
    reported_verbs,
    speaker_verbs,
)
from framediff.framing.voices import BodyShares, Reach, Voice, reach
from framediff.framing.voices import shares as body_shares
from framediff.framing.voices import voices as article_voices
from framediff.model import Article, Attributions
from framediff.options import DEFAULT_OPTIONS, FramingOptions, Options


@dataclass(frozen=True)
class ArticleReadability:
    """The readability of one article's body (headline left out)."""

    article: str
    readability: Readability

    def to_json(self) -> dict[str, Any]:
        return {"article": self.article, **self.readability.to_json()}


@dataclass(frozen=True)
class Framing:
    """Every framing signal of a set of articles, each list in article order."""

    articles: tuple[str, ...]
    headlines: tuple[Headline, ...]
    headline_diffs: tuple[HeadlineDiff, ...]
    verbs: tuple[VerbUse, ...]
    speaker_verbs: tuple[SpeakerVerbs, ...]
    family_verbs: tuple[FamilyVerbs, ...]
    verb_counts: tuple[VerbCounts, ...]
    voices: tuple[Voice, ...]
    reach: tuple[Reach, ...]
    shares: tuple[BodyShares, ...]
    names: tuple[NameLabels, ...]
    lexicon: tuple[LexiconHit, ...]
    lexicon_counts: tuple[LexiconCounts, ...]
    readability: tuple[ArticleReadability, ...]

    def readability_by_article(self) -> dict[str, Readability]:
        """Each article's readability, for articles whose body has words to score."""
        return {
            r.article: r.readability
            for r in self.readability
            if r.readability.flesch_reading_ease is not None
        }

    def to_json(self) -> dict[str, Any]:
        return {
            "articles": list(self.articles),
            "headlines": {
                "headlines": [h.to_json() for h in self.headlines],
                "diffs": [d.to_json() for d in self.headline_diffs],
            },
            "attribution": {
                "verbs": [v.to_json() for v in self.verbs],
                "by_speaker": [v.to_json() for v in self.speaker_verbs],
                "by_family": [v.to_json() for v in self.family_verbs],
                "counts": [c.to_json() for c in self.verb_counts],
            },
            "voices": {
                "voices": [v.to_json() for v in self.voices],
                "reach": [r.to_json() for r in self.reach],
                "shares": [s.to_json() for s in self.shares],
            },
            "names": [n.to_json() for n in self.names],
            "lexicon": {
                "hits": [h.to_json() for h in self.lexicon],
                "counts": [c.to_json() for c in self.lexicon_counts],
            },
            "readability": [r.to_json() for r in self.readability],
        }


def framing_signals(
    articles: Sequence[Article],
    attributions: Sequence[Attributions],
    families: Sequence[QuoteFamily],
    *,
    options: Options | FramingOptions = DEFAULT_OPTIONS,
) -> Framing:
    """Every framing signal of ``articles``, given their attributions and quote families.

    ``attributions`` should have speakers unified across articles
    (``attribution.unify_attributions``), so that "Zelensky" and "Zelenskyy" are one speaker;
    attributions of articles not in ``articles`` are ignored.
    """
    opts = options.framing if isinstance(options, Options) else options
    by_article = {a.article: a for a in attributions}
    contexts = article_contexts(articles, by_article)
    rank = {ctx.article.id: ctx.rank for ctx in contexts}
    people = frozenset(
        q.speaker
        for ctx in contexts
        for q in ctx.quotes
        if q.speaker and q.speaker[:1].isupper() and not is_org_name(q.speaker)
    )
    family_of = {(m.article, m.index): family.id for family in families for m in family.members}

    verbs: list[VerbUse] = []
    voices: list[Voice] = []
    shares: list[BodyShares] = []
    mentions: dict[str, list[SpeakerMention]] = {}
    lexicon: list[LexiconHit] = []
    counts: list[LexiconCounts] = []
    verb_counts: list[VerbCounts] = []
    reading: list[ArticleReadability] = []
    for ctx in contexts:
        article = ctx.article
        quote_uses = quote_verbs(ctx, family_of)
        reported_uses = reported_verbs(ctx)
        verbs.extend(sorted([*quote_uses, *reported_uses], key=lambda v: (v.start, v.end)))
        voices.extend(article_voices(ctx))
        shares.append(body_shares(ctx))
        mentions[article.id] = speaker_mentions(ctx, people)
        quoting = {s.index for s in article.sentences if ctx.direct.overlaps(s.start, s.end)} | {
            r.sentence for r in ctx.reported
        }
        hits = lexicon_hits(ctx, opts.near_quote_sentences, quoting)
        lexicon.extend(hits)
        counts.append(lexicon_counts(article.id, hits))
        verb_counts.append(
            VerbCounts(article.id, class_counts(quote_uses), class_counts(reported_uses))
        )
        reading.append(ArticleReadability(article.id, readability(article.body)))

    heads, head_diffs = headlines(contexts)
    return Framing(
        articles=tuple(ctx.article.id for ctx in contexts),
        headlines=heads,
        headline_diffs=head_diffs,
        verbs=tuple(verbs),
        speaker_verbs=speaker_verbs(verbs, rank),
        family_verbs=family_verbs(families, verbs, rank),
        verb_counts=tuple(verb_counts),
        voices=tuple(voices),
        reach=reach(voices, contexts),
        shares=tuple(shares),
        names=name_labels(mentions, rank),
        lexicon=tuple(lexicon),
        lexicon_counts=tuple(counts),
        readability=tuple(reading),
    )
