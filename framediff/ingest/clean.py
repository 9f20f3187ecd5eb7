"""Cleaning saved article text: keep the article, remove the page furniture, say why.

The cleaner works paragraph by paragraph (a non-blank line is a paragraph) and uses three
kinds of evidence, in this order of trust:

1. the pattern lexicon in ``lexicon.py`` (appeals, app prompts, cross-links, credits …),
   applied sentence by sentence so a banner glued to the first words of the article can be
   cut off without losing those words;
2. structure: a caption in lower case with no sentence punctuation, a name alone on a line
   under the headline, a dateline, the headline printed twice, a teaser headline for another
   story at the very end;
3. repetition: sentences that recur at the head or tail of several articles of one outlet.

When unsure it keeps: a removed block is always whole sentences or a whole line, and text
holding a quotation is never removed by a weak signal. Every removal carries a reason.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from framediff.ingest import credit_lines, lexicon
from framediff.ingest.captions import cut_caption_credit
from framediff.ingest.credits import credits_from
from framediff.ingest.footers import remove_footer_links
from framediff.ingest.header import (
    keep_story_dates,
    mark_header,
    remove_labels_of_furniture,
    remove_repeated_labels,
)
from framediff.ingest.lines import (
    QUOTATION,
    QUOTE_CHARS,
    Block,
    Remover,
    SpanIndex,
    ends_sentence,
    is_bare_wire,
    match_key,
    normalise_unicode,
    quoted_spans,
    segments,
    word_list,
)
from framediff.ingest.link_lists import remove_link_lists
from framediff.ingest.literals import LiteralFilteredSearch
from framediff.ingest.repeats import (
    remove_article_repeats,
    remove_outlet_repeats,
    remove_pull_quotes,
)
from framediff.ingest.rules import Rule
from framediff.ingest.teasers import NOTE_LABEL, remove_teaser
from framediff.model import ParagraphRole, Removal
from framediff.options import CleanOptions
from framediff.segment import NUMBER_ABBREVIATIONS, TITLE_ABBREVIATIONS


@dataclass(frozen=True)
class CleanedText:
    """The result of cleaning one article's text."""

    text: str
    roles: tuple[ParagraphRole, ...]
    removed: tuple[Removal, ...]
    title: str
    date: str | None
    author: str | None
    # Credits removed from the body, as metadata: the news agency or original publisher the
    # story is credited to ("The Canadian Press", "Reuters"), and the outlet a staff byline
    # or a copyright line names.
    wire: str | None = None
    outlet: str | None = None


def _is_lowercase_caption(text: str, words: Sequence[str], options: CleanOptions) -> bool:
    """Image alt text saved as a line: all lower case, no sentence punctuation (``words``:
    the line's ``word_list``). Not a line that runs on with a comma or a semicolon: an item
    of a list set out one a line ("is divided into several zones:" / "a fresh food zone
    for vegetables, fruit, meat and fish,")."""
    if not 4 <= len(words) <= options.max_caption_words or _ASCII_CAPITAL.search(text):
        return False  # a capital A to Z is a letter not in lower case: no need to look further
    if text.rstrip().endswith((",", ";")):
        return False
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all(ch.islower() for ch in letters) and not ends_sentence(text)


_ASCII_CAPITAL = re.compile("[A-Z]")
# A character that ``lexicon.BREADCRUMB_SEPARATOR`` must find to split a line.
_SEPARATOR_CHAR = re.compile("[›»>/|•·]")


def _strong_rule(sentence: str, floating: LiteralFilteredSearch) -> Rule | None:
    """The first rule that matches ``sentence``, a sentence of a paragraph or the paragraph
    (``floating``: ``lexicon.FLOATING.within`` the paragraph)."""
    if not lexicon.any_sentence_rule(sentence, floating):
        return None  # nearly every sentence: one test in place of one per rule
    for rule in lexicon.SENTENCE_RULES:
        if rule.pattern.search(sentence):
            return rule
    return None


