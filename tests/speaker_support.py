"""What the speaker tests share: the speakers framediff credits in a short article."""

from __future__ import annotations

from framediff.attribution import extract_quotes
from framediff.ingest.build import article_from_clean_text


def speakers(*paragraphs: str) -> list[str | None]:
    """The speaker of each quotation (terms left out) in an article of ``paragraphs``
    under a headline that quotes nobody."""
    text = "\n\n".join(("Headline", *paragraphs)) + "\n"
    article = article_from_clean_text(text, id="t", roles=("headline",))
    return [q.speaker for q in extract_quotes(article) if q.kind != "term"]
