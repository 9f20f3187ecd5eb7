"""The attribution-verb lexicon."""

from __future__ import annotations

import pytest

from framediff.attribution.verbs import CLASSES, FORMS, lemma_of, starts_forms, verb_class


@pytest.mark.parametrize(
    ("form", "lemma", "cls"),
    [
        ("said", "say", "neutral"),
        ("Says", "say", "neutral"),
        ("told", "tell", "neutral"),
        ("told reporters", "tell", "neutral"),
        ("according to", "according to", "neutral"),
        ("in the words of", "according to", "neutral"),
        ("quote from", "according to", "neutral"),
        ("added", "add", "neutral"),
        ("stated", "state", "neutral"),
        ("noted", "note", "neutral"),
        ("wrote", "write", "neutral"),
        ("asked", "ask", "neutral"),
        ("responded", "respond", "neutral"),
        ("reaffirmed", "reaffirm", "neutral"),
        ("tweeted", "tweet", "neutral"),
        ("announced", "announce", "neutral"),
        ("declared", "declare", "neutral"),
        ("claimed", "claim", "evaluative"),
        ("insisted", "insist", "evaluative"),
        ("admitted", "admit", "evaluative"),
        ("conceded", "concede", "evaluative"),
        ("acknowledged", "acknowledge", "evaluative"),
        ("argued", "argue", "evaluative"),
        ("alleged", "allege", "evaluative"),
        ("bemoaned", "bemoan", "evaluative"),
        ("complained", "complain", "evaluative"),
        ("dismissed", "dismiss", "evaluative"),
        ("suggested", "suggest", "evaluative"),
        ("explained", "explain", "evaluative"),
        ("warned", "warn", "intensifying"),
        ("slammed", "slam", "intensifying"),
        ("blasted", "blast", "intensifying"),
        ("pleaded", "plead", "intensifying"),
        ("demanded", "demand", "intensifying"),
        ("urged", "urge", "intensifying"),
        ("lashed out", "lash out", "intensifying"),
        ("bragged", "brag", "intensifying"),
        ("emphasized", "emphasize", "intensifying"),
        # South Asian and African English usage.
        ("averred", "aver", "evaluative"),
        ("rued", "rue", "evaluative"),
        ("chided", "chide", "intensifying"),
        ("hit out", "hit out", "intensifying"),
        ("hitting out", "hit out", "intensifying"),
        # The manner of features and tabloids ("‘…,’ he grinned", "she laughs").
        ("grinned", "grin", "evaluative"),
        ("laughs", "laugh", "evaluative"),
        ("shrugged", "shrug", "evaluative"),
    ],
)
def test_forms_lemmas_and_classes(form: str, lemma: str, cls: str) -> None:
    assert lemma_of(form) == lemma
    assert verb_class(lemma) == cls
    assert verb_class(form) == cls


def test_it_underscores_is_no_cue() -> None:
    """Said of things as often as of people ("it underscores that …"): no attribution verb."""
    assert lemma_of("underscores") is None
    assert lemma_of("underlined") is None


def test_a_courts_finding_is_a_cue_only_before_that() -> None:
    """ "holding that they had no vested right", "ruled that": "held talks" is no speech."""
    assert lemma_of("holding that") == "hold that"
    assert lemma_of("ruled that") == "rule that"
    assert lemma_of("held") is None
    assert lemma_of("ruling") is None


def test_a_manner_verb_is_no_noun() -> None:
    """ "with a grin", "all smiles": only the verb's forms introduce words."""
    assert lemma_of("grin") is None
    assert lemma_of("smiles") is None
    assert lemma_of("shrug") is None


def test_unknown_words() -> None:
    assert lemma_of("banana") is None
    assert lemma_of("") is None
    assert verb_class("banana") == "unknown"


def test_every_form_has_a_classed_lemma() -> None:
    assert set(FORMS.values()) <= set(CLASSES)
    assert set(CLASSES.values()) == {"neutral", "evaluative", "intensifying"}


def test_lookup_ignores_case_spacing_and_apostrophe_style() -> None:
    assert lemma_of("  TOLD   Reporters ") == "tell"
    assert lemma_of("Said") == "say"


def test_every_form_starts_with_a_word_known_to_start_one() -> None:
    """``starts_forms`` lets the cue reader skip a word only when no form starts with it,
    whatever its case or apostrophes."""
    for form in FORMS:
        first, *rest = form.split(" ")
        for spelling in (first, first.upper(), first.capitalize(), first.replace("'", "’")):
            assert starts_forms(spelling) == (True, True) if rest else starts_forms(spelling)[0]
    for word in ("the", "president", "saying-so", "’s"):
        assert starts_forms(word) == (False, False)
        assert lemma_of(word) is None
