"""Capitalised words that open a sentence or clause and are no names: a participle ("Having
met six times, …"), a sentence adverb ("Ironically, …", "Shortly after …"), an imperative or
a noun before its object ("Contrast that with", "Case of …"), the head of a list of things
("Videos, podcasts, …")."""

from __future__ import annotations

from collections.abc import Sequence

from framediff.attribution.lexicon import GROUP_NOUNS, ROLE_NOUNS, clean_word, word_set
from framediff.attribution.tokens import Token
from framediff.attribution.verbs import lemma_of

# Auxiliaries and modals: after a name they make it the subject of a new clause.
AUXILIARIES = word_set(
    """is was are were has had have will would could should can may might must does did do
    wants thinks believes"""
)


def not_a_subject(tokens: Sequence[Token], start: int, phrase: Sequence[Token]) -> bool:
    """Whether a one-word phrase opening a clause is a capitalised verb, noun or adverb
    rather than a name: an imperative or a noun before its object ("Contrast that with
    Trump", "Case of a jailed journalist"), or a sentence adverb ("Ironically, …")."""
    if len(phrase) >= 3 and phrase[1].lower == "of" and not phrase[2].is_capitalised:
        phrase = phrase[:1]  # "Case of still-jailed …": "of" and lowercase words after it
    if len(phrase) != 1:
        return False
    word = clean_word(phrase[0].text)
    follower = tokens[start + 1] if start + 1 < len(tokens) else None
    if follower is not None and follower.lower in _OBJECT_OPENERS and not follower.is_capitalised:
        return True
    if (
        follower is not None
        and follower.is_word
        and not follower.is_capitalised
        and word.endswith("ing")
        and lemma_of(follower.lower) is None
        and follower.lower not in AUXILIARIES
    ):
        return True  # "Having met six times, …": a participle opens the clause, not a name
    if follower is not None and word.endswith("ing") and follower.text.startswith("¤"):
        return True  # "Recalling “the consequences …”": a participle and its quoted object
    if _lists_things(tokens, start):
        return True
    if word.lower() in _NUMBER_WORDS and follower is not None and not follower.is_capitalised:
        return True  # "Eight years ago, he …", "Two weeks later": a number, not a name
    if (
        word.endswith("ly")
        and follower is not None
        and not follower.is_capitalised
        and (
            follower.lower in _ADVERB_FOLLOWERS
            or follower.lower in _NUMBER_WORDS
            or follower.lower.endswith("ing")
            or follower.text[:1].isdigit()
        )
    ):
        return True  # "Shortly after …", "Nearly six months …", "Hastily politicizing …"
    if (
        word.lower() in _PLAIN_ADVERBS
        and follower is not None
        and follower.lower in _ADVERB_FOLLOWERS
    ):
        return True  # "Back in Sector 11, Aslam summed up …", "Earlier on Monday, …"
    return is_sentence_adverb(word) and (follower is None or follower.text == ",")


# Numbers in words, which an adverb opening a sentence may modify ("Nearly six months").
_NUMBER_WORDS = word_set(
    """one two three four five six seven eight nine ten eleven twelve twenty thirty forty
    fifty hundred hundreds thousand thousands million millions dozen dozens half"""
)
# Words that follow an adverb opening a sentence ("Shortly after", "Usually when"), where a
# name would be followed by its verb.
_ADVERB_FOLLOWERS = word_set(
    """after before when while since until as if because once though although whenever in
    at on by with without during through"""
)


def is_sentence_adverb(word: str) -> bool:
    """ "Ironically", "Unfortunately": a sentence adverb, by its ending; "Online",
    "Meanwhile": one of the few without it; "Reacting", a participle that opens a reply."""
    low = word.lower()
    return low.endswith(_ADVERB_ENDINGS) or low in _PLAIN_ADVERBS or low in _PARTICIPLE_OPENERS


