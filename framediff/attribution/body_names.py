"""Bodies named by their kind and what they serve, joined by "for" or "of" ("the Office for
National Statistics", "the Ministry of Health", "the Bank of England"), and the helpers
for the capitalised words that name them."""

from __future__ import annotations

from collections.abc import Sequence

from framediff.attribution.lexicon import (
    GIVEN_NAMES,
    OPENERS,
    ORG_NOUNS,
    ORG_WORDS,
    ROLE_NOUNS,
    clean_word,
    is_agent_noun,
    is_role_noun,
    is_title_word,
    word_set,
)
from framediff.attribution.tokens import Token, index_of
from framediff.attribution.verbs import lemma_of

# How a phrase reads as a speaker: its mention's text, kind, name and descriptors, and the
# first and last of its tokens the mention spans (``names.phrase_reading``).
Reading = tuple[str, str, str | None, tuple[str, ...], int, int]


def strip_possessive(word: str) -> str:
    return word[:-2] if word.endswith(POSSESSIVE_ENDINGS) else word


# A possessive's endings ("Labour's", "the county’s"): a test of a token's end, cheaper
# than a pattern's search; a token holds no line break, before which "$" would match too.
POSSESSIVE_ENDINGS = ("'s", "’s", "‘s")


def body_named_with_for(tokens: Sequence[Token], key: tuple[str, ...]) -> Reading | None:
    """The reading of a phrase that ends in a body's name joined by "for" ("the Office for
    National Statistics"): the name is the capitalised words around the "for", the words
    before them describe. None for any other phrase."""
    if "for" not in key[1:]:
        return None
    f = key.index("for", 1)
    after = tokens[f + 1 :]
    if not joins_body_name(tokens, f) or not after[-1].is_capitalised:
        return None
    # "the National Agency for Meteorology and Environmental Monitoring": the body's
    # subjects may be joined as its "of" is ("Department of Health and Social Care").
    if (
        not all((t.is_capitalised and t.is_word) or t.lower in _INSIDE_BODY_NAME for t in after)
        or [t.lower for t in after].count("and") > 1
    ):
        return None
    if any(is_role_noun(clean_word(t.text).lower()) for t in after):
        return None  # "Centers for Disease Control Director Thomas Frieden": a person
    before = capitalised_run(tokens[:f])
    while before and before[0].lower in OPENERS:
        before = before[1:]  # "The Institute for Fiscal Studies" opening a sentence
    described = [t for t in tokens[: f - len(before)] if t.is_word]
    name = as_listed([t.text for t in before] + ["for"] + [strip_possessive(t.text) for t in after])
    descriptors = tuple(clean_word(t.text).lower() for t in described)
    return " ".join(key), "name", name, descriptors, 0, len(tokens) - 1


def joins_body_name(tokens: Sequence[Token], i: int) -> bool:
    """Whether the "for" at ``tokens[i]`` is inside a body's name, between its noun and
    its subject ("the Office for National Statistics", "the Institute for Fiscal
    Studies", "the Department for Education")."""
    return (
        1 <= i < len(tokens) - 1
        and tokens[i - 1].is_capitalised
        and clean_word(tokens[i - 1].text) in ORG_WORDS
        and tokens[i + 1].is_capitalised
        and tokens[i + 1].is_word
    )


