"""Lowercase words before a name that title it: "said county official Ruth Achieng", "said
senior advocate Harish Salve", "the veteran trade unionist Bongani Dlamini", "said the
village headman, Somchai Prasert"."""

from __future__ import annotations

from collections.abc import Sequence

from framediff.attribution.lexicon import (
    FUNCTION_WORDS,
    OPENERS,
    ORG_NOUNS,
    ROLE_NOUNS,
    SPEAKS_FOR,
    WHERE_SOURCES_WORK,
    clean_word,
    is_agent_noun,
    is_grammar_word,
    is_title_word,
    word_set,
)
from framediff.attribution.tokens import Token
from framediff.attribution.verbs import lemma_of


def modifies_role(tokens: Sequence[Token], i: int) -> bool:
    """A lowercase noun in a compound before a role noun that titles a name ("said county
    official Ruth Achieng", "said county elections director Pam Whitlock"): up to three
    lowercase words, then the role, then a capitalised word ("emailed supporters" is a verb
    and its object)."""
    for j in range(i, min(len(tokens) - 1, i + 4)):
        token = tokens[j]
        if not token.is_word or token.is_capitalised:
            return False
        noun = clean_word(token.lower)
        if noun in ROLE_NOUNS:
            return j > i and tokens[j + 1].is_capitalised and tokens[j + 1].is_word
        if is_agent_noun(noun) and tokens[j + 1].is_capitalised and tokens[j + 1].is_word:
            # A noun for a person by its form titles the name too ("said senior advocate
            # Harish Salve", "the veteran trade unionist Bongani Dlamini"); after a name,
            # the lowercase word is its verb ("Tenney took down businessman Steve Wells").
            return j == i or i == 0 or not tokens[i - 1].is_capitalised
        if j == i and _titles_full_name(tokens, i, noun):
            # Any noun for what the person is, right before their full name, titles it
            # ("said the veteran architect Kojo Asante", "said the Accra-born architect …").
            return True
        if noun in _NOT_IN_COMPOUND or lemma_of(noun) is not None:
            return False
    return False


def _titles_full_name(tokens: Sequence[Token], i: int, noun: str) -> bool:
    """Whether the lowercase ``noun`` at ``tokens[i]`` stands right before a full name:
    two or three capitalised words, then no more. Not a verb ("emailed Kojo Asante",
    "endorsed Donald J. Trump"), an adverb, a comparative ("the younger Mr. Trump", which
    tells him from another), a plural or a word of grammar ("because Mr. Hannity")."""
    if noun in _NOT_IN_COMPOUND or is_grammar_word(noun):
        return False
    if lemma_of(noun) is not None:
        return False
    if noun.endswith(_NOT_A_PERSONS_NOUN) and not noun.endswith("ss"):
        return False
    run = 0
    for token in tokens[i + 1 : i + 5]:
        if not (token.is_word and token.is_capitalised) or token.text.endswith(("'s", "’s")):
            break
        run += 1
    after = i + 1 + run
    # The name ends the phrase: "said the clinic Grace Wanjiru founded" is a relative clause
    # of the clinic, whose verb follows the name.
    ends = after >= len(tokens) or not tokens[after].is_word or tokens[after].lower in _AFTER_NAME
    return 2 <= run <= 3 and ends


# Words that may follow a speaker's name in the phrase after "said" ("said architect Kojo
# Asante on Monday", "… and his deputy").
_AFTER_NAME = word_set("on in at during after before when while as and of")
# The endings of the verbs, adverbs, comparatives and plurals ``_titles_full_name`` refuses.
_NOT_A_PERSONS_NOUN = ("ed", "ing", "ly", "er", "s")


