"""Cross-article alignment: quote families, sentence counterparts, paraphrases, events.

Pure functions over ``Article`` and ``Quote`` records. Results never depend on the order the
articles are given in: articles are ranked by id, and every list is sorted by article rank,
then position in the text, with explicit tie-breaks. Comparing A with B and B with A gives
mirrored results, because every pairwise score used here is symmetric.
"""

from __future__ import annotations

import heapq
import math
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Any, Literal

from framediff.diff import DiffOp, diff_words
from framediff.model import Article, Quote
from framediff.options import DEFAULT_OPTIONS, AlignOptions, Options
from framediff.similarity import (
    TRANSLITERATIONS,
    TextFeatures,
    content_words,
    features_similarity,
    locate,
    paraphrase_pieces,
    pieces_paraphrase_score,
    text_features,
    word_spans,
    words,
)

SentenceStatus = Literal["shared", "reworded", "unique"]
_STATUS_RANK: dict[SentenceStatus, int] = {"unique": 0, "reworded": 1, "shared": 2}


# --------------------------------------------------------------------------- records


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
class QuoteFamily:
    """One utterance as quoted by one or more articles, with its fullest known text."""

    id: str
    speaker: str | None
    text: str
    members: tuple[Quote, ...]
    diffs: tuple[QuoteDiff, ...]
    # Each article's rendering: its parts of the utterance joined in text order.
    renderings: tuple[tuple[str, str], ...] = ()

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

    def to_json(self) -> dict[str, Any]:
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
                    "verb": q.verb,
                    "kind": q.kind,
                }
                for q in self.members
            ],
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

    def to_json(self) -> dict[str, Any]:
        return {"article": self.article, "text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Omission:
    """Material that other articles carry and this one leaves out (reported once per item)."""

    article: str
    text: str
    present_in: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {"article": self.article, "text": self.text, "present_in": list(self.present_in)}


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


# --------------------------------------------------------------------------- helpers


# The diff of two renderings depends on their texts alone. Outlets that copy a quotation
# word for word give the same pair of texts many times, and compare builds the families of
# a group that holds every article twice (for event grouping, then for the group).
_diff_texts = lru_cache(maxsize=4096)(diff_words)


def _align_options(options: Options | AlignOptions) -> AlignOptions:
    return options if isinstance(options, AlignOptions) else options.align


def _article_rank(ids: Iterable[str]) -> dict[str, int]:
    """Articles ranked by id: the one order every result follows, whatever the input order."""
    return {article: n for n, article in enumerate(sorted(set(ids)))}


class _UnionFind:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, x: int, y: int) -> None:
        rx, ry = self.find(x), self.find(y)
        if rx != ry:
            # The smaller index is the root, so components do not depend on union order.
            self.parent[max(rx, ry)] = min(rx, ry)


def _shared_runs(a: Sequence[str], b: Sequence[str], min_run: int) -> list[tuple[int, int, int]]:
    """Runs of at least ``min_run`` words both lists share, in order: (i in a, j in b, size)."""
    swap = tuple(a) > tuple(b)
    x, y = (b, a) if swap else (a, b)
    # Canonical argument order: SequenceMatcher breaks ties by position in its first input.
    matcher = SequenceMatcher(None, list(x), list(y), autojunk=False)
    runs = [(m.a, m.b, m.size) for m in matcher.get_matching_blocks() if m.size >= min_run]
    if swap:
        runs = [(j, i, size) for i, j, size in runs]
    return runs


def _speaker_key(speaker: str | None) -> str | None:
    if not speaker:
        return None
    names = [TRANSLITERATIONS.get(w, w) for w in speaker.lower().replace("’", "'").split()]
    return names[-1] if names else None


def _speakers_compatible(a: str | None, b: str | None) -> bool:
    """Different named speakers never share a quotation; an unknown one may.

    Names are compared by surname with transliterations folded ("Zelenskyy" is "Zelensky"),
    since one outlet writes "Volodymyr Zelensky" where another writes "Zelensky".
    """
    ka, kb = _speaker_key(a), _speaker_key(b)
    return ka is None or kb is None or ka == kb


