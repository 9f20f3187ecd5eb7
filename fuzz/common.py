"""What the fuzz targets share: turning fuzzer bytes into text and checking offsets."""

from __future__ import annotations

from framediff.model import Article


def text_of(data: bytes) -> str:
    """The fuzzer's bytes as text: UTF-8 with every undecodable byte as a replacement."""
    return data.decode("utf-8", errors="replace")


def check_article(article: Article) -> None:
    """Every span of a built article lies inside its text, in order."""
    n = len(article.text)
    for p in article.paragraphs:
        assert 0 <= p.start <= p.end <= n, p
    for s in article.sentences:
        assert 0 <= s.start <= s.end <= n, s
        paragraph = article.paragraphs[s.paragraph]
        assert paragraph.start <= s.start and s.end <= paragraph.end, (s, paragraph)
