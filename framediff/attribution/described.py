"""Speakers described rather than named: "One mum", "A council spokeswoman", "The employers'
association", "Stockport traders", "the retiree". The noun phrase before a cue whose head is
a lower-case noun no lexicon lists, how far it reaches back, and how such a speaker is
credited."""

from __future__ import annotations

from collections.abc import Sequence

from framediff.attribution.lexicon import (
    FUNCTION_WORDS,
    ISSUED_DOCUMENTS,
    NOT_NAMES,
    OPENERS,
    ORG_NOUNS,
    ROLE_NOUNS,
    clean_word,
    is_agent_noun,
    is_org_name,
    is_role_noun,
    word_set,
)
from framediff.attribution.names import Mention, mention_from_tokens
from framediff.attribution.tokens import Token
from framediff.attribution.verbs import lemma_of

# Lower-case words that neither head nor modify a noun phrase for a speaker: determiners
# and pronouns, conjunctions and prepositions, auxiliaries and the adverbs that sit between
# a subject and its verb ("has also said").
_NOT_IN_PHRASE = word_set(
    """and or but nor that which who whom whose to of in on at for with by from as via into
    onto over under during after before about against without within is was are were be
    been being has have had do does did will would could should can may might must not it
    he she they we i you me him us them a an said says told also recently previously later
    then reportedly repeatedly publicly once again further first never only even already
    just quickly earlier still often frequently initially subsequently ultimately simply
    openly privately flatly bluntly angrily sharply so yet now meanwhile instead wants
    thinks believes"""
)


def described_phrase(tokens: Sequence[Token], end: int, floor: int) -> list[Token]:
    """A speaker described rather than named, ending at ``tokens[end - 1]``: a lower-case
    head noun and up to two words before it, opened by a determiner ("One mum", "A council
    spokeswoman"), by a possessor ("The employers' association", "the city's police chief",
    "Labour's housing spokesman") or, for a plural head, by proper nouns that say which
    people ("Stockport traders", "Greater Dublin commuters"). The phrase must open its
    clause, as a subject does ("hired a company called …" has none). Empty when the words
    before the head are not such a phrase."""
    i = end - 1
    if i < floor or not _is_head_noun(tokens[i]):
        return []
    low = tokens[i].lower
    plural = low.endswith("s") and not low.endswith("ss")
    follower = tokens[end].lower if end < len(tokens) else ""
    if not plural and lemma_of(follower) == follower:
        return []  # "a far cry", "a lunch counter": a singular subject takes "says", "said"
    start: int | None = None
    j = i - 1
    while (
        j >= floor
        and j > i - 6
        and (_is_proper_modifier(tokens[j]) or (tokens[j].text == "&" and j > floor and j < i - 1))
    ):
        j -= 1  # proper nouns right before the head, a company's "P&G" among them
    if j < i - 1:
        # Proper nouns before a plural head: the people of a place or body ("Stockport
        # traders say"); "Trump today said" is no such phrase.
        if plural:
            start = j if j >= floor and tokens[j].lower in OPENERS else j + 1
        elif j >= floor and tokens[j].lower in OPENERS and tokens[j].lower not in ("the", "this"):
            # "one Amiens employee told", "a Tesco worker said": one of them, nobody named
            # ("the GOP front-runner" refers back, by its role, to someone who was).
            start = j
    else:
        for j in range(i - 1, max(floor - 1, i - 4), -1):
            token = tokens[j]
            if token.lower in OPENERS:
                start = j
                break
            if is_possessive_word(token):
                # The possessor closes the phrase, with its own determiner ("the city's").
                start = j - 1 if j > floor and tokens[j - 1].lower == "the" else j
                break
            if not token.is_word or token.is_capitalised or token.lower in _NOT_IN_PHRASE:
                break
    if start is None or not _opens_clause(tokens, start, floor):
        return []
    return list(tokens[start:end])


def _opens_clause(tokens: Sequence[Token], start: int, floor: int) -> bool:
    """Whether a phrase at ``tokens[start]`` opens a clause: the sentence, punctuation or a
    conjunction comes before it, not a verb or a preposition whose object it would be."""
    if start <= floor:
        return True
    before = tokens[start - 1]
    return not before.is_word or before.lower in _CONJUNCTIONS


# Words after which a clause, and so a subject, begins.
_CONJUNCTIONS = word_set(
    """and but or nor so yet when whenever as while that because if since although though
    where whereas after before until once then"""
)


