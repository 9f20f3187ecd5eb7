"""The corpus commands of the command line: ``framediff index`` and ``framediff families``.

Registered on the one ``app`` of ``framediff.cli``; like the rest of the CLI they only parse,
call the corpus stage and render.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from framediff.cli_common import (
    Encoding,
    OutputPath,
    Paths,
    Traceback,
    UsageError,
    _emit,
    _load_uncleaned,
    _options,
    app,
    run_guarded,
)

if TYPE_CHECKING:
    from framediff.compare import Progress


class EngineName(StrEnum):
    local = "local"
    dask = "dask"


class BlockingName(StrEnum):
    shingles = "shingles"
    minhash = "minhash"


class FamiliesFormat(StrEnum):
    table = "table"
    json = "json"


@app.command()
def index(
    paths: Paths,
    output: Annotated[
        Path,
        typer.Option("--output", "-o", help="The corpus database (SQLite), created or updated."),
    ],
    engine: Annotated[
        EngineName,
        typer.Option(help="local: a process pool on this machine; dask: Dask tasks."),
    ] = EngineName.local,
    scheduler: Annotated[
        str | None,
        typer.Option(help="With --engine dask: the scheduler's address (default: a LocalCluster)."),
    ] = None,
    workers: Annotated[
        int | None, typer.Option(min=1, help="Processes to use (default: all cores).")
    ] = None,
    blocking: Annotated[
        BlockingName,
        typer.Option(
            help="How candidate pairs are found: shingles (an index of rare 3-word runs) "
            "or minhash (MinHash LSH over them); see docs/corpus.md."
        ),
    ] = BlockingName.shingles,
    parquet: Annotated[
        Path | None, typer.Option(help="Also write every table as Parquet into this folder.")
    ] = None,
    encoding: Encoding = None,
    traceback: Traceback = False,
) -> None:
    """Index a whole corpus: every quotation of every article, grouped into families, into
    an SQLite database (new articles are added to an existing one)."""
    import time

    from framediff.corpus.indexer import index_corpus
    from framediff.corpus.store import open_store, write_parquet
    from framediff.options import CorpusOptions

    def action() -> None:
        options = _options(encoding)
        started = time.perf_counter()
        articles = _load_uncleaned(paths, options, output=output)
        runner = _engine(engine, scheduler, workers)
        # Articles are cleaned as they are extracted, so an article that cleaning leaves
        # empty stops the run inside it: a database this run created is then removed, as
        # one it updated is left as it was (one transaction), not left half made.
        created = not output.exists()
        try:
            with open_store(output, create=True) as store, runner, _stage_bar() as progress:
                summary = index_corpus(
                    articles,
                    store,
                    engine=runner,
                    options=options,
                    corpus=CorpusOptions(blocking=blocking.value),
                    progress=progress,
                )
                written = write_parquet(store, parquet) if parquet is not None else []
        except BaseException:
            if created:
                for leftover in (output, output.with_name(output.name + "-journal")):
                    leftover.unlink(missing_ok=True)
            raise
        seconds = time.perf_counter() - started
        typer.echo(
            f"{output}: {summary.articles} articles ({summary.added} new, {summary.changed} "
            f"changed, {summary.unchanged} unchanged), {summary.quotations} quotations, "
            f"{summary.families} families ({summary.shared_families} quoted by several "
            f"articles); {summary.candidate_pairs} candidate pairs, {summary.verified_pairs} "
            f"verified; {summary.engine} engine, {seconds:.1f} s"
        )
        for path in written:
            typer.echo(str(path))

    run_guarded(action, traceback=traceback)


def _engine(name: EngineName, scheduler: str | None, workers: int | None) -> Any:
    if name is EngineName.dask:
        from framediff.corpus.engine_dask import DaskEngine

        return DaskEngine(scheduler, workers=workers or 2)
    if scheduler:
        raise UsageError("--scheduler goes with --engine dask")
    from framediff.corpus.engine_local import LocalEngine

    return LocalEngine(workers)


@contextlib.contextmanager
def _stage_bar() -> Iterator[Progress]:
    """A bar per stage on stderr when it is a terminal; silent otherwise."""
    if not sys.stderr.isatty():
        yield lambda stage, done, total: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, TimeElapsedColumn
    from rich.progress import Progress as RichProgress

    columns = ("{task.description}", BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with RichProgress(*columns, console=Console(stderr=True)) as bar:
        tasks: dict[str, Any] = {}

        def update(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=total)
            bar.update(tasks[stage], completed=done, total=total)

        yield update


@app.command()
def families(
    database: Annotated[Path, typer.Argument(help="A corpus database made by 'framediff index'.")],
    speaker: Annotated[
        str | None, typer.Option(help="Only families credited to a name containing this.")
    ] = None,
    outlets: Annotated[
        int, typer.Option(min=1, help="Only families quoted by at least this many outlets.")
    ] = 2,
    since: Annotated[
        str | None, typer.Option(help="Only families quoted on or after this date (YYYY-MM-DD).")
    ] = None,
    limit: Annotated[int, typer.Option(min=1, help="List at most this many families.")] = 50,
    format: Annotated[
        FamiliesFormat, typer.Option("--format", "-f", help="table or json.")
    ] = FamiliesFormat.table,
    output: OutputPath = None,
    traceback: Traceback = False,
) -> None:
    """List the quotation families of a corpus database, most outlets first, with their
    cuts and whether the outlets credit different people."""
    from framediff.corpus.queries import list_families
    from framediff.corpus.store import open_store
    from framediff.render.corpus import families_json, families_table

    def action() -> None:
        with open_store(database, create=False) as store:
            rows = list_families(
                store, speaker=speaker, min_outlets=outlets, since=since, limit=limit
            )
        render = families_json if format is FamiliesFormat.json else families_table
        _emit(render(rows), output)

    run_guarded(action, traceback=traceback)
