"""A teaser for another story at an article's end: a headline-shaped line and its summary,
which some saved pages keep after the story (``clean_text`` removes it last, when the rest
of the furniture is gone)."""

from __future__ import annotations

import re

from framediff.ingest.lines import (
    QUOTE_CHARS,
    Block,
    ends_sentence,
    quoted_spans,
    segments,
    word_list,
)
from framediff.model import Removal
from framediff.options import CleanOptions


def _is_heading_shaped(text: str) -> bool:
    """A headline of another story: a short line, capitalised, with no sentence ending."""
    words = word_list(text)
    return (
        3 <= len(words) <= 16
        and text[:1].isupper()
        and not ends_sentence(text)
        and not any(ch in text for ch in QUOTE_CHARS)
    )


def _is_teaser_text(text: str, options: CleanOptions) -> bool:
    """Short, link-like text: no quotation, no more than a sentence or two."""
    return (
        len(word_list(text)) <= options.max_teaser_words
        and len(segments(text)) <= 2
        # Any quotation, however short: a story's sentence ("… saying it was "long
        # overdue."") is no teaser for another story.
        and not quoted_spans(text, min_words=1)
    )


# The label of the paper's own note on the story, which it prints at the end and which is
# the story's: a correction, a clarification, an update, an editor's note, and its colon or
# dash ("Correction: March 13, 2025"; not "Corrections Officer Charged …", a teaser).
NOTE_LABEL = re.compile(
    r"^\W*(?:correction|clarification|update|editor['’]s note)s?\s*[:,—–-]", re.IGNORECASE
)


def remove_teaser(blocks: list[Block], removed: list[Removal], options: CleanOptions) -> None:
    """Remove a teaser for another story: a headline-shaped line and its summary, at the end.

    The evidence must be strong, because what follows a heading-shaped line is usually the
    story going on under a subheading: the heading has to be among the very last paragraphs,
    and it and everything after it short, link-like text, with no quotation, reporting
    nobody the story named before it as speaking. Anything else is kept.
    """
    body = [b for b in blocks if not b.removed and b.role == "body"]
    if len(body) < 4:
        return
    last = len(body) - 1
    for index in range(last, max(last - options.max_teaser_paragraphs, 1) - 1, -1):
        if index < len(body) // 2:
            break
        if _is_heading_shaped(body[index].text):
            if NOTE_LABEL.match(body[index].text):
                return  # "Correction: March 13, 2025" heads the paper's note on the story
            tail = body[index:]
            if not all(_is_teaser_text(b.text, options) for b in tail):
                return
            if _reports_the_storys_people(tail[1:], body[:index]):
                return  # "…, Albers said.": someone the story named goes on in its words
            for block in tail:
                block.removed = True
                removed.append(
                    Removal(
                        block.text,
                        "teaser for another story: a headline and its "
                        "summary after the article's end",
                        "teaser",
                        block.line,
                    )
                )
            return


def _reports_the_storys_people(summary: list[Block], story: list[Block]) -> bool:
    """Whether the lines under a heading report someone the story named before it as
    speaking ("An online consultation … drew more than 9,000 responses, Albers said."):
    the story going on under its subheading. Another story's teaser reports its own."""
    names = {
        name
        for block in summary
        for pair in _REPORTED.findall(block.text)
        for name in pair
        if len(name) > 2
    }
    if not names:
        return False
    earlier = " ".join(block.text for block in story)
    return any(re.search(rf"\b{re.escape(name)}\b", earlier) for name in names)


# A name reported speaking, before its verb or after it ("Albers said", "said Albers").
_REPORTED = re.compile(
    r"\b([A-Z][\w'’-]+) (?:said|says|told|added)\b|\b(?:said|says|told|added) ([A-Z][\w'’-]+)"
)
