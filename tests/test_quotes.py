"""Quotations, their kinds and speakers: the seed articles and one small text per hard case."""

from __future__ import annotations

import pytest

from framediff.attribution import extract_quotes, unify_speakers
from framediff.ingest.build import article_from_clean_text
from framediff.model import Article, ParagraphRole, Quote
from framediff.options import QuoteOptions

ZELENSKY = "Volodymyr Zelensky"
ZELENSKYY = "Volodymyr Zelenskyy"
STOLTENBERG = "Jens Stoltenberg"

# (article, words inside the quotation, kind, speaker as canonicalised in that article)
SEED_QUOTES = [
    ("000", "We must work on the technical possibility", "speech", ZELENSKY),
    ("000", "a very big responsibility", "fragment", ZELENSKY),
    ("000", "I want to try this tool", "speech", ZELENSKY),
    ("000", "out of the question", "fragment", "Olaf Scholz"),
    ("001", "always fear unnecessary escalation.", "fragment", ZELENSKYY),
    ("001", "We are fighting this and will continue", "speech", ZELENSKYY),
    ("002", "NATO will support Ukraine, and we are now", "speech", STOLTENBERG),
    ("002", "Ukraine has the right to attack legitimate", "speech", STOLTENBERG),
    ("002", "different countries have imposed different", "speech", STOLTENBERG),
    ("002", "We have seen different models", "speech", STOLTENBERG),
    ("003", "So my question is, what’s the problem?", "speech", ZELENSKY),
    ("003", "Shoot down what’s in the sky over Ukraine.", "speech", ZELENSKY),
    ("003", "This is what we saw in Israel.", "speech", ZELENSKY),
    ("003", "and beyond.", "fragment", "Moscow"),
    ("003", "huge advantage", "fragment", ZELENSKY),
    ("003", "There are no risks of escalation.", "speech", ZELENSKY),
    ("003", "It’s like sanctions.", "speech", ZELENSKY),
    ("004", "What’s the problem? Why can’t we shoot", "speech", ZELENSKYY),
    ("004", "Shoot down what’s in the sky over Ukraine. And give us", "speech", ZELENSKYY),
    ("004", "Everything is possible in the modern world", "speech", "Vladimir Putin"),
    ("004", "It is clear to everyone", "speech", "Vladimir Putin"),
    ("004", "Can we get seven?", "speech", ZELENSKYY),
    ("004", "Do you think it is too much", "speech", ZELENSKYY),
    ("004", "I think there’s not enough money available", "speech", "Benjamin Friedman"),
    ("004", "So in a sense, moving forward is beyond", "speech", "Benjamin Friedman"),
]


def _seed(seed_articles: dict[str, Article], prefix: str) -> Article:
    return next(a for key, a in seed_articles.items() if key.startswith(prefix))


def _find(quotes: tuple[Quote, ...], words: str) -> Quote:
    found = [q for q in quotes if q.text.startswith(words) or words in q.text]
    assert found, f"no quotation containing {words!r}"
    return found[0]


def _article(text: str, roles: list[ParagraphRole] | None = None) -> Article:
    return article_from_clean_text(text, id="t", roles=roles)


def _quotes(text: str, roles: list[ParagraphRole] | None = None) -> tuple[Quote, ...]:
    quotes = extract_quotes(_article(text, roles))
    for quote in quotes:
        assert text[quote.start : quote.end] == quote.text
    return quotes


# --- the seed articles -------------------------------------------------------------------


@pytest.mark.parametrize(("prefix", "words", "kind", "speaker"), SEED_QUOTES)
def test_seed_quotation(
    seed_articles: dict[str, Article], prefix: str, words: str, kind: str, speaker: str
) -> None:
    quote = _find(extract_quotes(_seed(seed_articles, prefix)), words)
    assert quote.kind == kind
    assert quote.speaker == speaker


def test_seed_direct_quotations_are_exactly_the_known_ones(
    seed_articles: dict[str, Article],
) -> None:
    expected = {(prefix, words) for prefix, words, _, _ in SEED_QUOTES}
    seen = set()
    for key, article in seed_articles.items():
        for quote in extract_quotes(article):
            assert article.text[quote.start : quote.end] == quote.text
            if quote.kind == "term" or "Democracy" in quote.text:
                continue  # the "Read: …" cross-link in 004 is cleaning's business
            match = [(p, w) for p, w in expected if key.startswith(p) and w in quote.text]
            assert match, f"unexpected quotation in {key}: {quote.text!r}"
            seen.update(match)
    assert seen == expected


