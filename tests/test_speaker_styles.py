"""Speakers in house styles of batch 24 (``tests/data/speakers/batch-24``: Brunei, Uzbekistan,
Mongolia, the Maldives, the South Caucasus), written again with other names and places:
Malay styles and patronymics, titles of a place with a portfolio, bodies named "for" two
things, "Hon." inside a sentence, Mongolian initials glued to the name, a speech quoted over
several paragraphs, a feature's "For herder …," topic."""

from __future__ import annotations

from framediff.segment import sentence_spans
from tests.speaker_support import speakers


def test_malay_styles_describe_and_the_patronymic_is_the_name() -> None:
    assert speakers(
        "“The river is our road,” said Dayang Norhayati binti Haji Ahmad, a boat operator.",
        "“Tourists will come,” said Minister of Home Affairs Yang Berhormat Dato Seri Setia "
        "Awang Haji Aminuddin bin Haji Ihsan.",
    ) == ["Norhayati binti Haji Ahmad", "Haji Aminuddin bin Haji Ihsan"]


def test_a_body_named_for_two_things_is_one_body() -> None:
    assert speakers(
        "“Cases will rise,” the National Centre for Disease Control and Prevention said.",
    ) == ["National Centre for Disease Control and Prevention"]


def test_a_title_of_a_place_with_its_portfolio_is_a_title() -> None:
    assert speakers(
        "“Rates will not rise,” Deputy Governor of Nairobi for Finance Wanjiru Kamau said.",
    ) == ["Wanjiru Kamau"]


def test_hon_does_not_end_the_sentence_and_the_name_after_a_body_speaks() -> None:
    assert speakers(
        "The lawmaker representing Ikeja in the Lagos State House of Assembly, Hon. Tunde "
        "Bakare, described the ruling as “long overdue”.",
    ) == ["Tunde Bakare"]


def test_a_pronoun_closing_a_speech_of_several_paragraphs_means_its_speaker() -> None:
    # The speech's paragraphs are one quotation: its speaker is as near as its first one,
    # nearer than the island the narration names.
    assert (
        speakers(
            "Pangai fish market opens",
            "Ten stalls at the Pangai wharf were certified under the Pangai Market Programme.",
            "Minister of Fisheries Dr Sione Vaipulu opened the new market as guest of honour.",
            "In his keynote address, the minister said the market would let visitors see the "
            "daily life of Pangai’s fishing families, while keeping their earnings “on the "
            "island”.",
            "“For too long our fishermen have sold at the wharf to whoever came first.",
            "“Each stall has cold storage and each will be inspected every month.",
            "“I believe this market can change our island,” he said.",
        )
        == ["Sione Vaipulu"] * 4
    )


def test_for_a_described_person_makes_them_the_topic() -> None:
    assert speakers(
        "The National Agency for Meteorology and Environmental Monitoring warned that dust "
        "storms would continue into June.",
        "For herder B.Ganbold, 58, whose camp lies near the dunes, the change is plain to see.",
        "“My camels walk on sand now,” he told reporters.",
    ) == ["B. Ganbold"]


def test_a_mongolian_initial_glued_to_the_name_keeps_the_sentence_whole() -> None:
    assert speakers(
        "Governor of Bulgan soum Kh.Battulga said: “Every family will plant ten trees.”",
    ) == ["Kh. Battulga"]


def test_hon_and_the_ranks_papers_shorten_do_not_end_a_sentence() -> None:
    text = (
        "The MP, Hon. Tunde Bakare, spoke. Brig. Gen. Musa Kanu and Supt. Ama Boateng "
        "attended, with Insp. Kofi Owusu and Cpl. Yaw Mensah."
    )
    assert len(list(sentence_spans(text, 0, len(text)))) == 2


def test_a_name_of_a_place_and_its_kind_keeps_the_name_as_speaker() -> None:
    # Local reporting places a speaker by village, town or county in lower case; the
    # speaker is the person, not the village and not the one quoted before.
    assert speakers(
        "“The water never came,” said Mary Atieno.",
        "“We have lost everything this season,” farmer Kuldeep Singh of Balad Kalan village said.",
        "“We will march again,” John Kamau of Kiambu town told the Star.",
        "“Our stalls are empty,” residents of Balad Kalan village said.",
    ) == ["Mary Atieno", "Kuldeep Singh", "John Kamau", "residents of Balad Kalan"]


def test_a_person_described_by_what_they_are_of_speaks_not_the_body() -> None:
    # "the director of RTS" is a person: crediting the broadcaster, the label or the
    # husband named after "of" would put the words in the wrong mouth.
    assert speakers(
        "“The archive is safe,” said the director of state broadcaster RTS.",
        "“He did not come home,” said the wife of John Smith.",
        "“We cut the show,” says the founder of London label Adeyemi Studio.",
        "“It floods every April,” said a resident of Kibera.",
    ) == [
        "the director of state broadcaster RTS",
        "the wife of John Smith",
        "the founder of London label Adeyemi Studio",
        "a resident of Kibera",
    ]


