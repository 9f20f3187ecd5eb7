"""Speakers in genres and house styles the earlier rules had not met: features that name
the speaker after the words ("That was Angela Ruiz"), sports reports ("the Swede", "Vale
boss Neil Ashcroft"), science writing ("Ben Adeyemi at the University of Leeds, UK, points
out"), wires that print a name's characters ("Kuo Chien-hung (郭建宏)"), Spanish double
surnames, parties in brackets and statements quoted whole. Each sentence was written for
these tests, after the batches of ``tests/data/speakers/batch-9`` to ``batch-11``."""

from __future__ import annotations

import pytest

from framediff.attribution import attribute, extract_quotes
from framediff.ingest.build import article_from_clean_text
from tests.speaker_support import speakers as _speakers

_BEFORE = "“We will reopen the road by Friday,” said the district engineer, Peter Onyango."


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        ("That was Angela Ruiz, who owns the home.", "Angela Ruiz"),
        ("This is Dougie Flett, 74, a retired ferry engineer.", "Dougie Flett"),
        (
            "That was Claudine Mukeshimana, Hakizimana’s wife, who said little else.",
            "Claudine Mukeshimana",
        ),
    ],
)
def test_that_was_names_the_speaker_of_the_quotation_before(after: str, speaker: str) -> None:
    # The quotation stands alone as its paragraph; the next one names who spoke it.
    assert _speakers(_BEFORE, "“My son sleeps on that couch sometimes.”", after)[-1] == speaker


def test_that_was_a_day_names_nobody() -> None:
    speakers = _speakers(_BEFORE, "“My son sleeps on that couch sometimes.”", "That was Monday.")
    assert speakers[-1] != "Monday"


def test_a_person_named_so_is_the_he_of_the_quotation_after() -> None:
    speakers = _speakers(
        _BEFORE,
        "“Folk thought she was daft.”",
        "This is Dougie Flett, 74, a retired ferry engineer. “I hold things,” he says.",
    )
    assert speakers[-2:] == ["Dougie Flett", "Dougie Flett"]


def test_a_nationality_does_not_stand_for_whoever_was_named_last() -> None:
    # A writer names two people and tells them apart by nationality: the subject before is
    # not "the Italian" for that.
    speakers = _speakers(
        "Carlos Alcaraz beat Jannik Sinner in five sets on Sunday.",
        "“It was the best match of my life,” the Italian said.",
    )
    assert speakers != ["Carlos Alcaraz"]


def test_a_nation_by_its_adjective_is_no_person() -> None:
    # "the Chinese" is the Chinese side in a diplomatic story, not the person named before.
    speakers = _speakers(
        "Mr. Podesta and Todd Stern began arduous negotiations in Beijing.",
        "“We will not accept a binding target,” the Chinese said.",
    )
    assert speakers != ["Todd Stern"]


def test_a_club_boss_is_a_title_not_the_club() -> None:
    speakers = _speakers(
        "Ashford Vale came from behind twice.",
        "Vale boss Neil Ashcroft was full of praise for his side.",
        "“We showed what this club is about today,” he told Match of the Day.",
    )
    assert speakers == ["Neil Ashcroft"]


@pytest.mark.parametrize(
    "topic",
    [
        "For Ruiz, the damage can wait.",
        "For Jean Paul Hakizimana, a father of five, leaving the house was not easy.",
    ],
)
def test_a_person_made_the_topic_with_for_is_the_pronoun_after(topic: str) -> None:
    # "Jean" is a man in French: the name tells no gender.
    name = "Angela Ruiz" if "Ruiz" in topic else "Jean Paul Hakizimana"
    pronoun = "she" if "Ruiz" in topic else "he"
    speakers = _speakers(
        "Angela Ruiz owns the house. The mayor, Vestine Mukarugwiza, spoke to residents.",
        "“Construction will start in April,” the mayor added.",
        topic,
        f"“Walls you can fix,” {pronoun} said.",
    )
    assert speakers[-1] == name


def test_a_gloss_in_another_script_stands_between_a_name_and_its_verb() -> None:
    speakers = _speakers(
        "Employer groups warned that the rise would hurt small firms.",
        "“Every percentage point matters,” Kuo Chien-hung (郭建宏), deputy secretary-general "
        "of the Taiwan Small and Medium Enterprise Alliance, told CNA by phone.",
    )
    assert speakers == ["Kuo Chien-hung"]


def test_a_quotation_keeps_a_gloss_it_holds() -> None:
    text = "Headline\n\n“I am Kuo (郭建宏) and I approve,” Kuo said.\n"
    article = article_from_clean_text(text, id="t", roles=("headline",))
    assert [q.text for q in extract_quotes(article)] == ["I am Kuo (郭建宏) and I approve,"]


def test_the_first_of_two_surnames_refers_back_to_the_whole_name() -> None:
    speakers = _speakers(
        "State tourism secretary Ana Lucía Berlanga Garza visited the beach on Monday.",
        "“Tourism is the engine of this state,” Berlanga said.",
    )
    assert speakers == ["Ana Lucía Berlanga Garza"]


