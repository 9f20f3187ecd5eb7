"""Paragraphs and sentences, as offsets into a text that is never changed.

A paragraph is a non-blank line (cleaned text puts a blank line between paragraphs; raw
corpora such as PolNeAR use one line each). Sentences are found by a rule-based splitter
that knows news abbreviations ("Aug. 4", "U.S.", "Mr."), closing quote marks after a full
stop, and initials, because a sentence split inside a quotation would cut the quotation
in two for every later stage.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from framediff.model import Paragraph, ParagraphRole, Sentence, record_without_init

# Words that end with a full stop without ending the sentence when a capital follows
# ("Mr. Trump", "Gen. Milley", "Sen. Warren").
TITLE_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "cmdr",
        "adm",
        "maj",
        "rep",
        "sen",
        "gov",
        "pres",
        "rev",
        # Commonwealth and African papers' "Hon. Emmanuel Ofori", "Rt. Hon.", and the
        # ranks and police titles they shorten ("Brig. Gen.", "Supt.", "Insp.", "Cpl.").
        "hon",
        "rt",
        "brig",
        "supt",
        "insp",
        "cpl",
        "fr",
        "st",
        "mt",
        "ft",
        "jr",
        "sr",
        "vs",
        "v",
        "etc",
        "inc",
        "corp",
        "co",
        "ltd",
        "dept",
        "univ",
        "al",
        "fig",
    ]
)
# Abbreviations that hold the sentence open only before a number: "Aug. 4", "No. 10".
NUMBER_ABBREVIATIONS = frozenset(
    [
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "no",
        "nos",
        "art",
        "sec",
    ]
)

_CLOSERS = "\"'”’»›)]"
_OPENERS = "\"'“‘«‹„([‚"
# A sentence ends at . ! ? or … (with any closing marks after it), then white space, then
# something that can start a sentence: an opening mark, a capital or a digit. The first
# stop character is written apart from the rest ("[.!?…][.!?…]*", not "[.!?…]+") so that
# the regex engine skips to the next stop character in one scan: with a repeat first in
# the group it tries the whole pattern at every character of the text, 2.4 times slower.
_BOUNDARY = re.compile(
    rf"(?P<stop>[.!?…][.!?…]*)(?P<close>[{re.escape(_CLOSERS)}]*)(?P<space>\s+)"
    rf"(?=[{re.escape(_OPENERS)}]*[A-Z0-9\u00C0-\u024F\u0400-\u04FF])"
)
_WORD_BEFORE = re.compile(r"(?<![A-Za-z'.])([A-Za-z][A-Za-z'.]*)$")
_DOTTED_ACRONYM = re.compile(r"(?:[a-z]\.)+[a-z]")
# Longer than any abbreviation or dotted acronym the splitter needs to recognise.
_LONGEST_ABBREVIATION = 24
# Longer than every word of TITLE_ABBREVIATIONS and NUMBER_ABBREVIATIONS.
_PLAIN_WORD = 5


def split_paragraphs(
    text: str, roles: Sequence[ParagraphRole] | None = None
) -> tuple[Paragraph, ...]:
    """Each non-blank line of ``text`` is a paragraph; ``roles`` names them in order."""
    paragraphs: list[Paragraph] = []
    position = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            start = position + lead
            index = len(paragraphs)
            role: ParagraphRole = "body"
            if roles is not None and index < len(roles):
                role = roles[index]
            paragraphs.append(_paragraph(index, start, start + len(stripped), role))
        position += len(line) + 1
    return tuple(paragraphs)


# After a question or exclamation inside quote marks, a name and a speech verb continue the
# same sentence: “Can we get seven?” Zelenskyy said.
_ATTRIBUTION_AFTER = re.compile(
    r"(?:[A-Z][\w.'’-]*\s+){1,4}(?:said|says|told|asked|added|wrote|replied|"
    r"responded|continued|stated|insisted|warned|explained|declared|claimed)\b"
)


def _is_false_stop(text: str, stop_at: int, stop: str, close: str, next_at: int) -> bool:
    """True when the stop at ``stop_at`` does not end the sentence.

    ``next_at`` is where the following text starts."""
    if stop[-1] in "?!" and close:
        return _ATTRIBUTION_AFTER.match(text, next_at) is not None
    if stop != ".":
        return False
    before = text[stop_at - _PLAIN_WORD : stop_at] if stop_at >= _PLAIN_WORD else ""
    if before.isascii() and before.isalpha():
        # The usual sentence end: a word ending in five ASCII letters is longer than every
        # abbreviation and is no initial or dotted acronym, and needs no search.
        return False
    # Only the word just before the stop matters: a bounded window keeps the search linear
    # in the text's length (a search from 0 rescans the whole text at every full stop).
    match = _WORD_BEFORE.search(text, max(0, stop_at - _LONGEST_ABBREVIATION), stop_at)
    if match is None:
        return False
    word = match.group(1)
    bare = word.rstrip(".").lower()
    if bare in TITLE_ABBREVIATIONS:
        return True
    if bare in NUMBER_ABBREVIATIONS and text[next_at : next_at + 1].isdigit():
        return True
    if len(bare) == 1 and word[0].isupper():
        # An initial ("Donald J. Trump") or the last letter of "U.S." / "D.C.": both are
        # far more often mid-sentence than sentence ends in news prose.
        return True
    # Dotted acronyms such as "U.S." or "U.N." before a capital: keep together.
    return _DOTTED_ACRONYM.fullmatch(bare) is not None


def sentence_spans(text: str, start: int, end: int) -> Iterable[tuple[int, int]]:
    """Yield (start, end) of the sentences of ``text[start:end]``, trimmed of white space."""
    return _spans(text, start, end, [])


def _spans(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with the sentences of ``text[start:end]`` appended: a list filled in one
    call costs less than a generator."""
    cursor = start
    for match in _BOUNDARY.finditer(text, start, end):
        stop_at = match.start()  # the stop begins the match
        close_end = match.end("close")
        next_at = match.end()
        if _is_false_stop(text, stop_at, match.group("stop"), match.group("close"), next_at):
            continue
        if close_end > cursor:
            spans.append((cursor, close_end))
        cursor = next_at
    if cursor < end:
        tail_end = end
        while tail_end > cursor and text[tail_end - 1].isspace():
            tail_end -= 1
        if tail_end > cursor:
            spans.append((cursor, tail_end))
    return spans


