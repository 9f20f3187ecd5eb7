"""Reading an article's names into its registry: every capitalised phrase a speaker phrase
could be, classified the way a speaker phrase is, with what the text around it says (a place
after "in", an appositive, a modifier of a noun for people, the subject of its sentence).

``build_registry`` is the one pass; the resolver (``framediff.attribution.registry``) then
answers who a speaker phrase names from what it recorded.
"""

from __future__ import annotations

import re
from bisect import insort
from collections.abc import Mapping, Sequence
from operator import attrgetter, itemgetter

from framediff.attribution.ages import age_descriptor
from framediff.attribution.apposed import appositive_words, is_possessive, title_before_comma
from framediff.attribution.bodies import body_descriptor, company_cue
from framediff.attribution.body_names import POSSESSIVE_ENDINGS
from framediff.attribution.capitals import in_runs
from framediff.attribution.countries import PEOPLES
from framediff.attribution.lexicon import (
    GROUP_NOUNS,
    OPENERS,
    ORG_NOUNS,
    ROLE_NOUNS,
    clean_word,
    is_agent_noun,
    is_org_name,
    word_set,
)
from framediff.attribution.marks import QuoteSpan
from framediff.attribution.name_facts import NameFacts, name_facts
from framediff.attribution.names import (
    NO_END,
    Mention,
    may_end_capitalised,
    phrase_reading,
    phrase_span,
)
from framediff.attribution.openers import is_sentence_adverb, opens_adverbial
from framediff.attribution.places import after_dateline, is_place_object
from framediff.attribution.premodifiers import modifies_role
from framediff.attribution.registry import Registry
from framediff.attribution.sentence_openings import (
    NOT_PREDICATE,
    opens_as_subject,
    passive_agent,
    sets_the_scene,
)
from framediff.attribution.sentences import (
    TokenSentence,
    paragraph_tokens,
    quote_ends,
    sentence_at,
    token_sentences,
)
from framediff.attribution.tokens import Token
from framediff.model import Paragraph