def test_seed_headline_scare_quotes_are_a_term(seed_articles: dict[str, Article]) -> None:
    quote = _find(extract_quotes(_seed(seed_articles, "004")), "Shoot Down")
    assert quote.kind == "term"
    assert quote.speaker is None


def test_seed_attribution_verbs(seed_articles: dict[str, Article]) -> None:
    added = _find(extract_quotes(_seed(seed_articles, "000")), "I want to try this tool")
    assert (added.speaker_mention, added.verb, added.verb_lemma) == ("he", "added", "add")
    stated = _find(extract_quotes(_seed(seed_articles, "001")), "We are fighting this")
    assert (stated.verb, stated.verb_lemma) == ("stated", "state")
    reaffirmed = _find(extract_quotes(_seed(seed_articles, "002")), "Ukraine has the right")
    assert reaffirmed.speaker_mention == "The Secretary General"
    assert reaffirmed.verb_lemma == "reaffirm"
    putin = _find(extract_quotes(_seed(seed_articles, "004")), "Everything is possible")
    assert putin.verb_lemma == "tell"
    friedman = _find(extract_quotes(_seed(seed_articles, "004")), "I think there’s not enough")
    assert friedman.verb == "told"


def test_seed_speaker_offsets_point_at_the_mention(seed_articles: dict[str, Article]) -> None:
    for article in seed_articles.values():
        for quote in extract_quotes(article):
            if quote.speaker_start is not None and quote.speaker_end is not None:
                mention = article.text[quote.speaker_start : quote.speaker_end]
                assert mention == quote.speaker_mention


def test_seed_split_utterances_share_their_first_part(seed_articles: dict[str, Article]) -> None:
    quotes = extract_quotes(_seed(seed_articles, "003"))
    first = _find(quotes, "So my question is")
    second = _find(quotes, "Shoot down what’s in the sky")
    assert first.utterance == second.utterance == first.index
    quotes = extract_quotes(_seed(seed_articles, "004"))
    first = _find(quotes, "I think there’s not enough")
    second = _find(quotes, "So in a sense")
    assert second.utterance == first.index


def test_seed_elision_and_insertion(seed_articles: dict[str, Article]) -> None:
    quote = _find(extract_quotes(_seed(seed_articles, "000")), "We must work")
    assert [(e.kind, e.text) for e in quote.edits] == [("insertion", "(Russian)")]
    article = _seed(seed_articles, "002")
    quote = _find(extract_quotes(article), "NATO will support Ukraine")
    assert [e.kind for e in quote.edits] == ["elision"]
    edit = quote.edits[0]
    assert article.text[edit.start : edit.end] == edit.text == "…"


def test_unify_speakers_across_seed_outlets(seed_articles: dict[str, Article]) -> None:
    quotes = [q for a in seed_articles.values() for q in extract_quotes(a)]
    unified = unify_speakers(quotes)
    names = {q.speaker for q in unified if q.speaker and "Zelensk" in q.speaker}
    assert len(names) == 1
    assert names.pop().startswith("Volodymyr ")
    # Mentions stay as written.
    assert [q.speaker_mention for q in unified] == [q.speaker_mention for q in quotes]


# --- quote marks -------------------------------------------------------------------------


def test_apostrophes_are_not_quote_marks() -> None:
    text = (
        "Russia's army can't say the '90s were calm, the students' union said. "
        "Rock 'n' roll, O'Brien's 'em."
    )
    assert _quotes(text) == ()


def test_a_plural_possessive_inside_single_quotes_does_not_close_them() -> None:
    # British single-quote style: "bosses'" and "members'" are apostrophes, and a
    # quotation that really closes after an "s" still does ("'losers' and 'cowards'").
    text = (
        "'The bosses' offer doesn't even cover inflation,' said Kath Morgan. "
        "'Our members' patience has run out.'"
    )
    assert [q.text for q in _quotes(text)] == [
        "The bosses' offer doesn't even cover inflation,",
        "Our members' patience has run out.",
    ]
    named = [q.text for q in _quotes("He called them 'losers' and 'cowards' on Monday.")]
    assert named == ["losers", "cowards"]


