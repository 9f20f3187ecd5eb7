"""The lines under the headline (the standfirst, a stacked byline, a portrait's caption),
and the labels of boxes that were removed."""

from __future__ import annotations

import re
from collections.abc import Sequence

from framediff.ingest import credit_lines, lexicon
from framediff.ingest.lines import QUOTE_CHARS, Block, ends_sentence, match_key, word_list
from framediff.model import Removal
from framediff.options import CleanOptions


def mark_header(blocks: list[Block], removed: list[Removal]) -> None:
    """Name the standfirst, and remove a stacked byline or a portrait caption, in the lines
    under the headline.

    The header is the run of lines after the headline up to the first line of body prose.
    A kept line there is a standfirst (subtitle) when it has no sentence ending or when
    header furniture (a dateline, the headline again) still follows it.
    """
    header_rules = {"dateline", "headline-repeat", "byline", "caption"}
    header_end = 1
    while header_end < len(blocks):
        block = blocks[header_end]
        if block.removed:
            header_end += 1
            continue
        later_furniture = any(
            b.removed and _rule_of(b, removed) in header_rules
            for b in blocks[header_end + 1 : header_end + 4]
        )
        if credit_lines.ROLE_LINE.match(block.text) or (
            _is_name_caption(block.text) and _next_is_role(blocks, header_end)
        ):
            # A stacked byline: the writer's name, then the role, each on its own line, and
            # perhaps the outlet's name under them ("Jan Gerber", "Parliamentary reporter",
            # "News24").
            block.removed = True
            removed.append(
                Removal(block.text, "author byline (kept as metadata)", "byline", block.line)
            )
            header_end += 1
            if credit_lines.ROLE_LINE.match(block.text):
                header_end = _remove_outlet_name(blocks, header_end, removed)
        elif _is_name_caption(block.text):
            block.removed = True
            removed.append(
                Removal(
                    block.text,
                    "image caption: a name alone under the headline",
                    "caption",
                    block.line,
                )
            )
            header_end += 1
        elif not ends_sentence(block.text) or later_furniture:
            block.role = "standfirst"
            header_end += 1
        else:
            break


def _remove_outlet_name(blocks: list[Block], index: int, removed: list[Removal]) -> int:
    """Remove the outlet's name under a stacked byline's role line, if the next line with
    text at or after ``index`` is one: a few capitalised words, no sentence. Returns where
    the header goes on."""
    while index < len(blocks) and not blocks[index].text.strip():
        index += 1
    if index < len(blocks) and not blocks[index].removed:
        block = blocks[index]
        words = block.text.split()
        if (
            0 < len(words) <= 4
            and all(w[:1].isupper() or w[:1].isdigit() for w in words)
            and not ends_sentence(block.text)
            and not any(ch in block.text for ch in QUOTE_CHARS)
        ):
            block.removed = True
            reason = "the outlet's name under the byline (kept as metadata)"
            removed.append(Removal(block.text, reason, "outlet-name", block.line))
            return index + 1
    return index


def _next_is_role(blocks: Sequence[Block], index: int) -> bool:
    """Whether the next line after ``blocks[index]`` with text is a staff role alone."""
    for block in blocks[index + 1 :]:
        if block.text.strip():
            return credit_lines.ROLE_LINE.match(block.text) is not None
    return False


def _is_name_caption(text: str) -> bool:
    """A person's name and title alone on a line, as under a portrait photo."""
    words = text.split()
    small = {"of", "the", "and", "for", "de", "von", "van", "al", "bin"}
    return (
        2 <= len(words) <= 7
        and not ends_sentence(text)
        and all(w[:1].isupper() or w in small for w in words)
        and not any(ch in text for ch in QUOTE_CHARS)
    )


def _rule_of(block: Block, removed: Sequence[Removal]) -> str | None:
    for removal in removed:
        if removal.line == block.line:
            return removal.rule
    return None