# --------------------------------------------------------------------------- quote families


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


def _units(quotes: Sequence[Quote], rank: Mapping[str, int]) -> list[_Unit]:
    parts: dict[tuple[str, int], list[Quote]] = defaultdict(list)
    for quote in quotes:
        if quote.is_direct_speech:
            parts[(quote.article, quote.utterance)].append(quote)
    units = []
    for (article, _), members in parts.items():
        members.sort(key=lambda q: (q.start, q.index))
        # The parts of a split utterance read as one text, as if the attribution between
        # them were not there; outlets that quote it unsplit then match it word for word.
        text = " ".join(q.text.strip() for q in members)
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
            )
        )
    units.sort(key=lambda u: (u.rank, u.start, u.text))
    return units


def _same_utterance(u: _Unit, v: _Unit, opts: AlignOptions) -> bool:
    """True when two quotations in different articles are one utterance, however cut."""
    if not _speakers_compatible(u.speaker, v.speaker):
        return False
    known_speaker = u.speaker is not None and v.speaker is not None
    shorter, longer = (u, v) if len(u.words) <= len(v.words) else (v, u)
    if len(shorter.words) < opts.family_min_shared_words:
        # Too few words to vouch by runs: the same speaker and the words nearly verbatim.
        if not known_speaker or len(shorter.words) < 2:
            return False
        score, _, _ = locate(" ".join(shorter.words), " ".join(longer.words))
        return score >= opts.family_short_min_score
    runs = _shared_runs(u.words, v.words, opts.family_min_run_words)
    if not runs:
        return False
    matched = sum(size for _, _, size in runs)
    min_shared = opts.family_min_shared_words
    min_fidelity = opts.family_min_fidelity
    if not known_speaker:
        min_shared = opts.family_min_shared_words_no_speaker
        min_fidelity = opts.family_min_fidelity_no_speaker
    # A short quotation contained whole in a longer one is a cut of it, when the speakers
    # agree; with an unknown speaker a few common words are not enough to say so.
    if matched < (min(min_shared, len(shorter.words)) if known_speaker else min_shared):
        return False
    first, last = runs[0], runs[-1]
    span_u = last[0] + last[2] - first[0]
    span_v = last[1] + last[2] - first[1]
    if matched / max(span_u, span_v) < min_fidelity:
        return False
    # A cut can only shorten a quotation at its ends: the stretch both quote must begin at
    # the start of one of them and end at the end of one of them. Two different utterances
    # sharing a stock phrase in their middles fail here.
    slack = opts.family_edge_slack_words
    starts = first[0] <= slack or first[1] <= slack
    ends = (
        len(u.words) - (last[0] + last[2]) <= slack or len(v.words) - (last[1] + last[2]) <= slack
    )
    return starts and ends


def _merge_text(base: _Unit, other: _Unit, min_run: int, slack: int) -> _Unit:
    """``base`` extended by what ``other`` quotes before or after it (where they overlap)."""
    runs = _shared_runs(base.words, other.words, min_run)
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
    text = head + middle + tail
    spans = word_spans(text)
    return _Unit(
        base.article,
        base.rank,
        base.start,
        base.quotes,
        text,
        tuple(w for w, _, _ in spans),
        tuple((s, e) for _, s, e in spans),
        base.speaker,
    )


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
    text = " ".join(u.text for u in kept)
    spans = word_spans(text)
    return _Unit(
        kept[0].article,
        kept[0].rank,
        kept[0].start,
        tuple(q for u in kept for q in u.quotes),
        text,
        tuple(w for w, _, _ in spans),
        tuple((s, e) for _, s, e in spans),
        kept[0].speaker,
    )


