"""Sentence splitting is what its plain definition gives.

The splitter is written for speed (a boundary pattern whose first character the regex
engine can skip to, a full stop after a long plain word accepted without a search for the
word, spans gathered in a list); the definition here is the plain one: every boundary the
pattern finds, each tested for a false stop.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from hypothesis import given, settings
from hypothesis import strategies as st

from framediff.model import Sentence
from framediff.segment import (
    _BOUNDARY,
    _CLOSERS,
    _OPENERS,
    _PLAIN_WORD,
    NUMBER_ABBREVIATIONS,
    TITLE_ABBREVIATIONS,
    _is_false_stop,
    segment,
    sentence_spans,
    split_paragraphs,
)

_PLAIN_BOUNDARY = re.compile(
    rf"(?P<stop>[.!?…]+)(?P<close>[{re.escape(_CLOSERS)}]*)(?P<space>\s+)"
    rf"(?=[{re.escape(_OPENERS)}]*[A-Z0-9\u00C0-\u024F\u0400-\u04FF])"
)

# Abbreviations, initials, dotted acronyms, words of four to six letters (either side of
# the plain-word length), stops of every kind, quote marks, digits and white space.
_PIECES = st.sampled_from(
    [
        *("Sen", "Mr", "aug", "Aug", "Sept", "dept", "U.S", "u.s", "D.C", "J", "j", "é", "É"),
        *("said", "Trump", "house", "houses", "Zelenskyy", "o'", "it's", "al", "etc", "No"),
        *(".", "..", "...", "!", "?", "?!", "…", ",", "'", '"', "“", "”", "’", "»", ")", "("),
        *(" ", "  ", "\n", "\n\n", "\t", "\u00a0", "\u2028", "4", "10", "A", "Ж"),
        *("Mr. ", "dept. ", "Sept. ", "U.S. ", "J. ", "houses. ", "said. ", "o'neil. ", "J.R. "),
    ]
)
TEXTS = st.one_of(
    st.lists(_PIECES, max_size=50).map("".join),
    st.lists(_PIECES, max_size=30).map(" ".join),
    st.text(max_size=80),
)


def _plain_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    cursor = start
    for match in _PLAIN_BOUNDARY.finditer(text, start, end):
        if _is_false_stop(
            text,
            match.start("stop"),
            match.group("stop"),
            match.group("close"),
            match.end("space"),
        ):
            continue
        if match.end("close") > cursor:
            yield cursor, match.end("close")
        cursor = match.end("space")
    tail_end = end
    while tail_end > cursor and text[tail_end - 1].isspace():
        tail_end -= 1
    if tail_end > cursor:
        yield cursor, tail_end


def test_a_plain_word_is_longer_than_every_abbreviation() -> None:
    # A full stop after this many ASCII letters is taken as a sentence end untested.
    assert all(len(word) < _PLAIN_WORD for word in TITLE_ABBREVIATIONS | NUMBER_ABBREVIATIONS)


@settings(max_examples=600)
@given(TEXTS, st.integers(0, 10), st.integers(0, 10))
def test_sentence_spans_are_the_plain_splits(text: str, lead: int, trail: int) -> None:
    start, end = min(lead, len(text)), max(min(lead, len(text)), len(text) - trail)
    assert _BOUNDARY.pattern != _PLAIN_BOUNDARY.pattern
    assert [m.regs for m in _BOUNDARY.finditer(text)] == [
        m.regs for m in _PLAIN_BOUNDARY.finditer(text)
    ]
    assert list(sentence_spans(text, start, end)) == list(_plain_spans(text, start, end))


@settings(max_examples=300)
@given(TEXTS)
def test_segment_numbers_the_sentences_of_each_paragraph(text: str) -> None:
    paragraphs, sentences = segment(text)
    assert paragraphs == split_paragraphs(text)
    expected = [(p.index, s, e) for p in paragraphs for s, e in _plain_spans(text, p.start, p.end)]
    assert sentences == tuple(
        Sentence(i, paragraph, s, e) for i, (paragraph, s, e) in enumerate(expected)
    )