def test_a_dialect_elision_inside_single_quotes_does_not_close_them() -> None:
    # Scots "no'" (not) as a British paper prints speech; a quotation that closes after a
    # word ending as a dropped g would still does ("vowed 'never again' as the bus left").
    text = "'We're no' going anywhere,' said Jim. 'It's over,' said Ann."
    assert [q.text for q in _quotes(text)] == ["We're no' going anywhere,", "It's over,"]
    assert [q.text for q in _quotes("Survivors vowed 'never again' as the players' bus left.")] == [
        "never again"
    ]


def test_single_quotes_nested_in_double_ones() -> None:
    text = "“He told me ‘never again’ and left,” she said."
    (quote,) = _quotes(text)
    assert quote.text == "He told me ‘never again’ and left,"
    assert quote.kind == "speech"


def test_single_quotes_alone_are_quotations() -> None:
    (quote,) = _quotes("Zelenskyy Says NATO Needs To ‘Shoot Down’ Russian Missiles", ["headline"])
    assert (quote.text, quote.kind) == ("Shoot Down", "term")


def test_guillemets_and_low_high_marks() -> None:
    (french,) = _quotes("Macron said: « Nous sommes en guerre. »")
    assert (french.text, french.speaker) == ("Nous sommes en guerre.", "Macron")
    assert french.kind == "speech"
    (german,) = _quotes("Scholz said: „Das kommt nicht in Frage.“")
    assert (german.text, german.speaker) == ("Das kommt nicht in Frage.", "Scholz")
    (single,) = _quotes("Scholz said: ‹Niemals.›")
    assert single.text == "Niemals."


def test_multi_paragraph_quotation_is_one_utterance() -> None:
    text = (
        "Mayor Jane Smith said:\n\n"
        "“The first paragraph runs on.\n\n"
        "“The second one too.\n\n"
        "“And the last one closes.”\n\n"
        "The council adjourned."
    )
    quotes = _quotes(text)
    assert [q.text for q in quotes] == [
        "The first paragraph runs on.",
        "The second one too.",
        "And the last one closes.",
    ]
    assert {q.utterance for q in quotes} == {quotes[0].index}
    assert [q.close_mark for q in quotes] == ["", "", "”"]
    assert {q.speaker for q in quotes} == {"Jane Smith"}


def test_split_utterance_parts_are_linked() -> None:
    text = "“We will win,” he said. “And we will rebuild.”"
    text = "Governor Tom Hale spoke on Monday. " + text
    first, second = _quotes(text)
    assert first.utterance == second.utterance == first.index
    assert first.speaker == second.speaker == "Tom Hale"
    assert second.verb == "said"


def test_unclosed_quotation_does_not_swallow_the_article() -> None:
    text = (
        "Senator Ann Lee said, “This never closes.\n\n"
        "A new paragraph of the writer's own.\n\n"
        "“A later quotation,” Lee added."
    )
    quotes = _quotes(text)
    assert [q.text for q in quotes] == ["This never closes.", "A later quotation,"]
    assert quotes[0].close_mark == ""
    assert quotes[1].speaker == "Ann Lee"


def test_stray_marks_leave_other_quotations_intact() -> None:
    text = "He is 6'2\" tall. “It works,” said Dr. Ray Pine. ” Odd."
    quotes = _quotes(text)
    assert [q.text for q in quotes] == ["It works,"]
    assert quotes[0].speaker == "Ray Pine"


def test_typewriter_double_marks() -> None:
    (quote,) = _quotes("''We are ready,'' Mr. Pruzan said.")
    assert (quote.text, quote.speaker) == ("We are ready,", "Pruzan")


def test_marked_edits() -> None:
    text = "“We fight … against [Russian] missiles... (over Ukraine),” she said."
    (quote,) = _quotes(text)
    kinds = [(e.kind, e.text) for e in quote.edits]
    assert kinds == [
        ("elision", "…"),
        ("insertion", "[Russian]"),
        ("elision", "..."),
        ("insertion", "(over Ukraine)"),
    ]
    for edit in quote.edits:
        assert text[edit.start : edit.end] == edit.text
    (bracketed,) = _quotes("“We fight [...] on,” she said.")
    assert [e.kind for e in bracketed.edits] == ["elision"]


# --- kinds -------------------------------------------------------------------------------