def _is_proper_modifier(token: Token) -> bool:
    """A capitalised word that can modify a noun for people: no function word or opener."""
    word = clean_word(token.text)
    return (
        token.is_word
        and token.is_capitalised
        and not is_possessive_word(token)
        and word not in FUNCTION_WORDS
        and word not in NOT_NAMES
        and token.lower not in OPENERS
        and not _is_participle(token.lower)  # "Standing ovations": a participle
    )


def _is_participle(word: str) -> bool:
    """Whether a word ending in "-ing" reads as a participle ("Standing"), not a compound
    whose last part only ends so ("Right-wing", "Left-wing"): a verb's stem has a vowel."""
    if not word.endswith("ing"):
        return False
    stem = word.rsplit("-", 1)[-1][:-3]
    return any(vowel in stem for vowel in "aeiouy")


def _is_head_noun(token: Token) -> bool:
    """A lower-case word that can head a noun phrase: no function word, adverb or verb."""
    low = token.lower
    return (
        token.is_word
        and not token.is_capitalised
        and low not in _NOT_IN_PHRASE
        and low not in _NOT_PLURAL_NOUNS
        and low not in _CONJUNCTIONS
        and low not in OPENERS
        and not low.endswith("ly")
        and lemma_of(low) is None
    )


def is_possessive_word(token: Token) -> bool:
    """A word with a possessive ending: "city's", "employers'", "Labour's" (not "it's")."""
    return (
        token.is_word
        and token.text.endswith(("'s", "’s", "s'", "s’"))
        and token.lower.replace("’", "'") not in _CONTRACTIONS
    )


# Contractions of "is" and "has" that look like possessives.
_CONTRACTIONS = word_set("it's that's there's here's what's who's he's she's where's let's how's")


# Words ending in "s" that are no plural noun for people ("Trump always says"), words of
# time that follow a subject ("Obama today said"), prepositions and quantities.
_NOT_PLURAL_NOUNS = word_set(
    """always sometimes perhaps themselves himself herself itself ourselves yourself
    nevertheless afterwards besides towards thus today tonight yesterday tomorrow here there
    too again nowadays without within about against across behind beyond despite except
    far few lot bit much more most less least little ago"""
)


def as_written(phrase: Sequence[Token]) -> Mention:
    """A speaker phrase no lexicon classifies, credited as written ("a local baker")."""
    words = [t for t in phrase if t.is_word]
    descriptors = tuple(clean_word(t.text).lower() for t in words)
    text = _as_spaced(phrase)
    return Mention(text, phrase[0].start, phrase[-1].end, "generic", None, descriptors)


def _as_spaced(phrase: Sequence[Token]) -> str:
    """The tokens spaced as written: "one P&G Amiens employee", not "one P & G Amiens
    employee"."""
    return "".join(
        (" " if n and t.start > phrase[n - 1].end else "") + t.text for n, t in enumerate(phrase)
    )


def passive(tokens: Sequence[Token], end: int, verb: int) -> bool:
    """Whether a form of "be" between a subject ending at ``end`` and the verb at
    ``tokens[verb]`` makes the verb passive ("a curfew was announced", "are said to"): the
    subject is then what was said, not who said it."""
    if verb >= len(tokens) or tokens[verb].lower.endswith("ing"):
        return False  # "is accusing": the progressive is active
    k = verb - 1
    while k >= end and (tokens[k].lower in _NOT_IN_PHRASE or tokens[k].lower.endswith("ly")):
        if tokens[k].lower in _BE:
            return True
        k -= 1
    return False


_BE = word_set("is was are were be been being 's")


def unlisted(mention: Mention) -> bool:
    """Whether a speaker credited as written has no noun for a person ("The complaint",
    "Many"): nobody a later pronoun can be taken to mean, so it is noted as no subject. A
    person described ("One firefighter, who did not want to be named, told the ABC …" /
    "“…,” he said") is someone "he" can mean."""
    if mention.kind not in ("generic", "description") or not mention.descriptors:
        return mention.kind in ("generic", "description")
    head = mention.descriptors[-1]
    # A group ("Longtime friends", "Republican strategists") is no "he" or "she"; the
    # role lexicon's plurals ("officials") were noted before this and still are.
    return not (head in ROLE_NOUNS or (is_agent_noun(head) and not head.endswith("s")))


