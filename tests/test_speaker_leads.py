"""Speakers named after their words, words nobody spoke, and bodies and people referred back
to: conventions of features and of papers outside the US that the rules learnt from
articles written in those styles (``tests/data/speakers/``). Each sentence here was written
for these tests; each holds a quotation whose speaker a reader would name."""

from __future__ import annotations

import pytest

from framediff.attribution import extract_quotes
from framediff.ingest.build import article_from_clean_text


def _quotes(*paragraphs: str) -> list[tuple[str, str | None]]:
    text = "\n\n".join(("Headline", *paragraphs)) + "\n"
    article = article_from_clean_text(text, id="t", roles=("headline",))
    return [(q.text, q.speaker) for q in extract_quotes(article) if q.kind != "term"]


def _speakers(*paragraphs: str) -> list[str | None]:
    return [speaker for _, speaker in _quotes(*paragraphs)]


_BEFORE = "“We will reopen the road by Friday,” said the district engineer, Peter Onyango."


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        # The sentence after the quotation points back at the words and names the speaker.
        (
            "That is how Megalong Valley resident Jan Kowalczyk described the night.",
            "Jan Kowalczyk",
        ),
        ("Those were the words of 68-year-old farmer Mary Wanjiku, who grows tea.", "Mary Wanjiku"),
        ("The words were those of Madam Akosua Nyarko, a 56-year-old farmer.", "Akosua Nyarko"),
        ("The question came from Tafadzwa Moyo, a 32-year-old driver.", "Tafadzwa Moyo"),
        ("The question was put by Zubaida Bibi, a mother of five from Kalri.", "Zubaida Bibi"),
        ("That was the verdict of local MP Gareth Penhaligon, who visited.", "Gareth Penhaligon"),
        (
            "The anger of pensioner Gertrude Mahlangu, who queued for hours, was shared.",
            "Gertrude Mahlangu",
        ),
        # Or introduces a newcomer as its subject, with an appositive or a relative clause.
        (
            "Safety coordinator Goh Seng Huat, who has worked here for years, said more.",
            "Goh Seng Huat",
        ),
        (
            "Hatice Yildiz, a 67-year-old retired teacher, was among the volunteers.",
            "Hatice Yildiz",
        ),
    ],
)
def test_a_speaker_named_in_the_sentence_after_the_quotation(lead: str, speaker: str) -> None:
    speakers = _speakers(_BEFORE, f"“Nobody has come to help us since Monday.” {lead}")
    assert speakers == ["Peter Onyango", speaker]


def test_a_person_already_named_opening_the_next_sentence_is_not_taken_for_the_speaker() -> None:
    # Peter Onyango is in the story already: the quotation continues its speaker, as an
    # unattributed quotation paragraph does.
    speakers = _speakers(
        _BEFORE,
        "“The bridge was weak for years.” Peter Onyango, who visited the site, agreed.",
    )
    assert speakers == ["Peter Onyango", "Peter Onyango"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "On the highway, a hand-painted sign propped against a fence read: “Thank you firies.”",
        "A banner hung on the ship's side read: “From Turkey to Sudan, with brotherhood.”",
        "Posters bearing the words “Hydrate, rest, shade” hang at many worksites.",
        "Someone had spray-painted a message across a kiosk: “Dakar is ours too.”",
        "“Justice for the traders,” read one placard outside the hall.",
    ],
)
def test_the_words_on_signs_and_walls_are_nobodys(paragraph: str) -> None:
    speakers = _speakers(_BEFORE, paragraph)
    assert speakers == ["Peter Onyango", None]


def test_signs_held_by_people_who_chant_do_not_silence_the_chant() -> None:
    quotes = _quotes(
        "Protesters from the Kibera traders' union carried signs and chanted “Our market, our "
        "lives” outside the county offices.",
    )
    assert quotes == [("Our market, our lives", "Protesters")]


def test_signs_in_the_sentence_before_read_by_they() -> None:
    speakers = _speakers(
        _BEFORE,
        "By Sunday, new signs had gone up at both entrances. They read: “Rahui in place - "
        "please do not gather shellfish.”",
    )
    assert speakers == ["Peter Onyango", None]


