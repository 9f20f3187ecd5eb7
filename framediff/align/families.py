"""Quote families: which quotations in different articles are one utterance, however cut.

A quotation's parts are joined into one unit per article and utterance; two units join
when ``_same_utterance`` says so (a pure function of the two units and the options);
each family is then rendered per article, given its fullest known text, and diffed pair by
pair.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from framediff.align.common import UnionFind, align_options, article_rank, shared_runs
from framediff.align.records import Credit, QuoteDiff, QuoteFamily
from framediff.align.utterance import (
    Rarity,
    StockPhrases,
    different_speakers,
    same_person,
    same_words,
    word_rarity,
)
from framediff.diff import DiffOp, diff_words
from framediff.model import Article, Quote
from framediff.options import DEFAULT_OPTIONS, AlignOptions, Options
from framediff.similarity import content_words, word_spans
from framediff.variants import canonical_words

# The diff of two renderings depends on their texts alone. Outlets that copy a quotation
# word for word give the same pair of texts many times, and compare builds the families of
# a group that holds every article twice (for event grouping, then for the group).
_diff_texts = lru_cache(maxsize=4096)(diff_words)


@dataclass(frozen=True)
class _Unit:
    """One utterance in one article: its quoted parts and their words joined."""

    article: str
    rank: int
    start: int
    quotes: tuple[Quote, ...]
    text: str
    words: tuple[str, ...]
    # Character (start, end) of each word in ``text``, for rebuilding the fullest text.
    spans: tuple[tuple[int, int], ...]
    speaker: str | None
    # Character (start, end) in ``text`` of each seam between quoted parts (`` … ``).
    seams: tuple[tuple[int, int], ...] = ()

    @property
    def canonical(self) -> tuple[str, ...]:
        return canonical_words(self.text)


# Where an outlet closed its quote marks and opened them again ("…,” he said. “…”), the
# rebuilt text shows the join: "There is no such issue, … Shoot down", never a seamless
# "There is no such issue, Shoot down" that reads like a misquote. Matching ignores it
# (an ellipsis is not a word); the diff types words cut there as a marked cut.
SEAM = " … "


def _join_parts(texts: Sequence[str]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """``texts`` joined with a visible seam, and where each seam is in the result."""
    text, seams = "", []
    for part in texts:
        part = part.strip()
        if text:
            # A part that already ends or starts with an ellipsis shows the cut itself.
            joint = " " if text.endswith(("…", "...")) or part.startswith(("…", "...")) else SEAM
            seams.append((len(text), len(text) + len(joint)))
            text += joint
        text += part
    return text, tuple(seams)


def _unit(
    base: _Unit, text: str, quotes: tuple[Quote, ...], seams: tuple[tuple[int, int], ...]
) -> _Unit:
    """``base`` with a new text (and its words), parts and seams."""
    spans = word_spans(text)
    return _Unit(
        base.article,
        base.rank,
        base.start,
        quotes,
        text,
        tuple(w for w, _, _ in spans),
        tuple((s, e) for _, s, e in spans),
        base.speaker,
        seams,
    )


def _units(quotes: Sequence[Quote], rank: Mapping[str, int]) -> list[_Unit]:
    parts: dict[tuple[str, int], list[Quote]] = defaultdict(list)
    for quote in quotes:
        if quote.is_direct_speech:
            parts[(quote.article, quote.utterance)].append(quote)
    units = []
    for (article, _), members in parts.items():
        members.sort(key=lambda q: (q.start, q.index))
        # The parts of a split utterance read as one text, the attribution between them
        # replaced by a seam; outlets that quote it unsplit then match it word for word.
        text, seams = _join_parts([q.text for q in members])
        spans = word_spans(text)
        speaker = next((q.speaker for q in members if q.speaker), None)
        units.append(
            _Unit(
                article,
                rank[article],
                members[0].start,
                tuple(members),
                text,
                tuple(w for w, _, _ in spans),
                tuple((s, e) for _, s, e in spans),
                speaker,
                seams,
            )
        )
    units.sort(key=lambda u: (u.rank, u.start, u.text))
    return units


def _merge_text(base: _Unit, other: _Unit, min_run: int, slack: int) -> _Unit:
    """``base`` extended by what ``other`` quotes before or after it (where they overlap)."""
    runs = shared_runs(base.words, other.words, min_run)
    if not runs:
        return base
    (bi1, oi1, size1), (bi2, oi2, size2) = runs[0], runs[-1]
    prepend = oi1 > 0 and bi1 <= slack and oi1 > bi1
    append = (
        (oi2 + size2 < len(other.words))
        and (len(base.words) - (bi2 + size2) <= slack)
        and (len(other.words) - (oi2 + size2) > len(base.words) - (bi2 + size2))
    )
    if not prepend and not append:
        return base
    b_first_end = base.spans[bi1 + size1 - 1][1]
    o_first_end = other.spans[oi1 + size1 - 1][1]
    b_last_end = base.spans[bi2 + size2 - 1][1]
    o_last_end = other.spans[oi2 + size2 - 1][1]
    head = other.text[:o_first_end] if prepend else base.text[:b_first_end]
    middle = base.text[b_first_end:b_last_end]
    tail = other.text[o_last_end:] if append else base.text[b_last_end:]
    # The merged text is the family's fullest text only; it is never diffed.
    return _unit(base, head + middle + tail, base.quotes, ())


def _rendering(units: Sequence[_Unit]) -> _Unit:
    """One article's rendering of a family: its units in text order, repeats dropped."""
    ordered = sorted(units, key=lambda u: (u.start, u.text))
    kept: list[_Unit] = []
    for unit in ordered:
        flat = " ".join(unit.words)
        if any(flat in " ".join(k.words) for k in kept):
            continue
        kept = [k for k in kept if " ".join(k.words) not in flat]
        kept.append(unit)
    if len(kept) == 1:
        return kept[0]
    text, seams = _join_parts([u.text for u in kept])
    inner: list[
        tuple[int, int]
    ] = []  # each unit's own seams, moved to where the unit sits in the joined text
    position = 0
    for unit in kept:
        position = text.index(unit.text, position)
        inner.extend((s + position, e + position) for s, e in unit.seams)
        position += len(unit.text)
    return _unit(
        kept[0], text, tuple(q for u in kept for q in u.quotes), tuple(sorted([*seams, *inner]))
    )


