"""What several alignment steps share: options, article rank, union-find, shared word runs."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from difflib import SequenceMatcher

from framediff.options import AlignOptions, Options


def align_options(options: Options | AlignOptions) -> AlignOptions:
    """The alignment options, given all options or those alone."""
    return options if isinstance(options, AlignOptions) else options.align


def article_rank(ids: Iterable[str]) -> dict[str, int]:
    """Articles ranked by id: the one order every result follows, whatever the input order."""
    return {article: n for n, article in enumerate(sorted(set(ids)))}


class UnionFind:
    """Disjoint sets of the indexes 0 … size-1, joined transitively."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, x: int, y: int) -> None:
        rx, ry = self.find(x), self.find(y)
        if rx != ry:
            # The smaller index is the root, so components do not depend on union order.
            self.parent[max(rx, ry)] = min(rx, ry)


def shared_runs(a: Sequence[str], b: Sequence[str], min_run: int) -> list[tuple[int, int, int]]:
    """Runs of at least ``min_run`` words both lists share, in order: (i in a, j in b, size)."""
    swap = tuple(a) > tuple(b)
    x, y = (b, a) if swap else (a, b)
    # Canonical argument order: SequenceMatcher breaks ties by position in its first input.
    matcher = SequenceMatcher(None, list(x), list(y), autojunk=False)
    runs = [(m.a, m.b, m.size) for m in matcher.get_matching_blocks() if m.size >= min_run]
    if swap:
        runs = [(j, i, size) for i, j, size in runs]
    return runs
