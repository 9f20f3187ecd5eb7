"""A body referred back to by its common noun: "the ministry", "the group", "the commission"."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from framediff.attribution.lexicon import GIVEN_NAMES, ORG_NOUNS, clean_word
from framediff.attribution.names import Mention


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
# firm" refer back to ("Angkor Golden Sugar Co Ltd" … "the company said").
_COMPANY_FORMS = frozenset(("co", "ltd", "inc", "corp", "plc", "llc", "limited", "bhd", "pty"))
_COMPANY_NOUNS = frozenset(("company", "firm", "corporation"))
# Nouns said of any body at all: "the group" may be any organisation, so a name holding
# the word ("UnitedHealth Group") is no evidence; only a body described with it is.
_LOOSE = frozenset(("group", "organisation", "organization", "groups"))


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
    if mention.descriptors[:1] != ("the",) or len(words) != 1 or words[0] not in ORG_NOUNS:
        return None
    noun = words[0]
    marker = body_descriptor(noun)
    best: tuple[int, str] | None = None
    for at, entity in mentions:
        if at >= position or (best is not None and at < best[0]):
            continue
        if best is not None and at == best[0] and len(entity.name) <= len(best[1]):
            continue  # one mention read as two names: the fuller one
        if not entity.is_org or entity.is_place or entity.person_uses:
            continue
        if any(w in GIVEN_NAMES for w in entity.name.split()[1:]):
            continue  # "Manhattan Supreme Court Justice Frank Nervo": a person, titled
        words_of_name = {clean_word(w).lower() for w in entity.name.split()}
        if marker in entity.descriptors or (
            noun not in _LOOSE
            and " " in entity.name
            and (
                noun in words_of_name
                or (noun in _COMPANY_NOUNS and not words_of_name.isdisjoint(_COMPANY_FORMS))
            )
        ):
            best = (at, entity.name)
    return best[1] if best is not None else None