def _join_continuations(lines: Sequence[tuple[int, str]]) -> list[tuple[int, str]]:
    """Join a line broken inside a sentence ("… on Aug." / "4, Interfax …") to its rest.

    Only adjacent lines (no blank line between) are joined, and only when the first ends
    where a sentence cannot (an abbreviation, a comma, a lower-case word) and the second
    starts in lower case or with a digit.
    """
    joined: list[tuple[int, str]] = []
    previous_blank = True
    for number, line in lines:
        stripped = line.strip()
        if not stripped:
            previous_blank = True
            continue
        if joined and not previous_blank and (stripped[:1].islower() or stripped[:1].isdigit()):
            prev_number, prev_text = joined[-1]
            last_word = prev_text.rsplit(None, 1)[-1] if prev_text.split() else ""
            bare = last_word.rstrip(".").lower()
            breaks_inside = (
                (last_word.endswith(".") and bare in NUMBER_ABBREVIATIONS | TITLE_ABBREVIATIONS)
                or prev_text.endswith((",", ";", "-", "–"))
                or prev_text[-1:].islower()
            )
            if breaks_inside:
                joined[-1] = (prev_number, f"{prev_text} {stripped}")
                previous_blank = False
                continue
        joined.append((number, stripped))
        previous_blank = False
    return joined


def clean_text(
    raw: str,
    *,
    title: str | None = None,
    repeated: frozenset[str] = frozenset(),
    options: CleanOptions | None = None,
    first_line: int = 1,
) -> CleanedText:
    """Clean one article's raw text.

    Without ``title`` the first non-blank line is the headline. With it, a first line equal
    to the title is the headline; otherwise the title is put in front as the headline (a
    JSON Lines record or an HTML page gives the title apart from the body).
    ``repeated`` holds the match keys of sentences this outlet repeats across articles.
    """
    options = options or CleanOptions()
    text = normalise_unicode(raw)
    # ``first_line``: the file line ``raw`` starts on (after front matter), so removals
    # name lines of the file the user handed in.
    numbered = list(enumerate(text.split("\n"), start=first_line))
    blocks = [Block(line_text, number) for number, line_text in _join_continuations(numbered)]
    removed: list[Removal] = []

    def remove(block: Block, rule: str, reason: str) -> None:
        block.removed = True
        removed.append(Removal(block.text, reason, rule, block.line))

    # The headline.
    if title is not None and blocks and match_key(blocks[0].text) == match_key(title):
        blocks[0].role = "headline"
    elif title is not None and title.strip():
        blocks.insert(0, Block(normalise_unicode(title).strip(), 0, "headline"))
    elif blocks:
        blocks[0].role = "headline"
    headline = blocks[0].text if blocks else (title or "")
    headline_key = match_key(headline)

    for block in blocks[1:]:
        # The literals of the lexicon's patterns in the line, found once for the line and
        # its sentences: rules trim the line, so its sentences are parts of this text.
        floating = lexicon.FLOATING.within(block.text)
        # The line's own rule, for the line rules and again for a line of one sentence.
        line_rule = (block.text, _strong_rule(block.text, floating))
        _classify_line(block, headline_key, remove, options, line_rule)
        # The paper's own note on the story ("Editor's note: This article was first published
        # in French in our print edition. …") is the story's, whatever words it uses.
        if not block.removed and not NOTE_LABEL.match(block.text):
            _trim_boilerplate_sentences(block, removed, options, floating, line_rule)

    remove_link_lists(blocks, removed, options)
    remove_footer_links(blocks, removed, options)
    remove_labels_of_furniture(blocks, removed, options)
    mark_header(blocks, removed)
    keep_story_dates(blocks, removed)
    remove_repeated_labels(blocks, removed)
    remove_outlet_repeats(blocks, removed, repeated, options)
    remove_article_repeats(blocks, removed, options)
    remove_pull_quotes(blocks, removed, options)
    remove_teaser(blocks, removed, options)

    kept = [b for b in blocks if not b.removed and b.text.strip()]
    removed.sort(key=lambda r: (r.line, r.rule))
    credits = credits_from(removed, kept)
    return CleanedText(
        text="\n\n".join(b.text for b in kept),
        roles=tuple(b.role for b in kept),
        removed=tuple(removed),
        title=headline,
        date=credits.date,
        author=credits.author,
        wire=credits.wire,
        outlet=credits.outlet,
    )


