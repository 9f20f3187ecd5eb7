"""Size limits: an article or a run over them is refused at once, in one line that names
the flag that raises the limit; under them nothing changes."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from framediff.cli import app
from framediff.compare import compare
from framediff.errors import ExitStatus, InputError
from framediff.ingest.load import load_articles
from framediff.options import LoadOptions, Options
from tests.conftest import STORY

runner = CliRunner()
SEED = sorted(STORY.glob("*.txt"))[0]


def _repeated(tmp_path: Path, name: str, copies: int) -> Path:
    """One seed article repeated: the shape of a page that repeats its story."""
    path = tmp_path / name
    text = SEED.read_text(encoding="utf-8")
    path.write_text("\n\n".join([text] * copies), encoding="utf-8")
    return path


@pytest.mark.parametrize("command", ["compare", "quotes", "clean"])
def test_an_article_over_the_limit_is_refused_in_one_line_naming_the_flag(
    tmp_path: Path, command: str
) -> None:
    big = _repeated(tmp_path, "big.txt", 200)  # about 0.5 MB of text
    result = runner.invoke(app, [command, str(big), str(SEED), "--max-article-mb", "0.2"])
    assert result.exit_code == ExitStatus.INPUT
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "big.txt" in lines[0] and "--max-article-mb" in lines[0]
    assert "limit of 0.2 MB per article" in lines[0]
    assert result.stdout == ""


def test_a_run_over_the_total_is_refused_naming_its_flag(tmp_path: Path) -> None:
    one = _repeated(tmp_path, "one.txt", 60)
    two = _repeated(tmp_path, "two.txt", 60)
    result = runner.invoke(app, ["compare", str(one), str(two), "--max-total-mb", "0.2"])
    assert result.exit_code == ExitStatus.INPUT
    line = result.stderr.strip()
    assert "\n" not in line and "--max-total-mb" in line and "per run" in line


def test_the_default_refuses_a_page_that_repeats_its_story_thousands_of_times(
    tmp_path: Path,
) -> None:
    # Over 8 MB of text: refused before it is cleaned or compared.
    big = _repeated(tmp_path, "huge.txt", 3600)
    result = runner.invoke(app, ["compare", str(big), str(SEED)])
    assert result.exit_code == ExitStatus.INPUT
    assert "--max-article-mb" in result.stderr


def test_raising_the_limit_lets_the_article_through(tmp_path: Path) -> None:
    big = _repeated(tmp_path, "big.txt", 30)
    refused = runner.invoke(app, ["quotes", str(big), "--max-article-mb", "0.05"])
    assert refused.exit_code == ExitStatus.INPUT
    allowed = runner.invoke(app, ["quotes", str(big), "--max-article-mb", "0.1"])
    assert allowed.exit_code == 0, allowed.stderr
    assert allowed.stdout


def test_the_library_applies_the_limits_too() -> None:
    articles = load_articles([str(STORY)])
    tight = Options(load=LoadOptions(max_article_chars=1000))
    with pytest.raises(InputError, match="per article"):
        compare(articles, options=tight)
    with pytest.raises(InputError, match="per run"):
        compare(articles, options=Options(load=LoadOptions(max_total_chars=5000)))
    assert compare(articles).quotes  # the defaults leave an ordinary story alone


def test_the_limits_are_not_part_of_a_reports_options() -> None:
    # They refuse input and never shape a result: the report reads the same whatever a
    # run allowed (the golden report is unchanged by them).
    load = Options().to_json()["load"]
    assert "max_article_chars" not in load and "max_total_chars" not in load
    assert load["max_file_bytes"] == LoadOptions().max_file_bytes


def test_a_long_single_run_shows_progress_only_on_a_terminal(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import sys

    from framediff.cli import _progress

    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    with _progress(2, 1_000) as quick:
        assert quick is None  # two short articles: a second's work
    with _progress(2, 2_000_000) as long_run:
        assert long_run is not None  # two articles, but 2 MB of text
        long_run("quotations", 1, 2)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: False)
    with _progress(2, 2_000_000) as piped:
        assert piped is None
