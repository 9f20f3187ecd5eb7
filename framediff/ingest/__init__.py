"""Loading articles (text, HTML, story folders, JSON Lines, URLs) and cleaning them."""

from __future__ import annotations

from framediff.ingest.build import article_from_clean_text
from framediff.ingest.clean import CleanedText, clean_text
from framediff.ingest.load import load_articles

__all__ = ["CleanedText", "article_from_clean_text", "clean_text", "load_articles"]
