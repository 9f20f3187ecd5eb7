"""Attribution cues: the verbs ("said", "told", "pointed out") and "according to" that
introduce somebody's words."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress
from operator import attrgetter

from framediff.attribution.lexicon import (
    DETERMINERS,
    DOCUMENT_NOUNS,
    ISSUER_LINKS,
    WRITINGS,
    word_set,
)
from framediff.attribution.tokens import Token
from framediff.attribution.verbs import FORMS, lemma_of

# ``starts_forms(token.lower)`` as two sets of lowercase words, asked of every word of every
# sentence without a call: the first words of the forms are plain lowercase letters (no
# apostrophe, no space; tested), so for a token's lowercase text the normalised key
# ``starts_forms`` looks up is the text itself. A word in the first set is a word token.
VERB_FIRST_WORDS = frozenset(form.split(" ")[0] for form in FORMS)
_PHRASAL_FIRST_WORDS = frozenset(form.split(" ")[0] for form in FORMS if " " in form)

_PASSIVE_BEFORE = word_set("was were been being is are be when if as")
# Verbs that only report a speech act when they carry an object, never passively.
_PASSIVE_PRONE = word_set("ask tell call quote describe report term")
# Lemmas whose base or -s forms are more often nouns ("the state", "reports"): only their
# past and -ing forms count as attribution verbs.
# Determiners after which a verb's form is a noun ("no reply", "his response", "any
# comment"): not "that" or "this", which may be a relative or a subject ("a report that
# says", "This suggests"), nor "her", which may be an object.
_NOUN_DETERMINERS = word_set("the a an no any his their its our my your every each")
_NOUNISH = word_set(
    """state note report call post charge attack answer quote rage rip snap rail vent hammer
    reason promise pledge comment remark mention tweet claim demand boast estimate predict
    concern blast slam mock trumpet thunder fume agree press question caution"""
)


# Particles after "put it" that make it a deed, not a way of saying ("put it up"); "in",
# "on", "back" and "off" may open where or when it was said ("as she put it in a
# statement", "put it back in 2019", "put it off the record").
_PUT_IT_PARTICLES = word_set("up down away aside together")

# Verb forms some outlets capitalise mid-sentence, after the speaker's appositive.
_CAPITALISED_VERBS = word_set("tweeted said wrote posted added")


def _writing_from(tokens: Sequence[Token], i: int) -> bool:
    """Whether the words before ``tokens[i]`` are a writing and who it is from, its verb's
    subject ("The letter from the Cedar Hollow Homeowners Association states that …"):
    the writing's noun, "from" or "by", and the issuer's capitalised name."""
    k = i - 1
    while k > 1 and i - k < 8 and tokens[k].is_capitalised and tokens[k].is_word:
        k -= 1
    if k < i - 1 and tokens[k].lower == "the":
        k -= 1  # "from the Cedar Hollow Homeowners Association"
    return (
        k < i - 1
        and k >= 1
        and tokens[k].lower in ("from", "by")
        and (tokens[k - 1].lower in DOCUMENT_NOUNS or tokens[k - 1].lower in WRITINGS)
    )


def verb_at(tokens: Sequence[Token], i: int, *, headline: bool) -> tuple[str, str, int] | None:
    """(verb as written, lemma, index of its last token) if ``tokens[i]`` starts one."""
    token = tokens[i]
    low = token.lower
    if low not in VERB_FIRST_WORDS:
        return None  # most words: no verb form, "according to" included, starts with them
    nxt = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    if low == "according" and nxt == "to":
        return f"{token.text} {tokens[i + 1].text}", "according to", i + 1
    if low == "quote" and nxt == "from" and token.is_capitalised:
        # Ukrainska Pravda's label before a quotation: "Quote from Shevchuk: “…”".
        return f"{token.text} {tokens[i + 1].text}", "according to", i + 1
    if low == "in":
        words_of = (
            i + 3 < len(tokens) and tokens[i + 2].lower == "words" and tokens[i + 3].lower == "of"
        )
        if nxt == "the" and words_of:
            return " ".join(t.text for t in tokens[i : i + 4]), "according to", i + 3
        return None
    if (
        token.is_capitalised
        and not headline
        and not (i + 1 < len(tokens) and tokens[i + 1].is_capitalised and at_start(tokens, i))
        # "Murphy, the head of Right to Rise USA, Tweeted on Friday": a capital typed by habit.
        and not (i > 0 and tokens[i - 1].text == "," and low in _CAPITALISED_VERBS)
    ):
        return None
    if nxt and " " not in low and low in _PHRASAL_FIRST_WORDS:
        # Phrasal verbs: "pointed out", "lashed out", "chimed in", "put it".
        phrasal = lemma_of(f"{low} {nxt}")
        after = tokens[i + 2].text if i + 2 < len(tokens) else "."
        if (
            phrasal is not None
            and " " in phrasal
            and not (token.is_capitalised and not headline)
            # "went on," / "went on to say", not "goes on recess".
            and (phrasal != "go on" or after in (",", ".", ":", "to") or after[:1] == "¤")
            # "as she put it", not "Her husband put it up": a particle makes it a deed.
            and (phrasal != "put it" or after.lower() not in _PUT_IT_PARTICLES)
        ):
            return f"{token.text} {tokens[i + 1].text}", phrasal, i + 1
    lemma = lemma_of(low)
    if lemma is None:
        return None
    if i > 0 and low.endswith("ing") and tokens[i - 1].lower in DETERMINERS:
        return None  # "the warning was", "a briefing in Pretoria": a noun
    if i > 0 and tokens[i - 1].lower in _NOUN_DETERMINERS and not low.endswith("ed"):
        return None  # "she has received no reply", "his response", "a warning": a noun
    if lemma in _NOUNISH and not low.endswith(("ed", "ing")) and low != lemma_of_past(lemma):
        # "the state", "reports" are nouns; "“…,” Viguerie notes." is a verb.
        k = i - 1
        while k >= 0 and k > i - 5 and tokens[k].is_word and tokens[k].is_capitalised:
            k -= 1
        after = tokens[i + 1].text if i + 1 < len(tokens) else "."
        named = k < i - 1 or (k == i - 1 and tokens[k].lower in ("he", "she"))
        if k == i - 1 and tokens[k].lower in ("he", "she"):
            k -= 1
        # "The report notes that …", "the statement states “…”": a writing's verb.
        writing = (
            low.endswith("s")
            and (after == "that" or after.startswith("¤"))
            and (
                tokens[i - 1].lower in WRITINGS
                or tokens[i - 1].lower in DOCUMENT_NOUNS
                or _writing_from(tokens, i)
            )
        )
        if not writing and not (
            low.endswith("s")
            and named
            and after in (".", ",", ":", "that")
            and k >= 0
            and (tokens[k].text in (",", ".") or tokens[k].text.startswith("¤"))
        ):
            return None
    if i > 0 and tokens[i - 1].lower in _PASSIVE_BEFORE and lemma in _PASSIVE_PRONE:
        return None
    if i == 0 and lemma in _PASSIVE_PRONE and low.endswith("ed"):
        return None  # "Asked about …, Putin said": a participle, not the speaker's verb
    if lemma in ("continue", "add") and low.endswith("ing") and nxt[:1].isalpha() and nxt != "that":
        return None  # "continuing the proxy war", "adding jobs": not reporting words
    if lemma == "read" and not document_reads(tokens, i):
        return None  # "he read the letter": reading aloud or to oneself reports nothing
    if lemma == "ask" and nxt == "not":
        return None  # "who asked not to be named": a request about the source, not its words
    if lemma == "tell" and nxt in ("reporters", "journalists"):
        return f"{token.text} {tokens[i + 1].text}", lemma, i + 1
    return token.text, lemma, i


def document_reads(tokens: Sequence[Token], i: int) -> bool:
    """Whether "read" at ``tokens[i]`` is a document's words: "the statement read", "a
    statement from the ministry read", "the letter reads in part", or inverted after the
    quotation, "read the statement"."""
    for k in range(i - 1, max(-1, i - 7), -1):
        if not tokens[k].is_word:
            break
        if tokens[k].lower in DOCUMENT_NOUNS:
            return k == i - 1 or tokens[k + 1].lower in ISSUER_LINKS
    nxt = tokens[i + 1 : i + 3]
    return (
        i > 0
        and not tokens[i - 1].is_word
        and len(nxt) == 2
        and nxt[0].lower in DETERMINERS
        and nxt[1].lower in DOCUMENT_NOUNS
    )


def at_start(tokens: Sequence[Token], i: int) -> bool:
    """Whether ``tokens[i]`` opens a sentence ("Continued Stone: …", "Said Trump: …")."""
    return i == 0 or tokens[i - 1].text in (".", "!", "?", ":") or tokens[i - 1].text[0] == "¤"


def lemma_of_past(lemma: str) -> str:
    return {"tell": "told", "say": "said", "write": "wrote"}.get(lemma, "")


def find_verbs(
    tokens: Sequence[Token], lo: int, hi: int, *, headline: bool
) -> list[tuple[str, str, int, int]]:
    """(verb, lemma, first index, last index) of attribution verbs in ``tokens[lo:hi]``."""
    verbs: list[tuple[str, str, int, int]] = []
    free = lo  # the first token no verb found so far covers
    # What ``verb_at`` asks first, asked here of the whole range in C: most words start no
    # verb form, and only the few that do are read further.
    starts = map(VERB_FIRST_WORDS.__contains__, map(_lower, tokens[lo:hi]))
    for i in compress(range(lo, hi), starts):
        if i < free:
            continue  # the second word of a verb just found ("pointed out")
        found = verb_at(tokens, i, headline=headline)
        if found is not None and found[2] < hi:
            verbs.append((found[0], found[1], i, found[2]))
            free = found[2] + 1
    return verbs


_lower = attrgetter("lower")  # read in C, not a Python call per token


def main_verb_before(
    tokens: Sequence[Token], lo: int, first: int
) -> tuple[str, str, int, int] | None:
    """For a participle after a comma ("X said in an interview, adding"), the attribution
    verb it follows, at most six words back."""
    if not tokens[first].lower.endswith("ing") or first - 1 <= lo or tokens[first - 1].text != ",":
        return None
    for k in range(first - 2, max(lo, first - 8) - 1, -1):
        if not tokens[k].is_word:
            return None
        found = verb_at(tokens, k, headline=False)
        if found is not None and not tokens[k].lower.endswith("ing"):
            return (found[0], found[1], k, found[2])
    return None
