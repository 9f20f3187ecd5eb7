"""What a quotation is: speech, a fragment of somebody's words set into the writer's
sentence, or a term (scare quotes, a title, a headline's quoted words)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import islice

from framediff.attribution.cues import VERB_FIRST_WORDS, verb_at
from framediff.attribution.lexicon import INSCRIBED_ON, word_set
from framediff.attribution.marks import STRAIGHTEN, QuoteSpan
from framediff.attribution.sentences import TokenSentence, verb_between
from framediff.attribution.subjects import FoundAttribution
from framediff.attribution.tokens import Token
from framediff.attribution.verbs import LEMMAS, MANNER_LEMMAS, lemma_of
from framediff.model import QuoteKind
from framediff.options import QuoteOptions

_TERM_CUES = word_set("so-called nicknamed pseudonym moniker")
# Words that introduce somebody's words as words ("used the term", "a memo titled",
# "the campaign's slogan"): PolNeAR annotates what follows as the content of an attribution.
_MENTION_CUES = word_set(
    """dubbed dubbing titled entitled headlined labeled labelled labeling branded word words
    term phrase slogan hashtag motto"""
)
# Nouns of saying: quoted words in their clause are the words of whoever made the claim
# ("Trump's assertion that “thousands” …").
_CLAIM_NOUNS = word_set(
    """accusation accusations assertion assertions claim claims criticism statement
    statements remark remarks comments promise promises dictum insistence argument
    arguments warning warnings rhetoric language message rallying cry charge charges
    allegation allegations description descriptions view views opinion verdict"""
)
# Before a show's or a book's title, the words that make it a venue or a work named in the
# writer's sentence ("said on ABC's “This Week”", "author of “…”"), not anybody's words.
_VENUE_BEFORE = word_set("on to told of with in during at from host hosts author")
_VENUE_SKIP = word_set(
    """the a an show program programme podcast series network channel tv radio sunday
    monday tuesday wednesday thursday friday saturday film movie book play sitcom drama
    new hit popular weekly nightly morning"""
)
# Words between a subject and its verb that do not belong to either ("has previously said").
_CUE_WORDS = word_set(
    """call calls called calling describe described describes describing refer referred refers
    referring label labeled labelled labels dub dubbed praise praised praising portray
    portrayed portrays deem deemed feel feels felt think thinks thought believe believes
    believed want wants wanted view viewed views consider considers considered blame blamed
    blames criticize criticized criticizes hope hoped hopes expect expected expects fear
    feared fears characterize characterized characterizes characterise characterised touted
    touts promised promises vowed pledged liken likened likens likening compare compared
    compares comparing reference referenced references referencing"""
)
# Words that open an aside between a speaker and the verb ("Clinton, during a visit to …,").


@dataclass
class QuoteContext:
    """What the extractor knows about one quotation while deciding its kind and speaker."""

    span: QuoteSpan
    tokens: list[Token]
    at: int
    sentence: TokenSentence
    last_char: str = ""  # the last character inside the marks
    attribution: FoundAttribution | None = None
    has_verb: bool = False
    standalone: bool = False


def _word_count(text: str, cap: int) -> int:
    """The number of words of ``text``, counted no further than ``cap``: every rule only
    compares the count with a threshold below ``cap``, and a long speech is not read to its
    end (the matches are taken in C, not built as a list of every word)."""
    return len(list(islice(_WORD.finditer(text), cap)))


_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def _term_cue_before(tokens: Sequence[Token], at: int, lo: int) -> bool:
    for k in range(at - 1, max(lo - 1, at - 3), -1):
        low = tokens[k].lower
        if low in _TERM_CUES:
            return True
        if low == "called" and k > lo and tokens[k - 1].lower == "so":
            return True
        if low == "as" and k > lo and tokens[k - 1].lower == "known":
            return True
    return False


def _named_as_words_after(tokens: Sequence[Token], at: int) -> bool:
    """The quotation is named as words right after it: "the “denuclearization of the Korean
    peninsula,” a phrase that …", "“Make America Great Again,” the slogan": the writer
    mentions the words, nobody is quoted saying them here."""
    k = at + 1
    if k < len(tokens) and tokens[k].text == ",":
        k += 1
    if k < len(tokens) and tokens[k].lower in ("a", "an", "the", "his", "her", "their", "its"):
        k += 1
    if not (k < len(tokens) and k > at + 1 and tokens[k].lower in _PHRASE_NOUNS):
        return False
    # "“My three acres of cocoa are gone.” The words were those of Madam Akosua Nyarko":
    # a sentence after the quotation that says whose words they were quotes that person.
    return not any(t.lower in ("of", "from", "by") for t in tokens[k + 1 : k + 5])


# Nouns that name words as words, in an apposition after the quotation.
_PHRASE_NOUNS = word_set("phrase term slogan motto catchphrase expression hashtag word words")


def _venue_before(tokens: Sequence[Token], at: int, lo: int) -> bool:
    """A title set after "on", "to", "author of" …: a show or a work, not someone's words."""
    k = at - 1
    while k >= lo and (
        tokens[k].lower in _VENUE_SKIP
        or (tokens[k].is_capitalised and re.search(r"['’]s$", tokens[k].text) is not None)
        or (tokens[k].is_capitalised and tokens[k].text.isupper() and len(tokens[k].text) > 1)
    ):
        k -= 1
    return k >= lo and tokens[k].lower in _VENUE_BEFORE


