"""The people and bodies one article names, with their titles and the words that describe
them, and the look-ups that find one by a name, a role or a description (the resolver,
``resolver.py``, turns a speaker phrase into one of them)."""

from __future__ import annotations

import unicodedata
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from framediff.attribution.bodies import has_company_form, is_company
from framediff.attribution.lexicon import (
    DETERMINERS,
    FEMALE_NAMES,
    FEMALE_TITLES,
    LEADER_ROLES,
    MALE_NAMES,
    MALE_TITLES,
    ORG_NOUNS,
    PLACE_NAMES,
    QUALIFIERS,
    ROLE_NOUNS,
    canonical_key,
    given_names_compatible,
    is_org_name,
    name_words,
    word_set,
)
from framediff.attribution.name_facts import NameFacts, name_facts
from framediff.attribution.names import Mention
from framediff.attribution.role_synonyms import ROLE_SYNONYMS


@dataclass
class _Entity:
    name: str
    descriptors: set[str]
    first: int
    mentions: list[int]
    is_org: bool
    # Mentions as the object of a preposition of place ("in Manitoba") and as a person
    # (with a title, a role or a given name): a name seen only as a place is a place.
    place_uses: int = 0
    person_uses: int = 0
    # ``mentions`` in ascending order, made when first asked for (mentions are all added
    # before any is looked up): the last mention before a position is then a bisection.
    _sorted_mentions: list[int] | None = field(default=None, repr=False, compare=False)
    # The stems of ``descriptors`` (see ``_stem``), set by the registry's index.
    stems: frozenset[str] = field(default=frozenset(), repr=False, compare=False)
    # How many words ``name`` has, kept with it: each mention asks whether it is fuller.
    words: int = field(default=1, repr=False, compare=False)

    def last_mention_before(self, position: int) -> int:
        """The latest mention before ``position`` (the caller knows there is one)."""
        if self._sorted_mentions is None or len(self._sorted_mentions) != len(self.mentions):
            self._sorted_mentions = sorted(self.mentions)
        return self._sorted_mentions[bisect_left(self._sorted_mentions, position) - 1]

    @property
    def is_place(self) -> bool:
        """A region by name, or a name the article writes as a place and never as a person."""
        if self.person_uses:
            return False
        if (
            " " in self.name
            and self.name.rsplit(" ", 1)[1] in _PLACE_NAME_ENDS
            and _given_gender(self.name.split()[0]) == ""
        ):
            return True  # "the field above Moore Bay", "Hawick High Street"; not Ricki Lake
        return self.place_uses > 0 or all(part in PLACE_NAMES for part in self.name.split())

    @property
    def gender(self) -> str:
        """The gender as "female", "male" or "" (unknown), from the given name or a title."""
        given = _given_gender(self.name.split()[0])
        if self.descriptors & FEMALE_TITLES or given == "female":
            return "female"
        if self.descriptors & MALE_TITLES or given == "male":
            return "male"
        return ""


@lru_cache(maxsize=1 << 12)
def _given_gender(word: str) -> str:
    """The gender a given name tells: the lexicon's, with its accents folded ("Éric" is
    Eric, "Chloé" Chloe) and, for a compound, by its first part ("Jean-Marc")."""
    for name in (word, _folded(word), _folded(word.split("-", 1)[0])):
        if name in FEMALE_NAMES:
            return "female"
        if name in MALE_NAMES:
            return "male"
    return ""


