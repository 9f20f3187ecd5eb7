"""Words and punctuation with their offsets: what every attribution rule reads."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

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

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalpha()

    @property
    def is_capitalised(self) -> bool:
        return self.text[:1].isupper()


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """Tokens of ``text[start:end]``; abbreviations keep their full stop ("Sen.", "Aug.")."""
    tokens: list[Token] = []
    for match in _TOKEN.finditer(text, start, end):
        word = match.group()
        t_end = match.end()
        bare = word.lower().rstrip(".")
        if (
            t_end < end
            and text[t_end] == "."
            and word[:1].isalpha()
            and (
                bare in TITLE_ABBREVIATIONS
                or bare in NUMBER_ABBREVIATIONS
                or (len(word) == 1 and word.isupper())
            )
        ):
            t_end += 1
            word += "."
        if tokens and tokens[-1].end > match.start():
            continue  # the dot was absorbed by the previous abbreviation
        tokens.append(Token(word, match.start(), t_end))
    return tokens


def index_of(tokens: Sequence[Token], token: Token) -> int:
    """``tokens.index(token)`` for a token of ``tokens``, by bisection: a paragraph's tokens
    are in text order and no two start at one offset."""
    return bisect_left(tokens, token.start, key=_start)


def _start(token: Token) -> int:
    return token.start
