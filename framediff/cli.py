"""The command line: parse arguments, call the library, render, map errors to exit codes.

No text logic lives here. Every ``FramediffError`` becomes one line on stderr and its exit
status; ``--traceback`` shows the rest for bug reports.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

from framediff.atomic import write_atomically
from framediff.errors import ExitStatus, FramediffError, OutputError
from framediff.ingest.load import load_articles
from framediff.model import Article, Quote
from framediff.options import LoadOptions, Options

if TYPE_CHECKING:
    from framediff.compare import Comparison, Progress

app = typer.Typer(
    name="framediff",
    help=(
        "Show how news outlets quote and frame the same story: shared quotations, where each "
        "outlet cuts or changes them, paraphrase, added context and omissions."
    ),
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

T = TypeVar("T")

# Below this many articles a comparison takes about a second: no progress bar needed.
PROGRESS_MIN_ARTICLES = 30


class CleanFormat(StrEnum):
    text = "text"
    json = "json"


class QuotesFormat(StrEnum):
    table = "table"
    json = "json"
    markdown = "markdown"


class CompareFormat(StrEnum):
    table = "table"
    json = "json"
    markdown = "markdown"
    html = "html"


Paths = Annotated[
    list[str],
    typer.Argument(
        help="Article files (.txt, .md, .html), story folders, .jsonl corpora or URLs.",
        show_default=False,
    ),
]
OutputPath = Annotated[
    Path | None,
    typer.Option("--output", "-o", help="Write to this file (atomically) instead of stdout."),
]
Encoding = Annotated[
    str | None,
    typer.Option(help="Read text files in this encoding instead of detecting it (e.g. cp1252)."),
]
Traceback = Annotated[
    bool, typer.Option("--traceback", help="On an error, show the full Python traceback.")
]


def _fail(message: str, status: int) -> None:
    typer.echo(f"framediff: error: {message}", err=True)
    raise typer.Exit(status)


def run_guarded(action: Callable[[], T], *, traceback: bool) -> T:
    """Run ``action``; turn any error into one line on stderr and a named exit status."""
    try:
        return action()
    except FramediffError as error:
        if traceback:
            raise
        _fail(str(error), error.exit_status)
    except KeyboardInterrupt:
        _fail("interrupted", ExitStatus.ERROR)
    except MemoryError:
        _fail("out of memory: the input is too large; try fewer or smaller files", ExitStatus.INPUT)
    except Exception as error:  # the boundary: never show a traceback unasked
        if traceback:
            raise
        _fail(
            f"internal error ({type(error).__name__}: {error}); rerun with --traceback and "
            "report it",
            ExitStatus.ERROR,
        )
    raise AssertionError("unreachable")


def _options(encoding: str | None, **load: Any) -> Options:
    # Pages on this machine or the local network are refused unless the user names them.
    allowed = os.environ.get("FRAMEDIFF_ALLOW_PRIVATE_ADDRESSES", "")
    networks = tuple(n for n in allowed.split(",") if n.strip())
    return Options(load=LoadOptions(encoding=encoding, allowed_private_networks=networks, **load))


def _use_colour(output: Path | None) -> bool:
    """Colour only for a terminal, and never when NO_COLOR is set (no-color.org)."""
    return output is None and sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def _warn(quotes: Sequence[Quote]) -> None:
    """Unbalanced quote marks do not stop the work, but the user should know."""
    from framediff.diagnostics import unclosed_quotations

    for note in unclosed_quotations(quotes):
        typer.echo(f"framediff: warning: {note}", err=True)


def _emit(content: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(content)
    else:
        write_atomically(output, content)


def _load(paths: Sequence[str], options: Options, *, output: Path | None) -> list[Article]:
    """Load the articles, after making sure the report will not overwrite one of them."""
    if output is not None and output.exists():
        for raw in paths:
            source = Path(raw)
            if source.is_file() and source.resolve() == output.resolve():
                raise OutputError(
                    f"{output} is one of the input articles: write the report to another file"
                )
    return load_articles(list(paths), options=options)


@app.command()
def clean(
    paths: Paths,
    format: Annotated[
        CleanFormat, typer.Option("--format", "-f", help="text: title and body; json: everything.")
    ] = CleanFormat.text,
    show_removed: Annotated[
        bool, typer.Option("--show-removed", help="List every removed block and the reason.")
    ] = False,
    output: OutputPath = None,
    encoding: Encoding = None,
    traceback: Traceback = False,
) -> None:
    """Load articles and print each one's title and cleaned body (boilerplate removed)."""
    from framediff.render.articles import articles_json, articles_text

    def action() -> None:
        articles = _load(paths, _options(encoding), output=output)
        if format is CleanFormat.json:
            content = articles_json(articles)
        else:
            content = articles_text(articles, show_removed=show_removed)
        _emit(content, output)

    run_guarded(action, traceback=traceback)


