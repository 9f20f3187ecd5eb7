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
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from framediff.ingest import lexicon
from framediff.model import ParagraphRole, Removal
from framediff.options import CleanOptions
from framediff.segment import NUMBER_ABBREVIATIONS, TITLE_ABBREVIATIONS, sentence_spans

# Invisible characters that only get in the way of matching: zero-width spaces and joiners,
# the byte-order mark, soft hyphens. Non-breaking spaces become plain spaces.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_SPACES = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u2009\u200a"), " ")
# C0 and C1 control characters but tab and newline; a tab becomes a space.
_CONTROLS: dict[int, str | None] = {
    **dict.fromkeys([*range(0x00, 0x09), *range(0x0B, 0x20), 0x7F, *range(0x80, 0xA0)]),
    0x09: " ",
}

_QUOTE_CHARS = '"“”„«»‹›'
_TERMINAL = tuple('.!?…:;"”’»)')
# A quotation of a few words in a line: protects the line from weak signals.
_QUOTATION = re.compile(r"[\"“„«][^\"“”„«»]{12,}?[\"”»]")
# Quotations of a paragraph, double or single marks: text inside them is someone's words.
_DOUBLE_QUOTED = re.compile(r"[\"“„«][^\"“”„«»]*(?:[\"”»]|$)")
_TWO_APOSTROPHES = re.compile(r"''(?=\S).*?\S''")  # NYT archive style: ''Like this.''
_SINGLE_QUOTED = re.compile(r"(?<![\w’'])[‘'](?=[\w\[])[^‘’\n]*?[\w.,!?—…\]-][’'](?![\w’'])")
_GLUED_SENTENCE = re.compile(r"(?<=[a-z][.!?])(?=[A-Z][a-z])")
_WORD = re.compile(r"[\w'’-]+")


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


@dataclass
class _Block:
    """A paragraph while it is being cleaned (mutable on purpose: it is trimmed in place)."""

    text: str
    line: int
    role: ParagraphRole = "body"
    removed: bool = False


_Remover = Callable[[_Block, str, str], None]


def normalise_unicode(text: str) -> str:
    """NFC, Unix line ends, no invisible or control characters; visible ones left alone.

    Control characters (escape sequences among them) would otherwise reach a terminal
    report and could clear the screen or rename the window.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    return text.translate(_INVISIBLE).translate(_SPACES).translate(_CONTROLS)


def match_key(text: str) -> str:
    """A form of a line for comparing lines: case, quote style and spacing ignored."""
    text = text.casefold().replace("’", "'").replace("‘", "'").replace("“", '"')
    text = text.replace("”", '"')
    return " ".join(_WORD.findall(text))


def repeated_sentences(texts: Iterable[str], *, options: CleanOptions) -> frozenset[str]:
    """Sentences (as match keys) that occur in at least ``min_outlet_repeats`` of ``texts``.

    Call it with the raw texts of one outlet's articles.
    """
    counts: dict[str, int] = {}
    for text in texts:
        keys = set()
        for line in normalise_unicode(text).split("\n"):
            for start, end in _segments(line):
                sentence = line[start:end]
                if len(sentence) >= options.min_repeat_chars:
                    keys.add(match_key(sentence))
        for key in keys:
            counts[key] = counts.get(key, 0) + 1
    return frozenset(k for k, n in counts.items() if n >= options.min_outlet_repeats)


def _segments(line: str) -> list[tuple[int, int]]:
    """Sentence spans of a line, also split where a full stop is glued to the next word."""
    spans: list[tuple[int, int]] = []
    for start, end in sentence_spans(line, 0, len(line)):
        cut = start
        for match in _GLUED_SENTENCE.finditer(line, start, end):
            spans.append((cut, match.start()))
            cut = match.start()
        spans.append((cut, end))
    return spans


def quoted_spans(text: str, *, min_words: int = 3) -> list[tuple[int, int]]:
    """Spans of ``text`` inside quote marks holding at least ``min_words`` words.

    An opening mark that is never closed runs to the end (a quotation that goes on into the
    next paragraph, as newspapers print long quotations).
    """
    spans = []
    for pattern in (_DOUBLE_QUOTED, _TWO_APOSTROPHES, _SINGLE_QUOTED):
        for match in pattern.finditer(text):
            if len(_words(match.group(0))) >= min_words:
                spans.append((match.start(), match.end()))
    return spans


def _overlaps(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _ends_sentence(text: str) -> bool:
    return text.rstrip().endswith(_TERMINAL)


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _is_heading_shaped(text: str) -> bool:
    """A headline of another story: a short line, capitalised, with no sentence ending."""
    words = _words(text)
    return (
        3 <= len(words) <= 16
        and text[:1].isupper()
        and not _ends_sentence(text)
        and not any(ch in text for ch in _QUOTE_CHARS)
    )


def _is_lowercase_caption(text: str, options: CleanOptions) -> bool:
    """Image alt text saved as a line: all lower case, no sentence punctuation."""
    words = _words(text)
    letters = [ch for ch in text if ch.isalpha()]
    return (
        4 <= len(words) <= options.max_caption_words
        and bool(letters)
        and all(ch.islower() for ch in letters)
        and not _ends_sentence(text)
    )


def _is_name_caption(text: str) -> bool:
    """A person's name and title alone on a line, as under a portrait photo."""
    words = text.split()
    small = {"of", "the", "and", "for", "de", "von", "van", "al", "bin"}
    return (
        2 <= len(words) <= 7
        and not _ends_sentence(text)
        and all(w[:1].isupper() or w in small for w in words)
        and not any(ch in text for ch in _QUOTE_CHARS)
    )


