"""Where a phrase names a place or a dateline rather than a speaker: "WASHINGTON —", "in
Manitoba", "Birmingham, Alabama,", "moved here from Chicago". The registry and the speaker
rules ask these before they take a capitalised phrase for a person or a body."""

from __future__ import annotations

from collections.abc import Sequence

from framediff.attribution.lexicon import (
    FEMALE_NAMES,
    GIVEN_NAMES,
    MALE_NAMES,
    MOTION_ADVERBS,
    MOTION_WORDS,
    ORG_WORDS,
    PARTY_WORDS,
    PLACE_ADJECTIVES,
    PLACE_NAMES,
    PLACE_PREPOSITIONS,
    clean_word,
    is_agent_noun,
    word_set,
)
from framediff.attribution.names import is_name_text
from framediff.attribution.tokens import Token

DASHES = frozenset("—―–-")


def after_dateline(tokens: Sequence[Token], lo: int, limit: int) -> int:
    """The index after a dateline that opens the sentence ("WASHINGTON —", "LA CROSSE,
    Wisc. —", "FLINT, Mich. (AP) —", "NEW DELHI:"), or ``lo`` when there is none."""
    if lo < limit and tokens[lo].text in DASHES:
        return lo + 1  # the dateline ended a "sentence" at its abbreviation ("Wisc. —")
    k = lo
    while k < limit and tokens[k].is_word and tokens[k].text.isupper() and len(tokens[k].text) > 1:
        k += 1
    if (
        k > lo
        and k + 1 < limit
        and tokens[k].text == ":"
        and tokens[k + 1].is_capitalised
        and tokens[k + 1].is_word
    ):
        # "NEW DELHI: Union Finance Minister …", "ISLAMABAD: Prime Minister …": the colon
        # dateline of South Asian and Gulf papers. Before a quotation the capitals are a
        # label naming who speaks ("HUFFPOLLSTER: “…”"); a transcript's labels take the
        # dateline's shape ("KATE BOLDUAN: Why not debate?"), and the registry, which
        # knows the transcript's labels, tells them apart.
        return k + 1
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
    if _governed_as_place(tokens, k) or _on_a_street(tokens, k):
        return True
    # A town's name runs to the comma before its region: most names have their verb next.
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    if (
        after is not None
        and (after.text == "," or after.is_capitalised)
        and _town_before_region(tokens, k)
    ):
        return True
    if k >= 2 and tokens[k - 1].lower == "of" and clean_word(tokens[k - 2].text) in PARTY_WORDS:
        return True  # "Patrick J. Leahy, Democrat of Vermont": the state the member is from
    if k >= 3 and tokens[k - 1].lower == "of" and tokens[k - 2].text == ",":
        # "Alistair Nichol, of Wilton Dean, is firmly against": where a named person lives,
        # as British, Irish and Caribbean papers set it in commas after the name.
        return tokens[k - 3].is_capitalised and tokens[k - 3].is_word
    if k >= 2 and tokens[k - 1].text == ",":
        j = k - 2
        while j >= 0 and is_name_text(tokens[j].text):
            j -= 1
        # "Chappaqua, N.Y., speaking …", "Newtown, Connecticut, have filed": a state or
        # province right after a capitalised name and its comma is that town's region.
        region = tokens[k].text in PLACE_NAMES or clean_word(tokens[k].text) in PLACE_NAMES
        if j < k - 2 and j >= 0 and tokens[j].lower in PLACE_PREPOSITIONS | {"at", "from"}:
            # "in Concord, N.H., on Monday" is a town and its region; a sentence that opens
            # "In Friendship Park, Olimpia Blanco, a …" sets the scene, then names its subject.
            opens = j == 0 or tokens[j - 1].text in _SENTENCE_ENDS or tokens[j - 1].text[0] == "¤"
            # A name and its verb after the comma is a subject ("in Florida, Pate
            # supported"); a region is not.
            end = k
            while end + 1 < len(tokens) and is_name_text(tokens[end + 1].text):
                end += 1
            # "a partner at Lenox, Lawrence B. Cummings, said": a given name or an initial
            # makes the name after the comma a person in apposition.
            person = tokens[k].text in FEMALE_NAMES or tokens[k].text in MALE_NAMES
            person = person or any(len(t.text) == 2 and t.text[1] == "." for t in tokens[k:end])
            # So does a person's noun before "at" ("An analyst at CardinalBridge Securities,
            # Tunde Alabi-Olaniyan, told"): "at" after it is a workplace, not a town.
            person = person or (j >= 1 and is_agent_noun(clean_word(tokens[j - 1].lower)))
            return region or (not opens and not person and _ends_region(tokens, end))
        return j < k - 2 and region and _ends_region(tokens, k)
    return False


