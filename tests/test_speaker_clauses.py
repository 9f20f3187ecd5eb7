"""Speakers behind the clauses and nouns of house styles from outside the US: relative
clauses between speaker and verb, "was quoted as saying", nouns for people no lexicon lists
("senior advocate", "village headman"), bodies named "of" what they serve, and documents
that "read". Sentences written for these tests in the manner of South Asian, African,
Gulf and British papers; each holds a quotation whose speaker a reader would name."""

from __future__ import annotations

import pytest

from framediff.attribution import extract_quotes
from framediff.attribution.lexicon import is_agent_noun
from framediff.ingest.build import article_from_clean_text
from tests.speaker_support import speakers as _speakers


def _verbs(*paragraphs: str) -> list[str | None]:
    text = "\n\n".join(("Headline", *paragraphs)) + "\n"
    article = article_from_clean_text(text, id="t", roles=("headline",))
    return [q.verb for q in extract_quotes(article) if q.kind != "term"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“We are monitoring,” a senior official, who asked not to be named, told Reuters.",
            "a senior official",
        ),
        ("“We are monitoring,” one mum, who asked not to be named, said.", "one mum"),
        (
            "“We are monitoring,” an official who asked not to be named told Reuters.",
            "an official",
        ),
        (
            "“We are monitoring,” an official who was not authorised to speak publicly told AFP.",
            "an official",
        ),
        (
            "“We are monitoring,” a senior official, who spoke on condition of anonymity, said.",
            "a senior official",
        ),
    ],
)
def test_a_relative_clause_between_the_speaker_and_the_verb(text: str, speaker: str) -> None:
    """The verbs of a relative clause about the speaker ("who asked not to be named", "who
    spoke on condition of anonymity") are not the quotation's verb; its antecedent speaks."""
    assert _speakers(text) == [speaker]


def test_the_verb_after_a_relative_clause_is_the_quotations() -> None:
    text = (
        "“We are monitoring,” Ms Perera, who has repeatedly said the plan would fail, "
        "told the Daily Mirror."
    )
    assert _speakers(text) == ["Perera"]
    assert _verbs(text) == ["told"]


def test_a_name_before_a_description_with_a_relative_clause() -> None:
    """ "John Weaver, a GOP strategist who has feuded with Manafort, wrote": the description
    is the name's appositive, and the name speaks."""
    text = (
        "John Weaver, a GOP strategist who has feuded with Manafort, wrote in an email: "
        "“This was probably the worst first day.”"
    )
    assert _speakers(text) == ["John Weaver"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“This is the end,” Ramaphosa was quoted as saying.", "Ramaphosa"),
        ("“This is the end,” Mr Ramaphosa was quoted as saying by the SABC.", "Ramaphosa"),
        (
            "“Order has been restored,” Kenya's police chief Japhet Koome was quoted by "
            "Xinhua as saying.",
            "Japhet Koome",
        ),
    ],
)
def test_was_quoted_as_saying(text: str, speaker: str) -> None:
    """The subject of "was quoted as saying" spoke, not the outlet that quoted them."""
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We have done our best,” said senior advocate Harish Salve.", "Harish Salve"),
        ("“We have done our best,” said the senior advocate Harish Salve.", "Harish Salve"),
        (
            "“We have done our best,” said the veteran trade unionist Bongani Dlamini.",
            "Bongani Dlamini",
        ),
        ("“Prices have doubled,” said the village headman, Somchai Prasert.", "Somchai Prasert"),
        ("“Prices have doubled,” said a local trader, Amina Yusuf.", "Amina Yusuf"),
        ("“Prices have doubled,” said one shopkeeper, who gave only her first name.", None),
        ("“Prices have doubled,” one eyewitness, Peter Mwangi, said.", "Peter Mwangi"),
        ("“Prices have doubled,” a trader, Peter Mwangi, said.", "Peter Mwangi"),
    ],
)
def test_a_noun_for_a_person_no_lexicon_lists(text: str, speaker: str | None) -> None:
    """A lowercase noun with an agent suffix ("advocate", "unionist", "headman", "trader")
    describes the person named after it; an indefinite one with no name is credited as
    written ("one shopkeeper")."""
    expected = speaker if speaker is not None else "one shopkeeper"
    assert _speakers(text) == [expected]


def test_a_definite_description_alone_still_refers_back() -> None:
    """ "said the advocate" is someone the article introduced, if anyone: not credited as
    written, so the quotation is attributed as if no attribution named a new person."""
    assert _speakers("“We have done our best,” said the advocate.") == [None]


@pytest.mark.parametrize(
    ("word", "agent"),
    [
        ("advocate", True),
        ("unionist", True),
        ("headman", True),
        ("villagers", True),
        ("eyewitness", True),
        ("younger", False),
        ("neither", False),
        ("statement", False),
        ("parliament", False),
        ("order", False),
    ],
)
def test_nouns_for_people_by_their_form(word: str, agent: bool) -> None:
    assert is_agent_noun(word) is agent


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We urge calm,” the Ministry of Health said.", "Ministry of Health"),
        ("The Ministry of Foreign Affairs said: “We urge calm.”", "Ministry of Foreign Affairs"),
        ("“We urge calm,” the Bank of England said.", "Bank of England"),
        ("“We urge calm,” the University of Nairobi said in a statement.", "University of Nairobi"),
        ("“We urge calm,” Secretary of State John Kerry said.", "John Kerry"),
        ("“We urge calm,” said Bank of England Governor Andrew Bailey.", "Andrew Bailey"),
    ],
)
def test_a_body_named_of_what_it_serves(text: str, speaker: str) -> None:
    """ "the Ministry of Health" is the body's whole name, as ministries, banks and
    universities are named the world over; a title with "of" before a person's name still
    titles the person."""
    assert _speakers(text) == [speaker]


def test_a_statement_that_reads() -> None:
    """A document that "reads" gives the words of whoever issued it, as one that "says"
    does, and so does one after the verb ("said a statement from the company"); "read" of
    a person is not speech."""
    text = "“Customers will be compensated,” a statement from Kenya Power read in part."
    assert _speakers(text) == ["Kenya Power"]
    assert _verbs(text) == ["read"]
    inverted = "“We are committed,” read the statement signed by spokesperson Ama Owusu."
    assert _speakers(inverted) == ["Ama Owusu"]
    assert _speakers("“Customers will be compensated,” said a statement from the company.") == [
        "the company"
    ]
    assert _verbs("She read the letter aloud: “Dear Sir, I resign.”") == [None]


def test_a_disclosure_is_speech() -> None:
    assert _verbs("“The funds were diverted,” Lai Mohammed disclosed on Tuesday.") == ["disclosed"]
