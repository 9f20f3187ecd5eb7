"""Verification: the candidate pairs that are one utterance, by ``compare``'s own decision.

Every candidate pair is put to ``framediff.align.utterance.same_words``, the pure decision
quote families make in ``compare``. Its one piece of context, how rare each word is, comes
from the corpus: ``corpus_rarity`` is ``word_rarity`` over the corpus's distinct quotation
texts; the stock-phrase rule reads the corpus's prose (``framediff.corpus.stock``) when the
quotations come from articles.

A chunk of pairs is verified by one task, which first settles in numpy, for all its pairs
at once, those that ``same_words`` must refuse (``possible``: too little evidence in the
words they share), then skips a pair already joined through others in the same chunk:
joins are transitive, so the families do not change.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from framediff.align.utterance import Rarity, StockPhrases, same_words
from framediff.corpus.blocking import IntArray, Vocabulary
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

    ``pairs`` index the task's nodes (local numbering); ``nodes`` maps a local index back
    to the corpus's node. Node n's words are ``vocabulary[i]`` for each i of
    ``ids[offsets[n]:offsets[n + 1]]``: integers travel to the worker, and each distinct
    word once. A pair (n, n) asks whether a text copied word for word by several articles
    is quotable as one utterance at all.
    """

    pairs: IntArray
    nodes: IntArray
    ids: IntArray
    offsets: IntArray
    vocabulary: tuple[str, ...]
    speakers: tuple[str | None, ...]

    def words(self, node: int) -> tuple[str, ...]:
        """The canonical words of local node ``node``."""
        found = self.ids[self.offsets[node] : self.offsets[node + 1]].tolist()
        return tuple(self.vocabulary[i] for i in found)


def pair_task(pairs: IntArray, vocab: Vocabulary, speakers: Sequence[str | None]) -> PairTask:
    """The task for ``pairs`` of corpus nodes, whose words are ``vocab``'s."""
    nodes, local = _renumber(pairs, vocab.nodes)
    lengths = vocab.offsets[nodes + 1] - vocab.offsets[nodes]
    offsets = np.zeros(len(nodes) + 1, dtype=np.int64)
    np.cumsum(lengths, out=offsets[1:])
    # Every position of the task's nodes, in node order, as an index into vocab.ids.
    starts = np.repeat(vocab.offsets[nodes] - offsets[:-1], lengths)
    positions = starts + np.arange(int(offsets[-1]), dtype=np.int64)
    used, ids = _renumber(vocab.ids[positions], len(vocab.words))
    return PairTask(
        local.reshape(pairs.shape).astype(np.int64),
        nodes.astype(np.int64),
        ids.astype(np.int64),
        offsets,
        tuple(vocab.words[i] for i in used.tolist()),
        tuple(speakers[n] for n in nodes.tolist()),
    )


def _renumber(values: IntArray, size: int) -> tuple[IntArray, IntArray]:
    """``np.unique(values, return_inverse=True)`` for integers in ``range(size)``, by a
    table instead of a sort: a task's words are hundreds of thousands of positions, and
    sorting them was most of the cost of making the task."""
    seen = np.zeros(size, dtype=bool)
    seen[values] = True
    distinct = np.flatnonzero(seen)
    number = np.empty(size, dtype=np.int64)
    number[distinct] = np.arange(len(distinct), dtype=np.int64)
    return distinct, number[values]


def could_join(
    a: Sequence[str],
    b: Sequence[str],
    *,
    different_speakers: bool,
    options: AlignOptions,
    rarity: Rarity | None,
) -> bool:
    """False only when ``same_words`` must say no: a quick bound, never another verdict.

    One pair at a time; ``possible`` is the same bound for every pair of a task at once.
    Every word of the stretch ``same_words`` weighs is matched one to one with an equal word
    of the other text, so the stretch holds at most the words both texts have (counted as
    often as the rarer of the two has them) and its evidence is at most their summed
    weights. A cut needs the stretch to hold ``family_min_fidelity`` of the words of the
    text it cuts, so when the words in common are fewer than that share of the shorter
    text the pair can only be an overlap, which needs ``family_min_evidence_overlap``. Most
    candidates fall short, and are settled here at a fraction of the cost. A censored word
    ("f***") may stand for any word, so texts with one always go to the full decision.
    """
    if any("*" in w for w in a) or any("*" in w for w in b):
        return True
    common = Counter(a) & Counter(b)
    shared = sum(common.values())
    if shared < options.family_min_shared_words:
        return False
    bound = 0.0
    for word, count in common.items():
        bound += _weight(word, rarity) * count
    return bool(bound >= _needed(shared, len(a), len(b), different_speakers, options) - _ROUNDING)


