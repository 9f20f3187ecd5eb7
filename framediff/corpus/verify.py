"""Verification: the candidate pairs that are one utterance, by ``compare``'s own decision.

Every candidate pair is put to ``framediff.align.utterance.same_words``, the pure decision
quote families make in ``compare``. Its one piece of context, how rare each word is, comes
from the corpus: ``corpus_rarity`` is ``word_rarity`` over the corpus's distinct quotation
texts; the stock-phrase rule reads the corpus's prose (``framediff.corpus.stock``) when the
quotations come from articles.

A chunk of pairs is verified by one task, which skips a pair already joined through
others in the same chunk: joins are transitive, so the families do not change.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from framediff.align.utterance import Rarity, StockPhrases, same_words
from framediff.corpus.blocking import IntArray
from framediff.options import AlignOptions
from framediff.similarity import STOPWORDS
from framediff.variants import canonical_words

# As in ``word_rarity``: a function word never weighs more than this.
_STOPWORD_WEIGHT = 0.2
_CANONICAL_STOPWORDS = frozenset(w for s in STOPWORDS for w in canonical_words(s))


def corpus_rarity(
    words: Sequence[str], frequency: Sequence[int] | IntArray, documents: int, *, rare_in: int
) -> dict[str, float] | None:
    """``word_rarity`` from counts: ``frequency[n]`` documents of ``documents`` use
    ``words[n]``. None when there are too few documents to tell rare from common."""
    scale = math.log((documents + 1) / (rare_in + 1))
    if scale < math.log(4):
        return None
    top = math.log(documents + 1)
    weights = (top - np.log(np.asarray(frequency, dtype=np.float64) + 1)) / scale
    return {
        w: min(_STOPWORD_WEIGHT if w in _CANONICAL_STOPWORDS else 1.0, max(0.0, float(x)))
        for w, x in zip(words, weights.tolist(), strict=True)
    }


@dataclass(frozen=True)
class PairTask:
    """A chunk of candidate pairs with the nodes they name, self-contained for any worker.

    ``pairs`` index ``words`` and ``speakers`` (local numbering); ``nodes`` maps a local
    index back to the corpus's node. A pair (n, n) asks whether a text copied word for
    word by several articles is quotable as one utterance at all.
    """

    pairs: IntArray
    nodes: IntArray
    words: tuple[tuple[str, ...], ...]
    speakers: tuple[str | None, ...]


def pair_task(
    pairs: IntArray, words: Sequence[tuple[str, ...]], speakers: Sequence[str | None]
) -> PairTask:
    """The task for ``pairs`` of corpus nodes."""
    nodes, local = np.unique(pairs, return_inverse=True)
    return PairTask(
        local.reshape(pairs.shape).astype(np.int64),
        nodes.astype(np.int64),
        tuple(words[n] for n in nodes.tolist()),
        tuple(speakers[n] for n in nodes.tolist()),
    )


def could_join(
    a: Sequence[str],
    b: Sequence[str],
    *,
    different_speakers: bool,
    options: AlignOptions,
    rarity: Rarity | None,
) -> bool:
    """False only when ``same_words`` must say no: a quick bound, never another verdict.

    Every word of the stretch ``same_words`` weighs is matched one to one with an equal word
    of the other text, so the stretch holds at most the words both texts have (counted as
    often as the rarer of the two has them) and its evidence is at most their summed
    weights. Most candidates two different named speakers share a shingle with fall short of
    the evidence two speakers need, and are settled here at a fraction of the cost. A
    censored word ("f***") may stand for any word, so texts with one always go to the full
    decision.
    """
    if any("*" in w for w in a) or any("*" in w for w in b):
        return True
    common = Counter(a) & Counter(b)
    if sum(common.values()) < options.family_min_shared_words:
        return False
    needed = (
        options.family_min_evidence_other_speaker
        if different_speakers
        else min(options.family_min_evidence, options.family_min_evidence_overlap)
    )
    bound = 0.0
    for word, count in common.items():
        weight = rarity.get(word) if rarity is not None else None
        if weight is None:
            weight = _STOPWORD_WEIGHT if word in _CANONICAL_STOPWORDS else 1.0
        bound += weight * count
        if bound >= needed:
            return True
    return False


def verify(
    task: PairTask,
    *,
    options: AlignOptions,
    rarity: Rarity | None,
    stock: StockPhrases | None = None,
) -> IntArray:
    """The pairs of ``task`` that are one utterance, as corpus node pairs."""
    parent = list(range(len(task.nodes)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    accepted: list[tuple[int, int]] = []
    for a, b in task.pairs.tolist():
        ra, rb = find(a), find(b)
        if a != b and ra == rb:
            continue  # joined through others already
        sa, sb = task.speakers[a], task.speakers[b]
        against = sa is not None and sb is not None and sa != sb
        if could_join(
            task.words[a],
            task.words[b],
            different_speakers=against,
            options=options,
            rarity=rarity,
        ) and same_words(
            task.words[a],
            task.words[b],
            different_speakers=against,
            options=options,
            rarity=rarity,
            stock=stock,
        ):
            accepted.append((a, b))
            parent[max(ra, rb)] = min(ra, rb)
    if not accepted:
        return np.zeros((0, 2), dtype=np.int64)
    return task.nodes[np.asarray(accepted, dtype=np.int64)]
