"""Speakers that were places, headings or common words on the evaluation articles, and must
not come back: article ids and the speaker each must no longer have, checked only when the
third-party data is present in ../shared/evaldata (nothing of it is copied here). The
shapes behind them are tested on text written for the purpose in ``test_speakers.py``;
``benchmarks/speaker_audit.py`` counts what is left."""

from __future__ import annotations

from pathlib import Path

import pytest

from framediff.attribution import attribute
from framediff.ingest.build import article_from_clean_text
from framediff.ingest.load import articles_from_sources, sources_from_paths
from framediff.model import Article
from framediff.options import Options
from tests.conftest import EVALDATA

POLNEAR = EVALDATA / "polnear" / "data"
NEWSWCL50 = EVALDATA / "newswcl50" / "1-raw-articles"

# (split, article id, a speaker it had that is a place, a heading or a common word)
POLNEAR_CASES = [
    ("dev", "huff-post_2016-10-07_ava-duvernay-s-th-explores-the-e", "America"),
    ("dev", "wash-post_2016-09-18_e-u-leaders-weigh-plans-for-grea", "Europe"),
    ("train", "breitbart_2016-05-24_in-two-front-war-clinton-targets", "California"),
    ("train", "huff-post_2016-01-19_flint-water-response-perfectly-c", "Flint"),
    ("train", "nyt_2016-04-18_for-news-outlets-feeling-the-squ", "Videos"),
    ("train", "nyt_2016-05-09_american-admiral-rattles-beijing", "Tennessee"),
    ("train", "wash-post_2016-02-21_oregon-occupier-uses-st-amendmen", "Case"),
    ("train", "wash-post_2016-06-07_cleveland-shakes-off-rust-before", "Washington"),
    ("train", "west-journal_2016-04-15_breaking-trump-campaign-just-mad", "Wyoming"),
    ("train", "breitbart_2015-11-19_exclusive-excerpt-dinesh-d-souza", "Significantly"),
    ("train", "wash-post_2016-01-20_fiorina-pushed-ahead-and-paid-a-", "Shortly"),
    ("train", "nyt_2016-08-01_pressure-rises-on-trump-after-cr", "Facing"),
    ("train", "huff-post_2016-01-12_tuesday-s-morning-email-presiden", "ROLL TIDE Alabama"),
    ("dev", "nyt_2016-09-24_small-steps-toward-college-savin", "THE BORROWING Back"),
    ("train", "breitbart_2016-03-01_the-latest-sanders-wins-minnesot", "Half"),
    ("train", "nyt_2015-11-24_world-war-ii-haunts-our-terror-d", "Recalling"),
    ("train", "politico_2016-08-31_hannity-ends-feud-with-rubio", "Nearly"),
    ("train", "politico_2016-05-19_exclusive-in-memo-to-congress-sa", "News"),
    ("train", "usa-today_2016-06-07_political-conventions-race-to-cl", "Fundraising"),
]
# The same for pronouns resolved to a place ("he" to "Ethiopia"): the place may still speak
# as its government, but no pronoun refers to it.
POLNEAR_PRONOUN_CASES = [
    ("train", "breitbart_2016-03-02_christie-s-shell-shocked-look-st", "New Jersey"),
    ("train", "nyt_2016-09-03_professor-nega-s-war-why-an-ethi", "Ethiopia"),
    ("train", "politico_2016-05-31_cruz-looks-to-ease-bad-blood-wit", "Washington"),
    ("train", "wash-post_2016-01-24_mired-in-third-place-rubio-prepa", "Florida"),
    ("train", "wash-post_2016-06-05_is-sanders-finally-connecting-wi", "California"),
]
# (event folder, file name without its extension, speaker)
NEWSWCL50_CASES = [
    ("event_0", "0_L", "Having"),
    ("event_4", "4_LL", "Ironically"),
    ("event_4", "4_L", "Dispensing"),
]


def _credits(article: Article) -> list[tuple[str | None, str | None]]:
    """(speaker, mention as written) of every quotation and reported-speech record."""
    found = attribute(article)
    return [(q.speaker, q.speaker_mention) for q in found.quotes if q.kind != "term"] + [
        (r.speaker, r.speaker_mention) for r in found.reported
    ]


def _speakers(article: Article) -> set[str | None]:
    return {speaker for speaker, _ in _credits(article)}


def _polnear(split: str, article_id: str) -> Article:
    text = (POLNEAR / split / "text" / f"{article_id}.txt").read_text(encoding="utf-8")
    return article_from_clean_text(text, id=article_id, roles=("headline",))


@pytest.mark.skipif(not POLNEAR.is_dir(), reason="PolNeAR is not in ../shared/evaldata")
@pytest.mark.parametrize(("split", "article_id", "bad"), POLNEAR_CASES)
def test_polnear_speakers_that_were_not_speakers(split: str, article_id: str, bad: str) -> None:
    assert bad not in _speakers(_polnear(split, article_id))


@pytest.mark.skipif(not POLNEAR.is_dir(), reason="PolNeAR is not in ../shared/evaldata")
@pytest.mark.parametrize(("split", "article_id", "bad"), POLNEAR_PRONOUN_CASES)
def test_polnear_pronouns_that_referred_to_places(split: str, article_id: str, bad: str) -> None:
    pronouns = {"he", "she", "they", "it"}
    credits = _credits(_polnear(split, article_id))
    assert not [m for s, m in credits if s == bad and m is not None and m.lower() in pronouns]


@pytest.mark.skipif(not NEWSWCL50.is_dir(), reason="NewsWCL50 is not in ../shared/evaldata")
@pytest.mark.parametrize(("event", "stem", "bad"), NEWSWCL50_CASES)
def test_newswcl50_speakers_that_were_not_speakers(event: str, stem: str, bad: str) -> None:
    (path,) = [p for p in (NEWSWCL50 / event).iterdir() if p.name.split(".", 1)[0] == stem]
    options = Options()
    articles = articles_from_sources(
        sources_from_paths([str(path)], options=options), options=options
    )
    assert all(bad not in _speakers(article) for article in articles)


def test_the_cases_name_no_file_twice() -> None:
    """Each case is one article and one speaker, so a failure names what came back."""
    keys = POLNEAR_CASES + POLNEAR_PRONOUN_CASES + NEWSWCL50_CASES
    assert len(keys) == len(set(keys))
    assert all(not Path(a).suffix for _, a, _ in POLNEAR_CASES + POLNEAR_PRONOUN_CASES)
