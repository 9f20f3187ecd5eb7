"""One name for one person across outlets, for every attribution record.

Each article resolves its own speakers ("Zelensky", "the Ukrainian leader" → "Volodymyr
Zelensky"); outlets spell and shorten names differently, so the comparison gives every
speaker one name across articles, and ties the name mentions of each article to the quoted
people they name.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace

from framediff.attribution.lexicon import (
    canonical_key,
    given_names_compatible,
    is_org_name,
    opens_capitalised,
    surname_key,
)
from framediff.model import Attributions, NameMention, Quote


def _name_key(name: str) -> str:
    return canonical_key(name.split()[-1])


def _is_named(speaker: str) -> bool:
    """A name rather than a description ("officials", "the reporter")."""
    return opens_capitalised(speaker)


class _Buckets:
    """Names grouped by surname; two full names with different given names stay apart."""

    def __init__(self) -> None:
        self.groups: dict[str, list[list[str]]] = {}

    def add(self, names: Iterable[str]) -> list[list[str]]:
        """Place each name (longest first) in a bucket; return the buckets this call opened."""
        opened: list[list[str]] = []
        for name in sorted(names, key=lambda s: (-len(s.split()), s)):
            buckets = self.groups.setdefault(_name_key(name), [])
            for bucket in buckets:
                if all(given_names_compatible(name, other) for other in bucket):
                    bucket.append(name)
                    break
            else:
                buckets.append([name])
                opened.append(buckets[-1])
        return opened


def _best(bucket: Sequence[str], counts: Counter[str]) -> str:
    """The full form (two words or more) used most, then the longer name, then alphabetical."""
    full = [b for b in bucket if len(b.split()) > 1] or list(bucket)
    return min(full, key=lambda s: (-counts[s], -len(s.split()), -len(s), s))


def speaker_names(
    quoted: Sequence[str | None], reported: Sequence[str | None] = ()
) -> dict[str, str]:
    """The one name each speaker gets, from the speakers of quotations and reported speech.

    Quotations decide: a name is chosen among the quoted forms, by how many quotations use
    it, so reported speech never changes whom a quotation is credited to. A reported speaker
    joins a quoted person of the same surname when the given names agree; reported speakers
    nobody quotes are unified among themselves the same way.
    """
    quote_counts = Counter(s for s in quoted if s)
    report_counts = Counter(s for s in reported if s)
    buckets = _Buckets()
    chosen: dict[str, str] = {}
    for bucket in buckets.add({s for s in quote_counts if _is_named(s)}):
        best = _best(bucket, quote_counts)
        chosen.update(dict.fromkeys(bucket, best))
    buckets.add({s for s in report_counts if _is_named(s) and s not in chosen})
    for group in buckets.groups.values():
        for bucket in group:
            quoted_name = next((chosen[b] for b in bucket if b in chosen), None)
            best = quoted_name or _best(bucket, report_counts)
            chosen.update({b: best for b in bucket if b not in chosen})
    return chosen


def unify_speakers(quotes: Sequence[Quote]) -> tuple[Quote, ...]:
    """Give each quoted speaker one name in every article (see ``speaker_names``)."""
    chosen = speaker_names([q.speaker for q in quotes])
    return tuple(
        replace(q, speaker=chosen.get(q.speaker, q.speaker)) if q.speaker else q for q in quotes
    )


def unify_attributions(per_article: Sequence[Attributions]) -> tuple[Attributions, ...]:
    """Every article's attributions with one name per speaker across all of them, and each
    name mention tied to the quoted person whose surname it spells (in any spelling)."""
    chosen = speaker_names(
        [q.speaker for a in per_article for q in a.quotes],
        [r.speaker for a in per_article for r in a.reported],
    )
    people = _Surnames(chosen.get(s, s) for a in per_article for q in a.quotes if (s := q.speaker))
    return tuple(
        replace(
            a,
            quotes=tuple(
                replace(q, speaker=chosen.get(q.speaker, q.speaker)) if q.speaker else q
                for q in a.quotes
            ),
            reported=tuple(
                replace(r, speaker=chosen.get(r.speaker, r.speaker)) if r.speaker else r
                for r in a.reported
            ),
            mentions=tuple(people.tie(m) for m in a.mentions),
        )
        for a in per_article
    )


class _Surnames:
    """The quoted people, found again by surname in any spelling."""

    def __init__(self, speakers: Iterable[str]) -> None:
        names = sorted({s for s in speakers if _is_named(s)}, key=lambda s: (-len(s.split()), s))
        self.by_key: dict[str, str] = {}
        for name in names:
            self.by_key.setdefault(surname_key(name), name)
        self.people = frozenset(n for n in names if not is_org_name(n))

    def tie(self, mention: NameMention) -> NameMention:
        key = canonical_key(mention.spelling)
        speaker = self.by_key.get(key)
        if speaker is None or speaker not in self.people or key != surname_key(speaker):
            return mention
        return replace(mention, speaker=speaker)
