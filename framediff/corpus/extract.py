"""The article stage: one article in, its record and its quoted utterances out.

A pure function of the article and the options, so the engines can run it anywhere (a
process pool, a Dask worker); ``extract_sources`` cleans each article there first, from
its prepared source, so that cleaning too runs on every core and only for the articles
that are new. Parts of one utterance ("…,” he said. “…”) are joined with the
seam quote families use, exactly as ``compare`` joins them before matching.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from framediff.align.families import SEAM
from framediff.attribution import attribute
from framediff.corpus.records import ArticleRecord, CorpusQuote, ExtractedArticle, content_hash
from framediff.ingest.load import SourceToClean, article_from_source
from framediff.model import Article, Quote
from framediff.options import DEFAULT_OPTIONS, Options
from framediff.variants import canonical_words


def article_record(article: Article) -> ArticleRecord:
    """The stored form of an article; its hash is of the raw text it was cleaned from."""
    return ArticleRecord(
        id=article.id,
        path=article.path,
        outlet=article.outlet,
        title=article.title,
        date=article.date,
        author=article.author,
        url=article.url,
        story=article.story,
        wire=article.wire,
        text=article.text,
        roles=tuple(p.role for p in article.paragraphs),
        content_hash=content_hash(article.raw_text),
    )


def utterances(parts: Sequence[Quote]) -> tuple[CorpusQuote, ...]:
    """The direct-speech parts of one article joined into utterances, in text order."""
    grouped: dict[int, list[Quote]] = defaultdict(list)
    for quote in parts:
        if quote.is_direct_speech:
            grouped[quote.utterance].append(quote)
    found = []
    for utterance, members in grouped.items():
        members.sort(key=lambda q: (q.start, q.index))
        text = SEAM.join(q.text.strip() for q in members)
        found.append(
            CorpusQuote(
                article=members[0].article,
                utterance=utterance,
                text=text,
                start=members[0].start,
                end=members[-1].end,
                kind=members[0].kind,
                speaker=next((q.speaker for q in members if q.speaker), None),
                verb=next((q.verb for q in members if q.verb), None),
                words=canonical_words(text),
            )
        )
    found.sort(key=lambda q: q.start)
    return tuple(found)


def extract_article(article: Article, *, options: Options = DEFAULT_OPTIONS) -> ExtractedArticle:
    """Attributions of one article, as the corpus stores them."""
    parts = attribute(article, options=options.quotes).quotes
    return ExtractedArticle(article_record(article), parts, utterances(parts))


def extract_articles(
    articles: Sequence[Article], *, options: Options = DEFAULT_OPTIONS
) -> list[ExtractedArticle]:
    """``extract_article`` over a chunk: the unit of work an engine hands a worker."""
    return [extract_article(a, options=options) for a in articles]


def extract_sources(
    sources: Sequence[SourceToClean], *, options: Options = DEFAULT_OPTIONS
) -> list[ExtractedArticle]:
    """``extract_article`` of each source's cleaned article, over a chunk: the unit of work
    an engine hands a worker when ``framediff index`` runs."""
    return [
        extract_article(article_from_source(s, options=options), options=options) for s in sources
    ]