def test_kinds_speech_fragment_term() -> None:
    text = (
        "Prime Minister Ola Berg called the plan “a very big responsibility” on Monday. "
        "Critics mocked the so-called “peace dividend” again. "
        "“We will not yield to pressure from anyone,” Berg said."
    )
    quotes = _quotes(text)
    assert [(q.text, q.kind) for q in quotes] == [
        ("a very big responsibility", "fragment"),
        ("peace dividend", "term"),
        ("We will not yield to pressure from anyone,", "speech"),
    ]
    assert quotes[0].speaker == "Ola Berg"
    assert quotes[1].speaker is None


def test_titles_are_terms() -> None:
    (quote,) = _quotes("The film “Breaking Bad Habits” opened in Kyiv on Friday.")
    assert quote.kind == "term"


def test_fragment_word_limit_is_an_option() -> None:
    text = "Mayor Jane Smith said the budget was “far too small for a growing city.”"
    (quote,) = extract_quotes(_article(text), options=QuoteOptions(max_fragment_words=3))
    assert quote.kind == "speech"
    (quote,) = extract_quotes(_article(text), options=QuoteOptions(max_fragment_words=10))
    assert quote.kind == "fragment"


# --- speakers ----------------------------------------------------------------------------


def test_pronoun_resolves_to_the_person_introduced() -> None:
    text = (
        "German Chancellor Olaf Scholz met reporters on Monday.\n\n"
        "“It is out of the question,” he said."
    )
    (quote,) = _quotes(text)
    assert (quote.speaker, quote.speaker_mention) == ("Olaf Scholz", "he")


def test_pronoun_skips_a_person_of_the_other_gender() -> None:
    text = "Hillary Clinton spoke after Bernie Sanders on Monday.\n\n“We will fight on,” she said."
    (quote,) = _quotes(text)
    assert quote.speaker == "Hillary Clinton"


def test_role_nouns_resolve_to_the_person_with_that_title() -> None:
    text = (
        "NATO Secretary General Jens Stoltenberg met Ukrainian President Volodymyr Zelensky.\n\n"
        "The Secretary General said “we will not take part in this war.”\n\n"
        "“We need more air defence,” the Ukrainian leader said."
    )
    first, second = _quotes(text)
    assert first.speaker == "Jens Stoltenberg"
    assert second.speaker == "Volodymyr Zelensky"
    assert second.speaker_mention == "the Ukrainian leader"


def test_organisations_and_places_speak() -> None:
    text = (
        "Moscow warned that strikes would follow “in Ukraine and beyond.” "
        "“No decision has been taken,” the Kremlin said."
    )
    first, second = _quotes(text)
    assert (first.speaker, first.kind, first.verb_lemma) == ("Moscow", "fragment", "warn")
    assert second.speaker == "Kremlin"


def test_attribution_before_after_and_according_to() -> None:
    text = (
        "Defense analyst Mark Hall told the Times: “The line will hold.”\n\n"
        "“It will not,” said Colonel Ivan Petrov.\n\n"
        "According to Ukrainska Pravda, Petrov responded by stating,\n\n"
        "“We have seen different models.”"
    )
    quotes = _quotes(text)
    assert [q.speaker for q in quotes] == ["Mark Hall", "Ivan Petrov", "Ivan Petrov"]
    assert [q.verb_lemma for q in quotes] == ["tell", "say", "respond"]


def test_appositive_between_speaker_and_verb() -> None:
    text = (
        "“There is not enough money,” Benjamin Friedman, policy director at Defense "
        "Priorities, previously told the DCNF."
    )
    (quote,) = _quotes(text)
    assert quote.speaker == "Benjamin Friedman"
    assert quote.verb == "told"


def test_speaker_named_in_the_paragraph_before() -> None:
    text = (
        "Asked about membership, Stoltenberg said,\n\n"
        "“We have seen different models.”\n\n"
        "“We will be cautious.”"
    )
    first, second = _quotes(text)
    assert first.speaker == second.speaker == "Stoltenberg"


def test_unify_speakers_picks_the_most_frequent_full_name() -> None:
    a = _quotes("“One,” Volodymyr Zelenskyy said. “Two,” Zelenskyy added.")
    b = _quotes("“Three,” Ukrainian President Volodymyr Zelensky said.")
    c = _quotes("“Four,” Zelensky said.")
    d = _quotes("“Five,” Hillary Clinton said. “Six,” Bill Clinton said.")
    unified = unify_speakers(a + b + c + d)
    names = [q.speaker for q in unified]
    assert names[:4] == ["Volodymyr Zelenskyy"] * 4
    assert names[4:] == ["Hillary Clinton", "Bill Clinton"]
    assert unify_speakers(tuple(reversed(a + b + c + d))) == tuple(reversed(unified))


