"""Reading names is what its plain definitions give.

The phrase before a word, the words a registry phrase may end after and the capitalised
words of name mentions are written for speed (phrases trimmed only when there is one,
tokens picked in C); the definitions here are the plain ones, a token at a time.
"""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from framediff.attribution.lexicon import OPENERS, PRONOUNS
from framediff.attribution.mentions import name_mentions
from framediff.attribution.names import (
    NO_END,
    _body_start,
    _is_phrase_text,
    is_name_text,
    is_name_word,
    phrase_span,
)
from framediff.attribution.registry_scan import _may_close_name, phrase_ends
from framediff.attribution.tokens import Token, tokenize
from framediff.ingest.build import article_from_clean_text
from framediff.model import NameMention

# Names, titles, openers, links, pronouns, bodies' nouns, possessives, abbreviations and
# marks: the words a phrase is read back over or stops at.
_WORDS = st.sampled_from(
    [
        *("Jens", "Stoltenberg", "Zelensky's", "Mr.", "Oct.", "President", "Secretary", "NATO"),
        *("the", "The", "a", "one", "of", "for", "and", "And", "said", "he", "He", "She"),
        *("ministry", "company", "county's", "police", "official", "new", "New", "York"),
        *("Trump", "Pence", "Labour's", "But", "US", "Al", "de", "nutritional-supplement"),
        *(",", ".", "—", "(", ")", "“", "”", "¤¤", "3", "Ukrainian", "leader"),
    ]
)
_PHRASES = st.lists(_WORDS, max_size=14).map(" ".join)


def _tokens(text: str) -> list[Token]:
    return tokenize(text, 0, len(text))


def _plain_phrase_span(tokens: Sequence[Token], end: int) -> tuple[int, int]:
    """``phrase_span`` trimming every phrase, and looking for "and" in all of it."""
    i = end - 1
    if i < 0:
        return end, end
    last = tokens[i]
    if last.lower in PRONOUNS:
        return i, end
    if not last.is_capitalised:
        body = _body_start(tokens, i)
        if body >= 0:
            return body, end
    start = end
    while i >= 0:
        token = tokens[i]
        if token.lower in OPENERS and token.is_word:
            start = i
            if (
                i >= 2
                and tokens[i - 1].lower in ("of", "for")
                and tokens[i - 2].is_capitalised
                and tokens[i - 2].is_word
            ):
                i -= 2
                continue
            break
        if not _is_phrase_text(token.text):
            break
        start = i
        i -= 1
    lo, hi = start, end
    while lo < hi and tokens[lo].lower in ("of", "and"):
        lo += 1
    while hi > lo and tokens[hi - 1].lower in NO_END:
        hi -= 1
    k = hi - 2
    while k >= lo:
        if tokens[k].lower == "and":
            return k + 1, hi
        k -= 1
    return lo, hi


@settings(max_examples=400, deadline=None)
@given(_PHRASES)
def test_phrase_span_is_the_plain_reading(text: str) -> None:
    tokens = _tokens(text)
    for end in range(len(tokens) + 1):
        assert phrase_span(tokens, end) == _plain_phrase_span(tokens, end)


@settings(max_examples=400, deadline=None)
@given(_PHRASES, st.integers(min_value=0, max_value=4))
def test_phrase_ends_are_the_plain_ones(text: str, first: int) -> None:
    tokens = _tokens(text)
    n = len(tokens)
    plain = [
        p + 1
        for p in range(first, n)
        if ((t := tokens[p]).is_capitalised or (t.lower in NO_END and _may_close_name(tokens, p)))
        and t.is_word
        and not (p + 1 < n and (u := tokens[p + 1]).is_word and u.is_capitalised)
    ]
    assert phrase_ends(tokens, first, [t.is_capitalised for t in tokens]) == plain


@settings(max_examples=200, deadline=None)
@given(st.lists(_PHRASES, min_size=1, max_size=4))
def test_name_mentions_are_the_plain_ones(paragraphs: list[str]) -> None:
    article = article_from_clean_text("\n\n".join(paragraphs), id="a")
    plain: list[NameMention] = []
    for paragraph in article.paragraphs:
        tokens = tokenize(article.text, paragraph.start, paragraph.end)
        for k, token in enumerate(tokens):
            word = token.text
            if len(word) < 3 or not is_name_word(token):
                continue
            bare = word[:-2] if word.endswith(("'s", "’s")) else word
            if not bare[:1].isalpha() or len(bare) < 3:
                continue
            lo, hi = _plain_phrase_span(tokens, k + 1)
            start, end = (tokens[lo] if hi > lo else token).start, token.start + len(bare)
            plain.append(NameMention("a", article.text[start:end], bare, start, end))
    assert name_mentions(article) == tuple(plain)


def test_a_name_word_by_its_text() -> None:
    for text in ("Stoltenberg", "But", "President", "Oct.", "said", "3", "Zelensky's"):
        assert is_name_text(text) == is_name_word(Token(text, 0, len(text)))
    assert is_name_text("Stoltenberg") and not is_name_text("But")
