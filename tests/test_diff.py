"""Typed word diffs: the seed case (003 vs 004) and each kind of change on small examples."""

from __future__ import annotations

import pytest

from framediff.diff import (
    DIFF_KINDS,
    DiffOp,
    diff_words,
    differences,
    has_unmarked_omission,
    number_value,
    spelling_variant,
    summarise,
)
from framediff.model import Article

NYT_003_START = "So my question is, what’s the problem?"
NYT_004_START = "What’s the problem?"
NYT_END_003 = "There is no such issue,"
SKY = "Shoot down what’s in the sky over Ukraine."
BORDERS = "And give us the weapons to use against Russian forces on the borders."


def _quoted(article: Article, start_words: str, end_words: str) -> str:
    start = article.text.find(start_words)
    assert start >= 0
    end = article.text.find(end_words, start)
    assert end >= 0
    return article.text[start : end + len(end_words)]


def _check(a: str, b: str) -> tuple[DiffOp, ...]:
    ops = diff_words(a, b)
    assert "".join(op.a_text for op in ops) == a
    assert "".join(op.b_text for op in ops) == b
    assert diff_words(b, a) == tuple(op.swapped() for op in ops)
    return ops


def _changes(a: str, b: str) -> list[tuple[str, str, str, str]]:
    return [(op.op, op.a_text, op.b_text, op.kind) for op in differences(_check(a, b))]


def test_nyt_interview_003_vs_004(seed_articles: dict[str, Article]) -> None:
    a003 = next(a for k, a in seed_articles.items() if k.startswith("003"))
    a004 = next(a for k, a in seed_articles.items() if k.startswith("004"))
    # Each outlet's quotation: the first part, then the part after "Zelensky said …".
    text_003 = _quoted(a003, NYT_003_START, NYT_END_003) + " " + SKY
    text_004 = _quoted(a004, NYT_004_START, NYT_END_003) + " " + _quoted(a004, SKY, BORDERS)
    changes = _changes(text_003, text_004)
    assert changes[0] == ("delete", "So my question is, ", "", "extension")
    assert ("replace", "what’s", "What’s", "case") in changes
    assert ("delete", ",", "", "punctuation") in changes
    assert changes[-1] == ("insert", "", " " + BORDERS, "extension")
    assert len(changes) == 4
    assert not has_unmarked_omission(diff_words(text_003, text_004))
    # The comma that differs is the one after "So" in "So, what’s the issue".
    comma = next(op for op in diff_words(text_003, text_004) if op.kind == "punctuation")
    assert text_003[comma.a_start - 2 : comma.a_end + 7] == "So, what’s"


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("So, what is it", "So what is it", ("delete", ",", "", "punctuation")),
        ("the war, he said", "the war. he said", ("replace", ",", ".", "punctuation")),
        ("we saw Israel", "We saw Israel", ("replace", "we", "We", "case")),
        ("what’s left", "what's left", ("replace", "what’s", "what's", "punctuation")),
        ("Zelensky said", "Zelenskyy said", ("replace", "Zelensky", "Zelenskyy", "spelling")),
        ("our defense now", "our defence now", ("replace", "defense", "defence", "spelling")),
        ("to organize it", "to organise it", ("replace", "organize", "organise", "spelling")),
        (
            "our neighbors here",
            "our neighbours here",
            ("replace", "neighbors", "neighbours", "spelling"),
        ),
        ("In Kyiv today", "In Kiev today", ("replace", "Kyiv", "Kiev", "spelling")),
        ("we can't go", "we cannot go", ("replace", "can't", "cannot", "contraction")),
        ("It's fine", "It is fine", ("replace", "It's", "It is", "contraction")),
        ("Can we get seven?", "Can we get 7?", ("replace", "seven", "7", "number")),
        ("a $61 billion package", "a $61bn package", ("replace", "61 billion", "61bn", "number")),
        ("the big war", "the large war", ("replace", "big", "large", "wording")),
        (
            "that will shoot down missiles",
            "that would intercept missiles",
            ("replace", "will shoot down", "would intercept", "wording"),
        ),
        (
            "against (Russian) missiles",
            "against missiles",
            ("delete", "(Russian) ", "", "insertion"),
        ),
        (
            "against (Russian) missiles",
            "against Russian missiles",
            ("replace", "(Russian)", "Russian", "insertion"),
        ),
        ("[he] said it was", "Zelensky said it was", ("replace", "[he]", "Zelensky", "insertion")),
        (
            "we support Ukraine … but NATO",
            "we support Ukraine, and more, but NATO",
            ("replace", " …", ", and more,", "elision"),
        ),
    ],
)
def test_each_kind(a: str, b: str, expected: tuple[str, str, str, str]) -> None:
    assert _changes(a, b) == [expected]