def anchored(mention: Mention) -> bool:
    """Whether a description is anchored by a possessor ("the shop's owner", "The
    employers' association"): it picks out its referent by itself, so when the article
    introduced nobody with it, it is credited as written rather than dropped."""
    return mention.kind == "description" and any(
        w.endswith(("'s", "’s", "s'", "s’")) for w in mention.text.split()[:-1]
    )


# Determiners that make a noun a relation of somebody: "her daughter", "his lawyer".


SKIPPABLE = word_set(
    """has had have was is were are will would also recently previously later then reportedly
    repeatedly publicly once again further first never not only even already just quickly
    later earlier still often frequently initially subsequently ultimately simply openly
    privately flatly bluntly angrily sharply"""
)


def describes_person(phrase: Sequence[Token]) -> bool:
    """Whether a phrase no lexicon classifies describes a person by its noun ("one
    eyewitness", "a trader"): a determiner, lowercase words, a noun for a person."""
    return (
        len(phrase) >= 2
        and phrase[0].lower in OPENERS
        and all(t.is_word and not t.is_capitalised for t in phrase[1:])
        and is_agent_noun(clean_word(phrase[-1].lower))
    )


def description_before(tokens: Sequence[Token], verb_index: int, floor: int) -> Mention | None:
    """A definite description right before the verb ("the retiree", "the shop's owner",
    "the soft-spoken retiree"), of a noun no lexicon lists: a mention of kind
    "description"."""
    i = verb_index - 1
    while i >= floor and tokens[i].lower in SKIPPABLE:
        i -= 1
    head = tokens[i] if i >= floor else None
    if head is not None and head.lower in INDEFINITE_SPEAKERS:
        # "“Somewhere else,” someone said": somebody spoke whom the writer does not name.
        return Mention(head.text, head.start, head.end, "generic", None, (head.lower,))
    if head is None or not head.is_word or head.is_capitalised or head.lower in FUNCTION_LOWER:
        return None
    if head.lower in ISSUED_DOCUMENTS:
        issuer = _issuer_before(tokens, i, floor)
        if issuer is not None:
            return issuer
    for j in range(i - 1, max(floor - 1, i - 4), -1):
        token = tokens[j]
        if token.lower == "the" or token.lower in POSSESSIVES:
            words = tokens[j : i + 1]
            descriptors = tuple(clean_word(t.text).lower() for t in words[1:])
            text = " ".join(t.text for t in words)
            # "the retiree" may name a person introduced earlier; "her daughter", "his
            # neighbour" is a relation of someone, credited as written.
            kind = "description" if token.lower == "the" else "generic"
            return Mention(text, words[0].start, words[-1].end, kind, None, descriptors)
        if not token.is_word or token.is_capitalised or token.lower in FUNCTION_LOWER:
            return _described(tokens, i + 1, floor, verb_index)
    return _described(tokens, i + 1, floor, verb_index)


def _issuer_before(tokens: Sequence[Token], i: int, floor: int) -> Mention | None:
    """The body named between "the" and the document noun at ``tokens[i]`` ("the UWP
    statement said", "the White House statement"): the body speaks."""
    j = i - 1
    while j >= floor and j > i - 5 and tokens[j].is_word and tokens[j].is_capitalised:
        j -= 1
    if j == i - 1 or j < floor or tokens[j].lower != "the":
        return None
    name = _as_spaced(tokens[j + 1 : i])
    if not (name.isupper() or is_org_name(name)):
        return None  # "the Friday statement", "the English statement": no body
    text = _as_spaced(tokens[j : i + 1])
    return Mention(text, tokens[j].start, tokens[i].end, "name", name, ("the", tokens[i].lower))


def _described(tokens: Sequence[Token], end: int, floor: int, verb: int) -> Mention | None:
    """The mention of a described speaker ("One mum", "Stockport traders") of the verb at
    ``tokens[verb]``, credited as written when no lexicon word classifies it: an indefinite
    or a group refers back to nobody the article introduced."""
    if passive(tokens, end, verb):
        return None
    phrase = described_phrase(tokens, end, floor)
    if not phrase:
        return None
    return mention_from_tokens(phrase) or as_written(phrase)


POSSESSIVES = word_set("his her their my our your")
# Pronouns for a speaker the writer does not name.
INDEFINITE_SPEAKERS = word_set("someone somebody anyone anybody everyone everybody")


