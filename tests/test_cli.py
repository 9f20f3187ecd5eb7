"""The command line: every command documented, help that explains itself, clean errors."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
import typer
from typer.testing import CliRunner

from framediff.cli import app
from tests.conftest import ROOT, STORY

runner = CliRunner()
CLI_DOC = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")


def _commands() -> dict[str, typer.core.TyperCommand]:
    group = typer.main.get_command(app)
    assert isinstance(group, typer.core.TyperGroup)
    return dict(group.commands)  # type: ignore[arg-type]


def test_every_command_is_documented_with_every_option() -> None:
    commands = _commands()
    assert set(commands) == {
        "clean",
        "compare",
        "families",
        "fetch",
        "index",
        "lesson",
        "quotes",
        "serve",
    }
    for name, command in commands.items():
        assert command.help, f"{name} has no help"
        section = CLI_DOC.split(f"## `framediff {name}")[1].split("\n## ")[0]
        for param in command.params:
            if isinstance(param, typer.core.TyperOption) and param.name != "help":
                assert any(opt in section for opt in param.opts), (name, param.opts)


@pytest.mark.parametrize(
    "command", ["clean", "compare", "families", "fetch", "index", "lesson", "quotes", "serve"]
)
def test_help_explains_itself(command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "Usage: framediff" in result.stdout


def test_top_level_help_and_module_entry_point() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "framediff", "--help"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0
    for command in ("clean", "compare", "fetch", "quotes", "serve"):
        assert re.search(rf"\b{command}\b", result.stdout)


def test_clean_json_has_offsets_and_removals() -> None:
    result = runner.invoke(app, ["clean", str(STORY / "000_16b9289ebfa630a9.txt"), "-f", "json"])
    assert result.exit_code == 0, result.stderr
    (article,) = json.loads(result.stdout)
    assert article["outlet"] == "The Kyiv Independent"
    for sentence in article["sentences"]:
        assert article["text"][sentence["start"] : sentence["end"]] == sentence["text"]
    rules = [r["rule"] for r in article["removed"]]
    assert rules == ["appeal", "banner", "teaser", "teaser"]


def test_clean_show_removed_lists_reasons() -> None:
    path = str(STORY / "002_0f77700f0b2ee103.txt")
    result = runner.invoke(app, ["clean", path, "--show-removed"])
    assert result.exit_code == 0
    assert "[dateline] date and time line (kept as metadata):" in result.stdout
    assert "[caption] image caption or alt text" in result.stdout


def test_unknown_option_is_a_usage_error() -> None:
    result = runner.invoke(app, ["clean", "--no-such-option", str(STORY)])
    assert result.exit_code == 2


def test_compare_needs_two_articles() -> None:
    result = runner.invoke(app, ["compare", str(STORY / "003_e10f0307fb1c42ac.txt")])
    assert result.exit_code == 3
    assert result.stderr.strip() == (
        "framediff: error: compare needs at least two articles, got 1: give two or more "
        "files, a story folder or a .jsonl corpus (use 'framediff quotes' for one article)"
    )


def test_unbalanced_quote_marks_warn_but_keep_the_rest(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "unbalanced.txt"
    path.write_text(
        "A headline\n\nThe mayor said “we will build it all, every bridge and every road.\n\n"
        "Another paragraph of plain prose follows here, and “this one closes,” she said.\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["quotes", str(path), "-f", "json"])
    assert result.exit_code == 0
    quotes = json.loads(result.stdout)
    assert [q["text"] for q in quotes] == [
        "we will build it all, every bridge and every road.",
        "this one closes,",
    ]
    assert result.stderr == (
        "framediff: warning: unbalanced: the quotation opened in paragraph 2 (“we will build "
        "it all, every …) is never closed; it was read to the end of that paragraph. Check "
        "the source for a missing quote mark.\n"
    )


def test_one_event_compares_everything_together() -> None:
    result = runner.invoke(app, ["compare", str(STORY), "-f", "json", "--one-event"])
    assert result.exit_code == 0, result.stderr
    assert len(json.loads(result.stdout)["groups"]) == 1
    result = runner.invoke(app, ["compare", str(STORY), "-f", "json"])
    assert len(json.loads(result.stdout)["groups"]) == 2


def test_the_command_line_collects_garbage_as_a_batch_job_and_the_library_does_not() -> None:
    import gc

    from framediff.cli import main
    from framediff.options import BATCH_GC_THRESHOLDS

    before = gc.get_threshold()
    assert before != BATCH_GC_THRESHOLDS  # importing framediff changed nothing
    try:
        with pytest.raises(SystemExit):
            main(["--help"])
        assert gc.get_threshold() == BATCH_GC_THRESHOLDS
    finally:
        gc.set_threshold(*before)


def test_the_corpus_workers_collect_garbage_as_the_command_line_does() -> None:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from framediff.corpus import engine_local
    from framediff.options import BATCH_GC_THRESHOLDS

    # A verification worker started as the engine starts it; spawned, so that it inherits
    # nothing from this process.
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        1, mp_context=spawn, initializer=engine_local._init_worker, initargs=(None, None)
    ) as pool:
        assert pool.submit(_thresholds).result() == BATCH_GC_THRESHOLDS


def _thresholds() -> tuple[int, int, int]:
    import gc

    return gc.get_threshold()


@pytest.mark.parametrize("fmt", ["table", "markdown"])
def test_quotes_count_line_agrees_with_its_number(tmp_path, fmt: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "one.txt"
    path.write_text(
        "A headline\n\n“We will reopen the bridge on Monday,” the mayor said.\n", encoding="utf-8"
    )
    result = runner.invoke(app, ["quotes", str(path), "-f", fmt])
    assert result.exit_code == 0
    assert result.stdout.endswith("\n1 quotation\n")