def compound_role_after(tokens: Sequence[Token], i: int) -> int:
    """Where a compound of lowercase nouns that ends a speaker phrase in its person's noun
    ends, after a capitalised modifier or a determiner ("said a former U.S. law
    enforcement official who", "a Nairobi county health officer said", "said the auxiliary
    mayor of San Miguel"); 0 when ``tokens[i]`` opens none."""
    if i == 0 or not (tokens[i - 1].is_capitalised or tokens[i - 1].lower in OPENERS):
        return 0
    for j in range(i, min(len(tokens), i + _COMPOUND_REACH)):
        token = tokens[j]
        noun = clean_word(token.lower)
        if not token.is_word or token.is_capitalised or noun in _NOT_IN_COMPOUND:
            return 0
        if j > i and noun in ROLE_NOUNS:
            after = tokens[j + 1] if j + 1 < len(tokens) else None
            return j + 1 if after is None or not after.is_capitalised else 0
        if _verb_form(noun):
            return 0  # "the Vermont senator emailed supporters"
    return 0


def lowercase_run_end(tokens: Sequence[Token], i: int) -> int:
    """Where a run of lowercase words that a speaker phrase holds ends: a compound before
    its role (``compound_role_after``) or a portfolio in lower case between a title and a
    name, as South African and Indian papers write them ("said Mayco member for human
    settlements Johan Steenkamp", "MEC for transport Sipho Hlomuka"); 0 when none opens at
    ``tokens[i]``."""
    compound = compound_role_after(tokens, i)
    if compound or tokens[i].lower != "for" or not is_title_word(tokens[i - 1].text):
        return compound
    for j in range(i + 1, min(len(tokens) - 1, i + _PORTFOLIO_REACH)):
        token = tokens[j]
        if token.is_capitalised:
            named = j > i + 1 and token.is_word and tokens[j + 1].is_capitalised
            return j if named and tokens[j + 1].is_word else 0
        noun = clean_word(token.lower)
        if not token.is_word or (noun in _NOT_IN_COMPOUND and noun != "and"):
            return 0
    return 0


# How many words a portfolio in lower case may run to ("for arts and culture Thandi Nkosi");
# a comma ends one sooner.
_PORTFOLIO_REACH = 6


# Words that end a compound before a name: it is a clause or a phrase of its own.
_NOT_IN_COMPOUND = word_set(
    """of the a an to in on at for with by from and or but that which who whom as is was are
    were his her their its our my your"""
)


def described_after(tokens: Sequence[Token], begin: int) -> tuple[int, int | None] | None:
    """An inverted speaker described by a noun for a person ("said one shopkeeper, who …",
    "said a local trader, Amina Yusuf", "said the village headman, Somchai Prasert"): a
    determiner and up to three lowercase words ending in such a noun, before punctuation,
    "who" or the end; after "the" a name must follow, as a definite description refers
    back to someone the article introduced. The end of the description and, when a
    capitalised word follows its comma, where the name starts; None when the words after
    ``begin`` are not so."""
    if begin >= len(tokens):
        return None
    owned = tokens[begin].lower in OWNERS  # "said her lawyer, Maxim Gorelov"
    if tokens[begin].lower not in OPENERS and not owned:
        return None
    for j in range(begin + 1, min(len(tokens), begin + 5)):
        token = tokens[j]
        if not token.is_word or token.is_capitalised:
            return None
        noun = clean_word(token.lower)
        if noun in _NOT_IN_COMPOUND or lemma_of(noun) is not None:
            return None
        after = tokens[j + 1] if j + 1 < len(tokens) else None
        if (
            after is not None
            and after.lower in WHERE_SOURCES_WORK
            and is_agent_noun(noun)
            and tokens[begin].lower not in ("the", *OWNERS)
            and _relative_after(tokens, j + 2)
        ):
            # "said a monitoring officer at a local rights organisation, who asked not to
            # be named": the source, and where it works.
            return j + 1, None
        if after is None or not after.is_word or after.lower == "who":
            if not is_agent_noun(noun):
                return None
            named = (
                after is not None
                and after.text == ","
                and j + 2 < len(tokens)
                and tokens[j + 2].is_word
                and tokens[j + 2].is_capitalised
            )
            if not named and tokens[begin].lower == "the":
                return None  # "said the advocate": someone introduced before, if anyone
            return j + 1, j + 2 if named else None
    return None