def _strong_rule(sentence: str) -> lexicon.Rule | None:
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
    blocks = [_Block(line_text, number) for number, line_text in _join_continuations(numbered)]
    removed: list[Removal] = []

    def remove(block: _Block, rule: str, reason: str) -> None:
        block.removed = True
        removed.append(Removal(block.text, reason, rule, block.line))

    # The headline.
    if title is not None and blocks and match_key(blocks[0].text) == match_key(title):
        blocks[0].role = "headline"
    elif title is not None and title.strip():
        blocks.insert(0, _Block(normalise_unicode(title).strip(), 0, "headline"))
    elif blocks:
        blocks[0].role = "headline"
    headline = blocks[0].text if blocks else (title or "")
    headline_key = match_key(headline)

    for block in blocks[1:]:
        _classify_line(block, headline_key, remove, options)
        if not block.removed:
            _trim_boilerplate_sentences(block, removed, options)

    _mark_header(blocks, removed)
    _remove_outlet_repeats(blocks, removed, repeated, options)
    _remove_article_repeats(blocks, removed, options)
    _remove_teaser(blocks, removed, options)

    kept = [b for b in blocks if not b.removed and b.text.strip()]
    removed.sort(key=lambda r: (r.line, r.rule))
    credits = _credits(removed, kept)
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
    block: _Block,
    headline_key: str,
    remove: _Remover,
    options: CleanOptions,
) -> None:
    """Whole-line rules: the line is furniture as a whole, or it is left for later rules."""
    text = block.text
    words = _words(text)
    prompt = _line_prompt(text)
    if not any(ch.isalnum() for ch in text):
        remove(block, "separator", "a line of rule characters, no words")
    elif match_key(text) == headline_key:
        remove(block, "headline-repeat", "the headline printed again")
    elif lexicon.CROSS_LINK.match(text):
        remove(block, "cross-link", "link to another story")
    elif len(words) <= options.max_byline_words and (
        lexicon.BYLINE.match(text) or lexicon.NAME_AND_ORG.match(text)
    ):
        remove(block, "byline", "author byline (kept as metadata)")
    elif _is_bare_wire(text):
        remove(block, "wire-credit", "an agency's name alone on a line: a wire or photo credit")
    elif lexicon.DATELINE.match(text) or (
        len(words) <= options.max_byline_words and lexicon.TIMESTAMP_LINE.match(text)
    ):
        remove(block, "dateline", "date and time line (kept as metadata)")
    elif len(words) <= options.max_byline_words and lexicon.PHOTO_CREDIT.match(text):
        remove(block, "credit", "photo credit: a name and an agency")
    elif prompt is not None and len(words) <= (
        options.max_caption_words if prompt.name == "gallery" else options.max_prompt_words
    ):
        # "Open this photo in gallery: <caption>", "Click to play video: '<title>'": the
        # prompt governs the whole line. A longer line merely starting with a continuation
        # marker or an ad label is left to the sentence rules, which cut the marker only.
        remove(block, prompt.name, prompt.reason)
    elif lexicon.SHARE_BUTTONS.match(text):
        remove(block, "share-buttons", "share buttons")
    elif _is_call_to_action(text, options):
        remove(block, "call-to-action", "button text: a short imperative with no finite verb")
    elif _is_lowercase_caption(text, options):
        remove(block, "caption", "image caption or alt text: lower case, no sentence punctuation")
    else:
        _cut_trailing_credit(block, remove, options)


