"""People described after their noun: by where they are ("Officials in Kyiv", "residents
near the site") or by a sourcing formula ("a person familiar with the matter")."""

from __future__ import annotations

from collections.abc import Sequence

from framediff.attribution.described import described_phrase
from framediff.attribution.lexicon import (
    GROUP_NOUNS,
    OPENERS,
    PLACE_ADJECTIVES,
    ROLE_NOUNS,
    WHERE_SOURCES_WORK,
    clean_word,
    is_agent_noun,
    word_set,
)
from framediff.attribution.tokens import Token

# Prepositions whose object is where a speaker is, not who speaks ("statements from Polish
# officials indicated": "from" names the source, so it is not here).
# "Voters in New Hampshire", "residents near the site", "traders outside the market".
PLACE_PREPOSITIONS = word_set("in at on near outside across around inside along")
# Of those, the ones that are adjectives too ("outside groups", "inside information"):
# prepositions only before their object's determiner or capital.
_ALSO_ADJECTIVES = word_set("outside inside across around along")
# Adjectives and participles that describe an anonymous source after its noun, before a
# preposition: the sourcing formulas of wire and political reporting ("a person familiar
# with the matter", "sources close to the president", "officials briefed on the talks",
# "a diplomat involved in the negotiations").
_SOURCE_POSTMODIFIERS = word_set("familiar close briefed involved privy knowledgeable")
_SOURCE_PREPOSITIONS = word_set("with to on in about of")
_CLAUSE_OPENERS = word_set("what who whom whose which that where when")


def is_place_preposition(tokens: Sequence[Token], j: int) -> bool:
    """Whether ``tokens[j]`` is a preposition of place opening its object ("in Kyiv",
    "outside the market"), not an adjective ("outside groups said")."""
    word = tokens[j].lower
    if word not in PLACE_PREPOSITIONS:
        return False
    if word not in _ALSO_ADJECTIVES:
        return True
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    return after is not None and (after.lower in OPENERS or after.is_capitalised)


def people_before(tokens: Sequence[Token], at: int, floor: int) -> list[Token]:
    """The people a preposition of place at ``tokens[at]`` says which are, when no name
    stands before it: a noun for people ending right before it, opening its clause
    ("Officials in Kyiv said", "Residents near the site said", "Business owners on the
    corridor said") or described back to its determiner ("the farmers in Kogi said").
    Empty when the word before is no such noun."""
    head = at - 1
    if head < floor or not tokens[head].is_word:
        return []
    noun = clean_word(tokens[head].lower)
    if noun not in GROUP_NOUNS and not (noun in ROLE_NOUNS and noun.endswith("s")):
        return []
    described = described_phrase(tokens, at, floor)
    if described:
        return described
    opens = head == floor or not tokens[head - 1].is_word
    return [tokens[head]] if opens else []


def group_placed_before(tokens: Sequence[Token], at: int, floor: int) -> list[Token]:
    """The noun for people right before the place that ``tokens[at]``, a word of the place
    or its preposition, opens ("thousands of cheering supporters in central Asuncion, who
    chanted": the supporters chant, not Asuncion); empty when there is none."""
    if at - 1 > floor and tokens[at - 1].lower in PLACE_ADJECTIVES:
        at -= 1  # "in central Asuncion", "in rural Tennessee"
    if at - 1 <= floor or not is_place_preposition(tokens, at - 1):
        return []
    noun = clean_word(tokens[at - 2].lower)
    if tokens[at - 2].is_capitalised:  # "the ranking Democrat on the committee, who"
        return []
    return (
        [tokens[at - 2]] if noun in GROUP_NOUNS or (noun in ROLE_NOUNS and noun[-1] == "s") else []
    )


