"""The command line: parse arguments, call the library, render, map errors to exit codes.

The shared plumbing (the ``app``, argument types, the error boundary) is in
``framediff.cli_common``; the corpus commands are in ``framediff.cli_corpus``.

No text logic lives here. Every ``FramediffError`` becomes one line on stderr and its exit
status; ``--traceback`` shows the rest for bug reports.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import replace
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from framediff.atomic import write_atomically
from framediff.cli_common import (
    _DEFAULT_ARTICLE_MB,
    _DEFAULT_TOTAL_MB,
    Encoding,
    OutputPath,
    Paths,
    Traceback,
    UsageError,
    _emit,
    _fail,
    _load,
    _options,
    app,
    run_guarded,
)
from framediff.errors import ExitStatus, InputError, OutputError
from framediff.ingest.load import load_articles
from framediff.model import Article, Quote
from framediff.options import LoadOptions, Options
from framediff.runtime import use_batch_gc

if TYPE_CHECKING:
    from framediff.compare import Comparison, Progress

# Below this many articles a comparison takes about a second: no progress bar needed.
PROGRESS_MIN_ARTICLES = 30
# ... or below this much text: comparing costs about 10 s per million characters
# (docs/performance.md), so from a quarter of a million a run takes a few seconds.
PROGRESS_MIN_CHARS = 250_000


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


class LessonLevel(StrEnum):
    middle = "middle"
    high = "high"
    college = "college"


MaxArticleMb = Annotated[
    float,
    typer.Option(
        "--max-article-mb", min=0.001, help="Refuse an article of more than this many MB of text."
    ),
]
MaxTotalMb = Annotated[
    float,
    typer.Option("--max-total-mb", min=0.001, help="Refuse more than this many MB of text in all."),
]


class LessonLength(StrEnum):
    short = "short"
    period = "period"
    extended = "extended"


class LessonFormat(StrEnum):
    markdown = "markdown"
    html = "html"
    docx = "docx"


def _use_colour(output: Path | None) -> bool:
    """Colour only for a terminal, and never when NO_COLOR is set (no-color.org)."""
    return output is None and sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def _warn(quotes: Sequence[Quote]) -> None:
    """Unbalanced quote marks do not stop the work, but the user should know."""
    from framediff.diagnostics import unclosed_quotations

    for note in unclosed_quotations(quotes):
        typer.echo(f"framediff: warning: {note}", err=True)


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
    max_article_mb: MaxArticleMb = _DEFAULT_ARTICLE_MB,
    max_total_mb: MaxTotalMb = _DEFAULT_TOTAL_MB,
    traceback: Traceback = False,
) -> None:
    """Load articles and print each one's title and cleaned body (boilerplate removed)."""
    from framediff.render.articles import articles_json, articles_text

    def action() -> None:
        options = _options(encoding, max_article_mb, max_total_mb)
        articles = _load(paths, options, output=output)
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
    max_article_mb: MaxArticleMb = _DEFAULT_ARTICLE_MB,
    max_total_mb: MaxTotalMb = _DEFAULT_TOTAL_MB,
    traceback: Traceback = False,
) -> None:
    """List every direct quotation with its kind, speaker and attribution verb."""
    from framediff.attribution import extract_quotes, unify_speakers
    from framediff.render.quotes import quotes_json, quotes_markdown, quotes_table

    def action() -> None:
        options = _options(encoding, max_article_mb, max_total_mb)
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


FromDatabase = Annotated[
    Path | None,
    typer.Option(
        "--from",
        help="Compare articles of a corpus database made by 'framediff index' (with --family "
        "or --articles) instead of PATHs.",
    ),
]


