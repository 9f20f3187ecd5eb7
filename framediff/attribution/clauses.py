"""Clauses that stand between a speaker and the verb that credits them: a relative clause
("an official who asked not to be named told"), the passive "was quoted as saying", an
aside ("The surveyor, she said, answered"), a document's issuer ("said a statement from the
ministry")."""

from __future__ import annotations

from collections.abc import Sequence

from framediff.attribution.lexicon import BE_FORMS, DETERMINERS, DOCUMENT_NOUNS, PRONOUNS
from framediff.attribution.tokens import Token
from framediff.attribution.verbs import lemma_of


def relative_opened_before(tokens: Sequence[Token], at: int, floor: int) -> int | None:
    """The index of the comma before a "who" or "whose" that opens a relative clause
    holding ``tokens[at]`` ("Sam Okafor, whose seven-year-old daughter, Ada, has a rare
    condition, said": Ada is inside the clause), or None. Only the first such comma after
    ``floor`` is read: the clause's antecedent opens the sentence."""
    for c in range(floor + 1, at - 1):
        if tokens[c].text == "," and tokens[c + 1].lower in ("who", "whose"):
            return c
    return None


# How far back a relative clause unset by commas may open: the anonymity clause of wire
# style runs long ("who asked not to be named because he was not authorised to speak").
_RELATIVE_REACH = 24


def relative_before(tokens: Sequence[Token], verb_index: int, floor: int) -> int | None:
    """The index of "who" opening a relative clause, unset by commas, that runs up to the
    verb at ``verb_index`` ("an official who asked not to be named told"), or None. The
    clause holds at least two words, so "Trump, who said" is the verb's own relative, and
    at most ``_RELATIVE_REACH`` tokens ("a senior officer … who asked not to be named
    because he was not authorised to speak to the media said")."""
    for k in range(verb_index - 2, max(floor, verb_index - _RELATIVE_REACH), -1):
        token = tokens[k]
        if not token.is_word:
            return None
        if token.lower == "who":
            return k if tokens[k - 1].is_word else None
    return None


def quoted_as_saying(tokens: Sequence[Token], lo: int, first: int) -> int | None:
    """The index of the form of "be" in "was quoted as saying" or "is quoted by the agency
    as saying" before the participle at ``first``, or None."""
    if first - 3 < lo or tokens[first - 1].lower != "as" or not tokens[first].lower.endswith("ing"):
        return None
    for k in range(first - 2, max(lo, first - 10), -1):
        if tokens[k].lower == "quoted":
            return k - 1 if tokens[k - 1].lower in BE_FORMS else None
        if not tokens[k].is_word:
            return None
    return None


def quoted_object(tokens: Sequence[Token], lo: int, first: int) -> list[Token]:
    """The object of an active "quoted … as saying" before the participle at ``first``
    ("The official news agency SUNA quoted him as saying", "Reuters quoted the minister
    as saying"): the one quoted spoke, not the outlet that quotes them. Empty for any
    other words; the object is a few words, none of them a comma's or a clause's."""
    if first - 3 < lo or tokens[first - 1].lower != "as" or not tokens[first].lower.endswith("ing"):
        return []
    for k in range(first - 3, max(lo, first - 9) - 1, -1):
        if tokens[k].lower == "quoted":
            return [] if tokens[k - 1].lower in BE_FORMS else list(tokens[k + 1 : first - 1])
        if not tokens[k].is_word:
            return []
    return []


def aside_before(tokens: Sequence[Token], first: int, lo: int) -> int | None:
    """The index of the comma that opens an attribution set as an aside right before the
    verb at ``first`` ("The surveyor, she said, answered"), or None."""
    k = first - 1
    if k - 3 < lo or tokens[k].text != ",":
        return None
    if lemma_of(tokens[k - 1].lower) is None:
        return None
    speaker = tokens[k - 2]
    if tokens[k - 3].text != "," or not (speaker.lower in PRONOUNS or speaker.is_capitalised):
        return None
    return k - 3


def issuer_after(tokens: Sequence[Token], begin: int) -> int | None:
    """Where the issuer's name starts in an inverted document after the verb ("said a
    statement from Kenya Power", "read the letter signed by the party's secretary"), or
    None: the document speaks for its issuer."""
    k = begin
    if k + 2 >= len(tokens) or tokens[k].lower not in DETERMINERS:
        return None
    if tokens[k + 1].lower not in DOCUMENT_NOUNS:
        return None
    k += 2
    if tokens[k].lower in ("issued", "signed", "released", "posted") and k + 1 < len(tokens):
        k += 1
    return k + 1 if tokens[k].lower in ("from", "by") and k + 1 < len(tokens) else None