def test_a_sentence_adverb_without_ly_is_no_speaker() -> None:
    speakers = _speakers(
        "Online, the phrase “Where is the dike?” has become a rallying cry among residents.",
    )
    assert speakers == [None]


@pytest.mark.parametrize(
    ("introduction", "reference", "speaker"),
    [
        (
            "New rules were announced by the Ministry of Manpower (MOM) on March 3.",
            "the ministry",
            "Ministry of Manpower",
        ),
        (
            "In a statement, the Nairobi-based advocacy group Health Rights Watch Africa "
            "urged calm.",
            "the group",
            "Health Rights Watch Africa",
        ),
    ],
)
def test_a_body_referred_back_to_by_its_noun(
    introduction: str, reference: str, speaker: str
) -> None:
    speakers = _speakers(introduction, f"“Employers must comply,” {reference} said.")
    assert speakers == [speaker]


def test_the_group_is_not_any_body_whose_name_holds_group() -> None:
    speakers = _speakers(
        "Shares of UnitedHealth Group fell on Monday.",
        "“The risk pool is out of balance,” the group said.",
    )
    assert speakers == ["the group"]


def test_he_may_mean_a_person_described_and_not_named() -> None:
    speakers = _speakers(
        "Fire chief Tom Halloran said crews were stretched.",
        "One firefighter, who did not want to be named, told the ABC crews were exhausted.",
        "“We’re running on fumes,” he said.",
    )
    assert speakers == ["One firefighter"]


def test_he_never_means_a_group() -> None:
    speakers = _speakers(
        "Jeb Bush spoke to supporters in Miami on Monday.",
        "Longtime friends said the campaign had been hard on the family.",
        "“Civility was assumed,” he said.",
    )
    assert speakers == ["Jeb Bush"]


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        ("said Range Forest Officer (RFO) Sunita Deshmukh", "Sunita Deshmukh"),
        ("said Deputy Commissioner of Police (Zone IV) Anil Kulkarni", "Anil Kulkarni"),
    ],
)
def test_a_titles_initials_in_brackets_before_the_name(attribution: str, speaker: str) -> None:
    assert _speakers(f'"The animal was stressed by the crowd," {attribution}.') == [speaker]


def test_a_quotation_in_single_marks_runs_over_paragraphs() -> None:
    quotes = _quotes(
        "Catriona Nicolson, who runs a hotel in Lamlash, said bookings had collapsed.",
        "‘We have had guests turning up with their luggage. They won’t be back.",
        "‘I have staff to pay,’ she said.",
    )
    assert quotes == [
        (
            "We have had guests turning up with their luggage. They won’t be back.",
            "Catriona Nicolson",
        ),
        ("I have staff to pay,", "Catriona Nicolson"),
    ]


def test_a_single_quotation_after_a_colon_runs_over_paragraphs() -> None:
    quotes = _quotes(
        "Dean Walsh said last night: ‘I didn’t think about it. Something in me said go.",
        "‘The heat was unbelievable.’",
    )
    assert [speaker for _, speaker in quotes] == ["Dean Walsh", "Dean Walsh"]
    assert quotes[0][0].startswith("I didn’t think about it.")


@pytest.mark.parametrize(
    ("sentence", "speaker", "verb"),
    [
        (
            "Opposition leader Tariq Qureshi termed the situation “a total failure of governance”.",
            "Tariq Qureshi",
            "termed",
        ),
        (
            "Her mum Chantelle Briggs sobbed: ‘He’s an angel. I owe him everything.’",
            "Chantelle Briggs",
            "sobbed",
        ),
        (
            "“Tea is no longer a crop for the poor,” said Mzee Kiprotich arap Ng'eno.",
            "Kiprotich arap Ng'eno",
            "said",
        ),
    ],
)
def test_verbs_and_names_of_other_house_styles(sentence: str, speaker: str, verb: str) -> None:
    text = "\n\n".join(("Headline", sentence)) + "\n"
    article = article_from_clean_text(text, id="t", roles=("headline",))
    [quote] = [q for q in extract_quotes(article) if q.kind != "term"]
    assert (quote.speaker, quote.verb) == (speaker, verb)


