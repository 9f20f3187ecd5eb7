"""Properties of the whole pipeline, raw text to report, on generated articles (hypothesis).

Random unicode, random quote marks and random page furniture: no exception, every offset
in range, nothing lost (the accounting), and the same report for the same articles in any
order.
"""

from __future__ import annotations

import json

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from framediff.compare import Comparison, compare
from framediff.errors import InputError
from framediff.ingest.load import articles_from_sources
from framediff.ingest.source import Source
from framediff.model import Article
from framediff.options import Options
from framediff.render.json_report import comparison_json

# Sentences several articles may share (so families and alignment have work), furniture
# the cleaner removes, and quote marks of every kind, open or closed.
_SHARED = st.sampled_from(
    [
        "“We will not allow this to stand,” the minister said on Monday.",
        "The minister said the plan was a clear success for the whole region.",
        "Officials said the talks would resume in Brussels next week.",
        "«Nous ne céderons pas», a déclaré le président.",
        "Critics called it „a costly mistake“ in a statement.",
        "‘It is out of the question,’ she told reporters.",
    ]
)
_FURNITURE = st.sampled_from(
    [
        "Become a member",
        "Read: Another story about the war",
        "By Jane Doe",
        "Published Mar 03, 2024 • Last updated 2 hours ago",
        "Share this article",
        "(Jae C. Hong/AP)",
        "Advertisement",
        "Sign up for alerts",
    ]
)
_MARKS = st.sampled_from([*"\"'“”‘’„‚«»‹›", "''", "``"])
_PIECE = st.one_of(
    _SHARED,
    _FURNITURE,
    _MARKS,
    st.text(max_size=12),
    st.sampled_from([" ", ". ", ", ", "\n", "\n\n", "said", "Zelensky", "NATO"]),
)
_BODY = st.lists(_PIECE, min_size=1, max_size=25).map(" ".join)
_ARTICLES = st.lists(_BODY, min_size=2, max_size=3)


def _articles(bodies: list[str]) -> list[Article]:
    sources = [
        Source(
            f"a{n}.txt",
            f"Headline number {n} about the talks\n\n{body}\n",
            {"id": f"a{n}", "outlet": f"Outlet {n % 2}"},
        )
        for n, body in enumerate(bodies)
    ]
    try:
        return articles_from_sources(sources, options=Options())
    except InputError:
        assume(False)  # nothing left after cleaning: refused, which is correct
        raise


def _check_offsets(comparison: Comparison) -> None:
    for article in comparison.articles:
        n = len(article.text)
        for sentence in article.sentences:
            assert 0 <= sentence.start < sentence.end <= n
    for quote in comparison.quotes:
        text = comparison.article(quote.article).text
        assert 0 <= quote.start <= quote.end <= len(text)
        assert text[quote.start : quote.end] == quote.text
    for match in comparison.alignment.matches:
        text = comparison.article(match.article).text
        assert text[match.start : match.end] == match.text
    for added in comparison.alignment.added:
        text = comparison.article(added.article).text
        assert text[added.start : added.end] == added.text


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_ARTICLES)
def test_the_pipeline_never_raises_and_loses_nothing(bodies: list[str]) -> None:
    comparison = compare(_articles(bodies))
    _check_offsets(comparison)
    assert comparison.accounting.problems == ()
    json.loads(comparison_json(comparison))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_ARTICLES, st.randoms(use_true_random=False))
def test_the_report_is_deterministic_and_independent_of_article_order(
    bodies: list[str], rnd: object
) -> None:
    articles = _articles(bodies)
    shuffled = list(articles)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    first = comparison_json(compare(articles))
    assert comparison_json(compare(articles)) == first
    assert comparison_json(compare(shuffled)) == first
