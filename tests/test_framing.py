"""Framing signals on the seed story, and invariants on arbitrary text."""

from __future__ import annotations

import json
from collections.abc import Sequence

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from framediff.align import build_quote_families
from framediff.attribution import attribute, unify_attributions
from framediff.framing import Framing, FramingOptions, framing_signals
from framediff.ingest.build import article_from_clean_text
from framediff.model import Article, Attributions, Quote
from framediff.options import Options

A000, A001, A002, A003, A004 = (
    "000_16b9289ebfa630a9",
    "001_bc10143706b948d4",
    "002_0f77700f0b2ee103",
    "003_e10f0307fb1c42ac",
    "004_e3e60bfa29fad391",
)
ZELENSKY = "Volodymyr Zelensky"


def _attributions(articles: Sequence[Article]) -> tuple[Attributions, ...]:
    return unify_attributions([attribute(a) for a in articles])


def _framing(articles: Sequence[Article], **kwargs: object) -> Framing:
    found = _attributions(articles)
    quotes = [q for a in found for q in a.quotes]
    return framing_signals(articles, found, build_quote_families(quotes), **kwargs)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def seeds(seed_articles: dict[str, Article]) -> Framing:
    return _framing(list(seed_articles.values()))


def _text(articles: dict[str, Article], article: str, start: int, end: int) -> str:
    return articles[article].text[start:end]


# --------------------------------------------------------------------------- headlines


def test_scare_quotes_in_004_headline_only(
    seeds: Framing, seed_articles: dict[str, Article]
) -> None:
    heads = {h.article: h for h in seeds.headlines}
    assert [s.text for s in heads[A004].scare_quotes] == ["Shoot Down"]
    scare = heads[A004].scare_quotes[0]
    assert _text(seed_articles, A004, scare.start, scare.end) == "Shoot Down"
    assert seed_articles[A004].text[scare.start - 1] == "‘"
    assert heads[A003].scare_quotes == ()
    assert heads[A003].text == "Zelensky Says NATO Should Shoot Down Russian Missiles Over Ukraine"


def test_headline_diff_003_004(seeds: Framing) -> None:
    diff = next(d for d in seeds.headline_diffs if (d.a, d.b) == (A003, A004))
    changes = {
        (op.a_text.strip(), op.b_text.strip()): op.kind for op in diff.ops if op.kind != "equal"
    }
    assert changes[("Zelensky", "Zelenskyy")] == "spelling"
    assert any("Should" in a and "Needs" in b for a, b in changes)
    assert any("‘" in b for _a, b in changes)  # the scare quotes 004 added


def test_headline_support(seeds: Framing, seed_articles: dict[str, Article]) -> None:
    heads = {h.article: h for h in seeds.headlines}
    # Both NYT-interview headlines use only words their bodies use.
    assert heads[A003].support == 1.0
    assert heads[A004].support == 1.0
    # 000's headline says Ukraine wants to "create" a coalition; the body speaks of
    # discussing its "creation"; 002's "rejected" is "expressed opposition" in the body.
    assert [m.text for m in heads[A000].missing] == ["create"]
    assert [m.text for m in heads[A002].missing] == ["rejected"]
    assert heads[A002].support < 1.0
    for head in heads.values():
        for m in head.missing:
            assert _text(seed_articles, m.article, m.start, m.end) == m.text
            assert head.start <= m.start < m.end <= head.end


# --------------------------------------------------------------------------- attribution


def test_verbs_for_zelensky(seeds: Framing, seed_articles: dict[str, Article]) -> None:
    rows = [r for r in seeds.speaker_verbs if r.speaker == ZELENSKY and r.article == A004]
    quoted = {r.lemma for r in rows if r.quoted}
    reported = {r.lemma: r.verb_class for r in rows if r.reported}
    assert quoted == {"tell", "say"}
    # The writer's own verbs in 004: bemoaned and claimed judge the speaker's words.
    assert reported["bemoan"] == "evaluative"
    assert reported["claim"] == "evaluative"
    bemoaned = next(v for v in seeds.verbs if v.lemma == "bemoan")
    assert _text(seed_articles, A004, bemoaned.start, bemoaned.end) == "bemoaned"
    assert bemoaned.source == "reported"
    # 003 only ever says "said" and "added" when it quotes him.
    quoted_003 = {
        r.lemma
        for r in seeds.speaker_verbs
        if r.speaker == ZELENSKY and r.article == A003 and r.quoted
    }
    assert quoted_003 == {"say", "add"}