@app.command()
def compare(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Article files (.txt, .md, .html), story folders, .jsonl corpora or URLs.",
            show_default=False,
        ),
    ] = None,
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
    original: OriginalOption = None,
    from_db: FromDatabase = None,
    family: Annotated[
        int | None, typer.Option("--family", help="With --from: the articles of this family.")
    ] = None,
    article_ids: Annotated[
        list[str] | None,
        typer.Option("--articles", help="With --from: these article ids (repeat, or a,b,c)."),
    ] = None,
    encoding: Encoding = None,
    max_article_mb: MaxArticleMb = _DEFAULT_ARTICLE_MB,
    max_total_mb: MaxTotalMb = _DEFAULT_TOTAL_MB,
    traceback: Traceback = False,
) -> None:
    """Compare articles: shared quotations and their differences, paraphrase, added context,
    omissions, recycled text and framing signals."""
    from framediff.compare import compare as run_compare

    def action() -> None:
        options = _options(encoding, max_article_mb, max_total_mb)
        if one_event:
            # Every similarity is at least 0, so one group holds every article.
            options = replace(options, align=replace(options.align, event_threshold=0.0))
        base = _load_original(original, options)
        if from_db is not None:
            articles = _from_corpus(from_db, family, article_ids, paths)
        elif family is not None or article_ids:
            raise UsageError("--family and --articles need --from CORPUS.db")
        else:
            articles = _load(paths or [], options, output=output)
        with _progress(len(articles), sum(len(a.text) for a in articles)) as progress:
            comparison = run_compare(articles, options=options, progress=progress, original=base)
        _warn(comparison.quotes)
        _emit(_render_comparison(comparison, format, output=output, limit=limit), output)

    run_guarded(action, traceback=traceback)


def _from_corpus(
    database: Path, family: int | None, ids: Sequence[str] | None, paths: Sequence[str] | None
) -> list[Article]:
    """The articles ``compare --from`` names: one family's, or the ids given."""
    from framediff.corpus.queries import family_articles, stored_articles
    from framediff.corpus.store import open_store

    if paths:
        raise UsageError("give either PATHs or --from CORPUS.db, not both")
    if (family is None) == (not ids):
        raise UsageError("with --from, give --family ID or --articles ID…")
    with open_store(database, create=False) as store:
        if family is not None:
            wanted = family_articles(store, family)
        else:
            wanted = list(dict.fromkeys(i for raw in ids or () for i in raw.split(",") if i))
        return stored_articles(store, wanted)


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
def _progress(count: int, chars: int = 0) -> Iterator[Progress | None]:
    """A progress bar on stderr for long runs on a terminal; nothing otherwise."""
    short = count < PROGRESS_MIN_ARTICLES and chars < PROGRESS_MIN_CHARS
    if short or not sys.stderr.isatty():
        yield None
        return
    from rich.progress import Progress as RichProgress

    with RichProgress(transient=True, console=None) as bar:
        task = bar.add_task("comparing", total=None)

        def update(stage: str, done: int, total: int) -> None:
            bar.update(task, description=stage, completed=done, total=total)

        yield update


def _load_original(path: Path | None, options: Options) -> Article | None:
    """The base text (a transcript or statement), read like any article file."""
    if path is None:
        return None
    found = load_articles([str(path)], options=options)
    if len(found) != 1:
        raise InputError(f"{path}: give one transcript or statement as --original")
    return found[0]


OriginalOption = Annotated[
    Path | None,
    typer.Option(
        "--original",
        help="A transcript or statement (text file) to use as the base text: every "
        "quotation is measured against it.",
    ),
]


