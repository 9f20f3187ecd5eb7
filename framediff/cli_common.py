"""What every command of the command line shares: the one ``app``, the argument types, the
error boundary, loading and writing.

No text logic lives here. Every ``FramediffError`` becomes one line on stderr and its exit
status; ``--traceback`` shows the rest for bug reports.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from framediff.atomic import write_atomically
from framediff.errors import ExitStatus, FramediffError, OutputError
from framediff.ingest.load import SourceToClean, load_articles, load_sources
from framediff.model import Article
from framediff.options import LoadOptions, Options

T = TypeVar("T")

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


_MB = 1_000_000
_DEFAULT_ARTICLE_MB = LoadOptions.max_article_chars / _MB
_DEFAULT_TOTAL_MB = LoadOptions.max_total_chars / _MB


def _options(
    encoding: str | None,
    max_article_mb: float = _DEFAULT_ARTICLE_MB,
    max_total_mb: float = _DEFAULT_TOTAL_MB,
    **load: Any,
) -> Options:
    # Pages on this machine or the local network are refused unless the user names them.
    allowed = os.environ.get("FRAMEDIFF_ALLOW_PRIVATE_ADDRESSES", "")
    networks = tuple(n for n in allowed.split(",") if n.strip())
    return Options(
        load=LoadOptions(
            encoding=encoding,
            max_article_chars=int(max_article_mb * _MB),
            max_total_chars=int(max_total_mb * _MB),
            allowed_private_networks=networks,
            **load,
        )
    )


def _emit(content: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(content)
    else:
        write_atomically(output, content)


def _load(paths: Sequence[str], options: Options, *, output: Path | None) -> list[Article]:
    """Load the articles, after making sure the report will not overwrite one of them."""
    _check_output_is_not_an_input(paths, output)
    return load_articles(list(paths), options=options)


def _load_uncleaned(
    paths: Sequence[str], options: Options, *, output: Path | None
) -> list[SourceToClean]:
    """Read the articles and prepare them for cleaning (``load_sources``), after making sure
    the output will not overwrite one of them: for a command that cleans only some."""
    _check_output_is_not_an_input(paths, output)
    return load_sources(list(paths), options=options)


def _check_output_is_not_an_input(paths: Sequence[str], output: Path | None) -> None:
    if output is not None and output.exists():
        for raw in paths:
            source = Path(raw)
            if source.is_file() and source.resolve() == output.resolve():
                raise OutputError(
                    f"{output} is one of the input articles: write the report to another file"
                )


class UsageError(FramediffError):
    """Options that do not go together: a command line that is wrong, exit status 2."""

    exit_status = ExitStatus.USAGE