def speaker_for_start(tokens: Sequence[Token], start: int, floor: int) -> int:
    """Where a speaker phrase starting at ``tokens[start]`` really starts when someone
    speaks for it ("a spokesman for Donald Trump", "an aide to the president", "A
    spokesperson for the National Transport Authority"): at the determiner before the
    spokesman; ``start`` itself otherwise."""
    k = start - 1
    if k >= floor and tokens[k].lower == "the":
        k -= 1
    if k - 1 < floor or tokens[k].lower not in ("for", "to"):
        return start
    if tokens[k - 1].lower not in SPEAKS_FOR:
        return start
    j = k - 2
    while j >= floor and tokens[j].is_word and not tokens[j].is_capitalised and j > k - 5:
        if tokens[j].lower in OPENERS:
            return j
        j -= 1
    if j >= floor and tokens[j].lower in OPENERS:
        return j  # "A spokesperson for …", capitalised at the sentence's start
    return start


# Possessive determiners before a relation named in apposition ("her lawyer, Maxim
# Gorelov").
OWNERS = word_set("his her their its our")


def _relative_after(tokens: Sequence[Token], start: int) -> bool:
    """Whether a short run of words from ``tokens[start]`` ends in ", who" (a relative
    clause about the source described before it)."""
    for k in range(start, min(len(tokens) - 1, start + 8)):
        if tokens[k].text == ",":
            return tokens[k + 1].lower == "who"
        if not tokens[k].is_word:
            return False
    return False


def person_after_body(tokens: Sequence[Token], at: int) -> int | None:
    """After a body's noun, where a lowercase noun for a person that it modifies ends ("the
    ministry spokesman", "a Jupiter police spokesman"); ``at`` itself when a longer body or
    a titled name goes on from there ("the county government", "the company spokeswoman
    Jane Doe"), read on by ``names.phrase_after``; None when neither follows."""
    if at >= len(tokens) or not tokens[at].is_word or tokens[at].is_capitalised:
        return None
    if clean_word(tokens[at].lower) in ORG_NOUNS:
        return at
    # The person's noun may follow a compound of lowercase nouns ("a former U.S. law
    # enforcement official"), never a time or a function word ("the ministry on Monday").
    for j in range(at, min(len(tokens), at + _COMPOUND_REACH)):
        token = tokens[j]
        noun = clean_word(token.lower)
        if not token.is_word or token.is_capitalised or noun in FUNCTION_WORDS:
            return None
        if noun in ROLE_NOUNS or (j == at and is_agent_noun(noun)):
            after = tokens[j + 1] if j + 1 < len(tokens) else None
            return at if after is not None and after.is_word and after.is_capitalised else j + 1
        if noun in _NOT_IN_COMPOUND or _verb_form(noun):
            return None  # "said the ministry was reluctant"
    return None


def _verb_form(word: str) -> bool:
    """Whether a lowercase word inside a would-be compound is a verb, which ends it: a speech
    verb's form or a past participle's ending."""
    return lemma_of(word) is not None or word.endswith("ed")


# How many lowercase words a body's person noun may stand after it ("law enforcement
# official" is three); more is a clause, not a compound.
_COMPOUND_REACH = 3


def acronym_after_title(tokens: Sequence[Token], at: int, phrase: Sequence[Token]) -> int:
    """Where a name goes on after the brackets at ``tokens[at]``, when they hold a title's
    initials or its zone between the title and the name, as South Asian and West African
    papers set them ("Range Forest Officer (RFO) Sunita Deshmukh", "Deputy Commissioner of
    Police (Zone IV) Anil Kulkarni"); 0 when they do not."""
    if not phrase[-1].is_capitalised or not any(is_title_word(t.text) for t in phrase):
        return 0
    for j in range(at + 1, min(len(tokens) - 1, at + 5)):
        if tokens[j].text == ")":
            after = tokens[j + 1]
            return j + 1 if after.is_capitalised and after.is_word else 0
        if not tokens[j].is_capitalised:
            return 0
    return 0
