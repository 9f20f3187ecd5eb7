"""The lesson kit: worksheet and answer key built from the bundled story (and NewsWCL50)."""

from __future__ import annotations

import json
import os
import re
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from framediff.align.records import QuoteDiff
from framediff.cli import app
from framediff.compare import Comparison, compare
from framediff.diff import DiffOp
from framediff.errors import ExitStatus, LessonError, OutputError
from framediff.ingest.load import load_articles
from framediff.lesson import lesson, lesson_documents
from framediff.lesson.items import SILENT_KINDS
from framediff.lesson.records import Lesson
from framediff.render.lesson_markdown import worksheet_markdown
from tests.conftest import EVALDATA, ROOT, STORY

GOLDEN = ROOT / "tests" / "golden"
UPDATE = os.environ.get("FRAMEDIFF_UPDATE_GOLDEN") == "1"
ORIGINAL = ROOT / "tests" / "data" / "lesson" / "interview-original.txt"
runner = CliRunner()
# Report markup and names of kinds of change: none may reach a student's worksheet (the
# names are checked in the worksheet's own words, since an article may use them).
MARKUP = ("~~", "<del", "<ins", "<mark", "display:none", "<details")
KIND_NAMES = ("extension", "omission", "elision", "wording", "variant", "punctuation")


def _own_words(built: Lesson) -> str:
    """Everything the worksheet says in its own words: prompts, frames, table headers."""
    parts = [built.title]
    for item in built.items:
        parts += [item.prompt, *item.frames, *item.choices]
        if item.table is not None:
            parts += item.table.header
    return "\n".join(parts).lower()


@pytest.fixture(scope="module")
def story() -> Comparison:
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)  # relative paths in the provenance block, as in the golden files
        return compare(load_articles(["corpus/nato-shootdown-2024"]))


@pytest.fixture(scope="module", params=["middle", "high", "college"])
def any_level(request: pytest.FixtureRequest, story: Comparison) -> Lesson:
    return lesson(story, level=request.param)


def test_every_item_has_a_key_entry_citing_the_articles_words(
    story: Comparison, any_level: Lesson
) -> None:
    assert any_level.items
    for item in any_level.items:
        assert item.key.finding, item.signal
        assert item.key.look_fors and item.key.acceptable, item.signal
        for citation in item.key.evidence:
            text = story.article(citation.article).text
            assert text[citation.start : citation.end] == citation.words
            assert citation.words.strip()
            assert citation.outlet.startswith(story.article(citation.article).label)
        if item.section != "reflect":
            assert item.key.evidence, f"{item.signal} cites nothing"


def test_items_are_in_notice_interpret_verify_reflect_order(any_level: Lesson) -> None:
    order = ["notice", "interpret", "verify", "reflect"]
    sections = [order.index(i.section) for i in any_level.items]
    assert sections == sorted(sections)
    assert [i.number for i in any_level.items] == list(range(1, len(any_level.items) + 1))
    assert all(i.evidence_line for i in any_level.items if i.section == "interpret")


def test_worksheet_carries_no_diff_markup_and_no_answer(story: Comparison) -> None:
    for level in ("middle", "high", "college"):
        built = lesson(story, level=level)
        for format in ("markdown", "html"):
            documents = lesson_documents(story, level=level, format=format)
            sheet = documents.worksheet.decode()
            lowered = sheet.lower()
            for leak in MARKUP:
                assert leak not in lowered, (level, format, leak)
            own = _own_words(built)
            for name in KIND_NAMES:
                assert name not in own, (level, name)
            assert not re.search(r"\b\d+ (changes|differences|cuts)\b", lowered)
            assert "answer key" not in lowered
            for item in built.items:
                assert item.key.finding not in sheet
                for look_for in item.key.look_fors:
                    assert look_for not in sheet
            # The key is its own document and holds every finding.
            key = documents.key.decode()
            assert "Provenance" in key and "Teacher notes" in key


def test_worksheet_title_names_no_finding(story: Comparison) -> None:
    sheet = lesson_documents(story, format="html").worksheet.decode()
    title = re.search(r"<title>(.*?)</title>", sheet)
    assert title is not None
    assert not re.search(r"cut|change|differ|key|quote", title.group(1), re.IGNORECASE)


def _ops(comparison: Comparison) -> list[DiffOp]:
    return [op for f in comparison.families for d in f.diffs for op in d.ops]


