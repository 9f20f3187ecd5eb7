"""Candidate pairs by MinHash LSH: the other blocking, for corpora where it pays.

Each node (a distinct quotation text, as in ``framediff.corpus.blocking``) is the set of
its distinctive shingles. ``minhash_bands`` × ``minhash_rows`` hash functions each keep the
smallest hash of the set (its MinHash); two sets agree on one such value with probability
equal to their Jaccard similarity. A band is ``minhash_rows`` of those values together, and
two nodes whose band agrees in any band are candidates: the probability is
``1 - (1 - J**rows)**bands``, a step near ``(1 / bands) ** (1 / rows)``.

Jaccard similarity is the wrong measure for a cut: a six-word fragment of a thirty-word
quotation shares 4 of its 28 shingles (J = 0.14). The defaults are many narrow bands so that
such pairs are still found (see ``CorpusOptions``); ``benchmarks/families.py --blocking
minhash`` measures it against the shingle index. Both give candidates to the same
verification, so the families differ only by the pairs one of them missed.

The hash is splitmix64's finaliser over the shingle's value (exact packed words or their
hash) mixed with a per-function seed: vectorised over all shingles in numpy, one function
at a time, so memory stays that of the shingle arrays.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from framediff.corpus.blocking import (
    IntArray,
    Vocabulary,
    distinct,
    pairs_sharing_a_key,
    shingles,
)
from framediff.options import DEFAULT_CORPUS_OPTIONS, CorpusOptions

_U64 = npt.NDArray[np.uint64]
_GOLDEN = 0x9E3779B97F4A7C15  # odd: successive seeds far apart
_MIX_1 = np.uint64(0xBF58476D1CE4E5B9)
_MIX_2 = np.uint64(0x94D049BB133111EB)


def _mix(x: _U64) -> _U64:
    """splitmix64's finaliser: a bijection of 64-bit words that scatters every input bit."""
    x = (x ^ (x >> np.uint64(30))) * _MIX_1
    x = (x ^ (x >> np.uint64(27))) * _MIX_2
    return x ^ (x >> np.uint64(31))


def minhash_pairs(
    vocab: Vocabulary, *, options: CorpusOptions = DEFAULT_CORPUS_OPTIONS
) -> IntArray:
    """Node pairs (a < b) that agree in at least one band of their MinHash signatures,
    each once, as an (n, 2) array sorted by a then b (as ``candidate_pairs``)."""
    value, node = shingles(vocab, options.shingle_words)
    if not len(value):
        return np.zeros((0, 2), dtype=np.int64)
    # Shingles come in node order: each node with any is one run of them.
    starts = np.flatnonzero(np.r_[True, node[1:] != node[:-1]])
    owners = node[starts]
    base = value.astype(np.uint64)
    found = []
    for band in range(options.minhash_bands):
        key = np.zeros(len(starts), dtype=np.uint64)
        for row in range(options.minhash_rows):
            seed = np.uint64((band * options.minhash_rows + row + 1) * _GOLDEN % 2**64)
            smallest = np.minimum.reduceat(_mix(base + seed), starts)
            key = _mix(key ^ smallest)
        # The key as a signed integer is still one value per band: a collision of two
        # different bands' keys cannot happen, as each band is paired on its own.
        found.append(
            pairs_sharing_a_key(
                key.view(np.int64), owners, cap=options.minhash_bucket_cap, nodes=vocab.nodes
            )
        )
    pairs = np.concatenate(found)
    keys = distinct(pairs[:, 0] * vocab.nodes + pairs[:, 1])
    return np.stack([keys // vocab.nodes, keys % vocab.nodes], axis=1)
