"""A person referred to by age: "the 52-year-old", "a 71-year-old resident", "Jane Smith,
34,". British, Irish and Australian papers, and local news everywhere, give a person's age
when they introduce them and refer back to them by it; the tokeniser splits the age at its
hyphen ("52", "-", "year-old"), and these read it whole again."""

from __future__ import annotations

import re
from collections.abc import Sequence

from framediff.attribution.lexicon import DETERMINERS
from framediff.attribution.tokens import Token

# The words an age ends with, after its number and hyphen.
AGES = frozenset(("year-old", "years-old"))
# A number and the word after it, joined again where a phrase is written out from its
# tokens ("a 34 - year-old man" → "a 34-year-old man").
_NUMBER_HYPHEN = re.compile(r"(\d) - (?=\w)")


def age_descriptor(number: str) -> str:
    """The descriptor an age gives a person: "52" → "52-year-old"."""
    return f"{number}-year-old"


def only_an_age(descriptors: Sequence[str]) -> bool:
    """Whether a mention's ``descriptors`` are an age and determiners ("the 34-year-old")."""
    words = [d for d in descriptors if d not in DETERMINERS]
    return len(words) == 1 and words[0].endswith(age_descriptor(""))


def age_ends_at(tokens: Sequence[Token], k: int) -> bool:
    """Whether ``tokens[k]`` ends an age split at its hyphen: "52", "-", "year-old"."""
    return (
        k >= 2
        and tokens[k].lower in AGES
        and tokens[k - 1].text == "-"
        and tokens[k - 2].text.isdigit()
    )


def is_age_phrase(tokens: Sequence[Token]) -> bool:
    """Whether ``tokens`` are "the N-year-old", written without spaces."""
    return (
        len(tokens) == 4
        and tokens[0].lower == "the"
        and age_ends_at(tokens, 3)
        and tokens[2].start == tokens[1].end
        and tokens[3].start == tokens[2].end
    )


def with_ages(
    tokens: Sequence[Token], described: Sequence[Token], descriptors: tuple[str, ...]
) -> tuple[str, ...]:
    """``descriptors`` (one for each of ``described``, words of the phrase ``tokens``) with
    each "year-old" after a number and a hyphen made that age's descriptor ("34-year-old
    Jane Smith" is "the 34-year-old")."""
    ages = list(descriptors)
    for n, token in enumerate(described):
        if token.lower in AGES:
            k = next(j for j, t in enumerate(tokens) if t is token)
            if age_ends_at(tokens, k):
                ages[n] = age_descriptor(tokens[k - 2].text)
    return tuple(ages)


def join_number_hyphens(phrase: str) -> str:
    """A phrase written out from its tokens with each age whole again."""
    return _NUMBER_HYPHEN.sub(r"\1-", phrase)