# How far back a thing written on may stand before the "reading" that quotes it.
_SIGN_REACH = 8


def _read_off_a_sign(tokens: Sequence[Token], at: int, lo: int) -> bool:
    """Whether the quotation at ``tokens[at]`` is read off a sign, a placard or a banner
    ("placards reading “Our Allowances Are Not A Favour”", "One placard read “…”"):
    protesters' signs are often in title case, and are then no title."""
    k = at - 1
    while k >= lo and tokens[k].text in (":", ",", "and"):
        k -= 1  # "“…” and “…”": the second of two read off the same signs
        if k >= lo and tokens[k].text[:1] == "¤":
            k -= 1
    if k < lo or tokens[k].lower not in _READ_OFF:
        return False
    return any(t.lower in INSCRIBED_ON for t in tokens[max(lo, k - _SIGN_REACH) : k])


_READ_OFF = word_set("read reads reading bearing")


def _is_title_case(text: str) -> bool:
    words = _TITLE_WORD.findall(text)
    small = {"a", "an", "the", "of", "in", "on", "for", "to", "and", "or", "at", "by", "with"}
    big = [w for w in words if w.lower() not in small]
    return bool(big) and all(w[0].isupper() for w in big)


_TITLE_WORD = re.compile(r"[^\W\d_][\w'’-]*")


_TITLE_MAX_WORDS = 6  # a longer quotation is not taken for a title
_A_WORD_OR_TWO = 2  # what scare quotes wrap ("a “con artist”")


def _is_title(text: str, words: int) -> bool:
    """Titles keep their capitals and rarely end a sentence inside the marks ("Fox and
    Friends," — American style puts the comma inside)."""
    return words <= _TITLE_MAX_WORDS and not re.search(r"[!?…]$", text) and _is_title_case(text)


