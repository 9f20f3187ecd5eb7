"""Properties of the canonical form: reading a text a piece at a time changes nothing."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framediff import variants
from framediff.similarity import normalise_quotes
from framediff.variants import canonical, canonical_words

# Letters, digits, the marks quotations carry, curly and straight apostrophes, asterisks
# (censored words) and whitespace of several kinds, so pieces split every way.
_ALPHABET = st.sampled_from(
    [
        *"abcXYZ019",
        "'",
        "’",
        "‘",
        "*",
        "-",
        "—",
        ",",
        ".",
        "…",
        "é",
        "ß",
        " ",
        "  ",
        "\n",
        "\t",
        "\u00a0",
        "\u2009",
        "\u3000",
        "can't",
        "gonna",
        "colour",
        "twenty",
        "f***",
        "It’s",
        "y'all",
    ]
)


def _whole_text(text: str) -> tuple[str, ...]:
    """The canonical words read from the whole text at once, as before pieces were kept."""
    return tuple(
        c for m in variants._WORD.finditer(normalise_quotes(text)) for c in canonical(m.group(0))
    )


@settings(max_examples=400, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join))
def test_piecewise_reading_equals_whole_text(text: str) -> None:
    assert canonical_words(text) == _whole_text(text)


def test_piece_table_stays_bounded_and_still_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(variants, "_PIECES_HELD", 8)
    monkeypatch.setattr(variants, "_PIECES", {})
    text = " ".join(f"word{n}, can't colour" for n in range(50))
    assert canonical_words(text) == _whole_text(text)
    assert len(variants._PIECES) <= 8
    assert canonical_words("It’s twenty f***ing colours") == ("it", "is", "20", "f***ing", "colors")


def test_a_long_piece_is_read_but_not_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(variants, "_PIECES", {})
    url = "https://example.org/" + "a" * 200
    cjk = "記者会見で首相は" * 10
    text = f"{url} {cjk} said, colour"
    assert canonical_words(text) == _whole_text(text)
    assert set(variants._PIECES) == {"said,", "colour"}