def test_empty_and_markless_texts() -> None:
    assert _quotes("") == ()
    assert _quotes("No quotations here at all.") == ()
    assert _quotes("\"\" ''") == ()


# --- quoted words inside a reported claim ------------------------------------------------


def test_quoted_words_inside_a_reported_claim_are_the_speakers() -> None:
    text = (
        "Governor Ann Ruiz called the tax plan “reckless” on Monday.\n\n"
        "Mayor Tom Hale used the term “Blue Wave” twice. "
        "Critics mocked the so-called “reform” again. "
        "Ruiz said on CBS’s “Face the Nation” that she would run."
    )
    quotes = _quotes(text)
    assert [(q.text, q.kind) for q in quotes] == [
        ("reckless", "fragment"),
        ("Blue Wave", "fragment"),
        ("reform", "term"),
        ("Face the Nation", "term"),
    ]
    assert quotes[0].speaker == "Ann Ruiz"
    assert quotes[1].speaker == "Tom Hale"


def test_inverted_speaker_after_the_writers_words() -> None:
    text = "“This will be hard” for the party, said Dana Kunz."
    (quote,) = _quotes(text)
    assert quote.speaker == "Dana Kunz"


def test_object_of_an_accusation_is_not_the_speaker() -> None:
    text = "Senator Ann Lee spoke on Sunday and accused Tom Hale of a “flip-flop.”"
    (quote,) = _quotes(text)
    assert quote.speaker == "Ann Lee"


def test_an_aside_with_a_place_does_not_become_the_speaker() -> None:
    text = "Clinton, during a town hall in Columbus, Ohio, said she was “going to win.”"
    (quote,) = _quotes(text)
    assert quote.speaker == "Clinton"


def test_a_place_after_of_is_not_the_speaker() -> None:
    text = "“We will win,” said Gov. Ray Pine of Iowa."
    (quote,) = _quotes(text)
    assert quote.speaker == "Ray Pine"


def test_a_place_inside_a_long_appositive_is_stepped_over() -> None:
    text = "Dan Ode, a salesman from Sumter, South Carolina, says Cruz will “leave with momentum.”"
    (quote,) = _quotes(text)
    assert quote.speaker == "Dan Ode"


def test_a_role_with_a_name_in_apposition_gives_the_name() -> None:
    before = "Mr. Lee's campaign chairman, Paul Moss, dismissed it as “talking points.”"
    after = "“It will pass,” wrote the ambassador at the time, John Herb."
    assert _quotes(before)[0].speaker == "Paul Moss"
    assert _quotes(after)[0].speaker == "John Herb"


def test_phrasal_and_noun_like_verbs_after_the_quotation() -> None:
    quotes = _quotes("“It is over,” Ann Ruiz notes.\n\n“We lost,” Tom Hale went on.")
    assert [q.speaker for q in quotes] == ["Ann Ruiz", "Tom Hale"]
    (pointed,) = _quotes("“The stock is down,” Mr. Rubel pointed out.")
    assert (pointed.speaker, pointed.verb_lemma) == ("Rubel", "point out")


def test_a_quotation_split_by_a_comma_attribution_is_one_utterance() -> None:
    from framediff.ingest.build import article_from_clean_text

    article = article_from_clean_text(
        "Headline\n\nJohn Smith spoke on Monday.\n\n“We will win this war,” he said, “and we "
        "will rebuild the country.” “The road is long,” Jones replied.",
        id="x",
    )
    quotes = extract_quotes(article)
    assert [(q.utterance, q.kind, q.speaker) for q in quotes] == [
        (0, "speech", "John Smith"),
        (0, "speech", "John Smith"),
        (2, "speech", "Jones"),
    ]


def test_every_part_of_an_utterance_has_the_speaker_its_attribution_names() -> None:
    from framediff.ingest.build import article_from_clean_text

    article = article_from_clean_text(
        "Headline\n\nThe president spoke on Monday about the economy and taxes.\n\n"
        "“This is the first paragraph of a long statement about the war and its cost.\n\n"
        "“This is the second paragraph, which goes on about the cost of the war.\n\n"
        "“And this closes it,” said John Smith, a spokesman.",
        id="x",
    )
    assert [(q.utterance, q.speaker) for q in extract_quotes(article)] == [
        (0, "John Smith"),
        (0, "John Smith"),
        (0, "John Smith"),
    ]