def _classify_line(
    block: Block,
    headline_key: str,
    remove: Remover,
    options: CleanOptions,
    line_rule: tuple[str, Rule | None],
) -> None:
    """Whole-line rules: the line is furniture as a whole, or it is left for later rules
    (``line_rule``: the line and the sentence rule it matches)."""
    text = block.text
    words = word_list(text)
    prompt = _line_prompt(line_rule[1])
    # Short enough for a credit line: at most ``max_byline_words`` words of letters.
    credit_sized = _at_most_words(words, options.max_byline_words)
    if not any(ch.isalnum() for ch in text):
        remove(block, "separator", "a line of rule characters, no words")
    elif block.match_key() == headline_key:
        remove(block, "headline-repeat", "the headline printed again")
    elif lexicon.CROSS_LINK.match(text):
        remove(block, "cross-link", "link to another story")
    elif credit_lines.EMBED_SIGNATURE.match(text):
        pass  # an embedded post's signature: the story's, with the post it signs
    elif credit_sized and credit_lines.byline_of(text):
        remove(block, "byline", "author byline (kept as metadata)")
    elif credit_sized and credit_lines.outlet_before_stamp(text):
        remove(block, "dateline", "the outlet's name and a date (kept as metadata)")
    elif credit_sized and _is_outlet_name(text):
        remove(block, "outlet-name", "the outlet's name alone on a line (kept as metadata)")
    elif is_bare_wire(text):
        remove(block, "wire-credit", "an agency's name alone on a line: a wire or photo credit")
    elif (
        credit_lines.DATELINE.match(text)
        or credit_lines.CLOCK_LINE.match(text)
        or credit_lines.CLOCK_DATE.match(text)
        or credit_lines.CLOCK_PLACE.match(text)
        or credit_lines.READING_TIME.match(text)
        or (credit_sized and credit_lines.is_stamp_line(text))
        # Figures are not counted: a line of two stamps has a dozen ("Issued on: 05/09/2026 -
        # 18:22 | Modified: 05/09/2026 - 19:01").
        or (credit_sized and credit_lines.TIMESTAMP_LINE.match(text))
    ):
        remove(block, "dateline", "date and time line (kept as metadata)")
    elif len(words) <= options.max_byline_words and credit_lines.PHOTO_CREDIT.match(text):
        remove(block, "credit", "photo credit: a name and an agency")
    elif len(words) <= options.max_byline_words and credit_lines.CREDITS_LINE.match(text):
        remove(block, "credit", "the story's credits: who translated, edited or photographed it")
    elif prompt is not None and len(words) <= (
        options.max_caption_words
        if prompt.name in {"gallery", "caption"}
        else options.max_prompt_words
    ):
        # "Open this photo in gallery: <caption>", "Click to play video: '<title>'": the
        # prompt governs the whole line. A longer line merely starting with a continuation
        # marker or an ad label is left to the sentence rules, which cut the marker only.
        remove(block, prompt.name, prompt.reason)
    elif (
        any(cue in text for cue in _NOTE_CUES)
        and credit_lines.AUTHOR_NOTE.match(text)
        and credit_lines.AUTHOR_NOTE_BEAT.search(text)
    ):
        remove(block, "author-note", "the writer's note about themselves")
    elif "@" in text and credit_lines.CONTACT_LINE.match(text):
        remove(block, "contact", "the writer's e-mail address")
    elif lexicon.SUMMARY_BOX_HEADING.match(text):
        remove(block, "box-label", "the heading of a summary box (the summary stays)")
    elif lexicon.TAXONOMY_LINE.match(text):
        # Any length: a list of a dozen tags is no sentence by its grammar, not its size.
        remove(block, "tags", "the page's categories or tags")
    elif "{{" in text and lexicon.TEMPLATE_FIELD.search(text):
        remove(block, "site-notice", "a template's field the page never filled")
    elif lexicon.SHARE_BUTTONS.match(text):
        remove(block, "share-buttons", "share buttons")
    elif _is_link_row(text, options):
        remove(block, "link-row", "a row of links or buttons divided by bars")
    elif _is_section_label(text):
        remove(block, "section-label", "a section name or breadcrumb, not a sentence")
    elif _is_call_to_action(text, words, options):
        remove(block, "call-to-action", "button text: a short imperative with no finite verb")
    elif _is_lowercase_caption(text, words, options):
        remove(block, "caption", "image caption or alt text: lower case, no sentence punctuation")
    else:
        cut_caption_credit(block, remove, options)


def _is_outlet_name(text: str) -> bool:
    """An outlet's name alone on a line, as a page prints it above or below the story
    ("Global Times", "Mexico News Daily"): capitalised words ending in a word outlets'
    names end in, or a wire; no sentence."""
    name = text.strip()
    if ends_sentence(name) or credit_lines.wire_of(name) is not None or _is_section_label(name):
        return False  # a wire alone is a credit; "Local News" is a section's label
    return credit_lines.OUTLET.fullmatch(name) is not None


def _at_most_words(words: Sequence[str], limit: int) -> bool:
    """Whether at most ``limit`` of ``words`` (a ``word_list``) are words of letters, not
    figures; a line of prose is told after its first words."""
    count = 0
    for word in words:
        if word[:1].isalpha():
            count += 1
            if count > limit:
                return False
    return True


