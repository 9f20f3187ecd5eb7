"""Quotations of what is written on things: a sign, a banner, a placard, graffiti.

News quotes the words on signs and walls as it quotes people ("A banner hung on the
ship's side read: “From Türkiye to Sudan, with brotherhood.”", "Posters bearing the words
“Hydrate, rest, shade”", "someone had spray-painted a message across a kiosk: “Dakar is
ours too.”"). Nobody is credited with them, and they never continue the speaker of the
quotation before them."""

from __future__ import annotations

from collections.abc import Sequence

from framediff.attribution.cues import document_reads, verb_at
from framediff.attribution.kinds import QuoteContext
from framediff.attribution.lexicon import (
    DOCUMENT_NOUNS,
    INSCRIBED_ON,
    ISSUER_LINKS,
    OPENERS,
    word_set,
)
from framediff.attribution.tokens import Token, first_at

# How far back from the quotation such a word is looked for, in tokens: a sign's clause
# ("a hand-painted sign propped against a fence on the highway read:") fits in it.
_LOOK_BACK = 14
# Verbs said of people as often as of things ("Trump painted a grim picture: “…”", "she
# displayed her anger"): an inscription's only when they open the sentence ("Painted in red
# letters on the wall were the words") or a surface words appear on is named before them
# ("The departure board displayed the message").
_SHOWN = word_set("painted displayed flashed")
_SURFACES = word_set("board boards screen screens wall walls fence fences door doors")
_READS = word_set("read reads reading")
# What joins two inscriptions read off the same things: "placards reading ‘…’ and ‘…’".
_JOINS = word_set("and or ,")


def inscribed(ctx: QuoteContext) -> bool:
    """Whether the quotation is the words on a sign, a banner or a wall (see the module).

    Either "read" introduces it ("They read: “…”", "“…,” read one placard": people do not
    "read" their own words; "a statement read" and "read the statement" are a document's
    words, whose issuer the article may name), or a word for a thing written on comes
    shortly before it in its sentence with no speech verb in between ("Protesters carried
    signs and chanted “…”" quotes the protesters)."""
    tokens, at, lo = ctx.tokens, ctx.at, ctx.sentence.lo
    after = at + 1
    while at - 2 >= lo and tokens[at - 1].lower in _JOINS and tokens[at - 2].text[:1] == "¤":
        at -= 2  # "placards reading ‘Our sea is not for sale’ and ‘Towers for the few’"
    k = at - 1
    while k >= lo and tokens[k].text in (":", ",", "—", "–"):
        k -= 1
    if k >= lo and tokens[k].lower in _READS:
        # "A message circulating on WhatsApp read: “…”": a document nobody is named for.
        return not document_reads(tokens, k) or _indefinite_document(tokens, k, lo)
    while after < len(tokens) and tokens[after].text in (",", "—", "–"):
        after += 1
    if after < len(tokens) and tokens[after].lower in _READS:
        return not document_reads(tokens, after)  # "“…,” read the statement": a document
    for j in range(at - 1, max(lo, at - _LOOK_BACK) - 1, -1):
        token = tokens[j]
        if token.text.startswith("¤"):
            return False  # another quotation's clause
        if token.lower in INSCRIBED_ON:
            return True
        if token.lower in _SHOWN and (
            j == lo or any(t.lower in _SURFACES for t in tokens[max(lo, j - 6) : j])
        ):
            return True
        if verb_at(tokens, j, headline=False) is not None:
            return False
    return False


def _indefinite_document(tokens: Sequence[Token], read: int, lo: int) -> bool:
    """Whether the document that "read" at ``tokens[read]`` has for subject is introduced
    as new and unattributed ("A message circulating on WhatsApp groups read", "an
    anonymous letter read"): the quotation is then nobody's. "The statement read" refers
    back to a statement the article attributed."""
    for k in range(read - 1, max(lo, read - 12) - 1, -1):
        if tokens[k].lower in DOCUMENT_NOUNS:
            if tokens[k + 1].lower in ISSUER_LINKS:
                return False  # "a statement from Kenya Power read": its issuer is named
            # Back over the words that describe it ("a widely shared message") to its
            # determiner: "a" or "an" makes it new, any other ("the", "its") refers back.
            j = k - 1
            while j > lo and tokens[j].is_word and tokens[j].lower not in OPENERS:
                j -= 1
            return tokens[j].lower in ("a", "an")
    return False


def read_off_a_thing(ctx: QuoteContext) -> bool:
    """Whether the quotation's own attribution is "read" or "reads" said of a thing written
    on or of a document introduced as new ("a handwritten notice pasted on the door of the
    health post reads: “…”"), or the quotation comes right after a thing written on and
    "reading" ("a sign reading “…”"), whoever the sentence says spoke: the words are then
    nobody's, whatever name the subject holds."""
    found = ctx.attribution
    tokens, lo = ctx.tokens, ctx.sentence.lo
    at = ctx.at
    if (
        found is not None
        and at - 2 >= lo
        and tokens[at - 1].lower in ("reading", "saying")
        and tokens[at - 2].lower in INSCRIBED_ON
    ):
        return True  # "Miss Denholm said a laminated sign reading “…” had been fixed"
    if found is None or found.lemma != "read":
        return False
    verb = first_at(tokens, found.verb_start)
    before = tokens[max(lo, verb - _LOOK_BACK) : verb]
    return _indefinite_document(tokens, verb, lo) or any(t.lower in INSCRIBED_ON for t in before)
