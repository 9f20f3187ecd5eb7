"""Where an article names people: every capitalised word that may be a surname, with the
title or role written before it ("Ukrainian President Zelensky").

The comparison later keeps those whose surname is a quoted person's, in any article, so a
report can show how each outlet spells and titles each speaker.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from itertools import compress
from operator import attrgetter

from framediff.attribution.names import is_name_text, phrase_span
from framediff.attribution.tokens import Token, tokenize
from framediff.model import Article, NameMention, record_without_init

# "Zelensky's": the possessive is not part of the spelling.
_POSSESSIVE = ("'s", "’s")
# Shorter capitalised words ("Mr", "US", "He") are never compared as surnames.
_MIN_SURNAME_CHARS = 3


def name_mentions(
    article: Article, *, words: Mapping[int, list[Token]] | None = None
) -> tuple[NameMention, ...]:
    """Capitalised words of every paragraph (quotations included), in text order.

    ``words``: the tokens of each paragraph (by index) when they have been made."""
    text, article_id = article.text, article.id
    found: list[NameMention] = []
    for paragraph in article.paragraphs:
        made = words.get(paragraph.index) if words is not None else None
        tokens = made if made is not None else tokenize(text, paragraph.start, paragraph.end)
        # A name word is capitalised: the few tokens that are, picked out in C.
        for k in compress(range(len(tokens)), map(_is_capitalised, tokens)):
            token = tokens[k]
            bare = _spelling(token.text)
            if bare is None:
                continue  # "But", "President", "Oct.": never a surname
            # The phrase by its bounds (``phrase_before`` without the copy), the word alone
            # when there is none.
            lo, hi = phrase_span(tokens, k + 1)
            start, end = (tokens[lo] if hi > lo else token).start, token.start + len(bare)
            found.append(_name_mention(article_id, text[start:end], bare, start, end))
    return tuple(found)


_is_capitalised = attrgetter("is_capitalised")  # read in C, not a Python call per token


@lru_cache(maxsize=1 << 16)  # asked of every capitalised word of every article
def _spelling(word: str) -> str | None:
    """The surname a capitalised word spells (its possessive cut off), or None when the
    word is never compared as one. Of the word alone, so kept per word."""
    if len(word) < _MIN_SURNAME_CHARS or not is_name_text(word):
        return None
    bare = word[:-2] if word.endswith(_POSSESSIVE) else word
    if not bare[:1].isalpha() or len(bare) < _MIN_SURNAME_CHARS:
        return None
    return bare


def _name_mention(article: str, text: str, spelling: str, start: int, end: int) -> NameMention:
    """``NameMention(article, text, spelling, start, end)``, made without the frozen
    dataclass's ``__init__`` (an ``object.__setattr__`` call per field): an article names
    hundreds of people. The instance holds the same fields in the same order (tested)."""
    return record_without_init(
        NameMention,
        article=article,
        text=text,
        spelling=spelling,
        start=start,
        end=end,
        speaker=None,
    )
