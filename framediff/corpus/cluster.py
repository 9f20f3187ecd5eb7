"""Nodes and families: distinct texts in, the quotations of each utterance out.

A node is one canonical text with one credited speaker (by surname, named speakers only):
every quotation with those words and that speaker meets every other quotation the same way,
so each decision is made once per node pair. Families are the connected components of the
accepted pairs (union-find, on the client in every engine); a node whose text is not
quotable as one utterance even against itself (too short, too little evidence) keeps its
quotations apart, as ``compare`` would.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import count

import numpy as np

from framediff.align.common import UnionFind
from framediff.align.utterance import named, speaker_key
from framediff.corpus.blocking import IntArray


@dataclass(frozen=True)
class Nodes:
    """Distinct (words, speaker) of a corpus's quotations, and each quotation's node."""

    words: tuple[tuple[str, ...], ...]
    speakers: tuple[str | None, ...]
    of_quote: IntArray

    def shared(self) -> IntArray:
        """Nodes that more than one quotation has."""
        counts = np.bincount(self.of_quote, minlength=len(self.words))
        return np.flatnonzero(counts > 1)


def node_speaker(speaker: str | None) -> str | None:
    """The speaker as the decision reads it: a named person's surname key, else None."""
    return speaker_key(speaker) if named(speaker) else None


def nodes(words: Sequence[tuple[str, ...]], speakers: Sequence[str | None]) -> Nodes:
    """The nodes of quotations given as canonical words and credited speakers."""
    # A new (words, speaker) takes the next number; the look-ups run in C.
    index: defaultdict[tuple[tuple[str, ...], str | None], int] = defaultdict(count().__next__)
    # A corpus credits a few thousand people a million times: each credit is read once.
    keys = {s: node_speaker(s) for s in set(speakers)}
    of_quote = np.fromiter(
        map(index.__getitem__, zip(words, map(keys.__getitem__, speakers), strict=True)),
        dtype=np.int64,
        count=len(words),
    )
    found = list(index)
    return Nodes(tuple(k[0] for k in found), tuple(k[1] for k in found), of_quote)


def families(graph: Nodes, accepted: Sequence[IntArray]) -> IntArray:
    """Each quotation's family: the smallest quotation index in its family."""
    forest = UnionFind(len(graph.words))
    quotable = np.zeros(len(graph.words), dtype=bool)
    for edges in accepted:
        for a, b in edges.tolist():
            if a == b:
                quotable[a] = True
            else:
                forest.union(a, b)
    root = np.asarray([forest.find(n) for n in range(len(graph.words))], dtype=np.int64)
    linked = np.bincount(root, minlength=len(root)) > 1
    # A node's quotations share its family when it links to others or is quotable alone.
    joined = (linked[root] | quotable)[graph.of_quote]
    quote_ids = np.arange(len(graph.of_quote), dtype=np.int64)
    label = np.full(len(root), np.iinfo(np.int64).max, dtype=np.int64)
    np.minimum.at(label, root[graph.of_quote], quote_ids)
    return np.where(joined, label[root[graph.of_quote]], quote_ids)


def family_digest(labels: IntArray, keys: Sequence[str]) -> str:
    """A short hash of the families as sets of quotation keys, independent of any order:
    two engines that found the same families give the same digest."""
    groups: dict[int, list[str]] = {}
    for label, key in zip(labels.tolist(), keys, strict=True):
        groups.setdefault(label, []).append(key)
    canonical = sorted("\x1f".join(sorted(g)) for g in groups.values() if len(g) > 1)
    return hashlib.sha256("\x1e".join(canonical).encode("utf-8")).hexdigest()[:16]
