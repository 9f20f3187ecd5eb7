"""The resolver: a speaker phrase turned into one of the people and bodies the article's
registry holds (a name, a role such as "the Ukrainian leader", a pronoun), with the
subjects the article reports speaking, in text order, for the pronouns after them."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Container, Mapping, Sequence
from itertools import accumulate

from framediff.attribution.ages import only_an_age
from framediff.attribution.bodies import resolve_body
from framediff.attribution.capitals import in_runs
from framediff.attribution.countries import PEOPLES
from framediff.attribution.lexicon import (
    KIN_NOUNS,
    OBJECT_PRONOUNS,
    ORG_NOUNS,
    ORG_WORDS,
    PRONOUNS,
    WRITINGS,
    is_agent_noun,
)
from framediff.attribution.mention_shapes import lone_word, role_head, the_document, the_nationality
from framediff.attribution.names import Mention
from framediff.attribution.registry import Registry
from framediff.ingest.lexicon import SECTION_WORDS


class Resolver:
    """Turns speaker mentions into names, using everything the article says about people."""

    def __init__(
        self,
        registry: Registry,
        lowercase_words: Container[str],
        *,
        capital_runs: Sequence[tuple[int, int]] = (),
        quotation_opened_in: Mapping[int, int] | None = None,
        text: str = "",
    ) -> None:
        self.registry = registry
        # The article's text: a writing's noun is looked for in what was said before it.
        self.text = text
        # (position, paragraph, head noun, text) of each speaker described, not named.
        self.described: list[tuple[int, int, str, str]] = []
        self._described_texts: set[str] = set()
        # The paragraph where the quotation a paragraph continues was opened (a speech
        # quoted over several paragraphs, each reopened with a mark): a pronoun closing
        # it ("…,” he said") is as far from its antecedent as the speech's first paragraph.
        self.quotation_opened_in = quotation_opened_in or {}
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
            if the_nationality(mention):
                # "The Norwegian, who first tried to sign him, admitted": sports and feature
                # writing refer back to the person in focus by nationality, as by age.
                lead = self._sentence_subject(False, "-", mention.start, paragraph)
                if lead is not None and self._alone_since(lead, mention.start):
                    return lead[1]
            name: str | None = mention.name
            if in_runs(self.capital_runs, mention.start, mention.end) is not None:
                name = _after_capitals(mention.name)
            if name is None:
                return None
            self._check_known()
            if (
                3 <= len(name) <= 5
                and name.isupper()
                and mention.text[:4].lower() == "the "
                and name not in ORG_WORDS  # "the BBC said" is the BBC
            ):
                # "the SDO cautioned": the person whose title those are the initials of.
                titled = (
                    self.registry.titled_by_initials(name, mention.start)
                    if self.registry.canonical(name) == name  # no body's defined letters
                    else None
                )
                if titled is not None:
                    return titled
            # "the City said": a body called by its kind, as South African and British
            # papers call a metro council, is no page label ("City") standing alone.
            kind = mention.text.lower() == "the " + name.lower() and name.lower() in ORG_NOUNS
            key = "the " + name if kind else name
            if kind:
                # "the City of Cape Town … the City said": the body last named by the noun.
                noun = Mention(
                    mention.text, mention.start, mention.end, "role", None, ("the", name.lower())
                )
                body = resolve_body(self.registry.mentions, noun, mention.start)
                if body is not None:
                    return body
            if key not in self._names:
                canonical = self.registry.canonical(name)
                # A section's name alone is a page label, unless it is the surname of a
                # person named in full ("Ezequiel “Cheki” Us … Us said").
                # So is a people's or a tongue's name ("Nigerian", "Yoruba").
                label = (
                    not kind
                    and (_is_section_word(name) or name in PEOPLES)
                    and not (" " in canonical and not self.registry.is_org(canonical))
                )
                common = label or self._common_word(name)
                self._names[key] = None if common else canonical
            return self._names[key]
        if mention.kind == "role":
            # "According to the ministry": a body's noun is the body, never a person whose
            # title mentions it ("the ministry's assistant undersecretary").
            body = resolve_body(self.registry.mentions, mention, mention.start)
            role = body or self.registry.resolve_role(mention, mention.start)
            head = role_head(mention)
            if role is None and head is not None:
                role = self._described_before(head, mention.start, paragraph)
            aged = only_an_age(mention.descriptors)
            if role is None and (aged or head in _REFERS_BACK):
                # "Crane operator Sami Östman has worked … / “…,” the 34-year-old said": an
                # age given only as it refers back is the named subject of the sentence before;
                # so is "the official" nobody was called ("Agro Rural Executive Director
                # Patricia Condori specified … / “…,” the official indicated"), if that
                # subject spoke and nobody else was named since.
                # A parent is of the gender the noun says ("the mother" is no John Smith).
                clash = _PARENT_CLASH.get(head or "", "-")
                lead = self._sentence_subject(False, clash, mention.start, paragraph)
                if lead is not None and (
                    aged
                    or (
                        self._alone_since(lead, mention.start)
                        and self.last_subject(mention.start, paragraph) == lead[1]
                    )
                ):
                    role = lead[1]
            return role or mention.text
        if mention.kind == "generic":
            return self._spoken_for(mention) or mention.text
        if mention.kind == "description":
            # A document is nobody introduced by its noun: "the statement" is not the
            # "State Secretary" whose title shares its first letters.
            document = the_document(mention)
            # "Another driver, who …, said … “…,” the driver said": a speaker described by
            # that noun, not named, just before; else whoever the article introduced so.
            head = mention.text.lower().rsplit(" ", 1)[-1]
            described = None if document else self._described_before(head, mention.start, paragraph)
            if described is None and not document:
                described = self.registry.resolve_description(mention, mention.start)
            if described is None and document:
                # "In a statement, the Ministry of Health said … This is what the statement
                # says:": a document with no issuer of its own speaks for whoever was last
                # reported speaking, in its paragraph or the one before (who issued it).
                return self.last_subject(mention.start, paragraph)
            if (
                described is None
                and mention.descriptors[-1:]
                and mention.descriptors[-1] in WRITINGS
            ):
                return self._writer_of(mention, paragraph) or mention.text
            if described is None and not document and self._introduced_unnamed(head, mention.start):
                # "An anesthetist at the hospital, who asked not to be named, was blunt. …
                # “…,” the anesthetist said": a person the article introduced by a noun and
                # never named, as it calls them.
                return mention.text
            return described
        position = mention.start
        paragraph = self.quotation_opened_in.get(paragraph, paragraph)
        pronoun = mention.text.lower()
        gender = PRONOUNS.get(pronoun) or OBJECT_PRONOUNS.get(pronoun, "")
        want_org = gender in ("plural", "thing")
        # A pronoun's gender rules out people known to be of the other one.
        clash = {"male": "female", "female": "male"}.get(gender, "-")
        if clash in ("male", "female"):
            described = self._described_speaking(clash, position, paragraph)
            if described is not None:
                return described
        lead = self._sentence_subject(want_org, clash, position, paragraph)
        found = self._nearest_subject_at((want_org, clash), position, paragraph)
        if (
            lead is not None
            and found is not None
            and found[0] < lead[0]
            and clash in ("male", "female")
            and self._facts_of(found[1])[2] == gender
            and self._not_known_as_person(lead[1])
        ):
            # "“…,” Mrs Laefiu said. Atori is about three hours walk from Kwaiafa. “…,” she
            # said": a subject of one word the article never gave a person's marks (a
            # title, a given name, a gender, words said) is no rival to a speaker whose
            # gender the pronoun's is.
            lead = None
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

    def _described_speaking(self, clash: str, position: int, paragraph: int) -> str | None:
        """The speaker described and not named who last spoke in this paragraph before
        ``position``, with nobody named speaking since: "“…,” the deckhand said. “The
        boats,” she added, “…”" is the deckhand. None when the noun is of the gender the
        pronoun rules out ("the father" for "she")."""
        for start, where, noun, text in reversed(self.described):
            if start >= position:
                continue
            if where != paragraph:
                return None
            named_since = self._subjects_before(position) > self._subjects_before(start)
            if named_since or _NOUN_GENDERS.get(noun) == clash:
                return None
            return text
        return None

    def _not_known_as_person(self, name: str) -> bool:
        """Whether ``name`` is one word with none of a person's marks: no title or other
        descriptor, no use as a person's, no known gender, never reported speaking."""
        entity = self.registry.entity(name)
        return (
            entity is not None
            and " " not in entity.name
            and not entity.person_uses
            and not entity.descriptors
            and not entity.gender
            and all(subject[2] != name for subject in self.subjects)
        )

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
        if entity.is_place or (
            # one word seen once is no person, unless a relation said who it is ("his
            # wife, Bernadette, backed the plan")
            lone_word(entity.name, len(entity.mentions))
            and entity.descriptors.isdisjoint(KIN_NOUNS)
        ):
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
                for k, (at, entity) in enumerate(mentions)
                if entity.is_org == want_org
                and entity.gender != clash
                # "in Manitoba": a place named in passing is nobody's antecedent
                and not entity.is_place
                # nor the outlet someone spoke to ("Contacted by ARP FactCheck, …")
                and not _AUDIENCE.search(self.text, max(0, at - 16), at)
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

    def note_described(self, mention: Mention, paragraph: int) -> None:
        """Keep a speaker described and not named ("an official with the agency said"),
        whom "the official" may then refer back to."""
        head = next((d for d in mention.descriptors if is_agent_noun(d)), None)
        if head is not None:
            self.described.append((mention.start, paragraph, head, mention.text))
            self._described_texts.add(mention.text)

    def _spoken_for(self, mention: Mention) -> str | None:
        """ "A spokesperson for the company" with the company the article named ("A
        spokesperson for Eastern Counties Water"): the spokesperson still speaks, for the
        body "the company" refers back to; None when the mention is no such phrase or
        the body was never named."""
        words = mention.descriptors
        if len(words) < 4 or words[-3:-1] != ("for", "the") or not mention.text.endswith(words[-1]):
            return None
        noun = Mention(
            "the " + words[-1],
            mention.end - len(words[-1]) - 4,
            mention.end,
            "role",
            None,
            ("the", words[-1]),
        )
        body = resolve_body(self.registry.mentions, noun, mention.start)
        if body is None or re.search(rf"\b{re.escape(body)}\s+(?:&|and)\s+[A-Z]", self.text):
            return None  # a name the registry holds cut short ("Johnson" of Johnson & Johnson)
        # "the Ministry of Health", "the Kremlin"; "Eastern Counties Water", "NATO" bare.
        first = body.split()[0]
        the = "the " if " of " in body or (first in ORG_WORDS and not first.isupper()) else ""
        return f"{mention.text[: -len(noun.text)]}{the}{body}"

    def _introduced_unnamed(self, head: str, position: int) -> bool:
        """Whether, in the text just before ``position``, "a" or "an" (opening a sentence or
        after a preposition) and up to three words introduce someone by the noun ``head``, a
        noun for a person by its form ("An anesthetist at Guéret hospital, who …"), and no
        name follows it in apposition. A
        definite noun with no such introduction ("the investor", "the businessman") is the
        writer's other name for someone named, which the resolver leaves to others; so is
        a plural ("said the owners had promised …": the owners' words reported by another,
        who is credited)."""
        if not is_agent_noun(head):
            return False
        before = self.text[max(0, position - _INTRODUCTION_REACH) : position]
        # The introduction opens its sentence or follows a preposition ("An anesthetist at …,
        # who …", "an email from a guest house owner"); "Dana Whitfield … as a teacher"
        # names the teacher.
        pattern = (
            rf"(?:^|[.!?”\"]\s+|\n|\b(?:from|by|to|with|for|of|on|at)\s+)"
            rf"[Aa]n? (?:[\w-]+ ){{0,3}}{re.escape(head)}\b(?!,? [A-Z])"
        )
        return re.search(pattern, before) is not None

    def is_described(self, name: str) -> bool:
        """Whether ``name`` is the text of a speaker described, not named (never a subject
        a pronoun refers back to by name)."""
        return name in self._described_texts

    def _described_before(self, head: str, position: int, paragraph: int) -> str | None:
        """The speaker last described by the noun ``head`` before ``position``, in this
        paragraph or the three before: "an official with the agency said … the official
        added"."""
        for start, where, noun, text in reversed(self.described):
            if start < position and where >= paragraph - _DESCRIBED_REACH and noun == head:
                return text
        return None

    def _alone_since(self, lead: tuple[int, str], position: int) -> bool:
        """Whether the person ``lead`` names is the only person named from its position to
        ``position``: "Carlos Alcaraz beat Jannik Sinner … the Italian said" tells two
        apart, and a nationality then is no pointer to the subject."""
        mentions = self.registry.mentions
        k = bisect_right(mentions, lead[0], key=lambda m: m[0])  # past its own phrase
        while k < len(mentions) and mentions[k][0] < position:
            entity = mentions[k][1]
            # Not the outlet or audience someone spoke to ("told Sky Sports").
            audience = _AUDIENCE.search(self.text, max(0, mentions[k][0] - 14), mentions[k][0])
            if entity.name != lead[1] and not (entity.is_org or entity.is_place or audience):
                return False
            k += 1
        return True

    def _writer_of(self, mention: Mention, paragraph: int) -> str | None:
        """Who last spoke, in this paragraph or the one before, of the writing ``mention``
        names: "The NDRRMC said in its situation report that … / “…,” the report said".
        None when nobody who spoke since mentioned that noun ("The draft decision … states"
        is the writing's own voice)."""
        before = self._subjects_before(mention.start)
        if not before or self.subjects[before - 1][1] < paragraph - 1:
            return None
        since = self.text[self.subjects[before - 1][0] : mention.start].lower()
        noun = re.escape(mention.descriptors[-1])
        # The noun as a word: "reporters" holds no "report", "explained" no "plan".
        return self.subjects[before - 1][2] if re.search(rf"\b{noun}\b", since) else None

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
# The words before an outlet or audience someone spoke to ("told Sky Sports", "speaking to
# The Reporter"), which name no rival of the subject.
_AUDIENCE = re.compile(r"(?i:\btold|\bspeaking to|\btalking to|\bcontacted by)\s+(?:the\s+)?\Z")
# How far back, in characters (two or three paragraphs), an introduction by a noun is
# looked for: "the anesthetist" refers to "an anesthetist" only nearby.
_INTRODUCTION_REACH = 1500

# How many paragraphs back "the official" may refer to a speaker described, not named: a
# story's scene of three or four paragraphs.
_DESCRIBED_REACH = 3
# Nouns that refer back to the subject of the sentence before when nobody was given them:
# "the official" for any office-holder the article gave a title of their own ("Executive
# Director Patricia Condori … the official indicated"), and the parent it has just
# introduced ("Driver Mohd Hafiz Rahman, 38, … said the father of three").
_REFERS_BACK = frozenset(("official", "chief", "father", "mother"))
# The gender a parent's noun rules out in the subject it refers back to.
_PARENT_CLASH = {"father": "female", "mother": "male"}
# Nouns for a person of one gender, which a pronoun of the other does not refer back to.
_NOUN_GENDERS = {
    **dict.fromkeys(("man", "father", "son", "husband", "brother", "boy", "grandfather"), "male"),
    **dict.fromkeys(
        ("woman", "mother", "daughter", "wife", "sister", "girl", "grandmother"), "female"
    ),
}


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
