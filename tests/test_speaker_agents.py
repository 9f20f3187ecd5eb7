"""Speakers named where the sentence's grammar, not its first words, says who acts: the
object of an active "quoted … as saying", the agent of a passive, a title with "of" before
a name, a description set before a name as a title, a country's possessive before its
leader, a body named with a word or two before its "of", the people before a place that a
relative clause describes. Each sentence was written for these tests, after
``tests/data/speakers/batch-22`` and ``batch-23``, with other names, places and trades."""

from __future__ import annotations

from framediff.attribution import extract_quotes
from framediff.ingest.build import article_from_clean_text
from tests.speaker_support import speakers


def test_the_one_an_agency_quotes_as_saying_spoke_not_the_agency() -> None:
    assert speakers(
        "Kassala State Governor Mubarak Idris Fadl toured the dam on Tuesday. The state news "
        "agency quoted him as saying that the repairs would be “finished before the rains”.",
    ) == ["Mubarak Idris Fadl"]
    assert speakers(
        "Xinhua quoted Wang Lixin as saying the talks had been “frank and useful”.",
    ) == ["Wang Lixin"]
    # The passive keeps its subject.
    assert speakers("“We will rebuild,” Fadl was quoted by the agency as saying.") == ["Fadl"]


def test_the_agent_of_a_passive_is_who_a_pronoun_after_it_means() -> None:
    assert speakers(
        "Chief Tevita Folau Moala of Haveluloto said the village shared its catch.",
        "A trader at the fish market said prices had doubled since the storm.",
        "“Nobody is hoarding,” the trader said.",
        "The claim was dismissed by Chief Moala. “We share what the sea gives,” he said.",
    ) == ["A trader", "Tevita Folau Moala"]


def test_a_title_with_of_before_a_name_stays_a_title_before_a_clause() -> None:
    assert speakers(
        "Member of Parliament Lim Hui Min, who chairs the committee, said: “Every victim "
        "deserves a hearing.”",
    ) == ["Lim Hui Min"]
    # A role of a body, with the name in apposition after it, still gives the name.
    assert speakers(
        "The Paramount Chief of Bumpe Ngao Chiefdom, P.C. Foday Kallon Sesay II, said: "
        "“Let the company come and talk to us.”",
    ) == ["Foday Kallon Sesay II"]
    # A lowercase role with its body is the role and its complement, as before.
    assert speakers(
        "Ama Owusu-Ansah, chief executive officer of Coastline Freight Services, said the "
        "ships would “sail on time”.",
    ) == ["Ama Owusu-Ansah"]


def test_a_description_set_before_a_name_as_a_title_opens_the_sentence() -> None:
    # "19-year-old nursing student Kristine …": a "false title", lowercase words and all.
    assert speakers(
        "Councillor Bernardo Ilagan said the river had risen two metres overnight.",
        "At the school gym, 23-year-old nursing student Maricel Tolentino was sorting "
        "donated clothes. “We lost our house in 2018, and we rebuilt it,” she said.",
    ) == ["Maricel Tolentino"]
    # A sentence whose subject comes first is not one: the police charged the driver.
    assert speakers(
        "Inspector Aroha Ngata said the crash had closed the highway.",
        "Police charged driver Tane Wihongi with careless driving. “He was lucky,” she said.",
    ) == ["Aroha Ngata"]


def test_a_countrys_possessive_before_a_name_says_whose_leader_it_is() -> None:
    # "Bolivia's Quispe" in the headline is the president-elect named in full below.
    text = (
        "Neighbours congratulate Bolivia's Quispe as rivals concede\n\n"
        "La Paz (AFP) - Leaders congratulated Bolivia's president-elect Mateo Quispe Mamani "
        "on Monday.\n\n"
        "Quispe, a 48-year-old former miner, won 51 percent of the vote.\n\n"
        "“Bolivia voted for work,” Quispe told supporters in central La Paz.\n"
    )
    article = article_from_clean_text(text, id="t", roles=("headline",))
    assert [q.speaker for q in extract_quotes(article)] == ["Mateo Quispe Mamani"]


def test_a_body_named_with_words_before_its_of_is_named_in_full() -> None:
    assert speakers(
        "“Banks must make good the losses,” the Monetary Authority of Brunei said.",
        "“The rate will hold,” a spokesman for the Reserve Bank of Fiji said.",
    ) == ["Monetary Authority of Brunei", "Reserve Bank of Fiji"]
    # Two bodies joined by a second "and" are not one name.
    assert speakers(
        "“The cuts will cost lives,” the American College of Surgeons and Physicians and "
        "Doctors Without Borders said.",
    ) != ["American College of Surgeons and Physicians and Doctors Without Borders"]


def test_the_people_before_a_place_are_what_a_relative_clause_describes() -> None:
    assert speakers(
        "“Tonight we chose hope,” Maradiaga told thousands of cheering supporters in "
        "central Tegucigalpa, who chanted “Presidenta, presidenta!”",
    ) == ["Maradiaga", "supporters"]


def test_a_noun_for_what_was_said_points_back_at_the_quotation() -> None:
    assert speakers(
        "Joana Tabua, a mother of three, said she had lost a season's crop.",
        "“We are asking for one cool store in every district.” The request came from Isikeli "
        "Vunivalu, chairman of the Ra Growers Cooperative, who had travelled by boat.",
    ) == ["Isikeli Vunivalu"]
    # The office, its body and the body's initials, then the name in apposition.
    assert speakers(
        "Police said the checkpoints had been removed.",
        "“The navy does not collect money at sea.”",
        "That was the response of the deputy spokesperson of the Ghana Armed Forces (GAF), "
        "Commodore Kwame Asante Boateng, when asked about the claims.",
    ) == ["Kwame Asante Boateng"]


def test_an_opening_phrase_set_off_by_a_comma_leaves_the_subject_after_it() -> None:
    # A longer adverbial, then the subject and its verb: "she" is the subject.
    assert speakers(
        "Actor Park Jun-ho hosted the first half of the evening.",
        "Later, presenting the award for best album, Kang Min-seo turned serious. “This "
        "year belongs to the small labels,” she said.",
    ) == ["Kang Min-seo"]
    # A place and its kind set the scene before a titled subject.
    assert speakers(
        "“The water is still rising,” forecaster Jomar Villanueva said.",
        "In Tuao town, Mayor Erlinda Bagunu ordered the evacuation of six villages. “This is "
        "not a request,” she said.",
    ) == ["Jomar Villanueva", "Erlinda Bagunu"]
    # A name inside the opening phrase is not its subject ("In a letter to his wife, …").
    assert speakers(
        "Harold Brekke grew restless designing banks.",
        "In a 1961 letter to his future wife, Ingrid Solberg, he wrote that he meant to "
        "“build something for the ones who don’t.”",
    ) == ["Harold Brekke"]


def test_a_body_named_after_whose_it_is_is_what_its_noun_refers_back_to() -> None:
    assert speakers(
        "Solace's agency Brightline Music said in a statement on Sunday that the group would "
        "rest. “The health of our artists comes first,” the agency said.",
    ) == ["Brightline Music"]