def test_no_item_rests_on_a_difference_the_comparison_lacks(story: Comparison) -> None:
    built = lesson(story, level="college")
    ops = _ops(story)
    added = {(a.article, a.start, a.end) for a in story.alignment.added}
    for item in built.items:
        evidence = item.key.evidence
        if item.signal == "cut":
            extra = [c.words for c in evidence[2:]]
            assert extra and all(
                any(op.kind == "extension" and w in (op.a_text + op.b_text) for op in ops)
                for w in extra
            )
        if item.signal == "inside":
            assert any(op.kind in SILENT_KINDS for op in ops)
        if item.signal == "credit":
            assert any(f.attribution_differs for f in story.families)
        if item.signal == "context":
            assert all((c.article, c.start, c.end) in added for c in evidence)
        if item.signal == "paraphrase":
            quoted = {(link.quote_article, link.quote_start) for link in story.paraphrase_links}
            assert (evidence[0].article, evidence[0].start) in quoted


def _without_differences(comparison: Comparison) -> Comparison:
    """The comparison with every quotation's versions made identical (no diffs at all)."""

    def flat(diff: QuoteDiff) -> QuoteDiff:
        equal = DiffOp("equal", diff.a_text, diff.a_text, 0, len(diff.a_text), 0, 0, "equal")
        return replace(diff, b_text=diff.a_text, ops=(equal,))

    families = tuple(
        replace(f, diffs=tuple(flat(d) for d in f.diffs), attribution_differs=False)
        for f in comparison.families
    )
    return replace(comparison, families=families)


def test_items_on_differences_disappear_with_the_differences(story: Comparison) -> None:
    before = {i.signal for i in lesson(story, level="college").items}
    assert {"cut", "cut_meaning", "explanations"} <= before
    after = {i.signal for i in lesson(_without_differences(story), level="college").items}
    assert not {"cut", "inside", "cut_meaning", "explanations", "credit"} & after
    assert "control" in after  # identical versions: the control item stays


def test_middle_school_gets_fewer_and_simpler_items_than_college(story: Comparison) -> None:
    middle, college = lesson(story, level="middle"), lesson(story, level="college")
    assert len(middle.items) < len(college.items)
    assert len(middle.articles) < len(college.articles)

    def words(built: Lesson) -> float:
        prompts = [len(i.prompt.split()) for i in built.items]
        return sum(prompts) / len(prompts)

    assert words(middle) < words(college)
    # Every middle-school item is scaffolded: a sentence frame or a pre-printed table.
    assert all(i.frames or i.table for i in middle.items)
    assert not any(i.frames for i in college.items)
    longer = lesson(story, level="middle", length="extended")
    assert "verbs" in {i.signal for i in longer.items} and longer.word_bank
    assert not college.word_bank
    higher = {"cut_meaning", "explanations", "rewrite"}
    assert higher <= {i.signal for i in college.items}
    assert not higher & {i.signal for i in middle.items}


def test_levels_never_change_the_articles_words(story: Comparison) -> None:
    for level in ("middle", "high", "college"):
        for article in lesson(story, level=level).articles:
            text = story.article(article.id).text
            assert all(paragraph in text for _, paragraph in article.paragraphs)


def test_lengths_change_the_number_of_items(story: Comparison) -> None:
    counts = [len(lesson(story, length=n).items) for n in ("short", "period", "extended")]
    assert counts[0] < counts[1] <= counts[2]


def test_low_confidence_speakers_carry_no_item(story: Comparison) -> None:
    """Credit every quotation to a pronoun only: no item may name who is speaking."""
    guessed = replace(
        story,
        quotes=tuple(replace(q, speaker_mention="he") for q in story.quotes),
        families=tuple(
            replace(f, members=tuple(replace(q, speaker_mention="he") for q in f.members))
            for f in story.families
        ),
    )
    built = lesson(guessed, level="college")
    signals = {i.signal for i in built.items}
    assert not {"voices", "connotation", "rewrite", "headline_body", "paraphrase"} & signals
    assert all("Zelensky" not in i.prompt for i in built.items)


