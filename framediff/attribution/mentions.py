"""Where an article names people: every capitalised word that may be a surname, with the
title or role written before it ("Ukrainian President Zelensky").

The comparison later keeps those whose surname is a quoted person's, in any article, so a
report can show how each outlet spells and titles each speaker.
"""

from __future__ import annotations

from collections.abc import Mapping

from framediff.attribution.names import is_name_text, phrase_span
from framediff.attribution.tokens import Token, tokenize
from framediff.model import Article, NameMention

# "Zelensky's": the possessive is not part of the spelling.
_POSSESSIVE = ("'s", "’s")
# Shorter capitalised words ("Mr", "US", "He") are never compared as surnames.
_MIN_SURNAME_CHARS = 3


def name_mentions(
    article: Article, *, words: Mapping[int, list[Token]] | None = None
) -> tuple[NameMention, ...]:
    """Capitalised words of every paragraph (quotations included), in text order.

    ``words``: the tokens of each paragraph (by index) when they have been made."""
    text = article.text
    found: list[NameMention] = []
    for paragraph in article.paragraphs:
        made = words.get(paragraph.index) if words is not None else None
        tokens = made if made is not None else tokenize(text, paragraph.start, paragraph.end)
        for k, token in enumerate(tokens):
            # (A name word is capitalised: most tokens are told apart without a look-up.)
            if not token.is_capitalised:
                continue
            word = token.text
            if len(word) < _MIN_SURNAME_CHARS or not is_name_text(word):
                continue  # "But", "President", "Oct.": never a surname
            bare = word[:-2] if word.endswith(_POSSESSIVE) else word
            if not bare[:1].isalpha() or len(bare) < _MIN_SURNAME_CHARS:
                continue
            # The phrase by its bounds (``phrase_before`` without the copy), the word alone
            # when there is none.
            lo, hi = phrase_span(tokens, k + 1)
            start, end = (tokens[lo] if hi > lo else token).start, token.start + len(bare)
            found.append(NameMention(article.id, text[start:end], bare, start, end))
    return tuple(found)
