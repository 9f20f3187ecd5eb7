"""``index_corpus``: articles in, the corpus database brought up to date.

1. articles whose id and content hash (of the raw text) the store already has are left as
   they are, not even cleaned; new ones are cleaned and extracted and changed ones cleaned
   and extracted again (``extract_sources`` on the engine);
2. the short quotation texts the writers also use in their prose are found
   (``framediff.corpus.stock``), and every stored quotation is grouped
   (``group_quotations``): only pairs that involve a new quotation are verified, the links
   of earlier runs are kept (they were decided with the rarity and prose of their run);
3. families are summarised (outlets, cuts, whether the credits differ) and written.

The store is handed in (``framediff.corpus.store``); everything is one transaction.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from framediff.align.utterance import same_person, speaker_key
from framediff.corpus.grouping import Engine, Progress, group_quotations
from framediff.corpus.records import FamilyRow
from framediff.corpus.stock import stock_phrases
from framediff.corpus.store import CorpusStore, StoredQuotation
from framediff.ingest.load import SourceToClean
from framediff.options import DEFAULT_CORPUS_OPTIONS, DEFAULT_OPTIONS, CorpusOptions, Options


@dataclass(frozen=True)
class IndexSummary:
    """What one run of ``index_corpus`` did."""

    articles: int
    added: int
    changed: int
    unchanged: int
    quotations: int
    families: int
    shared_families: int
    candidate_pairs: int
    verified_pairs: int
    engine: str


def _quiet(stage: str, done: int, total: int) -> None:
    return None


def family_speaker(credits: Counter[str]) -> str | None:
    """Whom a family's quotations credit most: credits that name one person ("Biden", "Joe
    Biden", "President Joe Biden": ``same_person`` with every credit of the group) count
    together, and the person is named by the fullest credit given (the most words, then the
    most often)."""
    people: list[list[str]] = []
    for credit in sorted(credits, key=lambda c: (-credits[c], c)):
        person = next((p for p in people if all(same_person(credit, c) for c in p)), None)
        if person is None:
            people.append([credit])
        else:
            person.append(credit)
    if not people:
        return None
    best = max(people, key=lambda p: (sum(credits[c] for c in p), -people.index(p)))
    return max(best, key=lambda c: (len(c.split()), credits[c], c))


def summarise_families(
    quotations: Sequence[StoredQuotation],
    labels: Sequence[int],
    articles: dict[str, tuple[str, str | None]],
) -> tuple[list[FamilyRow], list[tuple[int, int, str]]]:
    """Family rows and member rows; families numbered 1 … in order of first quotation."""
    groups: dict[int, list[StoredQuotation]] = defaultdict(list)
    for quotation, label in zip(quotations, labels, strict=True):
        groups[label].append(quotation)
    rows: list[FamilyRow] = []
    members: list[tuple[int, int, str]] = []
    for number, label in enumerate(sorted(groups), start=1):
        group = groups[label]
        by_article: dict[str, list[StoredQuotation]] = defaultdict(list)
        for q in group:
            by_article[q.article].append(q)
        credits = [next((q.speaker for q in qs if q.speaker), None) for qs in by_article.values()]
        speakers = Counter(q.speaker for q in group if q.speaker)
        dates = sorted(d for a in by_article if (d := articles[a][1]))
        rows.append(
            FamilyRow(
                id=number,
                text=max(group, key=lambda q: (len(q.words), -q.id)).text,
                speaker=family_speaker(speakers),
                quotations=len(group),
                articles=len(by_article),
                outlets=len({articles[a][0] for a in by_article}),
                cuts=len({q.words for q in group}),
                speakers=len({speaker_key(c) for c in credits if c}),
                attribution_differs=any(not same_person(c, credits[0]) for c in credits[1:]),
                first_date=dates[0] if dates else None,
                last_date=dates[-1] if dates else None,
            )
        )
        members.extend((number, q.id, q.article) for q in group)
    return rows, members


def index_corpus(
    articles: Sequence[SourceToClean],
    store: CorpusStore,
    *,
    engine: Engine,
    options: Options = DEFAULT_OPTIONS,
    corpus: CorpusOptions = DEFAULT_CORPUS_OPTIONS,
    progress: Progress = _quiet,
) -> IndexSummary:
    """Bring ``store`` up to date with ``articles`` (see the module docstring)."""
    from framediff.corpus.records import content_hash

    stored = store.hashes()
    todo = [a for a in articles if stored.get(a.id) != content_hash(a.source.raw_text)]
    changed = [a.id for a in todo if a.id in stored]
    with store.transaction:
        store.remove_articles(changed)
        chunks = [
            todo[i : i + corpus.article_chunk] for i in range(0, len(todo), corpus.article_chunk)
        ]
        found = engine.extract(chunks, options=options, progress=progress) if todo else []
        store.add_articles(found)
        quotations = store.quotations()
        position = {q.id: n for n, q in enumerate(quotations)}
        fresh_articles = {a.id for a in todo}
        fresh = np.fromiter(
            (q.article in fresh_articles for q in quotations), dtype=bool, count=len(quotations)
        )
        known = np.asarray(
            [
                (position[a], position[b])
                for a, b in store.links()
                if a in position and b in position
            ],
            dtype=np.int64,
        ).reshape(-1, 2)
        stock = stock_phrases(
            (q.words for q in quotations),
            store.texts_and_spans(),
            max_words=options.align.family_stock_phrase_words,
        )
        grouping = group_quotations(
            [q.words for q in quotations],
            [q.speaker for q in quotations],
            engine=engine,
            options=corpus,
            align=options.align,
            known=known,
            fresh=fresh,
            stock=stock,
            progress=progress,
        )
        rows, members = summarise_families(
            quotations, grouping.labels.tolist(), store.outlets_and_dates()
        )
        ids = np.asarray([q.id for q in quotations], dtype=np.int64)
        store.replace_families(rows, members, ids[grouping.links] if len(ids) else grouping.links)
        store.set_meta({"engine": engine.name, "options": repr(corpus)})
    return IndexSummary(
        articles=len(stored) - len(changed) + len(todo),
        added=len(todo) - len(changed),
        changed=len(changed),
        unchanged=len(articles) - len(todo),
        quotations=len(quotations),
        families=len(rows),
        shared_families=sum(1 for r in rows if r.articles > 1),
        candidate_pairs=grouping.candidate_pairs,
        verified_pairs=grouping.verified_pairs,
        engine=engine.name,
    )
