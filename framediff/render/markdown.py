"""The markdown report: for pasting into a lesson, rendered by GitHub or pandoc.

Every word that comes from an article passes through ``escape_markdown``, so an article's
own markup (links, HTML, emphasis, ``$`` signs) shows as text and does nothing. Differences
are marked in ways that survive black-and-white printing: ~~struck through~~ for words only
the first version has, **bold** for words only the second has.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from framediff import __version__
from framediff.align import QuoteFamily
from framediff.compare import Comparison
from framediff.model import Article
from framediff.render.common import (
    KIND_LABELS,
    PAIR_NOTE,
    SERIOUS_KINDS,
    changes,
    count_kinds,
    describe_change,
    describe_credits,
    marked_diff,
    quoting,
    shorten,
)
from framediff.render.escape import escape_markdown as esc
from framediff.render.framing_text import framing_sections


def _cite(article: Article) -> str:
    bits = [f"*{esc(article.label)}*", f"“{esc(article.title)}”"]
    if article.date:
        bits.append(esc(article.date))
    if article.url:
        bits.append(f"<{article.url}>" if _safe_url(article.url) else esc(article.url))
    return ", ".join(bits)


def _safe_url(url: str) -> bool:
    return url.startswith(("http://", "https://")) and not any(c in url for c in "<> \"'`")


def _overview(comparison: Comparison) -> list[str]:
    readability = comparison.framing.readability_by_article()
    lines = [
        "| Outlet | Headline | Date | Words | Quotations | Reading ease (grade) |",
        "|---|---|---|---:|---:|---|",
    ]
    for article in comparison.articles:
        quotes = comparison.quotation_count(article.id)
        score = readability.get(article.id)
        ease = (
            f"{score.flesch_reading_ease:.0f} ({score.flesch_kincaid_grade:.1f})" if score else "—"
        )
        cells = [comparison.label(article.id), article.title, article.date or "—"]
        lines.append(
            "| " + " | ".join(esc(c) for c in cells) + f" | {len(article.body.split())} "
            f"| {quotes} | {ease} |"
        )
    return lines


def _family_section(comparison: Comparison, family: QuoteFamily) -> list[str]:
    speaker = esc(family.speaker or "Speaker unknown")
    lines = [f"### {family.id}. {speaker}: “{esc(shorten(family.text, 80))}”", ""]
    outlets = ", ".join(esc(comparison.label(a)) for a in family.articles)
    lines.append(f"Quoted by {outlets}.")
    lines.append("")
    differs = family.attribution_differs
    if differs:
        credits = describe_credits(family, comparison.label, escape=esc)
        lines += [f"⚠ **Attribution differs:** {credits}.", ""]
    lines.append("| Outlet |" + (" Credits |" if differs else "") + " Verb | Kind | Their words |")
    lines.append("|---|" + ("---|" if differs else "") + "---|---|---|")
    for member in family.first_members():
        words = family.rendering(member.article) or member.text
        credit = family.credit(member.article)
        who = f" {esc(credit.speaker or 'no one')} |" if differs and credit else ""
        lines.append(
            f"| {esc(comparison.label(member.article))} |{who} {esc(member.verb or '—')} "
            f"| {member.kind} | “{esc(words)}” |"
        )
    for diff in family.diffs:
        label_a, label_b = comparison.label(diff.a), comparison.label(diff.b)
        found = changes(diff.ops)
        lines.append("")
        if not found:
            lines.append(f"**{esc(label_a)} and {esc(label_b)}** quote the same words exactly.")
            continue
        counts = ", ".join(f"{n} × {kind}" for kind, n in count_kinds(diff.ops).items())
        lines.append(f"**{esc(label_a)} → {esc(label_b)}** ({counts}):")
        lines.append("")
        lines.append(f"> {marked_diff(diff.ops)}")
        lines.append("")
        for op in found:
            flag = "⚠ " if op.kind in SERIOUS_KINDS else ""
            what = describe_change(op, label_a, label_b, limit=90, escape=esc)
            lines.append(f"- {flag}**{op.kind}** ({KIND_LABELS[op.kind]}): {what}")
    lines.append("")
    lines.append(
        "Sources: " + "; ".join(_cite(comparison.article(a)) for a in family.articles) + "."
    )
    return lines


def _bullets(items: Iterable[str]) -> list[str]:
    return [f"- {item}" for item in items]


def render_markdown(comparison: Comparison) -> str:
    """The whole comparison as a markdown document."""
    shared = comparison.shared_families
    story = next((a.story for a in comparison.articles if a.story), None)
    title = comparison.headline
    out: list[str] = [f"# {title}" + (f": {esc(story)}" if story else ""), ""]
    out.append(
        f"*Made with framediff {__version__}. Quotations are the articles' own words, after "
        "page furniture (banners, links, captions) was removed; the JSON report gives the "
        "character offsets of each one.*"
    )
    out += ["", "## The articles", "", *_overview(comparison), ""]
    if len(comparison.groups) > 1:
        out.append(
            "The articles cover more than one event; framediff compares them within these groups:"
        )
        out.append("")
        for number, group in enumerate(comparison.groups, start=1):
            names = ", ".join(esc(comparison.label(a)) for a in group)
            out.append(f"{number}. {names}")
        out.append("")

    out += framing_sections(comparison, esc, part="headlines")

    out += ["## Shared quotations", ""]
    out.append(
        "How to read the differences: ~~struck through~~ words are only in the first "
        "outlet's version, **bold** words only in the second's. ⚠ marks a change inside the "
        "quoted words themselves (a word changed or left out without a mark)."
    )
    out.append("")
    if not shared:
        out += ["No quotation appears in more than one outlet.", ""]
    for family in shared:
        out += [*_family_section(comparison, family), ""]

    out += ["## Quotation in one outlet, paraphrase in another", ""]
    if comparison.paraphrase_links:
        for link in comparison.paraphrase_links:
            out.append(
                f"- {esc(comparison.label(link.quote_article))} quotes: "
                f"“{esc(link.quote_text)}”  \n  {esc(comparison.label(link.paraphrase_article))} "
                f"paraphrases: {esc(link.paraphrase_text)} *(match {link.score:.2f})*"
            )
    else:
        out.append("None found.")
    out.append("")

    out += ["## What each outlet adds", ""]
    out += _per_article(
        comparison,
        [(a.article, quoting(a, escape=esc) + esc(a.text)) for a in comparison.alignment.added],
        "Sentences that no other outlet in the group has.",
    )
    out += ["## What each outlet leaves out", ""]
    out += _per_article(
        comparison,
        [
            (
                o.article,
                f"{quoting(o, escape=esc)}{esc(o.text)} "
                f"*(in {', '.join(esc(comparison.label(p)) for p in o.present_in)})*",
            )
            for o in comparison.informative_omissions
        ],
        "Sentences other outlets in the group have and this one does not. " + PAIR_NOTE,
    )
    out += ["## Recycled text", ""]
    if comparison.alignment.recycled:
        for item in comparison.alignment.recycled:
            names = " and ".join(esc(comparison.label(a)) for a in item.articles)
            out.append(f"- {names} *(similarity {item.score:.2f})*: {esc(item.texts[0])}")
    else:
        out.append("No near-identical sentences across outlets.")
    out.append("")

    alone = [f for f in comparison.families if not f.shared]
    out += ["## Quoted by one outlet only", ""]
    out += _bullets(
        f"{esc(comparison.label(f.members[0].article))}: {esc(f.speaker or 'speaker unknown')}, "
        f"“{esc(shorten(f.text, 200))}”"
        for f in alone
    ) or ["None."]
    out.append("")
    out += _original_section(comparison)
    out += framing_sections(comparison, esc, part="signals")
    out += _how_it_decided(comparison)
    return "\n".join(out).rstrip() + "\n"


def _original_section(comparison: Comparison) -> list[str]:
    """With ``--original``: how far each outlet's version of each quotation is from it."""
    if comparison.original is None:
        return []
    lines = [
        "## Distance to the original",
        "",
        f"Base text: “{esc(comparison.original.title)}”. 0 is word for word; 1 shares nothing.",
        "",
        "| Quotation | Outlet | Distance | Closest words of the original |",
        "|---|---|---:|---|",
    ]
    for match in comparison.original_matches:
        lines.append(
            f"| {esc(match.family)} | {esc(comparison.label(match.article))} "
            f"| {match.distance:.2f} | “{esc(shorten(match.text, 120))}” |"
        )
    return [*lines, ""]


