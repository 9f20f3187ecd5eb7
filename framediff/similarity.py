"""Light text normalisation and similarity scores for matching text across articles.

Nothing here is a language model: words are lowercased, common function words dropped, a
few suffixes stripped and spelled-out numbers turned into digits, so "neighbouring
countries" and "neighboring country" meet. Scores are in 0..1 and symmetric unless the name
says otherwise (``locate`` and ``paraphrase_score`` look for a quotation inside a sentence).
The thresholds applied to these scores live in ``AlignOptions`` and are defended against
the Microsoft Research Paraphrase Corpus by ``benchmarks/eval_msrp.py``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

# One character to one character, so offsets into the normalised text are offsets into the
# original: callers locate a quote in normalised text and slice the original with them.
_QUOTE_MAP = str.maketrans(
    {
        "“": '"',
        "”": '"',
        "„": '"',
        "‟": '"',
        "«": '"',
        "»": '"',
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‛": "'",
        "‹": "'",
        "›": "'",
        "`": "'",
        "´": "'",
    }
)

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")

# A small list of English function words: they carry no content of their own, and pronouns
# must go because reported speech turns "I want" into "he wants".
STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each few
    for from further had has have having he her here hers herself him himself his how i if
    in into is it its itself just me more most my myself no nor not now of off on once only
    or other our ours ourselves out over own same she should so some such than that the
    their theirs them themselves then there these they this those through to too under
    until up very was we were what when where which while who whom why will with would you
    your yours yourself yourselves said says say told tell added stated according mr mrs ms
    s t d ll m re ve n't cannot can't won't don't it's that's what's there's let's
    """.split()  # noqa: SIM905 - a word list reads better as text
)

NUMBER_WORDS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "thousand": 1000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}

# Names that outlets transliterate differently; each maps to one spelling so the content
# words of "Zelenskyy" and "Zelensky" are the same word.
TRANSLITERATIONS = {
    "zelenskyy": "zelensky",
    "zelenskiy": "zelensky",
    "zelenskii": "zelensky",
    "kiev": "kyiv",
    "kharkov": "kharkiv",
    "odessa": "odesa",
    "lvov": "lviv",
    "dnipropetrovsk": "dnipro",
}


def normalise_quotes(text: str) -> str:
    """``text`` with curly quote marks and apostrophes made straight (same length)."""
    return text.translate(_QUOTE_MAP)


def words(text: str) -> tuple[str, ...]:
    """The words of ``text``, lowercased, apostrophes straightened ("can't" stays one word)."""
    return tuple(m.group(0) for m in _WORD.finditer(normalise_quotes(text).lower()))


def word_spans(text: str) -> tuple[tuple[str, int, int], ...]:
    """Each word of ``text`` as (lowercased word, start, end), offsets into ``text``."""
    return tuple(
        (m.group(0), m.start(), m.end()) for m in _WORD.finditer(normalise_quotes(text).lower())
    )


