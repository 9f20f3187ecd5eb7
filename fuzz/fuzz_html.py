"""Coverage-guided fuzzing of the HTML loader: ``python fuzz/fuzz_html.py``.

Any bytes saved as a page must either load as an article or be refused with an
``InputError`` (one line for the user); nothing else may escape, and a loaded article's
spans lie inside its text.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports():
    # Imported by the loader only when a page is read; imported here so it is instrumented.
    import trafilatura  # noqa: F401

    from framediff.errors import InputError
    from framediff.ingest.load import load_articles

from common import check_article

_FOLDER = Path(tempfile.mkdtemp(prefix="framediff-fuzz-"))
_PAGE = _FOLDER / "page.html"


def test_one_input(data: bytes) -> None:
    _PAGE.write_bytes(data)
    try:
        articles = load_articles([str(_PAGE)])
    except InputError:
        return
    for article in articles:
        check_article(article)


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