def quote_kind(ctx: QuoteContext, text: str, *, headline: bool, options: QuoteOptions) -> QuoteKind:
    # Judge the words with straight marks, so the kind never depends on the marks' shape.
    if ctx.span.continued:
        return "speech"
    if not text.isascii():  # every mark ``STRAIGHTEN`` changes is outside ASCII
        text = text.translate(STRAIGHTEN)
    # Counted one past the largest threshold it is compared with below: every comparison
    # then reads as it would with the full count.
    cap = 1 + max(
        options.min_headline_speech_words,
        options.max_fragment_words,
        options.min_unattributed_fragment_words,
        _TITLE_MAX_WORDS,
        _A_WORD_OR_TWO,
    )
    words = _word_count(text, cap)
    if headline:
        return "speech" if words >= options.min_headline_speech_words else "term"
    tokens, at = ctx.tokens, ctx.at
    if _term_cue_before(tokens, at, ctx.sentence.lo) or _named_as_words_after(tokens, at):
        return "term"
    if ctx.standalone:
        # A title as the object of the verb ("told “Fox and Friends,”"), not one followed
        # by its attribution ("“One,” Zelenskyy said").
        as_object = ctx.attribution is None or (
            ctx.at > 0 and ctx.tokens[ctx.at - 1].start == ctx.attribution.verb_start
        )
        if as_object and not text.endswith(".") and _is_title(text, words):
            return "term"
        if words <= _A_WORD_OR_TWO and ctx.attribution is None and not re.search(r"[.!?…]$", text):
            return "term"
        return "speech"
    if words > options.max_fragment_words:
        return "speech"
    # Asked only here and above (regexes over the words): most quotations never need it.
    title = _is_title(text, words)
    if title and _venue_before(tokens, at, ctx.sentence.lo):
        return "term"
    if _cue_before(ctx):
        # Inside a reported claim ("X called it “…”", "according to X", "the term “…”"):
        # the quoted words are the speaker's, even one word or a title-case phrase.
        return "fragment"
    if title and not _read_off_a_sign(tokens, at, ctx.sentence.lo):
        return "term"
    if ctx.attribution is not None or ctx.has_verb:
        return "fragment"
    # Scare quotes wrap a word or two; a longer lowercase stretch is someone's words even
    # when the sentence names no speaker ("plans to ''build on the progress'' of …").
    if words >= options.min_unattributed_fragment_words:
        return "fragment"
    if words >= _A_WORD_OR_TWO and _has_cue(ctx):
        return "fragment"
    return "term"


def _cue_before(ctx: QuoteContext) -> bool:
    """Whether an attribution verb or cue comes before the quotation in its sentence."""
    tokens = ctx.tokens
    for k in range(ctx.sentence.lo, ctx.at):
        token = tokens[k]
        if not token.is_word:
            continue
        low = token.lower
        if low in _CUE_WORDS or low in _MENTION_CUES or low in _CLAIM_NOUNS:
            return True
        if low == "that" and k > ctx.sentence.lo:
            return True  # a content clause: "… that the race was “rigged”"
        as_object = k == ctx.at - 1 or (
            k == ctx.at - 2 and tokens[k + 1].lower in ("a", "an", "the")
        )
        if low == "as" and as_object and k > 0 and tokens[k - 1].lower != "known":
            # "rejected the idea as “ludicrous”", "pounding Trump as a “con artist”"
            return True
        # What ``verb_at`` asks first, asked here: most words start no verb form. A manner
        # is no cue ("Kolisi laughed off the “fake news”").
        if low in VERB_FIRST_WORDS:
            verb = verb_at(tokens, k, headline=False)
            if verb is not None and verb[1] not in MANNER_LEMMAS:
                return True
    return False


# The lemmas that report what someone said: all but a manner ("laughed off the …").
_CUE_LEMMAS = LEMMAS - MANNER_LEMMAS


def _has_cue(ctx: QuoteContext) -> bool:
    """Whether the quotation's sentence reports what someone said, thought or called."""
    for token in ctx.tokens[ctx.sentence.lo : ctx.sentence.hi]:
        if token.is_word and (token.lower in _CUE_WORDS or lemma_of(token.lower) in _CUE_LEMMAS):
            return True
    return False


def is_standalone(ctx: QuoteContext) -> bool:
    """The quotation is a sentence of its own or follows an attribution's comma or colon."""
    tokens, at, lo = ctx.tokens, ctx.at, ctx.sentence.lo
    if at == lo:
        # Unless the writer's sentence goes on from it: "“The Walking Dead” is a drama".
        nxt = tokens[at + 1] if at + 1 < ctx.sentence.hi else None
        return not (
            nxt is not None
            and nxt.is_word
            and not nxt.is_capitalised
            and verb_at(tokens, at + 1, headline=False) is None
            and ctx.last_char not in ".!?,:;…—-"
        )
    prev = tokens[at - 1]
    if prev.text == ":":
        return True
    if prev.text in (",", "—", "–") and verb_between(tokens, ctx.sentence, lo, at):
        return True
    # "X said “…”" with no comma: the quotation is the verb's whole object.
    if verb_at(tokens, at - 1, headline=False) is not None:
        return True
    return tokens[at - 1].text.startswith("¤")
