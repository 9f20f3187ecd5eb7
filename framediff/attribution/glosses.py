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
from collections.abc import Mapping, Sequence

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
        if _LATIN.search(text, lo + 1, hi - 1) or not any(c.isalpha() for c in match.group()):
            continue  # Latin letters, or no letters at all ("(–0.5%)", "(€200)")
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


# A nickname set in marks inside a name: "Maria Lourdes “Malou” Soriano-Abad", "Juan
# "Chico" Manriquez", "John “Tig” Tiegen" (Philippine, American and many other papers). It
# is no quotation, and left one it stands between the name's words: the rules read past it
# as past a gloss. At most this many words, each capitalised, between two capitalised words
# of a body paragraph.
_NICKNAME_MAX_WORDS = 2
# Words of letters (a name's), no full stop: "“This Week.” Sen. Graham" is a programme.
_NICKNAME = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’-]*(?: [A-ZÀ-ÖØ-Þ][\w'’-]*)?")
# The name's words either side: capitalised words of letters, glued to nothing but a space;
# accented as Portuguese and Spanish names are ("Sebastião “Tião” Ferreira dos Santos").
# (A name may open its paragraph: the look-behind sees past where the search starts.)
# A possessive is no given name ("Chelsea’s “Special One” José Mourinho").
_NAME_BEFORE = re.compile(r"(?<!\S)[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+(?<!['’]s)\.? $")
_NAME_AFTER = re.compile(r" [A-Z][\w'’-]*[a-z]")
# A line in title case ("Felt “Invisible” As …") capitalises every word: a nickname is
# looked for only in a paragraph of which at least this share of words open in lower case.
_MIN_LOWERCASE_SHARE = 0.3


def nickname_spans(
    text: str, spans: Sequence[QuoteSpan], paragraphs: Mapping[int, tuple[int, int]]
) -> list[QuoteSpan]:
    """The quotations of ``spans`` that are nicknames inside a name; ``paragraphs`` gives
    the bounds of the body paragraphs by index (a headline capitalises every word)."""
    found = []
    for span in spans:
        bounds = paragraphs.get(span.paragraph)
        if span.close_at is None or bounds is None:
            continue
        inner = text[span.start : span.end]
        if len(inner.split()) > _NICKNAME_MAX_WORDS or not _NICKNAME.fullmatch(inner):
            continue
        if not _NAME_BEFORE.search(text, max(bounds[0], span.open_at - 30), span.open_at):
            continue
        if not _NAME_AFTER.match(text, span.close_at + 1, bounds[1]):
            continue
        words = text[bounds[0] : bounds[1]].split()
        if sum(w[:1].islower() for w in words) >= _MIN_LOWERCASE_SHARE * len(words):
            found.append(span)
    return found


def without_spans(text: str, spans: Sequence[QuoteSpan]) -> str:
    """``text`` with each of ``spans`` (marks included) made spaces, every offset kept."""
    if not spans:
        return text
    pieces: list[str] = []
    done = 0
    for span in sorted(spans, key=lambda s: s.open_at):
        end = (span.close_at if span.close_at is not None else span.end - 1) + 1
        pieces += [text[done : span.open_at], " " * (end - span.open_at)]
        done = end
    pieces.append(text[done:])
    return "".join(pieces)
