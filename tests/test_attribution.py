"""The attribution stage: one pass over an article gives its quotations, reported speech and
name mentions, each with its cue (verb as written, lemma, offsets) and resolved speaker."""

from __future__ import annotations

import json

import pytest

from framediff.attribution import attribute, unify_attributions
from framediff.ingest.build import article_from_clean_text
from framediff.model import Article, Attributions

A001, A002, A003, A004 = (
    "001_bc10143706b948d4",
    "002_0f77700f0b2ee103",
    "003_e10f0307fb1c42ac",
    "004_e3e60bfa29fad391",
)
ZELENSKY = "Volodymyr Zelensky"


@pytest.fixture(scope="module")
def seeds(seed_articles: dict[str, Article]) -> dict[str, Attributions]:
    found = unify_attributions([attribute(a) for a in seed_articles.values()])
    return {a.article: a for a in found}


def _article(text: str, id: str = "x") -> Article:
    return article_from_clean_text(text, id=id)


def test_every_cue_points_at_its_verb(
    seeds: dict[str, Attributions], seed_articles: dict[str, Article]
) -> None:
    cues = 0
    for found in seeds.values():
        text = seed_articles[found.article].text
        for quote in found.quotes:
            if quote.verb is None:
                assert quote.verb_start is None and quote.verb_end is None
                continue
            assert quote.verb_start is not None and quote.verb_end is not None
            assert text[quote.verb_start : quote.verb_end].lower() == quote.verb.lower()
            cues += 1
        for r in found.reported:
            assert text[r.verb_start : r.verb_end].lower() == r.verb.lower()
            assert text[r.speaker_start : r.speaker_end] == r.speaker_mention
            assert r.start <= r.verb_start < r.end
            cues += 1
    assert cues > 40


def test_reported_speech_on_the_seeds(
    seeds: dict[str, Attributions], seed_articles: dict[str, Article]
) -> None:
    reported = {(r.article, r.verb_lemma): r for a in seeds.values() for r in a.reported}
    claimed = reported[(A004, "claim")]
    assert (claimed.speaker, claimed.speaker_mention, claimed.verb) == (
        ZELENSKY,
        "Zelenskyy",
        "claimed",
    )
    text = seed_articles[A004].text
    assert text[claimed.start : claimed.end].startswith("Zelenskyy claimed that")
    # A participle shares its sentence's subject: "Zelensky is asking …, dismissing concerns".
    dismissing = next(r for r in seeds[A003].reported if r.verb == "dismissing")
    assert dismissing.speaker == ZELENSKY
    assert dismissing.speaker_mention == "Ukrainian President Volodymyr Zelensky"
    # "The Ukrainian leader dismissed …": the role resolves to the person it describes.
    leader = next(r for r in seeds[A003].reported if r.speaker_mention == "The Ukrainian leader")
    assert leader.speaker == ZELENSKY
    # "Stoltenberg said," introducing a quotation in the next paragraph is its frame.
    for found in seeds.values():
        text = seed_articles[found.article].text
        assert not any("When asked to comment" in text[r.start : r.end] for r in found.reported)


def test_a_fragment_lends_its_cue_to_the_sentence() -> None:
    article = _article(
        "Plan criticised\n\n"
        "Anna Smith called the plan a “reckless gamble” on Monday.\n\n"
        "Later, Smith argued that the budget could not stand."
    )
    (found,) = unify_attributions([attribute(article)])
    (fragment,) = found.quotes
    assert fragment.kind == "fragment" and fragment.verb == "called"
    first, second = found.reported
    # The sentence borrows the fragment's cue: the record names the fragment.
    assert (first.quote, first.verb, first.speaker) == (fragment.index, "called", "Anna Smith")
    assert first.verb_start == fragment.verb_start
    # A bare surname resolves to the person the article introduced.
    assert (second.quote, second.verb_lemma, second.speaker) == (None, "argue", "Anna Smith")


def test_speech_sentences_are_not_reported_speech() -> None:
    article = _article("Talks\n\n“We will not give in,” said Anna Smith. She left at noon.")
    (found,) = unify_attributions([attribute(article)])
    assert [q.speaker for q in found.quotes] == ["Anna Smith"]
    assert found.reported == ()


