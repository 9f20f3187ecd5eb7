"""Coverage-guided fuzzing of the quotation scanner and attribution: ``python fuzz/fuzz_quotes.py``.

Any text must give quotations whose offsets lie in the text and whose ``text`` is the text
at those offsets, and no exception. Run through ``fuzz/run.py`` (needs ``framediff[fuzz]``).
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from framediff.attribution import attribute
    from framediff.ingest.build import article_from_clean_text

from common import check_article, text_of


def test_one_input(data: bytes) -> None:
    text = text_of(data)
    article = article_from_clean_text(text, id="fuzz")
    check_article(article)
    found = attribute(article)
    n = len(article.text)
    for q in found.quotes:
        assert 0 <= q.start <= q.end <= n, q
        assert article.text[q.start : q.end] == q.text, q
        if q.speaker_start is not None and q.speaker_end is not None:
            assert 0 <= q.speaker_start <= q.speaker_end <= n, q
        if q.verb_start is not None and q.verb_end is not None:
            assert 0 <= q.verb_start <= q.verb_end <= n, q
    for r in found.reported:
        assert 0 <= r.start <= r.end <= n, r
        assert 0 <= r.speaker_start <= r.speaker_end <= n, r
        assert 0 <= r.verb_start <= r.verb_end <= n, r
    for m in found.mentions:
        assert 0 <= m.start <= m.end <= n, m


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