def test_a_quotation_signed_after_a_dash() -> None:
    text = (
        "“He is ignorant of our culture and lives.” ― Pamela Padilla\n"
        "“I am so ashamed to be an American.” — Jacklyn Ashley."
    )
    quotes = _quotes(text)
    assert [q.speaker for q in quotes[:2]] == ["Pamela Padilla", "Jacklyn Ashley"]
    assert quotes[0].verb is None and quotes[0].speaker_mention == "Pamela Padilla"
    # A signature names its own quotation's speaker, not the next paragraph's.
    signed, unsigned = _quotes("“We lost the vote.” ― Pamela Padilla\n\n“Nobody signs this one.”")
    assert (signed.speaker, unsigned.speaker) == ("Pamela Padilla", None)
    # A dash that goes on with the writer's own words signs nothing.
    (dashed,) = _quotes("Critics called the plan “a deal” — Smith disagreed.")
    assert dashed.speaker != "Smith"


def test_the_speaker_after_the_writers_words_closes_the_sentence() -> None:
    text = "“The account is far more credible” than that of the CIA chief, Zuckoff said."
    (quote,) = _quotes(text)
    assert quote.speaker == "Zuckoff"


def test_a_role_then_its_name_after_the_quotation() -> None:
    after = (
        "“We build bridges,” the Vatican spokesman, Federico Lombardi, told Vatican Radio.",
        "“Will he resign?” the presumptive GOP presidential nominee, Donald Trump, tweeted.",
        "“It was close,” Sanders's campaign manager, Jeff Weaver, said in an interview.",
    )
    assert [_quotes(t)[0].speaker for t in after] == [
        "Federico Lombardi",
        "Donald Trump",
        "Jeff Weaver",
    ]
    chained = "Jeb Bush, the former Florida governor, who has struggled, called him “robotic.”"
    assert _quotes(chained)[0].speaker == "Jeb Bush"


def test_an_exclamation_then_a_speaker_with_an_appositive() -> None:
    text = "“Not us but can’t argue with it!” Murphy, the head of Right to Rise, Tweeted Friday."
    (quote,) = _quotes(text)
    assert (quote.speaker, quote.verb_lemma) == ("Murphy", "tweet")


def test_a_participle_shares_the_subject_of_the_verb_it_follows() -> None:
    text = (
        "After the victories of Cory Gardner in Colorado, Joni Ernst in Iowa, “we must hold "
        "them,” Steven Law said, noting that donors feel “we need an insurance policy.”"
    )
    assert [q.speaker for q in _quotes(text)] == ["Steven Law", "Steven Law"]
    # "continuing the war" reports no words.
    text = "Any “cleareyed” reading, said Michael Kofman, sees the U.S. continuing the war."
    assert _quotes(text)[0].speaker == "Michael Kofman"


def test_a_dateline_is_not_the_speaker() -> None:
    text = "WASHINGTON — Sen. Chuck Grassley on Wednesday said the remark was “a wise Latina” line."
    (quote,) = _quotes(text)
    assert quote.speaker == "Chuck Grassley"
    text = (
        "LA CROSSE, Wisc. — Gov. Mike Pence on Thursday blamed the media for the claim that "
        "Obama “founded ISIS,” saying they were nitpicking."
    )
    (quote,) = _quotes(text)
    assert quote.speaker == "Mike Pence"


def test_a_sentence_opening_word_seen_once_is_not_a_speaker() -> None:
    text = (
        "Smugglers dig tunnels under the border.\n\nTunnels are so numerous that agents "
        "described the ground as “Swiss cheese.”"
    )
    (quote,) = _quotes(text)
    assert quote.speaker != "Tunnels"


def test_a_colon_lead_in_after_a_party_label_or_a_digest_dash() -> None:
    quotes = _quotes(
        "Rep. Trey Gowdy (R-S.C.):“Who told you that?”\n\n"
        "POLLS SHIFT - Philip Bump: “Two weeks ago, the South was his strongest territory.”"
    )
    assert [q.speaker for q in quotes] == ["Trey Gowdy", "Philip Bump"]