def _line_prompt(text: str) -> lexicon.Rule | None:
    """The prompt rule (gallery, continuation, ad slot) a line starts with, if any."""
    rule = _strong_rule(text)
    return rule if rule is not None and rule.name in lexicon.LINE_PROMPT_RULES else None


def _is_bare_wire(text: str) -> bool:
    """A line that is only an agency's name ("The Canadian Press", "— AP")."""
    match = lexicon.WIRE_NAME.search(text)
    return (
        match is not None
        and lexicon.wire_of(match.group(0)) is not None
        and not text[: match.start()].strip(" —–-(") + text[match.end() :].strip(" .)")
    )


def _is_call_to_action(text: str, options: CleanOptions) -> bool:
    """Button text: a short line that starts with an imperative and has no finite verb."""
    words = [w.casefold() for w in _words(text)]
    return (
        0 < len(words) <= options.max_call_to_action_words
        and words[0] in lexicon.CTA_VERBS
        and not any(w in lexicon.FINITE_VERBS for w in words)
        and not any(ch in text for ch in _QUOTE_CHARS)
    )


def _cut_trailing_credit(block: _Block, remove: _Remover, options: CleanOptions) -> None:
    """A caption line ending in its photo credit ("… on Monday. (Jae C. Hong/AP)").

    A short caption goes with its credit; from a longer line, or one that quotes someone,
    only the credit is cut.
    """
    match = lexicon.TRAILING_CREDIT.search(block.text)
    if match is None:
        return
    caption = block.text[: match.start("credit")].rstrip()
    if len(_words(caption)) <= options.max_caption_words and not quoted_spans(caption):
        remove(block, "caption", "photo caption ending in its credit")
        return
    credit = _Block(block.text[match.start("credit") :].strip(), block.line)
    remove(credit, "credit", "photo credit at the end of a caption")
    block.text = caption


