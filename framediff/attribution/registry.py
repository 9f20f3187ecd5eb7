"""The people and bodies one article names, and the resolver that turns a speaker phrase into
one of them (a name, a role such as "the Ukrainian leader", a pronoun)."""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import accumulate

from framediff.attribution.ages import only_an_age
from framediff.attribution.bodies import has_company_form, is_company, resolve_body
from framediff.attribution.capitals import in_runs
from framediff.attribution.lexicon import (
    DETERMINERS,
    FEMALE_NAMES,
    FEMALE_TITLES,
    LEADER_ROLES,
    MALE_NAMES,
    MALE_TITLES,
    PLACE_NAMES,
    PRONOUNS,
    QUALIFIERS,
    ROLE_NOUNS,
    ROLE_SYNONYMS,
    canonical_key,
    given_names_compatible,
    is_org_name,
    name_words,
)
from framediff.attribution.mention_shapes import lone_word, the_document
from framediff.attribution.name_facts import NameFacts, name_facts
from framediff.attribution.names import Mention
from framediff.ingest.lexicon import SECTION_WORDS


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
        return self.place_uses > 0 or all(part in PLACE_NAMES for part in self.name.split())

    @property
    def gender(self) -> str:
        """The gender as "female", "male" or "" (unknown), from the given name or a title."""
        if self.descriptors & FEMALE_TITLES or self.name.split()[0] in FEMALE_NAMES:
            return "female"
        if self.descriptors & MALE_TITLES or self.name.split()[0] in MALE_NAMES:
            return "male"
        return ""


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
        # (position, paragraph, entity) of each sentence's subject when it is a name, in
        # text order: "Darragh Moran rejected the criticism." (see ``build_registry``).
        self.sentence_subjects: list[tuple[int, int, _Entity]] = []

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
        entity = self._find(name)
        return entity.name if entity is not None else name

    def is_place(self, name: str) -> bool:
        return self.facts_of(name)[1]

    def is_org(self, name: str) -> bool:
        return self.facts_of(name)[0]

    def resolve_role(self, mention: Mention, position: int) -> str | None:
        """The person a definite description ("the Ukrainian leader") refers to."""
        wanted = {d for d in mention.descriptors if d not in DETERMINERS}
        heads = wanted & ROLE_NOUNS
        for head in list(heads):  # "the envoy" for an ambassador (``ROLE_SYNONYMS``)
            heads |= ROLE_SYNONYMS.get(head, frozenset())
        wanted |= heads
        best: tuple[int, int, str] | None = None
        # Only an entity with one of the wanted descriptors (or, for "leader", a leader's
        # title) can score; the index finds those without reading every entity.
        self._index()
        keys = wanted | LEADER_ROLES if "leader" in heads else wanted
        for entity in self._having(self._by_descriptor, keys):
            if entity.first >= position or entity.is_org:
                continue
            if heads and (entity.descriptors & QUALIFIERS) - wanted:
                continue  # "the minister" is not the shadow minister, nor a deputy minister
            score = len(wanted & entity.descriptors)
            # "leader" is how writers refer back to whoever holds the top office.
            if "leader" in heads and entity.descriptors & LEADER_ROLES:
                score += 1
            elif heads and not (heads & entity.descriptors):
                continue
            if score == 0:
                continue
            last = entity.last_mention_before(position)
            candidate = (score, last, entity.name)
            if best is None or candidate[:2] > best[:2]:
                best = candidate
        return best[2] if best is not None else None

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


def _standing(entity: _Entity) -> tuple[int, int]:
    """How an entity ranks among those a name fits: most mentioned, then first introduced."""
    return len(entity.mentions), -entity.first


def _stem(word: str) -> str:
    """A crude key that lets "retiree" meet "retired" and "teacher" meet "teaches"."""
    return word[:5] if len(word) >= 6 else word


