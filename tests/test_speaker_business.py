"""Companies on the business pages: named once with their trade or their shares, then
called "the company". Each sentence was written for these tests, in the style of wire and
business desks outside our data (earnings reports, trade disputes, results days)."""

from __future__ import annotations

import pytest

from tests.speaker_support import speakers as _speakers

_QUOTE = "“Demand will recover in the second half,” the company said in a statement."


@pytest.mark.parametrize(
    ("lead", "company"),
    [
        # The trade before the name: a company, whatever its name's words are.
        ("Pune-based carmaker Vashi Motors said exports had doubled.", "Vashi Motors"),
        ("The lender Banco Serrano posted a record profit on Tuesday.", "Banco Serrano"),
        ("Shares in Kettleby Marine fell 9% in early trading on Monday.", "Kettleby Marine"),
        # "Marine" and "Rose" are given names too: a company described so is still one.
        ("Investors sold shares of Halden Rose after the results.", "Halden Rose"),
    ],
)
def test_the_company_is_the_company_described_by_its_trade(lead: str, company: str) -> None:
    assert _speakers(lead, _QUOTE) == [company]


def test_a_company_named_later_stands_between() -> None:
    # The writer names another company after the one described: "the company" is no longer
    # the described one, and is left as written.
    speakers = _speakers(
        "Markets rose on results from the retailer Amazon and a recovery in oil.",
        "The index was held back by a drop in the oil giant Exxon Mobil.",
        _QUOTE,
    )
    assert speakers == ["the company"]


def test_a_person_with_a_trade_before_the_name_is_a_person() -> None:
    # "developer" and "operator" may be people's trades: the name after one stays a person.
    speakers = _speakers(
        "Property developer Tomasz Wrona bought the site in 2019.",
        "“We will build 300 homes here,” Wrona said.",
    )
    assert speakers == ["Tomasz Wrona"]


def test_a_surname_like_a_trade_is_a_persons() -> None:
    # Brewer, Miner, Baker: surnames, not trades that make a name a company's.
    speakers = _speakers(
        "Former governor Jan Brewer backed the plan on Monday.",
        "“It is the right thing for the state,” she said.",
    )
    assert speakers == ["Jan Brewer"]


def test_the_government_after_a_comma_describes_nobody() -> None:
    # "the government in Riyadh" opens a clause of its own after the comma: the name before
    # it is not "the government".
    speakers = _speakers(
        "Although many of the men were Saudis, the government in Riyadh denied any role.",
        "“We had nothing to do with it,” the government said.",
    )
    assert speakers == ["the government"]


# The subject of a sentence is followed by a chain of appositives before its verb, as
# features everywhere write a person's age, home and role: "he" after it is that person.
_EARLIER = "“The fence works,” said Pema Choden, a forestry officer with the Ura division."


@pytest.mark.parametrize(
    "lead",
    [
        # An age, then where the person is from, with the district after a comma.
        "For two decades, Tashi Dorji, 61, from Tang in Ura gewog, Bumthang, guarded his "
        "field through the night.",
        # A long noun phrase in apposition, past the fourteen words of the others.
        "On Monday, Dale Pruett, the county's longest-serving and most outspoken commissioner "
        "who chairs the roads and bridges committee, was asked about the bridge.",
        # A determiner opens the appositive, not the verb.
        "At Ura, Karma Tenzin, the valley's oldest farmer, showed reporters the broken wire.",
    ],
)
def test_he_is_the_subject_named_before_its_appositives(lead: str) -> None:
    speakers = _speakers(
        _EARLIER,
        lead,
        "“I slept in the field,” he said. The Ura and Bumthang divisions share the cost.",
    )
    subject = lead.split(", ")[1]
    assert speakers[-1] == subject


@pytest.mark.parametrize(
    ("lead", "reference", "speaker"),
    [
        # A title set off by a comma before the name, as papers in Africa, South Asia and
        # the Indian Ocean print officials: the role refers back to it.
        (
            "The minister arrived with the Principal Secretary for Mining, Ruth Lebona, "
            "and the district commissioner.",
            "the principal secretary",
            "Ruth Lebona",
        ),
        (
            "The National Assembly Member for Kiang West, Lamin Bojang, welcomed it.",
            "the lawmaker",
            "Lamin Bojang",
        ),
        # A local title no list holds, opening the sentence and set off on both sides.
        ("Ura gup, Sonam Tobgay, said damage had fallen.", "the gup", "Sonam Tobgay"),
    ],
)
def test_a_title_set_off_before_a_name_is_theirs(lead: str, reference: str, speaker: str) -> None:
    quote = f"“We will be watching every delivery,” {reference} said."
    assert _speakers("“It is a good day,” said Ama Owusu, a farmer.", lead, quote)[-1] == speaker


def test_a_relation_or_a_verb_phrase_before_the_comma_is_no_title() -> None:
    # "Bill Clinton's wife, Hillary Clinton," is no president; "qualified to be president,
    # Clinton" is a verb's phrase.
    speakers = _speakers(
        "Former President Bill Clinton's wife, Hillary Clinton, spoke first.",
        "Whether he is fit to be president, Clinton did not say.",
        "“He is running against me,” the former president said.",
    )
    assert speakers[-1] != "Hillary Clinton"


@pytest.mark.parametrize("opener", ["Reacting", "Responding", "Speaking"])
def test_a_participle_opening_a_reply_is_no_name(opener: str) -> None:
    # Nigerian and Ghanaian papers open a reply so: the body after the comma is the subject.
    speakers = _speakers(
        "“We have not been paid for eleven months,” said Bola Adeyemi, a nurse.",
        f"{opener}, the Lagos State Ministry of Health, in a statement on Tuesday, appealed to "
        "the workers to return, saying the government had “already begun the verification "
        "of the claims.”",
    )
    assert speakers[-1] is not None
    assert speakers[-1].startswith("Lagos State Ministry")


@pytest.mark.parametrize(
    "lead",
    [
        "According to an advisory issued by the Pakistan Meteorological Department on "
        "Tuesday, temperatures are likely to remain “4°C to 6°C above normal” until next week.",
        "Temperatures are likely to remain “4°C to 6°C above normal,” according to a statement "
        "from the Pakistan Meteorological Department.",
    ],
)
def test_according_to_a_document_is_its_issuer(lead: str) -> None:
    # As "said a statement from the ministry": the document speaks for whoever issued it.
    assert _speakers(lead) == ["Pakistan Meteorological Department"]
