"""A headline's quotation that the story quotes again: "‘A station without staff is just a
platform’: Unions slam SNCB plan" is the words of whoever the story credits them to, and a
quotation, not a term, whatever the headline's own shape ("…, Utility Warns" aside).

Headlines cut quotations and name nobody; the body quotes the same words with their
speaker. A headline quotation whose words run inside one of the body's quotations takes
that quotation's speaker and verb, unless the headline credits someone the story credits
too; a term of three words or more becomes a fragment."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import replace

from framediff.model import Quote

# A word of a quotation, for comparing a headline's cut with the story's (case and marks
# set aside).
_WORD = re.compile(r"\w+")
# Words a headline's quotation must hold to be the body's: two for one the headline already
# reads as speech; three for a term, as a headline's scare quotes ("NATO Needs To ‘Shoot
# Down’ Russian Missiles") are the headline's framing of the words, even when they are his.
_MIN_WORDS = 2
_MIN_TERM_WORDS = 3


def _key(text: str) -> str:
    """The words of ``text``, folded and spaced, with a space at each end: a cut's key is
    inside the whole's exactly when its words run inside the whole's."""
    return " " + " ".join(_WORD.findall(text.casefold())) + " "


def credit_headline_echoes(quotes: Sequence[Quote], headline: Collection[int]) -> list[Quote]:
    """``quotes`` with each quotation of a ``headline`` paragraph that credits nobody the
    story credits credited as the first body quotation that holds its words."""
    result = list(quotes)
    if not any(q.paragraph in headline for q in quotes):
        return result  # most headlines quote nobody: no keys to make
    body = [(q, _key(q.text)) for q in quotes if q.paragraph not in headline and q.speaker]
    credited = {q.speaker for q, _ in body}
    for n, quote in enumerate(quotes):
        # A headline's own credit stands when the story credits the same speaker too
        # ("Kasich: ‘…’"); one the story never credits is the headline's shape ("Paid
        # parking ‘a tax on families’", "…, Utility Warns") and gives way.
        if quote.paragraph not in headline or quote.speaker in credited:
            continue
        key = _key(quote.text)
        if key.count(" ") < (_MIN_TERM_WORDS if quote.kind == "term" else _MIN_WORDS) + 1:
            continue
        source = next((q for q, words in body if key in words), None)
        if source is None:
            continue
        kind = "fragment" if quote.kind == "term" else quote.kind
        result[n] = replace(quote.credited_as(source), kind=kind)
    return result
