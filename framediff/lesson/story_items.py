"""Worksheet items built on the articles as a whole: headlines, who is quoted, attribution
verbs that colour a remark, paraphrase, and the verify and reflect steps.

Like ``items``, a builder returns nothing when its signal is absent from the comparison.
"""

from __future__ import annotations

from collections.abc import Sequence

from framediff.compare import Comparison
from framediff.lesson.evidence import (
    FamilyView,
    cite,
    cite_quote,
    confident_speaker,
    sentence_of,
)
from framediff.lesson.records import Citation, KeyEntry, LessonItem, Level, Passage, Table
from framediff.lesson.wording import frames, prompt
from framediff.similarity import content_words


def headline_citation(comparison: Comparison, article_id: str) -> Citation | None:
    article = comparison.article(article_id)
    head = next((p for p in article.paragraphs if p.role == "headline"), None)
    if head is None:
        return None
    return cite(comparison, article_id, head.start, head.end)


def headlines(
    comparison: Comparison, group: Sequence[str], view: FamilyView | None, level: Level
) -> LessonItem | None:
    cited = [c for c in (headline_citation(comparison, a) for a in group) if c]
    if len(cited) < 2:
        return None
    found = {h.article: h for h in comparison.framing.headlines}
    notes = []
    quote_words = set(content_words(view.family.text)) if view else set()
    for citation in cited:
        head = found.get(citation.article)
        shared = [w for w in content_words(citation.words) if w in quote_words]
        bits = []
        if head and head.scare_quotes:
            bits.append(
                "puts "
                + ", ".join(f"‘{s.text}’" for s in head.scare_quotes)
                + " in quotation marks"
            )
        if shared:
            bits.append(f"shares {len(shared)} content words with the quotation")
        if head and head.missing:
            bits.append(
                "uses words its own article does not: "
                + ", ".join(f"“{s.text}”" for s in head.missing)
            )
        notes.append(f"{citation.outlet}: " + ("; ".join(bits) if bits else "no marks"))
    fields = {"s": view.speaker() if view else "the speaker"}
    return LessonItem(
        section="notice",
        signal="headlines",
        prompt=prompt("headlines", level, **fields),
        table=Table(
            ("Article", "Headline (key words)", "Subject", "Words in quotation marks?"),
            tuple(c.outlet for c in cited),
        ),
        answer_lines=0,
        minutes=4,
        key=KeyEntry(
            evidence=tuple(cited),
            finding="; ".join(notes) + ".",
            look_fors=(
                "Copies the headlines accurately and names each one's subject.",
                "Spots words a headline puts in quotation marks.",
            ),
            acceptable=("The subject can be a person, a country or an organisation.",),
            not_shown=("Who wrote the headline: editors, not reporters, often do.",),
            innocent=("Headlines must be short; style guides differ on capitals and marks.",),
            basis="fact",
        ),
    )


def headline_body(comparison: Comparison, view: FamilyView, level: Level) -> LessonItem | None:
    """Headline against the quotation, for an outlet whose headline quotes or marks words."""
    marked = {h.article for h in comparison.framing.headlines if h.scare_quotes}
    pick = next((a for a in view.articles if a in marked), view.articles[0])
    head = headline_citation(comparison, pick)
    if head is None or not view.confident:
        return None
    fields = {"a": comparison.label(pick), "s": view.speaker()}
    scare = next((h for h in comparison.framing.headlines if h.article == pick), None)
    finding = f"{head.outlet}'s headline: “{head.words}”."
    if scare and scare.scare_quotes:
        finding += (
            " It puts "
            + ", ".join(f"‘{s.text}’" for s in scare.scare_quotes)
            + " in quotation marks."
        )
    return LessonItem(
        section="interpret",
        signal="headline_body",
        prompt=prompt("headline_body", level, **fields),
        frames=frames("headline_body", level, **fields),
        evidence_line=True,
        answer_lines=4,
        minutes=4,
        key=KeyEntry(
            evidence=(head, cite_quote(comparison, view.quotes(pick)[0])),
            finding=finding,
            look_fors=(
                "Compares the headline's claim with the full quotation, naming what "
                "the headline keeps, drops or adds.",
            ),
            acceptable=(
                "“The headline matches the quotation.” is a fair answer when the "
                "student shows the matching words.",
            ),
            not_shown=("That the headline misleads: a summary is meant to be shorter.",),
            innocent=(
                "Headline space; quotation marks in headlines often mark a phrase as "
                "someone's words rather than the outlet's.",
            ),
            basis="discussion",
        ),
    )


