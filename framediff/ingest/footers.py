"""A page's footer of links set one a line ("Site Index", "Contact Us", "Accessibility",
"Privacy Policy", "Terms of Service", "Site Map"): the run of short lines it is, told apart
from a list in the story by the site's own pages among them."""

from __future__ import annotations

import re

from framediff.ingest.lines import QUOTE_CHARS, Block, ends_sentence, word_list
from framediff.model import Removal
from framediff.options import CleanOptions

# The pages every news site links from its footer: its policies, its company, its help.
# Some have names only a site's own pages have ("Privacy Policy", "Contact Us", "Site
# Map"); others are single words a story's list may hold as topics ("Privacy", "Ethics",
# "Corrections", "Careers"). A footer is a run with one name of the first kind and two of
# either.
_SITE_PAGE = re.compile(
    r"(?:privacy (?:policy|notice|settings|center|centre)|your privacy choices|terms of (?:service|"
    r"use|sale)|terms (?:&|and) conditions|subscription terms.*|cookie (?:policy|settings|"
    r"preferences)|cookies settings|(?:your )?ad choices|accessibility statement|contact us|"
    r"about us|work with us|advertise with us|help (?:center|centre)|site ?map|site index|"
    r"[\w-]+ sitemap|licensing (?:&|and) reprints|e-?edition|manage (?:my )?account|"
    r"rss feeds?|corrections policy|ethics policy|our ethical principles|responsible "
    r"disclosure)",
    re.IGNORECASE,
)
_SITE_WORD = re.compile(
    r"(?:privacy|terms|accessibility|contact|about|careers|help|faq|rss|archives?|"
    r"subscriptions?|newsletters|advertise|feedback|corrections|ethics|legal|masthead)",
    re.IGNORECASE,
)


def _is_footer_line(text: str, options: CleanOptions) -> bool:
    """A line a footer lists: a few words, no sentence, no quotation."""
    words = word_list(text)
    return (
        0 < len(words) <= options.max_footer_link_words
        and not ends_sentence(text)
        and not any(c in text for c in QUOTE_CHARS)
        and not text.rstrip().endswith(":")
    )


def _page_kind(text: str) -> str:
    """ "page" for a name only a site's page has, "word" for a site's page by a single word
    a story may use too, "" for any other line."""
    if _SITE_PAGE.fullmatch(text):
        return "page"
    return "word" if _SITE_WORD.fullmatch(text) else ""


def remove_footer_links(blocks: list[Block], removed: list[Removal], options: CleanOptions) -> None:
    """Remove each run of short lines, one a line, that holds at least
    ``options.min_footer_site_pages`` of the site's own pages, one of them by a name only a
    page has (``_page_kind``), among ``options.min_footer_lines`` lines or more, from the
    first of those pages on: the
    footer's links, with the section names and brands listed between them ("Site Index",
    "Sustainability", "Legal", "Contact Us"). Removed lines inside the run do not break it;
    a line of prose does."""
    index = 1
    while index < len(blocks):
        run: list[Block] = []
        while index < len(blocks):
            block = blocks[index]
            if block.removed or not block.text.strip():
                index += 1
                continue
            if not _is_footer_line(block.text, options):
                break
            run.append(block)
            index += 1
        named = [_page_kind(b.text.strip()) for b in run]
        # The footer starts at its first page: a story's list may end right above it ("American
        # Red Cross", "Salvation Army", then "Contact Us").
        first_page = next((n for n, kind in enumerate(named) if kind), 0)
        run, named = run[first_page:], named[first_page:]
        pages = sum(1 for kind in named if kind)
        if (
            len(run) >= options.min_footer_lines
            and "page" in named
            and pages >= options.min_footer_site_pages
        ):
            for block in run:
                block.removed = True
                removed.append(
                    Removal(
                        block.text,
                        "a footer's links set one a line, among them the site's own pages "
                        "(Privacy Policy, Contact Us, Site Map)",
                        "footer-links",
                        block.line,
                    )
                )
        index += 1
