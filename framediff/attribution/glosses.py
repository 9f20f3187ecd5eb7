"""A name's gloss in its own script, which the rules read past: "Kuo Chien-hung (郭建宏),
deputy secretary-general of …, told CNA", "a clerk surnamed Chang (張)", "Oleksandr
Kovalenko (Олександр Коваленко)". Focus Taiwan, the Taipei Times, Yonhap, the South China
Morning Post and many other English services print a name's characters after it; the
words in brackets say nothing of who spoke, but stand between the name and its verb or
appositive. The tokens are read from the text with each such gloss blanked out (spaces of
its length, so every offset stays), and quotations keep every character of the text."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from framediff.attribution.marks import QuoteSpan

# Brackets opening with a character of no Latin script (nor a combining mark), on one line,
# short as a name is. What is inside is checked to hold no Latin letter at all.
_GLOSS = re.compile(r"\((?=[^\x00-\u036f\s])[^()\n]{1,40}\)")
# Latin letters and combining marks: any of them makes the brackets English (or another
# Latin-script language), not a gloss.
_LATIN = re.compile(r"[A-Za-z\u00c0-\u036f\u1e00-\u1eff]")


def without_script_glosses(text: str, spans: Sequence[QuoteSpan]) -> str:
    """``text`` with every gloss in a non-Latin script outside a quotation made spaces."""
    if text.isascii() or "(" not in text:
        return text  # most articles: nothing to look for
    starts = [span.start for span in spans]
    pieces: list[str] = []
    done = 0
    for match in _GLOSS.finditer(text):
        lo, hi = match.span()
        if _LATIN.search(text, lo + 1, hi - 1):
            continue
        k = bisect_right(starts, lo)
        if k and spans[k - 1].end > lo:
            continue  # inside a quotation: the speaker's own words
        pieces.append(text[done:lo])
        pieces.append(" " * (hi - lo))
        done = hi
    if not pieces:
        return text
    pieces.append(text[done:])
    return "".join(pieces)