def voices(comparison: Comparison, group: Sequence[str], level: Level) -> LessonItem | None:
    """Who is quoted by one outlet of the group only, named in its own words."""
    speakers: dict[str, list[str]] = {}
    first_quote: dict[tuple[str, str], Citation] = {}
    for quote in comparison.quotes:
        if quote.article not in group or not quote.is_direct_speech:
            continue
        if not confident_speaker(quote) or not quote.speaker:
            continue
        speakers.setdefault(quote.speaker, [])
        if quote.article not in speakers[quote.speaker]:
            speakers[quote.speaker].append(quote.article)
            first_quote[(quote.speaker, quote.article)] = cite_quote(comparison, quote)
    sole = sorted((s, a[0]) for s, a in speakers.items() if len(a) == 1)
    if not sole or len(group) < 2:
        return None
    evidence = tuple(first_quote[(s, a)] for s, a in sole)
    everywhere = sorted(s for s, a in speakers.items() if len(a) == len(group))
    finding = (
        "Quoted by one article only: "
        + "; ".join(f"{s} ({comparison.label(a)})" for s, a in sole)
        + "."
    )
    if everywhere:
        finding += " Quoted by all: " + ", ".join(everywhere) + "."
    return LessonItem(
        section="notice",
        signal="voices",
        prompt=prompt("voices", level),
        table=Table(
            ("Article", "People or groups quoted"), tuple(comparison.label(a) for a in group)
        ),
        frames=frames("voices", level),
        answer_lines=2 if level != "middle" else 1,
        minutes=5,
        key=KeyEntry(
            evidence=evidence,
            finding=finding,
            look_fors=(
                "Lists speakers from the quotation marks, not people merely mentioned.",
                "Notices who appears in one article only, and their role.",
            ),
            acceptable=(
                "Groups or places quoted as speakers (“Moscow”) count.",
                "Students may list people framediff missed; check them in the text.",
            ),
            not_shown=(
                "That an outlet chose not to ask someone: a source may have declined, "
                "or the article may be an early version.",
            ),
            innocent=("Different deadlines, different reporters' contacts, article length.",),
            basis="fact",
        ),
    )


def connotation(comparison: Comparison, group: Sequence[str], level: Level) -> LessonItem | None:
    """A quotation introduced with a verb that says more than "said"."""
    from framediff.attribution.verbs import lemma_of, verb_class

    for quote in comparison.quotes:
        if quote.article not in group or quote.kind != "speech" or not quote.verb:
            continue
        if quote.verb_start is None:
            continue
        lemma = lemma_of(quote.verb.split()[0].lower())
        if not lemma or verb_class(lemma) == "neutral" or not confident_speaker(quote):
            continue
        article = comparison.article(quote.article)
        start, end = sentence_of(article, quote.verb_start)
        sentence = cite(comparison, quote.article, start, end)
        fields = {"a": sentence.outlet, "v": quote.verb, "s": quote.speaker or "the speaker"}
        return LessonItem(
            section="interpret",
            signal="connotation",
            prompt=prompt("connotation", level, **fields),
            passages=(Passage(sentence.outlet, sentence.paragraph, sentence.words),),
            frames=frames("connotation", level, **fields),
            evidence_line=True,
            answer_lines=3,
            minutes=4,
            key=KeyEntry(
                evidence=(sentence,),
                finding=f"{sentence.outlet} uses “{quote.verb}” ({verb_class(lemma)} verb; "
                "“said” is the neutral one).",
                look_fors=(
                    "Explains what the verb adds: doubt (claimed), conceding "
                    "(admitted, acknowledged), alarm (warned), force (insisted).",
                ),
                acceptable=(
                    "“It feels the same” is acceptable if the student explains why "
                    "the verb fits what was said.",
                ),
                not_shown=(
                    "That the verb is unfair: “denied” fits when there was an "
                    "accusation, “warned” when there was a threat.",
                ),
                innocent=("The verb may describe accurately what the speaker did.",),
                basis="discussion",
            ),
        )
    return None