def _at_seam(start: int, end: int, seams: tuple[tuple[int, int], ...]) -> bool:
    return any(start <= seam_end and seam_start <= end for seam_start, seam_end in seams)


def _mark_part_cuts(
    ops: tuple[DiffOp, ...],
    a_seams: tuple[tuple[int, int], ...],
    b_seams: tuple[tuple[int, int], ...],
) -> tuple[DiffOp, ...]:
    """The diff read with each side's seams, where it closed and reopened its quote marks.

    An outlet that quotes a remark in pieces ("…,” he said. “…”) shows the cut: words it
    lacks at a seam are a marked cut (elision), not an unmarked omission; a seam where it
    left nothing out is no difference at all.
    """
    if not a_seams and not b_seams:
        return ops
    marked = []
    for op in ops:
        at_a = op.op != "insert" and _at_seam(op.a_start, op.a_end, a_seams)
        at_b = op.op != "delete" and _at_seam(op.b_start, op.b_end, b_seams)
        if at_a or at_b:
            if _seam_only(op.a_text, op.b_text):
                op = replace(op, kind="equal")
            elif op.kind in {"omission", "wording"}:
                op = replace(op, kind="elision")
        marked.append(op)
    return tuple(marked)


def _seam_only(a_text: str, b_text: str) -> bool:
    """True when one side is a seam's ellipsis and the other has no words there."""
    bare = [t.replace("…", "").replace("...", "").strip(" ,;:") for t in (a_text, b_text)]
    return not any(bare) and ("…" in a_text + b_text or "..." in a_text + b_text)


def build_quote_families(
    quotes: Sequence[Quote],
    *,
    options: Options | AlignOptions = DEFAULT_OPTIONS,
    articles: Sequence[Article] = (),
) -> tuple[QuoteFamily, ...]:
    """Group the direct quotations of all articles that are the same utterance.

    Parts of one utterance (same ``Quote.utterance``) are joined before matching. Two
    quotations in different articles join when ``same_utterance``
    (``framediff.align.utterance``) says so, their words weighed by how rare they are in
    the sentences of ``articles`` (without articles, function words weigh little and
    every other word fully); joins are transitive. Families quoted by one article only
    are returned too, with ``shared`` False. Ids are "Q1", "Q2", … in order of first
    appearance, articles ranked by id.
    """
    documents = tuple(a.sentence_text(s) for a in articles for s in a.sentences)
    return _build_quote_families(
        tuple(quotes), align_options(options), documents, len(articles), _prose(articles, quotes)
    )


def _prose(articles: Sequence[Article], quotes: Sequence[Quote]) -> tuple[str, ...]:
    """Each article's sentences with its quoted words blanked: the writers' own words."""
    quoted: dict[str, list[Quote]] = defaultdict(list)
    for quote in quotes:
        quoted[quote.article].append(quote)
    prose: list[str] = []
    for article in articles:
        text = list(article.text)
        for quote in quoted.get(article.id, ()):
            text[quote.start : quote.end] = "|" * (quote.end - quote.start)
        blanked = "".join(text)
        prose.extend(blanked[s.start : s.end] for s in article.sentences)
    return tuple(prose)


