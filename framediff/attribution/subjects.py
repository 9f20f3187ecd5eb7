"""Who a cue names: the subject before the verb, an inverted or appositive name after it, the
opening phrase of the sentence for a participle, a signature after a dash."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from framediff.attribution.clauses import (
    aside_before,
    issuer_after,
    quoted_as_saying,
    quoted_object,
    relative_before,
    relative_opened_before,
)
from framediff.attribution.countries import PEOPLES
from framediff.attribution.cues import main_verb_before
from framediff.attribution.described import (
    FUNCTION_LOWER,
    SKIPPABLE,
    as_written,
    described_phrase,
    describes_person,
    description_before,
    description_opening,
    is_possessive_word,
    is_skippable,
    office_of,
    opens_described,
    passive,
    role_complement_start,
)
from framediff.attribution.groups import one_of_before_relative, one_of_group
from framediff.attribution.labelled import (
    is_person_phrase,
    name_before_its_details,
    named_after_role_opening,
    named_in_apposition,
    party_labelled,
)
from framediff.attribution.lexicon import (
    GROUP_NOUNS,
    OPENERS,
    ORG_NOUNS,
    PRONOUNS,
    ROLE_NOUNS,
    clean_word,
    is_agent_noun,
    is_org_name,
    is_title_word,
    word_set,
)
from framediff.attribution.named_as import given_name_after
from framediff.attribution.names import (
    Mention,
    mention_from_tokens,
    object_pronoun,
    phrase_before,
    phrase_span,
)
from framediff.attribution.openers import AUXILIARIES, is_sentence_adverb, not_a_subject
from framediff.attribution.phrase_after import phrase_after, phrase_after_within
from framediff.attribution.places import DASHES, after_dateline, goes_on_a_place, is_place_object
from framediff.attribution.postmodified import (
    before_place_kind,
    before_platform,
    group_placed_before,
    is_place_preposition,
    people_before,
    source_noun_end,
)
from framediff.attribution.premodifiers import OWNERS, described_after, speaker_for_start
from framediff.attribution.tokens import Token, index_of
from framediff.attribution.verbs import lemma_of

# Words that open a sentence before its subject.
_LEADING = word_set("and but so then yet also still now meanwhile later instead")
# Verbs whose next noun is their object, never an inverted subject ("accused Sanders of",
# "urges voters to", "called National Nurses United").
_OBJECT_FIRST = word_set(
    """tell ask call accuse urge warn blame praise criticize thank describe mock beg implore
    charge attack slam blast denounce condemn lambast lambaste lash_out quote inform"""
)
_PREPOSITIONS = word_set("in at on during after before with from to on in via")
# Words that may follow an inverted subject inside its own clause ("said he in an
# interview", "said she on Tuesday", "said he, who"): a preposition or a relative.
_AFTER_INVERTED = word_set("in at on during after before with from to via who which as when while")


@dataclass(frozen=True)
class FoundAttribution:
    """A source mention and the cue that makes it one: a verb, "according to", or a dash."""

    mention: Mention
    verb: str | None  # None for a signature ("“…” ― Pamela Padilla"): no verb was written
    lemma: str | None
    verb_start: int  # the cue's offsets (a signature's dash when there is no verb)
    verb_end: int
    # The subject stands before an aside that reports someone else's account ("The
    # surveyor, she said, answered"): the subject is not the aside's speaker.
    after_aside: bool = False


def subject_before(tokens: Sequence[Token], verb_index: int, floor: int) -> list[Token]:
    """The speaker phrase before the verb at ``verb_index`` (not before ``floor``)."""
    relative = relative_before(tokens, verb_index, floor)
    if relative is not None:
        # "an official who was not authorised to speak told AFP": the relative clause's
        # antecedent is the subject.
        antecedent = subject_before(tokens, relative, floor)
        k = index_of(tokens, antecedent[0]) if antecedent else floor
        if k > floor and tokens[k - 1].text == ",":
            # "John Weaver, a GOP strategist who has feuded with Manafort, wrote": the
            # description is an appositive of the name before it.
            earlier = phrase_before(tokens, k - 1)
            if earlier and earlier[0].start >= tokens[floor].start and is_person_phrase(earlier):
                return earlier
            if k - floor <= 3 and not antecedent[0].is_capitalised:
                return antecedent  # "However, a senior officer at the store who …, said"
        elif antecedent and (k == floor or tokens[k - 1].text.startswith("¤")):
            # Only a subject that opens the clause: "Cruz, a graduate of Harvard Law School
            # who has argued …, will" has the school before "who", not the speaker.
            return antecedent
    i = verb_index - 1
    while i >= floor and is_skippable(tokens[i]):
        i -= 1
    if i >= floor and tokens[i].text == ")":
        # "Harry M. Reid (D-Nev.) told reporters": step over the parenthesis.
        for j in range(i - 1, max(floor - 1, i - 12), -1):
            if tokens[j].text == "(":
                i = j - 1
                break
    end = i if i >= floor and tokens[i].text == "," else i + 1
    for of in range(end - 2, max(floor, end - 5), -1):
        # "one of the drivers told", as written; before an appositive when it opens the clause.
        opens = of - 1 == floor or tokens[of - 2].text.startswith("¤")
        if (
            tokens[of].lower == "of"
            and one_of_group(tokens[of - 1 : end])
            and (end == i + 1 or opens)
        ):
            return list(tokens[of - 1 : end])
    if i >= floor and tokens[i].text == ",":
        return one_of_before_relative(tokens, i, floor) or _appositive_subject(tokens, i, floor)
    i = before_place_kind(tokens, i, floor)  # "Kuldeep Singh of Balad Kalan village said"
    source = source_noun_end(tokens, i + 1, floor)
    if source is not None:
        i = source - 1  # "a source close to the president said": the source speaks
    if i - 1 > floor and tokens[i].lower == "who" and tokens[i - 1].text == ",":
        # "Trump, who has called the pact “insanity,”": the relative's antecedent speaks.
        antecedent = phrase_before(tokens, i - 1)
        at = index_of(tokens, antecedent[0]) if antecedent else floor
        group = group_placed_before(tokens, at, floor)  # "supporters in Asuncion, who"
        if group or (is_person_phrase(antecedent) and antecedent[0].start >= tokens[floor].start):
            return group or antecedent
    k, hi = phrase_span(tokens, i + 1)
    k = speaker_for_start(tokens, k, floor)  # "a spokesman for Donald Trump said"
    phrase = list(tokens[k:hi])
    if phrase and phrase[0].lower == "the" and k - 2 > floor and tokens[k - 1].lower == "of":
        # "Jane Doe of the union said": the person the body is hers, not the body.
        earlier = phrase_before(tokens, k - 1)
        if earlier and earlier[0].start >= tokens[floor].start and is_person_phrase(earlier):
            return earlier
    if phrase and k - 1 >= floor and is_place_preposition(tokens, k - 1):
        # "Voters in New Hampshire said", "officials at the Pentagon said": the name is the
        # object of a preposition of place; whoever speaks is named before it, or nobody is.
        # ("After Scalia said", "with McCain calling" open clauses: their subject speaks.)
        phrase = phrase_before(tokens, k - 1) or people_before(tokens, k - 1, floor)
    elif not phrase and source is not None and opens_described(tokens, source, floor):
        # "A senior nurse at the Lassa ward said": one person, described, opening the clause.
        phrase = described_phrase(tokens, source, floor)
    elif not phrase:
        # "Trump in his announcement speech called …": step back over a short phrase that
        # opens with a preposition to reach the subject.
        for j in range(i, max(floor - 1, i - 7), -1):
            place = is_place_preposition(tokens, j)
            if place or tokens[j].lower in _PREPOSITIONS:
                start, end = phrase_span(tokens, j)
                phrase = list(tokens[start:end])
                if not phrase and place:
                    # "Business owners on the corridor said", "A senior nurse at the
                    # hospital said": the people the place says which are.
                    phrase = people_before(tokens, j, floor)
                if phrase and is_place_object(tokens, start):
                    # "moved here from Washington to lead a group charged with": the
                    # phrase is where someone went, not who speaks.
                    phrase = []
                break
            if not tokens[j].is_word:
                break
    if phrase and not phrase[0].is_capitalised and phrase[0].lower not in OPENERS:
        # "A council spokeswoman", "the city's police chief": the role noun with the words
        # that describe it, back to its determiner or possessor.
        # "the band leader" stays "leader": a definite role refers back by its role noun.
        described = described_phrase(tokens, index_of(tokens, phrase[-1]) + 1, floor)
        definite = described[:1] and described[0].lower == "the"
        if len(described) > len(phrase) and not (
            definite and not any(is_possessive_word(t) for t in described)
        ):
            phrase = described
        elif (
            definite
            and len(described) == len(phrase) + 2
            and described[1].lower.endswith("ing")
            and clean_word(phrase[-1].lower) in ROLE_NOUNS
        ):
            # "the managing director said", "the presiding judge": the participle is the
            # title's, and "the director" a role the resolver looks up.
            phrase = [described[0], phrase[-1]]
    return [t for t in phrase if t.start >= tokens[floor].start] if phrase else []


def _appositive_subject(tokens: Sequence[Token], i: int, floor: int) -> list[Token]:
    """The subject before an appositive that ends with the comma at ``tokens[i]``.

    "Benjamin Friedman, policy director at Defense Priorities, told": the head is the phrase
    before an earlier comma. A phrase after a preposition is inside the appositive ("a
    salesman from Sumter, South Carolina,", "chairman of Freedom Partners, the network's
    arm,") and is stepped over; a role with a name in apposition ("Mr. Trump's campaign
    chairman, Paul Manafort, dismissed") gives the name."""
    labelled = party_labelled(tokens, i, floor) or named_after_role_opening(tokens, i, floor)
    if labelled:
        return labelled
    fallback: list[Token] = []
    lowest = max(floor - 1, i - 40)
    for j in range(i - 1, lowest, -1):
        if tokens[j].text in (";", ":") or tokens[j].text.startswith("¤"):
            break
        if tokens[j].text != ",":
            continue
        labelled = party_labelled(tokens, j, floor)
        if labelled:
            return labelled  # "Sen. Ted Cruz (R-Tex.), a Republican candidate who …, tweeted"
        source = source_noun_end(tokens, j, floor)
        if source is None:
            source = role_complement_start(tokens, j, floor)
            if source is not None and _coordinated(tokens, *phrase_span(tokens, source)):
                # "a developer and spokeswoman for the Coalition, which …,": a second
                # appositive of the person named before, not a role with its own name.
                source = None
        k, hi = phrase_span(tokens, j if source is None else source)
        if k == hi and source is None and tokens[j - 1].text == ")":
            # "The United Workers Party (UWP), in a statement, accused": the name, not "(UWP)".
            opened = next(
                (o for o in range(j - 2, max(floor, j - 6), -1) if tokens[o].text == "("), None
            )
            k, hi = phrase_span(tokens, opened) if opened is not None else (k, hi)
        relative = j + 1 < i and (
            tokens[j + 1].lower in ("who", "whose", "which") or tokens[j + 1].text.isdigit()
        )
        # "A senior nurse at the Lassa ward, who …,": the noun before where the source works.
        end = j if source is None else source
        described = described_phrase(tokens, end, floor) if k == hi and j + 1 < i else []
        named = describes_person(described) and is_person_phrase(tokens[j + 1 : i])
        if k == hi and j + 1 < i and (relative or named):
            # "One mum, who asked not to be named, said", "A woman, 34, said": a described
            # source with a relative clause or an age ("The surveyor, she said," is an aside);
            # "one eyewitness, Peter Mwangi, said": a person described, then named.
            head = described
            k = index_of(tokens, head[0]) if head else j
        elif k < hi and tokens[k].start >= tokens[floor].start:
            head = list(tokens[k:hi])
        else:
            head = []
        if not head or head[0].start < tokens[floor].start:
            if j == floor:
                break
            continue
        between = name_before_its_details(list(tokens[j + 1 : i]))  # "X (41) of Chireya"
        if k == floor and len(head) == 1 and is_sentence_adverb(clean_word(head[0].text)):
            continue  # "Ironically, it is …, said Tyler": an adverb, not the subject
        before = tokens[k - 1] if k > floor else None
        inside = (
            before is not None
            and (before.lower in _PREPOSITIONS or before.lower in ("of", "for", "by", "near"))
        ) or (k > floor and (is_place_object(tokens, k) or goes_on_a_place(tokens, k - 1, floor)))
        # An organisation's name, not a role that mentions one ("the Vatican spokesman").
        head_mention = mention_from_tokens(head)
        is_org = (
            head_mention is not None
            and head_mention.kind == "name"
            and is_org_name(head_mention.name or "")
        )
        if inside or is_org:
            titled = phrase_after_within(tokens, j + 1, i)  # "… of Assembly, Hon. X (PDP),"
            if titled and is_title_word(titled[0].text) and is_person_phrase(titled):
                return titled
            fallback = fallback or ([] if inside else head)
            continue
        mention = mention_from_tokens(head)
        head_described = (mention is None and describes_person(head)) or office_of(mention)
        if (
            (head_described or (mention is not None and mention.kind in ("role", "generic")))
            and all(t.is_word or t.text == "." for t in between)
            and is_person_phrase(between)  # none of an empty phrase
            # Not "Several candidates, including Trump,"; "climatologist Markéta Šustrová" is.
            and (between[0].is_capitalised or is_agent_noun(between[0].lower))
        ):
            return between  # "Mr. Trump's campaign chairman, Paul Manafort," "a trader, Amina
        opening = description_opening(tokens, k, floor)  # "Roe, an independent member of …, …,"
        if (
            mention is not None
            and mention.kind in ("role", "generic")
            and opening - 1 > floor
            and tokens[opening - 1].text == ","
        ):
            # "Jeb Bush, the former Florida governor, who …, called": the role is itself an
            # appositive of the name before it.
            earlier = phrase_before(tokens, opening - 1)
            if earlier and earlier[0].start >= tokens[floor].start and is_person_phrase(earlier):
                return earlier
        comma = relative_opened_before(tokens, k, floor)
        owner = phrase_before(tokens, comma) if comma is not None else []
        if owner and owner[0] is tokens[floor] and is_person_phrase(owner):
            return owner  # "Sam Okafor, whose daughter, Ada, has …, said": Okafor speaks
        return head
    return fallback


def _opens_complement(tokens: Sequence[Token], phrase: Sequence[Token], hi: int) -> bool:
    """Whether the phrase after a cue is the subject of the reported clause, not an inverted
    speaker: "About four in 10 said they were angry", "aides said Trump would run".

    An inverted subject ends its clause ("said he.", "said Smith, who …", "said Smith in an
    interview"); a pronoun followed by any word, or a name followed by an auxiliary, opens
    the clause the cue reports."""
    k = index_of(tokens, phrase[-1]) + 1
    if k >= hi or not tokens[k].is_word:  # "claimed they ‘barely …’" opens the clause
        return k < hi and tokens[k].text[0] == "¤" and phrase[-1].lower in PRONOUNS
    if _POSSESSIVE_END.search(phrase[-1].text):
        return True  # "explains America's treatment of": a possessive opens a noun phrase
    follower = tokens[k].lower
    if phrase[0].lower in PRONOUNS and len(phrase) == 1:
        return follower not in _AFTER_INVERTED
    if len(phrase) == 1 and phrase[0].text in PEOPLES and not tokens[k].is_capitalised:
        return True  # "has said Ghanaian writers must": a people's adjective opens the clause
    return follower in AUXILIARIES


# A possessive ending a phrase ("America's", "Flint’s"): it determines the noun after it.
_POSSESSIVE_END = re.compile(r"['’]s$")


def modifies_next(tokens: Sequence[Token], k: int) -> bool:
    """Whether the word at ``tokens[k]`` is a noun for people that the proper noun before it
    modifies ("Manitoba farmers said", "Far-right ministers voted", "Farmers' unions
    welcomed"): then the proper noun is not the subject."""
    if k >= len(tokens) or tokens[k].is_capitalised:
        return False
    word = tokens[k].lower
    if word in GROUP_NOUNS or word in ROLE_NOUNS:
        return True
    # A plural of a role or a body ("ministers", "unions").
    return word.endswith("s") and (word[:-1] in ROLE_NOUNS or word[:-1] in ORG_NOUNS)


def clause_subject(tokens: Sequence[Token], lo: int, limit: int) -> list[Token]:
    """The phrase that opens the sentence, or opens it after a leading "On Tuesday," clause."""
    first = after_dateline(tokens, lo, limit)
    while first < limit and tokens[first].lower in _LEADING:
        first += 1  # "And then Trump went on the attack, saying …"
    starts = [first]
    # A leading clause can be long ("On the eve of his historic election to a fourth term as
    # prime minister in March, Netanyahu rallied supporters by warning …").
    starts.extend(k + 1 for k in range(lo, min(limit, lo + 25)) if tokens[k].text == ",")
    for start in starts:
        if start >= limit or is_place_object(tokens, start):
            continue  # "in Ames, Iowa, on Sunday, Mrs. Clinton": the region is no subject
        phrase = phrase_after(tokens, start)
        phrase = [t for t in phrase if t.end <= tokens[limit - 1].end]
        if modifies_next(tokens, start + len(phrase)):
            # The proper noun says which people: they are the subject, if they open it.
            described = described_phrase(tokens, start + len(phrase) + 1, lo)
            if described and described[0].start == tokens[start].start:
                # "Two military analysts, Patrick Megahan and Chris Harman, found": the
                # name in apposition is who speaks.
                return named_in_apposition(tokens, described, limit)
            continue
        if not_a_subject(tokens, start, phrase):
            continue
        if phrase and phrase[0].lower == "of":
            continue  # "of Flint’s water": a complement, never a subject
        mention = mention_from_tokens(phrase)
        if mention is not None and mention.kind in ("role", "generic") and start <= first + 4:
            end = next((j for j in range(start + 1, limit) if tokens[j].text == ","), None)
            last = end and next((j for j in range(end + 1, limit) if tokens[j].text == ","), None)
            # Its verb after the name ("…, Inês Valadares, considered"), not the quotation.
            named = (
                named_after_role_opening(tokens, last, start) if last and last + 1 < limit else []
            )
            if named:
                return named  # "The Socialist deputy …, Inês Valadares, considered"
        if mention is not None and mention.kind != "generic":
            return phrase
    return []


def attribution_for(
    tokens: Sequence[Token], lo: int, hi: int, verb: tuple[str, str, int, int]
) -> FoundAttribution | None:
    written, lemma, first, last = verb
    phrase: list[Token] = []
    aside_at: int | None = None
    if lemma == "according to":
        # "according to an advisory issued by the PMD" is the issuer's, as "said" before it.
        begin = (issuer_after(tokens, last + 1) or last + 1) if last + 1 < hi else hi
        phrase = phrase_after(tokens, begin) if begin < hi else []
        phrase = [t for t in phrase if t.end <= tokens[hi - 1].end]
    else:
        subject_floor = lo
        # "responded by stating": the subject belongs to the first verb.
        if first >= 2 and tokens[first - 1].lower == "by" and lemma_of(tokens[first - 2].lower):
            first -= 2
            written = f"{tokens[first].text} by {written}"
            lemma = lemma_of(tokens[first].lower) or lemma
        main_verb = main_verb_before(tokens, lo, first) if lemma != "according to" else None
        if main_verb is not None:
            # "“…,” Law said, noting that …": the participle shares the subject of the verb
            # it follows.
            main = attribution_for(tokens, lo, hi, main_verb)
            if main is not None:
                return FoundAttribution(
                    main.mention, written, lemma, tokens[first].start, tokens[last].end
                )
        quoted = quoted_as_saying(tokens, lo, first)
        # "Ramaphosa was quoted as saying": the passive's subject; "SUNA quoted him": its object.
        by_passive = [] if quoted is None else subject_before(tokens, quoted, lo)
        speaker = by_passive or quoted_object(tokens, lo, first)
        found = (mention_from_tokens(speaker) or object_pronoun(speaker)) if speaker else None
        if found is not None:
            return FoundAttribution(found, written, lemma, tokens[first].start, tokens[last].end)
        absolute = _absolute_subject(tokens, lo, first)
        if absolute is not None:
            # "…, with the transport secretary insisting that …": the participle of an
            # absolute clause has its own subject, never the sentence's.
            subject = mention_from_tokens(absolute) or as_written(absolute)
            return FoundAttribution(subject, written, lemma, tokens[first].start, tokens[last].end)
        if tokens[first].lower.endswith("ing") or _second_verb(tokens, lo, first):
            # A participle ("…, telling the crowd", "on Facebook writing") or a second verb
            # ("took the stage in Baltimore and called …", "welcomed the plan but said …")
            # shares the subject of its sentence, not the noun right before it.
            phrase = clause_subject(tokens, lo, first)
        if not phrase:
            phrase = subject_before(tokens, first, subject_floor)
        if not phrase:
            # "The surveyor, she said, answered": the subject stands before the aside.
            aside_at = aside_before(tokens, first, lo)
            if aside_at is not None:
                phrase = subject_before(tokens, aside_at, subject_floor)
        participle = tokens[first].lower.endswith("ing")
        # "“Who carries a helmet?” asked Park Seo-yeon": right after the question, "asked"
        # is inverted, not "asked Sanders whether …" with its object.
        asks_after_quotation = lemma == "ask" and first and tokens[first - 1].text[:1] == "¤"
        if (
            not phrase
            and last + 1 < hi
            and (lemma not in _OBJECT_FIRST or asks_after_quotation)
            and not participle
        ):
            # Inverted: "said Benjamin Friedman".
            issuer = issuer_after(tokens, last + 1)  # "said a statement from the ministry"
            phrase = phrase_after_within(tokens, last + 1 if issuer is None else issuer, hi)
            phrase = named_in_apposition(tokens, phrase, hi)
            owner = len(phrase) == 1 and phrase[0].lower in OWNERS  # "said her lawyer, …"
            # A description that runs past a speaker phrase is the whole ("said one
            # defense industry lobbyist, who …", not "one defense").
            described = described_after(tokens, last + 1)
            if described and mention_from_tokens(phrase) and not owner:
                described = described if described[0] > index_of(tokens, phrase[-1]) + 1 else None
            if described is not None and described[0] <= hi:
                # "said one shopkeeper, who …", "said the village headman, Somchai Prasert"
                end, named_at = described
                name = phrase_after_within(tokens, named_at, hi) if named_at is not None else []
                phrase = name if is_person_phrase(name) else list(tokens[last + 1 : end])
            if phrase and _opens_complement(tokens, phrase, hi):
                phrase = []
    mention = mention_from_tokens(phrase)
    if mention is None and phrase and phrase[0].start > tokens[last].start:
        mention = as_written(phrase) if described_after(tokens, last + 1) else None
    if mention is None and phrase and phrase[-1].end <= tokens[first].start:
        end = index_of(tokens, phrase[-1]) + 1
        if described_phrase(tokens, end, lo) == phrase and not passive(tokens, end, first):
            mention = as_written(phrase)
    inverted = bool(phrase) and phrase[0].start > tokens[last].start
    if mention is None and (not phrase or inverted) and lemma != "according to":
        # "“…,” the soft-spoken retiree said": a description the article may have
        # introduced its person with; the resolver decides whether it did. Words after
        # the verb that name nobody ("say the new charges …") leave the subject to find.
        at = aside_at if aside_at is not None else before_platform(tokens, first - 1, lo) + 1
        mention = description_before(tokens, at, lo)  # "One user on X wrote:"
    if mention is None:
        return None
    return FoundAttribution(
        given_name_after(tokens, mention) or mention,  # "a woman who gave her name as …"
        written,
        lemma,
        tokens[first].start,
        tokens[last].end,
        after_aside=aside_at is not None,
    )


def _coordinated(tokens: Sequence[Token], lo: int, hi: int) -> bool:
    """Whether the phrase ``tokens[lo:hi]`` is the second of two joined by "and" or "or"
    ("a developer and spokeswoman for …")."""
    return lo < hi and lo > 0 and tokens[lo - 1].lower in ("and", "or")


def _second_verb(tokens: Sequence[Token], lo: int, first: int) -> bool:
    """Whether the verb at ``first`` is joined to an earlier one by "and" or "but", with
    adverbs between ("and later said", "but also said")."""
    k = first - 1
    while k > lo and is_skippable(tokens[k]):
        k -= 1
    return k > lo and tokens[k].lower in ("and", "but")


def _absolute_subject(tokens: Sequence[Token], lo: int, first: int) -> list[Token] | None:
    """The subject of a participle at ``first`` that an absolute clause opened by "with"
    holds ("…, with the transport secretary insisting that …", "With McCain calling …"):
    the noun phrase between "with" and the participle, or None when there is none."""
    if not tokens[first].lower.endswith("ing"):
        return None
    end = first
    while end > lo and (
        tokens[end - 1].lower in SKIPPABLE
        or tokens[end - 1].lower in _LEADING
        or (tokens[end - 1].lower.endswith("ly") and not tokens[end - 1].is_capitalised)
    ):
        end -= 1  # "with Cruz recently promising": the adverb is no part of the subject
    for j in range(end - 1, max(lo - 1, end - 8), -1):
        token = tokens[j]
        if token.lower == "with":
            # The clause opens the sentence or follows a comma; "replaced it with softer
            # language calling for …" is a noun phrase the participle modifies.
            opens = j == after_dateline(tokens, lo, first) or tokens[j - 1].text == ","
            phrase = list(tokens[j + 1 : end])
            # An object pronoun ("with her insisting") is left to the sentence's subject.
            if (
                not opens
                or not phrase
                or (len(phrase) == 1 and phrase[0].lower in _OBJECT_PRONOUNS)
            ):
                return None
            return phrase
        if (
            not token.is_word
            or token.lower in _PREPOSITIONS
            or (token.lower in FUNCTION_LOWER and token.lower not in _IN_NP)
        ):
            return None
    return None


# Object pronouns, and the function words a noun phrase may hold ("the head of the union").
_OBJECT_PRONOUNS = word_set("him her them us me it you")
_IN_NP = word_set("the a an of")


def signature(tokens: Sequence[Token], at: int) -> FoundAttribution | None:
    """A quotation signed after a dash, as pull quotes and lists of reactions are
    ("“…” ― Pamela Padilla", "“…” -- Sen. Jeff Flake"): the name must end the line or the
    sentence, so a dash that goes on with the writer's words ("“a deal” — Smith disagreed")
    signs nothing."""
    k = at + 1
    if k >= len(tokens) or tokens[k].text not in DASHES:
        return None
    dash = tokens[k]
    k += 1
    if k < len(tokens) and tokens[k].text in DASHES:
        k += 1  # "--"
    phrase = phrase_after(tokens, k)
    if not phrase:
        return None
    end = k + len(phrase)
    if end < len(tokens) and not (
        tokens[end].text in (".", ",", ";") or tokens[end].text.startswith("¤")
    ):
        return None
    mention = mention_from_tokens(phrase)
    if mention is None or mention.kind != "name":
        return None
    return FoundAttribution(mention, None, None, dash.start, dash.end)
