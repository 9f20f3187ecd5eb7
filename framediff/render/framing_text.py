"""Framing signals as markdown sections (headlines; verbs, voices, names, words)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from framediff.compare import Comparison
from framediff.render.common import marked_diff

Escape = Callable[[str], str]


def _same_group(comparison: Comparison, a: str, b: str) -> bool:
    return any(a in group and b in group for group in comparison.groups)


def _headlines(comparison: Comparison, esc: Escape) -> list[str]:
    framing = comparison.framing
    lines = ["## Headlines", ""]
    for headline in framing.headlines:
        notes = []
        if headline.scare_quotes:
            marked = ", ".join(f"“{esc(s.text)}”" for s in headline.scare_quotes)
            notes.append(f"scare quotes around {marked}")
        if headline.content_words:
            notes.append(
                f"{headline.supported_words} of {headline.content_words} key words appear in "
                "its article"
                + (
                    f" (not: {', '.join(esc(m.text) for m in headline.missing)})"
                    if headline.missing
                    else ""
                )
            )
        label = esc(comparison.label(headline.article))
        lines.append(
            f"- **{label}**: {esc(headline.text)}"
            + (f"  \n  *{'; '.join(notes)}*" if notes else "")
        )
    diffs = [d for d in framing.headline_diffs if _same_group(comparison, d.a, d.b)]
    if diffs:
        lines += ["", "Headlines of the same event, word by word (~~first~~ / **second**):", ""]
        for diff in diffs:
            full = _full_headline_ops(comparison, diff.a, diff.b)
            names = f"{esc(comparison.label(diff.a))} / {esc(comparison.label(diff.b))}"
            lines.append(f"- {names}: {marked_diff(full)}")
    lines.append("")
    return lines


def _full_headline_ops(comparison: Comparison, a: str, b: str):  # type: ignore[no-untyped-def]
    """The whole diff (equal parts included) between two headlines."""
    from framediff.diff import diff_words

    return diff_words(comparison.article(a).title, comparison.article(b).title)


def _signals(comparison: Comparison, esc: Escape) -> list[str]:
    framing = comparison.framing
    label = comparison.label
    lines = ["## Framing signals", ""]

    lines += ["### Attribution verbs", ""]
    lines.append(
        "How each outlet introduces each speaker's words. *Neutral* verbs (said, told) report; "
        "*evaluative* ones (claimed, insisted, bemoaned) suggest a judgement of the words; "
        "*intensifying* ones (warned, slammed, pleaded) add drama."
    )
    lines += [
        "",
        "| Speaker | Outlet | Verb | Class | Quoting | Reporting |",
        "|---|---|---|---|---:|---:|",
    ]
    for row in framing.speaker_verbs:
        lines.append(
            f"| {esc(row.speaker)} | {esc(label(row.article))} | {esc(row.lemma)} "
            f"| {row.verb_class} | {row.quoted} | {row.reported} |"
        )
    shared_families = {f.id for f in comparison.shared_families}
    family_rows = [fv for fv in framing.family_verbs if fv.family in shared_families]
    if family_rows:
        lines += ["", "For each shared quotation:", ""]
        for fv in family_rows:
            uses = "; ".join(
                f"{esc(label(article))} *{esc(', '.join(lemmas))}*"
                for article, lemmas in fv.lemmas.items()
            )
            lines.append(f"- {fv.family} ({esc(fv.speaker or 'speaker unknown')}): {uses}")
    lines.append("")

    lines += ["### Voices: who is quoted, and how much", ""]
    lines += ["| Outlet | Speaker | Quotations | Quoted words |", "|---|---|---:|---:|"]
    for voice in framing.voices:
        lines.append(
            f"| {esc(label(voice.article))} | {esc(voice.speaker or 'unknown')} "
            f"| {voice.quotations} | {voice.words} |"
        )
    sole = [r for r in framing.reach if r.sole and len(comparison.articles) > 1]
    if sole:
        lines += [
            "",
            "Quoted by one outlet only: "
            + "; ".join(f"{esc(r.speaker)} ({esc(', '.join(r.outlets))})" for r in sole)
            + ".",
        ]
    lines += [
        "",
        "How each article's body divides between quotation, reported speech and "
        "the writer's own words:",
        "",
    ]
    lines += [
        "| Outlet | Words | Quotation | Reported speech | Own words |",
        "|---|---:|---:|---:|---:|",
    ]
    for share in framing.shares:
        lines.append(
            f"| {esc(label(share.article))} | {share.words} | {share.quoted_share:.0%} "
            f"| {share.reported_share:.0%} | {share.own_share:.0%} |"
        )
    lines.append("")

    lines += ["### Names and labels", ""]
    for names in framing.names:
        bits = []
        if names.spellings:
            bits.append("spelled " + ", ".join(f"“{esc(s)}”" for s in names.spellings))
        if names.labels:
            bits.append("called " + ", ".join(f"“{esc(s)}”" for s in names.labels))
        if bits:
            lines.append(
                f"- {esc(names.speaker)} in {esc(label(names.article))}: {'; '.join(bits)}"
            )
    lines.append("")

    lines += ["### Loaded and hedging words (in the writer's own voice)", ""]
    lines += ["| Outlet | Loaded | Hedging | Next to a quotation |", "|---|---:|---:|---:|"]
    for counts in framing.lexicon_counts:
        lines.append(
            f"| {esc(label(counts.article))} | {counts.loaded} | {counts.hedging} "
            f"| {counts.loaded_near_quotes + counts.hedging_near_quotes} |"
        )
    own_hits = [h for h in framing.lexicon if not h.in_quote]
    if own_hits:
        lines += [
            "",
            "Where: "
            + "; ".join(f"{esc(label(h.article))} “{esc(h.text)}” ({h.category})" for h in own_hits)
            + ".",
        ]
    lines.append("")
    return lines


def framing_sections(
    comparison: Comparison, esc: Escape, *, part: Literal["headlines", "signals"]
) -> list[str]:
    """The markdown lines of one part of the framing report."""
    return _headlines(comparison, esc) if part == "headlines" else _signals(comparison, esc)