def test_same_quotation_different_verbs(seeds: Framing) -> None:
    shared = [f for f in seeds.family_verbs if set(f.lemmas) == {A003, A004}]
    assert len(shared) == 1
    assert shared[0].lemmas == {A003: ("say",), A004: ("tell",)}


def test_verb_counts(seeds: Framing) -> None:
    counts = {c.article: (dict(c.quoted), dict(c.reported)) for c in seeds.verb_counts}
    assert counts[A004][1]["evaluative"] >= 3  # bemoaned, claimed, suggested
    assert counts[A000][0]["evaluative"] == 0 and counts[A000][1]["evaluative"] == 0
    assert counts[A001][0]["evaluative"] == 1  # acknowledged "always fear …"


def test_verb_offsets_point_at_the_verb(seeds: Framing, seed_articles: dict[str, Article]) -> None:
    for use in seeds.verbs:
        written = _text(seed_articles, use.article, use.start, use.end)
        assert written.lower() == use.verb.lower(), use


# --------------------------------------------------------------------------- voices


def test_voices(seeds: Framing) -> None:
    reach = {r.speaker: r for r in seeds.reach}
    assert reach["Vladimir Putin"].articles == (A004,)
    assert reach["Benjamin Friedman"].articles == (A004,)
    assert reach["Vladimir Putin"].sole and reach["Benjamin Friedman"].sole
    assert reach[ZELENSKY].articles == (A000, A001, A003, A004)
    assert not reach[ZELENSKY].sole
    assert reach["Jens Stoltenberg"].outlets == ("Euromaidan Press",)
    voices = {(v.article, v.speaker): v for v in seeds.voices}
    assert voices[(A004, "Benjamin Friedman")].words > 40
    assert voices[(A003, ZELENSKY)].quotations == 5


def test_body_shares(seeds: Framing) -> None:
    shares = {s.article: s for s in seeds.shares}
    # 001 reports Zelensky mostly in its own words; 003 lets him speak.
    assert shares[A003].quoted_share > 2 * shares[A001].quoted_share
    assert shares[A001].reported_share > shares[A001].quoted_share
    for s in shares.values():
        assert s.quoted + s.reported + s.own == s.words
        assert s.quoted_share + s.reported_share + s.own_share == pytest.approx(1.0)


def test_reported_speech_verbs(seeds: Framing, seed_articles: dict[str, Article]) -> None:
    # Reported speech is found by the attribution stage; framing counts its cues.
    reported = {(v.article, v.lemma): v for v in seeds.verbs if v.source == "reported"}
    claimed = reported[(A004, "claim")]
    assert claimed.speaker == ZELENSKY
    assert _text(seed_articles, A004, claimed.start, claimed.end) == "claimed"
    # A generic subject ("Polish officials") is credited as written, as for quotations, but is
    # nobody whose names an article spells.
    assert reported[(A001, "indicate")].speaker == "Polish officials"
    assert "Polish officials" not in {row.speaker for row in seeds.names}


# --------------------------------------------------------------------------- names and words


def test_spellings_of_zelensky(seeds: Framing) -> None:
    rows = {r.article: r for r in seeds.names if r.speaker == ZELENSKY}
    assert rows[A000].spellings == ("Zelensky",)
    assert rows[A003].spellings == ("Zelensky",)
    assert rows[A001].spellings == ("Zelenskyy",)
    assert rows[A004].spellings == ("Zelenskyy",)
    assert A002 not in rows
    assert "President Volodymyr Zelensky" in rows[A000].labels
    assert "Ukrainian President Volodymyr Zelenskyy" in rows[A004].labels
    assert "The Ukrainian leader" in rows[A003].labels
    assert "the president" in rows[A000].labels


def test_name_offsets(seeds: Framing, seed_articles: dict[str, Article]) -> None:
    for row in seeds.names:
        for m in row.mentions:
            assert _text(seed_articles, m.article, m.start, m.end) == m.text
            if m.spelling:
                assert m.text.endswith(m.spelling)


def test_loaded_and_hedging_words(seeds: Framing, seed_articles: dict[str, Article]) -> None:
    hits = [(h.article, h.entry, h.category) for h in seeds.lexicon]
    assert (A004, "bemoan", "loaded") in hits
    assert (A004, "claim", "hedging") in hits
    assert (A004, "may", "hedging") in hits
    assert (A003, "appears to", "hedging") in hits
    assert (A000, "purport", "hedging") in hits
    for h in seeds.lexicon:
        assert _text(seed_articles, h.article, h.start, h.end) == h.text
    counts = {c.article: c for c in seeds.lexicon_counts}
    assert counts[A004].loaded == 1 and counts[A004].loaded_near_quotes == 1
    assert counts[A002].loaded == counts[A002].hedging == 0


