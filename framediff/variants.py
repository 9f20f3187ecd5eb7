"""One table of the ways outlets write the same spoken words, shared by matching and diffing.

Transcripts of one remark differ in ways that are not misquotation: a contraction ("It's
not" / "It is not"), a colloquial form ("gonna" / "going to"), a spelling ("Momma" /
"Mama", "honour" / "honor"), a number written as a word or in digits, a censored word
("f***"), a dash, an ellipsis or a comma. Quote families (``framediff.align.utterance``)
forgive these when deciding that two quotations are one remark, and ``framediff.diff``
types each one it finds with the same table, so a reader sees what was forgiven.

``canonical_words`` is the form both use: the words of a text, lowercased, contractions
and colloquial forms expanded, British spellings made American, number words made digits.
Punctuation (dashes, ellipses, commas) is not a word and never takes part.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from framediff.similarity import NUMBER_WORDS, TRANSLITERATIONS, normalise_quotes

# Contractions and what they stand for, so "can't" and "cannot" and "can not" meet.
CONTRACTIONS = {
    "can't": "can not",
    "cannot": "can not",
    "won't": "will not",
    "shan't": "shall not",
    "ain't": "is not",
    "let's": "let us",
}
CONTRACTION_SUFFIXES = (
    ("n't", " not"),
    ("'re", " are"),
    ("'ll", " will"),
    ("'ve", " have"),
    ("'m", " am"),
    ("'d", " would"),
    ("'s", " is"),
)

# Colloquial forms a transcript may keep or smooth out, and familiar spellings of one word.
COLLOQUIAL = {
    "gonna": "going to",
    "wanna": "want to",
    "gotta": "got to",
    "hafta": "have to",
    "gimme": "give me",
    "lemme": "let me",
    "kinda": "kind of",
    "sorta": "sort of",
    "outta": "out of",
    "lotta": "lot of",
    "dunno": "do not know",
    "y'all": "you all",
    "'cause": "because",
    "cuz": "because",
    "momma": "mama",
    "mamma": "mama",
    "okay": "ok",
    "o.k": "ok",
}

# Words a transcript adds or drops around a noun without changing what was said ("an honor
# and privilege" / "an honor and a privilege").
ARTICLES = frozenset({"a", "an", "the"})

# A word with letters hidden by asterisks ("f***", "s**t"): one token, not a word and marks.
CENSORED = re.compile(r"[^\W\d_]+\*+[^\W\d_]*|[^\W\d_]\*{2,}")
_WORD = re.compile(r"[^\W\d_]+\*+[^\W\d_]*|[^\W_]+(?:['’][^\W_]+)*")


def us_spelling(word: str) -> str:
    """British spellings mapped to American ones, for comparison only."""
    word = TRANSLITERATIONS.get(word, word)
    word = re.sub(r"(?<=\w{2})our(s|ed|ing|ite|ites|able)?$", r"or\1", word)
    word = re.sub(r"(?<=\w{3})is(e|es|ed|ing|ation|ations)$", r"iz\1", word)
    word = re.sub(r"(?<=\w{2})ys(e|es|ed|ing)$", r"yz\1", word)
    word = re.sub(r"(?<=\w{3})ence(s)?$", r"ense\1", word)
    word = re.sub(r"(?<=\w{2})tre(s)?$", r"ter\1", word)
    word = re.sub(r"(?<=\w{2})ogue(s)?$", r"og\1", word)
    return re.sub(r"(?<=[aeiou])ll(ed|ing|er|ers)$", r"l\1", word)


def expand(words: Iterable[str], *, colloquial: bool = True) -> tuple[str, ...]:
    """Words lowercased with contractions (and colloquial forms) written out in full."""
    out: list[str] = []
    for word in words:
        word = normalise_quotes(word).lower()
        full = CONTRACTIONS.get(word) or (COLLOQUIAL.get(word) if colloquial else None)
        if full is not None:
            out.extend(full.split())
            continue
        for suffix, rest in CONTRACTION_SUFFIXES:
            if word.endswith(suffix) and len(word) > len(suffix):
                out.extend((word[: -len(suffix)] + rest).split())
                break
        else:
            out.append(word)
    return tuple(out)


# Every sentence of every article is read into canonical words (for word rarity) and the
# same words recur throughout: one word's form is worked out once.
@lru_cache(maxsize=1 << 16)
def canonical(word: str) -> tuple[str, ...]:
    """What one written word becomes in the canonical form (one word or several)."""
    if "*" in word:
        return (normalise_quotes(word).lower(),)
    out = []
    for part in expand((word,)):
        number = NUMBER_WORDS.get(part)
        out.append(str(number) if number is not None else us_spelling(part))
    return tuple(out)


def canonical_words(text: str) -> tuple[str, ...]:
    """The words of ``text`` in the canonical form (see the module docstring).

    Read a whitespace-separated piece at a time: no word (``_WORD``) holds whitespace, so a
    piece's words are the same alone as in the text, and a corpus's pieces ("said,",
    "government's", "—") recur so often that most are looked up, not read. The table is
    bounded: it keeps only pieces of a word's length (a long one, such as a URL or a line of
    text written without spaces, is read each time), and when full it starts again, so
    memory stays flat on any corpus.
    """
    out: list[str] = []
    extend = out.extend
    pieces = _PIECES
    for piece in text.split():
        found = pieces.get(piece)
        if found is None:
            found = _piece_words(piece)
            if len(piece) <= _PIECE_CHARS_HELD:
                if len(pieces) >= _PIECES_HELD:
                    pieces.clear()
                pieces[piece] = found
        extend(found)
    return tuple(out)


def _piece_words(piece: str) -> tuple[str, ...]:
    """The canonical words of one whitespace-free piece of text."""
    return tuple(c for m in _WORD.finditer(normalise_quotes(piece)) for c in canonical(m.group(0)))


# Distinct pieces held at once by ``canonical_words``, four times the distinct pieces of the
# 840 PolNeAR train articles (56,000), each at most ``_PIECE_CHARS_HELD`` characters long
# (longer than nearly every English word with its punctuation): a few tens of MB at most.
_PIECES_HELD = 1 << 18
_PIECE_CHARS_HELD = 32
_PIECES: dict[str, tuple[str, ...]] = {}


def censored_match(censored: str, word: str) -> bool:
    """True when ``word`` is what the asterisks of ``censored`` hide ("f***" / "fuck")."""
    if "*" in word or not word.isalpha():
        return False
    visible = censored.split("*")
    head, tail = visible[0], visible[-1]
    return (
        len(word) >= len(censored.rstrip("*")) + 1
        and word.startswith(head)
        and word.endswith(tail)
        and abs(len(word) - len(censored)) <= 2
    )


def resolve_censored(a: Sequence[str], b: Sequence[str]) -> tuple[tuple[str, ...], ...]:
    """``a`` and ``b`` with each censored word replaced by the word the other side writes.

    A censored word stands for the first word on the other side that it can hide, so both
    sides then read the same there; a censored word with no such counterpart stays.
    """

    def fill(side: Sequence[str], other: Sequence[str]) -> tuple[str, ...]:
        if not any("*" in w for w in side):
            return tuple(side)
        candidates = [w for w in other if "*" not in w]
        return tuple(
            next((c for c in candidates if censored_match(w, c)), w) if "*" in w else w
            for w in side
        )

    return fill(a, b), fill(b, a)


def variant_of(a: Sequence[str], b: Sequence[str]) -> bool:
    """True when two word lists differ only by the variants of this table.

    Colloquial forms, censored words and articles added or dropped: what ``diff`` types
    ``variant``. Contractions, numbers and spellings have kinds of their own there.
    """
    ca = [c for w in a for c in canonical(w)]
    cb = [c for w in b for c in canonical(w)]
    ca_r, cb_r = resolve_censored(ca, cb)
    if list(ca_r) == list(cb_r):
        return True
    return [w for w in ca_r if w not in ARTICLES] == [w for w in cb_r if w not in ARTICLES]