def paraphrase(comparison: Comparison, group: Sequence[str], level: Level) -> LessonItem | None:
    links = [
        link
        for link in comparison.paraphrase_links
        if link.quote_article in group and link.paraphrase_article in group
    ]
    if not links:
        return None
    link = max(links, key=lambda x: x.score)
    quote = next(
        (
            q
            for q in comparison.quotes
            if q.article == link.quote_article and q.start == link.quote_start
        ),
        None,
    )
    if quote is None or not confident_speaker(quote):
        return None
    q_cite = cite(comparison, link.quote_article, link.quote_start, link.quote_end)
    p_cite = cite(comparison, link.paraphrase_article, link.paraphrase_start, link.paraphrase_end)
    fields = {"a": q_cite.outlet, "b": p_cite.outlet, "s": quote.speaker or "the speaker"}
    return LessonItem(
        section="interpret",
        signal="paraphrase",
        prompt=prompt("paraphrase", level, **fields),
        passages=(
            Passage(
                q_cite.outlet,
                q_cite.paragraph,
                f"{quote.open_mark}{q_cite.words}{quote.close_mark}",
            ),
            Passage(p_cite.outlet, p_cite.paragraph, p_cite.words),
        ),
        frames=frames("paraphrase", level, **fields),
        evidence_line=True,
        answer_lines=4,
        minutes=5,
        key=KeyEntry(
            evidence=(q_cite, p_cite),
            finding=f"{p_cite.outlet} renders {q_cite.outlet}'s quotation in its own words.",
            look_fors=(
                "Names words that changed and what the change does (“want to try” "
                "against “expressed his desire”: tone, certainty, who is speaking).",
                "Sees that in a paraphrase the outlet, not the speaker, chooses the words.",
            ),
            acceptable=(
                "A paraphrase can be shorter and clearer; it can also soften or "
                "sharpen. Either, with evidence.",
            ),
            not_shown=(
                "That the paraphrase is wrong: both may come from one statement, the "
                "paraphrase may be a translation.",
            ),
            innocent=("Translation; a summary of a longer statement.",),
            basis="discussion",
        ),
    )


def trace(comparison: Comparison, view: FamilyView | None, level: Level) -> LessonItem:
    fields = {"s": view.speaker() if view else "the people quoted"}
    return LessonItem(
        section="verify",
        signal="trace",
        prompt=prompt("trace", level, **fields),
        frames=frames("trace", level, **fields),
        answer_lines=3,
        minutes=3,
        key=KeyEntry(
            evidence=view_evidence(comparison, view),
            finding="No original transcript was given, so framediff cannot say which version "
            "is closest to what was said.",
            look_fors=(
                "Names a primary source (the full interview or transcript, an official "
                "video, the speaker's own channels) and a lateral check (other outlets, "
                "a fact-checker).",
            ),
            acceptable=("Any two concrete places, with what each would confirm.",),
            not_shown=("The articles cannot confirm themselves.",),
            innocent=(),
            basis="discussion",
        ),
    )


def view_evidence(comparison: Comparison, view: FamilyView | None) -> tuple[Citation, ...]:
    if view is None:
        return ()
    return tuple(cite_quote(comparison, qs[0]) for _, qs in view.parts)


def one_source(comparison: Comparison, view: FamilyView | None, level: Level) -> LessonItem:
    pick = view.articles[-1] if view else comparison.articles[0].id
    fields = {"a": comparison.label(pick), "s": view.speaker() if view else "the people quoted"}
    return LessonItem(
        section="reflect",
        signal="one_source",
        prompt=prompt("one_source", level, **fields),
        frames=frames("one_source", level, **fields),
        answer_lines=4,
        minutes=4,
        key=KeyEntry(
            evidence=view_evidence(comparison, view),
            finding="A rubric, not one answer.",
            look_fors=(
                "Names something a reader of one article would miss, drawn from earlier items.",
            ),
            acceptable=(
                "Beginning: a general remark (“read more news”).",
                "Developing: names one specific difference.",
                "Strong: names the difference and what a careful reader should do about it.",
            ),
            not_shown=("That either article is wrong.",),
            innocent=(),
            basis="discussion",
        ),
    )


def rewrite(comparison: Comparison, view: FamilyView, level: Level) -> LessonItem | None:
    if level == "middle" or not view.confident:
        return None
    fields = {"s": view.speaker()}
    fullest = view.family.text
    return LessonItem(
        section="reflect",
        signal="rewrite",
        prompt=prompt("rewrite", level, **fields),
        answer_lines=5,
        minutes=5,
        key=KeyEntry(
            evidence=view_evidence(comparison, view),
            finding=f"An exemplar: {view.speaker()} said: “{fullest}”",
            look_fors=(
                "A neutral verb (said, told), the complete quotation, no adjective "
                "that judges the speaker; a headline that states who said what.",
            ),
            acceptable=("Any rewrite that meets the criteria.",),
            not_shown=(),
            innocent=(),
            basis="discussion",
        ),
    )
