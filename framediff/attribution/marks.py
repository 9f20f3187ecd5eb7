"""Quote marks: where each quotation opens and closes, read by position, not by shape."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from framediff.attribution.lexicon import word_set
from framediff.model import MarkedEdit, Paragraph, record_without_init

DOUBLE_MARKS = frozenset('"“”„‟«»″〝〞＂')
SINGLE_MARKS = frozenset("'‘’‚‛‹›′")
STRAIGHTEN = str.maketrans({**{c: '"' for c in DOUBLE_MARKS}, **{c: "'" for c in SINGLE_MARKS}})
# Characters after which a mark opens a quotation, and before which one closes it.
_OPEN_CONTEXT = frozenset("([{—–-/\"'")
_CLOSE_CONTEXT = frozenset(".,;:!?)]}—–-\"'…")
# Elided words at a word's start: 'em, 'til, 'cause, rock 'n' roll.
_CONTRACTIONS = word_set("em til tis twas cause n bout round kay")


@dataclass(frozen=True)
class QuoteSpan:
    """A quotation found in the marks, before kinds and speakers are decided."""

    open_at: int
    close_at: int | None  # position of the closing mark, None when unclosed
    start: int
    end: int
    paragraph: int
    continues: bool  # an unclosed part whose quotation goes on in the next paragraph
    continued: bool  # a part that continues the previous paragraph's quotation


def _quote_span(
    open_at: int,
    close_at: int | None,
    start: int,
    end: int,
    paragraph: int,
    continues: bool,
    continued: bool,
) -> QuoteSpan:
    """``QuoteSpan(...)``, made without the frozen dataclass's ``__init__`` (an
    ``object.__setattr__`` call per field): an article makes a span for every pair of marks.
    The instance holds the same fields in the same order (tested)."""
    return record_without_init(
        QuoteSpan,
        open_at=open_at,
        close_at=close_at,
        start=start,
        end=end,
        paragraph=paragraph,
        continues=continues,
        continued=continued,
    )


FILLER = "\x00"
_GLUE = "\x02"
_SPACED = re.compile(r"(?<=«)[ \u00a0\u202f]|[ \u00a0\u202f](?=»)|(?<=‹)[ \u00a0]|[ \u00a0](?=›)")
_TAG = re.compile(r"</?[A-Za-z][^<>\n]{0,400}>")


def normalise_marks(text: str) -> str:
    """``text`` with every double mark as '"' and every single mark as "'"; same length.

    A doubled single mark becomes a filler and a double mark, so the mark's position is
    that of its second character and the quotation starts right after it."""
    # French spacing (« Oui ») puts a space inside the marks; glue it so the mark still
    # reads as opening or closing. (Each step is skipped when the characters it reads are
    # absent: a search for one character is far cheaper than a pattern tried everywhere.)
    norm = _SPACED.sub(_GLUE, text) if any(c in text for c in "«»‹›") else text
    # A replace per mark the text holds, not ``translate``: that looks every character up.
    for mark, straight in _STRAIGHTENED:
        if mark in norm:
            norm = norm.replace(mark, straight)
    # Typewriter doubles: two single marks (of any shape, straight by now) or two backticks
    # stand for one double mark (the New York Times archive writes ''like this''). The two
    # share no character with each other or with what replaces them.
    norm = norm.replace("''", FILLER + '"').replace("``", FILLER + '"')
    if "<" not in norm:
        return norm
    # Markup left in a text (<tweet id="…">) quotes attribute values, not anybody's words.
    return _TAG.sub(lambda m: "<" + "\x01" * (len(m.group()) - 2) + ">", norm)


def is_doubled_mark(first: str, second: str) -> bool:
    """``normalise_marks(first + second)[0] == FILLER``, read off the two characters: two
    single marks of any shape or two backticks make a double mark, and a filler stays."""
    return (
        first == FILLER
        or (first in SINGLE_MARKS and second in SINGLE_MARKS)
        or (first == "`" and second == "`")
    )


# ``STRAIGHTEN`` as (mark, straight mark) pairs, the straight marks themselves left out.
_STRAIGHTENED = tuple(
    (chr(mark), straight)
    for mark, straight in sorted(STRAIGHTEN.items())
    if isinstance(straight, str) and chr(mark) != straight
)


def _flanks(norm: str, i: int, lo: int, hi: int) -> tuple[bool, bool]:
    before = i - 2 if i > lo and norm[i - 1] == FILLER else i - 1
    prev = norm[before] if before >= lo else " "
    nxt = norm[i + 1] if i + 1 < hi else " "
    opens = (prev.isspace() or prev in _OPEN_CONTEXT) and not nxt.isspace()
    closes = not prev.isspace() and (nxt.isspace() or nxt in _CLOSE_CONTEXT)
    return opens, closes


def _is_apostrophe(norm: str, i: int, lo: int, hi: int) -> bool:
    prev = norm[i - 1] if i > lo else " "
    nxt = norm[i + 1] if i + 1 < hi else " "
    if prev.isalnum() and nxt.isalnum():
        return True  # can't, Russia's, O'Brien
    if nxt.isdigit() and not prev.isalnum():
        return True  # the '90s
    if not prev.isalnum():
        word = re.match(r"[A-Za-z]+", norm[i + 1 : min(hi, i + 8)])
        if word and word.group().lower() in _CONTRACTIONS:
            after = i + 1 + len(word.group())
            if after >= hi or not norm[after].isalpha():
                return True
    return False


def _plural_possessive(norm: str, i: int, lo: int, hi: int) -> bool:
    """Whether a single mark that could close a single-quoted quotation is the apostrophe of
    a plural possessive or a dialect's elision inside it ('The bosses' offer doesn't cover
    inflation,' she said; 'We're no' going anywhere,' in Scots; a dropped g is not read, as
    "again'" would be one): it follows an "s" or such a word and a lowercase word follows it, and a
    later mark closes the quotation before any mark opens another ("called them 'losers'
    and 'cowards'" closes at once)."""
    if i < lo + 1 or i + 2 >= hi:
        return False
    if norm[i - 1] not in "sS":
        word = norm[max(lo, i - 12) : i].rsplit(None, 1)[-1] if not norm[i - 1].isspace() else ""
        if word.lower() not in _ELIDED:
            return False
    if norm[i + 1] != " " or not norm[i + 2].islower():
        return False
    for mark in _MARK.finditer(norm, i + 1, hi):
        j = mark.start()
        if norm[j] != "'" or _is_apostrophe(norm, j, lo, hi):
            continue
        opens, closes = _flanks(norm, j, lo, hi)
        if opens and not closes:
            return False
        if closes:
            return True
    return False


# Words that end in an apostrophe in dialect speech papers print as said: Scots "no'"
# (not), "o'" (of), "wi'" (with), "a'" (all), and "an'" (and), "ol'" (old).
_ELIDED = frozenset(("no", "o", "wi", "a", "an", "ol"))
_MARK = re.compile("[\"']")


def _scan(
    norm: str, lo: int, hi: int, ignore: set[int]
) -> tuple[list[tuple[int, int | None]], int | None]:
    """Top-level quotations of ``norm[lo:hi]`` as (open mark, close mark or None).

    Also returns the position of a single mark left open at the end (then an apostrophe that
    looked like an opening quote), which the caller ignores on a second pass."""
    stack: list[tuple[int, str]] = []
    found: list[tuple[int, int | None]] = []
    for mark in _MARK.finditer(norm, lo, hi):  # the marks only, not every character
        i = mark.start()
        ch = norm[i]
        if i in ignore:
            continue
        opens, closes = _flanks(norm, i, lo, hi)
        kind = "D" if ch == '"' else "S"
        if kind == "S" and _is_apostrophe(norm, i, lo, hi):
            continue
        open_index = next((k for k in range(len(stack) - 1, -1, -1) if stack[k][1] == kind), None)
        if open_index is not None:
            if kind == "S" and closes and _plural_possessive(norm, i, lo, hi):
                continue  # 'The bosses' offer is …,' : the apostrophe of "bosses'"
            if kind == "S" and opens and not closes:
                continue  # an opening-looking single inside a single: an apostrophe
            if kind == "S" and not closes and stack[-1][1] != "S":
                continue  # a single open below a double: this one is an apostrophe
            if open_index == 0:
                found.append((stack[0][0], i))
            del stack[open_index:]
        elif opens or (kind == "D" and not closes and i + 1 < hi and not norm[i + 1].isspace()):
            # A mark with space on both sides opens nothing; one glued on both sides
            # ('said"Yes') opens, as parity is the best guess for straight marks.
            stack.append((i, kind))
        # else: a closing mark with nothing open (inches, a students' apostrophe): ignored
    if stack:
        if stack[0][1] == "S":
            return found, stack[0][0]
        found.append((stack[0][0], None))
    return found, None


def _opens_run_on(norm: str, at: int, start: int) -> bool:
    """Whether a single mark left open at ``at`` opens a quotation that runs on: it opens
    its paragraph, or follows a colon ("The dad-of-three said last night: ‘I didn’t …") or
    the end of a sentence ("‘…,’ the insider said. ‘There was no big row …", its next
    paragraph opening with a mark as the quotation goes on)."""
    return at == start or norm[max(start, at - 2) : at].rstrip()[-1:] in (":", ".", "!", "?")


def _paragraph_quotes(
    norm: str, paragraph: Paragraph, *, runs_on: bool = False
) -> list[tuple[int, int | None]]:
    """The top-level quotations of a paragraph. ``runs_on``: the next paragraph opens with
    a single mark, so a single mark that opens this one (or follows its lead-in's colon)
    and never closes is a quotation running over paragraphs, as papers that quote in single
    marks set one ("‘We have had guests turning up …" / "‘I have staff to pay …,’ she
    said"), not an apostrophe."""
    ignore: set[int] = set()
    while True:
        found, stray = _scan(norm, paragraph.start, paragraph.end, ignore)
        if stray is None:
            return found
        if runs_on and _opens_run_on(norm, stray, paragraph.start):
            return [*found, (stray, None)]
        ignore.add(stray)
        if len(ignore) >= _MAX_STRAY_SINGLES:
            # Each stray costs a scan of the paragraph again: past this many, its single
            # marks are all read as apostrophes, and only its double marks quote.
            singles = re.finditer("'", norm[paragraph.start : paragraph.end])
            ignore = {paragraph.start + mark.start() for mark in singles}


# Single marks left open that a paragraph is scanned again for, one by one. A paragraph of
# news has a few at most (apostrophes that look like opening marks); 50,000 of them ("'a.
# " again and again) took minutes, the time growing with the square of their number.
_MAX_STRAY_SINGLES = 16


def find_spans(text: str, paragraphs: Sequence[Paragraph]) -> list[QuoteSpan]:
    norm = normalise_marks(text)
    spans: list[QuoteSpan] = []
    carried = False
    for n, paragraph in enumerate(paragraphs):
        runs_on = (
            n + 1 < len(paragraphs)
            and norm[paragraphs[n + 1].start : paragraphs[n + 1].start + 1] == "'"
        )
        found = _paragraph_quotes(norm, paragraph, runs_on=runs_on)
        continued_here = carried
        carried = False
        for k, (open_at, close_at) in enumerate(found):
            inner_end = close_at if close_at is not None else paragraph.end
            start, end = open_at + 1, inner_end
            while start < end and text[start].isspace():
                start += 1
            while end > start and (text[end - 1].isspace() or norm[end - 1] == FILLER):
                end -= 1
            continues = False
            if close_at is None and n + 1 < len(paragraphs):
                nxt = paragraphs[n + 1]
                # Newsroom convention: a quotation running over paragraphs opens each one
                # with a mark and closes only the last.
                continues = norm[nxt.start] in ('"', FILLER) or (
                    norm[nxt.start] == norm[open_at] == "'"
                )
            if start >= end:
                continue
            spans.append(
                _quote_span(
                    open_at,
                    close_at,
                    start,
                    end,
                    paragraph.index,
                    continues,
                    continued_here and k == 0 and open_at == paragraph.start,
                )
            )
            carried = continues
    return spans


_ELLIPSIS = re.compile(r"\[\s*(?:…|\.\s?\.\s?\.)\s*\]|…|\.\s?\.\s?\.")
_BRACKETED = re.compile(r"\[[^\[\]]{1,60}\]|\([^()]{1,60}\)")


def marked_edits(text: str, start: int, end: int) -> tuple[MarkedEdit, ...]:
    edits: list[MarkedEdit] = []
    taken: list[tuple[int, int]] = []
    for match in _ELLIPSIS.finditer(text, start, end):
        edits.append(MarkedEdit("elision", match.start(), match.end(), match.group()))
        taken.append(match.span())
    for match in _BRACKETED.finditer(text, start, end):
        if any(a < match.end() and match.start() < b for a, b in taken):
            continue
        edits.append(MarkedEdit("insertion", match.start(), match.end(), match.group()))
    return tuple(sorted(edits, key=lambda e: (e.start, e.end)))


def opened_in(spans: Sequence[QuoteSpan]) -> dict[int, int]:
    """For each paragraph that continues a quotation from the paragraph before (its first
    part ``continued``), the paragraph where that quotation was opened."""
    opened: dict[int, int] = {}
    opening = -1
    for span in spans:
        if span.continued and opening >= 0 and span.paragraph not in opened:
            opened[span.paragraph] = opening
        elif not span.continued:
            opening = span.paragraph
    return opened
