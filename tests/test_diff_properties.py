"""Properties of word diffs: both texts rebuilt exactly, symmetric, valid kinds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from framediff.diff import DIFF_KINDS, diff_words

# Tokens close to what quotations hold, so random texts share words and the alignment has
# something to do; plus arbitrary text for robustness.
PIECES = [
    "the",
    "war",
    "NATO",
    "Zelensky",
    "Zelenskyy",
    "can't",
    "cannot",
    "seven",
    "7",
    "61bn",
    "61",
    "billion",
    "defense",
    "defence",
    "(Russian)",
    "[he]",
    "…",
    "...",
    ",",
    ".",
    "?",
    "“",
    "”",
    "’",
    "So",
    "so",
    " ",
    "  ",
    "\n",
    "-",
    "what’s",
    "what's",
    "It",
    "it",
]
texts = st.one_of(
    st.lists(st.sampled_from(PIECES), max_size=25).map(lambda p: " ".join(p)),
    st.lists(st.sampled_from(PIECES), max_size=25).map("".join),
    st.text(max_size=60),
)


@settings(max_examples=150, deadline=None)
@given(texts, texts)
def test_ops_rebuild_both_texts(a: str, b: str) -> None:
    ops = diff_words(a, b)
    assert "".join(op.a_text for op in ops) == a
    assert "".join(op.b_text for op in ops) == b
    for op in ops:
        assert a[op.a_start : op.a_end] == op.a_text
        assert b[op.b_start : op.b_end] == op.b_text
        assert op.kind in DIFF_KINDS
        assert op.op in ("equal", "insert", "delete", "replace")
        if op.op == "insert":
            assert op.a_text == ""
        if op.op == "delete":
            assert op.b_text == ""
        if op.op == "equal":
            assert op.a_text.split() == op.b_text.split()


@settings(max_examples=150, deadline=None)
@given(texts, texts)
def test_diff_is_symmetric(a: str, b: str) -> None:
    assert diff_words(b, a) == tuple(op.swapped() for op in diff_words(a, b))


@settings(max_examples=60, deadline=None)
@given(texts)
def test_a_text_against_itself_has_no_differences(a: str) -> None:
    assert all(op.kind == "equal" for op in diff_words(a, a))
