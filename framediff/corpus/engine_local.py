"""The default engine: the corpus stages on all cores of this machine (a process pool).

Every engine runs the same two stage functions, ``extract_sources`` over chunks of
articles (cleaning each) and ``verify`` over chunks of candidate pairs; only where they run
differs.
Small inputs run in this process: starting workers would cost more than it saves.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from types import TracebackType
from typing import TypeVar

from framediff.align.utterance import Rarity, StockPhrases
from framediff.corpus.blocking import IntArray
from framediff.corpus.extract import extract_sources
from framediff.corpus.records import ExtractedArticle
from framediff.corpus.verify import PairTask, verify
from framediff.ingest.load import SourceToClean
from framediff.options import AlignOptions, Options
from framediff.runtime import use_batch_gc

Progress = Callable[[str, int, int], None]
T = TypeVar("T")

# The rarity table is the same for every pair task: each worker receives it once.
_RARITY: Rarity | None = None
_STOCK: StockPhrases | None = None


def _init_worker(rarity: Rarity | None, stock: StockPhrases | None) -> None:
    global _RARITY, _STOCK
    _RARITY, _STOCK = rarity, stock
    use_batch_gc()


def _verify_in_worker(task: PairTask, options: AlignOptions) -> IntArray:
    return verify(task, options=options, rarity=_RARITY, stock=_STOCK)


class LocalEngine:
    """A process pool of ``workers`` processes (all cores by default)."""

    name = "local"

    def __init__(self, workers: int | None = None) -> None:
        self.workers = max(1, workers or os.cpu_count() or 1)

    def __enter__(self) -> LocalEngine:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        return None

    def extract(
        self,
        chunks: Sequence[Sequence[SourceToClean]],
        *,
        options: Options,
        progress: Progress,
    ) -> list[ExtractedArticle]:
        total = sum(len(c) for c in chunks)
        if self.workers == 1 or len(chunks) <= 1:
            found: list[ExtractedArticle] = []
            for chunk in chunks:
                found.extend(extract_sources(chunk, options=options))
                progress("extracting", len(found), total)
            return found
        with ProcessPoolExecutor(self.workers, initializer=use_batch_gc) as pool:
            futures = {
                pool.submit(extract_sources, c, options=options): n for n, c in enumerate(chunks)
            }
            results = _collect(
                futures, len(chunks), lambda r: len(r), "extracting", total, progress
            )
        return [e for chunk in results for e in chunk]

    def verify(
        self,
        tasks: Sequence[PairTask],
        *,
        options: AlignOptions,
        rarity: Rarity | None,
        stock: StockPhrases | None,
        progress: Progress,
    ) -> list[IntArray]:
        total = sum(len(t.pairs) for t in tasks)
        if self.workers == 1 or len(tasks) <= 1:
            found, done = [], 0
            for task in tasks:
                found.append(verify(task, options=options, rarity=rarity, stock=stock))
                done += len(task.pairs)
                progress("verifying", done, total)
            return found
        with ProcessPoolExecutor(
            self.workers, initializer=_init_worker, initargs=(rarity, stock)
        ) as pool:
            futures = {pool.submit(_verify_in_worker, t, options): n for n, t in enumerate(tasks)}
            sizes = {id(f): len(tasks[n].pairs) for f, n in futures.items()}
            return _collect(futures, len(tasks), None, "verifying", total, progress, sizes)


def _collect(
    futures: dict[Future[T], int],
    count: int,
    size: Callable[[T], int] | None,
    stage: str,
    total: int,
    progress: Progress,
    sizes: dict[int, int] | None = None,
) -> list[T]:
    """Results in task order, reporting progress as each task finishes."""
    results: list[T | None] = [None] * count
    done = 0
    for future in as_completed(futures):
        result = future.result()
        results[futures[future]] = result
        done += size(result) if size else (sizes or {}).get(id(future), 0)
        progress(stage, done, total)
    return [r for r in results if r is not None]
