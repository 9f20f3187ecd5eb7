"""Speakers for quotations with no attribution of their own, from their surroundings."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from framediff.attribution.attach import is_signed
from framediff.attribution.kinds import QuoteContext
from framediff.attribution.lexicon import opens_capitalised
from framediff.attribution.names import Mention, mention_from_tokens, phrase_before
from framediff.attribution.places import DASHES
from framediff.attribution.registry import Resolver
from framediff.attribution.subjects import FoundAttribution, clause_subject
from framediff.attribution.tokens import index_of


class Credit(NamedTuple):
    """Who a quotation is credited to and with which cue, as decided so far."""

    speaker: str | None
    mention: Mention | None = None
    verb: str | None = None
    lemma: str | None = None
    verb_start: int | None = None
    verb_end: int | None = None


NO_CREDIT = Credit(None)


def credit_of(found: FoundAttribution, speaker: str | None) -> Credit:
    """The credit an attribution found in the text gives."""
    verb_at = (found.verb_start, found.verb_end) if found.verb is not None else (None, None)
    return Credit(speaker, found.mention, found.verb, found.lemma, *verb_at)


def inherit(
    ctx: QuoteContext,
    n: int,
    contexts: Sequence[QuoteContext],
    credits: Sequence[Credit],
    lead_ins: dict[int, FoundAttribution],
    resolver: Resolver,
    breaks: Sequence[int] = (),
    max_paragraphs: int = 1,
    last_credited: Mapping[int, int] | None = None,
) -> Credit | None:
    """A speaker for a quotation with no attribution of its own, from its surroundings.

    ``breaks`` are the paragraphs that change who is talking (an interviewer's question, a
    heading), in ascending order; a quotation paragraph continues a speaker from at most
    ``max_paragraphs`` paragraphs back. ``last_credited``, when the caller keeps it, maps a
    paragraph to its last quotation so far with a speaker and no signature (what the first
    search below finds), so a paragraph of thousands of quotations is not read again for
    each one."""
    paragraph = ctx.span.paragraph
    # Earlier quotations of the same paragraph ("“…” he said. “…”").
    if last_credited is not None:
        earlier = last_credited.get(paragraph)
        if earlier is not None:
            return credits[earlier]
    else:
        for k in range(n - 1, -1, -1):
            other = contexts[k]
            if other.span.paragraph != paragraph:
                break
            if credits[k].speaker is not None and not is_signed(other):
                return credits[k]
    opens_paragraph = ctx.at == 0
    if opens_paragraph:
        # "Stoltenberg responded by stating," with the quotation in the next paragraph.
        before = paragraph - 1
        if before in lead_ins:
            lead = lead_ins[before]
            return credit_of(lead, resolver.resolve(lead.mention, before))
        # The newspaper convention: a quotation paragraph with no attribution of its own
        # continues the last attributed quotation's speaker, a paragraph or a few back,
        # unless something in between changes who is talking: another person named as the
        # subject of a speech verb, an interviewer's question, a heading.
        for k in range(n - 1, -1, -1):
            other = contexts[k]
            if other.span.paragraph < paragraph - max_paragraphs:
                break
            if credits[k].speaker is None or is_signed(other):
                continue
            credit = credits[k]
            # A quotation inside the question itself is no answer's speaker either.
            if _break_between(breaks, other.span.paragraph - 1, paragraph):
                return None
            if resolver.other_subject(credit.speaker, other.span.end, ctx.span.start):
                return None
            return credit
    return None


def _break_between(breaks: Sequence[int], after: int, before: int) -> bool:
    """Whether a paragraph of ``breaks`` (ascending) lies strictly between the two."""
    k = bisect_right(breaks, after)
    return k < len(breaks) and breaks[k] < before


def fallback(ctx: QuoteContext, resolver: Resolver) -> Credit | None:
    """A speaker when no verb attributes the quotation, from the shape of its sentence."""
    tokens, at, sentence = ctx.tokens, ctx.at, ctx.sentence
    paragraph = ctx.span.paragraph
    if at > sentence.lo and tokens[at - 1].text == ":":
        # "Kasich: ‘We Are Going To Go All The Way’" — a headline or a transcript line;
        # "Rep. Trey Gowdy (R-S.C.): “…”"; "POLLS SHIFT - Philip Bump: “…”" in a digest.
        end = at - 1
        if end > sentence.lo and tokens[end - 1].text == ")":
            end = next(
                (
                    j
                    for j in range(end - 2, max(sentence.lo, end - 12) - 1, -1)
                    if tokens[j].text == "("
                ),
                end,
            )
        phrase = [t for t in phrase_before(tokens, end) if t.start >= tokens[sentence.lo].start]
        k = index_of(tokens, phrase[0]) if phrase else -1
        if phrase and (k == sentence.lo or tokens[k - 1].text in DASHES):
            mention = mention_from_tokens(phrase)
            if mention is not None:
                return Credit(resolver.resolve(mention, paragraph), mention)
    if not ctx.standalone:
        # Words set into a sentence whose subject is a person are usually that person's
        # ("Dr. Muhammad Babar pondered who might “testify for our innocence”").
        phrase = clause_subject(tokens, sentence.lo, at)
        mention = mention_from_tokens(phrase)
        if mention is None or mention.kind == "generic":
            return None
        name = resolver.resolve(mention, paragraph)
        if name is not None and resolver.registry.is_place(name):
            return None  # "moved to Jamaica Estates, Queens, …": a place does not speak here
        return Credit(name, mention)
    introduced = _introduced_before(ctx, resolver)
    if introduced is not None:
        return introduced
    position = tokens[at].start
    name = resolver.last_subject(position, paragraph)
    return Credit(name) if name is not None else None


def _introduced_before(ctx: QuoteContext, resolver: Resolver) -> Credit | None:
    """The person the sentence just before a quotation introduces, in its paragraph.

    Features and local news introduce a speaker and let the quotation follow unattributed:
    "Mary Kakegamic, who is 81, was there. “She told me, ‘Go home now!’ ”". Only a person
    named as the opening subject counts (not a place, an organisation or a description).
    """
    tokens, lo = ctx.tokens, ctx.sentence.lo
    if lo == 0 or ctx.at != lo:
        return None
    start = lo - 1
    while (
        start > 0
        and tokens[start - 1].text not in (".", "!", "?")
        and not (tokens[start - 1].text.startswith("¤"))
    ):
        start -= 1
    phrase = clause_subject(tokens, start, lo)
    mention = mention_from_tokens(phrase)
    if mention is None or mention.kind != "name" or mention.name is None:
        return None
    name = resolver.resolve(mention, ctx.span.paragraph)
    if name is None or not opens_capitalised(name) or resolver.registry.is_org(name):
        return None
    if resolver.registry.is_place(name):
        return None
    return Credit(name, mention)
