"""The links a widget lists under its heading, once the heading was removed ("Related
Topics", then "Local government", "Infrastructure"), and where such a list ends: at a line
no link is, where its bullets stop, or at the story's subheading the story's prose follows."""

from __future__ import annotations

from framediff.ingest import lexicon
from framediff.ingest.lines import QUOTE_CHARS, Block, ends_sentence, word_list
from framediff.model import Removal
from framediff.options import CleanOptions


def _is_link_text(text: str, options: CleanOptions) -> bool:
    """A headline or a topic tag as a widget lists it: short, capitalised, no sentence end,
    perhaps after a bullet ("- Luang Prabang prepares for peak tourist season")."""
    words = word_list(text)
    first = text.lstrip("".join(_BULLETS) + " ")[:1]
    return (
        0 < len(words) <= options.max_link_list_words
        and (first.isupper() or first.isdigit() or first in QUOTE_CHARS)
        and not ends_sentence(text)
    )


# The most words of a subheading told from the headlines listed before it.
_SUBHEADING_WORDS = 4


def _is_story_paragraph(block: Block) -> bool:
    """A kept paragraph of the story's prose: a sentence of a dozen words or more."""
    return not block.removed and len(block.text.split()) >= 12 and ends_sentence(block.text)


def _bulleted(text: str) -> bool:
    """Whether a line opens with a list's bullet."""
    return text.lstrip()[:1] in _BULLETS


# The marks lists open their items with on pages pasted as text.
_BULLETS = frozenset("-–•*·")


def remove_link_lists(blocks: list[Block], removed: list[Removal], options: CleanOptions) -> None:
    """Remove the links listed under a widget heading that was removed ("Related Topics",
    then "Local government", "Infrastructure").

    A subheading of the story also looks like a link, so the run must be two links or more,
    or reach the end of the article with nothing but furniture after it: a subheading is one
    line, and the story's sentences follow it.
    """
    index = 1
    while index < len(blocks):
        block = blocks[index]
        index += 1
        if not (block.removed and lexicon.WIDGET_HEADING.match(block.text)):
            continue
        run: list[Block] = []
        while index < len(blocks) and (blocks[index].removed or not blocks[index].text.strip()):
            index += 1
        while index < len(blocks) and not blocks[index].removed:
            if blocks[index].text.strip():
                if not _is_link_text(blocks[index].text, options):
                    break
                if run and _bulleted(run[0].text) != _bulleted(blocks[index].text):
                    break  # "• Peru: …", "• Peru: …", then the story's "Harvest calendar"
                run.append(blocks[index])
            index += 1
        at_end = all(b.removed or not b.text.strip() for b in blocks[index:])
        subheading = False  # the run ended in the story's subheading, which stays
        story = next((b for b in blocks[index:] if b.text.strip()), None)
        if len(run) >= 2 and story is not None and _is_story_paragraph(story):
            # The story goes on right after the links, and the last is a short line among
            # long headlines: the story's subheading ("Related" … three headlines …
            # "Temporary service" / "Since the closure, …"; "ALSO READ", one headline, "Long
            # detour by road"), not one more link.
            last, others = len(run[-1].text.split()), [len(b.text.split()) for b in run[:-1]]
            if last <= _SUBHEADING_WORDS and 2 * last <= min(others):
                run.pop()
                subheading = True
        if len(run) >= 2 or (run and (at_end or subheading)):
            for link in run:
                link.removed = True
                removed.append(
                    Removal(
                        link.text,
                        "a link listed under a heading such as Related Topics or More on "
                        "this story",
                        "link-list",
                        link.line,
                    )
                )