def _part_joins(rendering: _Unit) -> tuple[int, ...]:
    """Where, in a rendering's text, one quoted part ends and the next begins.

    An outlet that quotes a remark in pieces ("…,” he said. “…”) shows the cut by closing
    and reopening its quote marks; the words it leaves out there are not an unmarked
    omission.
    """
    parts = sorted(rendering.quotes, key=lambda q: q.start)
    if len(parts) < 2 or rendering.text != " ".join(q.text for q in parts):
        return ()
    joins, position = [], 0
    for part in parts[:-1]:
        position += len(part.text)
        joins.append(position)
        position += 1  # the space the parts were joined with
    return tuple(joins)


def _mark_part_cuts(
    ops: tuple[DiffOp, ...], a_joins: tuple[int, ...], b_joins: tuple[int, ...]
) -> tuple[DiffOp, ...]:
    """Words one side lacks exactly where it closed and reopened its quote marks: elisions."""
    if not a_joins and not b_joins:
        return ops

    def at_join(start: int, end: int, joins: tuple[int, ...]) -> bool:
        return any(start <= join <= end + 1 for join in joins)

    marked = []
    for op in ops:
        if op.kind in {"omission", "wording"} and (
            (op.op != "insert" and at_join(op.b_start, op.b_end, b_joins))
            or (op.op != "delete" and at_join(op.a_start, op.a_end, a_joins))
        ):
            op = replace(op, kind="elision")
        marked.append(op)
    return tuple(marked)


def build_quote_families(
    quotes: Sequence[Quote], *, options: Options | AlignOptions = DEFAULT_OPTIONS
) -> tuple[QuoteFamily, ...]:
    """Group the direct quotations of all articles that are the same utterance.

    Parts of one utterance (same ``Quote.utterance``) are joined before matching. Two
    quotations in different articles join when their speakers are compatible and they
    share runs of words that reach the ends of the shorter cut (see ``_same_utterance``);
    joins are transitive. Families quoted by one article only are returned too, with
    ``shared`` False. Ids are "Q1", "Q2", … in order of first appearance, articles ranked
    by id.
    """
    return _build_quote_families(tuple(quotes), _align_options(options))


# ``compare`` asks for the families of all quotations (to group events) and then for those
# of each group: when one group holds every article, the second call repeats the first.
# The result is immutable and depends on the quotations and options alone.
@lru_cache(maxsize=4)
def _build_quote_families(quotes: tuple[Quote, ...], opts: AlignOptions) -> tuple[QuoteFamily, ...]:
    rank = _article_rank(q.article for q in quotes)
    units = _units(quotes, rank)
    forest = _UnionFind(len(units))

    # Cheap filter: only pairs of quotations that share content words are compared.
    index: dict[str, list[int]] = defaultdict(list)
    unit_words = [set(content_words(unit.text)) for unit in units]
    for n, vocabulary in enumerate(unit_words):
        for word in vocabulary:
            index[word].append(n)
    # Whether two units are one utterance depends on their words and speakers alone; an
    # outlet copying a quotation word for word gives the same pair many times.
    verdicts: dict[tuple[tuple[str, ...], str | None, tuple[str, ...], str | None], bool] = {}
    for n, unit in enumerate(units):
        hits: set[int] = set()
        for word in unit_words[n]:
            hits.update(m for m in index[word] if m > n)
        for m in sorted(hits):
            other = units[m]
            # A pair already joined through others needs no test: joins are transitive.
            if other.article == unit.article or forest.find(n) == forest.find(m):
                continue
            key = (unit.words, unit.speaker, other.words, other.speaker)
            same = verdicts.get(key)
            if same is None:
                same = verdicts[key] = _same_utterance(unit, other, opts)
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

    fullest = sorted(renderings, key=lambda u: (-len(u.words), u.rank, u.start))
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
            _mark_part_cuts(_diff_texts(a.text, b.text), _part_joins(a), _part_joins(b)),
        )
        for i, a in enumerate(renderings)
        for b in renderings[i + 1 :]
    )
    return QuoteFamily(
        family_id,
        speaker,
        text_unit.text,
        members,
        diffs,
        tuple((r.article, r.text) for r in renderings),
    )


