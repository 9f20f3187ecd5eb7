"""Paraphrase links: a direct quotation in one article reported in another's own words."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Sequence

from framediff.align.common import align_options, article_rank
from framediff.align.families import build_quote_families
from framediff.align.records import ParaphraseLink, QuoteFamily
from framediff.align.sentences import sentence_records
from framediff.model import Article, Quote
from framediff.options import DEFAULT_OPTIONS, AlignOptions, Options
from framediff.similarity import content_words, paraphrase_pieces, pieces_paraphrase_score


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
    opts = align_options(options)
    if families is None:
        families = build_quote_families(quotes, options=opts, articles=articles)
    rank = article_rank(a.id for a in articles)
    sents = [s for s in sentence_records(articles, quotes, opts) if not s.quoted]

    # An index from a content word to the sentences that use it (positions in ``sents``,
    # which lists them by article rank, then text order): a quotation is scored only
    # against the sentences sharing enough of its words, found without testing every
    # sentence of every other article.
    index: dict[str, list[int]] = defaultdict(list)
    for n, sent in enumerate(sents):
        for word in set(sent.words):
            index[word].append(n)

    # Each article's sentences are one run of positions in ``sents``.
    runs: dict[str, tuple[int, int]] = {}
    for n, sent in enumerate(sents):
        runs[sent.article] = (runs.get(sent.article, (n, n))[0], n + 1)

    # best per paraphrase sentence: (score, -rank, -family order) decides.
    chosen: dict[tuple[str, int], tuple[tuple[float, int, int], ParaphraseLink]] = {}
    for order, family in enumerate(families):
        quoting = set(family.articles)
        for article, text in family.renderings:
            if article not in rank:
                continue
            quote_words = set(content_words(text))
            # Only the sentences of articles that do not quote the family are searched: the
            # postings are cut to those runs (a long article's own sentences are skipped).
            searched = _searched(runs, quoting, len(sents))
            hits: Counter[int] = Counter()
            for word in quote_words:
                posting = index.get(word, ())
                for lo, hi in searched:
                    hits.update(posting[bisect_left(posting, lo) : bisect_left(posting, hi)])
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


def _searched(
    runs: dict[str, tuple[int, int]], quoting: set[str], size: int
) -> list[tuple[int, int]]:
    """The stretches of positions ``0 … size`` outside the runs of the ``quoting`` articles."""
    stretches, start = [], 0
    for lo, hi in sorted(runs[a] for a in quoting if a in runs):
        if lo > start:
            stretches.append((start, lo))
        start = max(start, hi)
    if start < size:
        stretches.append((start, size))
    return stretches