def test_a_portfolio_in_lower_case_between_title_and_name_is_the_title() -> None:
    # South African papers write a council or provincial portfolio in lower case, and an
    # MEC's portfolio joined by several "and"s; the name after it speaks, and "the MEC".
    assert speakers(
        "“The land is for housing,” said Mayco member for human settlements Johan Steenkamp.",
        "“Roads are bad,” said MEC for transport Sipho Hlomuka.",
        "KwaZulu-Natal MEC for Transport and Community Safety and Liaison Mondli "
        "Dlamini-Shezi visited the scene.",
        "According to the MEC, it was the third shooting. “Every time, the silence protects "
        "the killers,” he said.",
    ) == ["Johan Steenkamp", "Sipho Hlomuka", "Mondli Dlamini-Shezi"]


def test_a_person_at_a_firm_named_after_a_comma_is_no_town_and_region() -> None:
    # "An analyst at CardinalBridge Securities, Tunde Alabi-Olaniyan," is the analyst
    # named in apposition, as "a town, its region" is not: "he" is him.
    assert speakers(
        "An analyst at CardinalBridge Securities, Tunde Alabi-Olaniyan, told reporters the "
        "result was “not surprising”.",
        "“Oriental Foods had one of the highest ratios,” he said.",
    ) == ["Tunde Alabi-Olaniyan", "Tunde Alabi-Olaniyan"]


def test_a_post_on_a_social_network_by_someone_described() -> None:
    # "One user on X wrote:", "the metro posted on X:": the network is where, not who.
    assert speakers(
        "Mr Langat said the plan was fair. “It is fine,” he said.",
        "One user on X wrote: “First it was bread. Now it is oil.”",
        "The Nelson Mandela Bay Metro said the pump had failed.",
        "On Sunday evening, the metro posted on X: “Water tankers have been deployed.”",
    ) == ["Langat", "One user", "Nelson Mandela Bay Metro"]


def test_someone_described_who_said_the_sentence_before_goes_on() -> None:
    # "The employee said severance would …. “…”": the employee, as "He said … “…”" is his.
    assert speakers(
        "“It was very brief,” said one affected employee, who asked not to be named.",
        "The employee said severance would equal a month's salary. “For people who joined "
        "last year, that is not a lot.”",
    ) == ["one affected employee", "one affected employee"]


def test_the_manner_a_feature_gives_the_words_attributes_them() -> None:
    # "‘Solid as a day-old roll,’ he grinned": British tabloids and features.
    assert speakers(
        "Forklift driver Jim McAllister has worked at the plant for 22 years.",
        "‘Solid as a day-old roll,’ he grinned.",
        "“It was mad,” Mere Tautahi laughs.",
    ) == ["Jim McAllister", "Mere Tautahi"]


def test_a_street_something_stands_on_is_nobody() -> None:
    # "a temple on Laxmi Road": a street, not the woman "she" refers to.
    assert speakers(
        "In Pune, Kamlabai Shinde, 58, who sold flowers outside a temple on Laxmi Road for 26 "
        "years before her stall was demolished in November 2023, broke down when she heard "
        "the news.",
        "“We have got justice,” she said.",
    ) == ["Kamlabai Shinde"]


def test_a_court_holding_that_is_credited_with_the_words() -> None:
    # Legal desks: "the High Court, which dismissed …, holding that they had “…”".
    assert speakers(
        "The vendors had first approached the Bombay High Court, which dismissed their "
        "petition in March 2024, holding that they had “no vested right” to any location.",
    ) == ["Bombay High Court"]


def test_a_nickname_in_marks_names_the_person_it_is_set_in() -> None:
    # Brazilian papers set a nickname in marks inside the name and call the person by it:
    # "Sebastião "Tião" Ferreira dos Santos … Tião said" is the doorman ("dos" is a
    # Portuguese particle of the name, as "da" and "das" are).
    assert speakers(
        "Sebastião “Tião” Ferreira dos Santos, a doorman, said he spends a fifth of his pay.",
        "“Every real counts,” Tião said.",
    ) == ["Sebastião Ferreira dos Santos"]


def test_an_office_of_a_body_named_with_its_article_titles_the_name() -> None:
    # "said the president of the Chamber, Edwin Rocha Villarroel," then "The leader said";
    # and an adjective no list holds before the office ("the auxiliary mayor of …").
    assert speakers(
        "“We will block the roads,” said the president of the Chamber, Edwin Rocha "
        "Villarroel, after an emergency meeting.",
        "The leader said that the drivers “have shown patience” for three weeks.",
        "“The siren did not sound,” said the auxiliary mayor of San Miguel Las Lomas, Felipe "
        "de Jesús Tzoc, who stated that they would complain.",
    ) == ["Edwin Rocha Villarroel", "Edwin Rocha Villarroel", "Felipe de Jesús Tzoc"]


def test_a_party_and_hometown_in_commas_is_no_name() -> None:
    # The Texas Tribune sets "R-Lamesa" in commas after a member's name, not in brackets.
    assert speakers(
        "State Rep. Wade Kimbrough, R-Lamesa, called the announcement “a gut punch”.",
        "“It is bad,” said Sen. Ann Roe, D-Austin.",
    ) == ["Wade Kimbrough", "Ann Roe"]