# --------------------------------------------------------------------------- sentences


@dataclass(frozen=True)
class _Sent:
    article: str
    rank: int
    index: int
    start: int
    end: int
    text: str
    # Derived once per sentence and reused for every pair it is scored in.
    features: TextFeatures
    quoted: bool

    @property
    def words(self) -> tuple[str, ...]:
        """Its content words, in order."""
        return self.features.content


def _sentences(
    articles: Sequence[Article], quotes: Sequence[Quote], opts: AlignOptions
) -> list[_Sent]:
    rank = _article_rank(a.id for a in articles)
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for quote in quotes:
        if quote.is_direct_speech:
            spans[quote.article].append((quote.start, quote.end))
    result = []
    for article in sorted(articles, key=lambda a: rank[a.id]):
        headline = {p.index for p in article.paragraphs if p.role == "headline"}
        for sentence in article.sentences:
            if sentence.paragraph in headline:
                continue
            text = article.sentence_text(sentence)
            quoted_chars = sum(
                max(0, min(e, sentence.end) - max(s, sentence.start)) for s, e in spans[article.id]
            )
            length = max(1, sentence.end - sentence.start)
            result.append(
                _Sent(
                    article.id,
                    rank[article.id],
                    sentence.index,
                    sentence.start,
                    sentence.end,
                    text,
                    text_features(text),
                    quoted_chars / length >= opts.quote_sentence_share,
                )
            )
    return result