def test_a_party_in_brackets_after_the_subject_leaves_it_the_subject() -> None:
    speakers = _speakers(
        "A source close to the ministry said some MPs were protecting the banks.",
        "MP Fadi Achkar (Strong Republic bloc), a member of the Finance Committee, rejected "
        "that accusation. “No one in this Parliament is protecting anyone,” he said.",
    )
    assert speakers == ["Fadi Achkar"]


def test_a_role_of_a_body_described_at_length_is_the_persons() -> None:
    speakers = _speakers(
        "Henrik Östlund, chief executive of the Umeå-based software firm Nordlys Analytics, "
        "which employs 42 people from 17 countries, called the rule “a blunt instrument”.",
    )
    assert speakers == ["Henrik Östlund"]


def test_the_statement_quoted_whole_is_its_issuers() -> None:
    speakers = _speakers(
        "In a press statement issued yesterday, the Ministry of Health said most cases were "
        "in Kenema. This is what the statement says:",
        "‘The Ministry of Health wishes to inform the general public that cases have risen.’",
    )
    assert speakers == ["Ministry of Health"]


def test_a_described_source_where_they_work_is_the_she_after() -> None:
    speakers = _speakers(
        "The Paramount Chief of Lower Bambara, Joseph Gbenda, spoke on Monday.",
        "A senior nurse at the Lassa ward, who asked not to be named because she is not "
        "authorised to speak to the media, said staff had gone three months without pay.",
        "‘We are the ones touching these patients every day,’ she said.",
    )
    assert speakers == ["A senior nurse"]


def test_a_name_and_dashed_description_stays_the_name() -> None:
    speakers = _speakers(
        "Jason Sims — a teacher from Mount Pleasant — says he decided late.",
        "“It was a big deal,” he said.",
    )
    assert speakers == ["Jason Sims"]


def test_she_is_the_nearer_subject_when_its_gender_is_unknown() -> None:
    # "Hannah" is a known woman's name, "Aiko" is in no list: the nearer one speaks.
    speakers = _speakers(
        "Hannah Ferris, also at Exeter, says the change caught her off guard.",
        "But waiting for a gap is a rarer strategy, says Aiko Moriyama at Kyoto University "
        "in Japan, who was not involved in the study.",
        "‘Waiting for silence is a decision,’ she says.",
    )
    assert speakers == ["Aiko Moriyama"]


def test_a_researcher_named_with_the_institution_is_the_subject() -> None:
    speakers = _speakers(
        "Aiko Moriyama at Kyoto University says the timing matters.",
        "Ben Adeyemi at the University of Leeds, UK, points out that jackdaws copy one another.",
        "‘If one bold bird learns to call after the lorry, the rest could follow,’ he says.",
    )
    assert speakers == ["Ben Adeyemi"]


def _texts(*paragraphs: str) -> list[str]:
    text = "\n\n".join(("Headline", *paragraphs)) + "\n"
    article = article_from_clean_text(text, id="t", roles=("headline",))
    return [q.text for q in extract_quotes(article) if q.kind != "term"]


def test_a_single_mark_after_a_sentence_runs_on_into_the_next_paragraph() -> None:
    # Tabloids quote in straight single marks, apostrophes and all, and run a quotation on
    # from the middle of a paragraph.
    texts = _texts(
        "'Jordan's schedule has been relentless,' the insider said. 'There was no big row, "
        "no third party - they just stopped being on the same page.",
        "'It is sad but it is mutual.'",
    )
    assert texts == [
        "Jordan's schedule has been relentless,",
        "There was no big row, no third party - they just stopped being on the same page.",
        "It is sad but it is mutual.",
    ]


def test_an_outlet_told_is_nobodys_antecedent() -> None:
    speakers = _speakers(
        "Soldiers came at night, a woman from the village told The Irrawaddy by phone.",
        "Her nephew had fled, she said. “Now we are not sure he is safe,” she said.",
    )
    assert "Irrawaddy" not in speakers


def test_the_envoy_is_the_ambassador_named_before() -> None:
    speakers = _speakers(
        "Sudan's U.N. Ambassador Kamal Eldin Awadalla blamed the militia for the strike.",
        "“Our people are the victims of this war,” the envoy said.",
    )
    assert speakers == ["Kamal Eldin Awadalla"]


def test_the_minister_is_not_the_shadow_minister() -> None:
    speakers = _speakers(
        "Housing Minister Colin Darrell tabled the Bill on Friday.",
        "Kendra Bascome, the Shadow Minister of Housing, said her party supported tenants.",
        "Winding up, the minister accused the Opposition of “defending the indefensible”.",
    )
    assert speakers == ["Colin Darrell"]


def test_a_role_pointed_back_at_is_the_name_in_apposition_to_it() -> None:
    speakers = _speakers(
        _BEFORE,
        "“We're not getting carried away.”",
        "That was the message from the Proteas coach, Riaan Botha, when he faced the media.",
    )
    assert speakers[-1] == "Riaan Botha"