def build_registry(
    text: str,
    paragraphs: Sequence[Paragraph],
    spans: Sequence[QuoteSpan],
    heading_max_tokens: int = 6,
    *,
    capital_runs: Sequence[tuple[int, int]] = (),
    words: Mapping[int, list[Token]] | None = None,
) -> tuple[Registry, dict[int, tuple[list[Token], dict[int, int]]], dict[int, list[TokenSentence]]]:
    """The registry, each paragraph's tokens with quotations as one token, and its sentences
    over those tokens (``token_sentences``), made once here for every later rule.

    ``words``: the tokens of each whole paragraph (by index) when they have been made."""
    registry = Registry()
    tokenised: dict[int, tuple[list[Token], dict[int, int]]] = {}
    sentences_of: dict[int, list[TokenSentence]] = {}
    labels = _transcript_labels(text, paragraphs)
    for paragraph in paragraphs:
        whole = words.get(paragraph.index) if words is not None else None
        tokens, where = paragraph_tokens(text, paragraph, spans, whole)
        tokenised[paragraph.index] = (tokens, where)
        sentences = token_sentences(tokens, quote_ends(text, spans, paragraph.index))
        sentences_of[paragraph.index] = sentences
        if is_heading(tokens, paragraph, heading_max_tokens):
            continue  # a heading or a section word names nobody who speaks
        # A dateline ("FLINT, Mich. —", "Washington (AFP) –") names where, not who.
        first = after_dateline(tokens, 0, len(tokens))
        if labels and first and tokens[first - 1].text == ":":
            first = 0  # in a transcript, "JOEL BENENSON:" is a speaker's label, no dateline
        n = len(tokens)
        subjects_seen: set[int] = set()  # sentences (by first token) whose first name is read
        # Where a phrase read back from the word before can end in a capitalised word: after
        # a capitalised word (or a word dropped from a phrase's end that can leave one last,
        # ``_may_close_name``) that no capitalised word follows ("Fiona Hyslop said" ends
        # after "Hyslop", not after "Fiona").
        ends = [
            p + 1
            for p in range(first, n)
            if (
                (t := tokens[p]).is_capitalised
                or (t.lower in NO_END and _may_close_name(tokens, p))
            )
            and t.is_word
            and not (p + 1 < n and (u := tokens[p + 1]).is_word and u.is_capitalised)
        ]
        for k in ends:
            # The phrase ending there, classified the way a speaker phrase would be.
            at, after = phrase_span(tokens, k)
            if at == after or not tokens[after - 1].is_capitalised:
                continue
            if (
                after - at == 1
                and k < n
                and tokens[k].text == ","
                and is_sentence_adverb(clean_word(tokens[at].text))
            ):
                continue  # "Significantly, the judge said": an adverb, not a name
            if after - at == 1 and opens_adverbial(tokens, at) and _opens_sentence(sentences, at):
                continue  # "Back at her tray, Alleyne was packing": an adverb, not a name
            named = _named(tokens, at, after)
            if named is None:
                continue
            facts, start, end = named
            if capital_runs and in_runs(capital_runs, start, end) is not None:
                continue
            if facts.words == 1 and facts.name in PEOPLES and registry.entity(facts.name) is None:
                # "Nigerian writers have a duty", "in Egun or Yoruba": a people or a tongue
                # is nobody, unless the surname of someone named ("Sipho Zulu … Zulu said").
                continue
            # "Shares in Nordvik Marine": a company, though after "in" as places are.
            trade = company_cue(tokens, at)
            place = (
                trade is None
                and is_place_object(tokens, at)
                and not is_possessive(tokens[after - 1])
            )
            modifier = _modifies_noun(tokens, after)
            entity = registry.add_name(facts, start, as_place=place, as_modifier=modifier)
            if (
                after + 2 < len(tokens)
                and tokens[after].text == "("
                and tokens[after + 2].text == ")"
                and _ABBREVIATION.fullmatch(tokens[after + 1].text)
                and " " in entity.name
                and (entity.is_org or is_org_name(entity.name))  # not "Noah Lyles (USA)"
            ):
                # "the Latvian Dairy Farmers' Association (LPZA)": the letters, in whatever
                # language, stand for the body from then on.
                registry.define(tokens[after + 1].text, entity.name)
            if not (entity.person_uses or entity.is_org) and (
                _titled_the(tokens, at) or _camel_case(facts.name)
            ):
                # "told The Irrawaddy", "speaking to The Local": a capital "The" inside a
                # sentence opens a title (a paper, a body), never a person's name.
                registry.settle(entity, is_org=True)
            if at == 0 and facts.name in labels:
                # "JOEL BENENSON: This is a man who …": a transcript's speaker, a person,
                # though written in capitals like an acronym.
                registry.settle(entity, is_org=False, person_use=True)
            title = title_before_comma(tokens, at, after)
            if title:
                registry.describe(entity, title)
            if after < n and tokens[after].text == ",":
                described = appositive_words(tokens, after + 1)
                if (
                    after + 2 < n
                    and tokens[after + 1].text.isdigit()
                    and tokens[after + 2].text in (",", ".")
                ):
                    # "Gary Mills, 52," is "the 52-year-old" later on.
                    described.add(age_descriptor(tokens[after + 1].text))
                registry.describe(entity, described)
                head = _apposed_body(tokens, after + 1)
                if head is not None and not entity.person_uses:
                    registry.settle(entity, is_org=True)  # "Southern Vale, a water company,"
                    if tokens[after + 1].lower != "the":
                        # "Saudis, the government in Riyadh, has denied": after "the", the
                        # noun may open the next clause, so only "a" or "an" describes.
                        registry.describe(entity, {body_descriptor(head)})
            apposed_to = (
                _body_noun_apposed(tokens, at)
                if tokens[at - 1].text == "," and after < n and tokens[after].text == ","
                else None
            )  # the name set off by commas on both sides ("Okafor said," is an aside)
            if apposed_to is not None and not entity.person_uses:
                # "The company, Southern Vale Water, said", "The company that won the
                # tender, Hidrosureste Ingeniería,": a body, which "the company" refers to.
                registry.settle(entity, is_org=True)
                registry.describe(entity, {body_descriptor(apposed_to)})
            if trade is not None and not entity.person_uses:
                # "automaker Zhixing Motors", "Shares in Nordvik Marine": a company, which
                # "the company" refers back to.
                registry.settle(entity, is_org=True)
                registry.describe(entity, {body_descriptor(trade)})
            elif (
                at
                and (entity.is_org or (at >= 2 and _owned_body(tokens, at, entity.person_uses)))
                and clean_word(tokens[at - 1].text) in ORG_NOUNS
                and (at < 2 or tokens[at - 2].lower not in ("a", "an"))
            ):
                # "the advocacy group Health Rights Watch Africa": "the group" later on;
                # "a network Russia has financed" is a relative clause. "Veil's agency
                # Lumina Entertainment": a body named after whose it is, "the agency" next.
                registry.settle(entity, is_org=True)
                registry.describe(entity, {body_descriptor(clean_word(tokens[at - 1].text))})
            # "A Network Rail spokesman said", "Transport minister Fiona Hyslop": a name
            # that modifies a noun is not the sentence's first name; the subject comes
            # after it.
            if modifier:
                continue
            sentence = sentence_at(sentences, at)
            opening = sentence.lo if sentence is not None else 0
            if opening < first:
                opening = first  # the sentence opens after its dateline
            if (
                at == opening
                and after == at + 1
                and tokens[at].lower.endswith("ing")
                and after < len(tokens)
                and tokens[after].lower in _AFTER_PARTICIPLE
                # Its phrase ends at a comma soon after: "King on Monday said" is King.
                and any(t.text == "," for t in tokens[after : after + 8])
            ):
                continue  # "Standing next to him, retired teacher Monique Lambert shook"
            if opening not in subjects_seen and not sets_the_scene(tokens, opening, at, after):
                subjects_seen.add(opening)
                if not place and (
                    opens_as_subject(tokens, opening, at, after)
                    or passive_agent(tokens, opening, at, after)
                ):
                    registry.sentence_subjects.append((start, paragraph.index, entity))
        _note_role_subjects(registry, tokens, sentences, first, subjects_seen, paragraph.index)
    return registry, tokenised, sentences_of