def test_termed_is_a_verb_only_in_its_past_form_and_never_passive() -> None:
    speakers = _speakers(
        "Mr Obama, in his second term, praised the “decisive action” of the Senate.",
        "The work could be termed “influence peddling,” the Post reported.",
    )
    assert speakers[1] == "Post"


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # A colon after a sentence whose verb reports no speech: its subject's words.
        (
            "Back in Sector 11, Aslam summed up the mood: “Everyone here is making money "
            "from our thirst.”",
            "Aslam",
        ),
        (
            "Ramdial's wife, Savitri Ramdial, 48, put the feeling bluntly: “We feeding the "
            "country and nobody protecting we.”",
            "Savitri Ramdial",
        ),
        ("Clinton’s response was: “Is he from Connecticut or Wisconsin?”", "Clinton"),
        # "painted" of a person is no inscription.
        ("Trump painted a grim picture of the country: “Our country is going to hell.”", "Trump"),
        # Not the owner of whoever did something: the questioners are not Obama.
        ("Obama's first five questioners ranged from skeptical to hostile: “Is it time?”", None),
        ("Name: Gabrielle Hatcher Age: 27 Why she’s protesting: “I never know my pay.”", None),
    ],
)
def test_a_colon_lead_in_without_a_speech_verb(paragraph: str, speaker: str | None) -> None:
    assert _speakers(paragraph) == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("“Him never have no gun!” said a woman who gave her name only as Pauline.", "Pauline"),
        ("A man identified only as Musa told the Star: “We have nothing left.”", "Musa"),
        (
            "Sam Okafor, whose seven-year-old daughter, Ada, has a rare condition, said the "
            "hospice was “the only place where we can be a family”.",
            "Sam Okafor",
        ),
        (
            "An executive at one of the operators, who asked not to be named, said ridership "
            "could fall “by a third or more” this year.",
            "An executive",
        ),
        (
            "“Many of the people we rescue set out at midday,” Brig Gen Khalid Al Shehhi, "
            "director of the force’s search and rescue department, was quoted as saying by "
            "the state news agency Wam.",
            "Khalid Al Shehhi",
        ),
        (
            "“Who carries a helmet all day?” asked Park Seo-yeon, a 27-year-old worker.",
            "Park Seo-yeon",
        ),
        (
            "Sheikh Majid said the Dh4.5 million project was “the first of its kind in the "
            "region” and would be extended.",
            "Sheikh Majid",
        ),
        (
            "“My grandfather is buried out there,” said Ratu Semi Tuilau, pointing offshore.",
            "Semi Tuilau",
        ),
        (
            "Eight years ago, Al Sharpton backed Obama and said, “She has done nothing for us.”",
            "Al Sharpton",
        ),
    ],
)
def test_sources_named_in_passing_and_clauses_that_hide_them(paragraph: str, speaker: str) -> None:
    assert _speakers(paragraph) == [speaker]


def test_a_swahili_elders_title_and_a_fijian_chiefs_name_later() -> None:
    speakers = _speakers(
        "Ratu Semi Tuilau, 73, has farmed here all his life.",
        "“The sea has made the decision for us,” Ratu Semi said.",
    )
    assert speakers == ["Semi Tuilau"]


def test_a_message_nobody_is_named_for_and_a_statement_of_a_named_body() -> None:
    speakers = _speakers(
        "Agnes Nakato said farmers were angry.",
        "A message circulating widely on WhatsApp read: “Farmers, do not sell to any "
        "buyer.” The ministry said it had not issued the message.",
        "The City of Harare said it was working with police. “Council wishes to remind "
        "motorists that the CBD is a controlled zone,” read the statement.",
    )
    assert speakers == [None, "City of Harare"]


