"""Framing signals: how each outlet presents the same people and words.

The signals, one module each, all read the attribution records (``framediff.attribution``)
and never the text for attribution:

``headlines``    headline differences, scare quotes, support by the body
``verbs``        attribution verbs by speaker, by quote family, counted by class
``voices``       who is quoted, by whom only, and the body's share of quotation
``names``        how each article spells and titles each speaker
``lexicon``      loaded and hedging words
``readability``  Flesch reading ease and grade, offline
``signals``      ``framing_signals``: every signal of a set of articles
"""

from __future__ import annotations

from framediff.framing.signals import ArticleReadability, Framing, framing_signals
from framediff.options import FramingOptions

__all__ = ["ArticleReadability", "Framing", "FramingOptions", "framing_signals"]