def test_a_person_described_by_a_trade_and_a_role_is_no_company() -> None:
    # "a Washington-based developer and spokeswoman for …": "developer" may head a
    # company's appositive, but with a role joined to it the person speaks, and "she" is her;
    # "on Shaw Heath" is where a cafe is, not who speaks.
    assert speakers(
        "Angelique Brunner, a Washington-based developer and spokeswoman for the EB-5 "
        "Investment Coalition, said the critics were wrong.",
        "“People look at what an area looks like after the investment,” she said.",
        "Julie Hargreaves has run The Brew Stop on Shaw Heath since 2003.",
        "“We're absolutely heartbroken,” she told the Manchester Evening News.",
    ) == ["Angelique Brunner", "Julie Hargreaves"]


def test_a_question_put_before_a_manner_is_the_askers() -> None:
    # "When host Kerri Deveau asked, “…?” MacPhee laughed.": the laugh answers the question.
    assert speakers(
        "When Information Morning host Kerri Deveau asked, “Is 19 per cent a number you'd "
        "ever walk away from?” MacPhee laughed. “Everything's on the table,” she said.",
    ) == ["Kerri Deveau", "MacPhee"]


def test_a_place_named_by_its_kind_and_an_outlet_spoken_to_are_no_antecedents() -> None:
    # "the field above Moore Bay" is a place; "Contacted by ARP FactCheck," names the
    # outlet that asked, not the "he" who answered; "43 degrees Celsius" names nobody.
    assert speakers(
        "By the time Saoirse Ní Fhlannagáin walked on stage, 6,000 people were packed into "
        "the field above Moore Bay.",
        "“I was told that one would kill the mood,” she told the crowd.",
        "Cr Dan Mabbott said the draft was fair. Contacted by ARP FactCheck, the page’s "
        "administrator stood by the post.",
        "“Caps become bans,” he said.",
    ) == ["Saoirse Ní Fhlannagáin", "Dan Mabbott"]


def test_an_honorific_before_a_given_name_refers_to_the_person() -> None:
    # The Egyptian "Amm" (uncle) before a given name, as features call their elders once
    # introduced; "Dona" is left a given name ("Dona Sarkar").
    assert speakers(
        "Sayed Abdel Aziz, the projectionist, wept. “I will stand in front,” Amm Sayed said.",
        "It was 43 degrees Celsius. “We are tired,” a local source said.",
        "“We ship on Friday,” said Dona Sarkar.",
    ) == ["Sayed Abdel Aziz", "a local source", "Dona Sarkar"]


def test_where_a_named_person_lives_set_in_commas_is_a_place() -> None:
    # "Alistair Nichol, of Wilton Dean, is …": British and Irish papers place a reader so.
    assert speakers(
        "Retired lorry driver Alistair Nichol, of Wilton Dean, is firmly against the idea. "
        "‘I drove for forty years without a single accident,’ he writes.",
    ) == ["Alistair Nichol"]


def test_what_a_review_of_these_rules_found_is_credited_as_before() -> None:
    # A capitalised "Town" is a name's, a surname is no street, "Lake" ends a person's name,
    # "spoke to" names who answers, "the boss" is nobody's title, a manner is no cue before
    # a term, and a closing mark after "again" closes. Each its own article.
    cases = [
        (("“The water is off,” said a member of Parliament John Mbadi.",), ["John Mbadi"]),
        (("“We will fix it,” the mayor of Cape Town said.",), ["the mayor of Cape Town"]),
        (
            (
                "The spotlight fell on Damian Green, the former minister, this week.",
                "“I have nothing to hide,” he said.",
            ),
            ["Damian Green"],
        ),
        (
            ("Ricki Lake, the talk show host, spoke. “It was wonderful,” she told People.",),
            ["Ricki Lake"],
        ),
        (
            (
                "Health Minister Aaron Motsoaledi spoke to Thandiwe Mokoena, whose son died at "
                "the clinic.",
                "“I want answers,” she said.",
            ),
            ["Thandiwe Mokoena"],
        ),
        (
            ("Chairman Daniel Levy spoke before the game.", "“We go again,” the boss said."),
            ["the boss"],
        ),
        (("Kolisi laughed off the “fake news” about his move.",), []),
        (
            ("‘It will never happen again’ said the mayor, praising the volunteers' work.",),
            ["the mayor"],
        ),
    ]
    for paragraphs, expected in cases:
        assert speakers(*paragraphs) == expected, paragraphs


def test_a_day_named_is_nobody() -> None:
    # "prior to Election Day, he laughed and said": the day is no "he".
    assert speakers(
        "Questions are surfacing as to when Hillary Clinton will hold her next press conference.",
        "When Robby Mook, Clinton’s campaign manager was asked if Clinton would hold a press "
        "conference prior to Election Day, he laughed and said, “We’ll see.”",
    ) == ["Robby Mook"]
