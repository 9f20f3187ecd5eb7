"""Repetition as evidence of furniture: lines an outlet prints in many of its articles, and
lines a page prints more than once."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from framediff.ingest.lines import (
    QUOTATION,
    Block,
    ends_sentence,
    match_key,
    normalise_unicode,
    quoted_spans,
    segments,
    word_list,
)
from framediff.model import Removal
from framediff.options import CleanOptions


def repeated_sentences(texts: Iterable[str], *, options: CleanOptions) -> frozenset[str]:
    """Sentences (as match keys) that occur in at least ``min_outlet_repeats`` of ``texts``.

    Call it with the raw texts of one outlet's articles.
    """
    counts: dict[str, int] = {}
    for text in texts:
        keys = set()
        for line in normalise_unicode(text).split("\n"):
            for start, end in segments(line):
                sentence = line[start:end]
                if len(sentence) >= options.min_repeat_chars:
                    keys.add(match_key(sentence))
        for key in keys:
            counts[key] = counts.get(key, 0) + 1
    return frozenset(k for k, n in counts.items() if n >= options.min_outlet_repeats)


def remove_outlet_repeats(
    blocks: list[Block],
    removed: list[Removal],
    repeated: frozenset[str],
    options: CleanOptions,
) -> None:
    """Remove the outlet's own repeated furniture from the head and the tail of the body."""
    if not repeated:
        return

    def is_repeat(block: Block) -> bool:
        if block.role == "headline" or QUOTATION.search(block.text):
            return False
        spans = segments(block.text)
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


def remove_article_repeats(
    blocks: list[Block], removed: list[Removal], options: CleanOptions
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
        key = block.match_key()
        if key:
            seen[key] = seen.get(key, 0) + 1
    first: set[str] = set()
    for block in blocks:
        if block.removed or block.role == "headline":
            continue
        key = block.match_key()
        if seen.get(key, 0) < 2:
            continue
        words = word_list(block.text)
        if (
            2 <= len(words) <= options.max_call_to_action_words
            and not ends_sentence(block.text)
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


def remove_pull_quotes(blocks: list[Block], removed: list[Removal], options: CleanOptions) -> None:
    """Remove pull quotes: a line that is only a quotation, of at least
    ``min_pull_quote_words`` words, with whose words a longer paragraph of the article opens
    ("“We are buying time, not safety.”" set above the paragraph that quotes the mayor).
    The paragraph keeps the words and who said them; the line repeats them for the eye."""
    kept = [block for block in blocks if not block.removed and block.text.strip()]
    paragraphs = [f" {block.match_key()} " for block in kept]
    # The line under the headline is the standfirst, which may quote the story ("“We sold
    # our wheat in June and we are still waiting in November.”"): the story's, not a pull quote.
    standfirst = next((block for block in kept if block.role != "headline"), None)
    for index, block in enumerate(kept):
        text = block.text.strip()
        if block.role == "headline" or block is standfirst:
            continue
        # A pull quote may be signed ("“Nobody wants another Ghost Ship.” — Deputy Fire
        # Marshal Greg Tollefson"): the words compared are the quotation's.
        signed = _PULL_QUOTE_SIGNATURE.search(text)
        quotation = text[: signed.start()] if signed else text
        if not _only_a_quotation(quotation):
            continue
        key = match_key(quotation) if signed else block.match_key()
        if len(key.split()) < options.min_pull_quote_words:
            continue
        inside = f" {key} "
        # The paragraph it repeats opens with the words, as the speaker's quotation with its
        # tag ("“We are buying time, not safety,” said councillor …"); words quoted back
        # inside another quotation ("You told police that he told me …") or a chant printed
        # again after the paragraph that reports it are the story's. A quotation with no
        # stop of its own may be a subheading, which heads the paragraph it quotes (Le
        # Monde's and broadcasters' "“My father opened this shop in 1971”"); set after that
        # paragraph, it is a pull quote ("“The water has never been cleaner than it is now”").
        # Never the line itself: a signed quotation opens with its own words.
        others = [*paragraphs[:index], *paragraphs[index + 1 :]]
        search = others if _ends_with_stop(quotation) else paragraphs[:index]
        repeated = any(other.startswith(inside) and other != inside for other in search)
        if not repeated and signed:
            # Signed with the speaker's name, it may repeat a quotation's later sentences
            # ("“Nobody wants another Ghost Ship.” — Deputy Fire Marshal Greg Tollefson"
            # under the paragraph that quotes him); unsigned, words printed again inside the
            # story are the story's (an answer repeated, a chant the crowd took up).
            repeated = any(inside in other and other != inside for other in paragraphs[:index])
        if repeated:
            block.removed = True
            reason = "a pull quote: a quotation the story prints in full elsewhere"
            removed.append(Removal(block.text, reason, "pull-quote", block.line))


# A pull quote's signature: a dash and the speaker's name, perhaps after a role ("— Deputy
# Fire Marshal Greg Tollefson", "— driver Edgar Pop Caal").
_PULL_QUOTE_SIGNATURE = re.compile(
    r"(?<=[”\"’'»])\s*[—–-]\s*(?:[\w'’.-]+\s+){0,4}[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}\s*$"
)


def _only_a_quotation(text: str) -> bool:
    """Whether a line is one quotation and nothing else, its marks at both ends."""
    if len(text) < 3 or text[0] not in _OPENING_MARKS or text[-1] not in _CLOSING_MARKS:
        return False
    spans = quoted_spans(text, min_words=1)
    return len(spans) == 1 and spans[0][1] - spans[0][0] >= len(text) - 2


def _ends_with_stop(quotation: str) -> bool:
    """Whether a quotation ends with a sentence's stop inside its closing mark."""
    return quotation[-2] in ".!?…"


_OPENING_MARKS = frozenset("\"“‘'«")
_CLOSING_MARKS = frozenset("\"”’'»")


def repeated_by_outlet(
    texts_by_outlet: Mapping[str, Sequence[str]], *, options: CleanOptions
) -> dict[str, frozenset[str]]:
    """``repeated_sentences`` for each outlet with at least two articles."""
    return {
        outlet: repeated_sentences(texts, options=options)
        for outlet, texts in texts_by_outlet.items()
        if len(texts) >= options.min_outlet_repeats
    }