def test_articles_without_quote_marks_still_report_speech() -> None:
    article = _article("Budget\n\nThe minister, Anna Smith, said the budget would pass.")
    (found,) = unify_attributions([attribute(article)])
    assert found.quotes == ()
    assert [(r.speaker, r.verb) for r in found.reported] == [("Anna Smith", "said")]


def test_new_opens_place_and_paper_names() -> None:
    article = _article(
        "Report\n\nThe New York Times reported that talks had stalled. "
        "Voters in New Hampshire said little. The new minister said the talks would go on."
    )
    (found,) = unify_attributions([attribute(article)])
    # "in New Hampshire" says where the voters are: a place named in passing is no speaker,
    # the voters are.
    assert [r.speaker for r in found.reported] == ["New York Times", "Voters", "The new minister"]


def test_a_place_after_a_preposition_is_not_the_speaker() -> None:
    article = _article(
        "Vote\n\nAnna Smith voted early. “It was quick,” she said.\n\n"
        "“Nobody waited,” a spokesman at Springfield General said."
    )
    (found,) = unify_attributions([attribute(article)])
    assert [q.speaker for q in found.quotes] == ["Anna Smith", "a spokesman"]


def test_speakers_are_one_name_across_articles() -> None:
    a = _article("Plan\n\n“It will pass,” said Anna Smith. Smith added that it was late.", "a")
    b = _article("Plan\n\nSmith argued that the plan was sound.", "b")
    c = _article("Plan\n\nAnna Smyth, an analyst, said it was not.", "c")
    found = {x.article: x for x in unify_attributions([attribute(a), attribute(b), attribute(c)])}
    assert [r.speaker for r in found["b"].reported] == ["Anna Smith"]
    # Reported speech never renames a quoted person, and different given names stay apart.
    assert [q.speaker for q in found["a"].quotes] == ["Anna Smith"]
    # "Smyth" shares Smith's spelling-insensitive key but is the only form of her name.
    assert [r.speaker for r in found["c"].reported] == ["Anna Smyth"]


def test_name_mentions_are_tied_to_quoted_people(seeds: dict[str, Attributions]) -> None:
    tied = [m for m in seeds[A001].mentions if m.speaker == ZELENSKY]
    assert tied and all(m.spelling == "Zelenskyy" for m in tied)
    # "Volodymyr" is a capitalised word but not the surname position of anybody quoted.
    assert all(m.speaker is None for m in seeds[A001].mentions if m.spelling == "Volodymyr")


def test_json_forms(seeds: dict[str, Attributions]) -> None:
    data = seeds[A004].to_json()
    assert list(data) == ["article", "quotes", "reported", "mentions"]
    json.dumps(data)
    quote = data["quotes"][1]
    assert {"verb", "verb_lemma", "verb_start", "verb_end", "speaker_mention"} <= set(quote)
    assert list(data["reported"][0]) == [
        "article",
        "index",
        "paragraph",
        "sentence",
        "start",
        "end",
        "speaker",
        "speaker_mention",
        "speaker_start",
        "speaker_end",
        "verb",
        "verb_lemma",
        "verb_start",
        "verb_end",
        "quote",
    ]


def test_words_named_as_a_phrase_after_them_are_a_term() -> None:
    article = _article(
        "Talks\n\nThe leaders signed a statement on peace and the “denuclearization of the "
        "Korean peninsula,” a phrase that means different things in Seoul and Pyongyang."
    )
    assert [q.kind for q in attribute(article).quotes] == ["term"]


def test_a_manner_reports_no_statement() -> None:
    # "Kolisi laughed off the proposal" says how he took it, not what he said; a manner is
    # a cue only as a quotation's tag ("‘…,’ he grinned").
    text = (
        "Headline\n\nKolisi laughed off the proposal on Monday. The captain smiled at the "
        "crowd.\n\nThe minister said the plan was fair.\n"
    )
    found = attribute(article_from_clean_text(text, id="t", roles=("headline",)))
    assert [(r.speaker, r.verb) for r in found.reported] == [("The minister", "said")]
