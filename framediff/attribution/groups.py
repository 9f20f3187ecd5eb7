"""One of a group as a speaker: "one of the drivers told", "another of his aides said",
"one of them said". The group as a whole did not speak, so the phrase is credited as
written. And the first of two people named as a pair."""

from __future__ import annotations

from collections.abc import Sequence

from framediff.attribution.lexicon import GIVEN_NAMES, clean_word, word_set
from framediff.attribution.tokens import Token

# Words for some of a group before "of" ("one of the drivers", "another of his aides").
_ONE_OF = word_set("one another each two three four several")
# Whose group it is, after "of": "of his aides", "of their members".
_POSSESSIVE = word_set("his her their its my our your")


def one_of_group(tokens: Sequence[Token]) -> bool:
    """Whether ``tokens`` are one of a group, its "of" second: "one of the drivers",
    "another of his aides", "one of them"."""
    rest = tokens[2:]
    if not (len(tokens) > 2 and tokens[0].lower in _ONE_OF and tokens[1].lower == "of"):
        return False
    if len(rest) == 1:
        return rest[0].lower in ("them", "us", "those")
    return (
        (rest[0].lower in _POSSESSIVE or rest[0].lower in ("the", "these", "those"))
        and all(t.is_word for t in rest)
        and rest[-1].lower.endswith("s")
        and not rest[-1].lower.endswith(("'s", "’s"))  # "one of the congressman's …"
        and not rest[-1].is_capitalised
    )


def one_of_before_relative(tokens: Sequence[Token], i: int, floor: int) -> list[Token]:
    """ "one of the drivers, who introduced himself as Bakyt, told": one of a group opening
    the clause (or coming right after the quotation), its relative clause ending at the
    comma ``tokens[i]``."""
    start = floor + 1 if tokens[floor].text.startswith("¤") else floor
    comma = next((c for c in range(start + 2, min(i, start + 7)) if tokens[c].text == ","), i)
    if comma < i and tokens[comma + 1].lower == "who" and one_of_group(tokens[start:comma]):
        return list(tokens[start:comma])
    return []


def first_of_pair(words: Sequence[Token], name: list[Token]) -> list[Token]:
    """The first of two people named as a pair ("Two analysts, Patrick Megahan and Chris
    Harman, found"), who is credited as the list is written; ``name`` (the last run of
    name words in ``words``) for any other phrase."""
    at = len(words) - len(name)
    if len(name) < 2 or at < 3 or words[at - 1].lower != "and":
        return name
    k = at - 1
    while k > 0 and words[k - 1].is_capitalised and words[k - 1].is_word:
        k -= 1
    first = words[k : at - 1]
    given = clean_word(name[0].text) in GIVEN_NAMES
    if len(first) < 2 or not given or clean_word(first[0].text) not in GIVEN_NAMES:
        return name
    return list(first)
