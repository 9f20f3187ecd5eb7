"""Speakers behind words that describe them and are no names: a place or a body joined to
a participle ("Lagos-based", "Accra-born"), a nationality, a people or a tongue ("Nigerian
writers", "in Ewe or Twi"), and any noun for what the person is right before their full
name ("said the veteran architect Kojo Asante"). Each sentence was written for these
tests, after ``tests/data/speakers/batch-53`` and batch 50, with other names and places."""

from __future__ import annotations

import pytest

from tests.speaker_support import speakers


def test_a_compound_modifier_and_a_nationality_are_no_speakers() -> None:
    assert speakers(
        "A Kumasi-based poet and lecturer, Dr Efua Mensah-Bonsu, has said Ghanaian writers "
        "must record the “slow violence” of eviction.",
    ) == ["Efua Mensah-Bonsu"]


@pytest.mark.parametrize(
    "sentence",
    [
        "“The jetty will open in May,” said the veteran architect Kojo Asante.",
        "“The jetty will open in May,” said the Accra-born architect Kojo Asante.",
        "“The jetty will open in May,” said the London-based architect Kojo Asante.",
        "“The jetty will open in May,” said Accra-born architect Kojo Asante.",
    ],
)
def test_a_noun_before_a_full_name_titles_it(sentence: str) -> None:
    assert speakers(sentence) == ["Kojo Asante"]


def test_a_surname_that_is_a_demonym_stays_a_name() -> None:
    assert speakers(
        "“We will see what happens,” said businessman Mark Cuban.",
        "“Maybe next year,” Cuban said.",
    ) == ["Mark Cuban", "Mark Cuban"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # A verb, a comparative or a word of grammar before the name titles nobody.
        ("Japan branded North Korea an “outlaw nation in the neighbourhood.”", "Japan"),
        ("Mr. Asante endorsed Kofi Mensah Boateng, calling him “a builder of bridges.”", "Asante"),
        (
            "Asked about Mr. Mensah, the minister said “he is a friend,” because Kofi Mensah "
            "had helped him.",
            "minister",
        ),
    ],
)
def test_a_verb_or_a_word_of_grammar_before_a_name_titles_nobody(
    sentence: str, speaker: str
) -> None:
    found = speakers(sentence)
    assert len(found) == 1 and found[0] is not None and speaker in found[0]


def test_a_description_opening_the_sentence_describes_the_name_after_it() -> None:
    # "A … novelist and lecturer, Dr …, has said": "the author" refers back to her, and
    # who described her as what names nobody else so.
    assert speakers(
        "A Kumasi-based novelist and lecturer, Dr Efua Mensah-Bonsu, has said writers must "
        "record eviction.",
        "The launch was chaired by a former Vice-Chancellor of the University of Ghana, Prof. "
        "Kwame Boateng.",
        "In his remarks, Boateng, who described the author as one of his former students, "
        "urged the state to fund libraries.",
        "The author, who teaches creative writing in Accra, said, “I did not set out to write "
        "a political book.”",
    ) == ["Efua Mensah-Bonsu"]


def test_a_paragraph_about_someone_else_leaves_the_quotation_to_its_speaker() -> None:
    # The speaker goes on after a paragraph about a victim, a suspect or a driver who fled.
    assert speakers(
        "“We appeal to anyone who saw the crash to come forward,” said county police "
        "commander Joseph Mwita.",
        "The victim, John Otieno, a 42-year-old boda boda rider, died at the scene.",
        "“We are looking for the driver.”",
    ) == ["Joseph Mwita", "Joseph Mwita"]


def test_a_surname_that_is_a_peoples_word_is_the_persons() -> None:
    assert speakers(
        "Sipho Zulu led the march to the municipal offices on Monday.",
        "“We will come back every week,” Zulu said.",
        "Runner Daniel Cree won the marathon on Sunday.",
        "“I trained for this race all year,” Cree said.",
    ) == ["Sipho Zulu", "Daniel Cree"]


def test_a_portfolio_listed_with_commas_titles_the_name_after_it() -> None:
    assert speakers(
        "Motorists will pay from March, Minister of Traffic, Transport and Urban Planning "
        "Eduardo Hooi announced on Thursday.",
        "“That has to change,” the Minister said.",
    ) == ["Eduardo Hooi"]