def split_sentences(text: str, paragraphs: Sequence[Paragraph]) -> tuple[Sentence, ...]:
    sentences: list[Sentence] = []
    append = sentences.append
    spans: list[tuple[int, int]] = []
    for paragraph in paragraphs:
        spans.clear()
        index = paragraph.index
        for s_start, s_end in _spans(text, paragraph.start, paragraph.end, spans):
            append(_sentence(len(sentences), index, s_start, s_end))
    return tuple(sentences)


# Paragraphs and sentences made without their frozen dataclass's ``__init__``
# (``record_without_init``): an article has hundreds of sentences.


def _paragraph(index: int, start: int, end: int, role: ParagraphRole) -> Paragraph:
    return record_without_init(Paragraph, index=index, start=start, end=end, role=role)


def _sentence(index: int, paragraph: int, start: int, end: int) -> Sentence:
    return record_without_init(Sentence, index=index, paragraph=paragraph, start=start, end=end)


def segment(
    text: str, roles: Sequence[ParagraphRole] | None = None
) -> tuple[tuple[Paragraph, ...], tuple[Sentence, ...]]:
    """Paragraphs and sentences of ``text``, which is left exactly as it is."""
    paragraphs = split_paragraphs(text, roles)
    return paragraphs, split_sentences(text, paragraphs)
