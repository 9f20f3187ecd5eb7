"""Words set in capitals that head a paragraph rather than name anyone.

Newsletters, live blogs and wire digests open items with a heading in capitals glued to the
paragraph ("HOW CHINA'S DECLINE AFFECTS THE REST OF THE WORLD “China's economic …”", "DNC
CHAIR DEBBIE WASSERMAN SCHULTZ RESIGNS After months of …"). Acronyms and names in capitals
("USA TODAY reported", "NATO said", "CREW filed") come one or two words at a time; a run of
three or more words in capitals is a heading, and its words speak for nobody.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache

from framediff.model import Paragraph

# A word in capitals: letters all upper case, digits, and the joiners of names and numbers
# ("13-YEAR-OLDS", "CHINA’S", "U.S.").
_CAPS_WORD = r"[A-Z0-9][A-Z0-9’'&.-]*[A-Z0-9’'.]|[A-Z]"
# The first word of a run: ``(?<![\w’'])(?:{_CAPS_WORD})`` written to open with its first
# character, so a search skips in C to the next capital or digit instead of trying the
# pattern at every character. The look-behind, read after that character, still asks
# that no word character or apostrophe comes before it; the two ways of going on are
# ``_CAPS_WORD``'s two, in its order (a lone capital last).
_FIRST_CAPS_WORD = r"[A-Z0-9](?<![\w’'][A-Z0-9])(?:[A-Z0-9’'&.-]*[A-Z0-9’'.]|(?<=[A-Z]))"


# A kicker glued to the front of a paragraph: two or more words in capitals, of three
# letters or more, before a capitalised word in mixed case ("THE BORROWING Back when he
# wrote", "ROLL TIDE Alabama beat"). Acronyms before a name ("FBI Director James Comey")
# come one at a time.
_KICKER = re.compile(r"[A-Z][A-Z’']{2,}(?:\s+[A-Z][A-Z’']{2,})+(?=\s+[A-Z][a-z])")


@lru_cache(maxsize=8)
def _run_pattern(min_words: int) -> re.Pattern[str]:
    """``min_words`` or more words in capitals in a row, apart by spaces and at most a comma
    or a colon."""
    more = max(min_words - 1, 1)
    return re.compile(rf"{_FIRST_CAPS_WORD}(?:[,:]?\s+(?:{_CAPS_WORD})){{{more},}}(?![\w’'])")


def capital_runs(
    text: str, paragraphs: Sequence[Paragraph], *, min_words: int, min_letters: int
) -> tuple[tuple[int, int], ...]:
    """The (start, end) offsets of every heading set in capitals inside a body paragraph,
    in text order: ``min_words`` or more words in capitals holding ``min_letters`` letters
    (``QuoteOptions.capital_run_min_words`` and ``capital_run_min_letters``)."""
    pattern = _run_pattern(min_words)
    runs: list[tuple[int, int]] = []
    for paragraph in paragraphs:
        if paragraph.role == "headline":
            continue  # a headline may be all capitals and still credit its speaker
        piece = text[paragraph.start : paragraph.end]
        for match in pattern.finditer(piece):
            if sum(c.isalpha() for c in match.group()) >= min_letters:
                runs.append((paragraph.start + match.start(), paragraph.start + match.end()))
        kicker = _KICKER.match(piece)
        if kicker is not None and all(start != paragraph.start for start, _ in runs):
            runs.append((paragraph.start, paragraph.start + kicker.end()))
    return tuple(sorted(runs))


def in_runs(runs: Sequence[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    """The run that overlaps offsets ``start``-``end``, if any (``runs`` sorted)."""
    k = bisect_right(runs, (start, sys.maxsize)) - 1
    for j in (k, k + 1):
        if 0 <= j < len(runs) and runs[j][0] < end and start < runs[j][1]:
            return runs[j]
    return None
