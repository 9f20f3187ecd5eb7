"""Speakers named by the way a writer refers back or picks one out: "the official" and "the
driver" after a speaker described but not named, "the Norwegian" for the subject before, a
writing that speaks for itself ("the draft decision states"), one of a group ("one of the
drivers told"), a person named after a sentence's opening role ("The president of the
Association of Fruit Growers of Silves, Joaquim Madeira, said") and after "of the" body
("zoologist Katarína Ondrejková of the group told"). Each sentence was written for these
tests, after the batches of ``tests/data/speakers/batch-25`` to ``batch-28`` (European,
Latin American, Caribbean and Central Asian house styles)."""

from __future__ import annotations

import pytest

from framediff.attribution import extract_quotes
from framediff.ingest.build import article_from_clean_text
from tests.speaker_support import speakers as _speakers


def test_the_one_who_said_the_sentence_before_goes_on() -> None:
    speakers = _speakers(
        "‘It is legally shaky,’ said Kees Brandsma, chairman of the landlords’ federation NVVB.",
        "He said the federation had asked a law firm to examine the plan. ‘We are not against "
        "affordable housing, far from it.’",
    )
    assert speakers == ["Kees Brandsma", "Kees Brandsma"]


def test_a_statement_is_not_a_state_secretary() -> None:
    speakers = _speakers(
        "“The shore belongs to all,” State Secretary Zsolt Kerekes said on Tuesday.",
        "Endréd Lakeside Ltd. said in a statement that it was “open to dialogue”.",
        "“The final design will include a public promenade,” the statement said.",
    )
    assert speakers[-1] == "Endréd Lakeside Ltd."


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("“We will repay it,” Jane Doe of the union said.", "Jane Doe"),
        (
            "“It is a question of what works,” zoologist Katarína Ondrejková of the group "
            "told The Slovak Spectator.",
            "Katarína Ondrejková",
        ),
        (
            "Its lead author, climatologist Markéta Šustrová, says the harvest is “a glimpse "
            "of that future”.",
            "Markéta Šustrová",
        ),
        (
            "The president of the Association of Fruit Growers of Silves, Joaquim Madeira, "
            "said that producers “have already given up”.",
            "Joaquim Madeira",
        ),
        (
            "The Socialist deputy elected by Faro, Inês Valadares, considered the answers "
            "“clearly insufficient”.",
            "Inês Valadares",
        ),
        # The Point (the Gambia): a relative clause after the name names someone else.
        (
            "Deputy Governor of CRR, Mr. Ousman Jobe, who deputised for Governor Lamin Saho, "
            "described the project as “a timely intervention” for the region.",
            "Ousman Jobe",
        ),
        (
            "The Member of Parliament for Tonkolili, Hon. Mariama Bangura-Turay (SLPP), who "
            "attended the meeting, said mining must bring “jobs for our young people”.",
            "Mariama Bangura-Turay",
        ),
        (
            "Deputy of the Bishkek City Council Emil Asanaliev said the drivers were never "
            "“consulted”.",
            "Emil Asanaliev",
        ),
        (
            "For her part, the deputy for circuit 13-2, Yarisel Cedeño, described it as “years "
            "of abandonment”.",
            "Yarisel Cedeño",
        ),
        (
            "The opposition United Workers Party (UWP), in a statement on Thursday, accused the "
            "government of ‘shamefully neglecting’ the coast.",
            "United Workers Party",
        ),
        ("“The fishers have waited,” the White House statement said.", "White House"),
        (
            "Counsel to the governor, Mr Ademola Olatunji, SAN, hailed the judgment as "
            "“thorough and well-reasoned”.",
            "Ademola Olatunji",
        ),
    ],
)
def test_the_person_named_in_a_role_or_after_it_speaks(sentence: str, speaker: str) -> None:
    assert _speakers(sentence) == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("“We will repay the loan,” one of the drivers told reporters.", "one of the drivers"),
        ("“We will repay the loan,” said one of the drivers.", "one of the drivers"),
        ("“We will repay the loan,” one of them said.", "one of them"),
        (
            "“We will repay the loan,” one of the drivers, who asked not to be named, told "
            "reporters.",
            "one of the drivers",
        ),
        ("“We are shocked,” one P&G Amiens employee told BFMTV.", "one P&G Amiens employee"),
        ("“We are shocked,” a Tesco worker said.", "a Tesco worker"),
    ],
)
def test_one_of_a_group_is_credited_as_written(sentence: str, speaker: str) -> None:
    assert _speakers("Drivers met the mayor on Monday.", sentence) == [speaker]


