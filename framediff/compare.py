"""``compare(articles, *, options) -> Comparison``: every stage, in order, with no I/O.

1. attributions of each article (quotations, reported speech, name mentions), speakers
   named alike across outlets;
2. article-to-article similarity and event groups (articles about different events are
   never compared with each other);
3. within each group: quote families with their typed diffs, sentence alignment (added
   context, omissions, recycled text) and quote-to-paraphrase links;
4. framing signals over the whole set.

The result is deterministic: the same articles in any order give the same comparison
(articles are put in id order first).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from typing import Any

from framediff import __version__
from framediff.accounting import Accounting, account
from framediff.align import (
    AddedContext,
    Omission,
    ParaphraseLink,
    QuoteFamily,
    Recycled,
    SentenceAlignment,
    SentenceMatch,
    SimilarityMatrix,
    align_sentences,
    article_similarity,
    build_quote_families,
    group_events,
    link_paraphrases,
)
from framediff.align.original import OriginalMatch, match_original
from framediff.attribution import attribute, unify_attributions
from framediff.errors import InputError, NotEnoughArticlesError
from framediff.framing import Framing, framing_signals
from framediff.limits import check_text_sizes
from framediff.model import Article, Attributions, Quote, ReportedSpeech
from framediff.options import DEFAULT_OPTIONS, Options

# Bumped when a key of the JSON form changes meaning or disappears; docs/schema.json.
SCHEMA_VERSION = "2"  # 2: reported speech moved from framing to the top level

Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class Comparison:
    """Everything framediff found about a set of articles."""

    articles: tuple[Article, ...]
    quotes: tuple[Quote, ...]
    reported: tuple[ReportedSpeech, ...]
    similarity: SimilarityMatrix
    groups: tuple[tuple[str, ...], ...]
    families: tuple[QuoteFamily, ...]
    paraphrase_links: tuple[ParaphraseLink, ...]
    alignment: SentenceAlignment
    framing: Framing
    options: Options
    # Report labels: the outlet, told apart by date or id where one outlet has several.
    labels: tuple[tuple[str, str], ...] = ()
    # A transcript or statement given as the base text, and how far each article's
    # rendering of each quotation is from its closest span (``align.original``).
    original: Article | None = None
    original_matches: tuple[OriginalMatch, ...] = ()

    @cached_property
    def _by_id(self) -> dict[str, Article]:
        return {article.id: article for article in self.articles}

    @cached_property
    def _labels(self) -> dict[str, str]:
        return dict(self.labels)

    def article(self, article_id: str) -> Article:
        return self._by_id[article_id]

    def label(self, article_id: str) -> str:
        """The name reports show for an article: its outlet (its id when unknown)."""
        return self._labels.get(article_id) or self.article(article_id).label

    @property
    def headline(self) -> str:
        """The report's title: "How 5 articles from 4 outlets reported the story"."""
        articles = len(self.articles)
        outlets = len({a.label for a in self.articles})
        if outlets == articles:
            return f"How {articles} outlets reported the story"
        return f"How {articles} articles from {outlets} outlets reported the story"

    def quotation_count(self, article_id: str) -> int:
        """Direct quotations (speech and fragments; terms are not quotations) of an article."""
        return sum(1 for q in self.quotes if q.article == article_id and q.kind != "term")

    def group_size(self, article_id: str) -> int:
        return next((len(g) for g in self.groups if article_id in g), 1)

    @property
    def informative_omissions(self) -> tuple[Omission, ...]:
        """Omissions in groups of three or more: in a pair they only mirror added context."""
        return tuple(o for o in self.alignment.omissions if self.group_size(o.article) > 2)

    @cached_property
    def accounting(self) -> Accounting:
        """Each sentence's one status and each removal's reason: nothing lost unsaid."""
        return account(
            self.articles,
            groups=self.groups,
            quotes=self.quotes,
            families=self.families,
            alignment=self.alignment,
            options=self.options.align,
        )

    @property
    def shared_families(self) -> tuple[QuoteFamily, ...]:
        return tuple(f for f in self.families if f.shared)

    def to_json(self) -> dict[str, Any]:
        return {
            "framediff": {"version": __version__, "schema": SCHEMA_VERSION},
            "articles": [
                {
                    **a.to_json(full=False),
                    "words": len(a.body.split()),
                    "quotations": self.quotation_count(a.id),
                }
                for a in self.articles
            ],
            "groups": [list(group) for group in self.groups],
            "similarity": self.similarity.to_json(),
            "quotes": [q.to_json() for q in self.quotes],
            "reported_speech": [r.to_json() for r in self.reported],
            "quote_families": [
                f.to_json({a.id: self.label(a.id) for a in self.articles}) for f in self.families
            ],
            "paraphrase_links": [link.to_json() for link in self.paraphrase_links],
            "added_context": [a.to_json() for a in self.alignment.added],
            "omissions": [o.to_json() for o in self.alignment.omissions],
            "recycled": [r.to_json() for r in self.alignment.recycled],
            "sentence_matches": [m.to_json() for m in self.alignment.matches],
            "framing": self.framing.to_json(),
            "accounting": self.accounting.to_json(),
            "options": self.options.to_json(),
            **self._original_json(),
        }

    def _original_json(self) -> dict[str, Any]:
        """The base text and each quotation's distance to it; absent without a base text."""
        if self.original is None:
            return {}
        return {
            "original": {
                "title": self.original.title,
                "path": self.original.path,
                "matches": [m.to_json() for m in self.original_matches],
            }
        }