@pytest.mark.parametrize("level", ["high", "middle"])
@pytest.mark.parametrize("part", ["worksheet", "key"])
def test_golden_lesson(story: Comparison, level: str, part: str) -> None:
    documents = lesson_documents(story, level=level)
    produced = getattr(documents, part).decode()
    path = GOLDEN / f"lesson-nato-{level}-{part}.md"
    if UPDATE:
        path.write_text(produced, encoding="utf-8")
    assert path.exists(), f"no golden {path.name}: create it with FRAMEDIFF_UPDATE_GOLDEN=1"
    assert produced == path.read_text(encoding="utf-8"), (
        f"{path.name} changed: review the difference, then rerun with FRAMEDIFF_UPDATE_GOLDEN=1"
    )


def test_article_text_is_escaped(story: Comparison) -> None:
    hostile = compare(load_articles([str(ROOT / "tests" / "data" / "hostile")]))
    documents = lesson_documents(hostile, format="html")
    for page in (documents.worksheet.decode(), documents.key.decode()):
        tags = set(re.findall(r"<([a-zA-Z][a-zA-Z0-9]*)", page))
        assert tags <= {
            "html", "head", "meta", "title", "style", "body", "p", "h1", "h2", "h3", "span",
            "strong", "em", "blockquote", "table", "thead", "tbody", "tr", "th", "td", "div",
            "ul", "li",
        }, tags  # fmt: skip
    markdown = lesson_documents(hostile).worksheet.decode()
    assert "](" not in markdown.replace("\\](", "")


def test_docx_documents_open_and_hold_the_items(story: Comparison) -> None:
    import io

    import docx

    documents = lesson_documents(story, format="docx")
    assert documents.extension == "docx"
    built = lesson(story)
    sheet = docx.Document(io.BytesIO(documents.worksheet))
    text = "\n".join(p.text for p in sheet.paragraphs)
    assert all(i.prompt in text for i in built.items)
    key = docx.Document(io.BytesIO(documents.key))
    key_text = "\n".join(p.text for p in key.paragraphs)
    assert all(i.key.finding in key_text for i in built.items)
    assert not any(i.key.finding in text for i in built.items)


def test_docx_without_python_docx_is_one_clear_error(
    story: Comparison, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "docx", None)
    with pytest.raises(OutputError, match=r"python-docx"):
        lesson_documents(story, format="docx")


def test_too_little_in_common_is_one_line_and_exit_status_input(tmp_path: Path) -> None:
    unrelated = [str(STORY / "000_16b9289ebfa630a9.txt"), str(STORY / "003_e10f0307fb1c42ac.txt")]
    with pytest.raises(LessonError):
        lesson(compare(load_articles(unrelated)))
    result = runner.invoke(app, ["lesson", *unrelated, "-o", str(tmp_path / "w.md")])
    assert result.exit_code == ExitStatus.INPUT
    assert result.stderr.count("\n") == 1 and "too little in common" in result.stderr
    assert not list(tmp_path.iterdir()), "no partial output"


