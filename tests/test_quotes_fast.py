"""The quotation stage's faster readings give what their plain definitions give.

A quotation's words are counted only as far as the kind rules read the count, a
paragraph's spans are found by bisection, and quotations are made without the dataclass's
``__init__``: the definitions here are the plain ones.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from framediff.attribution.kinds import _WORD, _word_count
from framediff.attribution.marks import QuoteSpan, _quote_span
from framediff.attribution.quotations import _quote
from framediff.attribution.sentences import spans_in
from framediff.model import MarkedEdit, Quote

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


def test_a_quote_made_fast_is_the_dataclass() -> None:
    fields = dict(
        article="a1",
        index=3,
        text="We will win [the vote]",
        start=10,
        end=32,
        kind="speech",
        speaker="Jane Doe",
        speaker_mention="Doe",
        verb="said",
        verb_lemma="say",
        utterance=2,
        paragraph=4,
        open_mark="“",
        close_mark="”",
        edits=(MarkedEdit("insertion", 22, 32, "[the vote]"),),
        speaker_start=40,
        speaker_end=43,
        verb_start=44,
        verb_end=48,
    )
    for values in (fields, {**fields, "speaker": None, "speaker_start": None, "edits": ()}):
        made = _quote(**values)  # type: ignore[arg-type]
        plain = Quote(**values)  # type: ignore[arg-type]
        assert made == plain and repr(made) == repr(plain) and hash(made) == hash(plain)
        assert list(vars(made).items()) == list(vars(plain).items())
        assert made.is_direct_speech == plain.is_direct_speech


def test_a_quote_span_made_fast_is_the_dataclass() -> None:
    for values in ((3, 20, 4, 20, 1, False, True), (3, None, 4, 30, 2, True, False)):
        made, plain = _quote_span(*values), QuoteSpan(*values)
        assert made == plain and repr(made) == repr(plain) and hash(made) == hash(plain)
        assert list(vars(made).items()) == list(vars(plain).items())