@app.command()
def quotes(
    paths: Paths,
    format: Annotated[
        QuotesFormat, typer.Option("--format", "-f", help="table, json or markdown.")
    ] = QuotesFormat.table,
    output: OutputPath = None,
    encoding: Encoding = None,
    traceback: Traceback = False,
) -> None:
    """List every direct quotation with its kind, speaker and attribution verb."""
    from framediff.attribution import extract_quotes, unify_speakers
    from framediff.render.quotes import quotes_json, quotes_markdown, quotes_table

    def action() -> None:
        options = _options(encoding)
        articles = _load(paths, options, output=output)
        found = unify_speakers(
            [q for a in articles for q in extract_quotes(a, options=options.quotes)]
        )
        _warn(found)
        render = {
            QuotesFormat.json: quotes_json,
            QuotesFormat.markdown: quotes_markdown,
            QuotesFormat.table: quotes_table,
        }[format]
        _emit(render(found), output)

    run_guarded(action, traceback=traceback)


@app.command()
def compare(
    paths: Paths,
    format: Annotated[
        CompareFormat,
        typer.Option(
            "--format",
            "-f",
            help="table (terminal report), json (for programs), markdown (for a lesson) or "
            "html (one self-contained page).",
        ),
    ] = CompareFormat.table,
    output: OutputPath = None,
    limit: Annotated[
        int,
        typer.Option(min=0, help="In the table report, list at most this many sentences each."),
    ] = 8,
    one_event: Annotated[
        bool,
        typer.Option(
            "--one-event", help="The articles cover one event: compare them all, do not group."
        ),
    ] = False,
    encoding: Encoding = None,
    traceback: Traceback = False,
) -> None:
    """Compare articles: shared quotations and their differences, paraphrase, added context,
    omissions, recycled text and framing signals."""
    from framediff.compare import compare as run_compare

    def action() -> None:
        options = _options(encoding)
        if one_event:
            # Every similarity is at least 0, so one group holds every article.
            options = replace(options, align=replace(options.align, event_threshold=0.0))
        articles = _load(paths, options, output=output)
        with _progress(len(articles)) as progress:
            comparison = run_compare(articles, options=options, progress=progress)
        _warn(comparison.quotes)
        _emit(_render_comparison(comparison, format, output=output, limit=limit), output)

    run_guarded(action, traceback=traceback)


def _render_comparison(
    comparison: Comparison, format: CompareFormat, *, output: Path | None, limit: int
) -> str:
    if format is CompareFormat.json:
        from framediff.render.json_report import comparison_json

        return comparison_json(comparison)
    if format is CompareFormat.markdown:
        from framediff.render.markdown import render_markdown

        return render_markdown(comparison)
    if format is CompareFormat.html:
        from framediff.render.html import render_html

        return render_html(comparison)
    from framediff.render.terminal import render_terminal

    return render_terminal(comparison, colour=_use_colour(output), limit=limit)


@contextlib.contextmanager
def _progress(count: int) -> Iterator[Progress | None]:
    """A progress bar on stderr for long runs on a terminal; nothing otherwise."""
    if count < PROGRESS_MIN_ARTICLES or not sys.stderr.isatty():
        yield None
        return
    from rich.progress import Progress as RichProgress

    with RichProgress(transient=True, console=None) as bar:
        task = bar.add_task("comparing", total=None)

        def update(stage: str, done: int, total: int) -> None:
            bar.update(task, description=stage, completed=done, total=total)

        yield update


@app.command()
def fetch(
    urls: Annotated[list[str], typer.Argument(help="http:// or https:// article addresses.")],
    output: Annotated[
        Path, typer.Option("--output", "-o", help="Folder to save the articles in (created).")
    ],
    timeout: Annotated[
        float, typer.Option(min=0.1, help="Seconds to wait for each server.")
    ] = LoadOptions().fetch_timeout_seconds,
    traceback: Traceback = False,
) -> None:
    """Download article pages and save their text with metadata, for later offline runs."""
    from framediff.ingest.save import save_fetched

    def action() -> None:
        options = _options(None, fetch_timeout_seconds=timeout)
        saved = save_fetched(urls, output, options=options)
        for path in saved:
            typer.echo(str(path))

    run_guarded(action, traceback=traceback)


def main(argv: Sequence[str] | None = None) -> None:
    """Console entry point."""
    # Colour only on a terminal, never with NO_COLOR: typer's help respects these too.
    if os.environ.get("NO_COLOR"):
        os.environ.setdefault("TERM", "dumb")
    app(args=list(argv) if argv is not None else None, prog_name="framediff")
