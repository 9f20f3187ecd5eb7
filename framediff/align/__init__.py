"""Cross-article alignment: quote families, sentence counterparts, paraphrases, events.

Pure functions over ``Article`` and ``Quote`` records. Results never depend on the order the
articles are given in: articles are ranked by id, and every list is sorted by article rank,
then position in the text, with explicit tie-breaks. Comparing A with B and B with A gives
mirrored results, because every pairwise score used here is symmetric.

The steps, one module each, in the order ``compare`` runs them:

* ``families``: quote families (``build_quote_families``): the parts of each utterance
  joined into one unit, the same-utterance decision (``_same_utterance``, a pure function
  of two units), each article's rendering, the fullest text and the word diffs.
* ``events``: how alike articles are (``lexical_similarity``, ``article_similarity``) and
  which of them cover one event (``group_events``).
* ``sentences``: each context sentence's counterparts (``align_sentences``), with the
  added context, omissions and recycled text that follow from them.
* ``paraphrases``: quotations reported in another article's own words
  (``link_paraphrases``).

``records`` holds the frozen result records all of them return, ``common`` the few helpers
several steps share (options, article rank, union-find, shared word runs). Steps import
from ``records``, ``common`` and earlier steps only, never from this package itself.
"""

from __future__ import annotations

from framediff.align.events import article_similarity, group_events
from framediff.align.families import build_quote_families
from framediff.align.paraphrases import link_paraphrases
from framediff.align.records import (
    AddedContext,
    Credit,
    Omission,
    ParaphraseLink,
    QuoteFamily,
    Recycled,
    SentenceAlignment,
    SentenceMatch,
    SimilarityMatrix,
)
from framediff.align.sentences import align_sentences

__all__ = [
    "AddedContext",
    "Credit",
    "Omission",
    "ParaphraseLink",
    "QuoteFamily",
    "Recycled",
    "SentenceAlignment",
    "SentenceMatch",
    "SimilarityMatrix",
    "align_sentences",
    "article_similarity",
    "build_quote_families",
    "group_events",
    "link_paraphrases",
]
