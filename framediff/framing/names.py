"""Names: how each article spells and titles each speaker ("Zelensky", "Zelenskyy", "the
Ukrainian leader")."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from framediff.attribution.lexicon import PRONOUNS, surname_key
from framediff.framing.context import ArticleContext

MentionKind = Literal["name", "role", "pronoun"]


@dataclass(frozen=True)
class SpeakerMention:
    """One mention of a speaker: the phrase as written, the surname's spelling, its kind."""

    article: str
    speaker: str
    text: str
    spelling: str | None
    kind: MentionKind
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "speaker": self.speaker,
            "text": self.text,
            "spelling": self.spelling,
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True)
class NameLabels:
    """How one article names one speaker: spellings of the surname and the labels used."""

    speaker: str
    article: str
    spellings: tuple[str, ...]
    labels: tuple[str, ...]
    mentions: tuple[SpeakerMention, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker,
            "article": self.article,
            "spellings": list(self.spellings),
            "labels": list(self.labels),
            "mentions": [m.to_json() for m in self.mentions],
        }


def speaker_mentions(ctx: ArticleContext, people: frozenset[str]) -> list[SpeakerMention]:
    """Every place an article names a quoted person: by surname in any spelling (with the
    title before it), as a quotation's or reported speech's source, or by pronoun."""
    article = ctx.article
    found = [
        # Only the surname position: "Volodymyr" is not a spelling of "Zelensky".
        SpeakerMention(article.id, m.speaker, m.text, m.spelling, "name", m.start, m.end)
        for m in ctx.mentions
        if m.speaker is not None and m.speaker in people
    ]
    for quote in ctx.quotes:
        if (
            quote.speaker not in people
            or quote.speaker_mention is None
            or quote.speaker_start is None
            or quote.speaker_end is None
        ):
            continue
        mention = article.text[quote.speaker_start : quote.speaker_end]
        pronoun = mention.lower() in PRONOUNS
        kind: MentionKind = "pronoun" if pronoun else _label_kind(mention, quote.speaker)
        found.append(
            SpeakerMention(
                article.id,
                quote.speaker,
                mention,
                None,
                kind,
                quote.speaker_start,
                quote.speaker_end,
            )
        )
    # Role labels that report speech ("The Ukrainian leader dismissed …") are names too.
    for r in ctx.reported:
        if r.speaker in people and r.speaker_mention.lower() not in PRONOUNS:
            assert r.speaker is not None
            mention = article.text[r.speaker_start : r.speaker_end]
            found.append(
                SpeakerMention(
                    article.id,
                    r.speaker,
                    mention,
                    None,
                    _label_kind(mention, r.speaker),
                    r.speaker_start,
                    r.speaker_end,
                )
            )
    return found


def _label_kind(mention: str, speaker: str) -> MentionKind:
    """ "name" when the label spells the speaker's surname, else "role" ("the president")."""
    key = surname_key(speaker)
    return "name" if any(surname_key(w) == key for w in mention.split()) else "role"


def _dedupe(mentions: Iterable[SpeakerMention]) -> list[SpeakerMention]:
    """One mention per stretch of text: the longest, so a title stays with its name."""
    kept: list[SpeakerMention] = []
    for m in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start), m.spelling is None)):
        if kept and m.start < kept[-1].end:
            continue
        kept.append(m)
    return kept


def name_labels(
    mentions: Mapping[str, list[SpeakerMention]], rank: Mapping[str, int]
) -> tuple[NameLabels, ...]:
    grouped: dict[tuple[str, str], list[SpeakerMention]] = defaultdict(list)
    for article, found in mentions.items():
        for m in _dedupe(found):
            grouped[(m.speaker, article)].append(m)
    rows = []
    for (speaker, article), found in grouped.items():
        spellings = tuple(dict.fromkeys(m.spelling for m in found if m.spelling))
        labels = tuple(dict.fromkeys(m.text for m in found if m.kind != "pronoun"))
        rows.append(NameLabels(speaker, article, spellings, labels, tuple(found)))
    return tuple(sorted(rows, key=lambda r: (r.speaker, rank[r.article])))
