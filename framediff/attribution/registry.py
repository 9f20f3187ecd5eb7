"""The people and bodies one article names, and the resolver that turns a speaker phrase into
one of them (a name, a role such as "the Ukrainian leader", a pronoun)."""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import accumulate

from framediff.attribution.capitals import in_runs
from framediff.attribution.lexicon import (
    DETERMINERS,
    FEMALE_NAMES,
    FEMALE_TITLES,
    GROUP_NOUNS,
    LEADER_ROLES,
    MALE_NAMES,
    MALE_TITLES,
    ORG_NOUNS,
    PLACE_NAMES,
    PRONOUNS,
    ROLE_NOUNS,
    canonical_key,
    clean_word,
    given_names_compatible,
    is_org_name,
    is_title_word,
    word_set,
)
from framediff.attribution.marks import QuoteSpan
from framediff.attribution.names import (
    Mention,
    after_dateline,
    is_place_object,
    may_end_capitalised,
    mention_from_tokens,
    phrase_before,
)
from framediff.attribution.sentences import paragraph_tokens
from framediff.attribution.subjects import is_sentence_adverb
from framediff.attribution.tokens import Token, index_of
from framediff.model import Paragraph


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
        parts = name.split()
        candidates = self._by_surname.get(canonical_key(parts[-1]), [])
        fitting = [e for e in candidates if given_names_compatible(e.name, name)]
        if not fitting and len(parts) == 1:
            # "Mary replied" after "Mary Kakegamic, who is 81,": features and local news call
            # ordinary people by their given name once introduced. Only one person of that
            # given name may fit, and never an organisation.
            fitting = [
                e
                for e in self._by_given.get(canonical_key(name), ())
                if " " in e.name and not e.is_org
            ]
            if len(fitting) != 1:
                return None
        if not fitting:
            return None
        # A bare surname means whoever of that name the article mentions most ("Clinton"
        # in a campaign story is Hillary Clinton even after one mention of Bill Clinton).
        return max(fitting, key=lambda e: (len(e.mentions), -e.first))

    def add(
        self, mention: Mention, *, as_place: bool = False, as_modifier: bool = False
    ) -> _Entity | None:
        """Add a mention. ``as_modifier``: the name modifies the noun for people after it
        ("the former Florida governor", "new California voters"), so the words before it
        describe that noun, not the name, and say nothing of whether it is a person."""
        if mention.name is None:
            return None
        entity = self._find(mention.name)
        if entity is None:
            entity = _Entity(mention.name, set(), mention.start, [], is_org_name(mention.name))
            self._entities.append(entity)
            key = canonical_key(mention.name.split()[-1])
            self._by_surname.setdefault(key, []).append(entity)
            self._by_given.setdefault(canonical_key(entity.name.split()[0]), []).append(entity)
        elif len(mention.name.split()) > len(entity.name.split()):
            old_given = canonical_key(entity.name.split()[0])
            entity.name = mention.name  # the fullest form introduced in the article
            entity.is_org = is_org_name(mention.name)
            new_given = canonical_key(entity.name.split()[0])
            if new_given != old_given:
                bucket = self._by_given[old_given]
                bucket[:] = [e for e in bucket if e is not entity]
                self._by_given.setdefault(new_given, []).append(entity)
        self._changes += 1
        if not as_modifier:
            entity.descriptors.update(d for d in mention.descriptors if d not in DETERMINERS)
        given = mention.name.split()[0] in FEMALE_NAMES | MALE_NAMES
        # "the former governor of Florida": the name after a role and "of" is where or what
        # the role belongs to, not the person who holds it.
        role_of = not given and mention.descriptors[-1:] == ("of",)
        # "Chief of Staff Denis McDonough": a longer name after "of" holds the end of the
        # title and the person, so it is no place use (nor, after a role, a person use).
        entity.place_uses += as_place or (role_of and len(mention.name.split()) <= 2)
        titled = any(is_title_word(d) for d in mention.descriptors)
        entity.person_uses += given or (titled and not role_of and not as_modifier)
        entity.mentions.append(mention.start)
        self.mentions.append((mention.start, entity))
        return entity

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

    def gender_of(self, name: str) -> str:
        entity = self._find(name)
        return entity.gender if entity is not None else ""

    def canonical(self, name: str) -> str:
        entity = self._find(name)
        return entity.name if entity is not None else name

    def is_place(self, name: str) -> bool:
        entity = self._find(name)
        if entity is not None:
            return entity.is_place
        return all(part in PLACE_NAMES for part in name.split())

    def is_org(self, name: str) -> bool:
        entity = self._find(name)
        return entity.is_org if entity is not None else is_org_name(name)

    def resolve_role(self, mention: Mention, position: int) -> str | None:
        """The person a definite description ("the Ukrainian leader") refers to."""
        wanted = {d for d in mention.descriptors if d not in DETERMINERS}
        heads = wanted & ROLE_NOUNS
        best: tuple[int, int, str] | None = None
        # Only an entity with one of the wanted descriptors (or, for "leader", a leader's
        # title) can score; the index finds those without reading every entity.
        self._index()
        keys = wanted | LEADER_ROLES if "leader" in heads else wanted
        for entity in self._having(self._by_descriptor, keys):
            if entity.first >= position or entity.is_org:
                continue
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


