"""Cross-article alignment on the seed articles, with quotations built by hand from the text.

The quotations are found with ``str.find`` in each article's text (never fixed offsets), so
these tests neither depend on the quote extractor nor on how the seeds are cleaned.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

import pytest

from framediff.align import (
    SimilarityMatrix,
    align_sentences,
    article_similarity,
    build_quote_families,
    group_events,
    link_paraphrases,
)
from framediff.ingest.build import article_from_clean_text
from framediff.model import Article, Quote, QuoteKind
from framediff.options import AlignOptions, Options

ZEL = "Volodymyr Zelensky"
SEED_QUOTES: dict[str, list[tuple[str, str | None, str]]] = {
    "000": [
        (
            "We must work on the technical possibility of using combat aircraft from "
            "neighboring countries against (Russian) missiles that hit Ukraine in the"
            " direction of our neighbors. Foremost, the countries of the alliance,",
            ZEL,
            "speech",
        ),
        ("a very big responsibility", ZEL, "fragment"),
        (
            "I want to try this tool so that NATO countries can discuss with Ukraine "
            "the possibility of such a small coalition of neighboring countries that "
            "will shoot down enemy missiles (over Ukraine),",
            ZEL,
            "speech",
        ),
        ("out of the question,", "Olaf Scholz", "fragment"),
    ],
    "001": [
        ("always fear unnecessary escalation.", ZEL, "fragment"),
        (
            "We are fighting this and will continue to work on it. In my opinion, we "
            "have a good option with our Ukraine-NATO Council,",
            ZEL,
            "speech",
        ),
    ],
    "002": [
        (
            "NATO will support Ukraine, and we are now increasing our support… But "
            "NATO’s policy remains unchanged – we will not participate in this "
            "conflict. We will not become part of the conflict. So, we support "
            "Ukraine in destroying Russian aircraft, but NATO will not be directly "
            "involved.",
            "Jens Stoltenberg",
            "speech",
        ),
        (
            "Ukraine has the right to attack legitimate military targets on the "
            "territory of the aggressor country, Russia.",
            "Jens Stoltenberg",
            "fragment",
        ),
        (
            "different countries have imposed different restrictions on the use of "
            "weapons they transfer to Ukraine.",
            "Jens Stoltenberg",
            "fragment",
        ),
        (
            "We have seen different models, and I will be cautious in making "
            "statements about what specific solution can be applied to Ukraine.",
            "Jens Stoltenberg",
            "speech",
        ),
    ],
    "003": [
        (
            "So my question is, what’s the problem? Why can’t we shoot them down? Is "
            "it defense? Yes. Is it an attack on Russia? No. Are you shooting down "
            "Russian planes and killing Russian pilots? No. So, what’s the issue with"
            " involving NATO countries in the war? There is no such issue,",
            ZEL,
            "speech",
        ),
        ("Shoot down what’s in the sky over Ukraine.", ZEL, "speech+"),
        ("This is what we saw in Israel. Not even on such a large scale,", ZEL, "speech"),
        ("and beyond.", None, "fragment"),
        ("huge advantage", ZEL, "fragment"),
        (
            "There are no risks of escalation. Escalation has already occurred: "
            "Russia’s escalation against Ukraine,",
            ZEL,
            "speech",
        ),
        (
            "It’s like sanctions. They talk about the risk of economic escalation "
            "with Russia. This shows our partners are afraid, in principle, of "
            "completely severing relations with the Russian Federation,",
            ZEL,
            "speech",
        ),
    ],
    "004": [
        (
            "What’s the problem? Why can’t we shoot them down? Is it defense? Yes. Is"
            " it an attack on Russia? No. Are you shooting down Russian planes and "
            "killing Russian pilots? No. So what’s the issue with involving NATO "
            "countries in the war? There is no such issue,",
            ZEL,
            "speech",
        ),
        (
            "Shoot down what’s in the sky over Ukraine. And give us the weapons to "
            "use against Russian forces on the borders.",
            ZEL,
            "speech+",
        ),
        ("Everything is possible in the modern world,", "Vladimir Putin", "speech"),
        (
            "It is clear to everyone, that this will be one step away from a "
            "full-scale World War Three. I think hardly anyone is interested in this.",
            "Vladimir Putin",
            "speech+",
        ),
        ("Can we get seven?", ZEL, "speech"),
        (
            "Do you think it is too much for the NATO anniversary summit in "
            "Washington? For a country that is fighting for freedom and democracy "
            "around the world today?",
            ZEL,
            "speech",
        ),
        (
            "I think there’s not enough money available, either in this bill or in a "
            "much larger one, to help Ukraine achieve their goals of retaking all "
            "their territory or even go on offense in a sustained way,",
            "Benjamin Friedman",
            "speech",
        ),
        (
            "So in a sense, moving forward is beyond their grasp, even if we give "
            "them a lot more weapons.",
            "Benjamin Friedman",
            "speech+",
        ),
    ],
}


def _make_quotes(
    article: Article, spec: Sequence[tuple[str, str | None, str]], first_index: int = 0
) -> list[Quote]:
    quotes = []
    utterance = -1
    for n, (text, speaker, kind) in enumerate(spec):
        start = article.text.find(text)
        assert start >= 0, (article.id, text)
        index = first_index + n
        if not kind.endswith("+"):  # "+": continues the utterance before it
            utterance = index
        paragraph = next(p.index for p in article.paragraphs if p.start <= start < p.end)
        quote_kind: QuoteKind = "fragment" if kind.startswith("fragment") else "speech"
        quotes.append(
            Quote(
                article=article.id,
                index=index,
                text=text,
                start=start,
                end=start + len(text),
                kind=quote_kind,
                speaker=speaker,
                speaker_mention=speaker,
                verb="said",
                verb_lemma="say",
                utterance=utterance,
                paragraph=paragraph,
                open_mark="“",
                close_mark="”",
            )
        )
    return quotes


def _seed_quotes(articles: dict[str, Article]) -> list[Quote]:
    quotes: list[Quote] = []
    for article in articles.values():
        quotes.extend(_make_quotes(article, SEED_QUOTES[article.id[:3]]))
    return quotes


def _id(articles: dict[str, Article], prefix: str) -> str:
    return next(k for k in articles if k.startswith(prefix))


@pytest.fixture(scope="module")
def quotes(seed_articles: dict[str, Article]) -> list[Quote]:
    return _seed_quotes(seed_articles)


# ----------------------------------------------------------------------------- families


def test_nyt_interview_is_one_family_with_the_union_text(
    seed_articles: dict[str, Article], quotes: list[Quote]
) -> None:
    families = build_quote_families(quotes)
    a003, a004 = _id(seed_articles, "003"), _id(seed_articles, "004")
    shared = [f for f in families if f.shared]
    assert len(shared) == 1
    family = shared[0]
    assert family.articles == (a003, a004)
    assert family.speaker == ZEL
    # The fullest text: 003's opening plus 004's closing sentence.
    assert family.text.startswith("So my question is, what’s the problem?")
    assert family.text.endswith(
        "And give us the weapons to use against Russian forces on the borders."
    )
    assert "So, what’s the issue" in family.text
    assert len(family.members) == 4  # two parts in each article
    assert [d.a for d in family.diffs] == [a003] and [d.b for d in family.diffs] == [a004]
    kinds = [op.kind for op in family.diffs[0].ops if op.kind != "equal"]
    assert kinds == ["extension", "case", "punctuation", "extension"]


def test_single_article_quotes_are_flagged_families(quotes: list[Quote]) -> None:
    families = build_quote_families(quotes)
    direct = {(q.article, q.utterance) for q in quotes}
    assert sum(len({(q.article, q.utterance) for q in f.members}) for f in families) == len(direct)
    assert [f.id for f in families] == [f"Q{n}" for n in range(1, len(families) + 1)]
    single = [f for f in families if not f.shared]
    assert single and all(f.diffs == () for f in single)
    # Ordered by first appearance: article rank, then position.
    firsts = [(f.members[0].article, f.members[0].start) for f in families]
    assert firsts == sorted(firsts)


def test_families_do_not_depend_on_input_order(quotes: list[Quote]) -> None:
    expected = [f.to_json() for f in build_quote_families(quotes)]
    shuffled = list(quotes)
    random.Random(7).shuffle(shuffled)
    assert [f.to_json() for f in build_quote_families(shuffled)] == expected


def test_wire_form_of_a_family(quotes: list[Quote]) -> None:
    family = next(f for f in build_quote_families(quotes) if f.shared).to_json()
    assert {"id", "speaker", "text", "members", "diffs"} <= set(family)
    assert set(family["members"][0]) == {
        "article",
        "text",
        "start",
        "end",
        "speaker",
        "verb",
        "kind",
    }
    assert {"attributions", "attribution_differs"} <= set(family)
    assert {"a", "b", "ops"} <= set(family["diffs"][0])
    assert {"op", "a_text", "b_text", "kind"} <= set(family["diffs"][0]["ops"][0])


LONG = (
    "We will not become part of the conflict, and we will keep supporting Ukraine with air "
    "defence for as long as it takes, because this war is a war on all of us."
)


def _two(text_a: str, text_b: str, speaker_a: str | None, speaker_b: str | None) -> list[Quote]:
    a = article_from_clean_text(f"Headline A\n\n“{text_a}” the official said.", id="a")
    b = article_from_clean_text(f"Headline B\n\n“{text_b}” the official said.", id="b")
    return _make_quotes(a, [(text_a, speaker_a, "speech")]) + _make_quotes(
        b, [(text_b, speaker_b, "speech")]
    )


def _joined(quotes: list[Quote]) -> bool:
    return len(build_quote_families(quotes)) == 1


def test_cuts_and_changed_words_still_join() -> None:
    later_start = LONG[LONG.index("and we will keep") :]
    earlier_end = LONG[: LONG.index(", because")]
    assert _joined(_two(LONG, later_start, "Jens Stoltenberg", "Jens Stoltenberg"))
    assert _joined(_two(LONG, earlier_end, "Jens Stoltenberg", "Stoltenberg"))
    changed = LONG.replace("keep supporting", "continue to support").replace("defence", "defense")
    assert _joined(_two(LONG, changed, "Jens Stoltenberg", "Jens Stoltenberg"))


def test_split_utterance_joins_an_unsplit_one() -> None:
    cut = LONG.index(" and we will")
    first, second = LONG[:cut], LONG[cut + 1 :]
    a = article_from_clean_text(f"A\n\n“{LONG}” he said.", id="a")
    b = article_from_clean_text(f"B\n\n“{first},” he said. “{second}”", id="b")
    quotes = _make_quotes(a, [(LONG, "Jens Stoltenberg", "speech")]) + _make_quotes(
        b, [(first, "Jens Stoltenberg", "speech"), (second, "Jens Stoltenberg", "speech+")]
    )
    (family,) = build_quote_families(quotes)
    # The seam where b closed and reopened its quote marks shows; nothing was cut there.
    assert family.rendering("b") == f"{first} … {second}"
    assert [op.kind for op in family.diffs[0].ops if op.kind != "equal"] == []
    assert family.text == LONG


def test_different_speakers_are_evidence_not_a_veto() -> None:
    # The whole sentence word for word: one outlet credited the wrong person.
    assert _joined(_two(LONG, LONG, "Jens Stoltenberg", "Olaf Scholz"))
    # Half a sentence is not enough against two different named speakers.
    half = "supporting Ukraine with air defence"
    assert not _joined(_two(LONG, half, "Jens Stoltenberg", "Olaf Scholz"))
    assert _joined(_two(LONG, half, "Jens Stoltenberg", "Jens Stoltenberg"))
    other = "The conflict is long, and we will keep supporting Ukraine with tanks next year."
    assert not _joined(_two(LONG, other, "Jens Stoltenberg", "Jens Stoltenberg"))


def test_unknown_speaker_never_blocks() -> None:
    assert _joined(_two(LONG, LONG, None, "Jens Stoltenberg"))
    short = "We will not become part of the conflict"
    assert _joined(_two(LONG, short, "Jens Stoltenberg", "Jens Stoltenberg"))
    seven = "We will not become part of the"
    assert _joined(_two(LONG, seven, "Jens Stoltenberg", "Jens Stoltenberg"))
    assert _joined(_two(LONG, seven, None, "Jens Stoltenberg"))


# ----------------------------------------------------------------------------- sentences


def test_shared_quotations_are_never_added_context(
    seed_articles: dict[str, Article], quotes: list[Quote]
) -> None:
    alignment = align_sentences(list(seed_articles.values()), quotes)
    added = " ".join(a.text for a in alignment.added)
    families = build_quote_families(quotes, articles=list(seed_articles.values()))
    for quote in (q for f in families if f.shared for q in f.members):
        if len(quote.text) > 60:
            assert quote.text not in added
    listed = {(m.article, m.sentence_index) for m in alignment.matches}
    assert {(a.article, a.sentence_index) for a in alignment.added} <= listed


def test_nyt_articles_each_add_their_own_voices(
    seed_articles: dict[str, Article], quotes: list[Quote]
) -> None:
    a003, a004 = _id(seed_articles, "003"), _id(seed_articles, "004")
    pair = [seed_articles[a003], seed_articles[a004]]
    pair_quotes = [q for q in quotes if q.article in (a003, a004)]
    alignment = align_sentences(pair, pair_quotes)
    added_003 = " ".join(a.text for a in alignment.added_context(a003))
    added_004 = " ".join(a.text for a in alignment.added_context(a004))
    assert "Moscow recently warned the UK" in added_003
    assert "Russian President Vladimir Putin has expressed" in added_004
    assert "Defense experts and former U.S. officials" in added_004
    # What one adds is what the other omits, reported once with where it is.
    omitted_from_004 = alignment.omitted_from(a004)
    assert any("Moscow recently warned the UK" in o.text for o in omitted_from_004)
    assert all(o.present_in == (a003,) for o in omitted_from_004)
    assert len(omitted_from_004) == len(alignment.added_context(a003))


def test_001_adapts_002s_background(seed_articles: dict[str, Article], quotes: list[Quote]) -> None:
    a001, a002 = _id(seed_articles, "001"), _id(seed_articles, "002")
    alignment = align_sentences(list(seed_articles.values()), quotes)
    match = next(m for m in alignment.matches if m.text.startswith("NATO Secretary General Jens"))
    assert match.article == a001
    link = next(link for link in match.best if link.article == a002)
    assert link.status == "reworded"
    counterpart = seed_articles[a002].sentences[link.sentence_index]
    assert seed_articles[a002].sentence_text(counterpart).startswith("On 14 July, NATO Secretary")
    # Reworded around sixteen words in a row: the outlet recycled its own background.
    assert any("Jens Stoltenberg has previously" in r.texts[0] for r in alignment.recycled)


def test_recycled_text_is_found() -> None:
    background = (
        "Poland has been most willing to participate in such an initiative because of several "
        "incidents of Russian missiles crossing into Polish territory."
    )
    a = article_from_clean_text(f"One\n\nFresh news today. {background}", id="a")
    b = article_from_clean_text(f"Two\n\nOther news came later. {background}", id="b")
    alignment = align_sentences([b, a], [])
    (recycled,) = alignment.recycled
    assert recycled.articles == ("a", "b")
    assert recycled.texts == (background, background)
    assert set(recycled.to_json()) == {"articles", "texts", "score"}


def test_sentence_alignment_mirrors(seed_articles: dict[str, Article], quotes: list[Quote]) -> None:
    articles = list(seed_articles.values())
    expected = align_sentences(articles, quotes).to_json()
    assert align_sentences(list(reversed(articles)), list(reversed(quotes))).to_json() == expected


# ----------------------------------------------------------------------------- paraphrases


def test_000_quotes_are_paraphrased_by_001(
    seed_articles: dict[str, Article], quotes: list[Quote]
) -> None:
    a000, a001 = _id(seed_articles, "000"), _id(seed_articles, "001")
    links = link_paraphrases(list(seed_articles.values()), quotes)
    pairs = {(link.quote_text[:20], link.paraphrase_text[:40]) for link in links}
    assert ("I want to try this t", "The president expressed his desire to ut") in pairs
    assert any(
        q.startswith("We must work") and "technical feasibility" in p
        for q, p in ((lk.quote_text, lk.paraphrase_text) for lk in links)
    )
    assert all(lk.quote_article == a000 and lk.paraphrase_article == a001 for lk in links)
    wire = links[0].to_json()
    assert set(wire["quote"]) >= {"article", "text"} and set(wire["paraphrase"]) >= {
        "article",
        "text",
    }
    assert 0 < wire["score"] <= 1


def test_articles_that_quote_directly_are_not_paraphrase_targets(
    seed_articles: dict[str, Article], quotes: list[Quote]
) -> None:
    links = link_paraphrases(list(seed_articles.values()), quotes)
    families = {f.id: f for f in build_quote_families(quotes)}
    assert links, "the seeds have quotations rendered as paraphrase"
    for link in links:
        assert link.paraphrase_article not in families[link.family].articles


def test_paraphrase_links_do_not_depend_on_input_order(
    seed_articles: dict[str, Article], quotes: list[Quote]
) -> None:
    articles = list(seed_articles.values())
    expected = link_paraphrases(articles, quotes)
    shuffled = list(articles)
    random.Random(3).shuffle(shuffled)
    assert link_paraphrases(shuffled, list(reversed(quotes))) == expected


# ----------------------------------------------------------------------------- events


def test_events_split_the_nyt_interview_from_aug_4(
    seed_articles: dict[str, Article], quotes: list[Quote]
) -> None:
    ids = {k[:3]: k for k in seed_articles}
    groups = group_events(list(seed_articles.values()), quotes)
    as_sets = [set(g) for g in groups]
    nyt = next(g for g in as_sets if ids["003"] in g)
    aug = next(g for g in as_sets if ids["000"] in g)
    assert ids["004"] in nyt and ids["001"] in aug
    assert nyt != aug
    assert sorted(a for g in groups for a in g) == sorted(seed_articles)
    matrix = article_similarity(list(seed_articles.values()), quotes)
    assert matrix.score(ids["000"], ids["001"]) == matrix.score(ids["001"], ids["000"])
    assert matrix.score(ids["003"], ids["004"]) > matrix.score(ids["000"], ids["003"])


def test_options_are_taken_from_either_object(quotes: list[Quote]) -> None:
    strict = AlignOptions(family_min_fidelity=1.01)
    assert not any(f.shared for f in build_quote_families(quotes, options=strict))
    assert any(f.shared for f in build_quote_families(quotes, options=Options()))


def _naive_group_events(
    matrix: SimilarityMatrix, threshold: float, share: float = AlignOptions().event_min_pair_share
) -> list[list[str]]:
    """Average linkage as first written: every pair of groups re-scored every round."""
    clusters: list[list[int]] = [[n] for n in range(len(matrix.articles))]
    while True:
        best: tuple[float, int, int] | None = None
        for x in range(len(clusters)):
            for y in range(x + 1, len(clusters)):
                pairs = [matrix.scores[i][j] for i in clusters[x] for j in clusters[y]]
                mean = sum(pairs) / len(pairs)
                alike = sum(1 for p in pairs if p >= threshold) / len(pairs)
                if mean >= threshold and alike >= share and (best is None or mean > best[0]):
                    best = (mean, x, y)
        if best is None:
            break
        _, x, y = best
        clusters[x] = sorted(clusters[x] + clusters[y])
        del clusters[y]
    return [[matrix.articles[n] for n in members] for members in clusters]


@pytest.mark.parametrize("seed", range(40))
def test_event_groups_match_pairwise_rescoring(seed: int) -> None:
    rng = random.Random(seed)
    size = rng.randint(1, 14)
    # Few distinct values, so ties between pairs and between groups are common.
    values = [round(rng.random(), 1) for _ in range(4)]
    scores = [[1.0] * size for _ in range(size)]
    for i in range(size):
        for j in range(i + 1, size):
            scores[i][j] = scores[j][i] = rng.choice(values)
    ids = tuple(f"a{n:02d}" for n in range(size))
    matrix = SimilarityMatrix(ids, tuple(tuple(row) for row in scores))
    for threshold in (0.0, 0.2, 0.35, 0.5, 1.1):
        options = AlignOptions(event_threshold=threshold)
        groups = group_events([], [], options=options, matrix=matrix)
        assert [list(g) for g in groups] == _naive_group_events(matrix, threshold)


def test_words_cut_between_quoted_parts_are_a_marked_cut_not_an_omission() -> None:
    """An outlet that closes and reopens its quote marks shows the cut: not a misquote."""
    from framediff.compare import compare

    whole = article_from_clean_text(
        "Minister speaks\n\n“We will build the bridge this year and the road will follow "
        "next spring,” the minister said on Monday.",
        id="a",
    )
    pieces = article_from_clean_text(
        "Minister promises\n\n“We will build the bridge this year,” the minister said, adding "
        "that “the road will follow next spring.”",
        id="b",
    )
    (family,) = compare([whole, pieces]).shared_families
    (diff,) = family.diffs
    kinds = {op.kind for op in diff.ops if op.kind != "equal"}
    assert "elision" in kinds
    assert not kinds & {"omission", "wording"}


def test_two_events_alike_on_average_through_a_few_articles_stay_apart() -> None:
    """Two events of one story: each event's articles are alike pair by pair (0.4), while
    across the events two pairs share background (0.35) and the rest nothing (0.1): the
    mean across (0.225) reaches the threshold, but only half of the pairs do."""
    ids = ("a1", "a2", "b1", "b2")
    within, across = 0.4, {("a1", "b1"): 0.35, ("a2", "b2"): 0.35}
    scores = [
        [
            1.0
            if x == y
            else within
            if x[0] == y[0]
            else across.get((x, y), across.get((y, x), 0.1))
            for y in ids
        ]
        for x in ids
    ]
    matrix = SimilarityMatrix(ids, tuple(tuple(row) for row in scores))
    assert group_events([], [], matrix=matrix) == (("a1", "a2"), ("b1", "b2"))
    merged = AlignOptions(event_min_pair_share=0.0)
    assert group_events([], [], options=merged, matrix=matrix) == (ids,)