# Lowercase words that end a description's walk back: it is a clause, not a noun phrase.
FUNCTION_LOWER = word_set(
    """and or but that which who whom whose to of in on at for with by from as is was are
    were be been has have had not it he she they we i you a an said says told"""
)


def opens_described(tokens: Sequence[Token], end: int, floor: int) -> bool:
    """Whether the words before ``end`` describe a person by a noun and open the clause."""
    one = described_phrase(tokens, end, floor)
    return describes_person(one) and one[0] is tokens[floor]


def is_skippable(token: Token) -> bool:
    """An auxiliary or adverb between a subject (or a conjunction) and its verb ("has
    said", "later said", "flatly denied")."""
    low = token.lower
    return low in SKIPPABLE or (
        low.endswith("ly") and not token.is_capitalised and low not in _LY_NOUNS
    )


# Nouns a subject may end with that end as adverbs do: "family", "ally", "assembly".
_LY_NOUNS = frozenset(w for w in ROLE_NOUNS | ORG_NOUNS if w.endswith("ly")) | {"ally"}


def titles_a_name(phrase: Sequence[Token]) -> bool:
    """Whether a capitalised role, "of" and what it is of title the person named after
    them ("Member of Parliament Teo Wen Hui", "Secretary of State John Kerry"), rather
    than the role's complement ending in a body ("the spokesperson of the Kenya Police
    Service") or standing alone ("The Chief of Army Staff")."""
    mention = mention_from_tokens(phrase)
    if mention is None or mention.kind != "name" or is_org_name(mention.name or ""):
        return False
    of = mention.descriptors.index("of") if "of" in mention.descriptors else -1
    return 0 <= of < len(mention.descriptors) - 1 and mention.descriptors[of + 1] not in OPENERS


def office_of(mention: Mention | None) -> bool:
    """Whether a phrase read as a name names an office by what it is of or for ("The
    Assembly Member for the Asamama Electoral Area", "the chairman of the Farmers'
    Union"): the name is the office's complement, not who holds it."""
    if mention is None or mention.kind != "name" or not mention.descriptors:
        return False
    return mention.descriptors[-1] in ("of", "for", "the") and any(
        d in ROLE_NOUNS for d in mention.descriptors
    )


# Prepositions that open a role's complement ("spokesperson on electricity", "minister for
# housing", "head of the agency"); "in" and "at" open where the person is ("a retiree in
# Allentown, Pa.,"), which the appositive rules step over as a place.
_ROLE_PREPOSITIONS = word_set("on for of")


def role_complement_start(tokens: Sequence[Token], end: int, floor: int) -> int | None:
    """Where a role's complement opens when the words before ``end`` are a role noun and a
    short phrase of a preposition ("The DA's spokesperson on electricity", "the minister
    for housing", "The Chief of Army Staff", "the spokesperson of the Kenya Police
    Service"): the preposition's index, so the role is read before it. A capitalised
    role is a title only before "of" ("the Inspector-General of Police")."""
    # Nine words back: "chief executive of the Umeå-based software firm Nordlys Analytics".
    for m in range(end - 1, max(floor, end - 10), -1):
        token = tokens[m]
        if not token.is_word:
            return None
        if token.lower in _ROLE_PREPOSITIONS:
            noun = clean_word(tokens[m - 1].lower)
            if tokens[m - 1].is_capitalised and token.lower != "of":
                return None
            # "Member of Parliament Teo Wen Hui, who …,": a title, unless a name follows.
            title = tokens[m - 1].is_capitalised and not tokens[end + 1].is_capitalised
            if token.lower == "of" and title and titles_a_name(tokens[m - 1 : end]):
                return None
            return m if is_role_noun(noun) else None
    return None


def description_opening(tokens: Sequence[Token], k: int, floor: int) -> int:
    """Where the lowercase words before a role noun at ``tokens[k]`` open its description
    ("an independent member", "the veteran"), up to a determiner; ``k`` when none do."""
    for j in range(k - 1, max(floor, k - _OPENING_REACH) - 1, -1):
        token = tokens[j]
        if not token.is_word or token.is_capitalised or token.lower in _NOT_IN_PHRASE - OPENERS:
            return k
        if token.lower in OPENERS:
            return j
    return k


# How many words a description may run before its role noun: "a long-serving independent".
_OPENING_REACH = 4
