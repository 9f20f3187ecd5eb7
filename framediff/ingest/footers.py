"""A page's footer of links set one a line ("Site Index", "Contact Us", "Accessibility",
"Privacy Policy", "Terms of Service", "Site Map"): the run of short lines it is, told apart
from a list in the story by the site's own pages among them."""

from __future__ import annotations

import re

from framediff.ingest.lines import QUOTE_CHARS, Block, ends_sentence, word_list
from framediff.model import Removal
from framediff.options import CleanOptions

# The pages every news site links from its footer: its policies, its company, its help.
# A story's list names things of the story, and two of these in one run of short lines
# are a footer.
_SITE_PAGE = re.compile(
    r"(?:privacy(?: policy| notice| settings)?|your privacy choices|terms(?: of (?:service|use|"
    r"sale))?|terms (?:&|and) conditions|subscription terms.*|cookie (?:policy|settings|"
    r"preferences)|(?:your )?ad choices|accessibility(?: statement)?|contact(?: us)?|"
    r"about(?: us)?|careers|work with us|advertise(?: with us)?|help(?: center| centre)?|"
    r"site ?map|site index|sitemap|archives?|licensing(?: (?:&|and) reprints)?|reprints|"
    r"e-?edition|manage (?:my )?account|subscriptions?|newsletters|rss(?: feeds?)?|"
    r"corrections(?: policy)?|ethics(?: policy)?|our ethical principles|responsible "
    r"disclosure|masthead|faq)",
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


def remove_footer_links(blocks: list[Block], removed: list[Removal], options: CleanOptions) -> None:
    """Remove each run of short lines, one a line, that holds at least
    ``options.min_footer_site_pages`` of the site's own pages (``_SITE_PAGE``) among
    ``options.min_footer_lines`` lines or more: the footer's links, with the section names
    and brands listed between them ("Site Index", "Sustainability", "Legal", "Contact Us").
    Removed lines inside the run do not break it; a line of prose does."""
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
        pages = sum(1 for b in run if _SITE_PAGE.fullmatch(b.text.strip()))
        if len(run) >= options.min_footer_lines and pages >= options.min_footer_site_pages:
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
