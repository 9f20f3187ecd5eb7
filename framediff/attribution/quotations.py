"""Direct quotations: where they are, what kind they are, who said them and how.

``extract_quotes`` finds every span set in quote marks, decides whether it is someone's
speech, a fragment of their words set into the writer's sentence, or a term (scare quotes,
titles, a headline's quoted words), and attributes speech and fragments to a speaker with the
verb the writer chose. ``unify_speakers`` gives one person the same name across outlets.

Marks are read by position, not by shape: curly marks are first mapped to their straight
forms and every decision looks at the surrounding characters only. That makes the result the
same whether an outlet typed “…” or "…" (a requirement, since outlets and pipelines convert
between them), at the price of ignoring the direction a curly mark would tell.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from framediff.attribution.attach import attach_attribution, is_signed, split_utterance
from framediff.attribution.cues import find_verbs
from framediff.attribution.kinds import QuoteContext, quote_kind
from framediff.attribution.marks import find_spans, marked_edits
from framediff.attribution.names import Mention, mention_from_tokens, phrase_before
from framediff.attribution.registry import Resolver, build_registry
from framediff.attribution.sentences import TokenSentence, quote_ends, spans_in, token_sentences
from framediff.attribution.subjects import DASHES, FoundAttribution, attribution_for, clause_subject
from framediff.model import Article, Quote
from framediff.options import QuoteOptions

_DEFAULT_OPTIONS = QuoteOptions()


def extract_quotes(
    article: Article, *, options: QuoteOptions = _DEFAULT_OPTIONS
) -> tuple[Quote, ...]:
    """The quotations of ``article`` in text order, with kinds, speakers and verbs.

    Pure and deterministic; any text at all gives a result (property-tested), unbalanced
    marks included."""
    return _extract(article, options)


def _extract(article: Article, options: QuoteOptions) -> tuple[Quote, ...]:
    text = article.text
    paragraphs = [p for p in article.paragraphs if 0 <= p.start < p.end <= len(text)]
    spans = find_spans(text, paragraphs)
    if not spans:
        return ()
    registry, tokenised = build_registry(text, paragraphs, spans)
    resolver = Resolver(registry, frozenset(re.findall(r"\b[a-z][a-z'’-]+\b", text)))
    by_index = {p.index: p for p in paragraphs}

    # Attribution subjects of every speech verb, quoted or not, for "he said" and for a
    # quotation whose speaker was named in the paragraph before.
    lead_ins: dict[int, FoundAttribution] = {}
    for paragraph in paragraphs:
        tokens, _ = tokenised[paragraph.index]
        headline = paragraph.role == "headline"
        ends = quote_ends(text, spans, paragraph.index)
        sentences = token_sentences(tokens, ends)
        for sentence in sentences:
            for found_verb in find_verbs(tokens, sentence.lo, sentence.hi, headline=headline):
                found = attribution_for(tokens, sentence.lo, sentence.hi, found_verb)
                if found is None:
                    continue
                name = resolver.resolve(found.mention, paragraph.index)
                if name is not None and name[:1].isupper():
                    resolver.note(found.mention.start, paragraph.index, name)
        if sentences and tokens:
            last = sentences[-1]
            if tokens[last.hi - 1].text in (",", ":"):
                verbs = find_verbs(tokens, last.lo, last.hi, headline=headline)
                for found_verb in reversed(verbs):
                    found = attribution_for(tokens, last.lo, last.hi, found_verb)
                    if found is not None:
                        lead_ins[paragraph.index] = found
                        break

    contexts: list[QuoteContext] = []
    for paragraph in paragraphs:
        tokens, where = tokenised[paragraph.index]
        sentences = token_sentences(tokens, quote_ends(text, spans, paragraph.index))
        for n, span in spans_in(spans, paragraph.index):
            at = where[n]
            sentence = next(
                (s for s in sentences if s.lo <= at < s.hi), TokenSentence(0, len(tokens))
            )
            ctx = QuoteContext(span, tokens, at, sentence, text[span.end - 1])
            attach_attribution(ctx, headline=paragraph.role == "headline")
            contexts.append(ctx)

    quotes: list[Quote] = []
    utterance_of: list[int] = []
    speakers: list[tuple[str | None, Mention | None, str | None, str | None]] = []
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

        attribution = ctx.attribution
        speaker: str | None = None
        mention: Mention | None = None
        verb: str | None = None
        lemma: str | None = None
        if kind != "term":
            if attribution is not None:
                mention = attribution.mention
                speaker = resolver.resolve(mention, span.paragraph)
                verb, lemma = attribution.verb, attribution.lemma
            elif utterance != n:
                speaker, mention, verb, lemma = speakers[utterance]
            else:
                inherited = _inherit(ctx, n, contexts, speakers, lead_ins, resolver)
                if inherited is None:
                    inherited = _fallback(ctx, resolver)
                if inherited is not None:
                    speaker, mention, verb, lemma = inherited
        speakers.append((speaker, mention, verb, lemma))
        quotes.append(
            Quote(
                article=article.id,
                index=n,
                text=quoted,
                start=span.start,
                end=span.end,
                kind=kind,
                speaker=speaker,
                speaker_mention=mention.text if mention is not None else None,
                verb=verb,
                verb_lemma=lemma,
                utterance=utterance,
                paragraph=span.paragraph,
                open_mark=text[span.open_at],
                close_mark=text[span.close_at] if span.close_at is not None else "",
                edits=marked_edits(text, span.start, span.end),
                speaker_start=mention.start if mention is not None else None,
                speaker_end=mention.end if mention is not None else None,
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
            quotes[n] = _with_speaker(quote, source)
    for n, quote in enumerate(quotes):
        if quote.speaker is None and quote.kind != "term":
            for other in quotes:
                if other.utterance == quote.utterance and other.speaker is not None:
                    quotes[n] = _with_speaker(quote, other)
                    break
    return tuple(quotes)


def _with_speaker(quote: Quote, other: Quote) -> Quote:
    return replace(
        quote,
        speaker=other.speaker,
        speaker_mention=other.speaker_mention,
        speaker_start=other.speaker_start,
        speaker_end=other.speaker_end,
        verb=other.verb,
        verb_lemma=other.verb_lemma,
    )


def _inherit(
    ctx: QuoteContext,
    n: int,
    contexts: Sequence[QuoteContext],
    speakers: Sequence[tuple[str | None, Mention | None, str | None, str | None]],
    lead_ins: dict[int, FoundAttribution],
    resolver: Resolver,
) -> tuple[str | None, Mention | None, str | None, str | None] | None:
    """A speaker for a quotation with no attribution of its own, from its surroundings."""
    paragraph = ctx.span.paragraph
    # Earlier quotations of the same paragraph ("“…” he said. “…”").
    for k in range(n - 1, -1, -1):
        other = contexts[k]
        if other.span.paragraph != paragraph:
            break
        if speakers[k][0] is not None and not is_signed(other):
            return speakers[k]
    opens_paragraph = ctx.at == 0
    if opens_paragraph:
        # "Stoltenberg responded by stating," with the quotation in the next paragraph.
        before = paragraph - 1
        if before in lead_ins:
            lead = lead_ins[before]
            name = resolver.resolve(lead.mention, before)
            return (name, lead.mention, lead.verb, lead.lemma)
        # The speaker named in the paragraph before: its last attributed quotation.
        for k in range(n - 1, -1, -1):
            other = contexts[k]
            if other.span.paragraph < paragraph - 1:
                break
            if speakers[k][0] is not None and not is_signed(other):
                return speakers[k]
    return None


def _fallback(
    ctx: QuoteContext, resolver: Resolver
) -> tuple[str | None, Mention | None, str | None, str | None] | None:
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
        k = tokens.index(phrase[0]) if phrase else -1
        if phrase and (k == sentence.lo or tokens[k - 1].text in DASHES):
            mention = mention_from_tokens(phrase)
            if mention is not None:
                return resolver.resolve(mention, paragraph), mention, None, None
    if not ctx.standalone:
        # Words set into a sentence whose subject is a person are usually that person's
        # ("Dr. Muhammad Babar pondered who might “testify for our innocence”").
        phrase = clause_subject(tokens, sentence.lo, at)
        mention = mention_from_tokens(phrase)
        if mention is not None and mention.kind != "generic":
            return resolver.resolve(mention, paragraph), mention, None, None
        return None
    position = tokens[at].start
    name = resolver.last_subject(position, paragraph)
    return (name, None, None, None) if name is not None else None
