"""Nothing lost: every sentence of every article has exactly one status in the comparison,
and every block cleaning removed has a reason (``framediff/accounting.py``)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from framediff.accounting import STATES, Accounting, account
from framediff.align.records import SentenceAlignment
from framediff.compare import Comparison, compare
from framediff.ingest.load import articles_from_sources, load_articles, sources_from_paths
from framediff.model import Article, Removal
from framediff.options import Options
from tests.conftest import EVALDATA, STORY

NEWSWCL50 = EVALDATA / "newswcl50" / "1-raw-articles"


@pytest.fixture(scope="module")
def story() -> Comparison:
    return compare(load_articles([str(STORY)]))


def _assert_complete(comparison: Comparison) -> None:
    accounting = comparison.accounting
    assert accounting.problems == ()
    assert accounting.complete
    for article, account_ in zip(comparison.articles, accounting.articles, strict=True):
        assert account_.article == article.id
        # One status for each sentence, in sentence order.
        assert [s.sentence for s in account_.sentences] == [s.index for s in article.sentences]
        assert account_.removed_blocks == len(article.removed)
        assert account_.unaccounted_words == ()


def test_the_bundled_story_loses_nothing(story: Comparison) -> None:
    _assert_complete(story)
    # Measured: one headline each, the reworded background, the added context and the
    # sentences of the quotations several outlets share.
    assert story.accounting.counts() == {
        "headline": 5,
        "shared": 0,
        "reworded": 10,
        "added": 70,
        "quotation": 21,
        "skipped": 0,
    }
    quotation = [
        s for a in story.accounting.articles for s in a.sentences if s.status == "quotation"
    ]
    families = {f.id for f in story.shared_families}
    assert quotation and all(s.family in families for s in quotation)
    # The banner glued to the first words of an article is cut inside a word, and counted.
    assert sum(a.removed_blocks for a in story.accounting.articles) == sum(
        len(a.removed) for a in story.articles
    )


def test_the_json_report_carries_the_accounting(story: Comparison) -> None:
    data = story.to_json()["accounting"]
    assert data["complete"] is True
    assert set(data["counts"]) == set(STATES)
    first = data["articles"][0]
    assert len(first["sentences"]) == len(story.articles[0].sentences)
    assert sum(first["removed_by_rule"].values()) == first["removed_blocks"]


def _recount(
    comparison: Comparison,
    *,
    articles: tuple[Article, ...] | None = None,
    alignment: SentenceAlignment | None = None,
) -> Accounting:
    """The accounting of the comparison with one of its results changed."""
    return account(
        comparison.articles if articles is None else articles,
        groups=comparison.groups,
        quotes=comparison.quotes,
        families=comparison.families,
        alignment=comparison.alignment if alignment is None else alignment,
        options=comparison.options.align,
    )


def test_a_sentence_no_result_claims_is_caught(story: Comparison) -> None:
    """The check reads the results: a sentence dropped from the alignment is reported."""
    dropped = story.alignment.matches[3]
    alignment = replace(
        story.alignment,
        matches=tuple(m for m in story.alignment.matches if m != dropped),
        added=tuple(
            a
            for a in story.alignment.added
            if (a.article, a.sentence_index) != (dropped.article, dropped.sentence_index)
        ),
    )
    problems = _recount(story, alignment=alignment).problems
    assert len(problems) == 1
    assert f"{dropped.article} sentence {dropped.sentence_index}" in problems[0]
    assert "no result" in problems[0]


def test_a_sentence_two_results_claim_is_caught(story: Comparison) -> None:
    """A quoted sentence that the alignment also counts is claimed twice."""
    family = story.shared_families[0]
    member = family.members[0]
    article = story.article(member.article)
    sentence = next(s for s in article.sentences if s.start <= member.start < s.end)
    extra = replace(story.alignment.matches[0], article=article.id, sentence_index=sentence.index)
    alignment = replace(story.alignment, matches=(*story.alignment.matches, extra))
    problems = _recount(story, alignment=alignment).problems
    assert any("quotation" in p and f"sentence {sentence.index}" in p for p in problems)


def test_added_context_must_agree_with_the_alignment(story: Comparison) -> None:
    alignment = replace(story.alignment, added=story.alignment.added[1:])
    problems = _recount(story, alignment=alignment).problems
    assert any("disagrees with the added-context list" in p for p in problems)


def test_a_removal_without_reason_or_a_lost_word_is_caught(story: Comparison) -> None:
    article = story.articles[0]
    broken = replace(
        article,
        removed=(*article.removed[1:], Removal("stray", "", "", 1)),
        raw_text=article.raw_text + "\nvanished words here",
    )
    articles = (broken, *story.articles[1:])
    accounting = _recount(story, articles=articles)
    assert any("without a reason" in p for p in accounting.problems)
    lost = accounting.articles[0].unaccounted_words
    assert {"vanished", "words", "here"} <= set(lost)
    assert set(article.removed[0].text.split()) <= set(lost)


def test_an_article_alone_in_its_event_is_skipped_with_a_reason(story: Comparison) -> None:
    alone = story.articles[0].id
    groups = ((alone,), tuple(a.id for a in story.articles[1:]))
    families = tuple(f for f in story.families if alone not in f.articles)
    alignment = replace(
        story.alignment,
        matches=tuple(m for m in story.alignment.matches if m.article != alone),
        added=tuple(a for a in story.alignment.added if a.article != alone),
    )
    accounting = account(
        story.articles,
        groups=groups,
        quotes=story.quotes,
        families=families,
        alignment=alignment,
        options=story.options.align,
    )
    first = accounting.articles[0]
    assert first.counts()["skipped"] == len(story.articles[0].sentences) - 1  # all but the headline
    assert all(s.reason for s in first.sentences if s.status == "skipped")
    assert accounting.complete


def _newswcl50_event(folder: Path) -> list[Article]:
    """An event's articles, each file its own outlet (as the evaluation labels them)."""
    options = Options()
    sources = []
    for path in sorted(p for p in folder.iterdir() if p.is_file()):
        (source,) = sources_from_paths([str(path)], options=options)
        code = path.name.split(".", 1)[0]
        sources.append(replace(source, metadata={**source.metadata, "id": code, "outlet": code}))
    return articles_from_sources(sources, options=options)


@pytest.mark.skipif(not NEWSWCL50.is_dir(), reason="NewsWCL50 is not in ../shared/evaldata")
def test_every_newswcl50_event_loses_nothing() -> None:
    events = sorted(p for p in NEWSWCL50.iterdir() if p.is_dir())
    assert len(events) == 10
    for folder in events:
        comparison = compare(_newswcl50_event(folder))
        _assert_complete(comparison)