def _per_article(comparison: Comparison, items: Sequence[tuple[str, str]], note: str) -> list[str]:
    lines = [f"*{note}*", ""]
    any_items = False
    for article in comparison.articles:
        mine = [text for aid, text in items if aid == article.id]
        if not mine:
            continue
        any_items = True
        lines.append(f"**{esc(comparison.label(article.id))}** ({len(mine)})")
        lines.append("")
        lines += _bullets(mine)
        lines.append("")
    if not any_items:
        lines += ["None.", ""]
    return lines


def _how_it_decided(comparison: Comparison) -> list[str]:
    align = comparison.options.align
    return [
        "## How framediff decided",
        "",
        "- A *quotation* is text between quote marks that someone is reported to have said; "
        "scare quotes, titles and nicknames are not counted as quotations.",
        "- Two outlets quote the *same words* when they share a stretch of at least "
        f"{align.family_min_shared_words} words, at least {align.family_min_fidelity:.0%} "
        "of them the same, that reaches the ends of one quotation and weighs enough by how "
        "rare its words are in the story; transcription variants (it's / it is, gonna / "
        "going to) are forgiven, and different speakers only raise the bar.",
        f"- A sentence is *shared* at similarity {align.shared_threshold:.2f} or more, "
        f"*reworded* from {align.reworded_threshold:.2f}, otherwise it is *unique* (context "
        "only that outlet adds).",
        f"- A quotation is linked to a *paraphrase* at a match score of "
        f"{align.paraphrase_threshold:.2f} or more; sentences are *recycled* at "
        f"{align.recycled_threshold:.2f} or more.",
        "- Readability is the Flesch reading ease (0–100, higher is easier) and the US school "
        "grade of the body text.",
        "",
        "See docs/how-it-decides.md in framediff for the reasons behind each number.",
    ]
