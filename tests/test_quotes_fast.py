"""The quotation stage's faster readings give what their plain definitions give.

A quotation's words are counted only as far as the kind rules read the count, and a
paragraph's spans are found by bisection: the definitions here are the plain ones.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from framediff.attribution.kinds import _WORD, _word_count
from framediff.attribution.marks import QuoteSpan
from framediff.attribution.sentences import spans_in

# Letters, apostrophes of both shapes, and what stands between words.
_PIECES = st.sampled_from(["a", "Bc", "1", "_", "'", "’", " ", "-", ".", "é", "it's"])
_TEXTS = st.lists(_PIECES, max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(_TEXTS, st.integers(min_value=0, max_value=12))
def test_word_count_is_findall_counted_up_to_the_cap(text: str, cap: int) -> None:
    assert _word_count(text, cap) == min(len(_WORD.findall(text)), cap)


def _span(paragraph: int, at: int) -> QuoteSpan:
    return QuoteSpan(at, at + 2, at + 1, at + 2, paragraph, False, False)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=6), max_size=12), st.integers(-1, 7))
def test_spans_in_are_the_spans_of_the_paragraph(paragraphs: list[int], asked: int) -> None:
    spans = [_span(p, 3 * n) for n, p in enumerate(sorted(paragraphs))]
    plain = [(n, span) for n, span in enumerate(spans) if span.paragraph == asked]
    assert spans_in(spans, asked) == plain
