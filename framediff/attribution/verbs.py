"""Attribution verbs: the word a writer chose to introduce someone's words, and what it implies.

Each verb form ("said", "says", "told reporters", "according to") maps to a lemma ("say",
"tell", "according to"), and each lemma to one of three classes:

``neutral``
    Reports that words were spoken without judging them: said, told, added, stated, noted,
    wrote, asked, replied, according to. The AP Stylebook ("said" entry and its guidance on
    attribution) and the Reuters Handbook of Journalism ("said is almost always the best
    verb") recommend "said" precisely because it carries no opinion about the speaker.

``evaluative``
    Carries the writer's judgement of the statement's truth or of the speaker's stance:
    claimed and alleged cast doubt; admitted, conceded and acknowledged imply the speaker
    gave up something true; insisted, argued, maintained and contended present a contested
    position; bemoaned and complained colour the speaker's mood. The Reuters Handbook warns
    that verbs such as "claimed", "admitted", "conceded", "explained" and "pointed out" put
    the writer's view into the attribution (the last two endorse what was said), and the AP
    Stylebook gives the same advice for "claim" and "admit".

``intensifying``
    Raises the temperature: warned, slammed, blasted, pleaded, demanded, urged, lashed out,
    bragged, vowed, threatened, emphasized. Style guides treat these as loaded for the same
    reason: the verb, not the quotation, tells the reader how forceful the words were.

The class is a property of the lemma, not of its context; the lexicon is deliberately
small and readable so that a reader can check every assignment.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Literal


def _words_list(text: str) -> list[str]:
    """The words of a lexicon block, one entry per word."""
    return text.split()


VerbClass = Literal["neutral", "evaluative", "intensifying"]

# The verbs include those South Asian and African English papers use where American papers
# say "said" or "insisted": "averred", "rued", "opined", "chided", "hit out at", "disclosed",
# "narrated", "clarified", "termed" (as "called": "termed the situation “a failure”"), and
# those of English translated from Spanish and Portuguese: "specified", "requested"
# (Andina, Newsroom Panama). "Affirmed" and "highlighted" are said of ads and speeches as
# often ("a speech which affirmed “…”"), and are not here. ("It
# underscores that …" is said of things as often as of people, and is not here.)
_NEUTRAL = _words_list(
    """say tell add state note write ask reply respond answer continue report announce declare
    describe call comment observe remark recall mention testify tweet post confirm indicate
    quote recount repeat reiterate reaffirm speak predict estimate promise pledge conclude
    counter muse recount relay inform chime_in summarize summarise interject echo wonder
    put_it beam go_on shoot_back fire_back write_back press question assure inquire disclose
    narrate clarify whisper mutter murmur read term specify request hold_that rule_that"""
)
_EVALUATIVE = _words_list(
    """claim insist admit concede acknowledge argue allege bemoan complain contend maintain
    assert suggest explain lament deny dismiss reveal confess grumble agree imply hint
    speculate reason profess point_out opine quip joke retort gush concur aver rue"""
)
# The manner a feature gives words ("he grinned"), weaker than a verb that introduces them:
# a tag only ("When the host asked, “…?” MacPhee laughed." is the host's question).
_MANNER = _words_list("laugh grin smile sigh shrug")
MANNER_LEMMAS = frozenset(_MANNER)
_INTENSIFYING = _words_list(
    """warn slam blast plead demand urge lash_out brag boast decry denounce condemn attack rail
    vow threaten emphasize emphasise stress exclaim shout scream yell fume rage hammer rip
    mock scoff snap erupt charge accuse beg implore vent tout trumpet thunder proclaim cry
    chant howl rant lambast lambaste bristle bark gloat caution chide hit_out sob"""
)

# Base forms whose inflections do not follow the spelling rules below.
_IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "write": ("write", "writes", "wrote", "written", "writing"),
    "speak": ("speak", "speaks", "spoke", "spoken", "speaking"),
    "swear": ("swear", "swears", "swore", "sworn", "swearing"),
    "put": ("put", "puts", "putting"),
    "go": ("go", "goes", "went", "going"),
    "shoot": ("shoot", "shoots", "shot", "shooting"),
    "hit": ("hit", "hits", "hitting"),
    # Verbs that are nouns or no speech in their other forms: "his second term", "was seen
    # sobbing into an imam's arms"; "termed" and "sobbed" introduce words.
    "term": ("termed",),
    "sob": ("sobbed",),
    "read": ("read", "reads"),  # only of a document: ``cues.verb_at``
    # A court's finding, only before "that" ("holding that they had “no vested right”",
    # "ruled that"): "held talks" and "the ruling party" are no speech.
    "hold": ("holds", "held", "holding"),
    # The manner a feature or a tabloid gives the words ("‘Solid as a day-old roll,’ he
    # grinned", "she laughs"): never the nouns ("with a grin", "all smiles").
    "laugh": ("laughs", "laughed", "laughing"),
    "grin": ("grinned",),
    "smile": ("smiled",),
    "sigh": ("sighed", "sighs"),
    "shrug": ("shrugged",),
}
# Verbs that double their last consonant before -ed/-ing ("admitted", "slammed").
_DOUBLING = frozenset(_words_list("admit slam brag rip snap quip aver"))


def _inflect(base: str) -> tuple[str, ...]:
    if base in _IRREGULAR:
        return _IRREGULAR[base]
    if " " in base:
        head, rest = base.split(" ", 1)
        return tuple(f"{form} {rest}" for form in _inflect(head))
    if base in _DOUBLING:
        past, ing = base + base[-1] + "ed", base + base[-1] + "ing"
    elif base.endswith("e"):
        past, ing = base + "d", base[:-1] + "ing"
    elif base.endswith("y") and base[-2] not in "aeiou":
        past, ing = base[:-1] + "ied", base + "ing"
    else:
        past, ing = base + "ed", base + "ing"
    if base.endswith(("s", "sh", "ch", "x", "z")):
        third = base + "es"
    elif base.endswith("y") and base[-2] not in "aeiou":
        third = base[:-1] + "ies"
    else:
        third = base + "s"
    return (base, third, past, ing)


def _build() -> tuple[dict[str, str], dict[str, VerbClass]]:
    classes: dict[str, VerbClass] = {}
    groups: tuple[tuple[list[str], VerbClass], ...] = (
        (_NEUTRAL, "neutral"),
        (_EVALUATIVE + _MANNER, "evaluative"),
        (_INTENSIFYING, "intensifying"),
    )
    for words, cls in groups:
        for word in words:
            classes[word.replace("_", " ")] = cls
    classes["according to"] = "neutral"
    forms: dict[str, str] = {}
    for lemma in classes:
        if lemma == "according to":
            continue
        for form in _inflect(lemma):
            forms.setdefault(form, lemma)
    # Phrasal forms: the audience does not change the verb's meaning, so they share a lemma.
    for audience in ("reporters", "journalists"):
        for form in _inflect("tell"):
            forms[f"{form} {audience}"] = "tell"
    forms["according to"] = "according to"
    # "“a consolation prize,” in the words of Delphine Roux": the speaker follows, as after
    # "according to", with the same neutral sense.
    forms["in the words of"] = "according to"
    forms["quote from"] = "according to"  # "Quote from Shevchuk: “…”", a label
    forms["as quoted by"] = "quote"
    return forms, classes


FORMS, CLASSES = _build()

# Which lemmas can introduce a direct quotation (as opposed to only reporting an act, like
# "call" in "called for"): all of them; kept as a set for fast membership tests.
LEMMAS = frozenset(CLASSES)


@lru_cache(maxsize=1 << 16)  # asked of every word of every sentence
def lemma_of(verb: str) -> str | None:
    """The lemma of an attribution verb form ("Said" → "say"), or None if it is not one."""
    return FORMS.get(_form_key(verb))


def _form_key(verb: str) -> str:
    return " ".join(verb.lower().replace("’", "'").replace("‘", "'").split())


# The first word of every form, and of every form of more than one word.
_FIRST_WORDS = frozenset(form.split(" ")[0] for form in FORMS)
_PHRASAL_FIRST_WORDS = frozenset(form.split(" ")[0] for form in FORMS if " " in form)


@lru_cache(maxsize=1 << 16)  # asked of every word of every sentence
def starts_forms(word: str) -> tuple[bool, bool]:
    """Whether a verb form starts with ``word`` (one word, no space), and whether a form of
    more than one word does: ``lemma_of(word)`` and ``lemma_of(f"{word} {next}")`` are None
    for every next word when they are not."""
    key = _form_key(word)
    return key in _FIRST_WORDS, key in _PHRASAL_FIRST_WORDS


def verb_class(lemma: str) -> str:
    """The class of a lemma (or a form): "neutral", "evaluative", "intensifying" or "unknown"."""
    key = " ".join(lemma.lower().split())
    if key in CLASSES:
        return CLASSES[key]
    found = FORMS.get(key)
    return CLASSES[found] if found is not None else "unknown"
