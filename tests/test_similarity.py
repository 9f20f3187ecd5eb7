"""Text normalisation and similarity scores, on the seed articles' own sentences."""

from __future__ import annotations

from rapidfuzz import fuzz

from framediff.options import AlignOptions
from framediff.segment import sentence_spans
from framediff.similarity import (
    NUMBER_WORDS,
    STOPWORDS,
    containment,
    content_overlap,
    content_words,
    dice,
    features_similarity,
    locate,
    normalise_quotes,
    ordered_overlap,
    paraphrase_pieces,
    paraphrase_score,
    pieces_paraphrase_score,
    sentence_similarity,
    stem,
    text_features,
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


# The scores as first written, re-deriving every text for every pair: the precomputed fast
# paths must give exactly these values (the same floats, not merely close ones).
def _reference_similarity(a: str, b: str) -> float:
    fa, fb = " ".join(words(a)), " ".join(words(b))
    if not fa or not fb:
        return 0.0
    surface = (fuzz.token_set_ratio(fa, fb) + fuzz.ratio(fa, fb)) / 200
    return 0.5 * surface + 0.5 * dice(content_words(a), content_words(b))


def _reference_paraphrase(quote_text: str, sentence_text: str, min_piece_words: int = 6) -> float:
    sentence_words = content_words(sentence_text)
    if not sentence_words:
        return 0.0
    pieces = [quote_text]
    spans = list(sentence_spans(quote_text, 0, len(quote_text)))
    if len(spans) > 1:
        pieces.extend(quote_text[s:e] for s, e in spans)
    best = 0.0
    for number, piece in enumerate(pieces):
        quote_words = content_words(piece)
        if not quote_words or (number > 0 and len(quote_words) < min_piece_words):
            continue
        lcs = ordered_overlap(quote_words, sentence_words) * min(
            len(quote_words), len(sentence_words)
        )
        in_order = 2 * lcs / (len(quote_words) + len(sentence_words))
        score = (
            dice(quote_words, sentence_words) + in_order + containment(quote_words, sentence_words)
        ) / 3
        best = max(best, score)
    return best


TEXTS = [
    Q_COALITION,
    P_COALITION,
    Q_AIRCRAFT,
    P_AIRCRAFT,
    STOLTENBERG_001,
    STOLTENBERG_002,
    NYT_003,
    "",
    "The the the.",
    "Two missiles, two drones and 2 jets. Neighbouring countries' defences were tested.",
    f"{Q_AIRCRAFT} {Q_COALITION}",
]


def test_precomputed_scores_equal_the_scores_of_the_texts() -> None:
    features = [text_features(t) for t in TEXTS]
    for a, fa in zip(TEXTS, features, strict=True):
        pieces = paraphrase_pieces(a)
        for b, fb in zip(TEXTS, features, strict=True):
            expected = _reference_similarity(a, b)
            assert sentence_similarity(a, b) == expected
            assert features_similarity(fa, fb) == expected
            assert features_similarity(fb, fa) == _reference_similarity(b, a)
            expected_paraphrase = _reference_paraphrase(a, b)
            assert paraphrase_score(a, b) == expected_paraphrase
            assert pieces_paraphrase_score(pieces, fb) == expected_paraphrase


def test_content_words_are_the_same_after_caching() -> None:
    text = "Neighbouring countries’ defences: Zelenskyy's twelve organised offences"
    first = content_words(text)
    assert content_words(text) == first
    assert first == tuple(
        str(NUMBER_WORDS[w]) if w in NUMBER_WORDS else stem(w)
        for w in words(text)
        if w not in STOPWORDS and stem(w) not in STOPWORDS
    )
