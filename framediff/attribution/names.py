"""Speaker phrases: the noun phrase around a cue, and the name, title or role in it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from operator import attrgetter

from framediff.attribution.ages import (
    AGES,
    age_descriptor,
    age_ends_at,
    is_age_phrase,
    join_number_hyphens,
    with_ages,
)
from framediff.attribution.body_names import (
    POSSESSIVE_ENDINGS,
    Reading,
    and_inside_body,
    and_joins_fields,
    as_listed,
    body_named_with_for,
    body_named_with_of,
    capitalised_run,
    comma_in_body_list,
    person_of,
    strip_possessive,
    titled_after_body,
)
from framediff.attribution.countries import COUNTRIES, PEOPLES
from framediff.attribution.groups import first_of_pair, one_of_group
from framediff.attribution.lexicon import (
    BARE_BODIES,
    FEMALE_NAMES,
    FUNCTION_WORDS,
    GIVEN_NAME_ABBREVIATIONS,
    GIVEN_NAMES,
    MALE_NAMES,
    MODIFIERS,
    NATIONALITIES,
    NEW_PLACES,
    NOT_NAMES,
    OBJECT_PRONOUNS,
    OPENERS,
    ORG_NOUNS,
    ORG_WORDS,
    PARTICLES,
    PARTY_WORDS,
    PRONOUNS,
    ROLE_NOUNS,
    clean_word,
    is_org_name,
    is_role_noun,
    is_title_word,
    opens_capitalised,
    speaks_for,
    word_set,
)
from framediff.attribution.openers import compound_modifier, prefixed
from framediff.attribution.portfolios import (
    and_in_portfolio,
    for_inside_phrase,
    without_compound_title,
    without_portfolio,
)
from framediff.attribution.tokens import Token, index_of
from framediff.segment import NUMBER_ABBREVIATIONS


def is_name_word(token: Token) -> bool:
    """A capitalised word that can be part of a proper name."""
    return is_name_text(token.text)


@lru_cache(maxsize=1 << 16)  # depends on the word alone
def is_name_text(text: str) -> bool:
    """``is_name_word`` by the token's text: a caller that has the text read it without a
    call more."""
    if not text[:1].isalpha() or not opens_capitalised(text):
        return False
    word = clean_word(text)
    if word in FUNCTION_WORDS or word in NOT_NAMES:
        return False  # "But", "Following"
    if "-" in word and (prefixed(word) or compound_modifier(word)):
        return False  # "Mid-set,", "Post-match", "Lagos-based": not "Seo-yeon" or "Al-Sisi"
    if word.lower() in NUMBER_ABBREVIATIONS and not (
        word.lower() in GIVEN_NAME_ABBREVIATIONS and not text.endswith(".")
    ):
        return False  # "Oct.", "Jan." (but "Jan Tinetti", "Art Acevedo": given names)
    return not is_title_word(word)


@dataclass(frozen=True)
class Mention:
    """A speaker phrase as written, with its offsets and what kind of phrase it is.

    ``kind`` is "name" (contains a proper name), "pronoun", "role" (a definite description
    such as "the Ukrainian leader") or "generic" ("a source", "officials").
    """

    text: str
    start: int
    end: int
    kind: str
    name: str | None
    descriptors: tuple[str, ...]


def mention_from_tokens(tokens: Sequence[Token]) -> Mention | None:
    """Classify a speaker phrase; None when it cannot be a speaker."""
    if not tokens:
        return None
    reading = phrase_reading(tokens, tuple(map(_text, tokens)))  # the texts read in C
    if reading is None:
        return None
    text, kind, name, descriptors, lo, hi = reading
    return Mention(text, tokens[lo].start, tokens[hi].end, kind, name, descriptors)


def object_pronoun(tokens: Sequence[Token]) -> Mention | None:
    """A pronoun alone as an object ("quoted him as saying"), as a pronoun mention."""
    if len(tokens) != 1 or tokens[0].lower not in OBJECT_PRONOUNS:
        return None
    return Mention(tokens[0].text, tokens[0].start, tokens[0].end, "pronoun", None, ())


def phrase_reading(tokens: Sequence[Token], key: tuple[str, ...]) -> Reading | None:
    """How the phrase ``tokens`` (not empty) reads, ``key`` being its words' texts: its
    mention's text, kind, name and descriptors, and the indices of the first and last of
    its tokens the mention spans; None when it is no speaker. ``mention_from_tokens``
    without the mention, for a caller that wants only some of it."""
    try:
        return _READINGS[key]
    except KeyError:
        if len(_READINGS) >= _READINGS_MAX:
            _READINGS.clear()
        reading = _READINGS[key] = _classify(tokens, key)
        return reading


# A phrase's words → how it reads: its mention's text, kind, name and descriptors, and the
# first and last of its tokens the mention spans; None when it is no speaker. A phrase's
# reading depends on its words alone, and an article (a corpus, too) writes the same
# phrases again and again.
_READINGS: dict[tuple[str, ...], Reading | None] = {}
_READINGS_MAX = 1 << 16  # phrases kept before the cache starts afresh, as word caches do
_text = attrgetter("text")
_lower = attrgetter("lower")
_is_word = attrgetter("is_word")


def _classify(tokens: Sequence[Token], key: tuple[str, ...]) -> Reading | None:
    """``phrase_reading`` worked out (``tokens`` are not empty, ``key`` their texts): the
    reading itself, its first and last token's indices as they come, not a mention whose
    tokens are then looked for by their offsets."""
    first = tokens[0]
    last = len(tokens) - 1
    if not last and first.lower in PRONOUNS:
        return first.text, "pronoun", None, (), 0, 0
    if last == 3 and is_age_phrase(tokens):
        # "The 52-year-old said": British and Australian papers refer back to a person by
        # the age they gave ("Gary Mills, 52,", "52-year-old Gary Mills"): a description
        # whose one descriptor is that age.
        return f"{key[0]} {key[1]}-{key[3]}", "role", None, (age_descriptor(key[1]),), 0, 3
    words = list(compress(tokens, map(_is_word, tokens)))
    if not words:
        return None
    named_with_for = body_named_with_for(tokens, key)
    if named_with_for is not None:
        return named_with_for
    # "Gov. Terry E. Branstad of Iowa", "Patricia Moran of Cheyenne": the person is named
    # before "of"; "Secretary of State John Kerry" has only a title there.
    # Only the first "of" after the first word is read: the lowercase forms searched in C.
    lowers = list(map(_lower, tokens))
    k = lowers.index("of", 1) if "of" in lowers[1:] else 0
    if k and first.lower in OPENERS and is_role_noun(lowers[-1]) and not tokens[-1].is_capitalised:
        k = 0  # "A Ministry of Environment and Energy official": the official, a person
    if k:
        head = [t for t in tokens[:k] if t.is_word]
        if len(head) == 1 and _is_share(head[0]) and k + 1 < len(tokens):
            # "Half of Vermont Democrats said", "Two-thirds of insiders said": the share
            # of a group speaks as that group.
            group = phrase_reading(tokens[k + 1 :], key[k + 1 :])
            if group is None:
                return None
            text, kind, name, descriptors, lo, hi = group
            return text, kind, name, descriptors, lo + k + 1, hi + k + 1
        if k == 1 and one_of_group(tokens):
            # "one of the drivers told", "one of them said": one of a group, credited as
            # written (the group as a whole did not speak).
            parts = tuple(clean_word(t.text).lower() for t in tokens if t.is_word)
            return " ".join(key), "generic", None, parts, 0, last
        person = person_of(tokens, key, k)
        if person is not None:
            return person
        body_of = body_named_with_of(tokens, key, head, k)
        if body_of is not None:
            return body_of
        if titled_after_body(tokens, head, k):
            pass  # "Bank of England Governor Andrew Bailey": the name at the end, below
        elif (
            head and is_name_text(head[-1].text) and clean_word(head[-1].text) not in NATIONALITIES
        ):
            return phrase_reading(tokens[:k], key[:k])
        elif head and head[-1].is_capitalised and clean_word(head[-1].text) in ORG_WORDS:
            # "the Republican Party of Wyoming announced": the body is named before
            # "of", in capitals, even when its last word is also a title word.
            body = capitalised_run(head)
            name = " ".join(strip_possessive(t.text) for t in body)
            # The body is the run at the end of ``head``: the words before it describe.
            described = head[: len(head) - len(body)]
            descriptors = tuple(clean_word(t.text).lower() for t in described)
            return " ".join(key), "name", name, descriptors, 0, last
    # The name is the run of name words at the end of the phrase ("NATO Secretary General
    # Jens Stoltenberg" → "Jens Stoltenberg"); titles and nationalities before it describe.
    name_tokens: list[Token] = []
    for n, token in enumerate(reversed(words)):
        is_name = is_name_text(token.text) and clean_word(token.text) not in NATIONALITIES
        # "new" describes ("the new minister"), but it opens place and paper names too
        # ("The New York Times", "New Hampshire") and sits inside one after a name's word
        # ("the Global New Light of Myanmar").
        before = words[len(words) - 2 - n] if n + 1 < len(words) else None
        new_place = (
            token.text == "New"
            and bool(name_tokens)
            and (name_tokens[0].text in NEW_PLACES or (before is not None and is_name_word(before)))
        )
        if is_name or new_place or (name_tokens and token.lower in PARTICLES):
            name_tokens.insert(0, token)
        elif (
            name_tokens and token.lower == "and" and and_joins_fields(words, 0, len(words) - 1 - n)
        ):
            name_tokens.insert(0, token)  # "the Securities and Exchange Commission"
        elif name_tokens and token.is_capitalised and _opens_body_name(token, name_tokens):
            # "the Canadian Medical Association", "the Republican National Committee": a
            # body's name may open with its country or party, and hold title words, which
            # before a person's name describe the person.
            name_tokens.insert(0, token)
        else:
            break
    if name_tokens:
        name_tokens = without_portfolio(words, name_tokens)
        name_tokens = without_compound_title(words, name_tokens)
        name_tokens = first_of_pair(words, name_tokens)
    owner = None
    for n in range(len(name_tokens) - 2, -1, -1):
        if name_tokens[n].text.endswith(POSSESSIVE_ENDINGS):
            owner = n
            break
    if owner is not None and _owner_describes(name_tokens[: owner + 1], name_tokens[owner + 1 :]):
        name_tokens = name_tokens[owner + 1 :]  # "Labour's Iain Rennie": the party describes
    if len(name_tokens) >= 3 and _is_false_title(name_tokens):
        name_tokens.pop(0)  # "Baker Sue Timmins": the trade describes, as a title does
    # The name is the last of the words (a run read back from the end, then cut from its
    # front): the words before it describe.
    described = words[: len(words) - len(name_tokens)]
    descriptors = tuple([clean_word(t.text).lower() for t in described])
    if "-" in key:
        descriptors = with_ages(tokens, described, descriptors)
    phrase = as_listed(key) if "," in key else " ".join(key)
    if "-" in key:
        phrase = join_number_hyphens(phrase)  # "a 34-year-old man", as written
    if name_tokens and speaks_for(descriptors):
        # "a spokesman for Donald Trump", "an aide to the president": the spokesman
        # speaks, for someone; crediting the one spoken for would put words in his mouth.
        return phrase, "generic", None, descriptors, 0, last
    if name_tokens:
        if "," in key:  # a body's list of fields ("Immigration, Refugees and …")
            first_at, last_at = index_of(tokens, name_tokens[0]), index_of(tokens, name_tokens[-1])
            name_tokens = list(tokens[first_at : last_at + 1])
            name = as_listed([strip_possessive(t.text) for t in name_tokens])
        else:
            name = " ".join([strip_possessive(t.text) for t in name_tokens])
        return phrase, "name", name, descriptors, 0, last
    heads = [t for t in words if is_role_noun(clean_word(t.text).lower())]
    if not heads and (
        first.lower in OPENERS or first.text.endswith(POSSESSIVE_ENDINGS) or len(words) > 1
    ):
        # A body's common noun heads a phrase with its determiner ("the ministry", "a
        # statement from the union", "the county's utility"); a singular count noun alone
        # is no subject in English ("his campaign and has boasted" has "campaign" bare).
        heads = [t for t in words if clean_word(t.text).lower() in ORG_NOUNS]
    elif not heads:
        heads = [t for t in words if clean_word(t.text).lower() in BARE_BODIES]
    if not heads:
        body = capitalised_run(words[1:])
        if first.lower == "the" and body and len(body) == len(words) - 1:
            # "the White House", "the Élysée": a body named by title words alone, which
            # are no name words elsewhere ("White House spokesman").
            name = " ".join(strip_possessive(t.text) for t in body)
            return phrase, "name", name, (), 0, last
        # No head at all: not a speaker.
        return None
    if first.lower in ("the", "this", "that") and len(words) > 1:
        return phrase, "role", None, descriptors, 0, last
    return phrase, "generic", None, descriptors, 0, last


# A share of a group ("Half of", "Two-thirds of", "Part of the statement reads").
_SHARES = word_set(
    "half third thirds quarter quarters fifth fifths tenth tenths majority minority part"
)


def _opens_body_name(token: Token, rest: Sequence[Token]) -> bool:
    """Whether a nationality, party or title word (capitalised) is part of the name of the
    body that ``rest`` names."""
    word = clean_word(token.text)
    if not token.is_word or token.text.endswith((*POSSESSIVE_ENDINGS, "'", "’")):
        return False  # "the People's Daily": an owner, not a word of the name
    if not (word in NATIONALITIES or word in PEOPLES or is_title_word(word)):
        return False
    if clean_word(rest[0].text) in GIVEN_NAMES:
        return False  # "Atlantic City Mayor Don Guardian" is a person
    if word in PARTY_WORDS and len(rest) == 1:
        return False  # "the Democratic Senate": the party that holds it
    return is_org_name(" ".join(strip_possessive(t.text) for t in rest))


def _is_share(token: Token) -> bool:
    return clean_word(token.lower).rsplit("-", 1)[-1] in _SHARES


def _is_false_title(name: Sequence[Token]) -> bool:
    """Whether the first word of a name of three or more words is an occupation used as a
    title ("Baker Sue Timmins", "Plumber Jo Cole"), the false title of British and
    Australian tabloids and US local news: an agent noun by its ending, not a given name
    the lexicon knows, before a given name written out (not an initial, as in "Christopher
    J. Smith"), and the rest a person's name, not a body's ("Human Rights Watch")."""
    word, given = name[0], name[1]
    bare = clean_word(word.text)
    if bare in FEMALE_NAMES or bare in MALE_NAMES or "-" in bare:
        return False
    if is_org_name(" ".join(t.text for t in name)):
        return False
    if len(clean_word(given.text)) <= 1 or given.text.endswith("."):
        return False
    low = bare.lower()
    return len(low) >= 5 and low.endswith(_AGENT_ENDINGS)


# Endings of English agent nouns for trades and occupations: baker, decorator, florist,
# fisherman, blacksmith, wheelwright, electrician.
_AGENT_ENDINGS = ("er", "or", "ist", "man", "woman", "smith", "wright", "ician")


def is_phrase_word(token: Token) -> bool:
    """A word that can sit inside a speaker phrase: a capitalised word that is no function
    word, a title, role or modifier, a compound modifier, or "of", "the", "a", "and"."""
    return _is_phrase_text(token.text)


@lru_cache(maxsize=1 << 16)  # depends on the word alone, asked for every word many times
def _is_phrase_text(text: str) -> bool:
    if not text[:1].isalpha():
        return False
    if text[:1].isupper():
        return clean_word(text) not in FUNCTION_WORDS
    low = clean_word(text.lower())
    if "-" in low.strip("-") and low.replace("-", "").isalpha():
        return True  # a compound modifier: "nutritional-supplement executive"
    return low in ROLE_NOUNS or low in MODIFIERS or low in ("of", "the", "a", "an", "and")


# Words a speaker phrase cannot end with.
NO_END = OPENERS | {"of", "and"}


def body_phrase(tokens: Sequence[Token], head: int) -> list[Token]:
    """The noun phrase of a body ending in its common noun at ``tokens[head]`` ("the
    ministry", "the county's water utility", "its parent company"), back to its determiner;
    a plural body alone ("police"); empty when there is neither."""
    start = _body_start(tokens, head)
    return list(tokens[start : head + 1]) if start >= 0 else []


def _body_start(tokens: Sequence[Token], head: int) -> int:
    """Where ``body_phrase`` starts, or -1 when there is none."""
    if not (0 <= head < len(tokens)) or tokens[head].is_capitalised:
        return -1
    noun = clean_word(tokens[head].lower)
    if noun not in ORG_NOUNS:
        return -1
    for start in range(head - 1, max(-1, head - 5), -1):
        token = tokens[start]
        if token.lower in OPENERS:
            return start
        if token.text.endswith(POSSESSIVE_ENDINGS):
            if token.is_capitalised:
                # The owner is a name, and a name may be more than one word: "South
                # Korea's unification ministry", "New Zealand's health department".
                # Titles before the name are left to the name's own reading ("Sen. Kelly
                # Ayotte's campaign" is the campaign of "Kelly Ayotte").
                while (
                    start > 0
                    and tokens[start - 1].is_capitalised
                    and _is_phrase_text(tokens[start - 1].text)
                    and not is_title_word(tokens[start - 1].text)
                ):
                    start -= 1
            return start
        if not token.is_word or (token.is_capitalised and start < head - 1):
            break
    return head if noun in BARE_BODIES else -1


def phrase_before(tokens: Sequence[Token], end: int) -> list[Token]:
    """The speaker phrase ending at ``tokens[end - 1]``, walking back over name words."""
    lo, hi = phrase_span(tokens, end)
    return list(tokens[lo:hi])


# Possessive determiners, which open a phrase of lowercase words ("his wife said", "their
# lawyer said"): before a name they are no part of it ("his rival Jeb Bush").
_POSSESSIVE_DETERMINERS = word_set("his her their its my our your")


def phrase_span(tokens: Sequence[Token], end: int) -> tuple[int, int]:
    """``phrase_before`` as bounds: its tokens are ``tokens[lo:hi]`` (none when equal), so a
    caller that reads a phrase at every word need not copy them."""
    i = end - 1
    if i < 0:
        return end, end
    last = tokens[i]
    if last.lower in PRONOUNS:
        return i, end
    if not last.is_capitalised:  # a body's noun is lowercase: most phrases end in a name
        body = _body_start(tokens, i)
        if body >= 0:
            return body, end
        if last.lower in AGES and is_age_phrase(tokens[i - 3 : end]):
            return i - 3, end  # "the 52-year-old": a person named before
    start = end
    while i >= 0:
        token = tokens[i]
        if (token.lower in OPENERS and token.is_word) or (
            token.lower in _POSSESSIVE_DETERMINERS
            and start < end
            and not tokens[start].is_capitalised
        ):
            start = i  # a determiner opens the phrase ("the president", "his wife")
            if (
                i >= 2
                and tokens[i - 1].lower in ("of", "for")
                and tokens[i - 2].is_capitalised
                and tokens[i - 2].is_word
            ):
                # "James Pethokoukis of the American Enterprise Institute": the person is
                # named before "of the".
                i -= 2
                continue
            break
        # A lowercase particle belongs to the name it stands before ("Ursula von der
        # Leyen", "Mohammed bin Salman", "Lula da Silva"), read back one at a time, and a
        # title's "for" to its portfolio ("Minister for Housing James Browne").
        if (
            not _is_phrase_text(token.text)
            and not (
                start == i + 1 < end
                and token.lower in PARTICLES
                and (tokens[start].is_capitalised or tokens[start].lower in PARTICLES)
            )
            and not (start == i + 1 < end and for_inside_phrase(tokens, i))
            and not (token.text == "," and comma_in_body_list(tokens, i))
            and not (token.lower == "and" and and_in_portfolio(tokens, i))
        ):
            break
        start = i
        i -= 1
    if start == end:
        return end, end  # no phrase word before ``end``: nothing to trim
    if age_ends_at(tokens, start):
        # "A 34-year-old man said": the age, split at its hyphen, is part of the phrase.
        start -= 2
        if start and tokens[start - 1].lower in OPENERS:
            start -= 1
    lo, hi = start, end
    # A phrase cannot start with "of"/"and" or end with a determiner.
    while lo < hi and tokens[lo].lower in ("of", "and"):
        lo += 1
    while hi > lo and tokens[hi - 1].lower in NO_END:
        hi -= 1
    # "Trump and Pence said": one speaker cannot be named; keep the nearer name. The last
    # word is no "and", being no word a phrase ends with, nor the first, being trimmed:
    # only a phrase of three words or more can hold one.
    k = hi - 2
    while k > lo:
        if tokens[k].lower == "and":
            inside = and_inside_body(tokens, lo, k) or and_in_portfolio(tokens, k)
            return (lo, hi) if inside else (k + 1, hi)
        k -= 1
    return lo, hi


# Parties named before their members ("Labour's Iain Rennie", "the SNP's Kate Forbes").
_PARTIES = PARTY_WORDS | word_set("Labour Tory Tories Conservatives Liberals Greens SNP NDP")


def _owner_describes(owner: Sequence[Token], rest: Sequence[Token]) -> bool:
    """Whether "Owner's Rest" names the person Rest by the body they belong to ("CNBC's
    Becky Quick", "Labour's Iain Rennie") rather than a thing Owner has ("Phyllis
    Schlafly's Final Column"): the owner is a body or a party, or Rest opens with a given
    name."""
    words = " ".join(strip_possessive(t.text) for t in owner)
    return (
        is_org_name(words)
        or words in _PARTIES
        or words in COUNTRIES  # "Paraguay's Benitez": the country's president
        or clean_word(rest[0].text) in GIVEN_NAMES
    )


def particles_open_name(tokens: Sequence[Token], k: int) -> bool:
    """Whether the lowercase particles from ``tokens[k]`` on ("von der", "bin", "da") stand
    before a capitalised word, as in a name ("von der Leyen", "bin Salman")."""
    while k < len(tokens) and tokens[k].lower in PARTICLES:
        k += 1
    return k < len(tokens) and tokens[k].is_capitalised and tokens[k].is_word


def may_end_capitalised(token: Token) -> bool:
    """Whether a phrase ``phrase_before`` reads back from ``token`` can end in a capitalised
    word: only when ``token`` is one, or is a word dropped from a phrase's end."""
    return token.is_capitalised or token.lower in NO_END
