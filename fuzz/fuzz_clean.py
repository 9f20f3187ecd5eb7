"""Coverage-guided fuzzing of the cleaner: ``python fuzz/fuzz_clean.py``.

Any raw text must clean without an exception; every removal must carry a rule and a
reason; every word of the raw text must be kept or removed (the accounting of
``framediff/accounting.py``); the cleaned text must segment into spans inside it.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from framediff.accounting import unaccounted_words
    from framediff.ingest.build import article_from_clean_text
    from framediff.ingest.clean import clean_text

from common import check_article, text_of


def test_one_input(data: bytes) -> None:
    raw = text_of(data)
    cleaned = clean_text(raw)
    for removal in cleaned.removed:
        assert removal.rule and removal.reason, removal
    lost = unaccounted_words(raw, cleaned.text, cleaned.removed)
    assert not lost, (lost, raw)
    article = article_from_clean_text(cleaned.text, id="fuzz", roles=cleaned.roles)
    check_article(article)


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
