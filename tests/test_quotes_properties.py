"""Invariants of quotation extraction on arbitrary text."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from framediff.attribution import extract_quotes, unify_speakers
from framediff.attribution.names import is_name_word, may_end_capitalised, phrase_before
from framediff.attribution.quotations import is_question
from framediff.attribution.sentences import _tokens_of
from framediff.attribution.tokens import Token, tokenize
from framediff.ingest.build import article_from_clean_text
from framediff.model import Quote

CURLY_TO_STRAIGHT = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})

# Text made mostly of what matters here: words, names, speech verbs, punctuation and marks.
_WORDS = "said he she told Zelensky Moscow warned Mr. Smith can't Russia's students' and we will"
# Words, speech verbs, apostrophes, edits, punctuation, paragraph breaks and every mark.
_PIECES = st.sampled_from(
    [
        *_WORDS.split(" "),
        *("the president", "according to", "the '90s", "...", "…", "(Russian)", "[he]"),
        *(",", ".", ":", "?", " ", "\n", "\n\n", '"', "'", "“", "”", "‘", "’", "«", "»"),
        *("„", "''", '<a href="x">'),
    ]
)
TEXTS = st.one_of(
    st.lists(_PIECES, max_size=60).map(" ".join),
    st.lists(_PIECES, max_size=60).map("".join),
    st.text(max_size=200),
)


def _extract(text: str) -> tuple[Quote, ...]:
    return extract_quotes(article_from_clean_text(text, id="p"))


def _shape(quotes: tuple[Quote, ...]) -> list[tuple[object, ...]]:
    """Everything about the quotes except the marks themselves (and the words' apostrophes)."""
    return [
        (
            q.start,
            q.end,
            q.kind,
            (q.speaker or "").translate(CURLY_TO_STRAIGHT),
            q.speaker_start,
            q.speaker_end,
            q.verb,
            q.verb_lemma,
            q.utterance,
            q.paragraph,
            [(e.kind, e.start, e.end) for e in q.edits],
        )
        for q in quotes
    ]


@settings(max_examples=150, deadline=None)
@given(TEXTS)
@example('B.B"0:0:0')  # a speaker phrase whose tokens, joined by spaces, are not the text
@example('"A b c d," Mr. , , said')  # a role's name in apposition with no words at all
def test_extraction_never_raises_and_offsets_hold(text: str) -> None:
    quotes = _extract(text)
    for n, quote in enumerate(quotes):
        assert quote.index == n
        assert text[quote.start : quote.end] == quote.text
        assert quote.text
        assert 0 <= quote.utterance <= quote.index
        for edit in quote.edits:
            assert quote.start <= edit.start < edit.end <= quote.end
            assert text[edit.start : edit.end] == edit.text
        if quote.speaker_start is not None and quote.speaker_end is not None:
            assert text[quote.speaker_start : quote.speaker_end] == quote.speaker_mention
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)
    unify_speakers(quotes)


@settings(max_examples=100, deadline=None)
@given(TEXTS)
def test_curly_and_straight_marks_give_the_same_quotations(text: str) -> None:
    straight = text.translate(CURLY_TO_STRAIGHT)
    assert _shape(_extract(text)) == _shape(_extract(straight))


@settings(max_examples=100, deadline=None)
@given(st.lists(_PIECES, max_size=50).map(" ".join), st.randoms(use_true_random=False))
def test_any_curly_direction_gives_the_same_quotations(text: str, rnd: object) -> None:
    # Marks are read by position: which way a curly mark faces never changes the result.
    assert hasattr(rnd, "choice")
    straight = text.translate(CURLY_TO_STRAIGHT)
    curly = "".join(
        rnd.choice("“”") if c == '"' else rnd.choice("‘’") if c == "'" else c  # type: ignore[attr-defined]
        for c in straight
    )
    assert _shape(_extract(curly)) == _shape(_extract(straight))


@settings(max_examples=50, deadline=None)
@given(TEXTS)
def test_extraction_is_deterministic(text: str) -> None:
    assert _extract(text) == _extract(text)


@settings(max_examples=400, deadline=None)
@given(TEXTS, st.integers(0, 200), st.integers(0, 200))
def test_tokens_of_a_stretch_taken_from_the_whole_are_its_own_tokens(
    text: str, a: int, b: int
) -> None:
    """Tokens cut from a paragraph's tokens are those of tokenising the stretch itself,
    wherever it is cut (in a word, after "Sen", before an abbreviation's full stop)."""
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    whole = tokenize(text, 0, len(text))
    assert list(_tokens_of(text, start, end, whole)) == tokenize(text, start, end)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_a_phrase_ends_capitalised_only_where_it_may(text: str) -> None:
    """The registry reads back a phrase only where ``may_end_capitalised`` allows."""
    text = text.replace("said", "Smith of the")
    tokens = tokenize(text, 0, len(text))
    for k, token in enumerate(tokens):
        phrase = phrase_before(tokens, k + 1)
        if phrase and phrase[-1].is_capitalised:
            assert may_end_capitalised(token)


def _question_by_list(tokens: list[Token]) -> bool:
    """``is_question`` as written plainly, from the list of the words outside quotations: a
    "Q:" label, or the writer's own question mark at the end of a paragraph that a
    quotation may sit inside but not open."""
    words = [t for t in tokens if not t.text.startswith("¤")]
    if not words:
        return False
    if words[0].text in ("Q", "Question") and len(words) > 1 and words[1].text in (":", "."):
        return True
    return tokens[-1].text == "?" and not tokens[0].text.startswith("¤")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Q", "Question", ":", ".", "?", "¤", "¤¤", "he", "Why"])))
def test_question_paragraphs_are_read_as_before(words: list[str]) -> None:
    tokens = [Token(w, 3 * k, 3 * k + len(w)) for k, w in enumerate(words)]
    assert is_question(tokens) == _question_by_list(tokens)


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_a_name_word_is_capitalised(text: str) -> None:
    """Name mentions look up only capitalised tokens."""
    for token in tokenize(text, 0, len(text)):
        assert token.is_capitalised or not is_name_word(token)


def test_the_speaker_mention_is_the_phrase_as_written() -> None:
    text = '"We will not back down from this fight," said Sen.  Jo\u00a0Smith of Ohio.'
    (quote,) = _extract(text)
    assert quote.speaker == "Jo Smith"
    assert quote.speaker_mention == "Sen.  Jo\u00a0Smith"
    assert quote.speaker_start is not None and quote.speaker_end is not None
    assert text[quote.speaker_start : quote.speaker_end] == quote.speaker_mention
