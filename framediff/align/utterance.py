"""Whether two quotations are one utterance: decided by their words, speakers as evidence.

``same_utterance`` is the one decision quote families make, a pure function of two
quotations (their texts and speakers), the options and, optionally, how rare each word is
in the comparison (``word_rarity``). It can be called on any two quotations of any corpus.

How it decides:

1. Both texts are put in the canonical form of ``framediff.variants`` ("It's not" is "it
   is not", "gonna" is "going to", "honour" is "honor", "three" is "3"), and a censored
   word ("f***") takes the word it hides from the other side.
2. The longest stretch both quote is found with a tolerant matcher: runs of equal words
   joined across gaps of at most ``family_gap_words`` words on either side ("an honor and
   [a] privilege", "last year" / "past year").
3. The stretch must be faithful (``family_min_fidelity`` of its words equal), reach the
   start of one quotation and the end of one (give or take ``family_edge_slack_words``: an
   outlet can only cut a remark at its ends), hold at least ``family_min_shared_words``
   words, and carry enough evidence: the sum of its words' rarity weights. A stock phrase
   ("the American people") weighs little, a rare five-word run a lot.
4. Two confident, different named speakers raise the evidence needed to
   ``family_min_evidence_other_speaker``: a long verbatim stretch still joins (one outlet
   credited the wrong person, itself a finding), a shared half-sentence does not. A missing
   speaker changes nothing.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from difflib import SequenceMatcher

from framediff.model import Quote
from framediff.options import DEFAULT_OPTIONS, AlignOptions, Options
from framediff.similarity import STOPWORDS, TRANSLITERATIONS
from framediff.variants import canonical_words, resolve_censored

Rarity = Mapping[str, float]

# Without a comparison to measure rarity in, a function word weighs this much and any
# other word 1.
_STOPWORD_WEIGHT = 0.2
_CANONICAL_STOPWORDS = frozenset(w for s in STOPWORDS for w in canonical_words(s))


def speaker_key(speaker: str | None) -> str | None:
    """A speaker compared by surname, transliterations folded ("Zelenskyy" is "Zelensky")."""
    if not speaker:
        return None
    names = [TRANSLITERATIONS.get(w, w) for w in speaker.lower().replace("’", "'").split()]
    return names[-1] if names else None


def _name_words(speaker: str) -> frozenset[str]:
    return frozenset(TRANSLITERATIONS.get(w, w) for w in speaker.lower().replace("’", "'").split())


def same_person(a: str | None, b: str | None) -> bool:
    """True when two credits name one person: the same surname and no given name that
    contradicts ("Biden" is "Joe Biden", "Zelenskyy" is "Volodymyr Zelensky"; "Hunter
    Biden" is not "Joe Biden"). Crediting nobody is not crediting someone."""
    if not a or not b:
        return not a and not b
    if a == b:
        return True
    if speaker_key(a) != speaker_key(b):
        return False
    words_a, words_b = _name_words(a), _name_words(b)
    return words_a <= words_b or words_b <= words_a


def named(speaker: str | None) -> bool:
    """True when a speaker is a named person or body ("Trump"), not "a man" or "officials"."""
    return bool(speaker) and any(w[:1].isupper() for w in (speaker or "").split())


def different_speakers(a: str | None, b: str | None) -> bool:
    """True when both speakers are named and are not the same name."""
    return named(a) and named(b) and speaker_key(a) != speaker_key(b)


def word_rarity(documents: Iterable[str], *, rare_in: int = 1) -> dict[str, float] | None:
    """How rare each canonical word is among ``documents`` (the comparison's sentences).

    1 for a word found in at most ``rare_in`` documents (one sentence of each article: the
    words of one shared quotation), falling with the log of how many documents use it,
    towards 0 for a word found in all; a function word never weighs more than 0.2. None
    when there are too few documents to tell rare from common (then every content word
    weighs 1).
    """
    frequency: Counter[str] = Counter()
    count = 0
    for document in documents:
        count += 1
        frequency.update(set(canonical_words(document)))
    scale = math.log((count + 1) / (rare_in + 1))
    if scale < math.log(4):
        return None
    return {
        w: min(_prior(w), max(0.0, math.log((count + 1) / (n + 1)) / scale))
        for w, n in frequency.items()
    }


def _prior(word: str) -> float:
    return _STOPWORD_WEIGHT if word in _CANONICAL_STOPWORDS else 1.0


def _weight(word: str, rarity: Rarity | None) -> float:
    if rarity is not None and word in rarity:
        return rarity[word]
    return _prior(word)


def _blocks(a: Sequence[str], b: Sequence[str]) -> list[tuple[int, int, int]]:
    """Matching runs of two word lists, in order, independent of argument order."""
    swap = tuple(a) > tuple(b)
    x, y = (b, a) if swap else (a, b)
    whole = _contained(x, y)
    if whole is not None:
        return [(j, i, s) for i, j, s in whole] if swap else whole
    matcher = SequenceMatcher(None, list(x), list(y), autojunk=False)
    runs = [(m.a, m.b, m.size) for m in matcher.get_matching_blocks() if m.size]
    return [(j, i, s) for i, j, s in runs] if swap else runs


def _contained(x: Sequence[str], y: Sequence[str]) -> list[tuple[int, int, int]] | None:
    """``SequenceMatcher``'s runs when one word list is a run of the other, found without
    it; None otherwise.

    Most pairs that reach the decision are a quotation and a cut of it, word for word. Then
    the longest match is all of the shorter list, at its first place in the longer one
    (``find_longest_match`` keeps the earliest of equal matches), and nothing is left on
    either side of it to match: the runs are that one run. Canonical words hold no space,
    so a run of words is a run of the words joined by spaces, between spaces.
    """
    if not x or not y:
        return None
    short, long = (x, y) if len(x) <= len(y) else (y, x)
    long_text, short_text = " ".join(long), " ".join(short)
    if (
        long_text.count(" ") != len(long) - 1
        or short_text.count(" ") != len(short) - 1
        or not all(long)
        or not all(short)
    ):
        return None  # a word that holds a space, or is empty: canonical words never are
    text = f" {long_text} "
    at = text.find(f" {short_text} ")
    if at < 0:
        return None
    first = text.count(" ", 0, at)  # the words of ``long`` before the run
    return [(0, first, len(short))] if short is x else [(first, 0, len(short))]


def shared_stretch(
    a: Sequence[str], b: Sequence[str], gap: int, rarity: Rarity | None = None
) -> tuple[list[tuple[int, int, int]], float]:
    """The best stretch both word lists quote, as runs joined across gaps of ``gap`` words.

    Returns the runs (i in a, j in b, size) and the evidence (summed rarity of their
    words); no runs and 0 when the lists share nothing.
    """
    best: list[tuple[int, int, int]] = []
    best_evidence = 0.0
    chain: list[tuple[int, int, int]] = []
    evidence = 0.0
    for run in _blocks(a, b):
        i, j, size = run
        if chain:
            pi, pj, ps = chain[-1]
            if i - (pi + ps) > gap or j - (pj + ps) > gap:
                chain, evidence = [], 0.0
        chain.append(run)
        evidence += sum(_weight(w, rarity) for w in a[i : i + size])
        if evidence > best_evidence:
            best, best_evidence = list(chain), evidence
    return best, best_evidence


class StockPhrases:
    """The writers' own prose of a comparison (sentences with their quotations blanked), to
    tell a phrase of the story ("the Korean peninsula") from somebody's words."""

    def __init__(self, prose: Iterable[str]) -> None:
        self._text = " | ".join(" ".join(canonical_words(p)) for p in prose)
        self._text = f" {self._text} "

    def used(self, words: Sequence[str]) -> bool:
        """Whether the writers use ``words`` as a run of their own."""
        return bool(words) and f" {' '.join(words)} " in self._text


def same_words(
    a: Sequence[str],
    b: Sequence[str],
    *,
    different_speakers: bool,
    options: AlignOptions,
    rarity: Rarity | None = None,
    stock: StockPhrases | None = None,
) -> bool:
    """``same_utterance`` on canonical word lists (``canonical_words``)."""
    a, b = resolve_censored(a, b)
    if not a or not b:
        return False
    runs, evidence = shared_stretch(a, b, options.family_gap_words, rarity)
    if not runs:
        return False
    matched = sum(size for _, _, size in runs)
    if matched < options.family_min_shared_words:
        return False
    first, last = runs[0], runs[-1]
    span_a = last[0] + last[2] - first[0]
    span_b = last[1] + last[2] - first[1]
    if matched / max(span_a, span_b) < options.family_min_fidelity:
        return False
    slack = options.family_edge_slack_words
    head_a, head_b = first[0], first[1]
    tail_a, tail_b = len(a) - (last[0] + last[2]), len(b) - (last[1] + last[2])
    # A cut of the other: the stretch is (nearly) all of one quotation. Or an overlap: it
    # runs from the start of one to the end of the other, which then carries on past it
    # ("the conflict is long, and we will keep …" shares a middle, and is neither).
    cut = any(
        head <= slack and tail <= slack and matched >= options.family_min_fidelity * size
        for head, tail, size in ((head_a, tail_a, len(a)), (head_b, tail_b, len(b)))
    )
    overlap = (head_a <= slack < head_b and tail_b <= slack < tail_a) or (
        head_b <= slack < head_a and tail_a <= slack < tail_b
    )
    if not cut and not overlap:
        return False
    shorter = a if len(a) <= len(b) else b
    if (
        stock is not None
        and len(shorter) <= options.family_stock_phrase_words
        and stock.used(shorter)
    ):
        return False  # a phrase of the story, quoted by one outlet and written by others
    needed = (
        options.family_min_evidence_other_speaker
        if different_speakers
        else (options.family_min_evidence if cut else options.family_min_evidence_overlap)
    )
    return evidence >= needed


def same_utterance(
    a: Quote | tuple[str, str | None],
    b: Quote | tuple[str, str | None],
    *,
    options: Options | AlignOptions = DEFAULT_OPTIONS,
    rarity: Rarity | None = None,
    stock: StockPhrases | None = None,
) -> bool:
    """True when two quotations are one utterance, however cut (see the module docstring).

    Each quotation is a ``Quote`` or a pair (text, speaker). ``rarity`` weighs the words
    (``word_rarity`` over the comparison's sentences); without it a function word weighs
    0.2 and any other word 1. ``stock`` holds the writers' own prose, so that a short
    fragment they also write unquoted joins nothing.
    """
    opts = options if isinstance(options, AlignOptions) else options.align
    text_a, speaker_a = (a.text, a.speaker) if isinstance(a, Quote) else a
    text_b, speaker_b = (b.text, b.speaker) if isinstance(b, Quote) else b
    return same_words(
        canonical_words(text_a),
        canonical_words(text_b),
        different_speakers=different_speakers(speaker_a, speaker_b),
        options=opts,
        rarity=rarity,
        stock=stock,
    )
