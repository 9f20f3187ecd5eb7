"""Reported speech: sentences that say what somebody said without quoting it as speech.

"Zelenskyy claimed that NATO wouldn't …", "According to Kyiv, …": the attributions the
extractor finds anyway (it looks for every cue and its subject, to resolve "he said"), kept
for the sentences that hold no quoted speech. A sentence whose cue introduces a quotation
elsewhere ("Stoltenberg said," before a quotation set as its own paragraph) is that
quotation's frame, not reported speech.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Sequence
from itertools import accumulate

from framediff.attribution.names import Mention
from framediff.attribution.subjects import FoundAttribution
from framediff.attribution.verbs import MANNER_LEMMAS
from framediff.model import Article, Quote, ReportedSpeech, Sentence


def reported_speech(
    article: Article,
    quotes: Sequence[Quote],
    found: Sequence[tuple[int, FoundAttribution]],
    resolve: Callable[[Mention, int], str | None],
) -> tuple[ReportedSpeech, ...]:
    """One record per body sentence whose first attribution is not a quotation's frame.

    ``found`` holds (paragraph, attribution) for every cue the extractor found with a
    subject; ``resolve`` turns a subject into a speaker exactly as it does for quotations.
    A sentence with only a quoted fragment is reported speech that borrows a few of the
    speaker's words: its cue is the fragment's, and the record names the fragment.
    """
    body = {p.index for p in article.paragraphs if p.role != "headline"}
    sentences = [s for s in article.sentences if s.paragraph in body]
    starts = [s.start for s in sentences]
    # Speech quotations by start, with the furthest end reached so far: whether one
    # overlaps a sentence is then one bisection.
    speech = sorted((q.start, q.end) for q in quotes if q.kind == "speech")
    speech_starts = [start for start, _ in speech]
    furthest_end = list(accumulate((end for _, end in speech), max))
    quoted_by_cue: dict[int, list[Quote]] = defaultdict(list)
    for quote in quotes:
        if quote.kind != "term" and quote.verb_start is not None:
            quoted_by_cue[quote.verb_start].append(quote)

    in_sentence: dict[int, list[tuple[int, FoundAttribution]]] = defaultdict(list)
    for paragraph, attribution in found:
        if paragraph not in body or attribution.verb is None or attribution.lemma is None:
            continue
        if attribution.lemma in MANNER_LEMMAS:
            continue  # "Kolisi laughed off the proposal": a manner reports no words of its own
        k = bisect_right(starts, attribution.verb_start) - 1
        if k >= 0 and attribution.verb_start < sentences[k].end:
            in_sentence[k].append((paragraph, attribution))

    records: list[ReportedSpeech] = []
    for k in sorted(in_sentence):
        sentence = sentences[k]
        opened = bisect_left(speech_starts, sentence.end)  # speech starting before its end
        if opened and furthest_end[opened - 1] > sentence.start:
            continue
        candidates = sorted(in_sentence[k], key=lambda item: item[1].verb_start)
        owners = [q for _, a in candidates for q in quoted_by_cue.get(a.verb_start, ())]
        if any(not _within(q, sentence) for q in owners):
            continue  # the frame of a quotation set elsewhere
        paragraph, first = candidates[0]
        fragment = next((q for q in owners if q.verb_start == first.verb_start), None)
        speaker = fragment.speaker if fragment is not None else resolve(first.mention, paragraph)
        assert first.verb is not None and first.lemma is not None
        records.append(
            ReportedSpeech(
                article=article.id,
                index=len(records),
                paragraph=paragraph,
                sentence=sentence.index,
                start=sentence.start,
                end=sentence.end,
                speaker=speaker,
                speaker_mention=article.text[first.mention.start : first.mention.end],
                speaker_start=first.mention.start,
                speaker_end=first.mention.end,
                verb=first.verb,
                verb_lemma=first.lemma,
                verb_start=first.verb_start,
                verb_end=first.verb_end,
                quote=fragment.index if fragment is not None else None,
            )
        )
    return tuple(records)


def _within(quote: Quote, sentence: Sentence) -> bool:
    return sentence.start <= quote.start < sentence.end
