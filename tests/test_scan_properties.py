"""The attribution stage's faster readings give what their plain definitions give.

The lowercase words of a text are answered word by word, verb forms are found through a set
of first words, and name mentions are made without the dataclass's ``__init__``: the
definitions here are the plain ones.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from framediff.attribution.cues import VERB_FIRST_WORDS, find_verbs, verb_at
from framediff.attribution.mentions import _name_mention
from framediff.attribution.quotations import _LOWERCASE_WORD, LowercaseWords
from framediff.attribution.tokens import tokenize
from framediff.attribution.verbs import FORMS, starts_forms
from framediff.model import NameMention, Paragraph, Sentence
from framediff.segment import _paragraph, _sentence

# Lowercase letters, the characters a lowercase word holds, and those around one.
_PIECES = st.sampled_from(
    [*("a", "b", "ab", "said", "'", "’", "-", "--", "X", "Said", "1", "_", " ", ".", "é", "K")]
)
_TEXTS = st.lists(_PIECES, max_size=30).map("".join)


@settings(max_examples=400, deadline=None)
@given(_TEXTS, st.lists(_PIECES, min_size=1, max_size=4).map("".join))
def test_lowercase_words_are_the_words_findall_gives(text: str, asked: str) -> None:
    words = frozenset(_LOWERCASE_WORD.findall(text))
    lazy = LowercaseWords(text)
    for word in {asked, *words, *(text[i : i + 4] for i in range(len(text)))}:
        assert (word in lazy) == (word in words), word
        assert (word in lazy) == (word in words), word  # and again, as kept


def test_lowercase_words_inside_a_longer_match_are_not_words() -> None:
    # "abc-def" is one match: "def" is no lowercase word of it, though it stands alone.
    words = LowercaseWords("X abc-def y'all ok")
    assert "abc-def" in words and "y'all" in words
    assert "def" not in words and "abc" not in words and "ok" in words and "x" not in words


def test_verb_first_words_are_the_words_starts_forms_knows() -> None:
    # Plain lowercase letters: a token's lowercase text is then its own normalised key.
    assert all(re.fullmatch("[a-z]+", word) for word in VERB_FIRST_WORDS)
    assert {form.split(" ")[0] for form in FORMS} == VERB_FIRST_WORDS
    for word in ("said", "Said", "pointed", "according", "s’aid", "the", "SAID"):
        assert (word.lower() in VERB_FIRST_WORDS) == starts_forms(word.lower())[0]


def _plain_find_verbs(text: str) -> list[tuple[str, str, int, int]]:
    tokens = tokenize(text, 0, len(text))
    verbs, i = [], 0
    while i < len(tokens):
        found = verb_at(tokens, i, headline=False) if tokens[i].is_word else None
        if found is not None:
            verbs.append((found[0], found[1], i, found[2]))
            i = found[2] + 1
        else:
            i += 1
    return verbs


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(["said", "pointed", "out", "according", "to", "told", "reporters"])
        | st.sampled_from(["Smith", "he", ",", ".", "Said", "the", "state", "notes", "went", "on"]),
        max_size=20,
    ).map(" ".join)
)
def test_find_verbs_is_verb_at_token_by_token(text: str) -> None:
    tokens = tokenize(text, 0, len(text))
    assert find_verbs(tokens, 0, len(tokens), headline=False) == _plain_find_verbs(text)


def test_a_name_mention_made_fast_is_the_dataclass() -> None:
    made = _name_mention("a1", "President Zelensky", "Zelensky", 4, 22)
    plain = NameMention("a1", "President Zelensky", "Zelensky", 4, 22)
    assert made == plain and repr(made) == repr(plain) and hash(made) == hash(plain)
    assert vars(made) == vars(plain) and list(vars(made)) == list(vars(plain))


def test_paragraphs_and_sentences_made_fast_are_the_dataclasses() -> None:
    for made, plain in (
        (_paragraph(2, 10, 40, "body"), Paragraph(2, 10, 40, "body")),
        (_sentence(3, 2, 10, 25), Sentence(3, 2, 10, 25)),
    ):
        assert made == plain and repr(made) == repr(plain) and hash(made) == hash(plain)
        assert list(vars(made).items()) == list(vars(plain).items())
