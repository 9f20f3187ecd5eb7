"""How fast, and how well, a corpus's quotations are grouped into families.

Usage: python benchmarks/families.py --quotes N [--engine local|dask] [--workers W]
       [--blocking shingles|minhash [--minhash-bands B --minhash-rows R]]
       [--peer] [--cdist] [--seed S] [--json] [--blocking-only] [--legacy-truth]

Generates N quotations with a ground truth (``benchmarks/corpus_gen.py``), then times
framediff's corpus engine on them: canonical words (on a process pool), blocking,
verification by ``compare``'s same-utterance decision, union-find. Prints wall time,
quotations a second, peak memory (this process and the largest worker), candidate pairs
against all pairs, family recall and precision (pairs of quotations put together, against
the truth) and ``families_digest``, a hash of the families that is the same for any engine
that finds the same families.

``--peer`` also runs what a user might write instead: datasketch MinHash LSH over each
quotation's word 3-shingles (threshold 0.5, 64 permutations) with rapidfuzz
``token_set_ratio`` >= 90 verifying each candidate, and union-find. ``--cdist`` runs
all-pairs rapidfuzz ``cdist`` (token_set_ratio >= 90) where it fits in memory (N <= 20,000).
The peer and cdist need the ``bench`` extra (``pip install -e '.[bench]'``).
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from collections import Counter
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from corpus_gen import GeneratedQuote, generate  # noqa: E402

from framediff.align.common import UnionFind  # noqa: E402
from framediff.corpus.cluster import family_digest  # noqa: E402
from framediff.corpus.grouping import group_quotations  # noqa: E402
from framediff.options import CorpusOptions  # noqa: E402
from framediff.variants import canonical_words  # noqa: E402


def _canonical_chunk(texts: Sequence[str]) -> list[tuple[str, ...]]:
    return [canonical_words(t) for t in texts]


def canonical_all(texts: Sequence[str], workers: int) -> list[tuple[str, ...]]:
    """Canonical words of every distinct text, on a process pool."""
    distinct = list(dict.fromkeys(texts))
    size = max(1, len(distinct) // (workers * 8) + 1)
    chunks = [distinct[i : i + size] for i in range(0, len(distinct), size)]
    if workers == 1:
        done = [_canonical_chunk(c) for c in chunks]
    else:
        with ProcessPoolExecutor(workers) as pool:
            done = list(pool.map(_canonical_chunk, chunks))
    table = dict(zip(distinct, (w for chunk in done for w in chunk), strict=True))
    return [table[t] for t in texts]


def pair_scores(labels: Sequence[int], truth: Sequence[int]) -> tuple[float, float]:
    """Pairwise precision and recall of predicted families against the true ones."""

    def pairs(counts: Counter[object]) -> int:
        return sum(n * (n - 1) // 2 for n in counts.values())

    both = pairs(Counter(zip(labels, truth, strict=True)))
    predicted, true = pairs(Counter(labels)), pairs(Counter(truth))
    precision = both / predicted if predicted else 1.0
    recall = both / true if true else 1.0
    return precision, recall


def cpu_s() -> float:
    """CPU seconds of this process and its finished workers: on a shared machine a better
    guide than wall time."""
    own, children = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def peak_mb() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return round(own, 1), round(children, 1)


def run_framediff(
    corpus: Sequence[GeneratedQuote],
    engine_name: str,
    workers: int,
    options: CorpusOptions | None = None,
) -> dict[str, object]:
    texts = [q.text for q in corpus]
    started, cpu_started = time.perf_counter(), cpu_s()
    words = canonical_all(texts, workers)
    canonical_s = time.perf_counter() - started
    if engine_name == "dask":
        from framediff.corpus.engine_dask import DaskEngine

        engine: object = DaskEngine(workers=workers)
    else:
        from framediff.corpus.engine_local import LocalEngine

        engine = LocalEngine(workers)
    with engine:  # type: ignore[attr-defined]
        grouped = group_quotations(
            words,
            [q.speaker for q in corpus],
            engine=engine,  # type: ignore[arg-type]
            options=options or CorpusOptions(),
        )
    wall, cpu = time.perf_counter() - started, cpu_s() - cpu_started
    labels = grouped.labels.tolist()
    precision, recall = pair_scores(labels, [q.family for q in corpus])
    own, children = peak_mb()
    n = len(corpus)
    return {
        "quotes": n,
        "engine": engine_name,
        "blocking": (options or CorpusOptions()).blocking,
        "workers": workers,
        "wall_s": round(wall, 2),
        "cpu_s": round(cpu, 2),
        "canonical_s": round(canonical_s, 2),
        "quotes_per_s": round(n / wall),
        "peak_rss_mb": own,
        "peak_worker_rss_mb": children,
        "nodes": grouped.nodes,
        "candidate_pairs": grouped.candidate_pairs,
        "verified_pairs": grouped.verified_pairs,
        "all_pairs": n * (n - 1) // 2,
        "families": grouped.families,
        "true_families": len({q.family for q in corpus}),
        "recall": round(recall, 4),
        "precision": round(precision, 4),
        "families_digest": family_digest(grouped.labels, [str(i) for i in range(n)]),
    }


def run_blocking(corpus: Sequence[GeneratedQuote], workers: int) -> dict[str, object]:
    """Canonical words, nodes and candidate pairs only: what verification would be given."""
    from framediff.corpus.blocking import candidate_pairs, vocabulary
    from framediff.corpus.cluster import nodes

    started = time.perf_counter()
    words = canonical_all([q.text for q in corpus], workers)
    canonical_s = time.perf_counter() - started
    graph = nodes(words, [q.speaker for q in corpus])
    pairs = candidate_pairs(vocabulary(graph.words))
    n = len(corpus)
    return {
        "quotes": n,
        "blocking_only": True,
        "canonical_s": round(canonical_s, 2),
        "blocking_s": round(time.perf_counter() - started - canonical_s, 2),
        "peak_rss_mb": peak_mb()[0],
        "nodes": len(graph.words),
        "candidate_pairs": len(pairs),
        "all_pairs": n * (n - 1) // 2,
    }


def _components(n: int, edges: Sequence[tuple[int, int]]) -> list[int]:
    forest = UnionFind(n)
    for a, b in edges:
        forest.union(a, b)
    return [forest.find(i) for i in range(n)]


def run_peer(corpus: Sequence[GeneratedQuote], budget_s: float) -> dict[str, object]:
    """datasketch MinHash LSH + rapidfuzz verification, stopped after ``budget_s``."""
    from datasketch import MinHash, MinHashLSH
    from rapidfuzz import fuzz

    started = time.perf_counter()
    texts = [q.text.lower() for q in corpus]
    lsh = MinHashLSH(threshold=0.5, num_perm=64)
    hashes = []
    for n, text in enumerate(texts):
        words = text.split()
        shingles = {" ".join(words[i : i + 3]).encode() for i in range(max(1, len(words) - 2))}
        m = MinHash(num_perm=64)
        m.update_batch(list(shingles))
        lsh.insert(n, m)
        hashes.append(m)
        if n % 10_000 == 0 and time.perf_counter() - started > budget_s:
            return {
                "quotes": len(corpus),
                "peer": "datasketch",
                "finished": False,
                "after_s": round(time.perf_counter() - started, 1),
                "hashed": n,
            }
    candidates, edges = 0, []
    for n, m in enumerate(hashes):
        for other in lsh.query(m):
            if other > n:
                candidates += 1
                if fuzz.token_set_ratio(texts[n], texts[other]) >= 90:
                    edges.append((n, other))
    labels = _components(len(corpus), edges)
    precision, recall = pair_scores(labels, [q.family for q in corpus])
    wall = time.perf_counter() - started
    return {
        "quotes": len(corpus),
        "peer": "datasketch MinHash LSH + rapidfuzz",
        "finished": True,
        "wall_s": round(wall, 2),
        "quotes_per_s": round(len(corpus) / wall),
        "candidate_pairs": candidates,
        "recall": round(recall, 4),
        "precision": round(precision, 4),
        "peak_rss_mb": peak_mb()[0],
    }


def run_cdist(corpus: Sequence[GeneratedQuote], workers: int) -> dict[str, object]:
    from rapidfuzz import fuzz, process

    started = time.perf_counter()
    texts = [q.text.lower() for q in corpus]
    scores = process.cdist(
        texts, texts, scorer=fuzz.token_set_ratio, score_cutoff=90, dtype=np.uint8, workers=workers
    )
    a, b = np.nonzero(np.triu(scores, 1))
    labels = _components(len(corpus), list(zip(a.tolist(), b.tolist(), strict=True)))
    precision, recall = pair_scores(labels, [q.family for q in corpus])
    wall = time.perf_counter() - started
    return {
        "quotes": len(corpus),
        "peer": "rapidfuzz cdist all pairs",
        "wall_s": round(wall, 2),
        "pairs_per_s": round(len(corpus) ** 2 / wall),
        "recall": round(recall, 4),
        "precision": round(precision, 4),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=10_000)
    parser.add_argument("--engine", choices=("local", "dask"), default="local")
    parser.add_argument("--blocking", choices=("shingles", "minhash"), default="shingles")
    parser.add_argument("--minhash-bands", type=int, default=CorpusOptions.minhash_bands)
    parser.add_argument("--minhash-rows", type=int, default=CorpusOptions.minhash_rows)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--peer", action="store_true")
    parser.add_argument("--peer-budget", type=float, default=600.0)
    parser.add_argument("--cdist", action="store_true")
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--legacy-truth",
        action="store_true",
        help="the first version of the generated truth (see benchmarks/corpus_gen.py)",
    )
    parser.add_argument(
        "--blocking-only", action="store_true", help="stop after blocking: candidate pairs"
    )
    args = parser.parse_args(argv)
    corpus = generate(args.quotes, seed=args.seed, legacy=args.legacy_truth)
    if args.blocking_only:
        print(json.dumps(run_blocking(corpus, args.workers)))
        return 0
    options = CorpusOptions(
        blocking=args.blocking, minhash_bands=args.minhash_bands, minhash_rows=args.minhash_rows
    )
    result = run_framediff(corpus, args.engine, args.workers, options)
    if args.peer:
        result["peer"] = run_peer(corpus, args.peer_budget)
    if args.cdist and args.quotes <= 20_000:
        result["cdist"] = run_cdist(corpus, args.workers)
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:>20}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
