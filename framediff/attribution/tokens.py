"""Words and punctuation with their offsets: what every attribution rule reads."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from itertools import accumulate
from operator import attrgetter
from typing import Final

from framediff.attribution.lexicon import HYPHENED_ARTICLES, opens_capitalised
from framediff.model import Paragraph
from framediff.segment import NUMBER_ABBREVIATIONS, TITLE_ABBREVIATIONS

# The tokens are the matches of this pattern (tokenising reads them by ``_PARTS``).
_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}"  # dotted acronyms: U.S., D.C.
    r"|[^\W\d_][\w'’‘\-]*"  # words, with apostrophes (of any shape) and hyphens inside
    r"|\d+(?:[.,:]\d+)*"
    r"|¤+"  # a masked quotation
    r"|[^\s\w]",
)
# ``_TOKEN`` as one group, so that splitting a text by it keeps the tokens and the
# stretches between them: the offsets are then sums of lengths, made without a match
# object per token. Written to open with a token's first character (anything but space
# and "_"), so a search skips spaces in C rather than trying five branches at each; each
# branch of ``_TOKEN``, in its order, then goes on after that character if it may open
# that branch.
_PARTS = re.compile(
    r"([^\s_]"
    r"(?:(?<=[A-Za-z])\.(?:[A-Za-z]\.)+"
    r"|(?<=[^\W\d_])[\w'’‘\-]*"
    r"|(?<=\d)\d*(?:[.,:]\d+)*"
    r"|(?<=¤)¤*"
    r"|(?<=[^\s\w])))"
)
_ABBREVIATIONS = TITLE_ABBREVIATIONS | NUMBER_ABBREVIATIONS


class Token:
    """A word or punctuation mark with its offsets into the article text.

    Equal, and hashed, by text and offsets. A class with slots: an article makes a token
    per word and every rule reads their fields many times, and slots are the cheapest to
    fill and to read."""

    __slots__ = ("end", "is_capitalised", "is_word", "lower", "start", "text")
    __match_args__ = ("text", "start", "end")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text: Final = text
        self.start: Final = start
        self.end: Final = end
        # Worked out once when the token is made: every rule reads these, many times.
        first = text[:1]
        self.lower: Final = text.lower()
        self.is_word: Final = first.isalpha()
        self.is_capitalised: Final = first.isupper()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Token):
            return NotImplemented
        # Field by field, the start first: it tells two tokens of one text apart at once.
        return self.start == other.start and self.end == other.end and self.text == other.text

    def __hash__(self) -> int:
        return hash((self.text, self.start, self.end))

    def __repr__(self) -> str:
        return f"Token(text={self.text!r}, start={self.start!r}, end={self.end!r})"


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """Tokens of ``text[start:end]``; abbreviations keep their full stop ("Sen.", "Aug.")."""
    # [between, token, between, token, …, between]: the token pattern has no anchors or
    # look-around, so the cut text gives the matches of ``finditer(text, start, end)``
    # (which reads a negative bound as 0, where a slice counts it from the end).
    start, end = max(start, 0), max(end, 0)
    parts = _PARTS.split(text[start:end])
    offsets = list(accumulate(map(len, parts), initial=start))
    words = parts[1::2]
    starts = offsets[1::2]
    ends = offsets[2::2]
    if "." in words:
        _keep_stops(words, starts, ends, parts)
    tokens = list(map(Token, words, starts, ends))
    for article in HYPHENED_ARTICLES:
        at = text.find(article, start, end)
        while at >= 0:
            _capitalise_hyphened_name(tokens, starts, at)
            at = text.find(article, at + 1, end)
    return tokens


# The lowercase Arabic article joined by a hyphen to a capitalised name ("al-Assad",
# "el-Sisi"): such a word is a name word, capitalised as its name is (``opens_capitalised``).
# Found by a search of the text in C, not a look at every token: most articles hold none.


def _capitalise_hyphened_name(tokens: list[Token], starts: list[int], at: int) -> None:
    """Mark the token that starts at offset ``at`` (if one does) as capitalised when it is
    a name after its article."""
    k = bisect_left(starts, at)
    if k < len(tokens) and starts[k] == at and opens_capitalised(tokens[k].text):
        # The one field made otherwise than ``Token.__init__`` makes it.
        object.__setattr__(tokens[k], "is_capitalised", True)


def paragraph_words(text: str, paragraphs: Sequence[Paragraph]) -> dict[int, list[Token]]:
    """``{p.index: tokenize(text, p.start, p.end) for p in paragraphs}``, cut from one
    tokenising of the stretch that holds them all (``tokens_within``), as fewer calls cost
    less."""
    if not paragraphs:
        return {}
    every = tokenize(text, min(p.start for p in paragraphs), max(p.end for p in paragraphs))
    return {p.index: tokens_within(text, p.start, p.end, every) for p in paragraphs}


def tokens_within(text: str, start: int, end: int, words: list[Token]) -> list[Token]:
    """``tokenize(text, start, end)``, taken from ``words`` (the tokens of a stretch holding
    ``start … end``) when none of them crosses ``start`` or ``end``.

    The same tokens: the token pattern has no look-around or anchors, so matching from a
    point no match crosses, in text cut where no match crosses, finds the same matches; and
    a full stop kept by an abbreviation at ``end`` would cross it. Where a token crosses,
    the stretch is tokenised alone."""
    lo = first_at(words, start)
    hi = bisect_left(words, end, lo=lo, key=_start)
    if (lo and words[lo - 1].end > start) or (hi > lo and words[hi - 1].end > end):
        return tokenize(text, start, end)
    return words[lo:hi]


def _keep_stops(words: list[str], starts: list[int], ends: list[int], parts: list[str]) -> None:
    """Join to an abbreviation ("Sen", "Aug", an initial) the full stop right after it, in
    place; the stop's own token is taken out. Only the tokens before a stop are looked at,
    not every word."""
    joined: list[int] = []
    i = 0
    while True:
        try:
            i = words.index(".", i + 1)
        except ValueError:
            break
        if parts[2 * i]:
            continue  # space before the stop: it is nobody's
        word = words[i - 1]
        if not word[:1].isalpha():
            continue  # after a number, or after a stop ("Sen..": the first one is joined)
        # A Mongolian patronymic's initial glued to the given name, as MONTSAME and the
        # Mongolian press write it ("Ts.Batsukh", "Kh.Battulga"): the stop is the initial's.
        glued = (
            len(word) <= 2
            and word[:1].isupper()
            and i + 1 < len(words)
            and not parts[2 * i + 2]
            and words[i + 1][:1].isupper()
        )
        if (
            word.lower().rstrip(".") in _ABBREVIATIONS
            or (len(word) == 1 and word.isupper())
            or glued
        ):
            words[i - 1] = word + "."
            ends[i - 1] += 1
            joined.append(i)
    for i in reversed(joined):
        del words[i]
        del starts[i]
        del ends[i]


def index_of(tokens: Sequence[Token], token: Token) -> int:
    """``tokens.index(token)`` for a token of ``tokens``, by bisection: a paragraph's tokens
    are in text order and no two start at one offset."""
    return first_at(tokens, token.start)


def first_at(tokens: Sequence[Token], offset: int) -> int:
    """The index of the first of ``tokens`` (in text order) that starts at ``offset`` or
    after it; ``len(tokens)`` when none does."""
    return bisect_left(tokens, offset, key=_start)


_start = attrgetter("start")  # a key read in C, not a Python call per bisection step
