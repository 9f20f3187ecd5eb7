"""Bodies that speak and pronouns that refer back: "the ministry said", "the White House
said", "it said" for a company introduced as one, and "he" for the subject of the sentence
before whatever its verb. Short articles written for these tests in the styles of outlets we
have no data from (Scottish, Kenyan, Singaporean, Welsh and US local news)."""

from __future__ import annotations

import pytest

from framediff.attribution import attribute
from framediff.ingest.build import article_from_clean_text
from tests.speaker_support import speakers


def _speakers(*paragraphs: str) -> list[str | None]:
    text = "\n\n".join(paragraphs) + "\n"
    article = article_from_clean_text(text, id="t", roles=("headline",))
    return [q.speaker for q in attribute(article).quotes if q.kind != "term"]


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        ("the ministry said in a statement", "the ministry"),
        ("police said", "police"),
        ("said the company", "the company"),
        ("the White House said", "White House"),
        ("the county's water utility said", "the county's water utility"),
        ("a statement from the union said", "the union"),
    ],
)
def test_a_body_named_by_a_common_noun_or_a_metonym_speaks(attribution: str, speaker: str) -> None:
    # Wire style: a body is credited when no person is named.
    speakers = _speakers(
        "Ferry service suspended",
        "The island ferry was suspended on Friday after a fault was found in its steering.",
        f"“Passenger safety comes first and the vessel will stay in port,” {attribution}.",
    )
    assert speakers == [speaker]


def test_it_refers_to_a_company_introduced_as_one() -> None:
    # Singaporean business desk: "The firm, X," makes X a body, so "it" can be X.
    speakers = _speakers(
        "Bus operator fined over breakdowns",
        "The operator, Tanjong Link, was fined $2 million after 40 breakdowns in a year.",
        "In a statement, it said: “We accept the findings and have replaced the gearboxes.”",
    )
    assert speakers == ["Tanjong Link"]


def test_he_is_the_subject_of_the_sentence_before_whatever_its_verb() -> None:
    # Scottish parliamentary report: the last person *reported speaking* is the other one.
    speakers = _speakers(
        "Ferry contract row at Holyrood",
        "“The ships are years late and millions over budget,” said Labour's Iain Rennie.",
        "Transport Secretary Callum Baird rejected the charge. He told MSPs the first ship "
        "would sail “before the summer”.",
        "“We will not be lectured on ferries by Labour,” he said.",
    )
    assert speakers == ["Iain Rennie", "Callum Baird", "Callum Baird"]


def test_a_subject_with_an_appositive_and_a_relative_clause_is_still_the_subject() -> None:
    # Kenyan daily: "Name, age, who …, did" and "Description, Name, did".
    speakers = _speakers(
        "Traders count losses after market fire",
        "“We lost everything,” said county official Ruth Achieng.",
        "Peter Mwangi, 54, who has sold shoes at Gikomba for 20 years, watched his stall "
        "burn. “Twenty years, gone in one night,” he said.",
        "His neighbour, Joseph Kamau, lost his stock too. “I have nothing to sell,” he said.",
    )
    assert speakers == ["Ruth Achieng", "Peter Mwangi", "Joseph Kamau"]


def test_a_person_described_by_a_body_s_office_is_still_a_person() -> None:
    # Welsh local news: "the council's transport chief" names a person, not the council.
    speakers = _speakers(
        "Bridge to close for a year",
        "Carys Price, the council's transport chief, confirmed the closure on Monday.",
        "“There is no safe way to keep it open,” she said.",
    )
    assert speakers == ["Carys Price"]


def test_a_lowercase_title_before_the_name_leaves_the_name_the_subject() -> None:
    # Scottish daily: "Transport minister Fiona Hyslop apologised", then "she said".
    speakers = _speakers(
        "Ferry breakdown strands islanders",
        "Local councillor Moira Black said the delays were “beyond a joke”.",
        "Transport minister Fiona Hyslop apologised to islanders. “I know how frustrating "
        "this is,” she said.",
    )
    assert speakers == ["Moira Black", "Fiona Hyslop"]


