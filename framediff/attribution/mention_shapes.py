"""The shapes of a speaker mention that the resolver treats apart: a document its speaker
issued ("the statement"), a nationality standing for a person ("the Norwegian") and a lone
capitalised word."""

from __future__ import annotations

from framediff.attribution.countries import DEMONYMS
from framediff.attribution.lexicon import GIVEN_NAMES, ISSUED_DOCUMENTS, is_role_noun
from framediff.attribution.names import Mention


def lone_word(name: str, mentions: int) -> bool:
    """One capitalised word seen once ("Nobody asked"): no antecedent, unless it is a known
    given name ("For Karen, 52, a librarian who asked that her last name not be used")."""
    return mentions == 1 and " " not in name and name not in GIVEN_NAMES


def the_document(mention: Mention) -> bool:
    """Whether ``mention`` is a definite document its speaker issues ("the statement")."""
    words = mention.text.lower().split()
    return len(words) == 2 and words[0] in ("the", "this") and words[1] in ISSUED_DOCUMENTS


def the_nationality(mention: Mention) -> bool:
    """Whether ``mention`` is "the" and a nationality's noun alone ("the Norwegian")."""
    words = mention.text.split()
    return len(words) == 2 and words[0].lower() == "the" and words[1] in DEMONYMS


def role_head(mention: Mention) -> str | None:
    """The role noun of a mention that is "the" and a role noun, with at most two words
    between ("the official", "the top official", "the Cabinet member") and perhaps how many
    children ("the father of three"); None for any other mention."""
    words = mention.text.lower().split()
    if len(words) >= 4 and words[-2] == "of" and words[-1] in _HOW_MANY:
        words = words[:-2]
    if 2 <= len(words) <= 4 and words[0] == "the" and is_role_noun(words[-1]):
        return words[-1]
    return None


# How many children a parent is called by ("the father of three").
_HOW_MANY = frozenset(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"])
