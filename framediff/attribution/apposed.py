"""The words set beside a name that say who its person is: an appositive or a relative
clause after it ("Jane Doe, a retired teacher,", "Bob Lee, who owns the shop,"), a title
before it set off by a comma ("The National Assembly Member for Niamina East, Hon. Modou
Lamin Kinteh,"), and a description opening its sentence ("A Lagos-based novelist and
lecturer, Dr Adaeze Okafor-Bello, has said"). ``registry_scan`` records them as the
person's descriptors, which "the teacher", "the lawmaker" and "the author" refer back to."""

from __future__ import annotations

from collections.abc import Sequence

from framediff.attribution.lexicon import (
    DETERMINERS,
    ORG_NOUNS,
    ROLE_NOUNS,
    clean_word,
    is_agent_noun,
    is_title_word,
)
from framediff.attribution.tokens import Token
from framediff.attribution.verbs import lemma_of


def appositive_words(tokens: Sequence[Token], k: int) -> set[str]:
    """The words of an appositive or relative clause opening at ``tokens[k]`` (after the
    comma that follows a name: "a retired teacher", "who owns the shop"), with the agent
    nouns of its verbs ("owns" gives "owner"), as descriptors of the person named."""
    if k >= len(tokens):
        return set()
    if tokens[k].lower not in ("a", "an", "the", "who"):
        return _bare_title(tokens, k)
    words: set[str] = set()
    for n, token in enumerate(tokens[k + 1 : k + 10], k + 1):
        if not token.is_word:
            break
        if n > k + 1 and _reports(tokens, n):
            # "Proceedings of the Royal Society B, the authors write that …": the noun is
            # the subject of a clause of its own, not the name's appositive.
            return set()
        word = clean_word(token.lower)
        if word in DETERMINERS or word in ("of", "and", "at", "in", "for"):
            continue
        if tokens[k].lower == "who" and lemma_of(word) is not None and _past(word):
            # "Ogunleye, who described the author as one of his former students,": what
            # the person once said of someone is no description of them ("who reports for
            # several foreign outlets" is their trade).
            return set()
        words.add(word)
        if tokens[k].lower == "who" and word.endswith("s") and len(word) > 3:
            base = word[:-2] if word.endswith(("ches", "shes", "sses", "xes")) else word[:-1]
            words.update({base + "er", base + "r", base + "or"})
    return words


def _reports(tokens: Sequence[Token], n: int) -> bool:
    """Whether ``tokens[n]`` is a verb of speech that opens what it reports: "that", a
    quotation or a colon after it ("write that", "said “…”")."""
    if lemma_of(tokens[n].lower) is None or n + 1 >= len(tokens):
        return False
    after = tokens[n + 1].text
    return after == "that" or after == ":" or after.startswith("¤")


# Where a title set off before a name may open: the start of its sentence or a quotation.
_TITLE_OPENS = frozenset((".", "!", "?", ":", ";", "—", "–"))
# The words that join a title's parts ("Minister for Fisheries and the Blue Economy").
_TITLE_JOINS = frozenset(("for", "of", "and", "at", "the"))


# The words a title before a comma may run to ("Member of Parliament (MP) for North East
# Raroi Constituency"); a longer run before a comma is a clause.
_TITLE_MAX_WORDS = 10