# Adverbs of place and time that open a sentence before a comma and end in no adverb's
# ending ("Online, the phrase … has become a rallying cry", "Elsewhere, …").
_PLAIN_ADVERBS = word_set(
    """online offline meanwhile elsewhere overall instead nationwide worldwide abroad
    afterwards afterward later earlier back"""
)

# Participles that open a sentence alone before a comma, as Nigerian, Ghanaian and South
# Asian papers open a reply or a speech ("Reacting, the Lagos State Ministry of Health
# said", "Speaking, the chairman added"): a closed list, since names end in "-ing" too
# ("Manning, 45, said").
_PARTICIPLE_OPENERS = word_set(
    """reacting responding speaking commenting addressing continuing concluding explaining
    recalling reflecting replying"""
)


# Adverbs of place that open a sentence before a preposition ("Back at her tray, Alleyne
# was packing up", "Out on the water, …", "Down at the pier, …", "Elsewhere in the city").
_OPENING_ADVERBS = word_set(
    "back out down up over home online offline elsewhere nationwide worldwide abroad"
)


def opens_adverbial(tokens: Sequence[Token], at: int) -> bool:
    """Whether the capitalised word at ``tokens[at]`` is an adverb of place opening a phrase
    before the subject, a preposition after it: the registry reads no name there."""
    follower = tokens[at + 1] if at + 1 < len(tokens) else None
    return (
        follower is not None
        and not follower.is_capitalised
        and follower.lower in _ADVERB_FOLLOWERS
        and tokens[at].lower in _OPENING_ADVERBS
    )


def _lists_things(tokens: Sequence[Token], start: int) -> bool:
    """Whether the word at ``tokens[start]`` heads a list of common nouns ("Videos,
    podcasts, short items …"): a comma, a lowercase plural, and a comma or "and". A name's
    appositive opens with a determiner, a number, a role or "who" instead."""
    if start + 3 >= len(tokens) or tokens[start + 1].text != ",":
        return False
    item, after = tokens[start + 2], tokens[start + 3]
    word = clean_word(item.lower)
    return (
        item.is_word
        and not item.is_capitalised
        and word.endswith("s")
        and not word.endswith(("ss", "ly"))
        and word not in ROLE_NOUNS
        and word not in GROUP_NOUNS
        and after.lower in (",", "and")
    )


# Lower-case words that open the object or complement of a capitalised verb or noun; a
# name as subject is followed by its verb instead.
_OBJECT_OPENERS = word_set("that this these those the a an of its their them his her it us")
# Endings of sentence adverbs ("Ironically", "Unfortunately", "Notably"), which names rarely
# have ("Kelly" and "Reilly" do not end so).
_ADVERB_ENDINGS = (
    "ically",
    "ously",
    "ively",
    "fully",
    "ably",
    "ibly",
    "ately",
    "edly",
    "ingly",
    "ently",
    "antly",
    "essly",
    "licly",
)


def prefixed(word: str) -> bool:
    """A common word an English prefix opens, capitalised as a sentence opens it ("Mid-set",
    "Post-match"): the word after the hyphen is lowercase ("Anti-Defamation League" is
    named), and the prefix is none of a name's parts ("Jean-Pierre", "Seo-yeon")."""
    prefix, rest = word.split("-", 1)
    return rest[:1].islower() and prefix.lower() in _PREFIXES


_PREFIXES = word_set("mid post pre half self non anti semi multi over under well long short")


def compound_modifier(word: str) -> bool:
    """A place or a name joined to a participle as one modifier ("Lagos-based",
    "Kenyan-born", "Kremlin-backed", "state-owned"): the word after the last hyphen is a
    lowercase participle, none of a name's parts ("Seo-yeon", "Ji-hyun")."""
    return word.rsplit("-", 1)[-1] in _COMPOUND_PARTICIPLES


_COMPOUND_PARTICIPLES = word_set(
    """based born bred raised led owned backed run made funded registered headquartered
    style era linked allied aligned bound listed controlled dominated sponsored affiliated
    oriented focused speaking trained educated elected appointed"""
)
