"""From quotations to families: nodes, blocking, verification on an engine, union-find.

``group_quotations`` is the whole of it, a pure function of the quotations' canonical
words and credited speakers (plus, when a corpus grows, the links already accepted): the
benchmarks call it on a million generated quotations, ``index_corpus`` on the quotations
of a corpus's articles.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Protocol

import numpy as np
import numpy.typing as npt

from framediff.align.utterance import Rarity, StockPhrases
from framediff.corpus.blocking import (
    IntArray,
    Vocabulary,
    candidate_pairs,
    document_frequency,
    vocabulary,
)
from framediff.corpus.cluster import Nodes, families, nodes
from framediff.corpus.minhash import minhash_pairs
from framediff.corpus.records import ExtractedArticle
from framediff.corpus.verify import PairTask, corpus_rarity, pair_task
from framediff.ingest.load import SourceToClean
from framediff.options import (
    DEFAULT_CORPUS_OPTIONS,
    AlignOptions,
    CorpusOptions,
    Options,
)

Progress = Callable[[str, int, int], None]


class Engine(Protocol):
    """Where the stage functions run: ``LocalEngine`` or ``DaskEngine``."""

    name: str

    def extract(
        self, chunks: Sequence[Sequence[SourceToClean]], *, options: Options, progress: Progress
    ) -> list[ExtractedArticle]: ...

    def verify(
        self,
        tasks: Sequence[PairTask],
        *,
        options: AlignOptions,
        rarity: Rarity | None,
        stock: StockPhrases | None,
        progress: Progress,
    ) -> list[IntArray]: ...


@dataclass(frozen=True)
class Grouping:
    """Each quotation's family (the smallest quotation index in it), and what it took."""

    labels: IntArray
    nodes: int
    candidate_pairs: int
    verified_pairs: int
    # Accepted pairs as quotation indexes (one quotation for each text), for the store.
    links: IntArray

    @property
    def families(self) -> int:
        return len(np.unique(self.labels))


def _quiet(stage: str, done: int, total: int) -> None:
    return None


def corpus_align(align: AlignOptions, options: CorpusOptions) -> AlignOptions:
    """``compare``'s decision with the thresholds a whole corpus needs: an overlap carries
    at least ``options.family_min_evidence_overlap`` (see its reason)."""
    overlap = max(align.family_min_evidence_overlap, options.family_min_evidence_overlap)
    return replace(align, family_min_evidence_overlap=overlap)


def _tasks(pairs: IntArray, graph: Nodes, vocab: Vocabulary, size: int) -> list[PairTask]:
    return [
        pair_task(pairs[start : start + size], vocab, graph.speakers)
        for start in range(0, len(pairs), size)
    ]


def group_quotations(
    words: Sequence[tuple[str, ...]],
    speakers: Sequence[str | None],
    *,
    engine: Engine,
    options: CorpusOptions = DEFAULT_CORPUS_OPTIONS,
    align: AlignOptions | None = None,
    known: IntArray | None = None,
    fresh: npt.NDArray[np.bool_] | None = None,
    stock: StockPhrases | None = None,
    progress: Progress = _quiet,
) -> Grouping:
    """Families of quotations given by canonical words and speakers, index for index.

    ``known`` holds pairs (quotation indexes) accepted by an earlier run; with ``fresh``
    (True for each quotation new since then) only pairs that involve a new quotation are
    verified again. ``stock`` holds the short texts the writers also use in their own prose
    (``framediff.corpus.stock``).
    """
    align = corpus_align(align or AlignOptions(), options)
    progress("blocking", 0, 1)
    graph = nodes(words, speakers)
    vocab = vocabulary(graph.words)
    rarity = corpus_rarity(
        vocab.words, document_frequency(vocab), len(graph.words), rare_in=options.rare_in
    )
    if options.blocking == "minhash":
        pairs = minhash_pairs(vocab, options=options)
    else:
        pairs = candidate_pairs(vocab, options=options)
    candidates = len(pairs)
    if fresh is not None:
        new = np.zeros(len(graph.words), dtype=bool)
        new[graph.of_quote[fresh]] = True
        pairs = pairs[new[pairs[:, 0]] | new[pairs[:, 1]]]
    shared = graph.shared()
    pairs = np.concatenate([np.stack([shared, shared], axis=1), pairs])
    progress("blocking", 1, 1)
    accepted = engine.verify(
        _tasks(pairs, graph, vocab, options.pair_chunk),
        options=align,
        rarity=rarity,
        stock=stock,
        progress=progress,
    )
    if known is not None and len(known):
        accepted.append(graph.of_quote[known])
    labels = families(graph, accepted)
    # One quotation stands for each text: the first that has it.
    _, first = np.unique(graph.of_quote, return_index=True)
    edges = np.concatenate(accepted) if accepted else np.zeros((0, 2), dtype=np.int64)
    return Grouping(labels, len(graph.words), candidates, len(pairs), first[edges])
