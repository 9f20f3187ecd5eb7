"""The docs say what the code does: every option documented with its default value."""

from __future__ import annotations

import dataclasses
import re

from framediff.errors import ExitStatus
from framediff.options import Options
from tests.conftest import ROOT

HOW = (ROOT / "docs" / "how-it-decides.md").read_text(encoding="utf-8")
FRAMING = (ROOT / "docs" / "framing.md").read_text(encoding="utf-8")

# Options a reader of the decision docs does not need: limits of loading, described in
# corpus-format.md, and the explicit encoding override (a command-line flag).
NOT_DECISIONS = {"load"}


def test_every_threshold_is_documented_with_its_value() -> None:
    options = Options()
    for group in dataclasses.fields(options):
        if group.name in NOT_DECISIONS:
            continue
        values = getattr(options, group.name)
        for field in dataclasses.fields(values):
            value = getattr(values, field.name)
            docs = HOW + FRAMING
            assert f"`{field.name}`" in docs, f"{group.name}.{field.name} is not in the docs"
            assert f"`{field.name}` = {value:g}" in docs or f"`{field.name}` = {value}" in docs, (
                f"docs give another value for {group.name}.{field.name} (code: {value})"
            )


def test_every_exit_status_and_limit_is_in_the_reliability_page() -> None:
    page = (ROOT / "docs" / "reliability.md").read_text(encoding="utf-8")
    for status in ExitStatus:
        assert f"| {status.value} | `{status.name}` |" in page, f"{status.name} is not documented"
    load = Options().load
    for name in ("max_file_bytes", "max_corpus_bytes", "max_fetch_bytes", "fetch_timeout_seconds"):
        assert f"`{name}`" in page, f"limit {name} is not in docs/reliability.md"
    assert f"{load.max_file_bytes // 1_048_576} MB (`max_file_bytes`)" in page
    assert f"{load.max_fetch_bytes // 1_048_576} MB (`max_fetch_bytes`)" in page
    assert f"{load.fetch_timeout_seconds:g} s (`fetch_timeout_seconds`" in page
    # Every test file the page names exists.
    for name in re.findall(r"`(tests/test_\w+\.py)`", page):
        assert (ROOT / name).is_file(), f"docs/reliability.md names a missing {name}"


def test_docs_index_links_every_page() -> None:
    index = (ROOT / "docs" / "index.md").read_text(encoding="utf-8")
    for page in (ROOT / "docs").glob("*.md"):
        if page.name != "index.md":
            assert f"({page.name})" in index, f"docs/index.md does not link {page.name}"


def test_the_library_example_in_the_docs_runs(monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    index = (ROOT / "docs" / "index.md").read_text(encoding="utf-8")
    example = index.split("```python\n")[1].split("```")[0]
    monkeypatch.chdir(ROOT)
    exec(compile(example, "docs/index.md", "exec"), {})
    printed = capsys.readouterr().out
    assert "003_e10f0307fb1c42ac Antiwar.com Zelensky Says NATO Should Shoot Down" in printed


def test_the_architecture_page_names_every_module_and_only_real_ones() -> None:
    page = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    named = set(re.findall(r"`(framediff/[\w/]+\.py)`", page))
    for path in sorted(named):
        assert (ROOT / path).is_file(), f"docs/architecture.md names {path}, which does not exist"
    for module in sorted((ROOT / "framediff").rglob("*.py")):
        if module.name in ("__init__.py", "__main__.py"):
            continue
        path = module.relative_to(ROOT).as_posix()
        assert path in named, f"docs/architecture.md does not say where {path} fits"
