"""Titles and their portfolios inside a speaker phrase: "Minister for Housing James Browne",
"Secretary of State for Health Wes Streeting", "Minister of Small Business and
Entrepreneurship Dr Kerri-Ann Blackett" (the name is what follows the portfolio), and
Malaysia's titles of two words ("Tan Sri Muhyiddin Yassin", "Datuk Seri Anwar Ibrahim")."""

from __future__ import annotations

from collections.abc import Sequence

from framediff.attribution.body_names import joins_body_name, strip_possessive
from framediff.attribution.lexicon import (
    GIVEN_NAMES,
    ORG_WORDS,
    TITLE_FIRSTS,
    TITLE_SECONDS,
    clean_word,
    is_org_name,
    is_role_noun,
    is_title_word,
)
from framediff.attribution.tokens import Token, index_of


def for_inside_phrase(tokens: Sequence[Token], i: int) -> bool:
    """Whether ``tokens[i]`` is a "for" inside a speaker phrase: a title's before its
    portfolio, or a body's inside its name."""
    return tokens[i].lower == "for" and (_titles_portfolio(tokens, i) or joins_body_name(tokens, i))


def _titles_portfolio(tokens: Sequence[Token], i: int) -> bool:
    """Whether the "for" at ``tokens[i]`` joins a capitalised title to its portfolio
    ("Minister for Housing", "Secretary of State for Health"), or a title of a place to
    its portfolio ("Deputy Khokim of Tashkent for Transport", "Deputy Mayor of Lagos for
    Education")."""
    if i >= 1 and tokens[i - 1].is_capitalised and is_title_word(tokens[i - 1].text):
        return True
    return (
        i >= 3
        and tokens[i - 1].is_capitalised
        and tokens[i - 2].lower == "of"
        and tokens[i - 3].is_capitalised
        and is_title_word(tokens[i - 3].text)
    )


def without_portfolio(words: Sequence[Token], name: list[Token]) -> list[Token]:
    """The name after a title and its portfolio ("Minister for Housing James Browne",
    "Secretary of State for Health Wes Streeting"): from the first given name the lexicon
    knows, or its last two words; none when the run is two words or one, the portfolio
    alone ("the Minister for Housing", "Minister for Rural Development"). ``name`` is the
    run of name words that ends ``words``."""
    before = len(words) - len(name) - 1
    while before >= 1 and words[before].is_capitalised and is_title_word(words[before].text):
        before -= 1  # "Minister for Foreign Affairs …": a portfolio's title words
    if before >= 2 and words[before].lower == "and":
        joined = _portfolio_opening(words, before)  # "of Small Business and Entrepreneurship"
        before = joined if joined is not None else before
    if before >= 2 and words[before].lower == "the" and words[before - 1].lower in ("for", "of"):
        before -= 1  # "Deputy of the Bishkek City Council Emil Asanaliev"
    if before < 1 or words[before].lower not in ("for", "of"):
        return name
    if not (is_title_word(words[before - 1].text) or _titles_portfolio(words, before)):
        return name
    if is_org_name(" ".join(strip_possessive(t.text) for t in name)):
        # "CEO of Washington Restaurant Association": a body, not a portfolio; but "Deputy
        # Commissioner of Police Anil Kulkarni" ends in a person after the body's word.
        for n in range(1, len(name) - 1):
            if clean_word(name[n].text) in GIVEN_NAMES:
                return name[n:]  # "Director of Government Affairs Phil Smith"
        for n in range(1, len(name) - 1):
            rest = " ".join(t.text for t in name[n:])
            if clean_word(name[n - 1].text) in ORG_WORDS and not is_org_name(rest):
                return name[n:]
        return name
    for n in range(len(name) - 1):
        if clean_word(name[n].text) in GIVEN_NAMES:
            return name[n:]
    if len(name) >= 3:
        return name[-2:]
    # A portfolio alone follows an office ("the Minister for Housing"), not a word that
    # only modifies one ("Campaign for Trump").
    return [] if is_role_noun(clean_word(words[before - 1].text).lower()) else name


# Words of a portfolio's first part before its "and" ("Minister of Small Business and
# Entrepreneurship", "Minister for Tourism and Culture"): a longer run is more likely a
# portfolio and a name ("Minister of Health Ama Mensah and …", two people).
_PORTFOLIO_PART_MAX_WORDS = 2


def _portfolio_opening(tokens: Sequence[Token], at: int) -> int | None:
    """The index of the "of" or "for" that opens the portfolio the "and" at ``tokens[at]``
    is inside, after a capitalised title; None when the "and" is not inside one."""
    j = at - 1
    while j >= 1 and at - j <= _PORTFOLIO_PART_MAX_WORDS and tokens[j].is_capitalised:
        if clean_word(tokens[j].text) in GIVEN_NAMES:
            return None  # "Secretary of State John Kerry and …": a person before "and"
        j -= 1
    if j < at - 1 and j >= 2 and (tokens[j].lower == "and" or tokens[j].text == ","):
        # "for Transport and Community Safety and Liaison", "of Traffic, Transport and …"
        return _portfolio_opening(tokens, j)
    if j == at - 1 or j < 1 or tokens[j].lower not in ("of", "for"):
        return None
    title = tokens[j - 1]
    return j if title.is_capitalised and is_title_word(title.text) else None


def and_in_portfolio(tokens: Sequence[Token], at: int) -> bool:
    """Whether the "and" at ``tokens[at]`` joins the two parts of a title's portfolio
    ("said Minister of Small Business and Entrepreneurship Dr Kerri-Ann Blackett"), not
    two speakers: a capitalised word that is no given name or title comes after it."""
    if at + 1 >= len(tokens):
        return False
    after = tokens[at + 1]
    word = clean_word(after.text)
    return (
        after.is_capitalised
        and after.is_word
        and word not in GIVEN_NAMES
        and not is_title_word(word)
        and _portfolio_opening(tokens, at) is not None
    )


def without_compound_title(words: Sequence[Token], name_tokens: list[Token]) -> list[Token]:
    """``name_tokens`` without a two-word Malaysian title at their front ("Tan Sri
    Muhyiddin Yassin" → "Muhyiddin Yassin"), or without the second word of one whose first
    word is a title and so already describes ("Datuk Seri Anwar Ibrahim")."""
    if len(name_tokens) < 2:
        return name_tokens
    first = name_tokens[0].lower
    if len(name_tokens) >= 3 and first in TITLE_FIRSTS and name_tokens[1].lower in TITLE_SECONDS:
        return name_tokens[2:]  # "Tan Sri …", "Puan Sri …"
    if first in TITLE_SECONDS:
        at = index_of(words, name_tokens[0])
        if at and is_title_word(words[at - 1].text):
            return name_tokens[1:]  # "Datuk Seri …", "Dato' Sri …"
    return name_tokens