def _trim_boilerplate_sentences(
    block: _Block, removed: list[Removal], options: CleanOptions
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

    segments = _segments(text)
    if not segments:
        return
    # A sentence inside someone's quotation is never the outlet's furniture ("… to join us
    # in speaking out," the company tweeted), whatever words it uses.
    protected = quoted_spans(text)
    hits: list[lexicon.Rule | None] = [
        None if _overlaps(s, e, protected) else _strong_rule(text[s:e]) for s, e in segments
    ]
    # A prompt or marker is short; a long sentence starting with its words is the story's.
    hits = [
        None
        if hit is not None
        and hit.name in lexicon.LINE_PROMPT_RULES
        and len(_words(text[s:e])) > options.max_prompt_words
        else hit
        for hit, (s, e) in zip(hits, segments, strict=True)
    ]
    if not any(hits):
        return
    # Inside a paragraph that has a strong hit, the outlet speaking to its readers in its
    # own voice is part of the same appeal; a sentence holding a quotation never is.
    first_hit = next(h for h in hits if h is not None)
    for index, (start, end) in enumerate(segments):
        sentence = text[start:end]
        if hits[index] is None and not _QUOTATION.search(sentence):
            weak = lexicon.WEAK_APPEAL.match(sentence) or lexicon.CLICK_HERE.search(sentence)
            if weak:
                hits[index] = first_hit
    if all(hits):
        removed.append(Removal(text, first_hit.reason, first_hit.name, block.line))
        block.removed = True
        return
    # Trim hits at the start and at the end; a hit in the middle of article prose is
    # left alone (when unsure, keep).
    lead = 0
    while hits[lead] is not None:
        lead += 1
    tail = len(segments)
    while hits[tail - 1] is not None:
        tail -= 1
    for index in [*range(lead), *range(tail, len(segments))]:
        start, end = segments[index]
        rule = hits[index]
        assert rule is not None
        removed.append(Removal(text[start:end], rule.reason, rule.name, block.line))
    block.text = text[segments[lead][0] : segments[tail - 1][1]]


def _mark_header(blocks: list[_Block], removed: list[Removal]) -> None:
    """Name the standfirst, and remove a portrait caption, in the lines under the headline.

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
        if _is_name_caption(block.text):
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
        elif not _ends_sentence(block.text) or later_furniture:
            block.role = "standfirst"
            header_end += 1
        else:
            break


def _rule_of(block: _Block, removed: Sequence[Removal]) -> str | None:
    for removal in removed:
        if removal.line == block.line:
            return removal.rule
    return None


def _remove_outlet_repeats(
    blocks: list[_Block],
    removed: list[Removal],
    repeated: frozenset[str],
    options: CleanOptions,
) -> None:
    """Remove the outlet's own repeated furniture from the head and the tail of the body."""
    if not repeated:
        return

    def is_repeat(block: _Block) -> bool:
        if block.role == "headline" or _QUOTATION.search(block.text):
            return False
        spans = _segments(block.text)
        return bool(spans) and all(
            len(block.text[s:e]) >= options.min_repeat_chars
            and match_key(block.text[s:e]) in repeated
            for s, e in spans
        )

    body = [b for b in blocks if not b.removed and b.role == "body"]
    for run in (body, list(reversed(body))):
        for block in run:
            if block.removed:
                continue
            if not is_repeat(block):
                break
            block.removed = True
            removed.append(
                Removal(
                    block.text, "repeated in other articles of this outlet", "repeat", block.line
                )
            )


def _remove_article_repeats(
    blocks: list[_Block], removed: list[Removal], options: CleanOptions
) -> None:
    """Remove lines a page prints more than once: furniture repeats, the story does not.

    A short line that is not a sentence ("Advertisement", "Share this article", a widget's
    label) goes wherever it recurs. A paragraph of prose printed twice (a pull quote, a
    paragraph saved twice) keeps its first copy.
    """
    seen: dict[str, int] = {}
    for block in blocks:
        if block.removed or block.role == "headline":
            continue
        key = match_key(block.text)
        if key:
            seen[key] = seen.get(key, 0) + 1
    first: set[str] = set()
    for block in blocks:
        if block.removed or block.role == "headline":
            continue
        key = match_key(block.text)
        if seen.get(key, 0) < 2:
            continue
        words = _words(block.text)
        if (
            2 <= len(words) <= options.max_call_to_action_words
            and not _ends_sentence(block.text)
            and not quoted_spans(block.text)
        ):
            reason = "a short line printed more than once in this article: page furniture"
        elif key in first and len(words) > options.max_call_to_action_words:
            reason = "the same paragraph printed again, earlier in this article"
        else:
            first.add(key)
            continue
        block.removed = True
        removed.append(Removal(block.text, reason, "repeat-in-article", block.line))


def _is_teaser_text(text: str, options: CleanOptions) -> bool:
    """Short, link-like text: no quotation, no more than a sentence or two."""
    return (
        len(_words(text)) <= options.max_teaser_words
        and len(_segments(text)) <= 2
        and not quoted_spans(text)
    )


def _remove_teaser(blocks: list[_Block], removed: list[Removal], options: CleanOptions) -> None:
    """Remove a teaser for another story: a headline-shaped line and its summary, at the end.

    The evidence must be strong, because what follows a heading-shaped line is usually the
    story going on under a subheading: the heading has to be among the very last paragraphs,
    and it and everything after it short, link-like text, with no quotation. Anything else
    is kept.
    """
    body = [b for b in blocks if not b.removed and b.role == "body"]
    if len(body) < 4:
        return
    last = len(body) - 1
    for index in range(last, max(last - options.max_teaser_paragraphs, 1) - 1, -1):
        if index < len(body) // 2:
            break
        if _is_heading_shaped(body[index].text):
            tail = body[index:]
            if not all(_is_teaser_text(b.text, options) for b in tail):
                return
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


@dataclass(frozen=True)
class _Credits:
    author: str | None = None
    wire: str | None = None
    outlet: str | None = None
    date: str | None = None


def _credits(removed: Sequence[Removal], kept: Sequence[_Block]) -> _Credits:
    """Metadata from the credits cleaning removed: byline, wire, outlet, date.

    The first of each kind wins; a photo credit names the photographer's agency, not the
    story's, and is not used, nor is an agency's name alone on a line in the middle of the
    article (it sits under a photo). A wire in the first paragraph's dateline ("OTTAWA (CP) —")
    counts too.
    """
    author = wire = outlet = date = None
    lines = [b.line for b in kept if b.role == "body"]
    for removal in removed:
        text = removal.text
        middle = bool(lines) and lines[min(2, len(lines) - 1)] < removal.line < lines[-3:][0]
        if middle and _is_bare_wire(text):
            continue  # mid-article, under a photo: the photographer's agency
        if removal.rule == "dateline" and date is None:
            match = lexicon.DATELINE.match(text) or lexicon.DATE.search(text)
            date = (match.groupdict().get("date") or match.group(0)) if match else None
        if removal.rule not in {"byline", "wire-credit", "republication"}:
            continue
        found_wire = lexicon.wire_of(text)
        wire = wire or found_wire
        if removal.rule == "byline":
            match = lexicon.BYLINE.match(text) or lexicon.NAME_AND_ORG.match(text)
            if match is None:
                continue
            name = match.group("name")
            org = match.groupdict().get("org") or match.groupdict().get("org2")
            if lexicon.wire_of(name) is not None and lexicon.wire_of(name) == found_wire:
                continue  # "By Reuters": a wire, not a person
            author = author or name
            if org and lexicon.wire_of(org) is None:
                outlet = outlet or org.strip(" .")
        elif removal.rule == "republication" and found_wire is None:
            match = _COPYRIGHT_HOLDER.match(text)
            if match:
                outlet = outlet or match.group("holder").strip(" .")
            else:
                match = _FIRST_PUBLISHER.search(text)
                wire = wire or (match.group("publisher").strip(" .") if match else None)
    for block in kept[:3]:
        match = lexicon.WIRE_DATELINE.match(block.text)
        if match and wire is None:
            wire = lexicon.wire_of(match.group("wire"))
    return _Credits(author, wire, outlet, date)


_COPYRIGHT_HOLDER = re.compile(
    r"^\W*(?:©|\(c\)|copyright)\s*(?:©\s*)?\d{4}\s*(?P<holder>[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*|\s+(?:and|of|the)){0,6})"
)
_FIRST_PUBLISHER = re.compile(
    r"(?:published|appeared)\s+(?:by|in|on|at)\s+(?:the\s+)?(?P<publisher>[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*|\s+(?:and|of)){0,6})"
)


def repeated_by_outlet(
    texts_by_outlet: Mapping[str, Sequence[str]], *, options: CleanOptions
) -> dict[str, frozenset[str]]:
    """``repeated_sentences`` for each outlet with at least two articles."""
    return {
        outlet: repeated_sentences(texts, options=options)
        for outlet, texts in texts_by_outlet.items()
        if len(texts) >= options.min_outlet_repeats
    }
