"""The Dask engine: the same stage functions as Dask tasks, on a cluster or a LocalCluster.

``extract_sources`` runs over partitions of the corpus and ``verify`` over chunks of
candidate pairs, each task self-contained; the rarity table is sent to every worker once.
The union-find and the database writes stay on the client. Dask is an optional extra
(``pip install 'framediff[dask]'``).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from types import TracebackType
from typing import Any

from framediff.align.utterance import Rarity, StockPhrases
from framediff.corpus.blocking import IntArray
from framediff.corpus.extract import extract_sources
from framediff.corpus.records import ExtractedArticle
from framediff.corpus.verify import PairTask, verify
from framediff.errors import InputError
from framediff.ingest.load import SourceToClean
from framediff.options import AlignOptions, Options

Progress = Callable[[str, int, int], None]


def _verify_task(
    task: PairTask, options: AlignOptions, rarity: Rarity | None, stock: StockPhrases | None
) -> IntArray:
    return verify(task, options=options, rarity=rarity, stock=stock)


def _extract_task(chunk: Sequence[SourceToClean], options: Options) -> list[ExtractedArticle]:
    return extract_sources(chunk, options=options)


class DaskEngine:
    """A Dask client: to ``scheduler`` (an address) or to a LocalCluster of ``workers``."""

    name = "dask"

    def __init__(self, scheduler: str | None = None, *, workers: int = 2) -> None:
        self.scheduler = scheduler
        self.workers = workers
        self._client: Any = None
        self._cluster: Any = None

    def __enter__(self) -> DaskEngine:
        try:
            distributed: Any = importlib.import_module("distributed")
        except ImportError as error:
            raise InputError("--engine dask needs Dask: pip install 'framediff[dask]'") from error
        if self.scheduler:
            self._client = distributed.Client(self.scheduler)
        else:
            self._cluster = distributed.LocalCluster(
                n_workers=self.workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
            )
            self._client = distributed.Client(self._cluster)
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self._client is not None:
            self._client.close()
        if self._cluster is not None:
            self._cluster.close()

    def _gather(
        self, futures: list[Any], sizes: list[int], stage: str, progress: Progress
    ) -> list[Any]:
        as_completed = importlib.import_module("distributed").as_completed
        position = {f.key: n for n, f in enumerate(futures)}
        results: list[Any] = [None] * len(futures)
        total, done = sum(sizes), 0
        for future in as_completed(futures):
            n = position[future.key]
            results[n] = future.result()
            done += sizes[n]
            progress(stage, done, total)
        return results

    def extract(
        self, chunks: Sequence[Sequence[SourceToClean]], *, options: Options, progress: Progress
    ) -> list[ExtractedArticle]:
        futures = self._client.map(_extract_task, list(chunks), options=options, pure=False)
        results = self._gather(futures, [len(c) for c in chunks], "extracting", progress)
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
        # Scattered inside a list: a dict on its own would be scattered key by key.
        shared = self._client.scatter([rarity], broadcast=True)[0] if rarity is not None else None
        futures = self._client.map(
            _verify_task, list(tasks), options=options, rarity=shared, stock=stock, pure=False
        )
        return self._gather(futures, [len(t.pairs) for t in tasks], "verifying", progress)