def test_a_writing_nobody_issued_speaks_for_itself() -> None:
    speakers = _speakers(
        "The mayor spoke on Monday.",
        "The draft decision states that the tax “will be collected by accommodation units”.",
        "The report notes “some progress” on the shore.",
    )
    assert speakers == ["The draft decision", "The report"]


def test_the_official_refers_back_to_the_speaker_described_so() -> None:
    speakers = _speakers(
        "“The fire is spreading,” an official with the agency said.",
        "Crews were sent from three towns.",
        "“We're throwing everything we have at it,” the official added.",
    )
    assert speakers == ["an official", "an official"]


def test_the_driver_refers_back_to_the_driver_just_described() -> None:
    # Not the driver the article introduced before him by the same noun.
    speakers = _speakers(
        "“Nobody asked us,” said Josiah Thomas, a taxi driver for 30 years.",
        "Another driver, who has worked at the airport since 1991, said older drivers have "
        "no phones.",
        "“I am 68 years old,” the driver said.",
    )
    assert speakers == ["Josiah Thomas", "Another driver"]


def test_a_nationality_is_the_subject_before_when_no_rival_was_named() -> None:
    speakers = _speakers(
        "Harcourt head coach Erik Sandvold said he was delighted.",
        "The Norwegian, who first tried to sign the winger two years ago, admitted the talks "
        "had tested him. “There were moments I thought it was dead,” he said.",
    )
    assert speakers == ["Erik Sandvold"]


def test_a_participle_opening_a_sentence_is_no_subject() -> None:
    speakers = _speakers(
        "“I use the app,” said Jonas Peeters, a consultant. Standing next to him, Monique "
        "Lambert shook her head. “For him it's easy,” she said.",
    )
    assert speakers == ["Jonas Peeters", "Monique Lambert"]
    # A surname ending in "-ing" is no participle.
    speakers = _speakers(
        "“We object,” said the Russian envoy, Kamal Awad.",
        "Robert Kessling took the floor a second time. “Let me say this,” he said.",
    )
    assert speakers[-1] == "Robert Kessling"


def test_a_headline_quotation_the_story_quotes_again_is_its_speakers() -> None:
    text = (
        "‘A station without staff is just a platform’: Unions slam rail plan\n\n"
        "The rail operator will close 14 ticket offices.\n\n"
        "“A station without staff is just a platform,” union secretary Marc Deprez said.\n"
    )
    article = article_from_clean_text(text, id="t", roles=("headline",))
    first = extract_quotes(article)[0]
    assert (first.kind, first.speaker) == ("speech", "Marc Deprez")


def test_a_title_by_its_initials_is_the_person_with_that_title() -> None:
    speakers = _speakers(
        "The ceremony was attended by the Senior Divisional Officer for Fako, Joseph Mbelle "
        "Nkongho, and the Mayor of Tiko, Ivo Motanga.",
        "“This water station is a sign that peace is returning,” the SDO cautioned.",
    )
    assert speakers == ["Joseph Mbelle Nkongho"]


def test_a_title_that_names_its_ministry_after_at_describes_the_person() -> None:
    speakers = _speakers(
        "The ceremony was presided over by the Minister Delegate at the Ministry of Water "
        "Resources, Dr Albert Nkwenti Fonyuy, in the presence of the mayor.",
        "Speaking, the Minister Delegate called it an “unwavering commitment to improve the "
        "lives” of people.",
    )
    assert speakers == ["Albert Nkwenti Fonyuy"]


def test_burmese_names_and_honorifics() -> None:
    # "Mar" inside a name is no month; "Daw" is a woman's honorific, "Sayadaw" a monk's.
    speakers = _speakers(
        "“There were no soldiers here,” the abbot, Sayadaw U Pyinnya Thiri, told Mizzima.",
        "Daw Khin Mar Win, 41, lost her two daughters. “I sent them to the monastery,” she said.",
    )
    assert speakers[-1] == "Daw Khin Mar Win"


def test_the_father_of_three_just_introduced() -> None:
    speakers = _speakers(
        "Driver Mohd Hafiz Rahman, 38, said he typically logs on at 6am.",
        "“I take home maybe RM120 on a good day,” said the father of three.",
    )
    assert speakers == ["Mohd Hafiz Rahman"]