def body_named_with_of(
    tokens: Sequence[Token], key: tuple[str, ...], head: Sequence[Token], k: int
) -> Reading | None:
    """A body whose name is its kind "of" what it serves, as ministries, banks and
    universities are named the world over ("the Ministry of Health", "the Bank of
    England", "the Ministry of Foreign Affairs and Trade"): one capitalised word for a body
    before "of" and capitalised words to the phrase's end. None for any other phrase.
    Central banks and regulators add a word or two before their kind ("the Monetary
    Authority of Singapore", "the Reserve Bank of India"): up to three capitalised words,
    none a given name or a title ("Sen. Smith of Ohio" is a person)."""
    run = [t for t in capitalised_run(head) if t.lower not in OPENERS]  # "The Ministry"
    if not 1 <= len(run) <= _BODY_WORDS_BEFORE_OF or not _names_a_kind_of_body(head[-1]):
        return None
    if any(is_title_word(t.text) or clean_word(t.text) in GIVEN_NAMES for t in run[:-1]):
        return None
    if len(head) > len(run) and head[-len(run) - 1].lower == "and":
        return None  # "the Science and Technology Directorate of …": fields joined before
    tail = tokens[k + 1 :]
    if not tail or not tail[-1].is_capitalised:
        return None
    if not all(t.is_capitalised or t.lower in _INSIDE_BODY_NAME for t in tail):
        return None
    if [t.lower for t in tail].count("and") > 1 or any(
        t.text.endswith(("'", "’", *POSSESSIVE_ENDINGS)) for t in tail[:-1]
    ):
        # "the American Congress of Obstetricians and Gynecologists and Easter Seals": two
        # bodies; "the D.C. Court of Appeals’ Board": a body's own body.
        return None
    if any(is_role_noun(clean_word(t.text).lower()) for t in tail):
        return None  # "Bank of England Governor Andrew Bailey": a person
    start = index_of(tokens, run[0])
    descriptors = tuple(clean_word(t.text).lower() for t in head[: len(head) - len(run)])
    name = as_listed(key[start:])
    return " ".join(key), "name", name, descriptors, 0, len(tokens) - 1


def person_of(tokens: Sequence[Token], key: tuple[str, ...], k: int) -> Reading | None:
    """A person described, in lower case, by what they are "of" ("the director of RTS",
    "the founder of London label Adeyemi Studio", "the wife of John Smith", "a resident of
    Kibera"): the person speaks, not the body, place or person after "of", so the phrase
    reads as a description as written. A determiner, one to three lowercase words ending
    in a noun for a person, the "of" at ``tokens[k]``, and words ending capitalised. A
    name titled inside the tail ("a member of parliament John Mbadi") is the speaker, and
    read on by ``phrase_reading``; None then, and for any other phrase."""
    if not 2 <= k <= 4 or tokens[0].lower not in OPENERS:
        return None
    if any(not t.is_word or t.is_capitalised for t in tokens[1:k]):
        return None
    if not is_agent_noun(clean_word(tokens[k - 1].lower)):
        return None
    tail = tokens[k + 1 :]
    if not tail or not tail[-1].is_capitalised:
        return None
    for n in range(1, len(tail)):
        # "a member of parliament John Mbadi", "of Parliament John Mbadi" capitalised alike
        before = clean_word(tail[n - 1].lower)
        if clean_word(tail[n].text) in GIVEN_NAMES and (
            before in ROLE_NOUNS or before in _TITLED_BY
        ):
            return None
    kind = "role" if tokens[0].lower == "the" else "generic"
    descriptors = tuple(clean_word(t.text).lower() for t in tokens if t.is_word)
    return as_listed(key), kind, None, descriptors, 0, len(tokens) - 1


# Lowercase nouns that title a name after them as a role noun does ("a member of
# parliament John Mbadi").
_TITLED_BY = word_set("parliament congress staff")

# The most capitalised words a body's name holds before its "of" ("Monetary Authority",
# "Reserve Bank", "National Bank"): more is a title and a name ("Chief Executive
# Officer John Smith of …"), which ``phrase_reading`` reads on.
_BODY_WORDS_BEFORE_OF = 3


def _names_a_kind_of_body(token: Token) -> bool:
    """Whether a capitalised word is a body's kind ("Ministry", "Bank", "Authority")."""
    word = clean_word(token.text)
    return word in ORG_WORDS or (token.is_capitalised and word.lower() in ORG_NOUNS)


def titled_after_body(tokens: Sequence[Token], head: Sequence[Token], k: int) -> bool:
    """Whether a body named "of" what it serves titles the person named after it ("Bank of
    England Governor Andrew Bailey", "Ministry of Health spokesperson John Doe"): one
    capitalised word for a body before the "of" at ``tokens[k]``, then a role noun and a
    capitalised word."""
    run = [t for t in capitalised_run(head) if t.lower not in OPENERS]
    if len(run) != 1 or clean_word(head[-1].text) not in ORG_WORDS:
        return False
    tail = tokens[k + 1 :]
    return any(
        is_role_noun(clean_word(t.text).lower())
        and n + 1 < len(tail)
        and tail[n + 1].is_capitalised
        for n, t in enumerate(tail)
    )


