"""framediff: how news outlets quote and frame the same story."""

from __future__ import annotations

from framediff.model import Article, Paragraph, Quote, Removal, Sentence
from framediff.options import DEFAULT_OPTIONS, Options

__all__ = [
    "DEFAULT_OPTIONS",
    "Article",
    "Options",
    "Paragraph",
    "Quote",
    "Removal",
    "Sentence",
]
__version__ = "0.1.0"
