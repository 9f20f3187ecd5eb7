"""The person an appositive names: after a party label ("Gov. John Kasich (R-OH), said"),
after a role ("the American ambassador at the time, John E. Herbst"), after a sentence's
opening role ("The president of the Association of Fruit Growers, Joaquim Madeira,"); and
whether a phrase names a person rather than a body."""

from __future__ import annotations

import re
from collections.abc import Sequence

from framediff.attribution.lexicon import GIVEN_NAMES, is_org_name, is_role_noun
from framediff.attribution.names import (
    mention_from_tokens,
    phrase_before,
)
from framediff.attribution.phrase_after import phrase_after, phrase_after_within
from framediff.attribution.tokens import Token, index_of


def is_person_phrase(phrase: Sequence[Token]) -> bool:
    """Whether ``phrase`` names a person: a name, and not a body's."""
    if len(phrase) == 1 and _PARTY_HOMETOWN.fullmatch(phrase[0].text):
        return False  # "Rep. Wade Kimbrough, R-Lamesa,": the party and hometown, no name
    mention = mention_from_tokens(phrase)
    return mention is not None and mention.kind == "name" and not is_org_name(mention.name or "")


def party_labelled(tokens: Sequence[Token], i: int, floor: int) -> list[Token]:
    """The person before a party label and the comma at ``tokens[i]``: "Gov. John Kasich
    (R-OH), said" is Kasich, whatever commas come earlier ("in Berea, OH, after …"), and so
    is "Rep. Wade Kimbrough, R-Lamesa, called"."""
    if (
        i - 2 > floor
        and tokens[i - 2].text == ","
        and _PARTY_HOMETOWN.fullmatch(tokens[i - 1].text)
    ):
        # "State Rep. Wade Kimbrough, R-Lamesa, called": the Texas Tribune's form, in commas.
        head = phrase_before(tokens, i - 2)
        return head if is_person_phrase(head) else []
    if i <= floor or tokens[i - 1].text != ")":
        return []
    for j in range(i - 2, max(floor - 1, i - 12), -1):
        if tokens[j].text == "(":
            inside = tokens[j + 1 : i - 1]
            if not inside or not _PARTY_LABEL.match(inside[0].text):
                return []
            head = phrase_before(tokens, j)
            return head if is_person_phrase(head) else []
    return []


# A party label in parentheses opens with the party's letter: "(R-OH)", "(D-Nev.)", "(I)".
_PARTY_LABEL = re.compile(r"[RDI](?:$|[-.–])")
# The party's letter and the member's hometown, set in commas after the name ("R-Lamesa").
_PARTY_HOMETOWN = re.compile(r"[RDI]-[A-Z][\w.'’-]*")


def named_after_role_opening(tokens: Sequence[Token], i: int, floor: int) -> list[Token]:
    """The person named between the first comma of a sentence and the comma at ``tokens[i]``
    when the sentence opens with a role and what qualifies it: "The president of the
    Association of Fruit Growers of Silves, Joaquim Madeira, said", "The Socialist deputy
    elected by Faro, Inês Valadares, considered"."""
    comma = next((j for j in range(floor, min(i, floor + 16)) if tokens[j].text == ","), None)
    if comma is not None and i - comma > _APPOSITIVE_REACH:
        return []  # the comma at ``i`` closes a later clause, not the name's appositive
    # "Her solicitor, Priya Venkatesh of Leeds firm Lyle & Crane,", "Mr Ademola Olatunji, SAN,"
    named = name_before_its_details(list(tokens[comma + 1 : i]) if comma is not None else [])
    if not (named and named[0].is_capitalised and is_person_phrase(named)):
        return []
    lead = mention_from_tokens(phrase_after(tokens, floor))
    if lead is None and comma is not None and comma - floor <= 3:
        lead = mention_from_tokens(tokens[floor:comma])  # "Her solicitor, Priya Venkatesh"
    if lead is None:
        return []
    # "Director of Vector-Borne Disease Prevention at the ministry, Mardiyanto, said": an
    # office of a body is a role too, when what it reads as named is no person.
    office = lead.kind == "name" and any(is_role_noun(d) for d in lead.descriptors)
    office = office and (lead.name or "").split()[0] not in GIVEN_NAMES
    return named if lead.kind in ("role", "generic") or office else []


# The most tokens a name and its details run to between an opening role's comma and the
# next ("Mr. Ousman Jobe, who deputised for Governor Lamin Saho": 11).
_APPOSITIVE_REACH = 16


def named_in_apposition(tokens: Sequence[Token], phrase: list[Token], hi: int) -> list[Token]:
    """A role followed by the name it describes ("wrote the American ambassador at the time,
    John E. Herbst") gives the name; any other phrase is returned as it is."""
    mention = mention_from_tokens(phrase)
    if mention is None:
        return phrase
    # "said the Inspector-General of Police, Usman Baba": an office of a body is a role too.
    office = mention.kind == "name" and any(is_role_noun(d) for d in mention.descriptors)
    if mention.kind not in ("role", "generic") and not office:
        return phrase
    k = index_of(tokens, phrase[-1]) + 1
    for j in range(k, min(hi, k + 14)):  # over the body and its initials ("… Forces (GAF), …")
        if tokens[j].text == ",":
            name = phrase_after_within(tokens, j + 1, hi)
            return name if is_person_phrase(name) else phrase
        if not tokens[j].is_word and tokens[j].text not in "()&":
            break
    return phrase


def name_before_its_details(phrase: list[Token]) -> list[Token]:
    """A name in apposition without what follows it: an age in brackets, where the person
    is from or works, a post-nominal after a comma ("Loveness Sibanda (41) of Chireya",
    "Priya Venkatesh of Leeds firm Lyle & Crane", "Mr Ademola Olatunji, SAN"); the phrase
    as it is when it is a person's name whole, or has no such details. A relative clause
    is never part of it ("Mr. Ousman Jobe, who deputised for Governor Lamin Saho")."""
    relative = next(
        (
            k
            for k in range(1, len(phrase))
            if phrase[k].lower in _RELATIVES and phrase[k - 1].text == ","
        ),
        None,
    )
    if relative is not None:
        phrase = phrase[: relative - 1]
    bracket = next((k for k, t in enumerate(phrase) if t.text == "("), None)
    if bracket and is_person_phrase(phrase[:bracket]):
        return phrase[:bracket]  # "Hon. Mariama Bangura-Turay (SLPP)": not the party
    if is_person_phrase(phrase):
        return phrase
    cut = next(
        (k for k, t in enumerate(phrase) if t.text in ("(", ",") or t.lower in _DETAILS), None
    )
    return phrase if cut is None else phrase[:cut]


# The words that open a relative clause after a name and its comma.
_RELATIVES = frozenset(("who", "whose", "which"))

# Words after a name that open where the person is from or works ("of Chireya").
_DETAILS = frozenset(("of", "at", "from"))