def _stem(word: str) -> str:
    """A crude key that lets "retiree" meet "retired" and "teacher" meet "teaches"."""
    return word[:5] if len(word) >= 6 else word


def appositive_words(tokens: Sequence[Token], k: int) -> set[str]:
    """The words of an appositive or relative clause opening at ``tokens[k]`` (after the
    comma that follows a name: "a retired teacher", "who owns the shop"), with the agent
    nouns of its verbs ("owns" gives "owner"), as descriptors of the person named."""
    if k >= len(tokens) or tokens[k].lower not in ("a", "an", "the", "who"):
        return set()
    words: set[str] = set()
    for token in tokens[k + 1 : k + 10]:
        if not token.is_word:
            break
        word = clean_word(token.lower)
        if word in DETERMINERS or word in ("of", "and", "at", "in", "for"):
            continue
        words.add(word)
        if tokens[k].lower == "who" and word.endswith("s") and len(word) > 3:
            base = word[:-2] if word.endswith(("ches", "shes", "sses", "xes")) else word[:-1]
            words.update({base + "er", base + "r", base + "or"})
    return words


class Resolver:
    """Turns speaker mentions into names, using everything the article says about people."""

    def __init__(
        self,
        registry: Registry,
        lowercase_words: frozenset[str],
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

    def resolve(self, mention: Mention, paragraph: int) -> str | None:
        if mention.kind == "name" and mention.name is not None:
            name: str | None = mention.name
            if in_runs(self.capital_runs, mention.start, mention.end) is not None:
                name = _after_capitals(mention.name)
            if name is None or self._common_word(name):
                return None
            return self.registry.canonical(name)
        if mention.kind == "role":
            return self.registry.resolve_role(mention, mention.start) or mention.text
        if mention.kind == "generic":
            return mention.text
        if mention.kind == "description":
            return self.registry.resolve_description(mention, mention.start)
        gender = PRONOUNS.get(mention.text.lower(), "")
        want_org = gender in ("plural", "thing")
        # A pronoun's gender rules out people known to be of the other one.
        clash = {"male": "female", "female": "male"}.get(gender, "-")
        lead = self._sentence_subject(want_org, clash, mention.start, paragraph)
        if gender == "female":
            # Few given names are known, so one known to agree is strong evidence.
            found = self._nearest_subject_at(_FEMALE, mention.start, paragraph)
            if found is not None:
                return _later(found, lead)
        found = self._nearest_subject_at((want_org, clash), mention.start, paragraph)
        if found is not None or lead is not None:
            return _later(found, lead)
        return self._nearest_mention((want_org, clash), mention.start)

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
        if entity.is_place or (len(entity.mentions) == 1 and " " not in entity.name):
            return None
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
                and not (len(entity.mentions) == 1 and " " not in entity.name)
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
        """A one-word "name" seen once that the article also writes in lower case."""
        if " " in name or name.lower() not in self.lowercase_words:
            return False
        return " " not in self.registry.canonical(name) and self.registry.mention_count(name) <= 1

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

    def note(self, position: int, paragraph: int, name: str) -> None:
        # Kept in text order as it grows: a long article notes thousands of subjects.
        subject = (position, paragraph, name, self.registry.is_org(name))
        insort(self.subjects, subject)
        if self.registry.is_place(name) and not subject[3]:
            # A place that speaks ("Ethiopia has accused …") is its government: never "he"
            # or "she". "it" and "they" may refer back to the bodies the lexicon knows
            # (countries, capitals, states); to another place ("said Del." read as a
            # region) nothing does.
            return
        gender = self.registry.gender_of(name)
        for agreement in _AGREEMENTS:
            if _agrees(agreement, subject[3], gender):
                insort(self._agreeing[agreement], subject)


_Subject = tuple[int, int, str, bool]


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


def build_registry(
    text: str,
    paragraphs: Sequence[Paragraph],
    spans: Sequence[QuoteSpan],
    heading_max_tokens: int = 6,
    *,
    capital_runs: Sequence[tuple[int, int]] = (),
    words: Mapping[int, Sequence[Token]] | None = None,
) -> tuple[Registry, dict[int, tuple[list[Token], dict[int, int]]]]:
    """The registry, and each paragraph's tokens with quotations as one token.

    ``words``: the tokens of each whole paragraph (by index) when they have been made."""
    registry = Registry()
    tokenised: dict[int, tuple[list[Token], dict[int, int]]] = {}
    labels = _transcript_labels(text, paragraphs)
    for paragraph in paragraphs:
        whole = words.get(paragraph.index) if words is not None else None
        tokens, where = paragraph_tokens(text, paragraph, spans, whole)
        tokenised[paragraph.index] = (tokens, where)
        if is_heading(tokens, paragraph, heading_max_tokens):
            continue  # a heading or a section word names nobody who speaks
        # A dateline ("FLINT, Mich. —", "Washington (AFP) –") names where, not who.
        i = first = after_dateline(tokens, 0, len(tokens))
        subjects_seen: set[int] = set()  # sentences (by first token) whose first name is read
        while i < len(tokens):
            if not tokens[i].is_word:
                i += 1
                continue
            # Grow a phrase forwards, then classify it the way a speaker phrase would be.
            j = i
            while j < len(tokens) and tokens[j].is_word:
                j += 1
            k = i
            while k < j:
                k += 1
                if (k < j and tokens[k].is_capitalised) or not may_end_capitalised(tokens[k - 1]):
                    continue
                phrase = phrase_before(tokens, k)
                if (
                    len(phrase) == 1
                    and k < len(tokens)
                    and tokens[k].text == ","
                    and is_sentence_adverb(clean_word(phrase[0].text))
                ):
                    continue  # "Significantly, the judge said": an adverb, not a name
                if phrase and phrase[-1].is_capitalised:
                    mention = mention_from_tokens(phrase)
                    if (
                        mention is not None
                        and mention.kind == "name"
                        and in_runs(capital_runs, mention.start, mention.end) is None
                    ):
                        at = index_of(tokens, phrase[0])
                        place = is_place_object(tokens, at) and not is_possessive(phrase[-1])
                        after = index_of(tokens, phrase[-1]) + 1
                        entity = registry.add(
                            mention, as_place=place, as_modifier=_modifies_noun(tokens, after)
                        )
                        if entity is not None and at == 0 and mention.name in labels:
                            # "JOEL BENENSON: This is a man who …": a transcript's speaker,
                            # a person, though written in capitals like an acronym.
                            entity.is_org = False
                            entity.person_uses += 1
                        if entity is not None and after < len(tokens) and tokens[after].text == ",":
                            described = appositive_words(tokens, after + 1)
                            registry.describe(entity, described)
                            if _apposed_body(tokens, after + 1) and not entity.person_uses:
                                entity.is_org = True  # "Southern Vale, a water company,"
                        if (
                            entity is not None
                            and at >= 3
                            and tokens[at - 1].text == ","
                            and clean_word(tokens[at - 2].lower) in ORG_NOUNS
                            and tokens[at - 3].lower in ("the", "a", "an", "its", "their")
                            and not entity.person_uses
                        ):
                            entity.is_org = True  # "The company, Southern Vale Water, said"
                        opening = _sentence_start(tokens, at, first)
                        # "A Network Rail spokesman said", "Transport minister Fiona
                        # Hyslop": a name that modifies a noun is not the sentence's first
                        # name; the subject comes after it.
                        if (
                            entity is not None
                            and opening not in subjects_seen
                            and not _modifies_noun(tokens, after)
                        ):
                            subjects_seen.add(opening)
                            if not place and _opens_as_subject(tokens, opening, at, after):
                                registry.sentence_subjects.append(
                                    (mention.start, paragraph.index, entity)
                                )
            i = j
    return registry, tokenised


# A transcript line's label: a name of two or more words in capitals and a colon opening
# the paragraph ("KATE BOLDUAN: Why not debate?").
_LABEL = re.compile(r"([A-Z][A-Z.’'-]+(?: [A-Z][A-Z.’'-]+)+):")


def _transcript_labels(text: str, paragraphs: Sequence[Paragraph]) -> frozenset[str]:
    """The labels of a transcript's speakers, when the article holds one: two or more
    different labels, since a transcript is an exchange. One such line alone is as likely a
    heading ("BREAKING NEWS: …")."""
    found = set()
    for paragraph in paragraphs:
        match = _LABEL.match(text, paragraph.start, paragraph.end)
        if match is not None:
            found.add(match.group(1))
    return frozenset(found) if len(found) >= 2 else frozenset()


def _apposed_body(tokens: Sequence[Token], k: int) -> bool:
    """Whether the appositive opening at ``tokens[k]`` is a noun phrase headed by a body's
    noun ("a water company", "the state's largest utility"): its head is its last word
    before a preposition, a relative or the punctuation that ends it."""
    if k >= len(tokens) or tokens[k].lower not in ("a", "an", "the"):
        return False
    head = None
    for token in tokens[k + 1 : k + 7]:
        if not token.is_word or token.lower in _NOT_PREDICATE:
            break
        head = token
    return head is not None and clean_word(head.lower) in ORG_NOUNS


_SENTENCE_ENDS = frozenset(".!?")
# Lowercase words inside a title or a name before the name itself ("Minister for Housing
# Darragh Moran", "Secretary of State", "the nearby Ochapowace Nation").
_TITLE_LINKS = word_set("the of for and de del la von van nearby")
# Words after a name that do not start its predicate: a preposition, a conjunction or a
# relative pronoun ("Moran and Ó Broin", "Moran, who", "Moran in Dublin").
_NOT_PREDICATE = word_set(
    "and or nor but of in at on to for with from by as than who whom whose which that"
)


def _sentence_start(tokens: Sequence[Token], k: int, first: int) -> int:
    """The index of the first token of the sentence that holds ``tokens[k]``."""
    j = k
    while j > first:
        before = tokens[j - 1].text
        if before in _SENTENCE_ENDS or (before[-1:] in _SENTENCE_ENDS and len(before) > 1):
            if before not in _SENTENCE_ENDS and tokens[j].is_word and not tokens[j].is_capitalised:
                j -= 1
                continue  # "Sen. Bell": an abbreviation's full stop, not a sentence's end
            break
        j -= 1
    return j


def _opens_as_subject(tokens: Sequence[Token], opening: int, at: int, after: int) -> bool:
    """Whether a name (``tokens[at:after]``), the first of its sentence, is the sentence's
    subject: only a title, a connective or an opening phrase set off by a comma comes before
    it ("But Moran", "Her opposite number, Daniel Okoro,", "On Monday, Moran"), and after it
    (and an appositive or an "of" phrase) comes the start of a predicate, a lowercase word
    that is no preposition, conjunction or relative ("Moran rejected", "Moran has")."""
    before = tokens[opening:at]
    if len(before) > 6:
        return False
    lowercase = any(
        t.is_word
        and not t.is_capitalised
        and t.lower not in _TITLE_LINKS
        and not is_title_word(t.text)  # "Transport minister Fiona Hyslop apologised"
        for t in before
    )
    if lowercase and not (before and before[-1].text == ","):
        return False
    k = after
    if before and before[-1].text == "," and k < len(tokens) and tokens[k].text == ",":
        k += 1  # the name is the appositive: "Her opposite number, Daniel Okoro, accused"
    for _ in range(3):
        # Appositives and relative clauses: "Margaret Ellis, 71, who has used the line for
        # 50 years, said".
        if not (k < len(tokens) and tokens[k].lower in (",", "who")):
            break
        end = next(
            (j for j in range(k + 1, min(len(tokens), k + 14)) if tokens[j].text == ","), None
        )
        if end is None:
            return False
        k = end + 1
    if k < len(tokens) and tokens[k].lower == "of":
        # "Chief Wesley Starblanket of the nearby Ochapowace Nation welcomed".
        k += 1
        while (
            k < len(tokens)
            and tokens[k].is_word
            and (tokens[k].is_capitalised or tokens[k].lower in _TITLE_LINKS)
        ):
            k += 1
    return (
        k < len(tokens)
        and tokens[k].is_word
        and not tokens[k].is_capitalised
        and tokens[k].lower not in _NOT_PREDICATE
    )


def _modifies_noun(tokens: Sequence[Token], k: int) -> bool:
    """Whether ``tokens[k]`` is a lowercase noun for people that the name before it modifies
    ("Florida governor", "Manitoba farmers", "Ontario premier's")."""
    if k >= len(tokens) or tokens[k].is_capitalised or not tokens[k].is_word:
        return False
    word = clean_word(tokens[k].lower)
    return word in ROLE_NOUNS or word in GROUP_NOUNS


def is_possessive(token: Token) -> bool:
    return token.text.endswith(("'s", "’s", "s'", "s’"))


def is_heading(tokens: Sequence[Token], paragraph: Paragraph, max_tokens: int) -> bool:
    """A heading, a section word or a kicker: a short body paragraph with no sentence
    punctuation and no quotation, that does not lead into the next paragraph (":" or ",")."""
    if paragraph.role == "headline" or not tokens or len(tokens) > max_tokens:
        return False
    if any(t.text.startswith("¤") for t in tokens):
        return False
    words = [t.text for t in tokens if t.is_word]
    if words and all(w.upper() == w for w in words) and any(c.isalpha() for w in words for c in w):
        # "FULL TEXT.", "PLEDGED DELEGATES.", "TWITTER.": a heading in capitals, whatever
        # punctuation an archive added after it.
        return tokens[-1].text not in (":", ",")
    return not any(t.text in ".!?:,;" for t in tokens)
