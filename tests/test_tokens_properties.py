"""Tokens, paragraph words, normalised marks and runs in capitals are what their plain
definitions give.

Tokenising, mark normalisation and the run pattern are written for speed (one split of a
text, a replace per mark, a pattern that opens with a character); the definitions here are
the plain ones, a match or a character at a time.
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from framediff.attribution.capitals import _CAPS_WORD, _run_pattern
from framediff.attribution.marks import FILLER, STRAIGHTEN, is_doubled_mark, normalise_marks
from framediff.attribution.tokens import _TOKEN, Token, paragraph_words, tokenize
from framediff.model import Paragraph
from framediff.segment import NUMBER_ABBREVIATIONS, TITLE_ABBREVIATIONS

# Abbreviations and their stops, initials, acronyms, apostrophes, numbers, masked
# quotations, letters whose case is special, and every mark.
_PIECES = st.sampled_from(
    [
        *("Sen", "Mr", "aug", "Aug", "U.S.", "D.C", "J", "é", "É", "İ", "K", "said", "o'", "’s"),
        *(".", "..", ",", "-", "_", "½", "²", "3", "3.5", "¤", "¤¤", " ", "\n", "\u00a0"),
        *('"', "'", "“", "”", "‘", "’", "«", "»", "‹", "›", "„", "`", "<", ">", "<a b='c'>"),
        *("\x00", "\x01", "\x02"),
    ]
)
TEXTS = st.one_of(
    st.lists(_PIECES, max_size=40).map("".join),
    st.lists(_PIECES, max_size=40).map(" ".join),
    st.text(max_size=80),
)


def first_upper(text: str) -> bool:
    return text[:1].isupper()


def _tokens_by_match(text: str, start: int, end: int) -> list[tuple[object, ...]]:
    """Tokens a match at a time: an abbreviation before a full stop takes it."""
    tokens: list[tuple[object, ...]] = []
    last_end = -1
    for match in _TOKEN.finditer(text, start, end):
        word = match.group()
        t_start, t_end = match.span()
        if t_end < end and text[t_end] == "." and word[:1].isalpha():
            bare = word.lower().rstrip(".")
            if (
                bare in TITLE_ABBREVIATIONS
                or bare in NUMBER_ABBREVIATIONS
                or (len(word) == 1 and word.isupper())
                # A Mongolian initial glued to the name after it: "Ts.Batsukh".
                or (len(word) <= 2 and first_upper(word) and first_upper(text[t_end + 1 : end]))
            ):
                t_end += 1
                word += "."
        if last_end > t_start:
            continue  # the stop taken by the abbreviation before it
        first = word[:1]
        tokens.append((word, t_start, t_end, word.lower(), first.isalpha(), first.isupper()))
        last_end = t_end
    return tokens


def _fields(tokens: list[Token]) -> list[tuple[object, ...]]:
    return [(t.text, t.start, t.end, t.lower, t.is_word, t.is_capitalised) for t in tokens]


@settings(max_examples=500, deadline=None)
@given(TEXTS, st.integers(-5, 100), st.integers(-5, 100))
@example("D.CU.S.", 0, 6)  # an initial glued to the capital after it takes its stop
def test_tokens_are_the_matches_of_the_token_pattern(text: str, a: int, b: int) -> None:
    """Between any bounds inside the text, or before it (read as its start)."""
    start, end = min(a, len(text)), min(b, len(text))
    assert _fields(tokenize(text, start, end)) == _tokens_by_match(text, start, end)


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.lists(st.tuples(st.integers(0, 100), st.integers(0, 100)), max_size=6))
def test_paragraph_words_are_each_paragraphs_own_tokens(
    text: str, cuts: list[tuple[int, int]]
) -> None:
    """Wherever the paragraphs start and end: in a word, at an abbreviation's full stop,
    overlapping, with text between them."""
    paragraphs = [
        Paragraph(n, *sorted((min(a, len(text)), min(b, len(text)))), "body")
        for n, (a, b) in enumerate(cuts)
    ]
    expected = {p.index: tokenize(text, p.start, p.end) for p in paragraphs}
    assert paragraph_words(text, paragraphs) == expected


_SPACED = re.compile(r"(?<=«)[ \u00a0\u202f]|[ \u00a0\u202f](?=»)|(?<=‹)[ \u00a0]|[ \u00a0](?=›)")
_PAIRED = re.compile(r"''|‘‘|’’|``")
_TAG = re.compile(r"</?[A-Za-z][^<>\n]{0,400}>")


def _normalised_by_patterns(text: str) -> str:
    glued = _SPACED.sub("\x02", text)
    norm = _PAIRED.sub(lambda m: FILLER + '"', glued.translate(STRAIGHTEN))
    return _TAG.sub(lambda m: "<" + "\x01" * (len(m.group()) - 2) + ">", norm)


@settings(max_examples=500, deadline=None)
@given(TEXTS)
def test_marks_are_normalised_as_the_patterns_do(text: str) -> None:
    assert normalise_marks(text) == _normalised_by_patterns(text)


@given(st.sampled_from("\"'`“”‘’‚‛‹›′«» \u00a0x\x00"), st.sampled_from("\"'`“”‘’‚‛‹›′«» x\x00"))
def test_a_doubled_mark_is_read_off_its_two_characters(first: str, second: str) -> None:
    assert is_doubled_mark(first, second) == (normalise_marks(first + second)[0] == FILLER)


_CAPITALS = st.lists(st.sampled_from([*"AB9a ,:.'’&-_\n", "US ", "NATO", "É", "I "]), max_size=30)


@settings(max_examples=500, deadline=None)
@given(_CAPITALS.map("".join), st.integers(1, 4))
def test_runs_in_capitals_are_those_a_look_behind_first_finds(text: str, min_words: int) -> None:
    more = max(min_words - 1, 1)
    plain = re.compile(
        rf"(?<![\w’'])(?:{_CAPS_WORD})(?:[,:]?\s+(?:{_CAPS_WORD})){{{more},}}(?![\w’'])"
    )
    found = [m.span() for m in _run_pattern(min_words).finditer(text)]
    assert found == [m.span() for m in plain.finditer(text)]
