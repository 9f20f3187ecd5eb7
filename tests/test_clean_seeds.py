"""Cleaning the five seed articles: all furniture gone, every article word kept."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from framediff.ingest.clean import clean_text
from framediff.ingest.lines import normalise_unicode
from framediff.model import Article
from framediff.segment import sentence_spans
from tests.conftest import STORY

# Furniture found by reading the seeds side by side (see corpus/nato-shootdown-2024/).
_APPEAL = [
    "You could close this page.",
    "Or you could join our community",
    "We keep our reporting open and accessible",
    "This is why our small, cost-effective team depends on the support of readers",
    "A little bit goes a long way",
    "Become a patron or see other ways to support.",
]
BOILERPLATE = {
    "000_16b9289ebfa630a9": [
        "Support independent journalism in Ukraine.",
        "Join us in this fight.",
        "Become a member",
        "Support us just once",
        "Romania denies downing Russian drones over Ukraine",
        "Videos on social media that purport to show Romanian air defense units",
    ],
    "001_bc10143706b948d4": _APPEAL,
    "002_0f77700f0b2ee103": [
        "Jul 15, 2024 - 07:54",
        "credit flickr/nato result",
        "Related:",
        *_APPEAL,
        "Become a Patron!",
    ],
    "003_e10f0307fb1c42ac": [
        "Author: Dave DeCamp",
        "follow him on Twitter @decampdave",
        "is the news editor of Antiwar.com",
    ],
    "004_e3e60bfa29fad391": [
        "Read: Biden Says US Must Back Ukraine War",
        "Read: Georgia Rep. MTG Erupts",
        "Read: Zelenskyy Agrees To Hold Elections",
        "First published by the Daily Caller News Foundation.",
        "Help support the Tampa Free Press",
        "Download The Tampa Free Press App",
        "Never Miss A Story",
        "Follow Us On Facebook and Twitter.",
        "Sign up for our free newsletter.",
    ],
}

_QUOTE_SPAN = re.compile(r"[\"“‘][^\"“”‘’]*?[\"”’](?!\w)|“[^”]*”")


def _flat(text: str) -> str:
    return " ".join(text.split())


def _raw(article_id: str) -> str:
    return normalise_unicode((STORY / f"{article_id}.txt").read_text(encoding="utf-8"))


# Lines that are furniture only when they stand alone (a portrait caption).
CAPTION_LINES = {"004_e3e60bfa29fad391": {"Ukrainian President Volodymyr Zelenskyy"}}


def _is_furniture(article_id: str, line: str) -> bool:
    return line.strip() in CAPTION_LINES.get(article_id, set()) or any(
        f in line for f in BOILERPLATE[article_id]
    )


def _article_sentences(article_id: str) -> list[str]:
    """Every sentence of the raw seed that is not furniture."""
    lines: list[str] = []
    for line in _raw(article_id).split("\n"):
        line = line.strip()
        # A sentence broken over two lines ("on Aug." / "4, Interfax") is one sentence.
        if lines and line[:1].isdigit():
            lines[-1] = f"{lines[-1]} {line}"
        elif line:
            lines.append(line)
    sentences = [line[s:e] for line in lines for s, e in sentence_spans(line, 0, len(line))]
    return [s for s in sentences if not _is_furniture(article_id, s)]


@pytest.mark.parametrize("article_id", sorted(BOILERPLATE))
def test_furniture_is_removed(seed_articles: dict[str, Article], article_id: str) -> None:
    article = seed_articles[article_id]
    for snippet in BOILERPLATE[article_id]:
        assert snippet not in article.text, f"{snippet!r} is still in {article_id}"
    paragraphs = {article.text[p.start : p.end] for p in article.paragraphs}
    assert not paragraphs & CAPTION_LINES.get(article_id, set())


@pytest.mark.parametrize("article_id", sorted(BOILERPLATE))
def test_every_article_sentence_is_kept(seed_articles: dict[str, Article], article_id: str) -> None:
    cleaned = _flat(seed_articles[article_id].text)
    raw = _raw(article_id)
    for line in raw.split("\n"):
        line = line.strip()
        if not line or any(f in line for f in BOILERPLATE[article_id]):
            continue
        # A kept line is in the cleaned text whole, but for line breaks inside sentences.
        assert _flat(line) in cleaned or line.startswith("4, Interfax"), line
    for sentence in _article_sentences(article_id):
        assert _flat(sentence) in cleaned, sentence


@pytest.mark.parametrize("article_id", sorted(BOILERPLATE))
def test_every_quotation_is_kept_byte_for_byte(
    seed_articles: dict[str, Article], article_id: str
) -> None:
    text = seed_articles[article_id].text
    raw = _raw(article_id)
    kept_lines = [
        line for line in raw.split("\n") if line.strip() and not _is_furniture(article_id, line)
    ]
    quotes = [m.group(0) for line in kept_lines for m in _QUOTE_SPAN.finditer(line)]
    assert quotes, "every seed quotes someone"
    for quote in quotes:
        assert quote in text, quote


def test_glued_banner_is_split_off_cleanly(seed_articles: dict[str, Article]) -> None:
    article = seed_articles["000_16b9289ebfa630a9"]
    first_body = article.body_paragraphs[0]
    assert article.text[first_body.start : first_body.end].startswith(
        "Kyiv will discuss with NATO the creation of a coalition"
    )
    banner = [r for r in article.removed if r.rule == "banner"]
    assert [r.text for r in banner] == ["Become a member Support us just once"]
    # The sentence broken over two lines ("Aug." / "4,") is one sentence again.
    assert "told journalists on Aug. 4, Interfax Ukraine reported." in article.text


def test_headlines_and_standfirsts(seed_articles: dict[str, Article]) -> None:
    roles = {
        aid: [(p.role, a.text[p.start : p.end][:60]) for p in a.paragraphs[:2]]
        for aid, a in seed_articles.items()
    }
    assert roles["003_e10f0307fb1c42ac"][1] == (
        "standfirst",
        "He dismissed the risk of nuclear escalation",
    )
    assert roles["002_0f77700f0b2ee103"][1][0] == "standfirst"
    assert roles["004_e3e60bfa29fad391"][1][0] == "body"  # the portrait caption is gone
    for article in seed_articles.values():
        assert article.paragraphs[0].role == "headline"
        headline = article.text[article.paragraphs[0].start : article.paragraphs[0].end]
        assert headline == article.title
        # The headline appears once: 002 printed it twice.
        assert article.text.count(headline) == 1


def test_every_removal_has_a_reason(seed_articles: dict[str, Article]) -> None:
    for article in seed_articles.values():
        for removal in article.removed:
            assert removal.reason and removal.rule and removal.line >= 1
            assert _flat(removal.text) in _flat(_raw(article.id)), removal


def test_metadata_is_inferred_without_story_file() -> None:
    cleaned = clean_text((STORY / "002_0f77700f0b2ee103.txt").read_text(encoding="utf-8"))
    assert cleaned.date == "Jul 15, 2024"
    assert cleaned.title.startswith("Poland’s proposal to shoot down")
    cleaned = clean_text((STORY / "003_e10f0307fb1c42ac.txt").read_text(encoding="utf-8"))
    assert cleaned.author == "Dave DeCamp"


def test_cleaning_is_idempotent_on_the_seeds() -> None:
    for path in sorted(Path(STORY).glob("*.txt")):
        once = clean_text(path.read_text(encoding="utf-8"))
        twice = clean_text(once.text)
        assert twice.text == once.text, path.name
        assert twice.removed == ()


def test_offsets_point_into_cleaned_text(seed_articles: dict[str, Article]) -> None:
    for article in seed_articles.values():
        for paragraph in article.paragraphs:
            chunk = article.text[paragraph.start : paragraph.end]
            assert chunk == chunk.strip() and "\n" not in chunk
        for sentence in article.sentences:
            paragraph = article.paragraphs[sentence.paragraph]
            assert paragraph.start <= sentence.start < sentence.end <= paragraph.end
