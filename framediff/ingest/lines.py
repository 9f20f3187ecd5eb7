"""The pieces every cleaning rule reads: paragraphs being cleaned, their sentences and
quotations, and the text normalised so that invisible characters never decide anything."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import accumulate

from framediff.ingest import credit_lines
from framediff.model import ParagraphRole
from framediff.segment import sentence_spans

# Invisible characters that only get in the way of matching: zero-width spaces and joiners,
# the byte-order mark, soft hyphens. Non-breaking spaces become plain spaces.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_SPACES = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u2009\u200a"), " ")
# C0 and C1 control characters but tab and newline; a tab becomes a space.
_CONTROLS: dict[int, str | None] = {
    **dict.fromkeys([*range(0x00, 0x09), *range(0x0B, 0x20), 0x7F, *range(0x80, 0xA0)]),
    0x09: " ",
}

# The three tables in one pass: no character is in two of them, and none maps to one that is.
_NORMALISE = {**_INVISIBLE, **_SPACES, **_CONTROLS}
# Runs of those characters: most texts hold a few or none, and ``str.translate`` looks up
# every character of the text in the table, where a search for them skips the rest in C.
_TO_NORMALISE = re.compile("[" + "".join(f"\\u{c:04x}" for c in sorted(_NORMALISE)) + "]+")

QUOTE_CHARS = '"“”„«»‹›'
TERMINAL = tuple('.!?…:;"”’»)')
# A quotation of a few words in a line: protects the line from weak signals.
QUOTATION = re.compile(r"[\"“„«][^\"“”„«»]{12,}?[\"”»]")
# Quotations of a paragraph, double or single marks: text inside them is someone's words.
_DOUBLE_QUOTED = re.compile(r"[\"“„«][^\"“”„«»]*(?:[\"”»]|$)")
_TWO_APOSTROPHES = re.compile(r"''(?=\S).*?\S''")  # NYT archive style: ''Like this.''
_SINGLE_QUOTED = re.compile(r"(?<![\w’'])[‘'](?=[\w\[])[^‘’\n]*?[\w.,!?—…\]-][’'](?![\w’'])")
_GLUED_SENTENCE = re.compile(r"(?<=[a-z][.!?])(?=[A-Z][a-z])")
# What a glued stop needs after it, searched once in a line: most lines have none, and
# their sentences need not each be searched for one. (Starting at the stop, the rarer
# character, the search skips ahead faster than at the letter before it.)
_GLUED_ANYWHERE = re.compile(r"[.!?][A-Z][a-z]")
_WORD = re.compile(r"[\w'’-]+")


@dataclass
class Block:
    """A paragraph while it is being cleaned (mutable on purpose: it is trimmed in place)."""

    text: str
    line: int
    role: ParagraphRole = "body"
    removed: bool = False
    # The match key of ``text`` and the text it was made of: several rules compare a
    # paragraph by its key, and the text may have been trimmed since the key was made.
    _key: tuple[str, str] | None = field(default=None, repr=False, compare=False)

    def match_key(self) -> str:
        """``match_key(self.text)``, made once for each text the block holds."""
        if self._key is None or self._key[0] != self.text:
            self._key = (self.text, match_key(self.text))
        return self._key[1]


Remover = Callable[[Block, str, str], None]


def normalise_unicode(text: str) -> str:
    """NFC, Unix line ends, no invisible or control characters; visible ones left alone.

    Control characters (escape sequences among them) would otherwise reach a terminal
    report and could clear the screen or rename the window.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    return _TO_NORMALISE.sub(_normalised_run, text)


def _normalised_run(match: re.Match[str]) -> str:
    return match.group(0).translate(_NORMALISE)


def match_key(text: str) -> str:
    """A form of a line for comparing lines: case, quote style and spacing ignored."""
    text = text.casefold().replace("’", "'").replace("‘", "'").replace("“", '"')
    text = text.replace("”", '"')
    return " ".join(_WORD.findall(text))


def segments(line: str) -> list[tuple[int, int]]:
    """Sentence spans of a line, also split where a full stop is glued to the next word."""
    if not _GLUED_ANYWHERE.search(line):
        return list(sentence_spans(line, 0, len(line)))
    spans: list[tuple[int, int]] = []
    for start, end in sentence_spans(line, 0, len(line)):
        cut = start
        for match in _GLUED_SENTENCE.finditer(line, start, end):
            spans.append((cut, match.start()))
            cut = match.start()
        spans.append((cut, end))
    return spans


def quoted_spans(text: str, *, min_words: int = 3) -> list[tuple[int, int]]:
    """Spans of ``text`` inside quote marks holding at least ``min_words`` words.

    An opening mark that is never closed runs to the end (a quotation that goes on into the
    next paragraph, as newspapers print long quotations).
    """
    spans = []
    for pattern in (_DOUBLE_QUOTED, _TWO_APOSTROPHES, _SINGLE_QUOTED):
        for match in pattern.finditer(text):
            if len(word_list(match.group(0))) >= min_words:
                spans.append((match.start(), match.end()))
    return spans


def overlaps(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


class SpanIndex:
    """Spans, for asking of many sentences whether they overlap one, each in log time.

    A one-paragraph page of a megabyte has thousands of sentences and quotations; asking
    each sentence about every quotation made cleaning it take a minute.
    """

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        # The furthest end among the spans starting at or before each position.
        self._reach = list(accumulate((e for _, e in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        before = bisect_left(self._starts, end)  # the spans that start before ``end``
        return before > 0 and self._reach[before - 1] > start


def ends_sentence(text: str) -> bool:
    return text.rstrip().endswith(TERMINAL)


def word_list(text: str) -> list[str]:
    return _WORD.findall(text)


# A paper's or an agency's initials in brackets alone on a line, its sign-off under the
# story ("(ST)", Sudan Tribune; "(SUNA)", "(PNA)"): no sentence is only that.
_INITIALS_SIGN_OFF = re.compile(r"\s*\(\s*[A-Z]{2,6}\s*\)\s*\.?\s*")


def is_bare_wire(text: str) -> bool:
    """A line that is only an agency's name ("The Canadian Press", "— AP"), or its
    initials in brackets as a sign-off ("(ST)")."""
    if _INITIALS_SIGN_OFF.fullmatch(text):
        return True
    # Only dashes, spaces and a parenthesis may come before the name, and a name starts with
    # a letter: it can only start at the first other character, so only there is it tried.
    match = credit_lines.WIRE_NAME.match(text, len(text) - len(text.lstrip(" —–-(")))
    return (
        match is not None
        and credit_lines.wire_of(match.group(0)) is not None
        and not text[match.end() :].strip(" .)")
    )