def source_noun_end(tokens: Sequence[Token], end: int, floor: int) -> int | None:
    """Where the noun of an anonymous source ends when the words before ``end`` describe it
    after the noun ("a person familiar with the matter", "sources close to the president",
    "officials briefed on the talks"): the index of the adjective that opens that
    description; None when the words before ``end`` are none such. The description is
    words only, up to eight of them, and no clause ("had been involved with what
    lawmakers called"); the noun before it is one for people."""
    for m in range(end - 2, max(floor, end - 10) - 1, -1):
        token = tokens[m]
        if not token.is_word or token.lower in _CLAUSE_OPENERS:
            return None
        if token.lower in _SOURCE_POSTMODIFIERS and tokens[m + 1].lower in _SOURCE_PREPOSITIONS:
            noun = clean_word(tokens[m - 1].lower) if m > floor else ""
            return m if noun in ROLE_NOUNS or noun in GROUP_NOUNS else None
        if token.lower in WHERE_SOURCES_WORK and m - 2 >= floor:
            # "An executive at one of the operators, who asked not to be named, said", "an
            # official in Kyiv, who": an indefinite source and where it works.
            noun = clean_word(tokens[m - 1].lower)
            d = m - 2  # the determiner, before up to two adjectives ("A senior official at")
            while (
                d > floor and d > m - 4 and tokens[d].is_word and tokens[d].lower not in _INDEFINITE
            ):
                d -= 1
            # "who is (now) a senior fellow at …": a predicate, not a source
            predicate = any(tokens[p].lower in _PREDICATES for p in range(max(floor, d - 2), d))
            if tokens[d].lower in _INDEFINITE and is_agent_noun(noun) and not predicate:
                return m
    return None


# The determiners of an anonymous source.
_INDEFINITE = word_set("a an one another")
# Words before a noun that make it a predicate, not a source: "Swanson, who is a pastor at
# the Reformation Church,", "listed as an attorney in Illinois".
_PREDICATES = word_set("is was are were be been as became becomes")


# Common nouns that follow a place's name to say what kind of place it is, in the way
# local reporting places a speaker ("of Balad Kalan village", "of Makueni county", "of
# Kiambu town"): the kinds of settlement and the units of local government of English-
# language presses (India's tehsil and taluk, Bangladesh's upazila, the Philippines'
# barangay, Kenya's sub-county, Russia's oblast, the Gulf's governorates).
_PLACE_KINDS = word_set(
    """village town city district county province state region ward parish constituency
    township municipality suburb neighbourhood neighborhood settlement camp island valley
    area locality sub-county subcounty division block tehsil taluk mandal upazila barangay
    governorate oblast prefecture commune canton emirate atoll hamlet estate colony"""
)


def before_place_kind(tokens: Sequence[Token], i: int, floor: int) -> int:
    """``i`` moved back over a lower-case noun for the kind of place at ``tokens[i]``
    that ends the place of a name's "of" ("Kuldeep Singh of Balad Kalan village said":
    the speaker phrase is read as "Kuldeep Singh of Balad Kalan"); ``i`` unchanged when
    the word is none such or the place is no one's ("Makueni county said")."""
    if i - 1 <= floor or tokens[i].text not in _PLACE_KINDS or not tokens[i - 1].is_capitalised:
        return i  # in lower case only: "The mayor of Cape Town said" names no kind of place
    k = i - 1
    while k > floor and k > i - 5 and tokens[k].is_capitalised:
        k -= 1
    if tokens[k].lower == "of" and k - 1 >= floor and tokens[k - 1].is_word:
        return i - 1
    return i


# Social networks a speaker posts on: "on X" after a subject says where, not who.
_PLATFORMS = word_set(
    """X Twitter Facebook Instagram TikTok LinkedIn Telegram WhatsApp YouTube Threads
    Bluesky Mastodon Reddit Weibo WeChat Snapchat"""
)


def before_platform(tokens: Sequence[Token], i: int, floor: int) -> int:
    """The last token of a subject before "on" and the social network it posted on, ending
    at ``tokens[i]`` ("One retail investor on X wrote:", "the metro posted on X:" is its
    verb's own), or ``i`` when no such phrase ends there."""
    if i - 2 >= floor and tokens[i].text in _PLATFORMS and tokens[i - 1].lower == "on":
        return i - 2
    return i
