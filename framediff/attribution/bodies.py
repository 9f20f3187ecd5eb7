"""A body referred back to by its common noun: "the ministry", "the group", "the commission"."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from framediff.attribution.lexicon import (
    COMPANY_ONLY_TRADES,
    COMPANY_TRADES,
    GIVEN_NAMES,
    ORG_NOUNS,
    clean_word,
    word_set,
)
from framediff.attribution.names import Mention
from framediff.attribution.tokens import Token


class Named(Protocol):
    """What is read of an entity of the registry (``registry._Entity``)."""

    name: str
    is_org: bool
    person_uses: int
    descriptors: set[str]

    @property
    def is_place(self) -> bool: ...


def body_descriptor(noun: str) -> str:
    """The descriptor that records a body described by ``noun`` before its name ("the
    advocacy group Health Rights Watch Africa"), kept apart from the words of titles and
    appositives that describe people."""
    return "body:" + noun


# The words that end a company's name in its legal form, which "the company" and "the
# firm" refer back to ("Angkor Golden Sugar Co Ltd" … "the company said"), and the heads
# that only companies' names end with ("Aegean Crest Holdings", "Caribe Tide Developments").
_COMPANY_FORMS = word_set(
    """co ltd inc corp plc llc limited bhd pty holdings industries enterprises developments
    ventures foods motors airlines airways technologies pharmaceuticals logistics
    textiles"""
)
_COMPANY_NOUNS = frozenset(("company", "firm", "corporation"))
# ... and the descriptors of a body described by its trade ("Hefei-based automaker Zhixing
# Motors", "Southern Vale, a water utility,"), which those nouns refer back to as well.
_TRADE_DESCRIPTORS = frozenset(body_descriptor(noun) for noun in COMPANY_TRADES)
# Nouns said of any body at all: "the group" may be any organisation, so a name holding
# the word ("UnitedHealth Group") is no evidence; only a body described with it is.
_LOOSE = frozenset(("group", "organisation", "organization", "groups"))


def is_company(descriptors: set[str]) -> bool:
    """Whether a body's descriptors say it is a company described by its trade."""
    return not descriptors.isdisjoint(_TRADE_DESCRIPTORS)


def has_company_form(name: str) -> bool:
    """Whether a name ends in a company's legal form or a head only companies' names have
    ("Mercury LLC", "Aegean Crest Holdings")."""
    return clean_word(name.rsplit(None, 1)[-1]).lower() in _COMPANY_FORMS


def company_cue(tokens: Sequence[Token], at: int) -> str | None:
    """The trade that the words before the name at ``tokens[at]`` give a company, if they
    introduce one: a trade no person is called by ("Hefei-based automaker Zhixing Motors",
    "the lender Banco Andino", but not "a lender Russia backs", a relative clause), or the
    shares traded in it ("Shares in Nordvik Marine fell", "shares of Orkla"), which make it
    a company."""
    if at < 1:
        return None
    before = clean_word(tokens[at - 1].text).lower()
    if before in COMPANY_ONLY_TRADES and (at < 2 or tokens[at - 2].lower not in ("a", "an")):
        return before
    if before in ("in", "of") and at >= 2 and tokens[at - 2].lower in ("shares", "stock"):
        return "company"
    return None


def resolve_body(
    mentions: Sequence[tuple[int, Named]], mention: Mention, position: int
) -> str | None:
    """The organisation a definite body noun refers back to: of the registry's
    ``mentions``, the body last named before ``position`` whose name holds the noun ("the
    Ministry of Manpower (MOM)" … "the ministry said") or that the article described with it
    just before its name ("the advocacy group Health Rights Watch Africa" … "the group
    said"). None when no such body was named; the mention is then credited as written, as
    before. Places and people are never it, whatever their names hold ("New England",
    "Justice Frank Nervo").

    Wire and international style name a body in full once and then by its noun, as they
    name a person by surname."""
    words = [d for d in mention.descriptors if d != "the"]
    if (
        mention.descriptors[:1] != ("the",)
        or not 1 <= len(words) <= 3
        or words[-1] not in ORG_NOUNS
    ):
        return None
    noun = words[-1]
    # "the hurricane center" for the National Hurricane Center: the words before the noun
    # must be words of the body's name.
    named_by = set(words[:-1])
    marker = body_descriptor(noun)
    best: tuple[int, str, bool] | None = None
    for at, entity in mentions:
        if at >= position or (best is not None and at < best[0]):
            continue
        if best is not None and at == best[0] and len(entity.name) <= len(best[1]):
            continue  # one mention read as two names: the fuller one
        if not entity.is_org or entity.is_place or entity.person_uses:
            continue
        described = marker in entity.descriptors or (
            noun in _COMPANY_NOUNS and is_company(entity.descriptors)
        )
        if not described and any(w in GIVEN_NAMES for w in entity.name.split()[1:]):
            # "Manhattan Supreme Court Justice Frank Nervo": a person, titled; a body the
            # article described with the noun is one, whatever it holds ("Nordvik Marine").
            continue
        words_of_name = {clean_word(w).lower() for w in entity.name.split()}
        by_name = (
            noun not in _LOOSE
            and " " in entity.name
            and (
                noun in words_of_name
                or (noun in _COMPANY_NOUNS and not words_of_name.isdisjoint(_COMPANY_FORMS))
            )
        )
        if named_by and not (by_name and named_by <= words_of_name):
            continue
        if described or by_name:
            only_by_trade = not by_name and marker not in entity.descriptors
            best = (at, entity.name, only_by_trade)
    if best is None:
        return None
    if best[2] and _named_since(mentions, best[0], position):
        # A company known only by its trade is "the company" while no other body has been
        # named since: "the retailer Amazon … a drop in the oil giant Exxon Mobil. The
        # company reported" is Exxon, which nothing described.
        return None
    return best[1]


def _named_since(mentions: Sequence[tuple[int, Named]], since: int, position: int) -> bool:
    """Whether a body other than a defined abbreviation ("(EBITA)") is named after ``since``
    and before ``position``: a name known as a body's, or one of several words that no
    sentence used as a person's ("the oil giant Exxon Mobil")."""
    return any(
        since < at < position
        and (entity.is_org or " " in entity.name)
        and not entity.is_place
        and not entity.person_uses
        and not entity.name.isupper()
        for at, entity in mentions
    )