class Resolver:
    """Turns speaker mentions into names, using everything the article says about people."""

    def __init__(
        self,
        registry: Registry,
        lowercase_words: Container[str],
        *,
        capital_runs: Sequence[tuple[int, int]] = (),
    ) -> None:
        self.registry = registry
        # Headings set in capitals inside paragraphs (``capitals.capital_runs``).
        self.capital_runs = capital_runs
        # Words the article writes in lower case: "Tunnels" opening a sentence of an article
        # that also says "tunnels" is that word, not a name.
        self.lowercase_words = lowercase_words
        # (position, paragraph, name, is_org) of every attribution subject, in text order.
        self.subjects: list[_Subject] = []
        # The same, for each agreement a pronoun asks for: subjects it may refer to.
        self._agreeing: dict[_Agreement, list[_Subject]] = {a: [] for a in _AGREEMENTS}
        # For pronouns no subject resolves: bounds over the registry's mentions and, per
        # agreement, the mentions that can be antecedents (made on first use).
        self._mention_index: tuple[int, list[int], list[int]] | None = None
        self._antecedents: dict[_Agreement, list[int]] = {}
        # What a name resolves to, and a noted name's (is_org, is_place, gender): an article
        # names its speakers again and again, and each registry look-up splits and keys the
        # name. Valid while the registry is unchanged (``Registry.version``).
        self._known_at = -1
        self._names: dict[str, str | None] = {}
        self._facts: dict[str, tuple[bool, bool, str]] = {}

    def resolve(self, mention: Mention, paragraph: int) -> str | None:
        if mention.kind == "name" and mention.name is not None:
            name: str | None = mention.name
            if in_runs(self.capital_runs, mention.start, mention.end) is not None:
                name = _after_capitals(mention.name)
            if name is None:
                return None
            self._check_known()
            if name not in self._names:
                canonical = self.registry.canonical(name)
                # A section's name alone is a page label, unless it is the surname of a
                # person named in full ("Ezequiel “Cheki” Us … Us said").
                label = _is_section_word(name) and not (
                    " " in canonical and not self.registry.is_org(canonical)
                )
                common = label or self._common_word(name)
                self._names[name] = None if common else canonical
            return self._names[name]
        if mention.kind == "role":
            # "According to the ministry": a body's noun is the body, never a person whose
            # title mentions it ("the ministry's assistant undersecretary").
            body = resolve_body(self.registry.mentions, mention, mention.start)
            role = body or self.registry.resolve_role(mention, mention.start)
            if role is None and only_an_age(mention.descriptors):
                # "Crane operator Sami Östman has worked … / “…,” the 34-year-old said": an
                # age given only as it refers back is the named subject of the sentence before.
                lead = self._sentence_subject(False, "-", mention.start, paragraph)
                role = lead[1] if lead is not None else None
            return role or mention.text
        if mention.kind == "generic":
            return mention.text
        if mention.kind == "description":
            described = self.registry.resolve_description(mention, mention.start)
            if described is None and the_document(mention):
                # "In a statement, the Ministry of Health said … This is what the statement
                # says:": a document with no issuer of its own speaks for whoever was last
                # reported speaking, in its paragraph or the one before (who issued it).
                return self.last_subject(mention.start, paragraph)
            return described
        position = mention.start
        gender = PRONOUNS.get(mention.text.lower(), "")
        want_org = gender in ("plural", "thing")
        # A pronoun's gender rules out people known to be of the other one.
        clash = {"male": "female", "female": "male"}.get(gender, "-")
        lead = self._sentence_subject(want_org, clash, position, paragraph)
        found = self._nearest_subject_at((want_org, clash), position, paragraph)
        if gender == "female":
            # Few given names are known, so one known to agree is strong evidence; but not
            # past a subject of no known gender in this paragraph or the one before ("…,
            # says Aiko Moriyama at Kyoto University. ‘…,’ she says": most given names of
            # the world are in no list).
            female = self._nearest_subject_at(_FEMALE, position, paragraph)
            nearer = self._nearest_subject_at((want_org, clash), position, paragraph + 1)
            if female is not None and not (nearer and nearer[0] > female[0]):
                return _later(female, lead)
        if found is not None or lead is not None:
            return _later(found, lead)
        return self._nearest_mention((want_org, clash), position)

    def _sentence_subject(
        self, want_org: bool, clash: str, position: int, paragraph: int
    ) -> tuple[int, str] | None:
        """The subject of the latest sentence before ``position``, in this paragraph or the
        one before, when it is a name that agrees with the pronoun.

        A pronoun that opens an attribution most often refers to the subject of the
        sentence before it, whatever its verb (the centering account of pronouns): "Darragh
        Moran rejected the criticism. He told the House …" is Moran speaking, though the
        last person reported as *saying* something was someone else. Only a name that is a
        person or a body can be it: a place, or one capitalised word seen once ("Ministers
        are divided"), is not.
        """
        subjects = self.registry.sentence_subjects
        k = bisect_left(subjects, position, key=lambda subject: subject[0])
        if not k:
            return None
        at, where, entity = subjects[k - 1]
        if where < paragraph - 1 or entity.is_org != want_org or entity.gender == clash:
            return None
        if entity.is_place or lone_word(entity.name, len(entity.mentions)):
            return None
        if self._common_word(entity.name):
            return None  # "Fundraising was stagnant": a common word opening the sentence
        return at, entity.name

    def _nearest_subject_at(
        self, agreement: _Agreement, position: int, paragraph: int
    ) -> tuple[int, str] | None:
        """The last subject before ``position`` that agrees with a pronoun, if it is at most
        two paragraphs back (paragraphs follow text order, so an earlier one is further),
        with its position."""
        agreeing = self._agreeing[agreement]
        before = bisect_left(agreeing, position, key=_position)
        if before and agreeing[before - 1][1] >= paragraph - 2:
            return agreeing[before - 1][0], agreeing[before - 1][2]
        return None

    def _nearest_mention(self, agreement: _Agreement, position: int) -> str | None:
        """The entity of the last name mention before ``position`` that can be the antecedent
        of a pronoun of this agreement: not a place, not one capitalised word seen once."""
        mentions = self.registry.mentions
        if self._mention_index is None or self._mention_index[0] != len(mentions):
            # Mentions are in the order the registry added them: by paragraph, and nearly by
            # position inside one. Running bounds tell which are surely before a position.
            positions = [pos for pos, _ in mentions]
            highest = list(accumulate(positions, max))
            lowest = list(accumulate(reversed(positions), min))[::-1]
            self._mention_index = (len(mentions), highest, lowest)
            self._antecedents = {}
        _, highest, lowest = self._mention_index
        if agreement not in self._antecedents:
            want_org, clash = agreement
            self._antecedents[agreement] = [
                k
                for k, (_, entity) in enumerate(mentions)
                if entity.is_org == want_org
                and entity.gender != clash
                # "in Manitoba": a place named in passing is nobody's antecedent
                and not entity.is_place
                # one capitalised word seen once ("Nobody asked"): not a person
                and not lone_word(entity.name, len(entity.mentions))
                and not self._common_word(entity.name)
            ]
        surely_before = bisect_left(highest, position)  # mentions before it are all before
        maybe_before = bisect_left(lowest, position)  # mentions from it on are all after
        antecedents = self._antecedents[agreement]
        for k in range(maybe_before - 1, surely_before - 1, -1):
            if mentions[k][0] < position and _is_in(antecedents, k):
                return mentions[k][1].name
        nearest = bisect_left(antecedents, surely_before)
        return mentions[antecedents[nearest - 1]][1].name if nearest else None

    def _common_word(self, name: str) -> bool:
        """A one-word "name" seen once that the article also writes in lower case, or a
        gerund it writes in lower case too ("Fundraising was stagnant" in an article about
        fundraising): a common word opening a sentence."""
        if " " in name or name.lower() not in self.lowercase_words:
            return False
        if " " in self.registry.canonical(name):
            return False
        return name.endswith("ing") or self.registry.mention_count(name) <= 1

    def _subjects_before(self, position: int) -> int:
        """How many subjects lie before offset ``position``."""
        return bisect_left(self.subjects, position, key=_position)

    def last_subject(self, position: int, paragraph: int) -> str | None:
        """Whoever was last reported as speaking, in this paragraph or the one before."""
        before = self._subjects_before(position)
        if before and self.subjects[before - 1][1] >= paragraph - 1:
            return self.subjects[before - 1][2]
        return None

    def other_subject(self, speaker: str | None, start: int, end: int) -> bool:
        """Whether someone other than ``speaker`` is reported as speaking between offsets
        ``start`` and ``end`` (the subject of a speech verb there)."""
        first, last = self._subjects_before(start), self._subjects_before(end)
        return any(self.subjects[k][2] != speaker for k in range(first, last))

    def _check_known(self) -> None:
        if self._known_at != self.registry.version:
            self._known_at = self.registry.version
            self._names.clear()
            self._facts.clear()

    def _facts_of(self, name: str) -> tuple[bool, bool, str]:
        """``registry.facts_of(name)``, kept while the registry is unchanged."""
        self._check_known()
        facts = self._facts.get(name)
        if facts is None:
            facts = self._facts[name] = self.registry.facts_of(name)
        return facts

    def note(self, position: int, paragraph: int, name: str) -> None:
        # Kept in text order as it grows: a long article notes thousands of subjects.
        is_org, is_place, gender = self._facts_of(name)
        subject = (position, paragraph, name, is_org)
        insort(self.subjects, subject)
        if is_place and not is_org:
            # A place that speaks ("Ethiopia has accused …") is its government: never "he"
            # or "she". "it" and "they" may refer back to the bodies the lexicon knows
            # (countries, capitals, states); to another place ("said Del." read as a
            # region) nothing does.
            return
        agreements = _AGREEING.get((is_org, gender))
        if agreements is None:
            agreements = tuple(a for a in _AGREEMENTS if _agrees(a, is_org, gender))
        for agreement in agreements:
            insort(self._agreeing[agreement], subject)