def test_a_sign_reading_words_is_nobodys_whoever_said_it_was_there() -> None:
    speakers = _speakers(
        "Miss Denholm said a laminated sign reading “Lower the load before you leave the "
        "seat” had been fixed to the door."
    )
    assert speakers == [None]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Justice Kamran Saleem Abbasi was hearing a petition filed by residents.",
                "During the hearing, the judge remarked that “the CDA cannot wake up after 15 "
                "years”.",
            ),
            "Kamran Saleem Abbasi",
        ),
        (
            (
                "The storm made landfall at 4 a.m., the National Hurricane Center said.",
                "The Sheriff's Office posted a warning.",
                "“Stay inside,” the hurricane center said.",
            ),
            "National Hurricane Center",
        ),
        (
            (
                "The ruling came on Monday.",
                "Her solicitor, Priya Venkatesh of Leeds firm Lyle & Crane, said it should be "
                "‘a wake-up call for small employers’.",
            ),
            "Priya Venkatesh",
        ),
    ],
)
def test_a_body_or_a_judge_by_the_words_of_its_name(
    paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert _speakers(*paragraphs)[-1] == speaker


def test_an_abbreviation_defined_in_brackets_stands_for_the_body() -> None:
    speakers = _speakers(
        "The protest was organised by the Latvian Dairy Farmers' Association (LPZA).",
        "“The current situation is not sustainable,” the LPZA said in a statement.",
    )
    assert speakers == ["Latvian Dairy Farmers' Association"]


def test_a_headline_credit_the_story_never_makes_gives_way_to_the_storys() -> None:
    text = (
        "Elizabeth Warren Hammers Bank CEO: ‘You Should Be Criminally Investigated.’\n\n"
        "Sen. Elizabeth Warren questioned the bank's chief executive on Tuesday.\n\n"
        "“You should be criminally investigated,” Warren said.\n"
    )
    article = article_from_clean_text(text, id="t", roles=("headline",))
    assert extract_quotes(article)[0].speaker == "Elizabeth Warren"


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # "reporters" holds no "report".
        (("Finance Minister Jane Roe told reporters the budget was final.",
          "“The figures speak for themselves,” the report said."), "the report"),
        # A mother is no John.
        (("Detective Inspector John Smith said the search went on.",
          "“We want him home,” the mother said."), "the mother"),
        # A country in brackets after an athlete defines nothing.
        (("Noah Lyles (USA) won the 100 metres.", "“We are proud,” the USA said."), "USA"),
        # A body the lexicon knows keeps its letters.
        (("BBC Business Correspondent Jane Smith reported from London.",
          "“We stand by it,” the BBC said."), "BBC"),
    ],
)  # fmt: skip
def test_rules_that_refer_back_do_not_misfire(paragraphs: tuple[str, ...], speaker: str) -> None:
    assert _speakers(*paragraphs)[-1] == speaker


def test_a_one_word_name_after_an_office_of_a_body_speaks() -> None:
    # Antara: the quotation, then an office of a body and a one-word name between commas;
    # the body named before is not the speaker.
    speakers = _speakers(
        "Jakarta (ANTARA) - The Health Ministry has urged regional governments to act.",
        "“The number of cases has reached 88,412,” Director of Vector-Borne and Zoonotic "
        "Disease Prevention and Control at the ministry, Mardiyanto, said here on Tuesday.",
    )
    assert speakers == ["Mardiyanto"]


def test_a_person_introduced_by_a_noun_and_never_named_is_credited_by_it() -> None:
    # Le Monde in English: "An anesthetist …, who asked not to be named," then "the
    # anesthetist said"; not the senator quoted before.
    speakers = _speakers(
        "On the left, the Socialist senator for Creuse, Éric Mazaud, called for “an "
        "emergency plan for rural hospitals” financed by the state.",
        "An anesthetist at Guéret hospital, who asked not to be named, was blunt. “Doctors "
        "flown in for a weekend, that is what is dangerous,” the anesthetist said.",
    )
    assert speakers == ["Éric Mazaud", "the anesthetist"]


def test_a_definite_noun_for_someone_named_is_left_to_the_named() -> None:
    # The writer's other name for a person named ("the investor" for Mark Cuban).
    speakers = _speakers(
        "Mark Cuban, the billionaire, said on Monday that he would not run.",
        "“I am not a politician,” the investor said.",
    )
    assert speakers == ["Mark Cuban"]


def test_the_subject_after_an_adverbial_clause_is_the_one_he_refers_to() -> None:
    # US local court report: "When it was his turn to speak, Reinholt stood"; not the
    # victim's daughter, whose statement was read before.
    speakers = _speakers(
        "Douglas R. Reinholt, 61, was sentenced on Friday.",
        "In it, Andrea Kessler-Holt wrote that her mother “spent her last year afraid of "
        "the mail,” convinced that every envelope was another notice.",
        "When it was his turn to speak, Reinholt stood, turned partway toward the gallery "
        "and read from a sheet of yellow legal paper.",
        "“I have no excuse. I told myself every year that I would make it right,” he said.",
    )
    assert speakers == ["Andrea Kessler-Holt", "Douglas R. Reinholt"]


