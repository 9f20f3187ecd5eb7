"""The speaker phrase after a verb of speech, read forwards ("said Benjamin Friedman, …",
"said the company in a statement", "said a former U.S. law enforcement official")."""

from __future__ import annotations

from collections.abc import Sequence

from framediff.attribution.ages import age_ends_at
from framediff.attribution.body_names import and_inside_body, comma_in_body_list
from framediff.attribution.groups import one_of_group
from framediff.attribution.lexicon import (
    OPENERS,
    PARTICLES,
    PRONOUNS,
    ROLE_NOUNS,
    clean_word,
    is_agent_noun,
    is_grammar_word,
)
from framediff.attribution.names import (
    body_phrase,
    is_name_word,
    is_phrase_word,
    particles_open_name,
)
from framediff.attribution.portfolios import and_in_portfolio, for_inside_phrase
from framediff.attribution.premodifiers import (
    acronym_after_title,
    lowercase_run_end,
    modifies_role,
    person_after_body,
)
from framediff.attribution.tokens import Token


def phrase_after_within(tokens: Sequence[Token], begin: int, hi: int) -> list[Token]:
    """``phrase_after`` cut where ``tokens[:hi]`` (its sentence or clause) ends."""
    return [t for t in phrase_after(tokens, begin) if t.end <= tokens[hi - 1].end]


def phrase_after(tokens: Sequence[Token], begin: int) -> list[Token]:
    """The speaker phrase starting at ``tokens[begin]`` ("said Benjamin Friedman, …")."""
    if begin < len(tokens) and tokens[begin].lower in PRONOUNS:
        return [tokens[begin]]
    for end in range(begin + 3, min(len(tokens), begin + 6) + 1):
        if one_of_group(tokens[begin:end]) and (end == len(tokens) or not tokens[end].is_word):
            return list(tokens[begin:end])  # "said one of the drivers"
    for head in range(begin, min(len(tokens), begin + 4)):
        body = body_phrase(tokens, head)
        if body and body[0] is tokens[begin]:
            # "said the company in a statement"; "said the ministry spokesman" is the
            # person the body's noun modifies, and "the county government" a longer body.
            person = person_after_body(tokens, head + 1)
            if person is None:
                return body
            if person > head + 1:
                return list(tokens[begin:person])
        if not tokens[head].is_word:
            break
    phrase: list[Token] = []
    i = begin
    if i < len(tokens) and tokens[i].lower in OPENERS:
        phrase.append(tokens[i])
        i += 1
    if i + 2 < len(tokens) and age_ends_at(tokens, i + 2):
        phrase.extend(tokens[i : i + 3])  # "said a 71-year-old resident"
        i += 3
    moods = _mood_before_name(tokens, i) if phrase and phrase[0].lower in ("a", "an") else 0
    if moods:
        # "said a visibly upset Iyengar", "said an emotional Seitkali": the writer's word
        # for the speaker's mood before the name the article gave them.
        phrase.extend(tokens[i:moods])
        i = moods
    while i < len(tokens) and (
        tokens[i].lower != "and"
        or and_in_portfolio(tokens, i)
        or (
            and_inside_body(tokens, begin, i)
            and i + 1 < len(tokens)
            and tokens[i + 1].is_capitalised
        )
    ):
        if tokens[i].text == "(" and phrase:
            shut = acronym_after_title(tokens, i, phrase)
            if shut:
                i = shut  # "said Range Forest Officer (RFO) Sunita Deshmukh"
                continue
        compound = lowercase_run_end(tokens, i) if phrase else 0
        if compound:
            phrase.extend(tokens[i:compound])  # "said a former U.S. law enforcement official"
            i = compound
            continue
        if (tokens[i].lower in PARTICLES and particles_open_name(tokens, i)) or (
            phrase and for_inside_phrase(tokens, i)
        ):
            # "said Ursula von der Leyen", "said de Blasio", "said Minister for Housing …"
            phrase.append(tokens[i])
            i += 1
            continue
        if phrase and tokens[i].text == "," and comma_in_body_list(tokens, i):
            phrase.append(tokens[i])  # "said the Department for Environment, Food and …"
            i += 1
            continue
        if not is_phrase_word(tokens[i]) and not modifies_role(tokens, i):
            break
        if phrase and tokens[i].lower in OPENERS:
            break
        phrase.append(tokens[i])
        i += 1
    while phrase and phrase[-1].lower in OPENERS | {"of"}:
        phrase.pop()
    return phrase


def _mood_before_name(tokens: Sequence[Token], i: int) -> int:
    """Where one to three lowercase words after "a" or "an" end, when a name of one or two
    capitalised words follows them and ends the phrase ("a visibly upset Iyengar,"); 0
    when they do not. Not a role's noun ("a retired teacher"), which the phrase reads on,
    nor a preposition ("a former teacher at Wilton Primary")."""
    j = i
    while j < min(len(tokens), i + 3) and tokens[j].is_word and not tokens[j].is_capitalised:
        word = clean_word(tokens[j].lower)
        if word in _NOT_A_MOOD or is_grammar_word(word):
            return 0  # "a former teacher at Wilton Primary": a preposition, no mood
        if word in ROLE_NOUNS or is_agent_noun(word):
            return 0
        j += 1
    if j == i or j >= len(tokens) or not is_name_word(tokens[j]):
        return 0
    end = j + 1
    if end < len(tokens) and is_name_word(tokens[end]):
        end += 1
    return end if end == len(tokens) or not tokens[end].is_word else 0


# Words that no mood before a name is: grammar, and the numbers of "a few", "a lot".
_NOT_A_MOOD = frozenset(("of", "and", "or", "the", "few", "lot", "number", "couple", "new"))