_Subject = tuple[int, int, str, bool]


def _is_section_word(name: str) -> bool:
    """A newspaper's section name alone ("News", "Business", "Sports"), as left of an
    outlet's name cut at its punctuation ("Yahoo! News"): a page label, never a speaker."""
    return name.lower() in SECTION_WORDS


def _later(a: tuple[int, str] | None, b: tuple[int, str] | None) -> str | None:
    """The name of whichever of two (position, name) candidates comes later in the text."""
    if a is None or (b is not None and b[0] > a[0]):
        return b[1] if b is not None else None
    return a[1]


# What a pronoun asks of its antecedent: (an organisation?, the gender it rules out), or
# _FEMALE for the first, stricter search "she" makes (a person known to be female).
_Agreement = tuple[bool, str]
_FEMALE: _Agreement = (False, "female only")
_AGREEMENTS: tuple[_Agreement, ...] = (
    _FEMALE,
    (False, "female"),
    (False, "male"),
    (False, "-"),
    (True, "-"),
)


def _agrees(agreement: _Agreement, is_org: bool, gender: str) -> bool:
    if agreement == _FEMALE:
        return not is_org and gender == "female"
    want_org, clash = agreement
    return is_org == want_org and gender != clash


# The agreements a subject meets, by (an organisation?, gender), for the genders the
# registry gives.
_AGREEING = {
    (is_org, gender): tuple(a for a in _AGREEMENTS if _agrees(a, is_org, gender))
    for is_org in (False, True)
    for gender in ("female", "male", "")
}


def _is_in(ordered: Sequence[int], value: int) -> bool:
    k = bisect_left(ordered, value)
    return k < len(ordered) and ordered[k] == value


def _position(subject: _Subject) -> int:
    return subject[0]


def _after_capitals(name: str) -> str | None:
    """The name left once the words of a heading in capitals are dropped from its front
    ("KILLED IN ISTANBUL EXPLOSION Turkish President Recep Tayyip Erdogan"), or None."""
    words = name.split()
    while words and words[0].upper() == words[0] and any(c.isalpha() for c in words[0]):
        words.pop(0)
    return " ".join(words) or None
