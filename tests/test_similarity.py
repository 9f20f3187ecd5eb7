"""Text normalisation and similarity scores, on the seed articles' own sentences."""

from __future__ import annotations

from framediff.options import AlignOptions
from framediff.similarity import (
    content_overlap,
    content_words,
    locate,
    normalise_quotes,
    paraphrase_score,
    sentence_similarity,
    words,
)

OPTS = AlignOptions()

# 000 quotes Zelensky; 001 renders the same words as reported speech.
Q_COALITION = (
    "I want to try this tool so that NATO countries can discuss with Ukraine the possibility "
    "of such a small coalition of neighboring countries that will shoot down enemy missiles "
    "(over Ukraine),"
)
P_COALITION = (
    "The president expressed his desire to utilize the Ukraine-NATO Council as a platform to "
    "discuss the potential formation of a small coalition of neighboring countries that would "
    "intercept enemy missiles over Ukraine."
)
Q_AIRCRAFT = (
    "We must work on the technical possibility of using combat aircraft from neighboring "
    "countries against (Russian) missiles that hit Ukraine in the direction of our neighbors. "
    "Foremost, the countries of the alliance,"
)
P_AIRCRAFT = (
    "Zelenskyy emphasized the need to work on the technical feasibility of using combat "
    "aircraft from neighboring countries against Russian missiles targeting Ukraine."
)
STOLTENBERG_001 = (
    "NATO Secretary General Jens Stoltenberg has previously signaled opposition to the idea of "
    "Poland using its air defense systems to shoot down Russian missiles over Ukraine."
)
STOLTENBERG_002 = (
    "On 14 July, NATO Secretary General Jens Stoltenberg expressed opposition to the idea of "
    "Poland using its air defense systems to shoot down Russian missiles over Ukrainian territory."
)
NYT_003 = (
    "So my question is, what’s the problem? Why can’t we shoot them down? Is it defense? Yes. "
    "Is it an attack on Russia? No."
)


def test_normalise_quotes_keeps_length() -> None:
    text = "“It’s ‘fine’,” he said"
    assert normalise_quotes(text) == "\"It's 'fine',\" he said"
    assert len(normalise_quotes(text)) == len(text)


def test_words_and_content_words() -> None:
    assert words("Why can’t we shoot them down?") == ("why", "can't", "we", "shoot", "them", "down")
    # Stopwords and pronouns out, plurals and UK spellings folded, numbers as digits.
    assert content_words("Our neighbours want seven missiles") == content_words(
        "the neighbor wants 7 missile"
    )
    assert content_words("Zelenskyy") == content_words("Zelensky")
    assert content_words("the defence of Kyiv") == content_words("defense of Kiev")
    assert content_words("I want it") == ("want",)


def test_content_overlap() -> None:
    assert content_overlap("NATO countries", "the NATO country") == 1.0
    assert content_overlap("NATO countries", "Russian planes") == 0.0
    assert 0.5 < content_overlap(STOLTENBERG_001, STOLTENBERG_002) < 1.0


def test_sentence_similarity_grades() -> None:
    same = sentence_similarity(STOLTENBERG_001, STOLTENBERG_001)
    reworded = sentence_similarity(STOLTENBERG_001, STOLTENBERG_002)
    other = sentence_similarity(STOLTENBERG_001, P_AIRCRAFT)
    assert same == 1.0
    # 001 adapts 002's sentence (new verb, date dropped): reworded, not copied.
    assert OPTS.reworded_threshold <= reworded < OPTS.recycled_threshold
    assert other < OPTS.reworded_threshold
    assert sentence_similarity(STOLTENBERG_002, STOLTENBERG_001) == reworded
    assert sentence_similarity("", STOLTENBERG_001) == 0.0


def test_one_word_changed_is_near_identical() -> None:
    copied = STOLTENBERG_002.replace("expressed", "voiced")
    assert sentence_similarity(STOLTENBERG_002, copied) >= OPTS.recycled_threshold


def test_locate_finds_a_short_quote_in_a_longer_one() -> None:
    haystack = "So my question is, what’s the problem? Why can’t we shoot them down?"
    score, start, end = locate("What's the problem? Why can't we", haystack)
    assert score > 90
    assert haystack[start:end].lower().startswith("what’s the problem")
    assert locate("", haystack) == (0.0, 0, 0)


def test_paraphrase_links_the_seed_renderings() -> None:
    assert paraphrase_score(Q_COALITION, P_COALITION) >= OPTS.paraphrase_threshold
    assert paraphrase_score(Q_AIRCRAFT, P_AIRCRAFT) >= OPTS.paraphrase_threshold
    # Crossed pairs are the same story but not the same words.
    assert paraphrase_score(Q_COALITION, P_AIRCRAFT) < OPTS.paraphrase_threshold
    assert paraphrase_score(Q_AIRCRAFT, P_COALITION) < OPTS.paraphrase_threshold
    # A quotation on the same topic from another event is not rendered by these sentences.
    assert paraphrase_score(NYT_003, P_COALITION) < OPTS.paraphrase_threshold
    assert paraphrase_score(NYT_003, STOLTENBERG_002) < OPTS.paraphrase_threshold
    assert paraphrase_score(Q_COALITION, "") == 0.0
