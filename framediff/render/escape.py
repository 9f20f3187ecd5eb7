"""Escaping article text for markdown and HTML: whatever an article says stays inert."""

from __future__ import annotations

import html
import re

# The characters that can start markdown syntax anywhere in a line: code, emphasis, links
# and images (no "[" means no link), raw HTML and entities, table cells, strikethrough, and
# pandoc's $math$ ("$61 billion … $14 billion" must not become a formula).
_MARKDOWN_INLINE = re.compile(r"([\\`*_\[\]<>|~$&])")
# Characters that only mean something at the start of a line (headings, lists, quotes).
_MARKDOWN_LINE_START = re.compile(r"^(\d*)([#+\-=>.)])")


def escape_markdown(text: str) -> str:
    """Text that renders as itself in markdown: no links, images, HTML or emphasis.

    Line breaks become spaces, so a table cell or a list item stays one block.
    """
    text = " ".join(text.split())
    text = _MARKDOWN_INLINE.sub(r"\\\1", text)
    return _MARKDOWN_LINE_START.sub(r"\1\\\2", text)


def escape_html(text: str) -> str:
    """Text for an HTML element's content or a quoted attribute value."""
    return html.escape(text, quote=True)