def test_omission_inside_the_span_stands_out() -> None:
    a = "We will not become part of the conflict."
    b = "We will become part of the conflict."
    assert _changes(a, b) == [("delete", " not", "", "omission")]
    assert has_unmarked_omission(diff_words(a, b))


def test_cut_at_either_end_is_an_extension_not_an_omission() -> None:
    a = "Everything is possible in the modern world, he said"
    b = "Everything is possible in the modern world"
    assert _changes(a, b) == [("delete", ", he said", "", "extension")]
    assert _changes("Yes. " + b, b) == [("delete", "Yes. ", "", "extension")]
    assert not has_unmarked_omission(diff_words(a, b))


def test_marked_elision_is_not_an_omission() -> None:
    a = "NATO will support Ukraine … we will not participate in this conflict."
    b = (
        "NATO will support Ukraine, and we are increasing support. "
        "We will not participate in this conflict."
    )
    ops = _check(a, b)
    assert any(op.kind == "elision" for op in ops)
    assert not has_unmarked_omission(ops)
    for marker in ("...", "[…]", "[...]"):
        assert any(op.kind == "elision" for op in _check(a.replace("…", marker), b))


def test_white_space_differences_are_ignored() -> None:
    ops = _check("it is   done\nnow", "it is done now")
    assert differences(ops) == ()
    assert all(op.op == "equal" for op in ops)


def test_identical_and_empty_texts() -> None:
    assert differences(_check("Same words.", "Same words.")) == ()
    assert _check("", "") == ()
    assert _changes("", "New words here") == [("insert", "", "New words here", "extension")]


def test_offsets_point_into_both_texts() -> None:
    a, b = "So, what is the problem?", "What is the issue?"
    for op in _check(a, b):
        assert a[op.a_start : op.a_end] == op.a_text
        assert b[op.b_start : op.b_end] == op.b_text


def test_summary_and_wire_form() -> None:
    ops = diff_words("We will not go, now.", "we will go now")
    counts = summarise(ops)
    assert set(counts) == set(DIFF_KINDS)
    assert counts["omission"] == 1
    assert counts["case"] == 1
    wire = ops[0].to_json()
    assert set(wire) == {"op", "kind", "a_text", "b_text", "a_start", "a_end", "b_start", "b_end"}


def test_spelling_needs_more_than_similar_letters() -> None:
    assert spelling_variant("Zelensky", "Zelenskyy")
    assert spelling_variant("favour", "favor")
    assert not spelling_variant("would", "could")
    assert not spelling_variant("shoot", "short")
    assert not spelling_variant("missile", "missiles")
    assert spelling_variant("x", "x") is False


def test_number_values() -> None:
    assert number_value(["61", "billion"]) == number_value(["61bn"]) == 61e9
    assert number_value(["seven"]) == 7
    assert number_value(["twenty", "three"]) == 23
    assert number_value(["two", "hundred"]) == 200
    assert number_value(["seven", "planes"]) is None


def test_a_bracketed_insertion_does_not_hide_an_omission_beside_it() -> None:
    ops = diff_words(
        "we must end this war (with NATO) quickly and then talk",
        "we must end this war and then talk",
    )
    kinds = [op.kind for op in ops if op.kind != "equal"]
    assert kinds == ["omission"]
    ops = diff_words("against (Russian) missiles that hit", "against missiles that hit")
    assert [op.kind for op in ops if op.kind != "equal"] == ["insertion"]