def test_a_verb_with_a_clause_of_its_own_after_a_quotation_does_not_credit_it() -> None:
    # "Russia insisted that …" reports Russia's own statement; the quotation before it is
    # Japan's.
    speakers = _speakers(
        "Japan branded North Korea an “outlaw nation in the neighborhood.” Russia insisted "
        "that Pyongyang “stop its dangerous escapades.”",
    )
    assert speakers == ["Japan", "Russia"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "“We will consider it,” a spokesman for Donald Trump said.",
            "a spokesman for Donald Trump",
        ),
        (
            "“We will consider it,” a spokesman for House Speaker Paul Ryan said.",
            "a spokesman for House Speaker Paul Ryan",
        ),
        (
            "A spokesperson for the National Transport Authority said: ‘The NTA is aware of "
            "the withdrawal.’",
            "A spokesperson for the National Transport Authority",
        ),
        # Someone named, then described as a spokesperson, is still named.
        (
            "Hope Hicks, a spokeswoman for Trump, said the campaign was “confident and ready”.",
            "Hope Hicks",
        ),
        # A portfolio after "for" is no one spoken for.
        ("“We will consider it,” said Minister for Housing James Browne.", "James Browne"),
    ],
)
def test_whoever_speaks_for_someone_is_the_speaker(paragraph: str, speaker: str) -> None:
    assert _speakers(paragraph) == [speaker]


def test_a_bodys_noun_is_the_body_not_a_person_whose_title_mentions_it() -> None:
    speakers = _speakers(
        "The Ministry of Human Resources and Emiratisation announced the midday break.",
        "“It is a shared responsibility,” said Mohsen Ali Al Nuaimi, the ministry’s "
        "assistant undersecretary.",
        "According to the ministry, the violations were “limited and dealt with at once”.",
    )
    assert speakers == ["Mohsen Ali Al Nuaimi", "Ministry of Human Resources and Emiratisation"]


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (
            (
                "The concession is held by Angkor Golden Sugar Co Ltd, which is chaired by a "
                "prominent businessman.",
                "In a statement, the company said it “has always operated within the law”.",
            ),
            ["Angkor Golden Sugar Co Ltd"],
        ),
        (
            (
                "Ato Yonas Gebremedhin, 52, has traded in Merkato for thirty years.",
                "“We wrote letters. We attended meetings,” Ato Yonas said.",
            ),
            ["Yonas Gebremedhin"],
        ),
        (
            (
                "“It is on the list,” the official said.",
                "Meanwhile, a handwritten notice pasted on the door of the Thame health post "
                "reads: “If you hear the monastery bell at night, go uphill.”",
            ),
            ["the official", None],
        ),
        (
            (
                "Traders gathered at the gate on Monday.",
                "Written on a piece of cardboard were four words: “We will rise again.”",
            ),
            [None],
        ),
        (
            (
                "“The pattern is always the same,” said a monitoring officer at a local rights "
                "organisation, who asked not to be named.",
            ),
            ["a monitoring officer"],
        ),
    ],
)
def test_companies_amharic_titles_notices_and_sources_at_work(
    paragraphs: tuple[str, ...], speakers: list[str | None]
) -> None:
    assert _speakers(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("That's how Maria Tuipulotu, who lives two doors down, described it.", "Maria Tuipulotu"),
        ("That reassurance came on Wednesday from Rasmus Lill, an adviser.", "Rasmus Lill"),
        ("The words belonged to Ihor Babenko, a 62-year-old retired engineer.", "Ihor Babenko"),
    ],
)
def test_more_ways_of_pointing_back_from_the_next_paragraph(lead: str, speaker: str) -> None:
    speakers = _speakers(_BEFORE, "“Nobody came to help us.”", lead)
    assert speakers == ["Peter Onyango", speaker]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("“We will appeal,” said her lawyer, Maxim Gorelov, adding more.", "Maxim Gorelov"),
        ("“We will appeal,” said her lawyer.", "her lawyer"),
        (
            "A senior official at the Economy Ministry, who asked not to be named, told the "
            "Times that “there is no money for a new law.”",
            "A senior official",
        ),
    ],
)
def test_relations_and_officials_described_before_their_names(paragraph: str, speaker: str) -> None:
    assert _speakers(paragraph) == [speaker]