def title_before_comma(tokens: Sequence[Token], at: int, after: int) -> set[str]:
    """The words of a title written before a name and set off from it by a comma, as
    descriptors of the person named ("in the presence of the Principal Secretary for
    Fisheries, Nadia Esparon,", "The National Assembly Member for Niamina East, Hon. Modou
    Lamin Kinteh,", "Chumey gup, Ugyen Tshering, said"): "the principal secretary", "the
    lawmaker" and "the gup" refer back to them. The title opens after a determiner, or at
    the start of its sentence; it holds a role's noun, or opens the sentence with the name
    itself set off by a comma after it (a local title no list holds)."""
    if at < 2 or tokens[at - 1].text != ",":
        return set()
    j = at - 2
    words: list[str] = []
    places: list[int] = []  # the index of each word's token
    while j >= 0 and len(words) < _TITLE_MAX_WORDS:
        bracketed = (
            tokens[j].text == ")" and j >= 2 and tokens[j - 2].text == "(" and tokens[j - 1].is_word
        )
        if bracketed:
            # "Member of Parliament (MP) for North East Raroi Constituency, Hon Nelson
            # Kwaiga": the title's initials in brackets are a word of the title.
            j -= 1
        elif (
            tokens[j].lower == "the"
            and j >= 2
            and tokens[j - 1].lower == "at"
            and tokens[j - 2].is_capitalised
            and is_title_word(tokens[j - 2].text)
        ):
            # "the Minister Delegate at the Ministry of Water Resources, Dr Albert
            # Nkwenti Fonyuy": the office's title goes on before "at the" body.
            words.extend(("the", "at"))
            places.extend((j, j - 1))
            j -= 2
            continue
        elif (
            tokens[j].lower == "the"
            and j >= 1
            and tokens[j - 1].lower in ("of", "for")
            and not any(is_title_word(word) for word in words)
        ):
            # "the president of the Chamber, Edwin Rocha Villarroel": the body the office
            # is of, named with its article ("in the presence of the Principal Secretary
            # for Fisheries," has its title after the article, and opens there).
            words.append("the")
            places.append(j)
            j -= 1
            continue
        elif not tokens[j].is_word or tokens[j].lower in DETERMINERS:
            break
        if is_possessive(tokens[j]):
            break  # "Bill Clinton's wife, Hillary Clinton": the title is what follows it
        words.append(clean_word(tokens[j].lower))
        places.append(j)
        j -= 2 if bracketed else 1
    opens_sentence = j < 0 or tokens[j].text in _TITLE_OPENS or tokens[j].text[0] == "¤"
    if not words or not (
        opens_sentence or tokens[j].lower in DETERMINERS or is_possessive(tokens[j])
    ):
        return set()
    words.reverse()  # in reading order
    if words[0] in _TITLE_JOINS or words[-1] in _TITLE_JOINS:
        return set()
    # The title's head: its last word before "for" or "of" ("Principal Secretary for
    # Fisheries"), a role's noun and not a body's ("the Cruz campaign, Ted Cruz" is no title).
    cut = next((k for k, w in enumerate(words) if w in ("for", "of", "at")), len(words))
    head = words[cut - 1]
    if head in ORG_NOUNS:
        return set()
    places.reverse()
    if _introduced_by_description(tokens, j, after, words[:cut]):
        # "A Lagos-based novelist and lecturer, Dr Adaeze Okafor-Bello, has said": Nigerian
        # and Ghanaian papers open with who the person is, then the name; "the author" and
        # "the novelist" refer back to them. What an "of" names after the head is another
        # person ("A neighbour of the farmer, Jane Chebet," is no farmer).
        return {w for w in words[:cut] if w not in _TITLE_JOINS}
    # Every word but the last is a title's: capitalised, a role's word or a link, not a
    # verb's phrase ("whether the other is qualified to be president, Clinton ripped").
    for k, word in enumerate(words[:-1]):
        titled = tokens[places[k]].is_capitalised or word in ROLE_NOUNS or is_title_word(word)
        if not (titled or word in _TITLE_JOINS):
            return set()
    has_role = head in ROLE_NOUNS or is_title_word(head)
    # A local title: a lowercase head after at most two words, the sentence's opening, with
    # the name set off on both sides ("Chumey gup, Ugyen Tshering, said").
    set_off = after < len(tokens) and tokens[after].text == ","
    local = opens_sentence and set_off and len(words) <= 3 and cut == len(words)
    if not (has_role or (local and not tokens[at - 2].is_capitalised)):
        return set()
    # A body's noun in the title ("the Trump campaign's chairman in Arizona") describes the
    # body, not the person: "the campaign said" is not theirs.
    return {w for w in words if w not in _TITLE_JOINS and w not in ORG_NOUNS}


def _introduced_by_description(
    tokens: Sequence[Token], j: int, after: int, words: Sequence[str]
) -> bool:
    """Whether the title read back to ``tokens[j]`` is a description opening its sentence
    with "A" or "An" and ending in a noun for a person (an agent's ending, or a role's),
    the name after it set off by commas on both sides."""
    if (
        j < 0
        or tokens[j].lower not in ("a", "an")
        or not (j == 0 or tokens[j - 1].text in _TITLE_OPENS)
    ):
        return False
    if after >= len(tokens) or tokens[after].text != ",":
        return False
    return words[-1] in ROLE_NOUNS or is_agent_noun(words[-1])


def is_possessive(token: Token) -> bool:
    """Whether a token is a possessive ("Clinton's", "voters'")."""
    return token.text.endswith(("'s", "’s", "s'", "s’"))


def _bare_title(tokens: Sequence[Token], k: int) -> set[str]:
    """A title with no article, set off by commas after a name, as business pages and
    British and Indian papers write it ("Anand Raghavan, managing director and chief
    executive officer, said", "Jane Doe, chief executive, said"): lowercase words to the
    next comma, a role's noun among them; its words describe the person, whom "the
    managing director" then refers back to."""
    words: list[str] = []
    for token in tokens[k : k + _BARE_TITLE_MAX_WORDS + 1]:
        if token.text == ",":
            break
        if not token.is_word or token.is_capitalised:
            return set()
        words.append(clean_word(token.lower))
    else:
        return set()
    if not any(word in ROLE_NOUNS for word in words):
        return set()
    return {word for word in words if word not in ("and", "of", "for", "the")}


# The most words a bare title after a name may run to ("managing director and chief
# executive officer"); a longer run before a comma is a clause.
_BARE_TITLE_MAX_WORDS = 7


def _past(verb: str) -> bool:
    """Whether a verb of speech is in the past tense ("described", "said", "told")."""
    return verb.endswith("ed") or verb in ("said", "told", "wrote", "spoke", "thought")