def test_a_section_word_or_a_gerund_is_never_a_speaker() -> None:
    # US web politics desk: an outlet's name cut at its "!", and a gerund opening a sentence
    # of an article that writes the same word in lower case.
    speakers = _speakers(
        "Donors return to the party",
        'The senator told Yahoo! News he believed the pages "should be released".',
        "The party's fundraising slowed in the spring. Fundraising was “stagnant for about "
        "a month,” he said.",
    )
    assert "News" not in speakers
    assert "Fundraising" not in speakers


def test_a_compound_title_after_the_verb_still_names_the_speaker() -> None:
    # US local news: "said county elections director Pam Whitlock".
    speakers = _speakers(
        "Count goes on",
        "“Every ballot will be counted,” said county elections director Pam Whitlock.",
        "“We are not done,” said Dana Reyes, who emailed supporters after midnight.",
    )
    assert speakers == ["Pam Whitlock", "Dana Reyes"]


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        ("the Securities and Exchange Commission said", "Securities and Exchange Commission"),
        ("said the Parks and Recreation Department", "Parks and Recreation Department"),
        # Canada's federal departments' applied titles end in the country's name.
        ("Environment and Climate Change Canada said", "Environment and Climate Change Canada"),
        ("said Fisheries and Oceans Canada", "Fisheries and Oceans Canada"),
        # A list of the fields it serves, as British and Indian ministries are named.
        (
            "the Department for Environment, Food and Rural Affairs said",
            "Department for Environment, Food and Rural Affairs",
        ),
        (
            "said the Department for Digital, Culture, Media and Sport",
            "Department for Digital, Culture, Media and Sport",
        ),
        (
            "the Ministry of Environment, Forest and Climate Change said",
            "Ministry of Environment, Forest and Climate Change",
        ),
        (
            "Immigration, Refugees and Citizenship Canada said",
            "Immigration, Refugees and Citizenship Canada",
        ),
        # Antara: with a comma before the list's "and", and no "of".
        (
            "the Meteorology, Climatology, and Geophysics Agency (BMKG) said",
            "Meteorology, Climatology, and Geophysics Agency",
        ),
        # Two speakers: the nearer is named.
        ("Ryan and Senate Majority Leader Mitch McConnell said", "Mitch McConnell"),
        ("Smith and Jones said", "Jones"),
    ],
)
def test_a_body_whose_name_joins_two_fields_by_and_is_named_whole(
    attribution: str, speaker: str
) -> None:
    # US, Canadian, British and Indian bodies: "and" inside the name, with no "of" before
    # it or after a list of fields.
    speakers = _speakers(
        "Regulator fines fund",
        "A fund manager was fined on Tuesday over fees it did not disclose.",
        f"“Investors were misled for years about what they paid,” {attribution}.",
    )
    assert speakers == [speaker]


def test_the_company_refers_to_the_body_named_in_apposition_to_it() -> None:
    # El País English: the company is named once, in apposition, then by its noun.
    assert _speakers(
        "Desalination contract under investigation",
        "The company that won the tender, Hidrosureste Ingeniería, was founded in 2021.",
        "In a brief statement, the company said it had won the contract “in open "
        "competition and in strict compliance with the law”.",
        "The operator, Southern Vale Water, was fined last year.",
        "“We have replaced every pump since,” the company said.",
    ) == ["Hidrosureste Ingeniería", "Southern Vale Water"]


def test_the_company_refers_to_a_body_named_as_companies_are() -> None:
    # Reuters markets and AP: "Halcyon Foods", "Prairie Crest Foods": a company by its name's
    # last word, which "the company" refers back to.
    assert _speakers(
        "Stocks close higher",
        "Among the gainers, packaged food maker Halcyon Foods jumped 7.9% on Tuesday.",
        "The company said in a statement that “pricing actions and a more favorable "
        "product mix” had offset higher costs.",
    ) == ["Halcyon Foods"]


def test_a_spokesperson_for_a_body_named_before_is_credited_with_its_name() -> None:
    # "A spokesperson for the ministry": the spokesperson speaks, for the body named.
    assert _speakers(
        "Hosepipe ban considered",
        "The company, Eastern Counties Water, raised its demand forecast on Monday.",
        "A spokesperson for the company said: “Demand has risen by around 30 per cent.”",
        "The Ministry of Health published the figures.",
        "A spokesperson for the ministry said: “We are reviewing the advice.”",
    ) == [
        "A spokesperson for Eastern Counties Water",
        "A spokesperson for the Ministry of Health",
    ]


