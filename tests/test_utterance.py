"""Quote families decided by the words: each shape of issue 11, and a property test."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from framediff.align.utterance import StockPhrases, same_utterance
from framediff.diff import diff_words
from framediff.options import AlignOptions

OPTS = AlignOptions()


def joined(a: str, b: str, sa: str | None = "Jane Doe", sb: str | None = "Jane Doe") -> bool:
    return same_utterance((a, sa), (b, sb), options=OPTS)


def test_identical_words_join_whoever_each_outlet_credits() -> None:
    text = "Hi there. Do you back the governor's plan to close the county hospital?"
    assert joined(text, text, "the reporter", "a man")
    assert joined(text, text, "Gavin Newsom", None)


def test_a_seven_word_quotation_with_no_speaker_joins() -> None:
    long = "We are not going to raise taxes on working families this year, period."
    assert joined(long, "going to raise taxes on working families", "Jane Doe", None)


def test_transcription_variants_inside_and_at_the_end() -> None:
    a = "I'm gonna tell my Momma it is an honor and privilege to serve, and it's not over."
    b = "I am going to tell my Mama it is an honor and a privilege to serve and it is not over"
    assert joined(a, b)
    assert joined(
        "We held the line for 3 days and it was f***ing hard",
        "We held the line for three days and it was fucking hard",
    )
    # A variant in the last few words does not break the end test.
    assert joined(
        "Our friendship is a testament to the enduring friendship that binds our nations",
        "Our friendship is a testament to the historic friendship between our nations",
    )


def test_a_short_fragment_of_the_whole_sentence_joins() -> None:
    whole = "He started a war of his choosing and now asks the world to pay for it."
    assert joined("a war of his choosing", whole, None, "Jane Doe")


def test_a_fragment_the_writers_also_use_unquoted_is_a_phrase_of_the_story() -> None:
    whole = "We want a lasting peace on the Korean peninsula and an end to the war."
    fragment = "peace on the Korean peninsula"
    prose = StockPhrases(["Hopes for peace on the Korean peninsula rose on Friday."])
    assert same_utterance((fragment, None), (whole, "Moon Jae-in"), options=OPTS)
    assert not same_utterance((fragment, None), (whole, "Moon Jae-in"), options=OPTS, stock=prose)
    # A longer quotation is somebody's words even when the prose repeats part of it.
    assert same_utterance((whole, None), (whole, "Moon Jae-in"), options=OPTS, stock=prose)


def test_a_stock_phrase_never_joins_two_remarks() -> None:
    a = "We will fight for the American people every single day in this chamber."
    b = "Tax cuts are what the American people asked us for in November."
    assert not joined(a, b)


def test_the_diff_types_the_variants_it_forgave() -> None:
    kinds = {
        op.kind
        for op in diff_words(
            "I'm gonna thank Momma, it's an honor and privilege",
            "I'm going to thank Mama, it's an honor and a privilege",
        )
        if op.kind != "equal"
    }
    assert kinds == {"variant"}


VARIANTS = [
    ("it is not", "it's not"),
    ("going to", "gonna"),
    ("Mama", "Momma"),
    ("honor", "honour"),
    ("three", "3"),
    ("damn", "d***"),
    ("Mama, ", "Mama "),
    (" - ", " — "),
    ("and a privilege", "and privilege"),
    (" later", "…"),
]
WORDS = ["we", "will", "keep", "pressing", "the", "council", "on", "housing", "schools"]
TAIL = " and it is not going to take three years, Mama, honor and a privilege - damn later"


@given(
    words=st.lists(
        st.sampled_from(WORDS),
        min_size=0,
        max_size=12,
    ),
    picks=st.sets(st.integers(0, len(VARIANTS) - 1), max_size=len(VARIANTS)),
    speaker=st.sampled_from(["Jane Doe", None, "a spokesman", "John Roe"]),
)
def test_a_quotation_joins_itself_with_any_variants_applied(
    words: list[str], picks: set[int], speaker: str | None
) -> None:
    text = " ".join(words) + TAIL
    varied = text
    for index in sorted(picks):
        plain, variant = VARIANTS[index]
        varied = varied.replace(plain, variant, 1)
    assert same_utterance((text, "Jane Doe"), (varied, speaker), options=OPTS)


_FEW_WORDS = st.lists(st.sampled_from(["we", "will", "not", "back", "down", "now"]), max_size=9)


@given(_FEW_WORDS, _FEW_WORDS, st.integers(0, 3), st.integers(0, 3))
def test_runs_of_a_cut_are_the_runs_difflib_finds(
    a: list[str], b: list[str], head: int, tail: int
) -> None:
    from difflib import SequenceMatcher

    from framediff.align.utterance import _blocks

    # Half the time b is a cut of a, word for word: the case read without difflib.
    for other in (b, a[head : len(a) - tail]):
        for x, y in ((a, other), (other, a)):
            swap = tuple(x) > tuple(y)
            p, q = (y, x) if swap else (x, y)
            matcher = SequenceMatcher(None, p, q, autojunk=False)
            runs = [(m.a, m.b, m.size) for m in matcher.get_matching_blocks() if m.size]
            expected = [(j, i, s) for i, j, s in runs] if swap else runs
            assert _blocks(x, y) == expected


def test_runs_of_word_lists_with_spaces_or_empty_words_are_difflib_s() -> None:
    from difflib import SequenceMatcher

    from framediff.align.utterance import _blocks

    for a, b in ((["c"], ["a b", "c", "c"]), (["", "b"], ["a", "", "b"]), (["b"], ["a", "", "b"])):
        swap = tuple(a) > tuple(b)
        p, q = (b, a) if swap else (a, b)
        matcher = SequenceMatcher(None, p, q, autojunk=False)
        runs = [(m.a, m.b, m.size) for m in matcher.get_matching_blocks() if m.size]
        assert _blocks(a, b) == ([(j, i, s) for i, j, s in runs] if swap else runs)
