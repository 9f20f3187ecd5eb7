"""Which attribution belongs to a quotation, and which quotations are one utterance."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping, Sequence
from operator import itemgetter

from framediff.attribution.clauses import quoted_as_saying
from framediff.attribution.cues import verb_at
from framediff.attribution.kinds import QuoteContext, is_standalone
from framediff.attribution.names import is_phrase_word, mention_from_tokens
from framediff.attribution.phrase_after import phrase_after
from framediff.attribution.sentences import TokenSentence, verbs_before
from framediff.attribution.subjects import FoundAttribution, attribution_for, signature
from framediff.attribution.tokens import Token, first_at
from framediff.attribution.verbs import MANNER_LEMMAS


def attach_attribution(ctx: QuoteContext, *, headline: bool) -> None:
    tokens, at, sentence = ctx.tokens, ctx.at, ctx.sentence
    after_lo = at + 1
    while after_lo < sentence.hi and tokens[after_lo].text in (",", "—", "–", "-"):
        after_lo += 1
    # A manner ("he grinned", "she laughs") attributes only as the tag right after words that
    # open the sentence and close with a comma, "?" or "!", never "laughed off the …".
    after_verbs = [
        v
        for v in verbs_after(tokens, sentence, after_lo, headline=headline)
        if v[1] not in MANNER_LEMMAS
        or (at == sentence.lo and _manner_tag(tokens, at, ctx.last_char, after_lo, v))
    ]
    after: FoundAttribution | None = None
    far = False  # the attribution found closes the sentence beyond the usual reach
    for verb in _outside_relatives(tokens, after_lo, after_verbs)[:1]:
        # A participle after the quotation ("…,” saying …) shares the sentence's subject.
        participle = verb[0].lower().endswith("ing")
        found = attribution_for(tokens, sentence.lo if participle else after_lo, sentence.hi, verb)
        if found is None:
            continue
        # The speaker phrase must follow the quotation at once, give or take a few words
        # the phrase reader leaves out ("DoubleLine Capital portfolio manager Bonnie Baha").
        gap = [t for t in tokens[after_lo : verb[2]] if t.end <= found.mention.start]
        inverted = found.mention.start > tokens[verb[2]].start and tokens[verb[2] - 1].text == ","
        # A role with the name in apposition: "“…,” Sanders's campaign manager, Jeff Weaver,
        # said".
        appositive = (
            0 < len(gap) <= 8
            and gap[-1].text == ","
            and all(
                is_phrase_word(t)
                or t.text == ","
                or (t.is_word and gap[0].lower in ("the", "a", "an"))
                for t in gap
            )
        )
        if (
            verb[2] == after_lo
            or (len(gap) <= 4 and all(t.is_word for t in gap))
            or appositive
            or inverted
            or _closing_attribution(tokens, found, verb, sentence)
        ):
            # Inverted after the writer's words ("“…” that Sanders can win, said Kunin").
            after = found
            far = _clause_verb_at(tokens, after_lo, verb[2]) - after_lo > _AFTER_REACH
    before_verbs = [
        v
        for v in verbs_before(tokens, sentence, at, headline=headline)
        if v[1] not in MANNER_LEMMAS
    ]
    before: FoundAttribution | None = None
    for verb in reversed(before_verbs):
        before = attribution_for(tokens, sentence.lo, at, verb)
        if before is not None:
            break
    ctx.has_verb = bool(after_verbs or before_verbs)
    ctx.standalone = is_standalone(ctx)
    if far and before is not None:
        # The quotation's own verb before it wins over an attribution closing the sentence
        # far after ("which Mayor Brandon Johnson called “…” …, the budget office said").
        ctx.attribution = before
    elif after is not None and (ctx.standalone or before is None):
        ctx.attribution = after
    else:
        ctx.attribution = before or after
    if ctx.attribution is None:
        ctx.attribution = signature(tokens, at)


def _manner_tag(
    tokens: Sequence[Token],
    at: int,
    last_char: str,
    after_lo: int,
    verb: tuple[str, str, int, int],
) -> bool:
    """Whether a manner verb is the quotation's tag: its words close with a comma, "?" or
    "!" inside the marks (``last_char``) or a comma right after them, as French and Spanish
    print it ("«…», sighs Gaoussou Traoré"); the verb comes within a speaker's few words of
    them, and no "off", "with" or "at" follows it ("shrugged off", "sighed with relief")."""
    comma_after = at + 1 < len(tokens) and tokens[at + 1].text == ","
    if (last_char not in (",", "?", "!") and not comma_after) or verb[2] - after_lo > _MANNER_REACH:
        return False
    after = tokens[verb[3] + 1].lower if verb[3] + 1 < len(tokens) else ""
    return after not in ("off", "with", "at")


# How many words a speaker may take between a quotation and its manner ("he grinned", "the
# former schoolteacher laughed").
_MANNER_REACH = 4


def _outside_relatives(
    tokens: Sequence[Token], after_lo: int, verbs: list[tuple[str, str, int, int]]
) -> list[tuple[str, str, int, int]]:
    """The verbs after a quotation less those of a relative clause about its speaker, when
    a verb follows them ("“…,” Ms Perera, who has repeatedly said the plan would fail, told
    …", "an official who spoke on condition of anonymity told AFP"): the relative's verb
    says what the speaker did elsewhere, the later one who spoke the quotation."""
    if len(verbs) < 2:
        return verbs
    kept = []
    for n, verb in enumerate(verbs):
        if n + 1 < len(verbs) and _in_relative(tokens, after_lo, verb[2]):
            continue
        kept.append(verb)
    return kept


def _in_relative(tokens: Sequence[Token], lo: int, at: int) -> bool:
    """Whether ``tokens[at]`` is inside a relative clause opened by "who" or "whose" after
    ``lo`` and not yet closed by a comma."""
    for k in range(at - 1, lo - 1, -1):
        if tokens[k].text == ",":
            return False
        if tokens[k].lower in _RELATIVES:
            return k > lo
        if not tokens[k].is_word:
            return False
    return False


_RELATIVES = frozenset(("who", "whose"))


def verbs_after(
    tokens: Sequence[Token], sentence: TokenSentence, after_lo: int, *, headline: bool
) -> list[tuple[str, str, int, int]]:
    """The verbs that may attribute a quotation whose words after it start at
    ``tokens[after_lo]``: those whose clause's verb starts within 16 tokens, or that
    close the sentence after a comma however far (wire style: "There is “no reason for
    panic” after …, Civil Protection chief Marco Bellandi said Tuesday."), with no
    quotation before them.

    They are the sentence's verbs from ``after_lo`` on, read once for the whole sentence
    (``verbs_before``): a scan from ``after_lo`` finds the same ones when the token before
    it (the quotation, a comma or a dash) is no word, as no verb then runs across it."""
    verbs = verbs_before(tokens, sentence, sentence.hi, headline=headline)
    return [
        v
        for v in verbs[bisect_left(verbs, after_lo, key=_first_token) :]
        if (
            _clause_verb_at(tokens, after_lo, v[2]) - after_lo <= _AFTER_REACH
            or _closes(tokens, sentence, v)
        )
        and not any(tokens[k].text.startswith("¤") for k in range(after_lo, v[2]))
    ]


# How many tokens after a quotation its attribution's verb may start, unless the
# attribution closes the sentence (``_closes``).
_AFTER_REACH = 16


def _closes(
    tokens: Sequence[Token], sentence: TokenSentence, verb: tuple[str, str, int, int]
) -> bool:
    """Whether the verb closes its sentence after a comma and a speaker: a few words (a
    name, a title) between the comma and the verb, and at most a few ("Tuesday", "in a
    statement") before the sentence's end."""
    tail = tokens[verb[3] + 1 : sentence.hi]
    if len(tail) > 7 or not all(t.is_word or t.text in (".", "!", "?") for t in tail):
        return False
    for k in range(verb[2] - 1, max(sentence.lo, verb[2] - 10), -1):
        if tokens[k].text == ",":
            return k < verb[2] - 1
        if not tokens[k].is_word:
            return False
    return False


def _clause_verb_at(tokens: Sequence[Token], after_lo: int, first: int) -> int:
    """Where the verb of the clause whose cue is at ``tokens[first]`` starts: the cue, or
    the "was" of "was quoted (by the agency) as saying", whose subject is as near."""
    if tokens[first].lower.endswith("ing"):
        quoted = quoted_as_saying(tokens, after_lo, first)
        if quoted is not None:
            return quoted
    return first


def _closing_attribution(
    tokens: Sequence[Token],
    found: FoundAttribution,
    verb: tuple[str, str, int, int],
    sentence: TokenSentence,
) -> bool:
    """Whether the attribution closes the sentence after the writer's words ("“…” than that
    of the CIA chief, Zuckoff said."): a comma, the speaker and the verb end it, and a short
    "in an interview" may follow."""
    # The token the mention starts at, by bisection (tokens are in text order, no two start
    # at one offset); a mention may start at no token's start.
    start = first_at(tokens, found.mention.start)
    if (
        start == len(tokens)
        or tokens[start].start != found.mention.start
        or start == 0
        or tokens[start - 1].text != ","
    ):
        return False
    tail = tokens[verb[3] + 1 : sentence.hi]
    return len(tail) <= 7 and all(t.is_word or t.text in (".", "!", "?") for t in tail)


_first_token = itemgetter(2)


def split_utterance(prev: QuoteContext, ctx: QuoteContext) -> bool:
    """“…,” he said. “…” (or “…,” he said, “…”): one utterance split by its attribution."""
    if prev.span.paragraph != ctx.span.paragraph:
        return False
    # In the comma form the attribution between the parts is found for both of them; any
    # other attribution of the second part makes it a new utterance.
    if ctx.attribution is not None and not (
        prev.attribution is not None
        and ctx.attribution.verb_start == prev.attribution.verb_start
        and prev.span.end < ctx.attribution.verb_start < ctx.span.start
    ):
        return False
    tokens = ctx.tokens
    between = tokens[prev.at + 1 : ctx.at]
    if not between or len(between) > 24:
        return False
    if any(t.text.startswith("¤") for t in between):
        return False
    has_verb = any(verb_at(tokens, k, headline=False) for k in range(prev.at + 1, ctx.at))
    # Only the attribution sits between the parts: no second sentence of the writer's own.
    stops = [t for t in between if t.text in (".", "!", "?")]
    return has_verb and len(stops) <= 1 and (not stops or stops[0] is between[-1])


def is_signed(ctx: QuoteContext) -> bool:
    """A quotation signed after a dash: the signature names its speaker and nobody else's."""
    return ctx.attribution is not None and ctx.attribution.verb is None


def from_source_label(
    ctx: QuoteContext, paragraph_tokens: Mapping[int, tuple[Sequence[Token], object]], index: int
) -> None:
    """Ukrainska Pravda's layout: a paragraph "Source: Mykola Horbenko, Head of …, on
    Telegram", then "Quote: “…”". A quotation right after a "Quote:" label, with no
    attribution of its own, is the speaker the last "Source:" line of the two paragraphs
    before paragraph ``index`` names (``paragraph_tokens``: each paragraph's tokens)."""
    tokens = ctx.tokens
    if (
        ctx.attribution is not None
        or ctx.at != 2
        or tokens[0].text != "Quote"
        or tokens[1].text != ":"
    ):
        return
    for k in (index - 1, index - 2):
        source = paragraph_tokens[k][0] if k in paragraph_tokens else ()
        if len(source) > 2 and source[0].text == "Source" and source[1].text == ":":
            mention = mention_from_tokens(phrase_after(source, 2))
            if mention is not None and mention.kind == "name":
                ctx.attribution = FoundAttribution(
                    mention, "Source:", "according to", source[0].start, source[1].end
                )
            return
