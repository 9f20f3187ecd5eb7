"""Sentences over a paragraph's tokens, with each quotation standing as one token."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import compress, count
from operator import attrgetter, itemgetter, not_

from framediff.attribution.cues import find_verbs, verb_at
from framediff.attribution.marks import QuoteSpan, is_doubled_mark
from framediff.attribution.tokens import Token, tokenize, tokens_within
from framediff.model import Paragraph


@dataclass
class TokenSentence:
    lo: int
    hi: int
    # What the rules ask of the whole sentence for each of its quotations, read once: its
    # attribution verbs (by headline flag) and where any verb form starts. A sentence of
    # thousands of quotations is then not read again for each one.
    _verbs: dict[bool, list[tuple[str, str, int, int]]] = field(
        default_factory=dict, repr=False, compare=False
    )
    _verb_starts: list[int] | None = field(default=None, repr=False, compare=False)


def verbs_before(
    tokens: Sequence[Token], sentence: TokenSentence, at: int, *, headline: bool
) -> list[tuple[str, str, int, int]]:
    """``find_verbs(tokens, sentence.lo, at)``, from one reading of the whole sentence.

    The same: both scans start at ``sentence.lo`` and a verb is at most two tokens long, so
    they agree on every verb that ends before ``at``."""
    verbs = sentence._verbs.get(headline)
    if verbs is None:
        verbs = sentence._verbs[headline] = find_verbs(
            tokens, sentence.lo, sentence.hi, headline=headline
        )
    return verbs[: bisect_left(verbs, at, key=_last_token)]


_last_token = itemgetter(3)  # a key read in C, not a Python call per bisection step


def verb_between(tokens: Sequence[Token], sentence: TokenSentence, lo: int, hi: int) -> bool:
    """Whether a verb form (``verb_at``, outside a headline) starts at a token of
    ``lo … hi - 1``, inside ``sentence``."""
    if sentence._verb_starts is None:
        sentence._verb_starts = [
            k
            for k in range(sentence.lo, sentence.hi)
            if verb_at(tokens, k, headline=False) is not None
        ]
    starts = sentence._verb_starts
    k = bisect_left(starts, lo)
    return k < len(starts) and starts[k] < hi


_ENDS = frozenset((".", "!", "?", "…"))
_is_word = attrgetter("is_word")  # read in C, not a Python call per token


def token_sentences(tokens: Sequence[Token], last_chars: dict[int, str]) -> list[TokenSentence]:
    """Sentence ranges over a paragraph's tokens; a quotation is one token.

    A quotation ending in . ! or ? ends the sentence unless an attribution follows it
    (“Can we get seven?” Zelenskyy said)."""
    result: list[TokenSentence] = []
    lo = 0
    depth = 0
    # Only brackets, sentence ends and quotations are read, no word: the other tokens'
    # indices are picked in C, so the loop below never meets a word.
    for i in compress(count(), map(not_, map(_is_word, tokens))):
        token = tokens[i]
        text = token.text
        if text == "(":
            depth += 1
        elif text == ")" and depth:
            depth -= 1  # never below zero: a stray ")" opens nothing
        boundary = False
        if text in _ENDS and depth == 0:
            nxt_token = tokens[i + 1] if i + 1 < len(tokens) else None
            # "(R-Fla.)", "state.gov" and "no. 2" do not end sentences.
            boundary = not (
                nxt_token is not None
                and (
                    nxt_token.text in (")", ",", ";")
                    or nxt_token.text[:1].islower()
                    # "Dh4.5 million", "Rs1.2 crore": a decimal point after a currency's
                    # letters, glued to the digits on both sides.
                    or (
                        i > 0
                        and nxt_token.start == token.end
                        and nxt_token.text[:1].isdigit()
                        and tokens[i - 1].end == token.start
                    )
                )
            )
        if text.startswith("¤") and last_chars.get(token.start, "") in (".", "!", "?", "…"):
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if nxt is not None and (nxt.is_capitalised or nxt.text.startswith("¤")):
                # An attribution may follow after an appositive ("“…!” Murphy, the head of
                # Right to Rise USA, tweeted"), so look to the next full stop.
                window = []
                for j in range(i + 1, min(len(tokens), i + 17)):
                    if tokens[j].text in (".", "!", "?") or tokens[j].text.startswith("¤"):
                        break
                    window.append(j)
                if len(window) > 5 and not any(tokens[j].text == "," for j in window[:6]):
                    window = window[:5]  # no appositive: the verb must come at once
                # "“… my home.” Her daughter added, “We were not asked.”": an attribution that
                # ends in a comma or colon before the next quotation introduces that one.
                end = window[-1] if window else i
                opens_next = (
                    tokens[end].text in (",", ":")
                    and end + 1 < len(tokens)
                    and tokens[end + 1].text.startswith("¤")
                )
                boundary = opens_next or not any(_attributes(tokens, j) for j in window)
        if boundary:
            result.append(TokenSentence(lo, i + 1))
            lo = i + 1
    if lo < len(tokens):
        result.append(TokenSentence(lo, len(tokens)))
    return result


# Words that open a clause of its own after a speech verb: "“…” The ministry said it had
# not issued the message" reports a new statement rather than crediting the quotation.
_CLAUSE_SUBJECTS = frozenset(("that", "it", "he", "she", "they", "we", "there", "i", "you"))


def _attributes(tokens: Sequence[Token], j: int) -> bool:
    """Whether a speech verb at ``tokens[j]`` can credit the quotation just before it: it
    is one, and no clause of its own follows it ("said it had", "said that", "said he
    would": a subject and then a word)."""
    verb = verb_at(tokens, j, headline=False)
    if verb is None:
        return False
    after = verb[2] + 1
    return not (
        after + 1 < len(tokens)
        and tokens[after].lower in _CLAUSE_SUBJECTS
        and (tokens[after].lower == "that" or tokens[after + 1].is_word)
    )


def paragraph_tokens(
    text: str,
    paragraph: Paragraph,
    spans: Sequence[QuoteSpan],
    words: list[Token] | None = None,
) -> tuple[list[Token], dict[int, int]]:
    """Tokens of a paragraph with each quotation (marks included) as one "¤" token.

    Returns the tokens and, for each span index, the index of its token. ``words``, when
    given, are the tokens of the whole paragraph, quotations included."""
    found = spans_in(spans, paragraph.index)
    if not found:
        # Most paragraphs quote nobody: their tokens are the words as they are, not copied
        # again into a list of their own.
        return _tokens_of(text, paragraph.start, paragraph.end, words), {}
    tokens: list[Token] = []
    where: dict[int, int] = {}
    cursor = paragraph.start
    for n, span in found:
        close = span.close_at + 1 if span.close_at is not None else paragraph.end
        begin = span.open_at
        if begin - 1 >= cursor and is_doubled_mark(text[begin - 1], text[begin]):
            begin -= 1  # the first half of a doubled mark ('')
        tokens.extend(_tokens_of(text, cursor, begin, words))
        where[n] = len(tokens)
        tokens.append(Token("¤", begin, close))
        cursor = close
    tokens.extend(_tokens_of(text, cursor, paragraph.end, words))
    return tokens, where


def _tokens_of(text: str, start: int, end: int, words: list[Token] | None) -> list[Token]:
    """``tokenize(text, start, end)``, taken from ``words`` (the tokens of a stretch holding
    ``start … end``) where they can be (``tokens_within``)."""
    return tokenize(text, start, end) if words is None else tokens_within(text, start, end, words)


def spans_in(spans: Sequence[QuoteSpan], paragraph: int) -> list[tuple[int, QuoteSpan]]:
    """(index, span) of the spans of one paragraph. ``spans`` are in paragraph order, as
    ``find_spans`` gives them, so the paragraph's run is found by bisection."""
    lo = bisect_left(spans, paragraph, key=_paragraph_of)
    if lo == len(spans) or spans[lo].paragraph != paragraph:
        return []  # most paragraphs quote nobody: no second search
    hi = bisect_right(spans, paragraph, lo=lo, key=_paragraph_of)
    return list(enumerate(spans[lo:hi], lo))  # the pairs made in C


_paragraph_of = attrgetter("paragraph")  # a key read in C, not a Python call per bisection step


def sentence_at(sentences: Sequence[TokenSentence], at: int) -> TokenSentence | None:
    """The sentence holding token ``at``; sentences are consecutive token ranges."""
    k = bisect_right(sentences, at, key=_sentence_lo) - 1
    if k >= 0 and sentences[k].lo <= at < sentences[k].hi:
        return sentences[k]
    return None


_sentence_lo = attrgetter("lo")  # a key read in C, not a Python call per bisection step


def quote_ends(text: str, spans: Sequence[QuoteSpan], paragraph: int) -> dict[int, str]:
    """The last character inside each quotation of a paragraph, keyed by its open mark.

    A quotation nested at its end is looked through: “I said, ‘This is my home.’ ” ends
    with a full stop, so its sentence ends there too."""
    ends = {}
    for _, span in spans_in(spans, paragraph):
        inner = text[span.start : span.end].rstrip(_NESTED_CLOSERS)
        if inner:
            ends[span.open_at] = inner[-1]
    return ends


# Closing marks and spaces a nested quotation leaves at the end of the one around it.
_NESTED_CLOSERS = "'’‛\"”» \u00a0"