def _line_prompt(rule: Rule | None) -> Rule | None:
    """The prompt rule (gallery, continuation, ad slot) a line starts with, if any, of the
    sentence rule ``rule`` the line matches."""
    return rule if rule is not None and rule.name in lexicon.LINE_PROMPT_RULES else None


def _is_link_row(text: str, options: CleanOptions) -> bool:
    """A row of link labels divided by bars or middle dots ("Corrections and clarifications |
    Submit a news tip | Report error", "Business · Markets · Economy · Opinion"): three parts
    or more, each a few words with no sentence ending and no quote mark. Prose does not
    divide its phrases so."""
    divider = next((mark for mark in _LINK_DIVIDERS if text.count(mark) >= 2), None)
    if divider is None:
        # A menu copied from the page, its links divided by the gaps between them
        # ("Sport  GAA  Community Notes  Death Notices"): prose leaves one space between words.
        gaps = _LINK_GAP.split(text.strip())
        # Five links or more, two of them sections: a table's header ("Region  Cases
        # Deaths") or a festival's programme ("Music  Theatre  Film  Books") is shorter.
        if len(gaps) < 5 or sum(_names_a_section(part.split()) for part in gaps) < 2:
            return False
        divider, parts = "  ", gaps
    else:
        parts = [part.strip() for part in text.split(divider)]
    if divider != "|" and (
        any(ch.isdigit() or ch == ":" for ch in text)
        or not any(_names_a_section(part.split()) for part in parts)
    ):
        # A dot also divides a recipe's or a fact box's items ("Serves 4 · Prep 20 min",
        # "Capital: Asmara · Population: 3.7 million") and a team's names: a menu of
        # sections names one.
        return False
    return all(
        0 < len(part.split()) <= options.max_link_row_words
        and not ends_sentence(part)
        and not any(ch in part for ch in QUOTE_CHARS)
        for part in parts
    )


# Words one of which every writer's note holds (``credit_lines.AUTHOR_NOTE``), asked first.
_NOTE_CUE_WORDS = "is|covers|reports on|writes about|has covered|joined"
_NOTE_CUES = tuple(f" {cue} " for cue in _NOTE_CUE_WORDS.split("|"))


# What divides a row of links: a bar, or the middle dot and bullet of Latin American,
# Caribbean and environmental sites' section menus.
_LINK_DIVIDERS = ("|", "·", "•")
_LINK_GAP = re.compile(r"\s{2,}|\t")


def _is_section_label(text: str) -> bool:
    """A section name alone on a line ("Business", "Local News") or a breadcrumb of short
    capitalised parts with a section name among them ("News › Canada › Manitoba")."""
    line = text.strip().rstrip(".")
    if not _SEPARATOR_CHAR.search(line):
        # No separator, so one part (the split would give the line itself). Most lines: the
        # words of a long one need not all be split off to tell it has more than three.
        return _names_a_section(line.split(None, 3))
    parts = [p for p in lexicon.BREADCRUMB_SEPARATOR.split(line) if p]
    if not parts or len(parts) > 5:
        return False
    words = [w for part in parts for w in part.split()]
    if len(parts) == 1:
        return _names_a_section(words)
    return (
        all(0 < len(p.split()) <= 3 and p[:1].isupper() for p in parts)
        and any(w.casefold() in lexicon.SECTION_WORDS for w in words)
        and not any(ch in part for part in parts for ch in QUOTE_CHARS)
    )


def _names_a_section(words: Sequence[str]) -> bool:
    """One to three capitalised words, each a section's name ("Local News"), two of them
    perhaps joined by a sign ("Arts & Culture", "Food + Drink")."""
    if len(words) == 3 and words[1] in _SECTION_JOINS:
        words = (words[0], words[2])
    return 0 < len(words) <= 3 and all(
        w[:1].isupper() and w.casefold() in lexicon.SECTION_WORDS for w in words
    )


_SECTION_JOINS = frozenset(["&", "+"])


def _is_call_to_action(text: str, line_words: Sequence[str], options: CleanOptions) -> bool:
    """Button text: a short line that starts with an imperative and has no finite verb
    (``line_words``: the line's ``word_list``)."""
    if not 0 < len(line_words) <= options.max_call_to_action_words:
        return False
    words = [w.casefold() for w in line_words]
    if len(words) <= 2 and all(w in lexicon.FORM_LABELS for w in words) and not ends_sentence(text):
        return True
    return (
        words[0] in lexicon.CTA_VERBS
        # "Share of the bill still unclear", "Sign of the times": a noun heads a subheading.
        and words[1:2] != ["of"]
        and not any(w in lexicon.FINITE_VERBS for w in words)
        and not any(ch in text for ch in QUOTE_CHARS)
    )