def _candidate_pairs(sents: Sequence[_Sent], min_shared: int) -> list[tuple[int, int]]:
    """Pairs (i < j) of sentences in different articles sharing enough content words."""
    vocabularies = [set(sent.words) for sent in sents]
    index: dict[str, list[int]] = defaultdict(list)
    for n, vocabulary in enumerate(vocabularies):
        for word in vocabulary:
            index[word].append(n)
    # Words in a large share of all sentences ("Ukraine" in a story about Ukraine) say
    # nothing about which pairs match, and would make the filter quadratic.
    cap = max(200, len(sents) // 10)
    usable = {word: posting for word, posting in index.items() if len(posting) <= cap}
    pairs: list[tuple[int, int]] = []
    for n, vocabulary in enumerate(vocabularies):
        hits: Counter[int] = Counter()
        for word in vocabulary:
            posting = usable.get(word)
            if posting is not None:
                # Postings are in ascending order: the sentences after n are a tail.
                hits.update(posting[bisect_right(posting, n) :])
        article = sents[n].article
        pairs.extend(
            (n, m) for m in sorted(hits) if hits[m] >= min_shared and sents[m].article != article
        )
    return pairs


def _copied(a: _Sent, b: _Sent, score: float, opts: AlignOptions) -> bool:
    """Near-identical, or reworded around a long run of the same words: copied text."""
    if score >= opts.recycled_threshold:
        return True
    if score < opts.reworded_threshold:
        return False
    runs = _shared_runs(a.features.flat.split(), b.features.flat.split(), 1)
    return max((size for _, _, size in runs), default=0) >= opts.recycled_min_run_words


def _status(score: float, opts: AlignOptions) -> SentenceStatus:
    if score >= opts.shared_threshold:
        return "shared"
    if score >= opts.reworded_threshold:
        return "reworded"
    return "unique"


def align_sentences(
    articles: Sequence[Article],
    quotes: Sequence[Quote],
    *,
    options: Options | AlignOptions = DEFAULT_OPTIONS,
) -> SentenceAlignment:
    """Each context sentence's best counterpart in every other article, and what follows.

    A sentence that is mostly direct quotation belongs to its quote family and is left
    out. Counterparts are sought among all sentences of the other article, quotations
    included, so context that another outlet carries as a quotation is not "unique".
    """
    opts = _align_options(options)
    sents = _sentences(articles, quotes, opts)
    scores: dict[tuple[int, int], float] = {}
    # The score depends on the sentences' words alone, and outlets repeat sentences word
    # for word (wire copy, shared background): each distinct pair of texts is scored once.
    known: dict[tuple[str, str], float] = {}
    for i, j in _candidate_pairs(sents, opts.candidate_min_shared_words):
        if sents[i].quoted and sents[j].quoted:
            continue
        a, b = sents[i].features, sents[j].features
        score = known.get((a.flat, b.flat))
        if score is None:
            score = known[(a.flat, b.flat)] = features_similarity(a, b)
        scores[(i, j)] = score

    # best[n][article] = (score, sentence index in that article, position in sents)
    best: dict[int, dict[str, tuple[float, int, int]]] = defaultdict(dict)
    for (i, j), score in scores.items():
        for x, y in ((i, j), (j, i)):
            current = best[x].get(sents[y].article)
            candidate = (score, sents[y].index, y)
            if current is None or (candidate[0], -candidate[1]) > (current[0], -current[1]):
                best[x][sents[y].article] = candidate

    matches: list[SentenceMatch] = []
    added: list[AddedContext] = []
    for n, sent in enumerate(sents):
        if sent.quoted:
            continue
        links = tuple(
            SentenceLink(other, index, score, _status(score, opts))
            for other, (score, index, _) in sorted(best[n].items(), key=lambda kv: kv[0])
        )
        status: SentenceStatus = max(
            (link.status for link in links), key=lambda s: _STATUS_RANK[s], default="unique"
        )
        matches.append(
            SentenceMatch(sent.article, sent.index, sent.start, sent.end, sent.text, status, links)
        )
        if status == "unique":
            added.append(AddedContext(sent.article, sent.index, sent.text, sent.start, sent.end))

    omissions = _omissions(sents, scores, best, articles, opts)
    recycled = [
        Recycled(
            (sents[i].article, sents[j].article),
            (sents[i].text, sents[j].text),
            (sents[i].index, sents[j].index),
            score,
        )
        for (i, j), score in sorted(scores.items())
        if not sents[i].quoted and not sents[j].quoted and _copied(sents[i], sents[j], score, opts)
    ]
    return SentenceAlignment(tuple(matches), tuple(added), tuple(omissions), tuple(recycled))


def _omissions(
    sents: Sequence[_Sent],
    scores: Mapping[tuple[int, int], float],
    best: Mapping[int, Mapping[str, tuple[float, int, int]]],
    articles: Sequence[Article],
    opts: AlignOptions,
) -> list[Omission]:
    # One item = context sentences of several articles that say the same thing; an item is
    # missing from every article where none of its sentences has a counterpart.
    forest = _UnionFind(len(sents))
    for (i, j), score in scores.items():
        if score >= opts.reworded_threshold and not sents[i].quoted and not sents[j].quoted:
            forest.union(i, j)
    items: dict[int, list[int]] = defaultdict(list)
    for n, sent in enumerate(sents):
        if not sent.quoted:
            items[forest.find(n)].append(n)
    all_ids = sorted({a.id for a in articles})
    omissions = []
    for root in sorted(items):
        members = items[root]
        present = sorted({sents[n].article for n in members})
        text = sents[members[0]].text
        for article in all_ids:
            if article in present:
                continue
            found = any(
                best.get(n, {}).get(article, (0.0, 0, 0))[0] >= opts.reworded_threshold
                for n in members
            )
            if not found:
                omissions.append(Omission(article, text, tuple(present)))
    rank = {a: n for n, a in enumerate(all_ids)}
    omissions.sort(key=lambda o: rank[o.article])
    return omissions


# --------------------------------------------------------------------------- paraphrases


def link_paraphrases(
    articles: Sequence[Article],
    quotes: Sequence[Quote],
    *,
    options: Options | AlignOptions = DEFAULT_OPTIONS,
    families: Sequence[QuoteFamily] | None = None,
) -> tuple[ParaphraseLink, ...]:
    """Links from a direct quotation to a sentence of another article that reports it.

    An article that quotes the same words directly is not searched (its rendering is in
    the family's diffs). Each sentence is linked to at most one quotation per family and
    to its best family; ties go to the earlier article and family.
    """
    opts = _align_options(options)
    if families is None:
        families = build_quote_families(quotes, options=opts)
    rank = _article_rank(a.id for a in articles)
    sents = [s for s in _sentences(articles, quotes, opts) if not s.quoted]

    # An index from a content word to the sentences that use it (positions in ``sents``,
    # which lists them by article rank, then text order): a quotation is scored only
    # against the sentences sharing enough of its words, found without testing every
    # sentence of every other article.
    index: dict[str, list[int]] = defaultdict(list)
    for n, sent in enumerate(sents):
        for word in set(sent.words):
            index[word].append(n)

    # best per paraphrase sentence: (score, -rank, -family order) decides.
    chosen: dict[tuple[str, int], tuple[tuple[float, int, int], ParaphraseLink]] = {}
    for order, family in enumerate(families):
        quoting = set(family.articles)
        for article, text in family.renderings:
            if article not in rank:
                continue
            quote_words = set(content_words(text))
            hits: Counter[int] = Counter()
            for word in quote_words:
                hits.update(index.get(word, ()))
            found = sorted(
                n
                for n, shared in hits.items()
                if shared >= opts.paraphrase_min_shared_words and sents[n].article not in quoting
            )
            if not found:
                continue
            pieces = paraphrase_pieces(text)
            parts = [q for q in family.members if q.article == article]
            q_start, q_end = min(q.start for q in parts), max(q.end for q in parts)
            for n in found:
                sent = sents[n]
                other = sent.article
                score = pieces_paraphrase_score(pieces, sent.features)
                if score < opts.paraphrase_threshold:
                    continue
                link = ParaphraseLink(
                    family.id,
                    article,
                    text,
                    q_start,
                    q_end,
                    other,
                    sent.index,
                    sent.text,
                    sent.start,
                    sent.end,
                    score,
                )
                key = (other, sent.index)
                tie = (round(score, 9), -rank[article], -order)
                if key not in chosen or tie > chosen[key][0]:
                    chosen[key] = (tie, link)
    links = [link for _, link in chosen.values()]
    links.sort(
        key=lambda k: (
            rank[k.quote_article],
            k.quote_start,
            rank[k.paraphrase_article],
            k.sentence_index,
        )
    )
    return tuple(links)


# --------------------------------------------------------------------------- events


def lexical_similarity(articles: Sequence[Article]) -> dict[tuple[str, str], float]:
    """Cosine of the articles' content words, TF-IDF weighted over the set (0..1).

    Words every article uses ("NATO", "missiles") get the lowest weight, not zero (the
    IDF is smoothed), so five reports of one event stay alike when compared alone, while
    the names, places and details of each event tell two events of one story apart.
    """
    bags = {a.id: Counter(content_words(a.body)) for a in articles}
    document_frequency: Counter[str] = Counter()
    for bag in bags.values():
        document_frequency.update(bag.keys())
    count = len(bags)
    vectors: dict[str, dict[str, float]] = {}
    for article_id, bag in bags.items():
        weights = {
            word: (1.0 + math.log(n)) * (math.log((1 + count) / (1 + document_frequency[word])) + 1)
            for word, n in bag.items()
        }
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        vectors[article_id] = {word: w / norm for word, w in weights.items()}
    scores: dict[tuple[str, str], float] = {}
    ids = sorted(vectors)
    for i, a in enumerate(ids):
        for b in ids[i + 1 :]:
            small, large = sorted((vectors[a], vectors[b]), key=len)
            score = sum(w * large.get(word, 0.0) for word, w in small.items())
            scores[(a, b)] = scores[(b, a)] = min(1.0, score)
    return scores


def article_similarity(
    articles: Sequence[Article],
    quotes: Sequence[Quote],
    *,
    options: Options | AlignOptions = DEFAULT_OPTIONS,
    families: Sequence[QuoteFamily] | None = None,
) -> SimilarityMatrix:
    """How alike each pair of articles is (0..1), to tell the events of a story apart.

    The larger of two scores: the TF-IDF cosine of their content words
    (``lexical_similarity``), and the share of both articles' quoted words that the other
    quotes too (one shared quotation is strong evidence of one event).
    Measured on NewsWCL50 (10 events × 5 outlets): same-event pairs have a median cosine
    of 0.34, different-event pairs 0.09 (docs/how-it-decides.md).
    """
    opts = _align_options(options)
    if families is None:
        families = build_quote_families(quotes, options=opts)
    ids = tuple(sorted({a.id for a in articles}))
    lexical = lexical_similarity(articles)
    quoted: dict[str, dict[str, int]] = defaultdict(dict)
    carried: dict[str, set[str]] = defaultdict(set)
    for family in families:
        for article, text in family.renderings:
            quoted[article][family.id] = len(words(text))
            carried[family.id].add(article)

    def quoted_share(a: str, b: str) -> tuple[int, int]:
        total = sum(quoted[a].values())
        shared = sum(n for fid, n in quoted[a].items() if b in carried[fid])
        return shared, total

    rows = []
    for a in ids:
        row = []
        for b in ids:
            if a == b:
                row.append(1.0)
                continue
            shared_ab, total_a = quoted_share(a, b)
            shared_ba, total_b = quoted_share(b, a)
            both = total_a + total_b
            quote_share = (shared_ab + shared_ba) / both if both else 0.0
            row.append(max(lexical[(a, b)], quote_share))
        rows.append(tuple(row))
    return SimilarityMatrix(ids, tuple(rows))


def group_events(
    articles: Sequence[Article],
    quotes: Sequence[Quote],
    *,
    options: Options | AlignOptions = DEFAULT_OPTIONS,
    matrix: SimilarityMatrix | None = None,
) -> tuple[tuple[str, ...], ...]:
    """Articles grouped by the event they cover: average-linkage clustering.

    Two groups merge while the mean similarity between their articles reaches
    ``event_threshold``; average linkage, unlike single linkage, does not chain two events
    of one story together through one article that mentions both. Groups list article ids
    in id order and are ordered by their first article. On the seeds the Aug. 4 reports and
    the July background (000, 001, 002) form one group and the NYT interview (003, 004)
    another.
    """
    opts = _align_options(options)
    if matrix is None:
        matrix = article_similarity(articles, quotes, options=opts)
    ids = matrix.articles
    scores = matrix.scores
    # A group is known by its first (smallest) member, which merging keeps first. The mean
    # of two groups is summed over their members in the same order as merging every pair
    # afresh each round would; only the pairs a merge creates are computed, and a heap
    # gives the best pair: highest mean, ties to the earliest groups (by first member).
    clusters: dict[int, list[int]] = {n: [n] for n in range(len(ids))}
    version = dict.fromkeys(clusters, 0)
    heap: list[tuple[float, int, int, int, int]] = []

    def push(a: int, b: int) -> None:
        pairs = [scores[i][j] for i in clusters[a] for j in clusters[b]]
        mean = sum(pairs) / len(pairs)
        if mean >= opts.event_threshold:
            heapq.heappush(heap, (-mean, a, b, version[a], version[b]))

    for a in range(len(ids)):
        for b in range(a + 1, len(ids)):
            push(a, b)
    while heap:
        _, a, b, va, vb = heapq.heappop(heap)
        if a not in clusters or b not in clusters or (va, vb) != (version[a], version[b]):
            continue  # a pair of groups that a merge has since replaced
        clusters[a] = sorted(clusters[a] + clusters.pop(b))
        version[a] += 1
        for other in clusters:
            if other != a:
                push(min(a, other), max(a, other))
    ordered = sorted(clusters.values(), key=lambda members: members[0])
    return tuple(tuple(ids[n] for n in members) for members in ordered)