# ``compare`` asks for the families of all quotations (to group events) and then for those
# of each group: when one group holds every article, the second call repeats the first.
# The result is immutable and depends on the quotations and options alone.
@lru_cache(maxsize=4)
def _build_quote_families(
    quotes: tuple[Quote, ...],
    opts: AlignOptions,
    documents: tuple[str, ...],
    articles: int,
    prose: tuple[str, ...],
) -> tuple[QuoteFamily, ...]:
    rank = article_rank(q.article for q in quotes)
    units = _units(quotes, rank)
    rarity: Rarity | None = word_rarity(documents, rare_in=max(1, articles))
    stock = StockPhrases(prose)
    canonical = [unit.canonical for unit in units]
    forest = UnionFind(len(units))

    # Cheap filter: only pairs of quotations that share content words are compared.
    index: dict[str, list[int]] = defaultdict(list)
    unit_words = [set(content_words(unit.text)) for unit in units]
    for n, vocabulary in enumerate(unit_words):
        for word in vocabulary:
            index[word].append(n)
    # Whether two units are one utterance depends on their words and speakers alone; an
    # outlet copying a quotation word for word gives the same pair many times.
    verdicts: dict[tuple[tuple[str, ...], tuple[str, ...], bool], bool] = {}
    # Units are sorted by article, so the units of later articles follow ``next_article[n]``:
    # a long article's quotations are never paired with each other, not even to be skipped.
    next_article = [len(units)] * len(units)
    for n in range(len(units) - 2, -1, -1):
        in_one = units[n + 1].article == units[n].article
        next_article[n] = next_article[n + 1] if in_one else n + 1
    for n, unit in enumerate(units):
        hits: set[int] = set()
        for word in unit_words[n]:
            postings = index[word]
            hits.update(postings[bisect_left(postings, next_article[n]) :])
        for m in sorted(hits):
            other = units[m]
            # A pair already joined through others needs no test: joins are transitive.
            if other.article == unit.article or forest.find(n) == forest.find(m):
                continue
            against = different_speakers(unit.speaker, other.speaker)
            key = (canonical[n], canonical[m], against)
            same = verdicts.get(key)
            if same is None:
                same = verdicts[key] = same_words(
                    canonical[n],
                    canonical[m],
                    different_speakers=against,
                    options=opts,
                    rarity=rarity,
                    stock=stock,
                )
            if same:
                forest.union(n, m)

    groups: dict[int, list[_Unit]] = defaultdict(list)
    for n, unit in enumerate(units):
        groups[forest.find(n)].append(unit)

    families = []
    # Roots are the smallest index in each group, and units are sorted by article rank and
    # position, so sorting by root orders families by first appearance.
    for number, root in enumerate(sorted(groups), start=1):
        families.append(_family(f"Q{number}", groups[root], opts))
    return tuple(families)


def _family(family_id: str, units: list[_Unit], opts: AlignOptions) -> QuoteFamily:
    by_article: dict[str, list[_Unit]] = defaultdict(list)
    for unit in units:
        by_article[unit.article].append(unit)
    renderings = sorted(
        (_rendering(group) for group in by_article.values()), key=lambda u: (u.rank, u.start)
    )
    members = tuple(q for r in renderings for q in sorted(r.quotes, key=lambda q: q.start))
    # Other units of an article that the rendering dropped as repeats stay members.
    extra = [q for u in units for q in u.quotes if q not in members]
    members = tuple(
        sorted(
            (*members, *extra),
            key=lambda q: (next(r.rank for r in renderings if r.article == q.article), q.start),
        )
    )

    # The fullest text; of two as full, the one quoted in one piece.
    fullest = sorted(renderings, key=lambda u: (-len(u.words), len(u.seams), u.rank, u.start))
    text_unit = fullest[0]
    for other in fullest[1:]:
        text_unit = _merge_text(
            text_unit, other, opts.family_min_run_words, opts.family_edge_slack_words
        )

    speakers = Counter(u.speaker for u in units if u.speaker)
    speaker = min(speakers, key=lambda s: (-speakers[s], s)) if speakers else None

    diffs = tuple(
        QuoteDiff(
            a.article,
            b.article,
            a.text,
            b.text,
            _mark_part_cuts(_diff_texts(a.text, b.text), a.seams, b.seams),
        )
        for i, a in enumerate(renderings)
        for b in renderings[i + 1 :]
    )
    credits = _credits(members)
    return QuoteFamily(
        family_id,
        speaker,
        text_unit.text,
        members,
        diffs,
        tuple((r.article, r.text) for r in renderings),
        credits,
        any(not same_person(c.speaker, credits[0].speaker) for c in credits[1:]),
    )


def _credits(members: Sequence[Quote]) -> tuple[Credit, ...]:
    """Whom each article credits: its first part that names a speaker, and its first verb."""
    by_article: dict[str, list[Quote]] = defaultdict(list)
    for quote in members:
        by_article[quote.article].append(quote)
    return tuple(
        Credit(
            article,
            next((q.speaker for q in quotes if q.speaker), None),
            next((q.verb for q in quotes if q.verb), None),
        )
        for article, quotes in by_article.items()
    )
