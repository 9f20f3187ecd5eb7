"""The stock-phrase rule at corpus scale: short quoted fragments the writers also write.

``compare`` keeps a short fragment ("radical Islamic terrorism") that the writers of the
comparison use in their own prose from joining a longer quotation: it is a phrase of the
story, not one person's words (``StockPhrases`` in ``framediff.align.utterance``). A corpus
is too large to hold all its prose as one string, but only the short quotation texts can be
stock phrases: ``stock_phrases`` looks for just those in each article's prose (its text with
the quoted words blanked, paragraph by paragraph), and ``CorpusStock`` answers the same
question ``StockPhrases`` does from the phrases it found.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from framediff.align.utterance import StockPhrases
from framediff.variants import canonical_words


class CorpusStock(StockPhrases):
    """``StockPhrases`` from the set of short quotation texts found in the writers' prose."""

    def __init__(self, used: frozenset[str]) -> None:
        # Not the parent's one long string: a set of the phrases already found in it.
        self._used = used

    def used(self, words: Sequence[str]) -> bool:
        return bool(words) and " ".join(words) in self._used

    def __reduce__(self) -> tuple[type[CorpusStock], tuple[frozenset[str]]]:
        return (CorpusStock, (self._used,))


def stock_phrases(
    short: Iterable[Sequence[str]],
    articles: Iterable[tuple[str, Sequence[tuple[int, int]]]],
    *,
    max_words: int,
) -> CorpusStock:
    """Which of the ``short`` texts (canonical words) the writers use in their own prose.

    ``articles`` gives each article's text and the (start, end) spans of its quotations.
    """
    wanted = {" ".join(words) for words in short if 0 < len(words) <= max_words}
    lengths = sorted({len(p.split()) for p in wanted})
    # A phrase can only start at a word that starts one of them: most words of the prose
    # start none, and are passed over without joining the words after them.
    firsts = {p.split(" ", 1)[0] for p in wanted}
    found: set[str] = set()
    for text, spans in articles:
        if not wanted:
            break
        chars = list(text)
        for start, end in spans:
            chars[start:end] = "|" * (end - start)
        for paragraph in "".join(chars).split("\n"):
            for piece in paragraph.split("|"):
                words = canonical_words(piece)
                for n, word in enumerate(words):
                    if word not in firsts:
                        continue
                    for size in lengths:
                        if n + size > len(words):
                            break
                        phrase = " ".join(words[n : n + size])
                        if phrase in wanted:
                            found.add(phrase)
    return CorpusStock(frozenset(found))