def test_a_given_name_that_is_also_a_city_is_a_persons() -> None:
    # "Francisco" is San Francisco's only after "San": the councillor is a man, and
    # Spanish papers call him by his first surname next.
    assert speakers(
        "Environment councillor Francisco Javier Ortega Ruiz said the town hall was “taking "
        "the complaints very seriously”.",
        "“Our technicians have carried out four inspections,” Ortega said.",
    ) == ["Francisco Javier Ortega Ruiz", "Francisco Javier Ortega Ruiz"]


def test_a_mood_before_a_surname_describes_the_speaker() -> None:
    # "said a visibly upset Iyengar": the writer's word for the mood, then the name the
    # article gave the player; a role's noun or a preposition before a name is no mood.
    assert speakers(
        "Top seed Arjun Raghavan lost to Timur Bekov on Monday.",
        "“I played like a tourist today,” said a visibly upset Raghavan.",
        "“It was close,” said an emotional Bekov.",
        "‘I have watched my grandchildren cross that road,’ writes Mrs Elliot, a former "
        "teacher at Wilton Primary.",
    ) == ["Arjun Raghavan", "Timur Bekov", "Elliot"]


def test_an_aboriginal_elders_title_is_no_part_of_her_name() -> None:
    assert speakers(
        "The service opened with a Welcome to Country by Elder Aunty Joan Harris, who spoke "
        "first in her language, at the Royal Hotel.",
        "“He lived that word,” she said.",
    ) == ["Joan Harris"]


def test_the_name_after_an_inverted_copula_is_whom_the_sentence_is_about() -> None:
    assert speakers(
        "“We stood on the road,” Bolot Asanov, a village elder, told reporters.",
        "Among those detained is Gulnara Toktosunova, a teacher who posts about the mine. On "
        "the eve of the protest, she wrote: “If the water is clean, let them drink it.”",
    ) == ["Bolot Asanov", "Gulnara Toktosunova"]


def test_new_inside_a_name_after_another_of_its_words_is_the_names() -> None:
    assert speakers(
        "The military-run Global New Light of Myanmar described the schools as “centres of "
        "unrest” on Monday.",
    ) == ["Global New Light"]


def test_what_an_of_names_after_the_description_is_someone_else() -> None:
    # Found by a review: "A neighbour of the farmer, …" is a neighbour, not the farmer; the
    # clinic someone founded is no title of theirs; "who reports for" is a trade.
    assert speakers(
        "A farmer, Peter Kiprop, lost his herd in the floods.",
        "A neighbour of the farmer, Jane Chebet, said the river rose overnight.",
        "“I lost everything,” the farmer said.",
    ) == ["Peter Kiprop"]
    assert speakers(
        "“We treat 200 children a week,” said the clinic Grace Wanjiru founded in 2010.",
    ) != ["Grace Wanjiru"]


def test_the_author_is_the_novelist_only_if_nobody_else_was_named_since() -> None:
    assert speakers(
        "A novelist, Peter Kimani, has been accused of plagiarism.",
        "The complaint was filed by the author of a 2015 memoir, Grace Ogot Jr.",
        "“I recognised my own sentences on every page,” the author said.",
    ) != ["Peter Kimani"]


def test_a_title_after_a_name_with_no_article_describes_them() -> None:
    # "Anand Raghavan, managing director and chief executive officer," is "the managing
    # director" next, a participle of the title's.
    assert speakers(
        "“The quarter was strong,” Ravi Menon, managing director and chief executive officer, "
        "said on Monday.",
        "Asked about prices, the managing director said they were “a meaningful tailwind”.",
    ) == ["Ravi Menon", "Ravi Menon"]


def test_she_after_an_unnamed_speaker_in_the_paragraph_is_that_speaker() -> None:
    assert speakers(
        "“We run a full schedule,” said Dana Whitfield, a spokeswoman.",
        "A deckhand, who asked not to be named, said morale on the boats was low.",
        "“People are pulling 16-hour days,” the deckhand said. “The boats,” she added, “are "
        "older than the crew.”",
    ) == ["Dana Whitfield", "A deckhand", "A deckhand", "A deckhand"]