# Sums of the same weights in another order differ in the last bits: the bound gives way
# by this much so that it never refuses a pair the decision would accept.
_ROUNDING = 1e-9


def _weight(word: str, rarity: Rarity | None) -> float:
    weight = rarity.get(word) if rarity is not None else None
    if weight is None:
        weight = _STOPWORD_WEIGHT if word in _CANONICAL_STOPWORDS else 1.0
    return weight


def _needed(
    shared: int, length_a: int, length_b: int, different: bool, options: AlignOptions
) -> float:
    if different:
        return options.family_min_evidence_other_speaker
    if shared >= options.family_min_fidelity * min(length_a, length_b):
        return min(options.family_min_evidence, options.family_min_evidence_overlap)
    return options.family_min_evidence_overlap


def possible(
    task: PairTask, *, options: AlignOptions, rarity: Rarity | None
) -> npt.NDArray[np.bool_]:
    """``could_join`` for every pair of ``task`` at once, in numpy.

    The words two texts have in common, as a multiset, are the (word, k-th occurrence)
    keys both have: each position of the shorter text is looked up, as such a key, among
    the sorted keys of the other.
    """
    pairs = task.pairs
    if not len(pairs):
        return np.zeros(0, dtype=bool)
    lengths = np.diff(task.offsets)
    node = np.repeat(np.arange(len(lengths), dtype=np.int64), lengths)
    ids = task.ids
    words = len(task.vocabulary)
    # Which occurrence of its word in its node each position is (0 for the first, 1 for the
    # second …, in any order among equals): sorting by (node, word) puts equals together.
    plain = node * words + ids
    order = np.argsort(plain)
    sorted_plain = plain[order]
    group = np.r_[True, sorted_plain[1:] != sorted_plain[:-1]]
    group_start = np.maximum.accumulate(np.where(group, np.arange(len(ids)), 0))
    rank = np.empty(len(ids), dtype=np.int64)
    rank[order] = np.arange(len(ids)) - group_start
    repeats = int(rank.max()) + 1 if len(rank) else 1
    code = ids * repeats + rank  # a word and which occurrence of it
    keys = node * (words * repeats) + code  # sorted as plain[order] is, rank breaking ties
    keys = keys[order]
    a, b = pairs[:, 0], pairs[:, 1]
    swap = lengths[a] > lengths[b]
    short, other = np.where(swap, b, a), np.where(swap, a, b)
    count = lengths[short]
    which = np.repeat(np.arange(len(pairs), dtype=np.int64), count)
    firsts = np.repeat(task.offsets[short] - np.cumsum(count) + count, count)
    positions = firsts + np.arange(int(count.sum()), dtype=np.int64)
    wanted = other[which] * (words * repeats) + code[positions]
    at = np.minimum(np.searchsorted(keys, wanted), len(keys) - 1)
    found = keys[at] == wanted
    weight = np.asarray([_weight(w, rarity) for w in task.vocabulary], dtype=np.float64)
    shared = np.bincount(which[found], minlength=len(pairs))
    bound = np.bincount(which[found], weights=weight[ids[positions[found]]], minlength=len(pairs))
    # Speakers as numbers, -1 for none: two different numbers are two named speakers.
    numbers: dict[str | None, int] = {None: -1}
    speaker = np.asarray([numbers.setdefault(x, len(numbers)) for x in task.speakers])
    sa, sb = speaker[a], speaker[b]
    different = (sa >= 0) & (sb >= 0) & (sa != sb)
    short_length = np.minimum(lengths[a], lengths[b])
    cut_possible = shared >= options.family_min_fidelity * short_length
    needed = np.where(
        different,
        options.family_min_evidence_other_speaker,
        np.where(
            cut_possible,
            min(options.family_min_evidence, options.family_min_evidence_overlap),
            options.family_min_evidence_overlap,
        ),
    )
    keep = (shared >= options.family_min_shared_words) & (bound >= needed - _ROUNDING)
    starred = np.asarray(["*" in w for w in task.vocabulary], dtype=bool)
    if starred.any():
        has = np.bincount(node[starred[ids]], minlength=len(lengths)) > 0
        keep |= has[a] | has[b]
    return np.asarray(keep, dtype=bool)


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
    words: dict[int, tuple[str, ...]] = {}

    def words_of(node: int) -> tuple[str, ...]:
        found = words.get(node)
        if found is None:
            found = words[node] = task.words(node)
        return found

    for a, b in task.pairs[possible(task, options=options, rarity=rarity)].tolist():
        ra, rb = find(a), find(b)
        if a != b and ra == rb:
            continue  # joined through others already
        sa, sb = task.speakers[a], task.speakers[b]
        against = sa is not None and sb is not None and sa != sb
        if same_words(
            words_of(a),
            words_of(b),
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