# Lowercase words inside a body's name after "of" ("Department of Health and Human
# Services", "Ministry of Trade and Industry"), and the commas of its list of fields
# ("Ministry of Environment, Forest and Climate Change").
_INSIDE_BODY_NAME = frozenset(("and", "the", "of", "&", ","))


def as_listed(words: Sequence[str]) -> str:
    """A body's name from its words, the commas of a list of its fields as written ("the
    Department for Environment, Food and Rural Affairs"): a comma reaches a phrase only
    through ``comma_in_body_list``."""
    return " ".join(words).replace(" , ", ", ")


def capitalised_run(words: Sequence[Token]) -> list[Token]:
    """The capitalised words at the end of ``words`` ("the Republican Party" → "Republican
    Party")."""
    k = len(words)
    while k > 0 and words[k - 1].is_capitalised:
        k -= 1
    return list(words[k:])


# The heads of bodies whose names join two fields by "and", with no "of" or "for" ("the
# Securities and Exchange Commission", "the Food and Drug Administration", "the Parks and
# Recreation Department"): the kinds of public body and of association, not of company,
# whose names often join two founders' surnames ("Procter and Gamble").
_JOINED_FIELDS_HEADS = word_set(
    """Administration Agency Authority Board Bureau Commission Committee Council Department
    Directorate Inspectorate Ministry Office Service Institute Association Federation
    Society Trust Fund Union Alliance League Centre Center Centers Centres"""
)


def and_joins_fields(tokens: Sequence[Token], lo: int, at: int) -> bool:
    """Whether the "and" at ``tokens[at]`` joins two fields of one body's name: capitalised
    words that are no given name or title on both sides, the last a body's head ("the
    Securities and Exchange Commission"), or, after two words or more, a country, as the
    applied titles of Canada's federal departments end ("Environment and Climate Change
    Canada", "Fisheries and Oceans Canada"); not two speakers ("Trump and Pence", "Ryan
    and Senate Majority Leader Mitch McConnell")."""
    # The list's last comma may stand before its "and" ("Meteorology, Climatology, and …").
    last_before = at - 2 if at - 1 >= lo and tokens[at - 1].text == "," else at - 1
    k = last_before
    while k >= lo and tokens[k].is_capitalised and tokens[k].is_word:
        if _names_person(tokens[k]):
            return False
        k -= 1
    if k == last_before:
        return False
    if k >= lo and tokens[k].text == ",":
        if not comma_in_body_list(tokens, k):
            return False  # "Shelter, Crisis and Carers Trust": three bodies, not one
    elif not _opens_body_run(tokens, k):
        return False
    end = at + 1
    while end < len(tokens) and tokens[end].is_capitalised and tokens[end].is_word:
        if is_title_word(clean_word(tokens[end].text)):
            return False
        end += 1
    if end == at + 1:
        return False
    last = clean_word(tokens[end - 1].text)
    return last in _JOINED_FIELDS_HEADS or (end - at > 2 and last in _COUNTRY_ENDINGS)


# Countries whose bodies' names end in the country's name ("Environment and Climate Change
# Canada", "Public Health England").
_COUNTRY_ENDINGS = word_set("Canada England Scotland Wales Ireland Australia")


def and_inside_body(tokens: Sequence[Token], lo: int, at: int) -> bool:
    """Whether the "and" at ``tokens[at]`` is inside a body named "of" or "for" what it
    serves ("the Ministry of Human Resources and Emiratisation", "the Department of Health
    and Social Care", "the National Agency for Meteorology and Environmental Monitoring"),
    not between two speakers."""
    after = clean_word(tokens[at + 1].text) if at + 1 < len(tokens) else ""
    if after in GIVEN_NAMES or is_title_word(after):
        return False  # "the Court of Appeals and William M. Landes": a second person
    return and_joins_fields(tokens, lo, at) or any(
        tokens[j].lower in ("of", "for") and clean_word(tokens[j - 1].text) in ORG_WORDS
        for j in range(lo + 1, at)
    )