def test_the_subject_after_a_long_participial_opening_is_the_one_he_refers_to() -> None:
    # Space.com: "Speaking at a prelaunch press conference on Monday (Aug. 11), Okonkwo
    # had been cautious", then "he told reporters".
    speakers = _speakers(
        "Chief executive Daniel Okonkwo founded the company in 2019.",
        "Lena Hartmann, the flight director, said the countdown was “clean”.",
        "Speaking at a prelaunch press conference on Monday (Aug. 11), Okonkwo had been "
        "cautious about the company’s chances.",
        "“I’d put the odds of full mission success at maybe 60%,” he told reporters.",
    )
    assert speakers == ["Lena Hartmann", "Daniel Okonkwo"]


def test_she_refers_to_the_person_a_title_opening_the_sentence_before_names() -> None:
    # Le Monde in English: the mayor named once, then "The mayor, for her part, …".
    speakers = _speakers(
        "At the head of the march walked the town’s mayor, Françoise Lamarche-Duval, who "
        "has run the town since 2020.",
        "The health minister, Catherine Vidal-Morin, said the ward was “not safe”.",
        "The mayor, for her part, has no intention of giving up. She has written to the "
        "President. “If we give up on the maternity ward, the school will be next,” she said.",
    )
    assert speakers == ["Catherine Vidal-Morin", "Françoise Lamarche-Duval"]


def test_put_it_up_is_a_deed_not_a_way_of_saying() -> None:
    # Fox News: "Her husband put it up …" is no attribution; "she said" is the wife's.
    speakers = _speakers(
        "Dale Roebuck, 71, put up the flagpole in 2019.",
        "His wife, Carla Roebuck, said the pole carries special meaning for the family. Her "
        "husband put it up the week after his younger brother died of cancer.",
        "“Every morning he goes out there and raises that flag,” she said.",
        "“It is a slow death for the town,” as Jean Dupont put it.",
    )
    assert speakers == ["Carla Roebuck", "Jean Dupont"]


def test_a_later_clause_after_an_opening_role_and_name_has_its_own_subject() -> None:
    # The Telegraph (Calcutta): "The local councillor, Rupa Mitra …, said …, while the CPM's
    # Anirban Dasgupta, who lost to her …, called the project “…”".
    speakers = _speakers(
        "The local councillor, Rupa Mitra of the Trinamul Congress, said she had “conveyed "
        "the residents’ concerns to the mayor”, while the CPM’s Anirban Dasgupta, who lost "
        "to her in the last civic polls, called the project “a real estate deal dressed up "
        "as a parking solution”.",
    )
    assert speakers == ["Rupa Mitra", "Anirban Dasgupta"]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # A review of the round's rules found these; each is credited as before them.
        (
            (
                "Dana Whitfield said she had spent 15 years as a teacher at Lincoln Elementary.",
                "“We are being asked to do more with less every year,” the teacher said.",
            ),
            ["Dana Whitfield"],
        ),
        (
            ("As Warren put it back in 2019, “the system is rigged for the wealthy.”",),
            ["Warren"],
        ),
        (
            (
                "The plan, which Mayor Brandon Johnson called “a lifeline for small businesses” "
                "at a news conference on Thursday, will cost $4 million over three years, the "
                "city's budget office said.",
            ),
            ["Brandon Johnson"],
        ),
        (
            (
                "Steve Brine chairs the committee.",
                "“The waiting lists are a national scandal,” said Brine, Health and Social "
                "Care Committee chairman.",
            ),
            ["Steve Brine"],
        ),
        (
            (
                "The charities Shelter, Crisis and Carers Trust criticised the budget.",
                "“This does nothing for the homeless,” Crisis said.",
            ),
            ["Crisis"],
        ),
        (
            (
                "Shares in Johnson & Johnson fell 3% after the verdict.",
                "A spokesperson for the company said: “We will appeal this verdict.”",
            ),
            ["A spokesperson for the company"],
        ),
        (
            (
                "Ben Stokes, England captain, said the side had let the crowd down.",
                "“We were nowhere near good enough this week,” he said.",
            ),
            ["Ben Stokes"],
        ),
    ],
)
def test_the_rounds_rules_leave_these_as_they_were(
    paragraphs: tuple[str, ...], expected: list[str]
) -> None:
    assert _speakers(*paragraphs) == expected