def test_the_month_may_is_not_a_hedge() -> None:
    article = article_from_clean_text(
        "Talks in May\n\nThe talks began in May. Officials may meet again.", id="x"
    )
    framing = framing_signals([article], [], [])
    assert [(h.text, h.start) for h in framing.lexicon] == [("may", article.text.index("may meet"))]


# --------------------------------------------------------------------------- the whole


def test_readability_per_article(seeds: Framing) -> None:
    scores = {r.article: r.readability for r in seeds.readability}
    assert set(scores) == {A000, A001, A002, A003, A004}
    for score in scores.values():
        assert score.flesch_reading_ease is not None and 0 < score.flesch_reading_ease < 80


def test_json_and_order_independence(seed_articles: dict[str, Article], seeds: Framing) -> None:
    data = seeds.to_json()
    assert list(data) == [
        "articles",
        "headlines",
        "attribution",
        "voices",
        "names",
        "lexicon",
        "readability",
    ]
    json.dumps(data)
    backwards = _framing(list(reversed(list(seed_articles.values()))))
    assert backwards.to_json() == data


def test_options_are_used() -> None:
    article = article_from_clean_text(
        "Talks end\n\nThe regime sent envoys. “We will act,” Anna Smith said.", id="x"
    )
    # A loaded word one sentence away from a quotation is near it by default, not at 0.
    narrow = _framing([article], options=FramingOptions(near_quote_sentences=0))
    wide = _framing([article], options=Options())
    assert [h.near_quote for h in narrow.lexicon] == [False]
    assert [h.near_quote for h in wide.lexicon] == [True]


def test_hand_built_quotes(seed_articles: dict[str, Article]) -> None:
    # Framing depends only on the Quote records, however they were made.
    article = seed_articles[A004]
    text = article.text
    start = text.index("Shoot Down")
    term = Quote(
        A004, 0, "Shoot Down", start, start + 10, "term", None, None, None, None, 0, 0, "‘", "’"
    )
    said = text.index("Everything is possible")
    speech = Quote(
        A004, 1, "Everything is possible in the modern world,", said, said + 43, "speech",
        "Vladimir Putin", "Putin", "told reporters", "tell", 1, 7, "“", "”",
    )  # fmt: skip
    framing = framing_signals([article], [Attributions(A004, quotes=(term, speech))], [])
    assert [s.text for s in framing.headlines[0].scare_quotes] == ["Shoot Down"]
    assert [(v.speaker, v.lemma) for v in framing.verbs if v.source == "quote"] == [
        ("Vladimir Putin", "tell")
    ]
    assert framing.voices[0].words == 7


# --------------------------------------------------------------------------- properties

_PIECES = [*"abcdeZ yéö.,;:!?'’\"“”‘—-\n0123456789", "said", " he ", "Zelensky", "\n\n"]
# Arbitrary unicode, and text made of the pieces framing reacts to: marks, names, verbs.
_TEXT = st.one_of(
    st.text(max_size=200),
    st.lists(st.sampled_from(_PIECES), max_size=120).map("".join),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT, _TEXT)
def test_never_raises_and_shares_sum_to_one(a: str, b: str) -> None:
    articles = [article_from_clean_text(text, id=f"a{n}") for n, text in enumerate((a, b))]
    framing = _framing(articles)
    json.dumps(framing.to_json())
    for share in framing.shares:
        assert share.quoted + share.reported + share.own == share.words
        if share.words:
            assert share.quoted_share + share.reported_share + share.own_share == pytest.approx(1)
    for article, hit in ((articles[int(h.article[1:])], h) for h in framing.lexicon):
        assert article.text[hit.start : hit.end] == hit.text


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Zelensky",
                "said",
                "“We must act,”",
                "he",
                "claimed",
                "may",
                "Putin",
                ".",
                "\n\n",
                "the president",
            ]
        ),
        max_size=40,
    )
)
def test_news_like_text(parts: list[str]) -> None:
    text = " ".join(parts)
    article = article_from_clean_text(text, id="x")
    framing = _framing([article])
    for use in framing.verbs:
        assert article.text[use.start : use.end].lower() == use.verb.lower()


def test_readability_by_article_leaves_out_empty_bodies(seeds: Framing) -> None:
    assert set(seeds.readability_by_article()) == set(seeds.articles)
    headline_only = article_from_clean_text("Only a headline", id="x", roles=["headline"])
    empty = framing_signals([headline_only], [], [])
    assert empty.readability_by_article() == {}
