"""What a name mention tells the registry, apart from where it is (``NameFacts``): the
same for every mention written alike, so worked out once for each wording."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from framediff.attribution.lexicon import (
    DETERMINERS,
    GIVEN_NAMES,
    PARTICLES,
    canonical_key,
    is_org_name,
    is_title_word,
    name_words,
)


@dataclass(frozen=True)
class NameFacts:
    """What a name mention tells the registry, apart from where it is: the same for every
    mention written alike, so worked out once (``name_facts``)."""

    name: str
    words: int
    # Keys of its last and first words (``canonical_key``).
    surname: str
    given: str
    is_org: bool
    # Its descriptors but determiners, which say nothing of who it is.
    descriptors: tuple[str, ...]
    # Its first word is a known given name: a person.
    given_name: bool
    # A use as a place (see ``name_facts``).
    place_of: bool
    # It has a title that makes it a person when it is not what a role belongs to.
    titled: bool
    # The key of the word before the surname in a name of three words or more, particles
    # aside ("Berlanga" of "Ana Lucía Berlanga Garza", "Quiroga" of "Norma Quiroga de
    # Lamas"): Spanish and Portuguese names carry two surnames and the papers refer back by
    # the first. Empty for shorter names and bodies.
    inner: str = ""


@lru_cache(maxsize=1 << 16)  # an article repeats its names, and a corpus its famous ones
def name_facts(name: str, descriptors: tuple[str, ...]) -> NameFacts:
    parts = name_words(name)  # "de Blasio" is a surname alone
    given_name = parts[0] in GIVEN_NAMES
    # "the former governor of Florida": the name after a role and "of" is where or what
    # the role belongs to, not the person who holds it.
    role_of = not given_name and descriptors[-1:] == ("of",)
    is_org = is_org_name(name)
    words = [part for part in parts if part.lower() not in PARTICLES] if len(parts) > 2 else ()
    return NameFacts(
        name=name,
        words=len(parts),
        surname=canonical_key(parts[-1]),
        given=canonical_key(parts[0]),
        is_org=is_org,
        descriptors=tuple(d for d in descriptors if d not in DETERMINERS),
        given_name=given_name,
        # "Chief of Staff Denis McDonough": a longer name after "of" holds the end of the
        # title and the person, so it is no place use (nor, after a role, a person use).
        place_of=role_of and len(parts) <= 2,
        titled=not role_of and any(is_title_word(d) for d in descriptors),
        # Not a given name: "Sarah Jessica Parker" is no Jessica of another sentence.
        inner=canonical_key(words[-2])
        if len(words) > 2 and not is_org and words[-2] not in GIVEN_NAMES
        else "",
    )
