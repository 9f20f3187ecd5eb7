"""Speakers in the house styles of small-island and Caribbean papers and of the Pacific:
long ministerial titles with two portfolios, "Hon" and initials in brackets, a person's
street and parish after their name, the anonymity clause of wire style, companies named
by their legal form, placards read in pairs. Each sentence was written for these tests,
after ``tests/data/speakers/batch-21``, with other names, places and trades."""

from __future__ import annotations

import pytest

from framediff.attribution import extract_quotes
from framediff.ingest.build import article_from_clean_text
from tests.speaker_support import speakers


def test_a_title_with_two_portfolios_names_the_person_after_it() -> None:
    # "Minister of Tourism and Culture …": the "and" joins the portfolios, not two people.
    assert speakers(
        "“The jetty will be rebuilt before the season,” said Minister of Tourism and "
        "Culture Dr Marlene Haynes-Boyce.",
    ) == ["Marlene Haynes-Boyce"]
    assert speakers(
        "“The jetty will be rebuilt.”",
        "So said Minister of Fisheries and Blue Economy Dr Anand Persaud on Monday.",
    ) == ["Anand Persaud"]


def test_an_and_between_two_people_still_parts_them() -> None:
    # A person named before "and": two speakers, and the nearer is kept, as before.
    assert speakers(
        "Secretary of State John Kerry and Sergei Lavrov met on Friday.",
        "“We have agreed on a ceasefire,” said Secretary of State John Kerry and Sergei Lavrov.",
    ) == ["John Kerry"]


def test_hon_is_a_title_and_initials_in_brackets_are_the_titles() -> None:
    speakers_found = speakers(
        "Member of Parliament (MP) for West Kwara'ae, Hon Peter Dausabea, said the clinic "
        "had been without a nurse since March.",
        "The MP said the province had been promised “a new boat for the nurses” last year.",
    )
    assert speakers_found == ["Peter Dausabea"]


def test_a_place_after_a_persons_street_is_not_the_subject() -> None:
    # Caribbean and Pacific papers give the street and the parish or village after a
    # resident's name; the relative clause and the verb after them are still the person's.
    assert speakers(
        "Fisherman Delbert Skeete of Hothersal Turning, St Philip, who has fished the bay "
        "for 40 years, said the new pier would “finish off the reef”.",
    ) == ["Delbert Skeete"]
    # Not a list of two people joined by "and".
    assert speakers(
        "Sens. Mary Fallin of Oklahoma and Joe Rankin of Kansas, both up for election, "
        "said they would “welcome the help”.",
    ) == ["Joe Rankin"]


def test_an_opening_adverb_of_place_is_no_name() -> None:
    # "Back at the pier, …": the subject is the name after the phrase, and "she" is hers.
    assert speakers(
        "Fishmonger Odessa Clarke-Griffith said the market had lost half its trade.",
        "The council leader, Trevor Mings, said he would meet the traders.",
        "Back at her stall, Clarke-Griffith was already closing for the day.",
        "“Come back next week and we will see,” she said.",
    ) == ["Odessa Clarke-Griffith"]


def test_a_long_anonymity_clause_still_has_its_source_speaking() -> None:
    assert speakers(
        "However, a senior officer at the Central Pharmacy who asked not to be named because "
        "she was not authorised to speak to the media said the problem was “more than freight”.",
    ) == ["a senior officer"]


@pytest.mark.parametrize(
    "company",
    ["Leeward Reef Holdings", "Blue Marlin Developments", "Tamarind Bay Ventures"],
)
def test_the_company_is_a_company_named_by_its_form(company: str) -> None:
    # A name ending in "Holdings", "Developments" or "Ventures" is a company's, which
    # "the company" refers back to.
    assert speakers(
        f"In a written reply, {company} said the marina would open to the public.",
        "“We have listened to the community and changed the design,” the company said.",
    ) == [company]


def test_a_company_is_called_by_its_first_words() -> None:
    assert speakers(
        "The lobbying firm Kestrel Partners LLC was paid $2 million.",
        "“Our work was fully disclosed,” Kestrel said.",
    ) == ["Kestrel Partners LLC"]


def test_a_second_placard_is_nobodys_too() -> None:
    assert speakers(
        "Marchers carried placards reading “Save our beaches” and “Tourists yes, towers no”, "
        "while police kept the road open.",
    ) == [None, None]