def _note_role_subjects(
    registry: Registry,
    tokens: Sequence[Token],
    sentences: Sequence[TokenSentence],
    first: int,
    subjects_seen: set[int],
    paragraph: int,
) -> None:
    """The sentences of a paragraph whose subject is a person named before and now called
    by the title ("The mayor, for her part, has no intention of giving up. She …"): the
    person is the sentence's subject, whom "she" in the sentences after refers to, as for a
    name."""
    for sentence in sentences:
        lo = max(sentence.lo, first)
        if lo in subjects_seen or lo + 2 >= sentence.hi or tokens[lo].lower != "the":
            continue
        noun = tokens[lo + 1]
        after = tokens[lo + 2]
        if noun.is_capitalised or clean_word(noun.lower) not in ROLE_NOUNS:
            continue
        if not (
            after.text == ","
            or (after.is_word and not after.is_capitalised and after.lower != "of")
        ):
            continue  # "The mayor of Aubusson", "The minister’s office": not the title alone
        role = Mention(
            f"{tokens[lo].text} {noun.text}", tokens[lo].start, noun.end, "role", None,
            ("the", clean_word(noun.lower)),
        )  # fmt: skip
        name = registry.resolve_role(role, tokens[lo].start)
        entity = registry.entity(name) if name is not None else None
        if entity is not None and not entity.is_org:
            insort(registry.sentence_subjects, (tokens[lo].start, paragraph, entity), key=_first)


_text = attrgetter("text")  # a phrase's key read in C
_first = itemgetter(0)
# Initials in brackets after a body's name, in capitals ("(LPZA)", "(SHGM)", "(AT&T)").
_ABBREVIATION = re.compile(r"[A-Z][A-Z&]{1,6}")
# Words after a sentence's first word that make it a participle opening a phrase, not a
# name ("Standing next to him,", "Speaking to reporters,"; "Kessling took the floor").
_AFTER_PARTICIPLE = word_set(
    "next to with at in on outside inside beside behind alongside after before from near "
    "the a an his her their its our"
)


def _opens_sentence(sentences: Sequence[TokenSentence], at: int) -> bool:
    """Whether token ``at`` is the first of its sentence."""
    sentence = sentence_at(sentences, at)
    return sentence is not None and sentence.lo == at


def _may_close_name(tokens: Sequence[Token], k: int) -> bool:
    """Whether the phrase ``phrase_span`` reads back from a lowercase "the", "of" or "and"
    (or another word no phrase ends with) at ``tokens[k]`` can end in a capitalised word
    once that word is dropped: most such words ("said the", "one of the") close none, and
    telling so here is cheaper than reading the phrase. A determiner opens its phrase,
    which is then empty, unless it follows a name and "of" ("Pethokoukis of the");
    after "of" or "and" the word before must be capitalised or be dropped in turn."""
    if k < 1:
        return False
    before = tokens[k - 1]
    if tokens[k].lower in OPENERS:
        return (
            k >= 2
            and before.lower in ("of", "for")
            and tokens[k - 2].is_capitalised
            and tokens[k - 2].is_word
        )
    return before.is_word and may_end_capitalised(before)


def _named(tokens: Sequence[Token], lo: int, hi: int) -> tuple[NameFacts, int, int] | None:
    """The facts of the name that the phrase ``tokens[lo:hi]`` makes, and its offsets; None
    when the phrase makes no name."""
    if hi <= lo:
        return None
    phrase = tokens[lo:hi]
    # The phrase read as ``mention_from_tokens`` reads it (kept by its words), with its
    # first and last token's indices in it, not looked for again by their offsets.
    reading = phrase_reading(phrase, tuple(map(_text, phrase)))  # the texts read in C
    if reading is None:
        return None
    _, kind, name, descriptors, first, last = reading
    if kind != "name" or name is None:
        return None
    return name_facts(name, descriptors), phrase[first].start, phrase[last].end


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