def _town_before_region(tokens: Sequence[Token], k: int) -> bool:
    """Whether the capitalised words from ``tokens[k]`` are a town named with its state or
    province after a comma, as AP style and most papers write a town outside the largest
    cities ("fallen on Harlow, Nebraska.", "Harlow, Neb., residents"): the region is the
    whole of what follows the comma, so "Harlow, Nebraska's senator" is a person, and a
    given name opens no town here ("Maria, Texas" is too rare to cost a person)."""
    end = k
    while end < len(tokens) and tokens[end].is_capitalised and tokens[end].is_word:
        end += 1
    if end == k or end + 1 >= len(tokens) or tokens[end].text != ",":
        return False
    if not all(is_name_text(t.text) for t in tokens[k:end]):
        return False
    region = tokens[end + 1]
    if not (region.text in PLACE_NAMES or clean_word(region.text) in PLACE_NAMES):
        return False
    if (
        region.text.endswith(("'s", "’s"))
        or tokens[k].text in FEMALE_NAMES
        or tokens[k].text in MALE_NAMES
    ):
        return False
    # The region ends the phrase: a mark or the end follows ("Harlow, Nebraska.", "Harlow,
    # Neb., residents"), not a word ("Stokes, England captain, said": a person's role).
    return end + 2 == len(tokens) or not tokens[end + 2].is_word


# What ends the sentence before a word: a scene-setting phrase may open the next one.
_SENTENCE_ENDS = frozenset({".", "!", "?", ":", "—", "–"})


def _on_a_street(tokens: Sequence[Token], k: int) -> bool:
    """Whether the name at ``tokens[k]`` is a street "on", "at", "along" or "off" which
    something stands ("outside a temple on Laxmi Road", "at 14 Ivy Lane" is the number's):
    its last capitalised word a street's ("Road", "Avenue", India's "Marg")."""
    if k < 1 or tokens[k - 1].lower not in _STREET_PREPOSITIONS:
        return False
    end = k
    while end < len(tokens) and tokens[end].is_capitalised and tokens[end].is_word:
        end += 1
    if clean_word(tokens[k].text) in GIVEN_NAMES or end <= k + 1:
        return False  # "The spotlight was on Glenn Close"
    last = clean_word(tokens[end - 1].text)
    if last in _SURNAME_STREET_WORDS:
        # "on Shaw Heath with her husband", but "fell on Damian Green, the former minister,"
        return end < len(tokens) and tokens[end].text != "," and tokens[end].is_word
    return last in _STREET_WORDS


_STREET_PREPOSITIONS = frozenset(("on", "at", "along", "off"))
_STREET_WORDS = word_set(
    """Road Street Avenue Lane Boulevard Drive Highway Square Marg Expressway Crescent Row
    Terrace Parade Place Mews Quay"""
)
# Streets' words that are surnames as often ("on Damian Green, the former minister,").
_SURNAME_STREET_WORDS = word_set("Green Close Heath")


def _governed_as_place(tokens: Sequence[Token], k: int) -> bool:
    """Whether a preposition of place governs the name at ``tokens[k]``: right before it or
    before the adjectives that set it in its region ("in rural Tennessee"), or "to" or
    "from" after a word of motion ("returned to Ottawa", "moved here from Chicago")."""
    j = k - 1
    while j >= 0 and j >= k - 2 and tokens[j].lower in PLACE_ADJECTIVES:
        j -= 1
    if j < 0:
        return False
    if tokens[j].lower in PLACE_PREPOSITIONS:
        return True
    if tokens[j].lower not in ("to", "from", "into"):
        return False
    j -= 1
    if j >= 0 and tokens[j].lower in MOTION_ADVERBS:
        j -= 1
    return j >= 0 and tokens[j].lower in MOTION_WORDS


def _ends_region(tokens: Sequence[Token], k: int) -> bool:
    """Whether the region at ``tokens[k]`` closes its "Town, Region" pair: a comma, a dash
    or the end follows, not a verb ("Ohio, Florida and Texas voted")."""
    return k + 1 >= len(tokens) or tokens[k + 1].text in (",", ".", ";", ")", "-", "—", "–")


def goes_on_a_place(tokens: Sequence[Token], comma: int, floor: int) -> bool:
    """Whether a name after the comma at ``tokens[comma]`` goes on naming the place of a
    person named "of" or "from" it before the comma, as papers give where someone lives
    ("Shopper Annette Cumberbatch of Ivy Road, St Michael, who …, said"): it is the
    place's parish, town or country, not the subject. The words from ``floor`` to the
    comma are a capitalised name, "of" or "from", and capitalised words."""
    if tokens[comma].text != ",":
        return False
    j = comma - 1
    while j > floor and tokens[j].is_capitalised and tokens[j].is_word:
        j -= 1
    if j == comma - 1 or j <= floor or tokens[j].lower not in ("of", "from"):
        return False
    k = j - 1
    while k >= floor and tokens[k].is_capitalised and tokens[k].is_word:
        k -= 1
    # the words before "of" are a name, a person's (its last word no body's word)
    return k < j - 1 and is_name_text(tokens[j - 1].text) and not _body_word(tokens[j - 1])


def _body_word(token: Token) -> bool:
    return clean_word(token.text) in ORG_WORDS
