"""The attribution stage over one article: quotations, reported speech and name mentions.

``attribute`` finds every span set in quote marks, decides whether it is someone's speech, a
fragment of their words set into the writer's sentence, or a term (scare quotes, titles, a
headline's quoted words), and attributes speech and fragments to a speaker with the verb the
writer chose. The same pass finds the sentences that report speech without quoting it, and
the places the article names people, so no later stage reads the text for attribution again.

Marks are read by position, not by shape: curly marks are first mapped to their straight
forms and every decision looks at the surrounding characters only. That makes the result the
same whether an outlet typed “…” or "…" (a requirement, since outlets and pipelines convert
between them), at the price of ignoring the direction a curly mark would tell.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from itertools import pairwise

from framediff.attribution.attach import (
    attach_attribution,
    from_source_label,
    is_signed,
    split_utterance,
)
from framediff.attribution.capitals import capital_runs
from framediff.attribution.described import anchored, unlisted
from framediff.attribution.glosses import nickname_spans, without_script_glosses, without_spans
from framediff.attribution.headline_echo import credit_headline_echoes
from framediff.attribution.inherit import (
    NO_CREDIT,
    Credit,
    credit_of,
    fallback,
    inherit,
    introduced_after,
)
from framediff.attribution.inscriptions import inscribed, read_off_a_thing
from framediff.attribution.kinds import QuoteContext, quote_kind
from framediff.attribution.lexicon import opens_capitalised
from framediff.attribution.marks import QuoteSpan, find_spans, marked_edits, opened_in
from framediff.attribution.mentions import name_mentions
from framediff.attribution.names import Mention
from framediff.attribution.registry_scan import build_registry, is_heading
from framediff.attribution.reported import reported_speech
from framediff.attribution.resolver import Resolver
from framediff.attribution.sentences import (
    TokenSentence,
    sentence_at,
    spans_in,
    verbs_before,
)
from framediff.attribution.subjects import FoundAttribution, attribution_for
from framediff.attribution.tokens import Token, paragraph_words
from framediff.model import (
    Article,
    Attributions,
    MarkedEdit,
    Paragraph,
    Quote,
    QuoteKind,
    record_without_init,
)
from framediff.options import QuoteOptions

_DEFAULT_OPTIONS = QuoteOptions()


def extract_quotes(
    article: Article, *, options: QuoteOptions = _DEFAULT_OPTIONS
) -> tuple[Quote, ...]:
    """The quotations of ``article`` in text order, with kinds, speakers and verbs."""
    return attribute(article, options=options).quotes


def attribute(article: Article, *, options: QuoteOptions = _DEFAULT_OPTIONS) -> Attributions:
    """Every attribution of ``article``: quotations, reported speech, name mentions.

    Pure and deterministic; any text at all gives a result (property-tested), unbalanced
    marks included."""
    text = article.text
    paragraphs = [p for p in article.paragraphs if 0 <= p.start < p.end <= len(text)]
    spans = find_spans(text, paragraphs)
    # Nicknames in marks inside names are no quotations; the rules read past them.
    body = {p.index: (p.start, p.end) for p in paragraphs if p.role != "headline"}
    nicknames = nickname_spans(text, spans, body)
    if nicknames:
        spans = [span for span in spans if span not in nicknames]
    runs = capital_runs(
        text,
        paragraphs,
        min_words=options.capital_run_min_words,
        min_letters=options.capital_run_min_letters,
    )
    # Each paragraph is tokenised once, quotations included: name mentions read these tokens,
    # and the speaker rules the same with each quotation made one token.
    # The rules read the text with names' glosses in other scripts blanked out (glosses.py).
    reading = without_spans(without_script_glosses(text, spans), nicknames)
    words = paragraph_words(reading, paragraphs)
    registry, tokenised, sentences_of = build_registry(
        reading, paragraphs, spans, options.heading_max_tokens, capital_runs=runs, words=words
    )
    for nickname in nicknames:
        # "Sebastião “Tião” Ferreira dos Santos … Tião said": the nickname names the person.
        named = [e for at, e in registry.mentions if nickname.open_at - 40 < at < nickname.open_at]
        if named and " " in named[-1].name:
            registry.define(text[nickname.start : nickname.end], named[-1].name)
    resolver = Resolver(
        registry,
        LowercaseWords(text),
        capital_runs=runs,
        quotation_opened_in=opened_in(spans),
        text=text,
    )

    # Attribution subjects of every speech verb, quoted or not: for "he said", for a
    # quotation whose speaker was named in the paragraph before, and for reported speech.
    lead_ins: dict[int, FoundAttribution] = {}
    found_all: list[tuple[int, FoundAttribution]] = []
    for paragraph in paragraphs:
        tokens, _ = tokenised[paragraph.index]
        headline = paragraph.role == "headline"
        sentences = sentences_of[paragraph.index]
        # The attributions of the paragraph's last sentence, kept for its lead-in below.
        last_found: list[FoundAttribution] = []
        for sentence in sentences:
            last_found = []
            # All the sentence's verbs, kept with it for the rules that ask again per quotation.
            for found_verb in verbs_before(tokens, sentence, sentence.hi, headline=headline):
                found = attribution_for(tokens, sentence.lo, sentence.hi, found_verb)
                if found is None:
                    continue
                last_found.append(found)
                name = speaker_of(resolver, found.mention, paragraph.index)
                if name is None and found.mention.kind == "description":
                    continue  # "the report said": a description nobody was introduced with
                found_all.append((paragraph.index, found))
                if found.mention.kind == "generic" or (
                    found.mention.kind == "description" and name == found.mention.text
                ):
                    # "A deckhand … said", "the deckhand said" of one never named: whom "the
                    # deckhand" and "she" next refer back to.
                    resolver.note_described(found.mention, paragraph.index)
                # "the officer" resolved to "A council officer" is no name to note either.
                written = (name == found.mention.text and unlisted(found.mention)) or (
                    name is not None and name != found.mention.text and resolver.is_described(name)
                )
                if name is not None and opens_capitalised(name) and not written:
                    resolver.note(found.mention.start, paragraph.index, name)
        if sentences and tokens:
            last = sentences[-1]
            if tokens[last.hi - 1].text in (",", ":") and last_found:
                # The attribution of its last verb that has one, as found above.
                lead_ins[paragraph.index] = last_found[-1]

    # Asked once per paragraph: the breaks and the interview's answers both ask it.
    questions = {p.index for p in paragraphs if is_question(tokenised[p.index][0])}
    breaks = tuple(
        sorted(
            p.index
            for p in paragraphs
            if p.index in questions
            or is_heading(tokenised[p.index][0], p, options.heading_max_tokens)
        )
    )
    answers = _interview_answers(
        paragraphs, tokenised, questions, resolver, options.interview_min_answers
    )
    quotes = _quotes(
        article,
        paragraphs,
        spans,
        tokenised,
        sentences_of,
        resolver,
        lead_ins,
        breaks,
        options,
        answers,
    )
    return Attributions(
        article=article.id,
        quotes=quotes,
        reported=reported_speech(
            article, quotes, found_all, lambda mention, at: speaker_of(resolver, mention, at)
        ),
        mentions=name_mentions(article, words=words),
    )


# Words in lower case: ``\b[a-z][a-z'’-]+\b``, with the opening boundary asked after the first
# letter (a word character, so the boundary is a non-word character before it, or none) so
# that the search can skip to the next lowercase letter rather than try every position.
_LOWERCASE_WORD = re.compile(r"[a-z](?<!\w[a-z])[a-z'’-]+\b")
# The characters a match of ``_LOWERCASE_WORD`` is made of, and the shape of every match.
_LOWERCASE_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz'’-")
_LOWERCASE_SHAPE = re.compile(r"[a-z][a-z'’-]+")


class LowercaseWords:
    """``frozenset(_LOWERCASE_WORD.findall(text))`` as the resolver reads it: ``word in``.

    The resolver asks it of a few one-word names an article has, while listing every
    lowercase word of the text costs a regex match per word: so each word asked is answered
    on its own, by matching the text around its lowercase occurrences only, and kept.

    The same answer: the matches are runs of ``_LOWERCASE_CHARS``, and a match never runs
    across a character not among them, so the matches ``findall`` finds inside one maximal
    run of them are those a search from the run's first character finds (the look-behind
    sees the characters before it). A word is among the matches when one starts where the
    word does and ends where it ends."""

    __slots__ = ("_known", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._known: dict[str, bool] = {}

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        known = self._known.get(word)
        if known is None:
            known = self._known[word] = self._found(word)
        return known

    def _found(self, word: str) -> bool:
        if _LOWERCASE_SHAPE.fullmatch(word) is None:
            return False
        text = self._text
        at = text.find(word)
        while at >= 0:
            run = at
            while run > 0 and text[run - 1] in _LOWERCASE_CHARS:
                run -= 1
            for match in _LOWERCASE_WORD.finditer(text, run):
                if match.start() >= at:
                    if match.start() == at and match.end() == at + len(word):
                        return True
                    break
            at = text.find(word, at + 1)
        return False


def _quotes(
    article: Article,
    paragraphs: Sequence[Paragraph],
    spans: Sequence[QuoteSpan],
    tokenised: Mapping[int, tuple[list[Token], dict[int, int]]],
    sentences_of: Mapping[int, list[TokenSentence]],
    resolver: Resolver,
    lead_ins: dict[int, FoundAttribution],
    breaks: Sequence[int],
    options: QuoteOptions,
    answers: Mapping[int, str],
) -> tuple[Quote, ...]:
    text = article.text
    by_index = {p.index: p for p in paragraphs}
    contexts: list[QuoteContext] = []
    quoting = {span.paragraph for span in spans}  # most paragraphs quote nobody
    for paragraph in paragraphs:
        if paragraph.index not in quoting:
            continue
        tokens, where = tokenised[paragraph.index]
        sentences = sentences_of[paragraph.index]
        for n, span in spans_in(spans, paragraph.index):
            at = where[n]
            sentence = sentence_at(sentences, at) or TokenSentence(0, len(tokens))
            ctx = QuoteContext(span, tokens, at, sentence, text[span.end - 1])
            attach_attribution(ctx, headline=paragraph.role == "headline")
            from_source_label(ctx, tokenised, paragraph.index)  # "Source: …", "Quote: “…”"
            contexts.append(ctx)

    following = {a.index: b.index for a, b in pairwise(paragraphs)}

    def next_tokens(index: int) -> list[Token]:
        """The tokens of the paragraph after paragraph ``index``, none after the last."""
        after = following.get(index)
        return tokenised[after][0] if after is not None and after in tokenised else []

    quotes: list[Quote] = []
    utterance_of: list[int] = []
    credits: list[Credit] = []
    last_credited: dict[int, int] = {}  # see inherit
    for n, ctx in enumerate(contexts):
        span = ctx.span
        paragraph = by_index[span.paragraph]
        headline = paragraph.role == "headline"
        quoted = text[span.start : span.end]
        kind = quote_kind(ctx, quoted, headline=headline, options=options)
        utterance = n
        prev = contexts[n - 1] if n else None
        linked = prev is not None and (
            (span.continued and prev.span.continues) or split_utterance(prev, ctx)
        )
        if linked and kind != "term" and (kind == "speech" or quotes[-1].kind == "speech"):
            # A continuation ("…,” he said, “and we will …”) is part of the speech it
            # continues, even when it starts in lower case like a fragment.
            utterance = utterance_of[n - 1]
            kind = "speech"
        utterance_of.append(utterance)

        credit = NO_CREDIT
        if read_off_a_thing(ctx):
            ctx.attribution = None  # "a handwritten notice … reads:": see ``inscribed``
        found = ctx.attribution
        speaker = speaker_of(resolver, found.mention, span.paragraph) if found else None
        if found is not None and speaker is None and found.mention.kind == "description":
            # A description nobody was introduced with: "the senator said" is most often
            # the person just quoted, so the quotation is attributed as if it had no
            # attribution. After an aside ("The surveyor, she said, answered") the
            # description is somebody else, whom the article does not name.
            ctx.attribution = found if found.after_aside else None
        if kind != "term":
            if ctx.attribution is not None:
                credit = credit_of(ctx.attribution, speaker)
            elif utterance != n:
                credit = credits[utterance]
            elif ctx.at == 0 and span.paragraph in answers:
                # The answer to an interviewer's question is the interviewee's.
                credit = Credit(answers[span.paragraph])
            elif inscribed(ctx):
                credit = NO_CREDIT  # the words on a sign or a wall: nobody's, never inherited
            else:
                named_after = introduced_after(ctx, resolver, next_tokens(span.paragraph))
                if named_after is not None and named_after.mention is not None:
                    # Whoever is named so is the subject a later "she said" refers back to
                    # ("Those were the words of Shazia Bibi, … She said she had …").
                    at_mention = named_after.mention.start
                    noted_in = span.paragraph
                    if at_mention >= paragraph.end:
                        noted_in = following.get(span.paragraph, noted_in)
                    if named_after.speaker is not None and opens_capitalised(named_after.speaker):
                        resolver.note(at_mention, noted_in, named_after.speaker)
                credit = (
                    named_after
                    or inherit(
                        ctx,
                        n,
                        contexts,
                        credits,
                        lead_ins,
                        resolver,
                        breaks,
                        options.inherit_max_paragraphs,
                        last_credited,
                    )
                    or fallback(ctx, resolver)
                    or NO_CREDIT
                )
        credits.append(credit)
        if credit.speaker is not None and not is_signed(ctx):
            last_credited[span.paragraph] = n
        mention = credit.mention
        quotes.append(
            _quote(
                article=article.id,
                index=n,
                text=quoted,
                start=span.start,
                end=span.end,
                kind=kind,
                speaker=credit.speaker,
                # As written: the phrase's tokens joined by single spaces are not always
                # the text ("B.B", two spaces, a line break inside the phrase).
                speaker_mention=text[mention.start : mention.end] if mention is not None else None,
                verb=credit.verb,
                verb_lemma=credit.lemma,
                utterance=utterance,
                paragraph=span.paragraph,
                open_mark=text[span.open_at],
                close_mark=text[span.close_at] if span.close_at is not None else "",
                edits=marked_edits(text, span.start, span.end),
                speaker_start=mention.start if mention is not None else None,
                speaker_end=mention.end if mention is not None else None,
                verb_start=credit.verb_start,
                verb_end=credit.verb_end,
            )
        )
    # Parts of one utterance share a speaker. The part with its own attribution names it
    # for the others: a multi-paragraph quotation attributed in its last part ("“…” / “…,”
    # said John Smith") must not keep a speaker guessed for its first part from earlier
    # paragraphs; a first part attributed only by its second ("“…,” he said. “…”") too.
    attributed: dict[int, Quote] = {}
    for n, quote in enumerate(quotes):
        if contexts[n].attribution is not None and quote.speaker is not None:
            attributed.setdefault(quote.utterance, quote)
    for n, quote in enumerate(quotes):
        source = attributed.get(quote.utterance)
        if (
            source is not None
            and quote.kind != "term"
            and contexts[n].attribution is None
            and quote.speaker != source.speaker
        ):
            quotes[n] = quote.credited_as(source)
    # The first part of each utterance with a speaker gives it to the parts without one.
    first_credited: dict[int, Quote] = {}
    for quote in quotes:
        if quote.speaker is not None:
            first_credited.setdefault(quote.utterance, quote)
    for n, quote in enumerate(quotes):
        if quote.speaker is None and quote.kind != "term":
            source = first_credited.get(quote.utterance)
            if source is not None:
                quotes[n] = quote.credited_as(source)
    headlines = {p.index for p in paragraphs if p.role == "headline"}
    return tuple(credit_headline_echoes(quotes, headlines))


def _interview_answers(
    paragraphs: Sequence[Paragraph],
    tokenised: Mapping[int, tuple[list[Token], dict[int, int]]],
    questions: AbstractSet[int],
    resolver: Resolver,
    min_answers: int,
) -> dict[int, str]:
    """The paragraphs of a question-and-answer interview that answer a question, with the
    interviewee: the person the introduction names (the first person named in full before
    the first question). An answer is a paragraph that opens with a quotation right after a
    question of the interviewer's (one of ``questions``, the paragraphs ``is_question``
    holds); an article is an interview when it has at least ``min_answers`` of them. Empty
    when it is not, or nobody is named."""
    answered: list[int] = []
    first_question: Paragraph | None = None
    for before, paragraph in pairwise(paragraphs):
        tokens = tokenised[paragraph.index][0]
        if before.role == "headline" or before.index not in questions:
            continue
        if tokens and tokens[0].text.startswith("¤"):
            answered.append(paragraph.index)
            first_question = first_question or before
    if len(answered) < min_answers or first_question is None:
        return {}
    body = next((p.start for p in paragraphs if p.role != "headline"), first_question.start)
    registry = resolver.registry
    interviewee = next(
        (
            entity.name
            for position, entity in sorted(registry.mentions, key=lambda m: m[0])
            if body <= position < first_question.start
            and " " in entity.name
            and not entity.is_org
            and not entity.is_place
        ),
        None,
    )
    return dict.fromkeys(answered, interviewee) if interviewee is not None else {}


def speaker_of(resolver: Resolver, mention: Mention, paragraph: int) -> str | None:
    """The speaker a mention names: as the resolver finds it, or as written for a
    description anchored by a possessor that nobody was introduced with."""
    name = resolver.resolve(mention, paragraph)
    if name is None and anchored(mention):
        return mention.text
    return name


def is_question(tokens: Sequence[Token]) -> bool:
    """An interviewer's question in the writer's words ("Q: And the tariffs?", a paragraph of
    the writer's own that ends with a question mark): the next answer is someone else's."""
    words = (t for t in tokens if not t.text.startswith("¤"))
    first = next(words, None)
    if first is None:
        return False
    if first.text in ("Q", "Question"):
        second = next(words, None)
        if second is not None and second.text in (":", "."):
            return True
    # The writer's own question mark ends it; a quotation may sit inside ("Your opponent
    # called you “a protest candidate.” Is that fair?"), but not open it.
    return tokens[-1].text == "?" and not tokens[0].text.startswith("¤")


def _quote(
    *,
    article: str,
    index: int,
    text: str,
    start: int,
    end: int,
    kind: QuoteKind,
    speaker: str | None,
    speaker_mention: str | None,
    verb: str | None,
    verb_lemma: str | None,
    utterance: int,
    paragraph: int,
    open_mark: str,
    close_mark: str,
    edits: tuple[MarkedEdit, ...],
    speaker_start: int | None,
    speaker_end: int | None,
    verb_start: int | None,
    verb_end: int | None,
) -> Quote:
    """``Quote(...)``, made without the frozen dataclass's ``__init__`` (an
    ``object.__setattr__`` call per field, nineteen of them): an article makes a quotation
    for every pair of marks. The instance holds the same fields in the same order (tested)."""
    return record_without_init(
        Quote,
        article=article,
        index=index,
        text=text,
        start=start,
        end=end,
        kind=kind,
        speaker=speaker,
        speaker_mention=speaker_mention,
        verb=verb,
        verb_lemma=verb_lemma,
        utterance=utterance,
        paragraph=paragraph,
        open_mark=open_mark,
        close_mark=close_mark,
        edits=edits,
        speaker_start=speaker_start,
        speaker_end=speaker_end,
        verb_start=verb_start,
        verb_end=verb_end,
    )
