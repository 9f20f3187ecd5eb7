"""The literal test that rules boilerplate patterns out before they are searched: it must
never rule out a pattern that matches."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from framediff.ingest import credit_lines, lexicon
from framediff.ingest.literals import (
    FOLDS_TO_ASCII,
    LITERAL_CHARACTERS,
    LiteralFilteredSearch,
    _group_end,
    _pieces,
    any_literal_pattern,
    required_literals,
    split_branches,
)

_FLOATING = [a for r in lexicon.SENTENCE_RULES for a in r.alternatives if not a.startswith("^")]


@pytest.mark.parametrize(
    ("pattern", "literals"),
    [
        (r"\breaders like you\b", ("readers like you",)),
        # A character a quantifier makes optional is not required.
        (r"\bpatrons?!", ("patron",)),
        (r"\bbecome an? (?:member|patron)\b", ("become a",)),
        # Of the required pieces, the one whose shortest text is longest.
        (
            r"\b(?:by|through) making (?:a|any) (?:small )?(?:donation|contribution)\b",
            ("donation", "contribution"),
        ),
        (r"\bcost of (?:one|a) cup of coffee\b", (" cup of coffee",)),
        (r"\bGet The App\b", ("get the app",)),
        # An optional group, a repeated group and a class require nothing.
        (r"\b(?:was |first )+(?:published|appeared)\b", ("published", "appeared")),
        (r"\bab(?:cdefgh)?ij\b", ("ab",)),
        (r"[a-z]{2,4}xyz", ("xyz",)),
        (r"\bfollow (?:us|our \w+)\b", ("follow ",)),
    ],
)
def test_required_literals(pattern: str, literals: tuple[str, ...]) -> None:
    assert required_literals(pattern) == literals


@pytest.mark.parametrize(
    "pattern",
    [
        r"\bfoo|bar",  # alternatives of its own: neither word is required
        r"\b\w+\b",
        r"a{x",  # a brace the engine reads as itself
        r"(?:\bfoo)?\b(?:b|\w)",  # a branch that starts with no literal
    ],
)
def test_no_literal_when_none_is_certain(pattern: str) -> None:
    assert required_literals(pattern) is None
    # Such an alternative is searched in every text.
    search = LiteralFilteredSearch([pattern, r"\bplain words\b"])
    for text in ("foo", "xbar", " a b ", "word", "a{x", "b", "Plain Words"):
        assert search.search(text) == (
            re.search(f"{pattern}|\\bplain words\\b", text, re.I) is not None
        )


def test_no_literal_under_inline_flags() -> None:
    assert required_literals(r"(?x) a b") is None  # verbose: the spaces mean nothing


def test_every_lexicon_alternative_has_a_literal() -> None:
    """Not needed for the answers, only for speed: an alternative without a literal is
    searched in every sentence."""
    assert lexicon.FLOATING.unfiltered is None


def test_folds_to_ascii_lists_every_character_ignorecase_matches_to_ascii() -> None:
    """A literal's character matches, under IGNORECASE, only itself in either case or one
    of ``FOLDS_TO_ASCII``: in a text without those, the lower-case text holds the literal
    wherever the pattern matches."""
    everything = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    folding: set[str] = set()
    for char in LITERAL_CHARACTERS:
        for found in re.findall(re.escape(char), everything, re.IGNORECASE):
            if found.lower() != char.lower():
                folding.add(found)
    assert folding == set(FOLDS_TO_ASCII)


def _matching_text(alternative: str) -> st.SearchStrategy[tuple[str, str]]:
    return st.tuples(st.just(alternative), st.from_regex(re.compile(alternative, re.IGNORECASE)))


@settings(max_examples=1500, deadline=None)
@given(st.sampled_from(_FLOATING).flatmap(_matching_text))
@example((r"\bsupport (?:us|our (?:work|journalism|reporting|newsroom))\b", "\u017fupport us"))
@example((r"\blike us on facebook\b", "li\u212ae us on facebook"))  # the Kelvin sign
@example((r"\bpatrons?!", "Patrons!"))
def test_a_text_an_alternative_matches_is_never_ruled_out(case: tuple[str, str]) -> None:
    alternative, text = case
    assert re.search(alternative, text, re.IGNORECASE)
    assert lexicon.FLOATING.search(text)
    assert lexicon.any_sentence_rule(text)


_PARTS = st.sampled_from(
    ["Support us", "readers like you", " ", ".", "Patrons!", "\u017fubscribe now", "x", "We"]
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.one_of(_PARTS, st.text(max_size=6)), max_size=12).map("".join),
    st.integers(0, 80),
    st.integers(0, 80),
)
@example("Our readers like you. Thanks", 0, 21)
@example("\u017fupport us now", 0, 10)
def test_a_search_within_a_text_answers_as_the_whole_search_for_its_parts(
    text: str, start: int, end: int
) -> None:
    within = lexicon.FLOATING.within(text)
    part = text[start:end]
    assert within.search(part) == lexicon.FLOATING.search(part)
    assert lexicon.any_sentence_rule(part, within) == lexicon.any_sentence_rule(part)


_FLOATING_LITERALS = [literal for literal, _ in lexicon.FLOATING.keyed]
# Pieces of the lexicon's literals, so that texts hold some of them whole and some cut
# short or run together, punctuation that the pattern must escape, and a literal of it.
_LITERAL_PARTS = st.one_of(
    st.sampled_from(_FLOATING_LITERALS),
    st.sampled_from(_FLOATING_LITERALS).map(lambda literal: literal[1:]),
    st.sampled_from(_FLOATING_LITERALS).map(lambda literal: literal[:-1]),
    st.sampled_from([" ", "-", "a.b", "(c)", "x", "qv"]),
    st.text(max_size=4),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_LITERAL_PARTS, max_size=8).map("".join))
def test_the_search_for_any_literal_answers_as_a_test_for_each(text: str) -> None:
    assert (any_literal_pattern(_FLOATING_LITERALS).search(text) is not None) == any(
        literal in text for literal in _FLOATING_LITERALS
    )


@given(
    st.lists(st.text(st.sampled_from("ab-.( \\qe"), min_size=1, max_size=4), max_size=4),
    st.text(st.sampled_from("ab-.( \\qe"), max_size=12),
)
def test_any_literal_pattern_escapes_and_groups_every_literal(
    literals: list[str], text: str
) -> None:
    assert (any_literal_pattern(literals).search(text) is not None) == any(
        literal in text for literal in literals
    )


def test_within_a_text_of_no_literal_keeps_no_literal() -> None:
    assert lexicon.FLOATING.within("The senator said the bill would pass.").keyed == ()
    narrowed = lexicon.FLOATING.within("Please subscribe to our newsletter today.")
    assert {literal for literal, _ in narrowed.keyed} == {
        "subscribe",
        "subscribe ",
        "subscribe to ",
        "newsletter",
    }


def test_every_form_of_a_photo_credit_holds_a_text_the_cleaner_looks_for_first() -> None:
    body = credit_lines._CREDIT_BODY
    assert body.startswith("(?:")
    forms = split_branches(body[3 : _group_end(body, 0)])
    assert len(forms) == len(credit_lines.CREDIT_BODY_NEEDS)
    for form in forms:
        required = [texts for texts in _pieces(form) or [] if len(texts) == 1]
        assert any(
            needed in texts[0] for texts in required for needed in credit_lines.CREDIT_BODY_NEEDS
        )


_ANCHORED_ALTERNATIVES = [
    a for r in lexicon.SENTENCE_RULES for a in r.alternatives if a.startswith("^")
]
# Openings of the anchored alternatives, leading marks, and what may follow them.
_OPENINGS = st.sampled_from(
    [
        *("Advertisement", "ad", "AD ", "Continue reading", "Story continues below", "©", "(c)"),
        *("Copyright ", "2024", "Photo: ", "Loading...", "Credit: ", "Reporting by ", "files"),
        *("Click to play video", "donate", "Please donate", "(continued)", "Image 2 of 5"),
        *("Join us", "Getty", " ", "- ", "• ", "“", "(", ".", "…", "\n", "x", "The senator"),
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_OPENINGS, max_size=6).map("".join))
def test_the_anchored_search_matches_as_its_alternatives_one_by_one(text: str) -> None:
    expected = any(re.search(a, text, re.IGNORECASE) for a in _ANCHORED_ALTERNATIVES)
    assert (lexicon._ANCHORED.search(text) is not None) == expected


def test_the_anchored_alternatives_share_one_lead() -> None:
    # Every anchored alternative opens with the lead the shared pattern factors out.
    assert all(a.startswith(lexicon._LEAD) for a in _ANCHORED_ALTERNATIVES)
    assert lexicon._ANCHORED.pattern.count("^") == 1


_CREDIT_PIECES = st.sampled_from(
    [
        *("Jae C. Hong/AP", "(Jae C. Hong/The Associated Press)", "Jane Doe via Getty Images"),
        *("Jane Doe for The New York Times", "Photo: ", "Spencer Colby/The Canadian Press"),
        *(" on Monday.", "3.", ".", ")", "”", '"', "!", " ", "  ", "x", "/", "AP", "Doe"),
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_CREDIT_PIECES, max_size=8).map("".join))
def test_a_trailing_credit_is_found_where_a_look_behind_for_its_stop_finds_it(text: str) -> None:
    pattern = credit_lines.TRAILING_CREDIT.pattern
    assert pattern.startswith('[.!?)”\\"]')
    behind = re.compile('(?<=[.!?)”\\"])' + pattern[len('[.!?)”\\"]') :])
    found, expected = credit_lines.TRAILING_CREDIT.search(text), behind.search(text)
    assert (found and found.span("credit")) == (expected and expected.span("credit"))


def test_an_escape_that_stands_for_a_character_gives_no_literal() -> None:
    from framediff.ingest.literals import LiteralFilteredSearch, required_literals

    assert required_literals(r"\x41bc") is None
    assert required_literals(r"\bwe\u2019re hiring\b") is None
    assert required_literals(r"(a)\1bc") is None
    # A mark escaped as itself only ends the literal before it.
    assert required_literals(r"\bsubscribe\.now\b") == ("subscribe",)
    assert LiteralFilteredSearch([r"\bdon\u2019t miss\b"]).search("Don’t miss this")
