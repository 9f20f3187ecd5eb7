"""Photo credits on a caption's line: at its end ("… on Monday. (Jae C. Hong/AP)", "… in
Gedaref state (ST photo)", "… yesterday. —Photo: JERMAINE CRUICKSHANK") or at its start in
capitals ("DARCY LOEWEN / FREE PRESS Glenlee Community Centre president …"). A short
caption goes with its credit; from a longer line, or one that quotes someone, only the
credit is cut."""

from __future__ import annotations

from framediff.ingest import credit_lines
from framediff.ingest.lines import Block, Remover, quoted_spans, word_list
from framediff.options import CleanOptions


def cut_caption_credit(block: Block, remove: Remover, options: CleanOptions) -> None:
    """A caption line ending in its photo credit ("… on Monday. (Jae C. Hong/AP)").

    A short caption goes with its credit; from a longer line, or one that quotes someone,
    only the credit is cut.
    """
    match = None
    # A credit is a few words at the end: only the line's tail is searched, so that the time
    # does not grow with the square of a long line's length (tried at every full stop).
    tail = max(0, len(block.text) - options.max_trailing_credit_chars)
    if any(needed in block.text for needed in credit_lines.TRAILING_CREDIT_NEEDS):
        match = credit_lines.TRAILING_CREDIT.search(block.text, tail)
    if match is None and any(needed in block.text for needed in credit_lines.FILE_PHOTO_NEEDS):
        match = credit_lines.TRAILING_FILE_PHOTO.search(block.text, tail)
    if match is None:
        _cut_leading_credit(block, remove, options)
        return
    group = "credit" if match.group("credit") is not None else "credit_after_word"
    caption = block.text[: match.start(group)].rstrip()
    if len(word_list(caption)) <= options.max_caption_words and not quoted_spans(caption):
        remove(block, "caption", "photo caption ending in its credit")
        return
    credit = Block(block.text[match.start(group) :].strip(), block.line)
    remove(credit, "credit", "photo credit at the end of a caption")
    block.text = caption


def _cut_leading_credit(block: Block, remove: Remover, options: CleanOptions) -> None:
    """A caption line opening with its photo credit in capitals ("DARCY LOEWEN / FREE PRESS
    Glenlee Community Centre president … on Wednesday."): a short one goes with it."""
    if " / " not in block.text:
        return
    match = credit_lines.LEADING_CREDIT.match(block.text)
    if match is None:
        return
    caption = block.text[match.end() :]
    if len(word_list(caption)) <= options.max_caption_words and not quoted_spans(caption):
        remove(block, "caption", "photo caption opening with its credit")