def test_a_noun_after_no_is_no_speech_verb() -> None:
    # "no reply": the noun, whose "subject" would be the paper the resident spoke to.
    assert speakers(
        "Mrs Ionela Tuiasosopo wrote to the ministry in May.",
        "Tuiasosopo told the Observer on Monday that she has had no reply.",
        "“Three months, and not even a letter,” she said.",
    ) == ["Ionela Tuiasosopo"]


def test_a_surname_that_is_a_section_word_is_a_surname() -> None:
    # "Us", like "World" or "Business", heads a paper's section; as the surname of a
    # person named in full it is theirs.
    assert speakers(
        "The co-operative's chairman, Ezra “Bigga” Us, 61, spoke at the landing site.",
        "“The catch is down by half,” Us said.",
    ) == ["Ezra Us"]


def test_that_was_the_message_from_names_the_speaker_before() -> None:
    assert speakers(
        "“We are staying on this pavement until they give us a proper market.”",
        "That was the defiant message from 58-year-old vendor Marcia Babb yesterday, as "
        "dozens of vendors gathered outside the market.",
    ) == ["Marcia Babb"]


def test_a_one_word_subject_with_no_persons_marks_does_not_take_she() -> None:
    # A village, a word opening a sentence: nothing the article says of it is a person's,
    # so "she" is still the nurse, whose gender the article gave.
    assert speakers(
        "The Manaoba clinic has had no nurse since June.",
        "“We tell the mothers to walk to Manaoba,” Mrs Esther Houanihau said.",
        "Manaoba is four hours away by canoe when the sea is calm.",
        "“Sometimes Manaoba also has nothing,” she said.",
    ) == ["Esther Houanihau", "Esther Houanihau"]


@pytest.mark.parametrize(
    ("introduced", "later", "speaker"),
    [
        ("Jonathan Ramoifuila, the provincial secretary,", "Ramoifuila", "Jonathan Ramoifuila"),
        ("Mr Ramoifuila", "Mr Ramoifuila", "Ramoifuila"),
    ],
)
def test_a_surname_with_a_persons_marks_still_takes_he(
    introduced: str, later: str, speaker: str
) -> None:
    # Introduced in full or with a title, then named by surname: still the subject "he"
    # points back to, past a speaker whose gender the article gave.
    assert speakers(
        f"{introduced} was at the meeting on Monday.",
        "“The road will open in June,” Mr Peter Kauhue said.",
        f"{later} rejected the claim at the meeting.",
        "“There is no money for the road,” he said.",
    ) == ["Peter Kauhue", speaker]


def test_an_official_of_a_body_named_with_of_is_a_person() -> None:
    # "A Ministry of … official": the official speaks, not the ministry.
    assert speakers(
        "“The permit is under review,” said a Ministry of Lands and Housing official.",
    ) == ["a Ministry of Lands and Housing official"]


def test_placards_in_title_case_are_read_not_titles() -> None:
    # Protesters' signs are often in title case; read off a placard they are words on a
    # sign (nobody's), not the title of a work.
    article = article_from_clean_text(
        "Headline\n\nStrikers waved placards reading “Pay Us What You Owe” and “Doctors "
        "Have Rent Too”.\n\nShe was reading “Things Fall Apart” on the bus.\n",
        id="t",
        roles=("headline",),
    )
    kinds = [(q.text, q.kind, q.speaker) for q in extract_quotes(article)]
    assert kinds == [
        ("Pay Us What You Owe", "fragment", None),
        ("Doctors Have Rent Too", "fragment", None),
        ("Things Fall Apart", "term", None),
    ]


def test_kin_speak_as_kin() -> None:
    # "X's family said" is the family's, not X's: a relation is a role, like an office,
    # and "family" is no adverb for ending in "-ly".
    assert speakers(
        "Ruthanne Okoli-Braid, 29, was last seen in 2011.",
        "“We have waited thirteen years for this day,” Okoli-Braid's family said.",
        "“She would have been proud,” his widow said.",
    ) == ["Okoli-Braid's family", "his widow"]


def test_a_relative_named_after_a_comma_is_who_speaks() -> None:
    assert speakers(
        "Senator Amos Kettering spoke at the rally on Sunday.",
        "On radio, his wife, Bernadette, backed the plan. “It is simply fair,” she said.",
    ) == ["Bernadette"]