def _apposed_body(tokens: Sequence[Token], k: int) -> str | None:
    """The body's noun that heads the appositive opening at ``tokens[k]``, if a body's noun
    heads it ("a water company", "the state's largest utility"), else None: its head is its
    last word before a preposition, a relative or the punctuation that ends it."""
    if k >= len(tokens) or tokens[k].lower not in ("a", "an", "the"):
        return None
    head = None
    for n, token in enumerate(tokens[k + 1 : k + 7], k + 1):
        if not token.is_word or token.lower in NOT_PREDICATE:
            joined = tokens[n + 1] if token.lower in ("and", "or") and n + 1 < len(tokens) else None
            if joined is not None and clean_word(joined.lower) in ROLE_NOUNS:
                return None  # "a Washington-based developer and spokeswoman for …": a person
            break
        head = token
    if head is None:
        return None
    noun = clean_word(head.lower)
    return noun if noun in ORG_NOUNS else None


def _owned_body(tokens: Sequence[Token], at: int, person_uses: int) -> bool:
    """Whether the name at ``tokens[at]`` follows a body's noun after an owner's possessive
    ("Veil's agency Lumina Entertainment", "the ministry's regulator Ofcal"), never used as
    a person's."""
    return not person_uses and tokens[at - 2].text.endswith(POSSESSIVE_ENDINGS)


# Name prefixes that are followed by a capital inside one word ("McDonald", "DeSantis",
# "LaGuardia", "O'Brien", "DiCaprio"): a person's name may be written so; any other word
# with a capital inside it ("CareBeat", "WalesOnline", "HuffPost") is a brand or a title.
_CAMEL_NAME_PREFIXES = ("Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "Fitz")


def _camel_case(name: str) -> bool:
    """Whether ``name`` is one word with a capital inside it that no name prefix explains."""
    tail = name[1:]
    if tail.islower() or " " in name or len(name) < 4 or not tail.isalpha():
        return False  # most names: nothing in capitals after the first letter
    if name.rstrip("s").isupper():
        return False  # "PACs", "BATs": an acronym's plural
    inner = next(k for k in range(1, len(name)) if name[k].isupper())
    return name[:inner] not in _CAMEL_NAME_PREFIXES


def _titled_the(tokens: Sequence[Token], at: int) -> bool:
    """Whether the name at ``tokens[at]`` opens with, or follows, a capital "The" that does
    not open its sentence."""
    k = at if tokens[at].text == "The" else at - 1
    return k >= 1 and tokens[k].text == "The" and tokens[k - 1].is_word


def _modifies_noun(tokens: Sequence[Token], k: int) -> bool:
    """Whether ``tokens[k]`` is a lowercase noun for people that the name before it modifies
    ("Florida governor", "Manitoba farmers", "Ontario premier's")."""
    if k >= len(tokens) or tokens[k].is_capitalised or not tokens[k].is_word:
        return False
    word = clean_word(tokens[k].lower)
    # "Crane operator Sami Östman": a noun for people by its form, too, in the singular
    # ("Moriyama agrees" is a verb in -s).
    singular = not word.endswith("s") and is_agent_noun(word)
    # "ZANU PF Bulawayo provincial spokesperson Sikhumbuzo Nyathi": lowercase words before
    # the role noun, and the person's name after it.
    if word in ROLE_NOUNS or word in GROUP_NOUNS or singular:
        return True
    # The role noun must come within the next three words: most names are followed by
    # their verb, which no role noun follows.
    return any(t.lower in ROLE_NOUNS for t in tokens[k + 1 : k + 4]) and modifies_role(tokens, k)


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


def _body_noun_apposed(tokens: Sequence[Token], at: int) -> str | None:
    """The body's noun that the name at ``tokens[at]`` is in apposition to, after a comma:
    "The company, Southern Vale Water,", or with a relative clause between, "The company
    that won the tender, Hidrosureste Ingeniería,"; None for any other name."""
    if at < 3 or tokens[at - 1].text != ",":
        return None
    for k in range(at - 2, max(0, at - 12), -1):
        word = clean_word(tokens[k].lower)
        if word in ORG_NOUNS and tokens[k - 1].lower in _APPOSED_DETERMINERS:
            if k == at - 2 or tokens[k + 1].lower in ("that", "which"):
                return word
            return None
        if not tokens[k].is_word or tokens[k].is_capitalised:
            return None  # a clause's words are lowercase words, with no mark between
    return None


# The determiners before a body's noun that a name is set in apposition to.
_APPOSED_DETERMINERS = frozenset(("the", "a", "an", "its", "their"))
