"""Attribution verbs: the verb that introduces each quotation ("said", "told", "claimed") and
the verbs the writer uses to report speech without quoting it ("Zelenskyy bemoaned …"),
classed neutral, evaluative or intensifying; by speaker, by quote family, per article."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from framediff.align import QuoteFamily
from framediff.attribution.verbs import verb_class
from framediff.framing.context import ArticleContext, is_direct

VerbSource = Literal["quote", "reported"]
VERB_CLASSES = ("neutral", "evaluative", "intensifying", "unknown")


@dataclass(frozen=True)
class VerbUse:
    """An attribution verb: who it introduces, in which article, how, and its class."""

    article: str
    speaker: str | None
    verb: str
    lemma: str
    verb_class: str
    source: VerbSource
    start: int
    end: int
    family: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "speaker": self.speaker,
            "verb": self.verb,
            "lemma": self.lemma,
            "class": self.verb_class,
            "source": self.source,
            "start": self.start,
            "end": self.end,
            "family": self.family,
        }


@dataclass(frozen=True)
class SpeakerVerbs:
    """How often one article uses one verb lemma for one speaker, quoting or reporting."""

    speaker: str
    article: str
    lemma: str
    verb_class: str
    quoted: int
    reported: int

    def to_json(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker,
            "article": self.article,
            "lemma": self.lemma,
            "class": self.verb_class,
            "quoted": self.quoted,
            "reported": self.reported,
        }


@dataclass(frozen=True)
class FamilyVerbs:
    """The verbs each article uses to introduce one quotation (a quote family)."""

    family: str
    speaker: str | None
    shared: bool
    uses: tuple[VerbUse, ...]

    @property
    def lemmas(self) -> dict[str, tuple[str, ...]]:
        """Each article's distinct lemmas for this quotation, in text order."""
        out: dict[str, list[str]] = {}
        for use in self.uses:
            lemmas = out.setdefault(use.article, [])
            if use.lemma not in lemmas:
                lemmas.append(use.lemma)
        return {article: tuple(lemmas) for article, lemmas in out.items()}

    def to_json(self) -> dict[str, Any]:
        return {
            "family": self.family,
            "speaker": self.speaker,
            "shared": self.shared,
            "lemmas": {a: list(v) for a, v in self.lemmas.items()},
            "uses": [u.to_json() for u in self.uses],
        }


@dataclass(frozen=True)
class VerbCounts:
    """An article's attribution verbs counted by class, for quotations and reported speech."""

    article: str
    quoted: tuple[tuple[str, int], ...]
    reported: tuple[tuple[str, int], ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "quoted": dict(self.quoted),
            "reported": dict(self.reported),
        }


def class_counts(uses: Iterable[VerbUse]) -> tuple[tuple[str, int], ...]:
    counts = Counter(u.verb_class for u in uses)
    return tuple((cls, counts.get(cls, 0)) for cls in VERB_CLASSES)


def speaker_verbs(verbs: Sequence[VerbUse], rank: Mapping[str, int]) -> tuple[SpeakerVerbs, ...]:
    table: dict[tuple[str, str, str], list[int]] = {}
    for use in verbs:
        if use.speaker is None:
            continue
        counts = table.setdefault((use.speaker, use.article, use.lemma), [0, 0])
        counts[0 if use.source == "quote" else 1] += 1
    rows = [
        SpeakerVerbs(speaker, article, lemma, verb_class(lemma), quoted, reported)
        for (speaker, article, lemma), (quoted, reported) in table.items()
    ]
    return tuple(sorted(rows, key=lambda r: (r.speaker, rank[r.article], r.lemma)))


def family_verbs(
    families: Sequence[QuoteFamily], verbs: Sequence[VerbUse], rank: Mapping[str, int]
) -> tuple[FamilyVerbs, ...]:
    by_family: dict[str, list[VerbUse]] = defaultdict(list)
    for use in verbs:
        if use.family is not None:
            by_family[use.family].append(use)
    out = []
    for family in families:
        uses = sorted(by_family.get(family.id, ()), key=lambda u: (rank[u.article], u.start))
        if uses:
            out.append(FamilyVerbs(family.id, family.speaker, family.shared, tuple(uses)))
    return tuple(out)


def quote_verbs(ctx: ArticleContext, family_of: Mapping[tuple[str, int], str]) -> list[VerbUse]:
    """One use per utterance: its parts share the verb that introduces them."""
    uses: list[VerbUse] = []
    seen: set[int] = set()
    for quote in ctx.quotes:
        if not is_direct(quote) or not quote.verb or not quote.verb_lemma:
            continue
        if quote.utterance in seen:
            continue
        seen.add(quote.utterance)
        # The cue's offsets, or the quotation's when the extractor wrote none down.
        start = quote.verb_start if quote.verb_start is not None else quote.start
        end = quote.verb_end if quote.verb_end is not None else quote.end
        uses.append(
            VerbUse(
                ctx.article.id,
                quote.speaker,
                quote.verb,
                quote.verb_lemma,
                verb_class(quote.verb_lemma),
                "quote",
                start,
                end,
                family_of.get((quote.article, quote.index)),
            )
        )
    return uses


def reported_verbs(ctx: ArticleContext) -> list[VerbUse]:
    """The cues of reported speech; one that borrows a quoted fragment's verb is counted
    once, with the quotation."""
    return [
        VerbUse(
            ctx.article.id,
            r.speaker,
            r.verb,
            r.verb_lemma,
            verb_class(r.verb_lemma),
            "reported",
            r.verb_start,
            r.verb_end,
        )
        for r in ctx.reported
        if r.quote is None
    ]
