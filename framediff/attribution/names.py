"""Speaker phrases: the noun phrase around a cue, and the name, title or role in it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from framediff.attribution.lexicon import (
    FUNCTION_WORDS,
    MODIFIERS,
    NATIONALITIES,
    NEW_PLACES,
    NOT_NAMES,
    OPENERS,
    PARTICLES,
    PARTY_WORDS,
    PLACE_NAMES,
    PLACE_PREPOSITIONS,
    PRONOUNS,
    ROLE_NOUNS,
    clean_word,
    is_title_word,
)
from framediff.attribution.tokens import Token
from framediff.segment import NUMBER_ABBREVIATIONS


def is_name_word(token: Token) -> bool:
    """A capitalised word that can be part of a proper name."""
    return _is_name_text(token.text)


@lru_cache(maxsize=1 << 16)  # depends on the word alone
def _is_name_text(text: str) -> bool:
    if not text[:1].isupper() or not text[:1].isalpha():
        return False
    word = clean_word(text)
    if word in FUNCTION_WORDS or word in NOT_NAMES or word.lower() in NUMBER_ABBREVIATIONS:
        return False  # "But", "Following", "Oct."
    return not is_title_word(word)


@dataclass(frozen=True)
class Mention:
    """A speaker phrase as written, with its offsets and what kind of phrase it is.

    ``kind`` is "name" (contains a proper name), "pronoun", "role" (a definite description
    such as "the Ukrainian leader") or "generic" ("a source", "officials").
    """

    text: str
    start: int
    end: int
    kind: str
    name: str | None
    descriptors: tuple[str, ...]


def _strip_possessive(word: str) -> str:
    return _POSSESSIVE.sub("", word)


_POSSESSIVE = re.compile(r"['’‘]s$")


def mention_from_tokens(tokens: Sequence[Token]) -> Mention | None:
    """Classify a speaker phrase; None when it cannot be a speaker."""
    if not tokens:
        return None
    first = tokens[0]
    if len(tokens) == 1 and first.lower in PRONOUNS:
        return Mention(first.text, first.start, first.end, "pronoun", None, ())
    words = [t for t in tokens if t.is_word]
    if not words:
        return None
    # "Gov. Terry E. Branstad of Iowa", "Patricia Moran of Cheyenne": the person is named
    # before "of"; "Secretary of State John Kerry" has only a title there.
    for k, token in enumerate(tokens):
        if token.lower == "of" and k > 0:
            head = [t for t in tokens[:k] if t.is_word]
            if head and is_name_word(head[-1]) and clean_word(head[-1].text) not in NATIONALITIES:
                return mention_from_tokens(tokens[:k])
            break
    # The name is the run of name words at the end of the phrase ("NATO Secretary General
    # Jens Stoltenberg" → "Jens Stoltenberg"); titles and nationalities before it describe.
    name_tokens: list[Token] = []
    for token in reversed(words):
        is_name = is_name_word(token) and clean_word(token.text) not in NATIONALITIES
        # "new" describes ("the new minister"), but it opens place and paper names too
        # ("The New York Times", "New Hampshire").
        new_place = token.text == "New" and bool(name_tokens) and name_tokens[0].text in NEW_PLACES
        if is_name or new_place or (name_tokens and token.lower in PARTICLES):
            name_tokens.insert(0, token)
        else:
            break
    descriptors = tuple(clean_word(t.text).lower() for t in words if t not in name_tokens)
    text_start, text_end = tokens[0].start, tokens[-1].end
    phrase = " ".join(t.text for t in tokens)
    if name_tokens:
        name = " ".join(_strip_possessive(t.text) for t in name_tokens)
        return Mention(phrase, text_start, text_end, "name", name, descriptors)
    heads = [t for t in words if clean_word(t.text).lower() in ROLE_NOUNS]
    if not heads:
        # A capitalised organisation word not caught above ("the Kremlin" is a name word;
        # this is for phrases with no head at all, which are not speakers).
        return None
    if first.lower in ("the", "this", "that") and len(words) > 1:
        return Mention(phrase, text_start, text_end, "role", None, descriptors)
    return Mention(phrase, text_start, text_end, "generic", None, descriptors)


DASHES = frozenset("—―–-")


def after_dateline(tokens: Sequence[Token], lo: int, limit: int) -> int:
    """The index after a dateline that opens the sentence ("WASHINGTON —", "LA CROSSE,
    Wisc. —", "FLINT, Mich. (AP) —"), or ``lo`` when there is none."""
    if lo < limit and tokens[lo].text in DASHES:
        return lo + 1  # the dateline ended a "sentence" at its abbreviation ("Wisc. —")
    k = lo
    while k < limit and tokens[k].is_word and tokens[k].text.isupper() and len(tokens[k].text) > 1:
        k += 1
    if k == lo:
        # "Washington (AFP) –", "Brandon, Man. (CP) —": a place and an agency's credit.
        while k < limit and tokens[k].is_capitalised and tokens[k].is_word:
            k += 1
        credit = [t.text for t in tokens[k : k + 8]]
        if k == lo or "(" not in credit or ")" not in credit:
            return lo
    for j in range(k, min(limit, k + 12)):
        if tokens[j].text in DASHES:
            return j + 1
        if tokens[j].is_word and not tokens[j].is_capitalised:
            break
    return lo


def is_place_object(tokens: Sequence[Token], k: int) -> bool:
    """Whether the phrase starting at ``tokens[k]`` names a place: the object of a
    preposition of place ("in Manitoba"), or the region after a town that is one ("in
    Birmingham, Alabama, on Saturday", "from Brandon, Man.")."""
    if k >= 1 and tokens[k - 1].lower in PLACE_PREPOSITIONS:
        return True
    if k >= 2 and tokens[k - 1].lower == "of" and clean_word(tokens[k - 2].text) in PARTY_WORDS:
        return True  # "Patrick J. Leahy, Democrat of Vermont": the state the member is from
    if k >= 2 and tokens[k - 1].text == ",":
        j = k - 2
        while j >= 0 and is_name_word(tokens[j]):
            j -= 1
        if j < k - 2 and j >= 0 and tokens[j].lower in PLACE_PREPOSITIONS | {"at", "from"}:
            return True
        # "Chappaqua, N.Y., speaking …", "Newtown, Connecticut, have filed": a state or
        # province right after a capitalised name and its comma is that town's region.
        region = tokens[k].text in PLACE_NAMES or clean_word(tokens[k].text) in PLACE_NAMES
        return j < k - 2 and region and _ends_region(tokens, k)
    return False


def _ends_region(tokens: Sequence[Token], k: int) -> bool:
    """Whether the region at ``tokens[k]`` closes its "Town, Region" pair: a comma, a dash
    or the end follows, not a verb ("Ohio, Florida and Texas voted")."""
    return k + 1 >= len(tokens) or tokens[k + 1].text in (",", ".", ";", ")", "-", "—", "–")


_STOP_INSIDE = frozenset(",;:()[]—–-\"'“”‘’«»„¤")


def is_phrase_word(token: Token) -> bool:
    """A word that can sit inside a speaker phrase: a capitalised word that is no function
    word, a title, role or modifier, a compound modifier, or "of", "the", "a", "and"."""
    return _is_phrase_text(token.text)


@lru_cache(maxsize=1 << 16)  # depends on the word alone, asked for every word many times
def _is_phrase_text(text: str) -> bool:
    if not text[:1].isalpha():
        return False
    if text[:1].isupper():
        return clean_word(text) not in FUNCTION_WORDS
    low = clean_word(text.lower())
    if "-" in low.strip("-") and low.replace("-", "").isalpha():
        return True  # a compound modifier: "nutritional-supplement executive"
    return low in ROLE_NOUNS or low in MODIFIERS or low in ("of", "the", "a", "an", "and")


# Words a speaker phrase cannot end with.
_NO_END = OPENERS | {"of", "and"}


def phrase_before(tokens: Sequence[Token], end: int) -> list[Token]:
    """The speaker phrase ending at ``tokens[end - 1]``, walking back over name words."""
    i = end - 1
    if i >= 0 and tokens[i].lower in PRONOUNS:
        return [tokens[i]]
    start = end
    while i >= 0:
        token = tokens[i]
        if token.lower in OPENERS and token.is_word:
            start = i  # a determiner opens the phrase
            if (
                i >= 2
                and tokens[i - 1].lower in ("of", "for")
                and tokens[i - 2].is_capitalised
                and tokens[i - 2].is_word
            ):
                # "James Pethokoukis of the American Enterprise Institute": the person is
                # named before "of the".
                i -= 2
                continue
            break
        if not is_phrase_word(token):
            break
        start = i
        i -= 1
    phrase = list(tokens[start:end])
    # A phrase cannot start with "of"/"and" or end with a determiner.
    while phrase and phrase[0].lower in ("of", "and"):
        phrase.pop(0)
    while phrase and phrase[-1].lower in _NO_END:
        phrase.pop()
    # "Trump and Pence said": one speaker cannot be named; keep the nearer name.
    for k in range(len(phrase) - 1, -1, -1):
        if phrase[k].lower == "and":
            phrase = phrase[k + 1 :]
            break
    return phrase


def may_end_capitalised(token: Token) -> bool:
    """Whether a phrase ``phrase_before`` reads back from ``token`` can end in a capitalised
    word: only when ``token`` is one, or is a word dropped from a phrase's end."""
    return token.is_capitalised or token.lower in _NO_END


def phrase_after(tokens: Sequence[Token], begin: int) -> list[Token]:
    """The speaker phrase starting at ``tokens[begin]`` ("said Benjamin Friedman, …")."""
    if begin < len(tokens) and tokens[begin].lower in PRONOUNS:
        return [tokens[begin]]
    phrase: list[Token] = []
    i = begin
    if i < len(tokens) and tokens[i].lower in OPENERS:
        phrase.append(tokens[i])
        i += 1
    while i < len(tokens) and is_phrase_word(tokens[i]) and tokens[i].lower != "and":
        if phrase and tokens[i].lower in OPENERS:
            break
        phrase.append(tokens[i])
        i += 1
    while phrase and phrase[-1].lower in OPENERS | {"of"}:
        phrase.pop()
    return phrase