def comma_in_body_list(tokens: Sequence[Token], at: int) -> bool:
    """Whether the comma at ``tokens[at]`` separates the fields a body's name lists ("the
    Department for Environment, Food and Rural Affairs", "the Ministry of Environment,
    Forest and Climate Change", "Immigration, Refugees and Citizenship Canada"): capitalised
    words, no given name or title among them, from the comma to the list's "and" (other
    commas between, and one before the "and") and after it; before the comma, capitalised
    words back to a body's kind and its "of" or "for", or, with no kind, a list that ends
    in a body's head ("the Meteorology, Climatology, and Geophysics Agency") or the
    country, as Canada's departments' applied titles do. Not a list of people
    ("said Jones, Smith and Brown")."""
    n = len(tokens)
    if at + 1 >= n or not (tokens[at + 1].is_capitalised or tokens[at + 1].lower == "and"):
        return False  # most commas: no list of capitalised fields after them
    k = at + 1
    while k < n and tokens[k].lower != "and":  # at once after the list's last comma
        first = k
        while k < n and tokens[k].is_capitalised and tokens[k].is_word:
            if _names_person(tokens[k]):
                return False
            k += 1
        if k == first or k >= n:
            return False
        if tokens[k].text != ",":
            break
        k += 1
    if k >= n or tokens[k].lower != "and":
        return False
    joined = k
    k += 1
    while k < n and tokens[k].is_capitalised and tokens[k].is_word:
        if _names_person(tokens[k]):
            if k > joined + 1 and _after_title_of(tokens, at):
                break  # "Minister of Traffic, Transport and Urban Planning Eduardo Hooi"
            return False
        k += 1
    if k == joined + 1:
        return False
    # "said Brine, Health and Social Care Committee chairman.": the list ends in a title
    # of the person before it; before a name ("… Committee chairman Datuk Mohd …") the
    # body titles the name.
    titles_before = (
        k + 1 < n and is_role_noun(clean_word(tokens[k].lower)) and not tokens[k + 1].is_capitalised
    )
    j = at - 1
    while j >= 0 and tokens[j].is_capitalised and tokens[j].is_word:
        if _names_person(tokens[j]):
            return False
        j -= 1
        if j > 0 and tokens[j].text == "," and tokens[j - 1].is_capitalised:
            j -= 1  # an earlier field of the list ("Digital, Culture, Media and Sport")
    if j == at - 1:
        return False
    if j >= 1 and tokens[j].lower in ("of", "for"):
        return clean_word(tokens[j - 1].text) in ORG_WORDS or _after_title_of(tokens, at)
    if titles_before or not _opens_body_run(tokens, j):
        return False  # "said Brine, Health and …", "The charities Shelter, Crisis and …"
    last = clean_word(tokens[k - 1].text)
    # "the Meteorology, Climatology, and Geophysics Agency (BMKG)": the list ends in a
    # body's head, as "the Securities and Exchange Commission" does.
    return last in _JOINED_FIELDS_HEADS or (k - joined > 2 and last in _COUNTRY_ENDINGS)


def _after_title_of(tokens: Sequence[Token], at: int) -> bool:
    """Whether the capitalised words before the comma at ``tokens[at]`` follow a title and
    its "of" or "for": a minister's portfolio lists its fields as a body's name does."""
    j = at - 1
    while j >= 0 and tokens[j].is_capitalised and tokens[j].is_word:
        j -= 1
    return j >= 1 and tokens[j].lower in ("of", "for") and is_title_word(tokens[j - 1].text)


def _opens_body_run(tokens: Sequence[Token], k: int) -> bool:
    """Whether ``tokens[k]``, the token before a run of capitalised words, lets the run be
    one body's name: nothing (the sentence's start), an article, a verb of speech, or a
    mark other than a comma; not a noun ("The charities Shelter, …"), nor a comma that lists
    it among others ("Shelter, Crisis and Carers Trust")."""
    if k < 0:
        return True
    token = tokens[k]
    if token.lower in ("the", "a", "an") or lemma_of(token.lower) is not None:
        return True  # "the Securities and …", "said Fisheries and Oceans Canada"
    if token.is_word and not token.is_capitalised:
        # "said state Public Works, Transport and …": a modifier; a plural noun is the kind
        # of the bodies listed after it ("The charities Shelter, Crisis and …").
        return not (token.lower.endswith("s") and not token.lower.endswith("ss"))
    return not token.is_word and token.text != ","


def _names_person(token: Token) -> bool:
    word = clean_word(token.text)
    return word in GIVEN_NAMES or is_title_word(word)