def _folded(word: str) -> str:
    """``word`` without its accents."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


class Registry:
    """The people and bodies an article names, in order of mention, with their titles."""

    def __init__(self) -> None:
        self._entities: list[_Entity] = []
        self._by_surname: dict[str, list[_Entity]] = {}
        # Entities by the key of their first word: "Mary" finds "Mary Kakegamic" without
        # reading every entity of a long article.
        self._by_given: dict[str, list[_Entity]] = {}
        self._by_inner: dict[str, list[_Entity]] = {}
        # Indexes for resolving descriptions, made on the first look-up after the last
        # change: entity numbers (creation order) by descriptor and by descriptor stem.
        self._changes = 0
        self._indexed_at = -1
        self._by_descriptor: dict[str, list[int]] = {}
        self._by_stem: dict[str, list[int]] = {}
        # (position, entity) of every mention, in text order, for pronoun resolution.
        self.mentions: list[tuple[int, _Entity]] = []
        # Abbreviations defined in brackets after a body's name ("… Association (LPZA)").
        self._defined: dict[str, str] = {}
        # (position, paragraph, entity) of each sentence's subject when it is a name, in
        # text order: "Darragh Moran rejected the criticism." (see ``build_registry``).
        self.sentence_subjects: list[tuple[int, int, _Entity]] = []

    def entity(self, name: str) -> _Entity | None:
        """The entity named ``name`` exactly, if any."""
        return self._find(name)

    def _find(self, name: str) -> _Entity | None:
        parts = name_words(name)
        return self._lookup(name, canonical_key(parts[-1]), len(parts) == 1)

    def _lookup(self, name: str, surname: str, one_word: bool) -> _Entity | None:
        """The entity ``name`` (of surname key ``surname``) refers to, if any."""
        candidates = self._by_surname.get(surname, [])
        if one_word:
            fitting = candidates  # a bare surname fits every given name
        else:
            fitting = [e for e in candidates if given_names_compatible(e.name, name)]
        if not fitting and one_word:
            # "Mary replied" after "Mary Kakegamic, who is 81,": features and local news call
            # ordinary people by their given name once introduced. Only one person of that
            # given name may fit, and never an organisation.
            # So do Spanish and Portuguese papers by the first of two surnames ("Berlanga"
            # for Ana Lucía Berlanga Garza, ``NameFacts.inner``), and business pages a
            # company described by its trade by its first word ("the investment bank
            # Centerview Partners" … "Centerview").
            key = canonical_key(name)
            fitting = [
                e
                for e in {
                    id(e): e for e in (*self._by_given.get(key, ()), *self._by_inner.get(key, ()))
                }.values()
                if " " in e.name
                and (not e.is_org or is_company(e.descriptors) or has_company_form(e.name))
            ]
            if len(fitting) != 1:
                return None
        if not fitting:
            return None
        if len(fitting) == 1:
            return fitting[0]
        # A bare surname means whoever of that name the article mentions most ("Clinton"
        # in a campaign story is Hillary Clinton even after one mention of Bill Clinton).
        return max(fitting, key=_standing)

    def add(
        self, mention: Mention, *, as_place: bool = False, as_modifier: bool = False
    ) -> _Entity | None:
        """Add a mention. ``as_modifier``: the name modifies the noun for people after it
        ("the former Florida governor", "new California voters"), so the words before it
        describe that noun, not the name, and say nothing of whether it is a person."""
        if mention.name is None:
            return None
        facts = name_facts(mention.name, mention.descriptors)
        return self.add_name(facts, mention.start, as_place=as_place, as_modifier=as_modifier)

    def add_name(
        self, facts: NameFacts, start: int, *, as_place: bool, as_modifier: bool
    ) -> _Entity:
        """``add`` for a name mention at offset ``start`` whose facts are known."""
        entity = self._lookup(facts.name, facts.surname, facts.words == 1)
        if entity is None and facts.inner and not facts.is_org:
            entity = self._named_by_first_surname(facts)
        if entity is None:
            entity = _Entity(facts.name, set(), start, [], facts.is_org, words=facts.words)
            self._entities.append(entity)
            self._by_surname.setdefault(facts.surname, []).append(entity)
            self._by_given.setdefault(facts.given, []).append(entity)
            if facts.inner:
                self._by_inner.setdefault(facts.inner, []).append(entity)
        elif facts.words > entity.words:
            old_given = canonical_key(name_words(entity.name)[0])
            entity.name = facts.name  # the fullest form introduced in the article
            entity.words = facts.words
            entity.is_org = facts.is_org
            if facts.given != old_given:
                bucket = self._by_given[old_given]
                bucket[:] = [e for e in bucket if e is not entity]
                self._by_given.setdefault(facts.given, []).append(entity)
        self._changes += 1
        if not as_modifier:
            entity.descriptors.update(facts.descriptors)
        entity.place_uses += as_place or facts.place_of
        entity.person_uses += facts.given_name or (facts.titled and not as_modifier)
        entity.mentions.append(start)
        self.mentions.append((start, entity))
        return entity

    def _named_by_first_surname(self, facts: NameFacts) -> _Entity | None:
        """The one person named so far by one word only, when that word is the first of the
        two surnames of the full name now introduced: a headline calls "Rodrigo Benitez
        Aranda" "Paraguay's Benitez", as Spanish and Portuguese papers do after it. Such a
        name has one or two given names and two surnames: four words at most."""
        if facts.words > 4:
            return None  # "U.S. History Makes Latinos Feel": a title's words, no name
        lone = [e for e in self._by_surname.get(facts.inner, ()) if e.words == 1 and not e.is_org]
        if len(lone) != 1:
            return None
        self._by_surname.setdefault(facts.surname, []).append(lone[0])
        self._by_inner.setdefault(facts.inner, []).append(lone[0])
        return lone[0]

    def settle(self, entity: _Entity, *, is_org: bool, person_use: bool = False) -> None:
        """Whether ``entity`` is a body, as its context settles it (an appositive, a
        transcript's label), and one more use of it as a person when ``person_use``. Through
        here, so that what was worked out from the entities is worked out again."""
        self._changes += 1
        entity.is_org = is_org
        entity.person_uses += person_use

    def describe(self, entity: _Entity, words: set[str]) -> None:
        """Add descriptors read around a mention (an appositive) to ``entity``."""
        self._changes += 1
        entity.descriptors.update(words)

    def _index(self) -> None:
        if self._indexed_at == self._changes:
            return
        self._by_descriptor, self._by_stem = {}, {}
        for n, entity in enumerate(self._entities):
            entity.stems = frozenset(_stem(d) for d in entity.descriptors)
            for descriptor in entity.descriptors:
                self._by_descriptor.setdefault(descriptor, []).append(n)
            for stem in entity.stems:
                self._by_stem.setdefault(stem, []).append(n)
        self._indexed_at = self._changes

    def _having(self, index: dict[str, list[int]], keys: Iterable[str]) -> list[_Entity]:
        """Entities (in creation order) with at least one of ``keys`` in ``index``."""
        found: set[int] = set()
        for key in keys:
            found.update(index.get(key, ()))
        return [self._entities[n] for n in sorted(found)]

    def mention_count(self, name: str) -> int:
        entity = self._find(name)
        return len(entity.mentions) if entity is not None else 0

    def first_mention(self, name: str) -> int | None:
        """Where the article first names whoever ``name`` is, if it names them."""
        entity = self._find(name)
        return entity.first if entity is not None else None

    @property
    def version(self) -> int:
        """A number that changes whenever an entity does: what was read from the registry
        holds while it stays the same."""
        return self._changes

    def facts_of(self, name: str) -> tuple[bool, bool, str]:
        """``is_org(name)``, ``is_place(name)`` and ``gender_of(name)``, from one look-up."""
        entity = self._find(name)
        if entity is None:
            return is_org_name(name), all(part in PLACE_NAMES for part in name.split()), ""
        return entity.is_org, entity.is_place, entity.gender

    def gender_of(self, name: str) -> str:
        return self.facts_of(name)[2]

    def canonical(self, name: str) -> str:
        if name in self._defined:
            return self._defined[name]
        entity = self._find(name)
        return entity.name if entity is not None else name

    def define(self, abbreviation: str, name: str) -> None:
        """Note that ``abbreviation`` was defined in brackets after the name ``name``."""
        self._defined.setdefault(abbreviation, name)

    def is_place(self, name: str) -> bool:
        return self.facts_of(name)[1]

    def is_org(self, name: str) -> bool:
        return self.facts_of(name)[0]

    def titled_by_initials(self, initials: str, position: int) -> str | None:
        """The person last named before ``position`` whose title's words open with the
        letters of ``initials``: "the SDO" for "the Senior Divisional Officer for Fako,
        Joseph Mbelle Nkongho"; "the CEO" for a "Chief Executive Officer"."""
        found: str | None = None
        for at, entity in self.mentions:
            if at >= position:
                break
            if not entity.is_org and not entity.is_place and _initials_fit(initials, entity):
                found = entity.name
        return found

    def resolve_role(self, mention: Mention, position: int) -> str | None:
        """The person a definite description ("the Ukrainian leader") refers to."""
        wanted = {d for d in mention.descriptors if d not in DETERMINERS}
        heads = wanted & ROLE_NOUNS
        heads_written = set(heads)
        for head in list(heads):  # "the envoy" for an ambassador (``ROLE_SYNONYMS``)
            heads |= ROLE_SYNONYMS.get(head, frozenset())
        wanted |= heads
        # The body whose person it is, when the description names one by its noun.
        bodies = (wanted - heads) & ORG_NOUNS
        best: tuple[int, int, str] | None = None
        by_synonym = False
        # Only an entity with one of the wanted descriptors (or, for "leader", a leader's
        # title) can score; the index finds those without reading every entity.
        self._index()
        keys = wanted | LEADER_ROLES if "leader" in heads else wanted
        for entity in self._having(self._by_descriptor, keys):
            if entity.first >= position or entity.is_org:
                continue
            if heads and (entity.descriptors & QUALIFIERS) - wanted:
                continue  # "the minister" is not the shadow minister, nor a deputy minister
            if bodies and entity.descriptors & ORG_NOUNS and not bodies & entity.descriptors:
                continue  # "the police spokesman" is not the ministry spokesman
            score = len(wanted & entity.descriptors)
            # The role's own noun before a synonym: "the author" is whoever was called an
            # author, and a novelist only when nobody was.
            score += bool(heads_written & entity.descriptors)
            # "leader" is how writers refer back to whoever holds the top office.
            if "leader" in heads and entity.descriptors & LEADER_ROLES:
                score += 1
            elif heads and not (heads & entity.descriptors):
                continue
            elif not heads and mention.descriptors[-1] not in entity.descriptors:
                continue  # "the city's power distributor" is not whoever sits on the city council
            if score == 0:
                continue
            last = entity.last_mention_before(position)
            candidate = (score, last, entity.name)
            if best is None or candidate[:2] > best[:2]:
                best = candidate
                by_synonym = (
                    bool(heads_written & _LOOSE_ROLES) and not heads_written & entity.descriptors
                )
        if (
            best is not None
            and by_synonym
            and self._person_named_between(best[1], position, best[2])
        ):
            # "A novelist, Peter Kimani, … the author of a 2015 memoir, Grace Ogot Jr. … the
            # author said": a synonym refers back only to the person named last.
            return None
        return best[2] if best is not None else None

    def _person_named_between(self, start: int, end: int, other_than: str) -> bool:
        """Whether a person whose role the article did not give (no body, no place, no
        descriptor) is mentioned between two offsets: one who may be what the synonym
        says ("the author of a 2015 memoir, Grace Ogot Jr."). A person described as
        something else ("Prof. Babatunde Ogunleye, a former Vice-Chancellor") is not."""
        k = bisect_left(self.mentions, start + 1, key=_mention_position)
        for position, entity in self.mentions[k:]:
            if position >= end:
                return False
            if entity.name.rsplit(" ", 1)[-1] == other_than.rsplit(" ", 1)[-1]:
                continue  # the same person ("Novelist Okafor-Bello" in the headline)
            if " " in entity.name and not (entity.is_org or entity.is_place or entity.descriptors):
                return True  # a name in full: one word seen once may be a place or a word
        return False

    def resolve_description(self, mention: Mention, position: int) -> str | None:
        """The person a description of a noun no lexicon lists refers to ("the retiree",
        "the shop's owner"): whoever the article introduced with that noun, in an
        appositive ("Jane Doe, a retired teacher,"; "Bob Lee, who owns the shop,") or a
        title. Its head noun must match; None when nobody was so introduced."""
        words = [d for d in mention.descriptors if d not in DETERMINERS]
        if not words:
            return None
        head, wanted = _stem(words[-1]), {_stem(w) for w in words}
        best: tuple[int, int, str] | None = None
        self._index()
        for entity in self._having(self._by_stem, (head,)):
            if entity.first >= position or entity.is_org or entity.is_place:
                continue
            have = entity.stems
            if head not in have:
                continue
            last = entity.last_mention_before(position)
            candidate = (len(wanted & have), last, entity.name)
            if best is None or candidate[:2] > best[:2]:
                best = candidate
        return best[2] if best is not None else None


# The last words of places' names, which no person's name ends with unless the article
# says it is a person's (a title, a given name, words said); not "Lake" or "River", which
# are ("Ricki Lake", "River Phoenix" first); and a day's ("Election Day"), nobody either.
_PLACE_NAME_ENDS = word_set(
    """Bay Beach Harbour Harbor Island Islands Valley Mountains Hills Peninsula Coast Strait
    Street Road Avenue Square Day"""
)


def _standing(entity: _Entity) -> tuple[int, int]:
    """How an entity ranks among those a name fits: most mentioned, then first introduced."""
    return len(entity.mentions), -entity.first


def _stem(word: str) -> str:
    """A crude key that lets "retiree" meet "retired" and "teacher" meet "teaches"."""
    return word[:5] if len(word) >= 6 else word


def _initials_fit(initials: str, entity: _Entity) -> bool:
    """Whether each letter of ``initials`` opens a different word of the entity's
    descriptors, the last a role noun's ("SDO": "senior", "divisional", "officer")."""
    words = [d for d in entity.descriptors if d not in ("of", "for", "the", "and")]
    letters = initials.lower()
    if len(words) < len(letters) or not any(
        w.startswith(letters[-1]) and w in ROLE_NOUNS for w in words
    ):
        return False
    unused = list(words)
    for letter in letters:
        word = next((w for w in unused if w.startswith(letter)), None)
        if word is None:
            return False
        unused.remove(word)
    return True


# Roles whose synonyms are loose: anyone may be the author of something (a memoir, a
# report, a complaint), so "the author" is the novelist only if nobody else was named since.
_LOOSE_ROLES = frozenset(("author", "writer"))


def _mention_position(mention: tuple[int, _Entity]) -> int:
    return mention[0]
