"""One name for one person across outlets."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from framediff.attribution.names import canonical_key, given_names_compatible
from framediff.model import Quote


def _name_key(name: str) -> str:
    return canonical_key(name.split()[-1])


def unify_speakers(quotes: Sequence[Quote]) -> tuple[Quote, ...]:
    """Give each speaker one name in every article: the most frequent full form.

    Speakers are grouped by surname, compared without regard to spelling variants
    ("Zelensky", "Zelenskyy"); two full names with different given names stay apart. Within
    a group the name chosen is the full form (two words or more) used by most quotations, ties
    broken by the longer name and then alphabetically, so the choice never depends on order.
    """
    names = sorted({q.speaker for q in quotes if q.speaker and q.speaker[:1].isupper()})
    counts = Counter(q.speaker for q in quotes if q.speaker)
    groups: dict[str, list[list[str]]] = {}
    for name in sorted(names, key=lambda s: (-len(s.split()), s)):
        buckets = groups.setdefault(_name_key(name), [])
        for bucket in buckets:
            if all(given_names_compatible(name, other) for other in bucket):
                bucket.append(name)
                break
        else:
            buckets.append([name])
    chosen: dict[str, str] = {}
    for buckets in groups.values():
        for bucket in buckets:
            full = [b for b in bucket if len(b.split()) > 1] or bucket
            best = min(full, key=lambda s: (-counts[s], -len(s.split()), -len(s), s))
            for member in bucket:
                chosen[member] = best
    return tuple(
        replace(q, speaker=chosen.get(q.speaker, q.speaker)) if q.speaker else q for q in quotes
    )
