"""Speaker phrases of shapes the news conventions of many house styles use: the subject of an
absolute "with" clause, possessive and described subjects, places and trades before a noun
or a name, and the answers of a question-and-answer interview. Short articles written for
these tests in the styles of outlets we have no data from (British, Irish, Australian,
Canadian, Indian and US local news)."""

from __future__ import annotations

from framediff.attribution import attribute
from framediff.ingest.build import article_from_clean_text
from framediff.model import Attributions


def _attributions(*paragraphs: str) -> Attributions:
    text = "\n\n".join(paragraphs) + "\n"
    article = article_from_clean_text(text, id="t", roles=("headline",))
    return attribute(article)


def _speakers(*paragraphs: str) -> list[str | None]:
    return [q.speaker for q in _attributions(*paragraphs).quotes if q.kind != "term"]


def test_the_subject_of_an_absolute_with_clause_speaks() -> None:
    # Irish broadsheet: the participle's subject is named after "with", not the sentence's.
    speakers = _speakers(
        "Ferry fares to rise again",
        (
            "Islanders are angry over a third fare rise in two years, with the harbour "
            "board insisting that the increase is 'the minimum needed to keep sailing'."
        ),
    )
    assert speakers == ["the harbour board"]


def test_a_possessive_subject_is_a_speaker_phrase() -> None:
    # Canadian wire: an organisation named by a possessive and its noun.
    speakers = _speakers(
        "Nurses reject contract offer",
        (
            "The nurses' union said on Friday that the province's offer was "
            '"nowhere near what was promised."'
        ),
        ('The city\'s fire chief said crews had been "stretched to breaking point" by the strike.'),
        ('The residents\' group, which has 400 members, said it would "fight this all the way."'),
    )
    assert speakers == ["The nurses' union", "The city's fire chief", "The residents' group"]


def test_an_interviewee_answers_the_questions() -> None:
    # Australian Q&A: questions in the writer's words, answers as quotation paragraphs.
    speakers = _speakers(
        "Five minutes with the new fire chief",
        "Maree Collins took charge of the region's rural brigades last month.",
        "How big is the job?",
        '"Bigger than I thought. We cover more ground than some countries."',
        'Your predecessor said the brigades were "at breaking point". Are they?',
        '"They are stretched. I would not say broken."',
        "What keeps you awake at night?",
        '"The next fire season, every night."',
    )
    # The fragment inside the second question is the predecessor's, the answer is not.
    assert speakers == ["Maree Collins", "Your predecessor", "Maree Collins", "Maree Collins"]


def test_a_place_before_a_noun_for_people_modifies_it() -> None:
    # British local news: the town names which traders, it does not speak.
    speakers = _speakers(
        "Market traders oppose parking charges",
        'Wigan traders say the new charges will "drive shoppers to the retail parks".',
    )
    assert speakers == ["Wigan traders"]


def test_an_occupation_before_a_name_is_a_title() -> None:
    # British tabloid and US local news: a trade or an office set before the name, as
    # "Premier Tom Whitfield" or "President X" is.
    speakers = _speakers(
        "Bakery fury at bin collections",
        'Butcher Dave Reilly, 61, said: "The bins have not been emptied for a month."',
        'Councillor Aisling Byrne said: "We are looking into it."',
        'Superintendent Carla Mendes said the district would "revisit the schedule".',
        '"It is a disgrace," Mr Reilly added.',
    )
    assert speakers == ["Dave Reilly", "Aisling Byrne", "Carla Mendes", "Dave Reilly"]


def test_an_anonymous_source_is_credited_with_its_description() -> None:
    # Indian and British styles: a source described and not named.
    speakers = _speakers(
        "Parents protest school closure",
        'One father, who did not wish to be named, said: "We were never consulted."',
        'A school spokeswoman told the paper the plan would be "looked at again".',
    )
    assert speakers == ["One father", "A school spokeswoman"]


def test_an_inverted_description_is_read_to_its_noun_for_a_person() -> None:
    # Politico and Post style: an anonymous source described by a compound ("one defense
    # industry lobbyist"), whose first word alone also names a party to a trial.
    assert _speakers(
        "Shipyard money splits senators",
        "“Every member with a shipyard thinks their yard deserves it,” said one defense "
        "industry lobbyist, who requested anonymity to speak candidly.",
        "“It is a fair deal,” said a former campaign staffer.",
        "“We rest our case,” said the defense.",
    ) == ["one defense industry lobbyist", "a former campaign staffer", "the defense"]