@app.command()
def lesson(
    paths: Paths,
    output: Annotated[
        Path,
        typer.Option("--output", "-o", help="Write the student worksheet to this file."),
    ],
    key: Annotated[
        Path | None,
        typer.Option(
            "--key",
            help="Write the answer key to this file (default: the worksheet's name with "
            "'-key' added).",
        ),
    ] = None,
    level: Annotated[
        LessonLevel, typer.Option("--level", help="middle, high (school) or college.")
    ] = LessonLevel.high,
    length: Annotated[
        LessonLength,
        typer.Option("--length", help="short (about 25 minutes), period or extended."),
    ] = LessonLength.period,
    format: Annotated[
        LessonFormat,
        typer.Option("--format", "-f", help="markdown, html (printable) or docx (Word)."),
    ] = LessonFormat.markdown,
    original: OriginalOption = None,
    labels: Annotated[
        Path | None,
        typer.Option(
            "--labels",
            help="A file of the teacher's outlet labels, one 'Outlet: label' a line, printed "
            "beside each outlet (framediff labels no outlet by itself).",
        ),
    ] = None,
    one_event: Annotated[
        bool,
        typer.Option(
            "--one-event", help="The articles cover one event: compare them all, do not group."
        ),
    ] = False,
    encoding: Encoding = None,
    traceback: Traceback = False,
) -> None:
    """Make a lesson from a comparison: a student worksheet and a separate answer key."""
    from framediff.compare import compare as run_compare
    from framediff.lesson import lesson_documents, read_outlet_labels
    from framediff.options import LessonOptions

    def action() -> None:
        options = _options(encoding)
        if one_event:
            options = replace(options, align=replace(options.align, event_threshold=0.0))
        key_path = key or output.with_name(f"{output.stem}-key{output.suffix}")
        if key_path.resolve() == output.resolve():
            raise OutputError("--key names the worksheet file: give the key its own file")
        base = _load_original(original, options)
        articles = _load(paths, options, output=output)
        with _progress(len(articles)) as progress:
            comparison = run_compare(articles, options=options, progress=progress, original=base)
        lesson_options = LessonOptions()
        if labels is not None:
            try:
                text = labels.read_text(encoding="utf-8")
            except (OSError, UnicodeError) as error:
                raise InputError(f"cannot read the label file {labels}: {error}") from error
            lesson_options = LessonOptions(outlet_labels=read_outlet_labels(text))
        documents = lesson_documents(
            comparison,
            options=lesson_options,
            level=level.value,
            length=length.value,
            format=format.value,
            original=base,
        )
        write_atomically(output, documents.worksheet)
        write_atomically(key_path, documents.key)
        typer.echo(f"worksheet: {output}\nanswer key: {key_path}", err=True)

    run_guarded(action, traceback=traceback)


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


@app.command()
def serve(
    port: Annotated[
        int,
        typer.Option("--port", "-p", min=0, max=65535, help="Port to listen on; 0: any free one."),
    ] = 0,
    open_browser: Annotated[
        bool, typer.Option("--open", "-o", help="Open the page in the default browser.")
    ] = False,
    host: Annotated[
        str,
        typer.Option(
            help="Address to listen on. The default keeps the page to this computer; any "
            "other prints a warning."
        ),
    ] = "127.0.0.1",
    allow_private_urls: Annotated[
        bool,
        typer.Option(
            "--allow-private-urls",
            help="Let the page fetch URLs on private addresses (an intranet news site).",
        ),
    ] = False,
    stories: Annotated[
        Path | None,
        typer.Option(help="Folder of story folders to offer (default: ./corpus if there)."),
    ] = None,
    traceback: Traceback = False,
) -> None:
    """Open a local page where you paste articles and read the comparison (and lesson kit).

    Prints the address to open first (it carries an access token). Needs framediff[serve].
    """

    try:
        from framediff.serve.run import serve as run_serve
    except ImportError:
        _fail("the page needs the serve extra: pip install 'framediff[serve]'", ExitStatus.USAGE)

    def action() -> None:
        run_serve(
            host=host,
            port=port,
            open_browser=open_browser,
            allow_private_urls=allow_private_urls,
            stories=stories,
        )

    run_guarded(action, traceback=traceback)


# The corpus commands register themselves on ``app``.
from framediff import cli_corpus  # noqa: E402, F401


def main(argv: Sequence[str] | None = None) -> None:
    """Console entry point."""
    use_batch_gc()
    # Colour only on a terminal, never with NO_COLOR: typer's help respects these too.
    if os.environ.get("NO_COLOR"):
        os.environ.setdefault("TERM", "dumb")
    app(args=list(argv) if argv is not None else None, prog_name="framediff")