def _check_articles(articles: Sequence[Article]) -> tuple[Article, ...]:
    if len(articles) < 2:
        raise NotEnoughArticlesError(
            f"compare needs at least two articles, got {len(articles)}: give two or more "
            "files, a story folder or a .jsonl corpus (use 'framediff quotes' for one article)"
        )
    ids = [a.id for a in articles]
    if len(set(ids)) != len(ids):
        duplicate = next(i for i in ids if ids.count(i) > 1)
        raise InputError(f"two articles share the id {duplicate!r}: give them distinct ids")
    return tuple(sorted(articles, key=lambda a: a.id))


def report_labels(articles: Sequence[Article]) -> tuple[tuple[str, str], ...]:
    """A distinct label for each article: the outlet, plus the date or id when needed."""
    by_label: dict[str, list[Article]] = {}
    for article in articles:
        by_label.setdefault(article.label, []).append(article)
    labels: list[tuple[str, str]] = []
    for article in articles:
        siblings = by_label[article.label]
        if len(siblings) == 1:
            labels.append((article.id, article.label))
            continue
        dates = [a.date for a in siblings]
        distinct_dates = article.date and dates.count(article.date) == 1
        suffix = article.date if distinct_dates else article.id
        labels.append((article.id, f"{article.label} ({suffix})"))
    return tuple(labels)


def _renumber(
    per_group: Sequence[tuple[Sequence[QuoteFamily], Sequence[ParaphraseLink]]],
) -> tuple[list[QuoteFamily], list[ParaphraseLink]]:
    """One id sequence over all groups: shared quotations first (Q1 …), then the rest.

    Each group numbers its own families from Q1; the ids a reader sees must be unique, and
    the quotations several outlets share are the ones a report leads with.
    """
    ordered = [(g, f) for g, (families, _) in enumerate(per_group) for f in families]
    ordered.sort(key=lambda item: not item[1].shared)  # stable: keeps group order
    mapping = {(g, f.id): f"Q{n}" for n, (g, f) in enumerate(ordered, start=1)}
    families = [replace(f, id=mapping[(g, f.id)]) for g, f in ordered]
    links = [
        replace(link, family=mapping.get((g, link.family), link.family))
        for g, (_, group_links) in enumerate(per_group)
        for link in group_links
    ]
    return families, links


def compare(
    articles: Sequence[Article],
    *,
    options: Options = DEFAULT_OPTIONS,
    progress: Progress | None = None,
    original: Article | None = None,
) -> Comparison:
    """Compare two or more articles; see the module docstring for the stages.

    ``original`` (a transcript or statement) is the base text: every quotation's rendering
    is measured against its closest span (``align.original.match_original``).
    """
    ordered = _check_articles(articles)
    check_text_sizes(((a.path or a.id, len(a.text)) for a in ordered), options.load)
    report = progress or (lambda stage, done, total: None)

    per_article: list[Attributions] = []
    for done, article in enumerate(ordered):
        report("quotations", done, len(ordered))
        per_article.append(attribute(article, options=options.quotes))
    report("quotations", len(ordered), len(ordered))
    attributions = unify_attributions(per_article)
    quotes = tuple(q for a in attributions for q in a.quotes)

    report("grouping", 0, 1)
    similarity = article_similarity(ordered, quotes, options=options)
    groups = group_events(ordered, quotes, options=options, matrix=similarity)

    per_group: list[tuple[Sequence[QuoteFamily], Sequence[ParaphraseLink]]] = []
    matches: list[SentenceMatch] = []
    added: list[AddedContext] = []
    omissions: list[Omission] = []
    recycled: list[Recycled] = []
    for done, group in enumerate(groups):
        report("comparing", done, len(groups))
        members = set(group)
        group_articles = [a for a in ordered if a.id in members]
        group_quotes = [q for q in quotes if q.article in members]
        group_families = build_quote_families(
            group_quotes, options=options, articles=group_articles
        )
        group_links: tuple[ParaphraseLink, ...] = ()
        if len(group_articles) > 1:
            alignment = align_sentences(
                group_articles, group_quotes, options=options, families=group_families
            )
            matches.extend(alignment.matches)
            added.extend(alignment.added)
            omissions.extend(alignment.omissions)
            recycled.extend(alignment.recycled)
            group_links = link_paraphrases(
                group_articles, group_quotes, options=options, families=group_families
            )
        per_group.append((group_families, group_links))
    report("comparing", len(groups), len(groups))
    families, links = _renumber(per_group)

    report("framing", 0, 1)
    framing = framing_signals(ordered, attributions, families, options=options)
    report("framing", 1, 1)
    return Comparison(
        articles=ordered,
        quotes=quotes,
        reported=tuple(r for a in attributions for r in a.reported),
        similarity=similarity,
        groups=groups,
        families=tuple(families),
        paraphrase_links=tuple(links),
        alignment=SentenceAlignment(
            tuple(matches), tuple(added), tuple(omissions), tuple(recycled)
        ),
        framing=framing,
        options=options,
        labels=report_labels(ordered),
        original=original,
        original_matches=match_original(families, original) if original is not None else (),
    )
