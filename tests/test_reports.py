"""The reports a teacher uses: golden files, schema, escaping of hostile articles, Chromium."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from framediff.cli import app
from framediff.compare import Comparison, compare
from framediff.ingest.load import load_articles
from framediff.render.html import render_html
from framediff.render.json_report import comparison_json
from framediff.render.markdown import render_markdown
from framediff.render.terminal import render_terminal
from tests.conftest import ROOT

GOLDEN = ROOT / "tests" / "golden"
SCHEMA = json.loads((ROOT / "docs" / "schema.json").read_text(encoding="utf-8"))
UPDATE = os.environ.get("FRAMEDIFF_UPDATE_GOLDEN") == "1"
runner = CliRunner()


@pytest.fixture(scope="module")
def story(monkeypatch_module: pytest.MonkeyPatch) -> Comparison:
    # Relative paths, so the golden files do not depend on where the repository lives.
    monkeypatch_module.chdir(ROOT)
    return compare(load_articles(["corpus/nato-shootdown-2024"]))


@pytest.fixture(scope="module")
def monkeypatch_module():  # type: ignore[no-untyped-def]
    with pytest.MonkeyPatch.context() as patch:
        yield patch


@pytest.mark.parametrize(
    ("name", "render"),
    [
        ("nato-shootdown-2024.md", render_markdown),
        ("nato-shootdown-2024.html", render_html),
        ("nato-shootdown-2024.json", comparison_json),
        ("nato-shootdown-2024.txt", render_terminal),
    ],
)
def test_golden_reports(story: Comparison, name: str, render) -> None:  # type: ignore[no-untyped-def]
    produced = render(story)
    path = GOLDEN / name
    if UPDATE:
        path.write_text(produced, encoding="utf-8")
    assert path.exists(), f"no golden {name}: create it with FRAMEDIFF_UPDATE_GOLDEN=1"
    assert produced == path.read_text(encoding="utf-8"), (
        f"{name} changed: review the difference, then rerun with FRAMEDIFF_UPDATE_GOLDEN=1"
    )


def test_markdown_report_shows_the_findings(story: Comparison) -> None:
    report = render_markdown(story)
    # The NYT interview: one outlet's opening cut, the comma, the extra sentence.
    assert "~~So my question is,~~" in report
    assert "**And give us the weapons to use against Russian forces on the borders.**" in report
    assert "**punctuation** (punctuation differs): only Antiwar.com has “,”" in report
    # Quotation linked to paraphrase.
    assert "The president expressed his desire to utilize the Ukraine-NATO Council" in report
    # Context only one outlet adds.
    added = report.split("## What each outlet adds")[1].split("## What each outlet leaves out")[0]
    tampa = added.split("**Tampa Free Press**")[1]
    assert "\\$61 billion aid package" in tampa
    antiwar = added.split("**Antiwar.com**")[1].split("**Tampa Free Press**")[0]
    assert "Moscow recently warned the UK" in antiwar
    assert "no-fly zone" in antiwar
    # Headlines and framing signals.
    assert "scare quotes around “Shoot Down”" in report
    assert "## How framediff decided" in report
    # Citations: outlet, headline and date beside each shared quotation.
    assert "Sources: *Antiwar.com*, “Zelensky Says NATO Should Shoot Down" in report


def test_json_report_validates_against_the_schema(story: Comparison) -> None:
    data = json.loads(comparison_json(story))
    jsonschema.validate(data, SCHEMA)
    assert [a["id"] for a in data["articles"]] == sorted(a["id"] for a in data["articles"])
    for family in data["quote_families"]:
        for member in family["members"]:
            article = story.article(member["article"])
            assert article.text[member["start"] : member["end"]] == member["text"]


def test_schema_rejects_a_broken_report(story: Comparison) -> None:
    data = json.loads(comparison_json(story))
    del data["quote_families"][0]["members"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, SCHEMA)


# --- hostile articles -----------------------------------------------------------------


@pytest.fixture(scope="module")
def hostile() -> Comparison:
    """Two articles whose text carries HTML, markdown links and images, and emphasis."""
    return compare(load_articles([str(ROOT / "tests" / "data" / "hostile")]))


def test_hostile_text_is_found_as_a_shared_quotation(hostile: Comparison) -> None:
    assert hostile.shared_families, "the hostile quotation is shared by both articles"


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes.extend(attrs)


def test_hostile_article_is_inert_in_html(hostile: Comparison) -> None:
    page = render_html(hostile)
    parser = _Elements()
    parser.feed(page)
    assert not {"script", "img", "iframe", "a", "b"} & set(parser.tags)
    assert not [name for name, _ in parser.attributes if name.startswith("on")]
    assert "&lt;script&gt;alert(&quot;a&quot;)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page


def test_hostile_article_is_inert_in_markdown(hostile: Comparison) -> None:
    report = render_markdown(hostile)
    # Every "<" from an article is escaped: no tag can open.
    assert not re.search(r"(?<!\\)<(?:script|img|iframe|b)\b", report)
    assert "\\<script\\>" in report
    assert "](javascript:" not in report.replace("\\](javascript:", "")
    assert "\\[click here\\](javascript:alert(2))" in report
    assert "!\\[x\\](http://tracker.invalid/p.png)" in report
    assert "\\*\\*success\\*\\*" in report


# --- output files -----------------------------------------------------------------------


def test_output_is_written_whole_or_not_at_all(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-folder" / "report.md"
    result = runner.invoke(
        app,
        [
            "compare",
            str(ROOT / "corpus" / "nato-shootdown-2024"),
            "-f",
            "markdown",
            "-o",
            str(missing),
        ],
    )
    assert result.exit_code == 5
    assert result.stderr.startswith("framediff: error: cannot write")
    assert not missing.parent.exists()
    good = tmp_path / "report.html"
    result = runner.invoke(
        app,
        ["compare", str(ROOT / "corpus" / "nato-shootdown-2024"), "-f", "html", "-o", str(good)],
    )
    assert result.exit_code == 0 and good.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]  # no temporary left over


def test_terminal_colour_only_when_asked(story: Comparison) -> None:
    assert "\033[" not in render_terminal(story, colour=False)
    assert "\033[31m" in render_terminal(story, colour=True)
    result = runner.invoke(
        app, ["compare", str(ROOT / "corpus" / "nato-shootdown-2024")], env={"NO_COLOR": "1"}
    )
    assert result.exit_code == 0 and "\033[" not in result.stdout


# --- what a person sees: the HTML report in headless Chromium ----------------------------

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.chromium
@pytest.mark.skipif(
    CHROMIUM is None and os.environ.get("FRAMEDIFF_REQUIRE_CHROMIUM") != "1",
    reason="no headless Chromium here (.ci/run installs Debian's chromium)",
)
def test_html_report_renders_in_chromium(story: Comparison, tmp_path: Path) -> None:
    assert CHROMIUM is not None, "FRAMEDIFF_REQUIRE_CHROMIUM=1 but chromium is not installed"
    page = tmp_path / "report.html"
    page.write_text(render_html(story), encoding="utf-8")
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}",
    ]
    dom = subprocess.run(
        [CHROMIUM, *flags, "--dump-dom", page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    # What a reader sees: the legend, both outlets' versions side by side, the marked cut.
    assert "How to read the differences:" in dom
    assert '<section class="family" id="Q1">' in dom
    assert dom.count('class="column"') >= 2
    assert "<del" in dom and "So my question is," in dom
    assert "<ins" in dom and "And give us the weapons" in dom
    screenshot = tmp_path / "report.png"
    subprocess.run(
        [CHROMIUM, *flags, "--window-size=1280,2000", f"--screenshot={screenshot}", page.as_uri()],
        capture_output=True,
        timeout=120,
        check=True,
    )
    assert screenshot.stat().st_size > 50_000  # a page of text and tables, not a blank one