def stem(word: str) -> str:
    """A light, predictable suffix stripper (far less than Porter: it must not surprise)."""
    word = TRANSLITERATIONS.get(word, word)
    if word.endswith("'s"):
        word = word[:-2]
    word = word.replace("'", "")
    # British to American spelling first, so both spellings stem alike.
    if len(word) > 5 and word.endswith("our"):
        word = word[:-3] + "or"
    elif len(word) > 6 and word.endswith(("ours", "oured", "ouring")):
        word = re.sub(r"our(s|ed|ing)$", r"or\1", word)
    word = re.sub(r"(?<=\w{3})is(e|es|ed|ing|ation|ations)$", r"iz\1", word)
    if word in ("defence", "offence", "licence", "pretence"):
        word = word[:-2] + "se"
    if len(word) > 4 and word.endswith("ies"):
        word = word[:-3] + "y"
    elif len(word) > 4 and word.endswith("sses"):
        word = word[:-2]
    elif len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    if len(word) > 5 and word.endswith("ing"):
        word = word[:-3]
    elif len(word) > 4 and word.endswith("ed"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("e"):
        word = word[:-1]
    if len(word) > 4 and word.endswith("y"):
        word = word[:-1]
    return word


@lru_cache(maxsize=1 << 16)
def _content_form(word: str) -> str | None:
    """What one lowercased word becomes among content words, or None when it is dropped.

    Cached: a story repeats its vocabulary, and stemming is most of the cost of comparing
    sentences. The cache is bounded, so a long-running process does not grow without end.
    """
    if word in STOPWORDS:
        return None
    number = NUMBER_WORDS.get(word)
    if number is not None:
        return str(number)
    stemmed = stem(word)
    if stemmed and stemmed not in STOPWORDS:
        return stemmed
    return None


def _content_of(text_words: Iterable[str]) -> tuple[str, ...]:
    forms = [_content_form(word) for word in text_words]
    return tuple(form for form in forms if form is not None)


def content_words(text: str) -> tuple[str, ...]:
    """The content words of ``text``: lowercased, stopwords out, stemmed, numbers as digits."""
    return _content_of(words(text))


def dice(a: Iterable[str], b: Iterable[str]) -> float:
    """Dice coefficient of two multisets of words: 2·|A∩B| / (|A|+|B|)."""
    ca, cb = Counter(a), Counter(b)
    total = sum(ca.values()) + sum(cb.values())
    if total == 0:
        return 0.0
    return 2 * sum((ca & cb).values()) / total


def containment(needle: Iterable[str], haystack: Iterable[str]) -> float:
    """Share of the words of ``needle`` (a multiset) found in ``haystack``."""
    cn, ch = Counter(needle), Counter(haystack)
    size = sum(cn.values())
    if size == 0:
        return 0.0
    return sum((cn & ch).values()) / size


def content_overlap(a: str, b: str) -> float:
    """Dice overlap of the content words of ``a`` and ``b``."""
    return dice(content_words(a), content_words(b))


def _flat(text: str) -> str:
    return " ".join(words(text))


def _common(a: Counter[str], b: Counter[str]) -> int:
    """Size of the multiset intersection of two bags: ``sum((a & b).values())``."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return sum(min(n, large[word]) for word, n in small.items() if word in large)


@dataclass(frozen=True, slots=True)
class TextFeatures:
    """What the similarity scores need of one text, derived once and reused for every pair.

    ``flat`` is its words joined by single spaces, ``content`` its content words in order,
    ``bag`` the same as a multiset. Scores computed from features equal those computed from
    the texts exactly (same values, same arithmetic).
    """

    flat: str
    content: tuple[str, ...]
    bag: Counter[str]

    @property
    def size(self) -> int:
        return len(self.content)


def text_features(text: str) -> TextFeatures:
    """The ``TextFeatures`` of ``text``."""
    text_words = words(text)
    content = _content_of(text_words)
    return TextFeatures(" ".join(text_words), content, Counter(content))


def features_similarity(a: TextFeatures, b: TextFeatures) -> float:
    """``sentence_similarity`` of the two texts the features were derived from."""
    if not a.flat or not b.flat:
        return 0.0
    surface = (fuzz.token_set_ratio(a.flat, b.flat) + fuzz.ratio(a.flat, b.flat)) / 200
    total = len(a.content) + len(b.content)
    overlap = 2 * _common(a.bag, b.bag) / total if total else 0.0
    return 0.5 * surface + 0.5 * overlap


def sentence_similarity(a: str, b: str) -> float:
    """How alike two sentences are, 0..1: 1 for the same words, high for light rewording.

    Half surface (rapidfuzz token-set ratio over the words in order and out of order),
    half content (Dice of content words). Token-set alone scores any sentence contained in
    a longer one at 100; the content half pulls such pairs down by the unmatched words.
    To score many pairs, derive ``text_features`` once per text and use
    ``features_similarity``: the same score, without re-deriving a text for every pair.
    """
    return features_similarity(text_features(a), text_features(b))


def locate(needle: str, haystack: str) -> tuple[float, int, int]:
    """Where ``needle`` best sits in ``haystack``: (score 0..100, start, end) in ``haystack``.

    Case and quote-mark style are ignored; offsets are character offsets into ``haystack``.
    When the needle is the longer text rapidfuzz would align the other way round, so the
    span returned is then the whole haystack.
    """
    if not needle or not haystack:
        return 0.0, 0, 0
    n = normalise_quotes(needle).lower()
    h = normalise_quotes(haystack).lower()
    alignment = fuzz.partial_ratio_alignment(n, h)
    if alignment is None:
        return 0.0, 0, 0
    if len(n) > len(h):
        return float(alignment.score), 0, len(haystack)
    return float(alignment.score), alignment.dest_start, alignment.dest_end


def ordered_overlap(a: Sequence[str], b: Sequence[str]) -> float:
    """Longest common subsequence of two word lists over the length of the shorter one."""
    if not a or not b:
        return 0.0
    # Indel distance = len(a) + len(b) - 2·LCS, computed in C by rapidfuzz.
    lcs = (len(a) + len(b) - Indel.distance(a, b)) / 2
    return lcs / min(len(a), len(b))


def paraphrase_pieces(quote_text: str, *, min_piece_words: int = 6) -> tuple[TextFeatures, ...]:
    """The parts of a quotation ``paraphrase_score`` scores, as features (see there).

    The whole quotation first, then each of its sentences when it has several; pieces
    without content words, and sentences with fewer than ``min_piece_words`` of them, are
    left out. Derive them once per quotation to score it against many sentences.
    """
    from framediff.segment import sentence_spans

    pieces = [quote_text]
    spans = list(sentence_spans(quote_text, 0, len(quote_text)))
    if len(spans) > 1:
        pieces.extend(quote_text[s:e] for s, e in spans)
    result = []
    for number, piece in enumerate(pieces):
        features = text_features(piece)
        if not features.content or (number > 0 and features.size < min_piece_words):
            continue
        result.append(features)
    return tuple(result)


def pieces_paraphrase_score(pieces: Sequence[TextFeatures], sentence: TextFeatures) -> float:
    """``paraphrase_score`` from ``paraphrase_pieces`` of the quotation and the sentence's
    ``text_features`` (only their content words are used)."""
    sentence_words = sentence.content
    if not sentence_words:
        return 0.0
    best = 0.0
    for piece in pieces:
        quote_words = piece.content
        lcs = ordered_overlap(quote_words, sentence_words) * min(
            len(quote_words), len(sentence_words)
        )
        in_order = 2 * lcs / (len(quote_words) + len(sentence_words))
        common = _common(piece.bag, sentence.bag)
        # dice and containment of the two multisets, as in ``paraphrase_score``.
        shared = 2 * common / (len(quote_words) + len(sentence_words))
        contained = common / len(quote_words)
        score = (shared + in_order + contained) / 3
        best = max(best, score)
    return best


def paraphrase_score(quote_text: str, sentence_text: str, *, min_piece_words: int = 6) -> float:
    """How well ``sentence_text`` renders ``quote_text`` in other words, 0..1.

    Reported speech keeps the content words of a quotation, mostly in order, and changes
    its pronouns and tenses (which ``content_words`` drops or stems away). The score is the
    mean of three shares: the Dice overlap of content words, the same counted in order
    (twice the longest common subsequence over both lengths), and how much of the
    quotation's content the sentence carries. A long quotation is also scored sentence by
    sentence, since a paraphrase usually renders one of its sentences; pieces with fewer
    than ``min_piece_words`` content words are skipped, as a three-word sentence ("Shoot
    down what's in the sky") is found in any sentence of the story. To score one quotation
    against many sentences, use ``paraphrase_pieces`` and ``pieces_paraphrase_score``.
    """
    sentence = text_features(sentence_text)
    if not sentence.content:
        return 0.0
    pieces = paraphrase_pieces(quote_text, min_piece_words=min_piece_words)
    return pieces_paraphrase_score(pieces, sentence)