def test_a_town_named_with_its_state_is_no_one_a_pronoun_refers_to() -> None:
    # Magazine profile: "Harlow, Nebraska" after the subject; "she" is still the subject.
    assert _speakers(
        "The woman who measures the rain",
        "Every morning Verna Oberholtzer reads how much rain has fallen on Harlow, Nebraska. "
        "She calls the federal website “the computer thing.”",
        "Her station, Harlow 2 NW, has one of the longest records in the state.",
        "“People ask me if I ever miss a day,” she said.",
    ) == ["Verna Oberholtzer", "Verna Oberholtzer"]
    # A region that owns what follows is no town's: the person before it speaks.
    assert _speakers(
        "Rain records",
        "“The town needs the numbers,” said Ann Harlow, Nebraska’s climatologist.",
        "“We have lost three stations,” Harlow said.",
    ) == ["Ann Harlow", "Ann Harlow"]


def test_an_attribution_that_closes_a_long_sentence_credits_its_partial_quotation() -> None:
    # ANSA: the writer's long clause around a few quoted words, the speaker at its end.
    assert _speakers(
        "Campi Flegrei quake",
        "NAPLES, March 18 - There is “no reason for panic” after a magnitude 4.2 earthquake "
        "struck the Campi Flegrei volcanic area west of Naples overnight, Civil Protection "
        "Department chief Marco Bellandi said Tuesday.",
    ) == ["Marco Bellandi"]


def test_in_the_words_of_credits_the_person_after_it() -> None:
    # Le Monde in English and the Times: the speaker after "in the words of", as after
    # "according to".
    assert _speakers(
        "Maternity ward closes",
        "For many of the demonstrators, the promise is nothing more than “a consolation "
        "prize,” in the words of Delphine Roux, a midwife at the hospital.",
    ) == ["Delphine Roux"]


def test_a_noun_that_opens_a_clause_after_a_name_and_comma_is_no_appositive() -> None:
    # Science desk: "published in the journal Proceedings of the Royal Society B, the
    # authors write that …": the journal is no author, and nobody else is credited.
    assert _speakers(
        "Puffins starving as seas warm",
        "In the paper, published in the journal Proceedings of the Royal Society B, the "
        "authors write that “the quantity of prey delivered is a poor proxy for the "
        "quality of provisioning”.",
    ) == [None]


def test_a_label_names_its_speaker_and_is_no_name_itself() -> None:
    # Ukrainska Pravda's layout: "Quote from X:" before the quotation; "Quote:" is a label.
    assert _speakers(
        "Drones hit Myrhorod",
        "Tetiana Shevchuk, Mayor of Myrhorod, reported that the city had lost power.",
        "Quote from Shevchuk: “Energy workers began restoration works at once.”",
        "Quote from the Air Force: “As of 09:00, hits by 14 drones were recorded.”",
        "Quote: “We ask everyone to remain calm.”",
    )[:2] == ["Tetiana Shevchuk", "Air Force"]


def test_a_prefixed_word_opening_a_sentence_is_no_name() -> None:
    # NME: "Mid-set, Fenwick takes the mic"; the subject is Fenwick, whom "he" refers to.
    assert _speakers(
        "Pylon Hearts at Brixton",
        "Guitarist Ollie Fenwick joined in 2019.",
        "Drummer Rosa Iqbal hits everything, and Dunn is a frontwoman of rare warmth.",
        "Mid-set, Fenwick takes the mic to dedicate a song to his late father. “My dad "
        "drove us to every gig for the first five years,” he says, voice cracking.",
    ) == ["Ollie Fenwick"]


def test_a_quote_label_under_a_source_line_is_the_sources() -> None:
    # Ukrainska Pravda: "Source: X, …, on Telegram", then "Quote: “…”" and its next part.
    assert _speakers(
        "Drones hit Myrhorod",
        "Source: Mykola Horbenko, Head of Poltava Oblast Military Administration, on Telegram",
        "Quote: “During the night, the enemy attacked Myrhorod district with drones.",
        "“I ask you once again: do not publish photos of the air defence at work.”",
    ) == ["Mykola Horbenko", "Mykola Horbenko"]
