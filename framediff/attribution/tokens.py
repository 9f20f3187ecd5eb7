"""Words and punctuation with their offsets: what every attribution rule reads."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field

from framediff.segment import NUMBER_ABBREVIATIONS, TITLE_ABBREVIATIONS

_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}"  # dotted acronyms: U.S., D.C.
    r"|[^\W\d_][\w'’‘\-]*"  # words, with apostrophes (of any shape) and hyphens inside
    r"|\d+(?:[.,:]\d+)*"
    r"|¤+"  # a masked quotation
    r"|[^\s\w]",
)


@dataclass(frozen=True)
class Token:
    """A word or punctuation mark with its offsets into the article text."""

    text: str
    start: int
    end: int
    # Worked out once when the token is made: every rule reads these, many times per token.
    lower: str = field(init=False, repr=False, compare=False)
    is_word: bool = field(init=False, repr=False, compare=False)
    is_capitalised: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        first = self.text[:1]
        object.__setattr__(self, "lower", self.text.lower())
        object.__setattr__(self, "is_word", first.isalpha())
        object.__setattr__(self, "is_capitalised", first.isupper())


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """Tokens of ``text[start:end]``; abbreviations keep their full stop ("Sen.", "Aug.")."""
    tokens: list[Token] = []
    append = tokens.append
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
            ):
                t_end += 1
                word += "."
        if last_end > t_start:
            continue  # the dot was absorbed by the previous abbreviation
        append(_token(word, t_start, t_end))
        last_end = t_end
    return tokens


_new = object.__new__


def _token(text: str, start: int, end: int) -> Token:
    """``Token(text, start, end)``, made without the dataclass's ``__init__`` and
    ``__post_init__``: their attribute assignments one by one were a third of the cost of
    tokenising, and an article's every paragraph is tokenised. Same fields, same values."""
    token = _new(Token)
    first = text[:1]
    token.__dict__.update(
        text=text,
        start=start,
        end=end,
        lower=text.lower(),
        is_word=first.isalpha(),
        is_capitalised=first.isupper(),
    )
    return token


def index_of(tokens: Sequence[Token], token: Token) -> int:
    """``tokens.index(token)`` for a token of ``tokens``, by bisection: a paragraph's tokens
    are in text order and no two start at one offset."""
    return bisect_left(tokens, token.start, key=_start)


def _start(token: Token) -> int:
    return token.start