def remove_labels_of_furniture(
    blocks: list[Block], removed: list[Removal], options: CleanOptions
) -> None:
    """Remove a short label line ending in a colon ("Note from the author:", "Editor's
    note:") when what it introduces was removed as furniture: the label of nothing left.

    A line introducing a quotation ("The statement said:") has a verb and is kept, and the
    paragraph after it is never furniture anyway (a sentence with a quotation is not
    removed)."""
    for index, block in enumerate(blocks[1:-1], start=1):
        text = block.text.strip()
        if block.removed or not text.endswith(":"):
            continue
        words = [w.casefold() for w in word_list(text)]
        if not 0 < len(words) <= options.max_label_words or any(
            w in lexicon.FINITE_VERBS or w in lexicon.INTRODUCING_VERBS for w in words
        ):
            continue
        after = next((b for b in blocks[index + 1 :] if b.text.strip()), None)
        if after is not None and after.removed:
            block.removed = True
            removed.append(
                Removal(text, "the label of furniture that was removed", "label", block.line)
            )


def keep_story_dates(blocks: list[Block], removed: list[Removal]) -> None:
    """Put back a date alone on its line between two sentences of the story ("The city has
    now set itself a clear deadline." / "31 December 2030." / "That is when …").

    A page's own stamps sit above the story (under a standfirst that may be a sentence) or
    below it, and one inside it (a live blog's entries) carries a clock or a label
    ("Updated"); a bare date (perhaps with its weekday) after the story's first paragraphs,
    between a kept line of the story and a sentence, is a line the writer set apart: a
    timeline's entry, the date a lead-in announces."""
    texts = [n for n, b in enumerate(blocks) if b.text.strip()]
    prose_before = 0
    for at in range(1, len(texts) - 1):
        block = blocks[texts[at]]
        if _is_prose(block):
            prose_before += 1
        if not block.removed or _rule_of(block, removed) != "dateline":
            continue
        found = credit_lines.DATELINE.match(block.text.strip())
        bare = _WEEKDAY.sub("", block.text.strip()).rstrip(".").strip()
        if found is None or found.group("date") != bare:
            continue
        before, after = blocks[texts[at - 1]], blocks[texts[at + 1]]
        # Before it, the story's line of any kind: a lead-in ("set a date for the first
        # swim:"), a timeline's heading ("Disruption this winter"), an inscription.
        if prose_before >= _STORY_BEFORE_A_DATE and not before.removed and _is_prose(after):
            block.removed = False
            removed[:] = [r for r in removed if r.line != block.line]


# Paragraphs of prose before a date line that make it the story's: past a standfirst, a
# lead and a second paragraph, no page prints its stamp.
_STORY_BEFORE_A_DATE = 3
# A weekday before a date ("Saturday, December 6, 2025"), which a bare date may carry.
_WEEKDAY = re.compile(r"^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+", re.IGNORECASE)


def _is_prose(block: Block) -> bool:
    """A kept line of the story: a sentence of some length."""
    return not block.removed and len(block.text.split()) >= 6 and ends_sentence(block.text)


def remove_repeated_labels(blocks: list[Block], removed: list[Removal]) -> None:
    """Remove a short line that only repeats the writer's name from the byline (the author
    box: "By Nour El Fassi" … "Nour El Fassi") or one item of the section menu removed
    above it (the page's section label: "Politics | Business | Social | …" … "Social")."""
    writers: set[str] = set()
    sections: set[str] = set()
    for removal in removed:
        if removal.rule == "byline" and (byline := credit_lines.byline_of(removal.text)):
            if byline.groupdict().get("name"):
                writers.add(match_key(byline.group("name")))
        elif removal.rule == "link-row":
            parts = lexicon.BREADCRUMB_SEPARATOR.split(removal.text)
            sections.update(match_key(part) for part in parts if part.strip())
    if not writers and not sections:
        return
    for block in blocks[1:]:
        if block.removed or not 0 < len(block.text.split()) <= 4 or ends_sentence(block.text):
            continue
        key = block.match_key()
        if key in writers:
            block.removed = True
            reason = "the writer's name again, over the note about them"
            removed.append(Removal(block.text, reason, "byline", block.line))
        elif key in sections:
            block.removed = True
            reason = "a section's name from the menu, as the page's label"
            removed.append(Removal(block.text, reason, "section-label", block.line))
