"""Speakers for quotations with no attribution of their own, from their surroundings."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from framediff.attribution.attach import is_signed
from framediff.attribution.body_names import POSSESSIVE_ENDINGS
from framediff.attribution.described import description_before
from framediff.attribution.kinds import QuoteContext
from framediff.attribution.labelled import is_person_phrase, named_in_apposition
from framediff.attribution.lexicon import DOCUMENT_NOUNS, opens_capitalised, word_set
from framediff.attribution.names import (
    Mention,
    mention_from_tokens,
    phrase_before,
)
from framediff.attribution.phrase_after import phrase_after, phrase_after_within
from framediff.attribution.places import DASHES
from framediff.attribution.resolver import Resolver
from framediff.attribution.subjects import FoundAttribution, clause_subject
from framediff.attribution.tokens import Token, index_of
from framediff.attribution.verbs import lemma_of


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
        lead = _colon_lead_in(ctx, resolver)
        if lead is not None:
            return lead
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


def _colon_lead_in(ctx: QuoteContext, resolver: Resolver) -> Credit | None:
    """The person whose sentence introduces the quotation after a colon with a verb of no
    speech ("Aslam summed up the mood in the neighbourhood: “…”", "Savitri Ramdial, 48,
    put the feeling bluntly: “…”"): the subject, when it is a person's name, or a name
    in apposition to a description of one ("Ramdial's wife, Savitri Ramdial, 48, …")."""
    tokens, at, sentence = ctx.tokens, ctx.at, ctx.sentence
    phrase = clause_subject(tokens, sentence.lo, at - 1)
    if not phrase:
        return None
    after = index_of(tokens, phrase[-1]) + 1
    if phrase[-1].text.endswith(POSSESSIVE_ENDINGS):
        # "Ramdial's wife, Savitri Ramdial, 48,": past the noun the possessor owns.
        noun_end = after
        while noun_end < min(at, after + 3) and tokens[noun_end].is_word:
            noun_end += 1
        if noun_end < at and tokens[noun_end].text == ",":
            after, phrase = noun_end, list(tokens[index_of(tokens, phrase[0]) : noun_end])
    if not is_person_phrase(phrase) and after < at and tokens[after].text == ",":
        named = phrase_after(tokens, after + 1)  # "Ramdial's wife, Savitri Ramdial,"
        end = after + 1 + len(named)
        if named and end < at and tokens[end].text == "," and is_person_phrase(named):
            phrase = named
    mention = mention_from_tokens(phrase)
    if mention is None or mention.kind != "name" or not is_person_phrase(phrase):
        return None
    follower = tokens[index_of(tokens, phrase[-1]) + 1]
    if follower.text == ":" or follower.is_capitalised:
        return None  # "Name: Gabrielle Hatcher Age: 27 …": a form's labels, no sentence
    if phrase[-1].text.endswith(POSSESSIVE_ENDINGS) and not (
        follower.lower in _SAID_NOUNS or follower.lower in DOCUMENT_NOUNS
    ):
        # "Clinton’s response was: “…”" is hers; "Obama's first five questioners ranged
        # from skeptical to hostile: “…”" are not his.
        return None
    name = resolver.resolve(mention, ctx.span.paragraph)
    if name is None or resolver.registry.is_place(name) or resolver.registry.is_org(name):
        return None
    return Credit(name, mention)


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
    if mention is not None and mention.kind == "pronoun" and mention.text.lower() in _PERSONAL:
        # "He said the federation had asked a law firm to examine it. ‘We are not against
        # …’": the one who said the sentence before goes on, not the subject of what he said.
        after = index_of(tokens, phrase[-1]) + 1
        if after < lo and lemma_of(tokens[after].lower) is not None:
            name = resolver.resolve(mention, ctx.span.paragraph)
            return Credit(name, mention) if name is not None else None
    if mention is None:
        # "The employee said severance would equal a month's pay. “…”": someone described,
        # who said the sentence before, goes on as a pronoun's antecedent does.
        verb = next(
            (
                k
                for k in range(start + 1, min(lo, start + _DESCRIPTION_VERB_REACH))
                if lemma_of(tokens[k].lower)
            ),
            None,
        )
        described = description_before(tokens, verb, start) if verb is not None else None
        if described is not None and described.start == tokens[start].start:
            name = resolver.resolve(described, ctx.span.paragraph)
            return Credit(name, described) if name is not None else None
    if mention is None or mention.kind != "name" or mention.name is None:
        return None
    name = resolver.resolve(mention, ctx.span.paragraph)
    if name is None or not opens_capitalised(name) or resolver.registry.is_org(name):
        return None
    if resolver.registry.is_place(name):
        return None
    return Credit(name, mention)


# Nouns for what someone said or felt, after which "of", "from" or "by" names who said it
# ("Those were the words of X", "The words were those of X", "The question came from X",
# "The question was put by X", "The anger of X … was echoed"), and the words that point
# back at a quotation from the sentence after it.
_SAID_NOUNS = word_set(
    """words verdict view message plea warning assessment reaction response cry lament anger
    frustration frustrations fear fears hope hopes advice answer reply conclusion question
    update remark comment account experience story complaint concern explanation sentiment
    assurance admission reassurance pledge promise appeal criticism accusation rebuke
    remarks defence defense request demand suggestion proposal denial retort observation
    argument insistence"""
)
_NAMING = word_set("of from by")
# How far into the sentence the noun may come: "Those were the words of", "That was the
# defiant message from" (a determiner and one adjective before it).
_SAID_NOUN_REACH = 4
# How far into its sentence a description's speech verb may come ("The laid-off
# employee said", "The former customer support lead said"): a determiner and four words.
_DESCRIPTION_VERB_REACH = 6
# The pronouns of one person, who goes on speaking after the sentence he or she said.
_PERSONAL = word_set("he she")
_POINTING = word_set("that this those these such so that's that’s")


def introduced_after(
    ctx: QuoteContext, resolver: Resolver, next_paragraph: Sequence[Token] = ()
) -> Credit | None:
    """The person the sentence right after a quotation introduces.

    Features open a paragraph with a quoted sentence and name its speaker in the next one,
    pointing back at the words ("“It felt like a war zone.” That is how Bernadette Hayes
    described …", "Those were the words of 68-year-old …", "The question came from …", "So
    says …") or introducing the speaker as its subject ("“I have seen men collapse.” Safety
    coordinator Goh Seng Huat, who has worked …, said"). As the subject, only a person named
    there for the first time, with an appositive or a relative clause after the name,
    counts: a person already in the story opening the next sentence is more often
    answering ("“We will win.” Jane Doe, her rival, disagreed" is rarer, and a newcomer is
    introduced so). When the quotation is its paragraph, the words that point back may
    open the next paragraph (``next_paragraph``, its tokens), as the quoted sentence is
    then set apart as a paragraph of its own; a newcomer there is not enough."""
    tokens, at, sentence = ctx.tokens, ctx.at, ctx.sentence
    lo = sentence.hi
    if at != 0 or lo != at + 1 or ctx.last_char not in ".!?…":
        return None
    if lo >= len(tokens):
        if not next_paragraph:
            return None
        pointing = _pointing_back(next_paragraph, 0, _sentence_end(next_paragraph, 0))
        if pointing is None:
            return None
        return _credit(pointing, resolver, ctx.span.paragraph)
    hi = _sentence_end(tokens, lo)
    if hi < 0:
        return None  # another quotation in the sentence: it is about that one
    pointing = _pointing_back(tokens, lo, hi)
    if pointing is not None:
        return _credit(pointing, resolver, ctx.span.paragraph)
    if tokens[lo].lower != "the" and tokens[lo].lower in _POINTING:
        return None
    phrase = phrase_after(tokens, lo)
    end = lo + len(phrase)
    mention = mention_from_tokens(phrase)
    if mention is None or mention.kind != "name" or end >= hi or tokens[end].text != ",":
        return None
    name = resolver.resolve(mention, ctx.span.paragraph)
    registry = resolver.registry
    first = registry.first_mention(name) if name is not None else None
    if (
        name is None
        or first is None
        or first < ctx.span.end
        or " " not in name
        or registry.is_org(name)
        or registry.is_place(name)
    ):
        return None
    return Credit(name, mention)


def _sentence_end(tokens: Sequence[Token], lo: int) -> int:
    """Where the sentence opening at ``tokens[lo]`` ends (its full stop's index, or the
    paragraph's end); -1 when a quotation stands in it."""
    hi = lo
    while hi < len(tokens) and tokens[hi].text not in (".", "!", "?"):
        if tokens[hi].text.startswith("¤"):
            return -1
        hi += 1
    return hi


def _pointing_back(tokens: Sequence[Token], lo: int, hi: int) -> list[Token] | None:
    """The speaker phrase of a sentence ``tokens[lo:hi]`` that points back at a quotation
    before it and names who said it ("That is how X described", "Those were the words of
    X", "The question came from X", "So says X"); None when it does not point back so."""
    if hi <= lo:
        return None
    opener = tokens[lo].lower
    if opener not in _POINTING and opener != "the":
        return None
    named = _that_was(tokens, lo, hi)
    if named is not None:
        return named
    said_noun = False
    for k in range(lo + 1, min(hi, lo + 7)):
        low = tokens[k].lower
        said_noun = said_noun or (low in _SAID_NOUNS and k <= lo + _SAID_NOUN_REACH)
        if (
            (low == "how" and opener != "the")
            or (low in _NAMING and said_noun)
            or (low == "to" and said_noun and tokens[k - 1].lower in ("belonged", "belong"))
            or (low in ("says", "said") and opener == "so" and k == lo + 1)
        ):
            phrase = phrase_after_within(tokens, k + 1, hi)
            return named_in_apposition(tokens, phrase, hi)
    return None


# "That was Angela Ruiz, who owns the home.", "This is Dougie Flett, 74, a retired ferry
# engineer", "That's Maria Lopez.": a feature's (and local television's) way of naming who
# spoke the quoted sentence before. The name must be a person's, introduced right there:
# the phrase ends the sentence or is set off by a comma or a relative ("That was Monday's
# deal" is no speaker).
_THAT_WAS = {"that": ("was", "is"), "this": ("is", "was")}


def _that_was(tokens: Sequence[Token], lo: int, hi: int) -> list[Token] | None:
    """The name of "That was X" / "This is X" / "That's X" opening ``tokens[lo:hi]``."""
    opener = tokens[lo].lower
    if opener in ("that's", "that’s"):
        begin = lo + 1
    elif lo + 1 < hi and tokens[lo + 1].lower in _THAT_WAS.get(opener, ()):
        begin = lo + 2
    else:
        return None
    if begin >= hi or not tokens[begin].is_capitalised:
        return None
    phrase = phrase_after_within(tokens, begin, hi)
    end = begin + len(phrase)
    if not phrase or (end < hi and tokens[end].lower not in (",", "who", "—", "–")):
        return None
    mention = mention_from_tokens(phrase)
    # A person's full name: "That was Asheville" or "That was Christmas" names no speaker.
    full = mention is not None and mention.kind == "name" and " " in (mention.name or "")
    return phrase if full else None


def _credit(phrase: list[Token], resolver: Resolver, paragraph: int) -> Credit | None:
    mention = mention_from_tokens(phrase)
    if mention is None or mention.kind == "generic":
        return None
    name = resolver.resolve(mention, paragraph)
    return Credit(name or mention.text, mention)