def test_a_pronoun_right_before_a_quotation_opens_the_reported_clause() -> None:
    # "said she “…”": "she" is the subject of what was said, not an inverted speaker, so the
    # statement reported is not hers.
    text = (
        "Headline\n\nTrump wants to focus on Hillary Clinton.\n\nHe criticized Clinton’s "
        "track record, said she “isn’t going to straighten it out” over the next four years.\n"
    )
    article = article_from_clean_text(text, id="t", roles=("headline",))
    assert "Hillary Clinton" not in [r.speaker for r in attribute(article).reported]


def test_an_age_given_only_as_it_refers_back_is_the_sentence_subject_before() -> None:
    speakers = _speakers(
        "Crane operator Sami Östman has worked at Vuosaari for eleven years.",
        "“I've got a mortgage. I can't afford to be out here for a month,” the 34-year-old said.",
    )
    assert speakers == ["Sami Östman"]


def test_an_age_after_a_description_names_nobody_else() -> None:
    # The subject before is "the former model", no name: her husband is not who spoke.
    speakers = _speakers(
        "With millions watching, the Slovenia-born former model defended her husband, "
        "Donald Trump.",
        "“Donald is, and always has been, an amazing leader,” said the 46-year-old.",
    )
    assert speakers != ["Donald Trump"]


def test_a_trade_before_a_name_leaves_the_name_the_subject() -> None:
    speakers = _speakers(
        "Carly Fiorina said she doubted voters would care.",
        "The Washington Post columnist Ruth Marcus has been critical of Mr. Trump but on "
        "Tuesday wrote that she agreed with him. “Trump has smeared women because of their "
        "looks,” she wrote.",
    )
    assert speakers == ["Ruth Marcus"]


def test_a_nickname_in_marks_is_part_of_the_name_not_a_quotation() -> None:
    text = (
        "Headline\n\nCatanduanes Gov. Maria Lourdes “Malou” Soriano-Abad said all 11 towns had "
        "lost power.\n\n“Right now we are cut off,” Soriano-Abad told Radyo Bikol.\n"
    )
    article = article_from_clean_text(text, id="t", roles=("headline",))
    quotes = extract_quotes(article)
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Right now we are cut off,", "Maria Lourdes Soriano-Abad")
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Lindsey Graham told ABC’s “This Week.” Sen. Graham said more later.",
        "Chris Christie Calls Hillary Clinton “Liar” On Email Server And Benghazi",
    ],
)
def test_words_in_marks_that_are_no_nickname_stay_a_quotation(paragraph: str) -> None:
    # A programme's title ends in a full stop; a line in title case capitalises every word.
    text = f"Headline\n\n{paragraph}\n"
    article = article_from_clean_text(text, id="t", roles=("headline",))
    assert len(extract_quotes(article)) == 1


@pytest.mark.parametrize(
    ("title", "role"),
    [("Sen. Ted Cruz", "the senator"), ("Gov. Chris Christie", "the governor")],
)
def test_a_title_cut_short_is_the_role_referred_back_to(title: str, role: str) -> None:
    speakers = _speakers(
        f"{title} spoke in Manchester on Monday.", f"“We need boats,” {role} said."
    )
    assert speakers == [title.split(" ", 1)[1]]


def test_a_brand_with_a_capital_inside_is_nobodys_antecedent() -> None:
    speakers = _speakers(
        "“We expected a signal,” lead author Dr. Anjali Mehta told CareBeat.",
        "For Karen, 52, a librarian who asked that her last name not be used, it took two "
        "years to learn.",
        "“I thought I was losing my mind,” she said.",
    )
    assert speakers == ["Anjali Mehta", "Karen"]


def test_names_with_a_prefix_and_plural_acronyms_are_no_brands() -> None:
    speakers = _speakers(
        "Gov. Ron DeSantis spoke to PACs on Monday.",
        "“We will win Florida,” he said.",
    )
    assert speakers == ["Ron DeSantis"]


@pytest.mark.parametrize("after", ["That was Christmas.", "That was Asheville, in the end."])
def test_that_was_a_place_or_a_day_names_no_speaker(after: str) -> None:
    speakers = _speakers(_BEFORE, "“My son sleeps on that couch sometimes.”", after)
    assert speakers[-1] not in ("Christmas", "Asheville")


def test_a_ruling_is_not_the_last_speakers_statement() -> None:
    speakers = _speakers(
        "“We will appeal,” said Maria Lopez, a lawyer for the company.",
        "The ruling said the contract “was void from the start”.",
    )
    assert speakers[-1] != "Maria Lopez"


def test_a_former_title_does_not_hide_a_current_one() -> None:
    speakers = _speakers(
        "Former President Donald Trump, the Republican nominee, spoke in Ohio.",
        "“We will win this state,” the nominee said.",
    )
    assert speakers == ["Donald Trump"]


def test_a_paragraph_of_stray_single_marks_leaves_double_marks_quoting() -> None:
    # Thousands of single marks left open: they are read as apostrophes after a few passes,
    # and the double-quoted quotation after them is still found and credited.
    text = "Headline\n\n" + "'a. " * 3000 + "\n\n“We will win,” said Jane Doe.\n"
    article = article_from_clean_text(text, id="t", roles=("headline",))
    last = extract_quotes(article)[-1]
    assert (last.text, last.speaker) == ("We will win,", "Jane Doe")