def _trim_boilerplate_sentences(
    block: Block,
    removed: list[Removal],
    options: CleanOptions,
    floating: LiteralFilteredSearch,
    line_rule: tuple[str, Rule | None],
) -> None:
    """Remove lexicon hits: a glued banner at the start, whole-furniture lines, tails."""
    text = block.text
    # A membership widget's buttons glued to the first words of the article.
    position = 0
    while True:
        match = lexicon.BANNER_PHRASES.match(text, position)
        if match is None or match.end() == position:
            break
        after = text[match.end() : match.end() + 1]
        if after and after.isalpha() and after.islower():
            break  # the phrase runs on into a sentence ("Join us in this fight")
        position = match.end()
    if position and text[position:].strip()[:1].isupper():
        rest = text[position:]
        removed.append(
            Removal(
                text[:position].strip(), "membership banner glued to the text", "banner", block.line
            )
        )
        text = rest.lstrip()
        block.text = text

    spans = segments(text)
    if not spans:
        return
    line, rule_of_line = line_rule
    hits: list[Rule | None] = [
        rule_of_line if text[s:e] == line else _strong_rule(text[s:e], floating) for s, e in spans
    ]
    if not any(hits):
        return  # nearly every paragraph: its quotations need not be found
    # A sentence inside someone's quotation is never the outlet's furniture ("… to join us
    # in speaking out," the company tweeted), whatever words it uses.
    protected = SpanIndex(quoted_spans(text))
    hits = [
        None if protected.overlaps(s, e) else hit for hit, (s, e) in zip(hits, spans, strict=True)
    ]
    # A prompt or marker is short; a long sentence starting with its words is the story's.
    hits = [
        None
        if hit is not None
        and hit.name in lexicon.LINE_PROMPT_RULES
        and len(word_list(text[s:e])) > options.max_prompt_words
        else hit
        for hit, (s, e) in zip(hits, spans, strict=True)
    ]
    if not any(hits):
        return
    # Inside a paragraph that has a strong hit, the outlet speaking to its readers in its
    # own voice is part of the same appeal; a sentence holding a quotation never is.
    first_hit = next(h for h in hits if h is not None)
    for index, (start, end) in enumerate(spans):
        sentence = text[start:end]
        if hits[index] is None and not QUOTATION.search(sentence):
            weak = (
                lexicon.WEAK_APPEAL.match(sentence)
                or lexicon.CLICK_HERE.search(sentence)
                # A button's words under the prompt ("Sign up here.", "Read about our
                # approach to external linking.").
                or _is_call_to_action(sentence, word_list(sentence), options)
            )
            if weak:
                hits[index] = first_hit
    _join_short_asides(hits, text, spans, first_hit, options)
    if all(hits):
        removed.append(Removal(text, first_hit.reason, first_hit.name, block.line))
        block.removed = True
        return
    # Trim hits at the start and at the end; a hit in the middle of article prose is
    # left alone (when unsure, keep).
    lead = 0
    while hits[lead] is not None:
        lead += 1
    tail = len(spans)
    while hits[tail - 1] is not None:
        tail -= 1
    for index in [*range(lead), *range(tail, len(spans))]:
        start, end = spans[index]
        rule = hits[index]
        assert rule is not None
        removed.append(Removal(text[start:end], rule.reason, rule.name, block.line))
    block.text = text[spans[lead][0] : spans[tail - 1][1]]


def _join_short_asides(
    hits: list[Rule | None],
    text: str,
    spans: Sequence[tuple[int, int]],
    first_hit: Rule,
    options: CleanOptions,
) -> None:
    """In place: a paragraph that is the outlet's furniture but for one short sentence (a
    greeting, "Hi, this is Martin.", before two sentences of appeal) is furniture whole.

    Only one such sentence, at most ``max_aside_words`` words, with no quote mark, and at
    least two hits beside it: a story's paragraph with one furniture sentence keeps its
    own."""
    missing = [i for i, hit in enumerate(hits) if hit is None]
    if len(missing) != 1 or len(hits) < 3:
        return
    start, end = spans[missing[0]]
    sentence = text[start:end]
    if len(word_list(sentence)) <= options.max_aside_words and not any(
        ch in sentence for ch in QUOTE_CHARS
    ):
        hits[missing[0]] = first_hit
