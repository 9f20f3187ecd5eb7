"""Candidate pairs by blocking: quotation texts that share a distinctive run of words.

Comparing every pair of a million quotations is 5·10¹¹ decisions; two cuts of one utterance
always share a run of at least ``shingle_words`` canonical words, so only texts that share
such a run (a shingle) are candidates. The index is sort-based, in numpy: every (shingle,
text) pair in one array, sorted, cut into posting lists; a shingle held by more than
``shingle_cap`` texts is a stock phrase of the news and is dropped. A shingle of function
words alone ("it is not a") is never distinctive and is never indexed.

Texts are "nodes": distinct canonical word lists (see ``framediff.corpus.cluster``), so an
outlet copying a quotation word for word adds no pairs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain, count

import numpy as np
import numpy.typing as npt

from framediff.options import DEFAULT_CORPUS_OPTIONS, CorpusOptions
from framediff.similarity import STOPWORDS
from framediff.variants import canonical_words

IntArray = npt.NDArray[np.int64]

_CANONICAL_STOPWORDS = frozenset(w for s in STOPWORDS for w in canonical_words(s))
# Word ids below 2**21 pack three to a 63-bit shingle exactly; a larger vocabulary is hashed.
_PACK_BITS = 21


@dataclass(frozen=True)
class Vocabulary:
    """Every node's words as integer ids, flat, with where each node starts."""

    words: tuple[str, ...]
    ids: IntArray  # word id at each position, all nodes one after the other
    offsets: IntArray  # node n's words are ids[offsets[n]:offsets[n + 1]]

    @property
    def nodes(self) -> int:
        return len(self.offsets) - 1

    def node_of_position(self) -> IntArray:
        lengths = np.diff(self.offsets)
        return np.repeat(np.arange(self.nodes, dtype=np.int64), lengths)


def vocabulary(texts: Sequence[Sequence[str]]) -> Vocabulary:
    """Integer ids for the words of ``texts`` (canonical word lists), in first-seen order."""
    # A new word takes the next number: the look-ups run in C (``map``, ``__missing__``),
    # at a million quotations twenty million of them.
    ids: defaultdict[str, int] = defaultdict(count().__next__)
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    offsets = np.zeros(len(texts) + 1, dtype=np.int64)
    np.cumsum(lengths, out=offsets[1:])
    flat = np.fromiter(
        map(ids.__getitem__, chain.from_iterable(texts)), dtype=np.int64, count=int(offsets[-1])
    )
    return Vocabulary(tuple(ids), flat, offsets)


def distinct(values: IntArray) -> IntArray:
    """The distinct values, sorted: ``np.unique`` by a sort, which on millions of int64 is
    a hundred times faster here than the hash table ``np.unique`` uses (numpy 2)."""
    ordered = np.sort(values)
    if not len(ordered):
        return ordered
    return ordered[np.r_[True, ordered[1:] != ordered[:-1]]]


def document_frequency(vocab: Vocabulary) -> IntArray:
    """How many nodes use each word (once per node however often it repeats)."""
    if not len(vocab.ids):
        return np.zeros(len(vocab.words), dtype=np.int64)
    pairs = distinct(vocab.node_of_position() * len(vocab.words) + vocab.ids)
    return np.bincount(pairs % len(vocab.words), minlength=len(vocab.words))


def shingles(vocab: Vocabulary, size: int) -> tuple[IntArray, IntArray]:
    """Every distinctive shingle of every node: (shingle value, node) arrays."""
    ids, node = vocab.ids, vocab.node_of_position()
    count = len(ids) - size + 1
    if count <= 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    # A shingle starting at i stays inside its node when its last word is in the same node.
    inside = node[:count] == node[size - 1 : size - 1 + count]
    stop = np.zeros(len(vocab.words), dtype=bool)
    stop[[n for n, w in enumerate(vocab.words) if w in _CANONICAL_STOPWORDS]] = True
    distinctive = np.zeros(count, dtype=bool)
    value = np.zeros(count, dtype=np.int64)
    packed = len(vocab.words) < 2**_PACK_BITS and size * _PACK_BITS <= 63
    for k in range(size):
        part = ids[k : k + count]
        distinctive |= ~stop[part]
        # Packed exactly, or else a multiplicative hash: a collision adds a candidate and
        # loses none.
        # In place: at a million quotations each temporary is 160 MB.
        if packed:
            value <<= _PACK_BITS
            value |= part
        else:
            value *= np.int64(1_000_003)
            value += part
    keep = inside & distinctive
    del inside, distinctive
    return value[keep], node[:count][keep]


def candidate_pairs(
    vocab: Vocabulary, *, options: CorpusOptions = DEFAULT_CORPUS_OPTIONS
) -> IntArray:
    """Node pairs (a < b) that share a distinctive shingle held by at most ``shingle_cap``
    nodes, each once, as an (n, 2) array sorted by a then b."""
    # No name here keeps the shingle arrays: the callee frees each as it sorts them.
    return pairs_sharing_a_key(
        *shingles(vocab, options.shingle_words), cap=options.shingle_cap, nodes=vocab.nodes
    )


def pairs_sharing_a_key(value: IntArray, node: IntArray, *, cap: int, nodes: int) -> IntArray:
    """Node pairs (a < b) that hold one key (``value[i]`` is held by ``node[i]``) that at
    most ``cap`` nodes hold, each pair once, as an (n, 2) array sorted by a then b. A key
    held by more is too common to tell anything and pairs nobody."""
    if not len(value):
        return np.zeros((0, 2), dtype=np.int64)
    if np.all(node[1:] >= node[:-1]):
        # Keys come in node order (shingles by position, MinHash by node), so a stable sort
        # by key keeps each posting list's nodes in order, at the cost of one sort.
        order = np.argsort(value, kind="stable")
    else:
        order = np.lexsort((node, value))
    value, node = value[order], node[order]
    del order
    first = np.ones(len(value), dtype=bool)
    first[1:] = (value[1:] != value[:-1]) | (node[1:] != node[:-1])
    value, node = value[first], node[first]  # one entry per (key, node)
    del first
    starts = np.flatnonzero(np.r_[True, value[1:] != value[:-1]])
    sizes = np.diff(np.r_[starts, len(value)])
    found = []
    for size in range(2, cap + 1):
        at = starts[sizes == size]
        if not len(at):
            continue
        members = node[at[:, None] + np.arange(size)]  # one row per posting list
        left, right = np.triu_indices(size, 1)
        # Each pair as one number, a * nodes + b: half the memory of the pair.
        found.append((members[:, left] * nodes + members[:, right]).ravel())
    if not found:
        return np.zeros((0, 2), dtype=np.int64)
    keys = distinct(np.concatenate(found))
    del found
    return np.stack([keys // nodes, keys % nodes], axis=1)
