"""Sentence alignment: each context sentence's counterparts, added context, omissions and
recycled text."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from framediff.align.common import UnionFind, align_options, article_rank, shared_runs
from framediff.align.families import build_quote_families
from framediff.align.records import (
    AddedContext,
    Omission,
    QuoteFamily,
    Recycled,
    SentenceAlignment,
    SentenceLink,
    SentenceMatch,
    SentenceStatus,
)
from framediff.model import Article, Quote
from framediff.options import DEFAULT_OPTIONS, AlignOptions, Options
from framediff.similarity import TextFeatures, features_similarity, text_features

_STATUS_RANK: dict[SentenceStatus, int] = {"unique": 0, "reworded": 1, "shared": 2}


@dataclass(frozen=True)
class Sent:
    """One body sentence of one article, as both sentence alignment and paraphrase linking
    see it."""

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


def sentence_records(
    articles: Sequence[Article], quotes: Sequence[Quote], opts: AlignOptions
) -> list[Sent]:
    """Every sentence outside the headline, by article rank then text order, each marked
    ``quoted`` when direct quotation covers at least ``quote_sentence_share`` of it."""
    rank = article_rank(a.id for a in articles)
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for quote in quotes:
        if quote.is_direct_speech:
            spans[quote.article].append((quote.start, quote.end))
    result = []
    for article in sorted(articles, key=lambda a: rank[a.id]):
        headline = {p.index for p in article.paragraphs if p.role == "headline"}
        overlapping = _Overlapping(spans[article.id])
        for sentence in article.sentences:
            if sentence.paragraph in headline:
                continue
            text = article.sentence_text(sentence)
            quoted_chars = sum(
                max(0, min(e, sentence.end) - max(s, sentence.start))
                for s, e in overlapping.spans(sentence.start, sentence.end)
            )
            length = max(1, sentence.end - sentence.start)
            result.append(
                Sent(
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


class _Overlapping:
    """Which of an article's quotation spans overlap a stretch of its text.

    Quotations do not overlap one another, so in order of start their ends are in order
    too, and the spans overlapping a stretch are a run found by bisection (a long article
    holds thousands of quotations and sentences). Spans that do overlap are read in full.
    """

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self.ordered = sorted(spans)
        self.disjoint = all(a[1] <= b[0] for a, b in pairwise(self.ordered))
        self.starts = [s for s, _ in self.ordered]
        self.ends = [e for _, e in self.ordered]

    def spans(self, start: int, end: int) -> Sequence[tuple[int, int]]:
        """The spans that may overlap ``start``-``end`` (every span unless disjoint)."""
        if not self.disjoint:
            return self.ordered
        return self.ordered[bisect_right(self.ends, start) : bisect_left(self.starts, end)]


def _candidate_pairs(sents: Sequence[Sent], min_shared: int) -> list[tuple[int, int]]:
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
    # Sentences are in article order: those of the articles after n's follow
    # ``next_article[n]``, and a long article's sentences are never counted against each
    # other only to be dropped.
    next_article = [len(sents)] * len(sents)
    for n in range(len(sents) - 2, -1, -1):
        in_one = sents[n + 1].article == sents[n].article
        next_article[n] = next_article[n + 1] if in_one else n + 1
    pairs: list[tuple[int, int]] = []
    for n, vocabulary in enumerate(vocabularies):
        hits: Counter[int] = Counter()
        for word in vocabulary:
            posting = usable.get(word)
            if posting is not None:
                # Postings are in ascending order: the later articles' sentences are a tail.
                hits.update(posting[bisect_left(posting, next_article[n]) :])
        article = sents[n].article
        pairs.extend(
            (n, m) for m in sorted(hits) if hits[m] >= min_shared and sents[m].article != article
        )
    return pairs


def _copied(a: Sent, b: Sent, score: float, opts: AlignOptions) -> bool:
    """Near-identical, or reworded around a long run of the same words: copied text."""
    if score >= opts.recycled_threshold:
        return True
    if score < opts.reworded_threshold:
        return False
    runs = shared_runs(a.features.flat.split(), b.features.flat.split(), 1)
    return max((size for _, _, size in runs), default=0) >= opts.recycled_min_run_words


def _status(score: float, opts: AlignOptions) -> SentenceStatus:
    if score >= opts.shared_threshold:
        return "shared"
    if score >= opts.reworded_threshold:
        return "reworded"
    return "unique"


def _own_quotations(
    sents: Sequence[Sent],
    quotes: Sequence[Quote],
    families: Sequence[QuoteFamily],
) -> tuple[list[Sent], dict[int, str | None]]:
    """``sents`` with the quoted sentences no other article quotes made ordinary sentences,
    and whom each of those credits (by position in ``sents``).

    A sentence of a quotation several outlets share belongs to its family (the family's diff
    shows who cut what); one only its article quotes is material like any other, which the
    other articles may carry in their own words or leave out.
    """
    in_shared = {(q.article, q.index) for f in families if f.shared for q in f.members}
    by_article: dict[str, list[Quote]] = defaultdict(list)
    for quote in quotes:
        if quote.is_direct_speech:
            by_article[quote.article].append(quote)
    around = {article: _near(listed) for article, listed in by_article.items()}
    result, speakers = list(sents), {}
    for n, sent in enumerate(sents):
        if not sent.quoted:
            continue
        near = around[sent.article](sent.start, sent.end) if sent.article in around else ()
        inside = [q for q in near if q.start < sent.end and q.end > sent.start]
        if any((q.article, q.index) in in_shared for q in inside):
            continue
        result[n] = replace(sent, quoted=False)
        speakers[n] = next((q.speaker for q in inside if q.speaker), None)
    return result, speakers


def _near(quotes: Sequence[Quote]) -> Callable[[int, int], Sequence[Quote]]:
    """For an article's quotations in text order, those that may overlap a stretch of it:
    a run found by bisection when they do not overlap one another, else all of them."""
    disjoint = all(a.end <= b.start for a, b in pairwise(quotes))
    starts, ends = [q.start for q in quotes], [q.end for q in quotes]
    if not disjoint:
        return lambda start, end: quotes
    return lambda start, end: quotes[bisect_right(ends, start) : bisect_left(starts, end)]


def align_sentences(
    articles: Sequence[Article],
    quotes: Sequence[Quote],
    *,
    options: Options | AlignOptions = DEFAULT_OPTIONS,
    families: Sequence[QuoteFamily] | None = None,
) -> SentenceAlignment:
    """Each context sentence's best counterpart in every other article, and what follows.

    A sentence that is mostly direct quotation of a shared quote family (``families``, built
    here when not given) belongs to that family and is left out; one of a quotation only
    its article carries counts like any other sentence, marked with its speaker.
    Counterparts are sought among all sentences of the other article, quotations
    included, so context that another outlet carries as a quotation is not "unique".
    """
    opts = align_options(options)
    if families is None:
        families = build_quote_families(quotes, options=opts, articles=articles)
    sents, speakers = _own_quotations(sentence_records(articles, quotes, opts), quotes, families)
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
            added.append(
                AddedContext(
                    sent.article,
                    sent.index,
                    sent.text,
                    sent.start,
                    sent.end,
                    n in speakers,
                    speakers.get(n),
                )
            )

    omissions = _omissions(sents, scores, best, articles, opts, speakers)
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
    sents: Sequence[Sent],
    scores: Mapping[tuple[int, int], float],
    best: Mapping[int, Mapping[str, tuple[float, int, int]]],
    articles: Sequence[Article],
    opts: AlignOptions,
    speakers: Mapping[int, str | None],
) -> list[Omission]:
    # One item = context sentences of several articles that say the same thing; an item is
    # missing from every article where none of its sentences has a counterpart.
    forest = UnionFind(len(sents))
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
        first = members[0]
        text = sents[first].text
        for article in all_ids:
            if article in present:
                continue
            found = any(
                best.get(n, {}).get(article, (0.0, 0, 0))[0] >= opts.reworded_threshold
                for n in members
            )
            if not found:
                omissions.append(
                    Omission(article, text, tuple(present), first in speakers, speakers.get(first))
                )
    rank = {a: n for n, a in enumerate(all_ids)}
    omissions.sort(key=lambda o: rank[o.article])
    return omissions
