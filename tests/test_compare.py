"""compare() on the seed articles: the findings a careful reader makes, asserted."""

from __future__ import annotations

import itertools
import json

import pytest

from framediff.compare import Comparison, compare
from framediff.errors import NotEnoughArticlesError
from framediff.model import Article

NYT_A, NYT_B = "003_e10f0307fb1c42ac", "004_e3e60bfa29fad391"
AUG_A, AUG_B = "000_16b9289ebfa630a9", "001_bc10143706b948d4"
BACKGROUND = "002_0f77700f0b2ee103"


@pytest.fixture(scope="module")
def nyt(seed_articles: dict[str, Article]) -> Comparison:
    return compare([seed_articles[NYT_A], seed_articles[NYT_B]])


@pytest.fixture(scope="module")
def aug(seed_articles: dict[str, Article]) -> Comparison:
    return compare([seed_articles[AUG_A], seed_articles[AUG_B]])


@pytest.fixture(scope="module")
def everything(seed_articles: dict[str, Article]) -> Comparison:
    return compare(list(seed_articles.values()))


def _interview_family(comparison: Comparison):  # type: ignore[no-untyped-def]
    (family,) = [f for f in comparison.shared_families if "Why can’t we shoot them down" in f.text]
    return family


def test_the_nyt_interview_quote_is_one_family_across_both(nyt: Comparison) -> None:
    family = _interview_family(nyt)
    assert set(family.articles) == {NYT_A, NYT_B}
    assert family.speaker == "Volodymyr Zelensky"
    # The fullest text joins both cuts: 003's opening and 004's extra sentence.
    assert family.text.startswith("So my question is, what’s the problem?")
    assert family.text.endswith(
        "And give us the weapons to use against Russian forces on the borders."
    )


def test_the_diff_shows_the_cut_the_comma_and_the_extra_sentence(nyt: Comparison) -> None:
    family = _interview_family(nyt)
    (diff,) = family.diffs
    assert (diff.a, diff.b) == (NYT_A, NYT_B)
    found = [
        (op.kind, op.op, op.a_text.strip(), op.b_text.strip())
        for op in diff.ops
        if op.kind != "equal"
    ]
    assert ("extension", "delete", "So my question is,", "") in found
    assert ("punctuation", "delete", ",", "") in found
    assert any(
        kind == "extension" and op == "insert" and b.startswith("And give us the weapons")
        for kind, op, _, b in found
    )
    assert not any(kind in {"omission", "wording"} for kind, *_ in found)


def test_diff_operations_rebuild_both_renderings(everything: Comparison) -> None:
    for family in everything.families:
        for diff in family.diffs:
            assert "".join(op.a_text for op in diff.ops) == family.rendering(diff.a)
            assert "".join(op.b_text for op in diff.ops) == family.rendering(diff.b)


def test_context_only_the_daily_caller_adds(nyt: Comparison) -> None:
    added = " ".join(a.text for a in nyt.alignment.added if a.article == NYT_B)
    assert "$61 billion aid package" in added
    assert "Russian President Vladimir Putin has expressed" in added
    assert "Defense experts and former U.S. officials previously told" in added
    # Putin's and the Defense Priorities analyst's quotations: only the Daily Caller's.
    for speaker in ("Vladimir Putin", "Benjamin Friedman"):
        families = [f for f in nyt.families if f.speaker == speaker]
        assert families and all(f.articles == (NYT_B,) for f in families)


def test_context_only_antiwar_adds(nyt: Comparison) -> None:
    added = " ".join(a.text for a in nyt.alignment.added if a.article == NYT_A)
    assert "he pleaded for a no-fly zone over Ukraine" in added
    assert "Moscow recently warned the UK" in added
    omitted = " ".join(o.text for o in nyt.alignment.omissions if o.article == NYT_B)
    assert "Moscow recently warned the UK" in omitted


def test_no_shared_quotation_is_listed_as_added_context(nyt: Comparison) -> None:
    shared_words = [member.text for family in nyt.shared_families for member in family.members]
    for added in nyt.alignment.added:
        for words in shared_words:
            assert words not in added.text, (added.text, words)


def test_quoted_words_link_to_the_other_outlets_paraphrase(aug: Comparison) -> None:
    links = {(link.quote_article, link.paraphrase_article): link for link in aug.paraphrase_links}
    texts = [(link.quote_text, link.paraphrase_text) for link in aug.paraphrase_links]
    assert any(
        quote.startswith("I want to try this tool")
        and paraphrase.startswith("The president expressed his desire")
        for quote, paraphrase in texts
    ), texts
    assert (AUG_A, AUG_B) in links


def test_different_events_fall_in_different_groups(everything: Comparison) -> None:
    group_of = {a: n for n, group in enumerate(everything.groups) for a in group}
    assert group_of[NYT_A] == group_of[NYT_B]
    assert group_of[AUG_A] == group_of[AUG_B]
    assert group_of[NYT_A] != group_of[AUG_A]
    # Families never cross groups.
    for family in everything.families:
        assert len({group_of[a] for a in family.articles}) == 1


def test_family_ids_are_unique_and_ordered(everything: Comparison) -> None:
    ids = [f.id for f in everything.families]
    assert ids == [f"Q{n}" for n in range(1, len(ids) + 1)]
    assert {link.family for link in everything.paraphrase_links} <= set(ids)


def test_argument_order_does_not_matter(seed_articles: dict[str, Article]) -> None:
    articles = [seed_articles[k] for k in (NYT_A, NYT_B, AUG_A)]
    reference = json.dumps(compare(articles).to_json(), sort_keys=True)
    for order in itertools.permutations(articles):
        assert json.dumps(compare(list(order)).to_json(), sort_keys=True) == reference


def test_comparing_a_with_b_mirrors_b_with_a(seed_articles: dict[str, Article]) -> None:
    ab = compare([seed_articles[NYT_A], seed_articles[NYT_B]])
    ba = compare([seed_articles[NYT_B], seed_articles[NYT_A]])
    assert ab.to_json() == ba.to_json()
    # And the pairwise diff seen from the other side is its mirror image.
    family = _interview_family(ab)
    (diff,) = family.diffs
    from framediff.diff import diff_words

    mirrored = diff_words(family.rendering(NYT_B) or "", family.rendering(NYT_A) or "")
    assert [op.swapped() for op in mirrored] == list(diff.ops)


def test_offsets_point_at_the_reported_words(everything: Comparison) -> None:
    for family in everything.families:
        for member in family.members:
            article = everything.article(member.article)
            assert article.text[member.start : member.end] == member.text
    for added in everything.alignment.added:
        assert everything.article(added.article).text[added.start : added.end] == added.text
    for link in everything.paraphrase_links:
        paraphrasing = everything.article(link.paraphrase_article).text
        assert paraphrasing[link.paraphrase_start : link.paraphrase_end] == link.paraphrase_text


def test_one_article_is_not_a_comparison(seed_articles: dict[str, Article]) -> None:
    with pytest.raises(NotEnoughArticlesError):
        compare([seed_articles[NYT_A]])