def test_cli_writes_worksheet_and_key(tmp_path: Path) -> None:
    sheet, key = tmp_path / "nato.html", tmp_path / "teacher.html"
    result = runner.invoke(
        app,
        ["lesson", str(STORY), "-o", str(sheet), "--key", str(key), "--format", "html",
         "--level", "middle"],
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert "@media print" in sheet.read_text(encoding="utf-8")
    assert "Ctrl+P" in sheet.read_text(encoding="utf-8")
    assert "Provenance" in key.read_text(encoding="utf-8")
    default = runner.invoke(app, ["lesson", str(STORY), "-o", str(tmp_path / "w.md")])
    assert default.exit_code == 0 and (tmp_path / "w-key.md").exists()


def test_original_ranks_the_outlets_by_distance(story: Comparison) -> None:
    (base,) = load_articles([str(ORIGINAL)])
    with_original = compare(list(story.articles), original=base)
    distances = {
        (m.family, story.label(m.article)): m.distance for m in with_original.original_matches
    }
    # The constructed transcript is Tampa Free Press's ending with Antiwar.com's opening:
    # each outlet quotes a part of it word for word.
    assert distances[("Q1", "Antiwar.com")] == 0 and distances[("Q1", "Tampa Free Press")] == 0
    assert distances[("Q2", "The Kyiv Independent")] > 0.5
    built = lesson(with_original, original=base)
    item = next(i for i in built.items if i.signal == "original")
    assert "Antiwar.com" in item.key.finding and item.passages
    assert "trace" not in {i.signal for i in built.items}
    data = with_original.to_json()
    assert data["original"]["matches"]
    assert "original" not in story.to_json(), "without --original the JSON is unchanged"


def test_compare_cli_takes_original(tmp_path: Path) -> None:
    out = tmp_path / "c.json"
    result = runner.invoke(
        app, ["compare", str(STORY), "--original", str(ORIGINAL), "-f", "json", "-o", str(out)]
    )
    assert result.exit_code == 0, result.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["original"]["matches"]
    report = tmp_path / "c.md"
    result = runner.invoke(
        app,
        ["compare", str(STORY), "--original", str(ORIGINAL), "-f", "markdown", "-o", str(report)],
    )
    assert result.exit_code == 0, result.stderr
    assert "## Distance to the original" in report.read_text(encoding="utf-8")


NEWSWCL50 = EVALDATA / "newswcl50" / "1-raw-articles"


@pytest.mark.skipif(not NEWSWCL50.is_dir(), reason="NewsWCL50 is not in ../shared/evaldata")
def test_a_lesson_for_every_newswcl50_event() -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from eval_newswcl50 import load_event

    from framediff.options import Options

    for folder in sorted(NEWSWCL50.glob("event_*")):
        comparison = compare(load_event(folder, Options()))
        middle, college = lesson(comparison, level="middle"), lesson(comparison, level="high")
        assert len(middle.items) <= len(college.items), folder.name
        for built in (middle, college):
            sheet = worksheet_markdown(built).lower()
            assert not any(leak in sheet for leak in MARKUP), folder.name
            assert not any(name in _own_words(built) for name in KIND_NAMES), folder.name
            for item in built.items:
                for c in item.key.evidence:
                    assert comparison.article(c.article).text[c.start : c.end] == c.words


def test_the_json_with_original_matches_the_schema(story: Comparison) -> None:
    import jsonschema

    schema = json.loads((ROOT / "docs" / "schema.json").read_text(encoding="utf-8"))
    (base,) = load_articles([str(ORIGINAL)])
    data = json.loads(json.dumps(compare(list(story.articles), original=base).to_json()))
    jsonschema.validate(data, schema)


def test_every_lesson_threshold_is_in_the_guide_with_its_value() -> None:
    import dataclasses

    from framediff.options import LessonOptions

    guide = (ROOT / "docs" / "lesson-guide.md").read_text(encoding="utf-8")
    options = LessonOptions()
    for field in dataclasses.fields(options):
        value = getattr(options, field.name)
        if value == ():
            shown = "()"
        elif isinstance(value, tuple):
            shown = ", ".join(map(str, value))
        else:
            shown = f"{value:g}"
        assert f"`{field.name}` = {shown}" in guide, field.name


def test_outlets_carry_labels_only_from_the_teachers_file(tmp_path: Path) -> None:
    sheet = tmp_path / "w.md"
    plain = runner.invoke(app, ["lesson", str(STORY), "-o", str(sheet)])
    assert plain.exit_code == 0, plain.stderr
    assert "(label" not in sheet.read_text(encoding="utf-8")
    labels = tmp_path / "labels.txt"
    labels.write_text("# my own labels\nAntiwar.com: label from the teacher\n", encoding="utf-8")
    result = runner.invoke(app, ["lesson", str(STORY), "-o", str(sheet), "--labels", str(labels)])
    assert result.exit_code == 0, result.stderr
    assert "Antiwar.com (label from the teacher)" in sheet.read_text(encoding="utf-8")
    assert "supplied by the teacher" in (tmp_path / "w-key.md").read_text(encoding="utf-8")
    labels.write_text("no colon here\n", encoding="utf-8")
    bad = runner.invoke(app, ["lesson", str(STORY), "-o", str(sheet), "--labels", str(labels)])
    assert bad.exit_code == ExitStatus.INPUT and "label file line 1" in bad.stderr


def test_any_two_or_three_of_the_bundled_articles_give_a_lesson_or_one_clear_error(
    story: Comparison,
) -> None:
    from itertools import combinations

    ids = [a.id for a in story.articles]
    outcomes = []
    for size in (2, 3):
        for chosen in combinations(ids, size):
            comparison = compare([story.article(a) for a in chosen])
            try:
                built = lesson(comparison, level="high")
            except LessonError as error:
                assert "\n" not in str(error) and "too little in common" in str(error)
                outcomes.append(False)
                continue
            outcomes.append(True)
            for item in built.items:
                for c in item.key.evidence:
                    assert comparison.article(c.article).text[c.start : c.end] == c.words
    assert any(outcomes) and not all(outcomes)