def test_part_of_a_statement_is_its_issuers_and_a_party_before_a_title_is_no_subject() -> None:
    # NewZimbabwe: "Part of the statement reads:"; "ZANU PF Bulawayo provincial spokesperson
    # Sikhumbuzo Nyathi blamed …": the party modifies the title, and "he" is Nyathi.
    assert _speakers(
        "Bulawayo extends water cuts",
        "In a statement on Monday, the Bulawayo City Council announced longer water cuts.",
        "Part of the statement reads: “The City of Bulawayo wishes to advise residents that "
        "the programme has been reviewed.”",
        "ZANU PF Bulawayo provincial spokesperson Sikhumbuzo Nyathi blamed the council for "
        "what he called “years of mismanagement and corruption”.",
    ) == ["Bulawayo City Council", "Sikhumbuzo Nyathi"]


def test_a_writing_from_a_body_that_states_is_the_bodys() -> None:
    # Fox News and the NAO's reports: "The letter from X states that …", "The report by X".
    assert _speakers(
        "Veteran told to take down flagpole",
        "The letter from the Cedar Hollow Homeowners Association states that the pole "
        "“exceeds the maximum height permitted” and must go.",
        "The report by the National Audit Office states that the scheme “failed every test "
        "it was set”.",
    ) == ["Cedar Hollow Homeowners Association", "National Audit Office"]


def test_a_council_called_by_its_kind_speaks() -> None:
    # South African and British papers call a metro council "the City" after naming it,
    # and American ones "the city"; neither is a page label nor the last person quoted.
    assert speakers(
        "“We are closed,” the city said.",
        "The City of Cape Town announced the plan on Monday.",
        "“Water is safe,” said Mayor Ann Roe. The City said it would “act quickly”.",
        "“Roads will be fixed,” the county government said.",
    ) == ["the city", "Ann Roe", "City of Cape Town", "the county government"]


def test_a_spokesman_of_a_body_named_by_its_noun_is_a_person() -> None:
    # "said the ministry spokesman" is the ministry's spokesman, named earlier or not,
    # and not the ministry; another body's spokesman is not that one.
    assert speakers(
        "Ministry spokesman Ali Hassan said on Monday the bill was fair.",
        "“We will pay,” said the ministry spokesman.",
        "“Nobody was hurt,” said the police spokesman.",
        "“Talks are over,” a senior administration official said.",
    ) == ["Ali Hassan", "the police spokesman", "a senior administration official"]


def test_the_first_of_a_named_pair_credited_together() -> None:
    # "Two analysts, A and B, found": the pair shares the finding; the first named leads.
    assert speakers(
        "Two analysts, Patrick Megahan and Chris Harman, found that “the shots were fired "
        "from the north”.",
    ) == ["Patrick Megahan"]


def test_a_compound_of_nouns_before_a_role_is_one_description() -> None:
    # "a former U.S. law enforcement official" is one unnamed person, not "U.S."; a verb
    # after a body's noun ends the phrase ("said the ministry was reluctant").
    assert speakers(
        "Petraeus “was handled so lightly,” said a former U.S. law enforcement official.",
        "A source told reporters the deal was late, but said the ministry was reluctant to act "
        "“while people are still waiting”.",
    ) == ["a former U.S. law enforcement official", "A source"]


def test_a_description_with_no_role_noun_needs_its_own_noun() -> None:
    # "The city's state-owned power distributor" shares only "city" with a councillor of
    # "the city council": it is a body of its own, credited as written.
    assert speakers(
        "Byambasuren Oyunchimeg, an independent member of the Citizens’ Representative Khural, "
        "the city council, wrote on Facebook that it was “a disgrace”.",
        "The city’s state-owned power distributor said in an emailed response that it had "
        "“sufficient capacity for the planned expansion”.",
    ) == ["Byambasuren Oyunchimeg", "The city’s state-owned power distributor"]


def test_a_name_before_a_described_role_and_a_body_in_apposition_speaks() -> None:
    # "Jane Roe, an independent member of the X Khural, the city council, wrote": two
    # appositives, the second of the body; the name before them speaks, not "member".
    assert speakers(
        "Jane Roe, an independent member of the Citizens’ Representative Khural, the city "
        "council, wrote that it had “skipped every step of public consultation”.",
    ) == ["Jane Roe"]
