"""A person referred to by nationality: "the Portuguese told BBC Sport", "the Swede's
goal", "the Dutchman added". Sports desks and features in Britain, Ireland and Australia
(and wires everywhere) refer back to a person named before by the country they come from,
as they do by age (``ages.py``); such a phrase is read as a pronoun for a person, whose
antecedent the resolver finds as it does for "he"."""

from __future__ import annotations

from collections.abc import Sequence

from framediff.attribution.lexicon import clean_word, word_set
from framediff.attribution.tokens import Token

# Nouns for one person of a country: only words whose bare form with "the" means one
# person. "The French", "the British", "the Dutch" or "the Irish" mean a nation (one of
# them is "the Frenchman"); so, in most news, do "the Chinese", "the Japanese", "the
# Portuguese" and "the Swiss" ("the Chinese said" is Beijing's negotiators), though a
# sports desk writes "the Portuguese" for one coach: those are not here either.
DEMONYMS = word_set(
    """Swede Dane Finn Pole Scot Brit Spaniard Dutchman Frenchman Englishman Irishman
    Welshman Scotsman Icelander Norwegian Argentine Argentinian Brazilian Italian German
    Austrian Belgian Greek Turk Croat Serb Slovene Slovenian Czech Slovak Hungarian
    Romanian Bulgarian Albanian Ukrainian Russian Georgian Armenian Israeli Iranian
    Iraqi Syrian Egyptian Moroccan Algerian Tunisian Nigerian Ghanaian Ivorian
    Cameroonian Kenyan Ethiopian Ugandan Zimbabwean Zambian Korean Filipino Indonesian
    Malaysian Singaporean Indian Pakistani Bangladeshi Afghan Australian Aussie Kiwi
    Canadian American Mexican Colombian Uruguayan Chilean Peruvian Ecuadorian Venezuelan
    Paraguayan Jamaican Trinidadian Barbadian Cuban"""
)


def is_demonym_phrase(tokens: Sequence[Token]) -> bool:
    """Whether ``tokens`` are "the" and one capitalised noun for a person of a country."""
    return (
        len(tokens) == 2
        and tokens[0].lower == "the"
        and tokens[1].is_capitalised
        and clean_word(tokens[1].text) in DEMONYMS
    )
