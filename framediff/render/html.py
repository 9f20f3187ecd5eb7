"""The HTML report: one self-contained page, outlets side by side, for a projector or print.

No scripts, no external assets (a Content-Security-Policy forbids both), every article
word escaped by the builder. Differences are marked by more than colour: words only in one
version are struck through (the reference) or underlined and boxed (the other), and
changes inside the quoted words carry a ⚠ sign and a label.
"""

from __future__ import annotations

from collections.abc import Sequence

from framediff import __version__
from framediff.align import QuoteFamily
from framediff.compare import Comparison
from framediff.diff import DiffOp
from framediff.render.common import (
    KIND_LABELS,
    PAIR_NOTE,
    SERIOUS_KINDS,
    changes,
    count_kinds,
    describe_change,
    describe_credits,
    quoting,
    shorten,
)
from framediff.render.framing_html import framing_html
from framediff.render.htmlbuild import Child, Markup, el, fragment

STYLE = Markup(
    """
:root { --ink: #111; --paper: #fff; --muted: #555; --rule: #bbb; --del: #b00020;
        --ins: #005a1e; --del-bg: #fde7ea; --ins-bg: #e3f5e8; --warn: #8a4b00; }
* { box-sizing: border-box; }
body { font: 18px/1.5 Georgia, "Times New Roman", serif; color: var(--ink);
       background: var(--paper); margin: 0 auto; max-width: 1400px; padding: 1.5rem; }
h1, h2, h3 { font-family: "Helvetica Neue", Arial, sans-serif; line-height: 1.2; }
h1 { font-size: 2rem; margin-top: 0; }
h2 { font-size: 1.5rem; border-bottom: 2px solid var(--ink); padding-bottom: .2rem;
     margin-top: 2.5rem; }
h3 { font-size: 1.2rem; margin-bottom: .4rem; }
.note, .meta { color: var(--muted); font-size: .9rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border: 1px solid var(--rule); padding: .35rem .5rem; vertical-align: top;
         text-align: left; }
th { background: #f2f2f2; font-family: Arial, sans-serif; font-size: .9rem; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.legend { border: 2px solid var(--ink); padding: .6rem 1rem; margin: 1rem 0; }
.legend span { margin-right: 1.5rem; }
.columns { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(280px, 1fr)); }
.column { border: 1px solid var(--rule); border-top: 6px solid var(--ink); padding: .6rem .8rem; }
.column h4 { margin: 0 0 .3rem; font-family: Arial, sans-serif; font-size: 1rem; }
.family { margin-bottom: 2rem; break-inside: avoid; page-break-inside: avoid; }
del { color: var(--del); background: var(--del-bg); text-decoration: line-through;
      text-decoration-thickness: 2px; }
ins { color: var(--ins); background: var(--ins-bg); text-decoration: underline;
      text-decoration-thickness: 2px; outline: 1px dashed var(--ins); }
del::before { content: "[−"; font-size: .8em; } del::after { content: "]"; font-size: .8em; }
ins::before { content: "[+"; font-size: .8em; } ins::after { content: "]"; font-size: .8em; }
.changes { margin: .5rem 0 0; padding-left: 1.2rem; }
.changes li.serious { font-weight: bold; color: var(--warn); }
.attribution { color: var(--warn); border-left: 4px solid var(--warn); padding-left: .6rem; }
.badge { display: inline-block; font-family: Arial, sans-serif; font-size: .75rem;
         border: 1px solid currentColor; border-radius: 3px; padding: 0 .3rem;
         text-transform: uppercase; letter-spacing: .03em; }
.quote { font-size: 1.05rem; }
ul.sentences li { margin-bottom: .3rem; }
@media print {
  body { font-size: 11pt; max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  .column { break-inside: avoid; }
  del, ins { background: none; }
  a { color: inherit; text-decoration: none; }
}
"""
)


def _label(comparison: Comparison, article_id: str) -> str:
    return comparison.label(article_id)


def _marked(ops: Sequence[DiffOp], *, side: str) -> Markup:
    """One side of a diff, its own extra words marked: side "a" uses del, "b" uses ins."""
    parts: list[Child] = []
    for op in ops:
        text = op.a_text if side == "a" else op.b_text
        if op.op == "equal" or op.kind == "equal":
            parts.append(text)
        elif text.strip():
            tag = "del" if side == "a" else "ins"
            serious = op.kind in SERIOUS_KINDS
            parts.append(
                el(tag, ("⚠ " if serious else ""), text, title=f"{op.kind}: {KIND_LABELS[op.kind]}")
            )
        else:
            parts.append(text)
    return fragment(parts)


def _overview(comparison: Comparison) -> Markup:
    readability = comparison.framing.readability_by_article()
    rows = []
    for article in comparison.articles:
        score = readability.get(article.id)
        quotes = comparison.quotation_count(article.id)
        rows.append(
            el(
                "tr",
                el("td", comparison.label(article.id)),
                el("td", article.title),
                el("td", article.date or "—"),
                el("td", str(len(article.body.split())), class_="num"),
                el("td", str(quotes), class_="num"),
                el(
                    "td",
                    f"{score.flesch_reading_ease:.0f} (grade {score.flesch_kincaid_grade:.1f})"
                    if score
                    else "—",
                ),
            )
        )
    head = el(
        "tr",
        *(
            el("th", h)
            for h in ("Outlet", "Headline", "Date", "Words", "Quotations", "Reading ease")
        ),
    )
    return el("table", el("thead", head), el("tbody", rows))


def _family(comparison: Comparison, family: QuoteFamily) -> Markup:
    articles = family.articles
    reference = articles[0]
    diffs = {(d.a, d.b): d for d in family.diffs}
    columns = []
    for member in family.first_members():
        article_id = member.article
        words = family.rendering(article_id) or member.text
        if article_id == reference:
            # The reference column marks what it has that the next outlet leaves out.
            first_diff = diffs.get((reference, articles[1])) if len(articles) > 1 else None
            body: Child = _marked(first_diff.ops, side="a") if first_diff else words
        else:
            diff = diffs.get((reference, article_id))
            if diff is not None:
                body = _marked(diff.ops, side="b")
            else:
                reverse = diffs.get((article_id, reference))
                body = _marked(reverse.ops, side="a") if reverse else words
        article = comparison.article(article_id)
        credit = family.credit(article_id)
        credited = (
            el("strong", f"credits {credit.speaker or 'no one'}", " · ")
            if family.attribution_differs and credit
            else None
        )
        columns.append(
            el(
                "div",
                el("h4", comparison.label(article.id)),
                el("p", credited, f"{member.verb or 'no verb'} · {member.kind}", class_="meta"),
                el("p", "“", body, "”", class_="quote"),
                el("p", ", ".join(x for x in (article.title, article.date) if x), class_="meta"),
                class_="column",
            )
        )
    change_lists = []
    for diff in family.diffs:
        found = changes(diff.ops)
        label_a, label_b = _label(comparison, diff.a), _label(comparison, diff.b)
        if not found:
            change_lists.append(el("p", f"{label_a} and {label_b} quote the same words exactly."))
            continue
        counts = ", ".join(f"{n} × {kind}" for kind, n in count_kinds(diff.ops).items())
        items = []
        for op in found:
            serious = op.kind in SERIOUS_KINDS
            what = describe_change(op, label_a, label_b, limit=100)
            items.append(
                el(
                    "li",
                    ("⚠ " if serious else ""),
                    el("span", op.kind, class_="badge"),
                    f" {KIND_LABELS[op.kind]}: {what}",
                    class_="serious" if serious else None,
                )
            )
        change_lists.append(
            fragment(
                el("p", el("strong", f"{label_a} → {label_b}"), f" ({counts})"),
                el("ul", items, class_="changes"),
            )
        )
    return el(
        "section",
        el(
            "h3",
            f"{family.id}. {family.speaker or 'Speaker unknown'}: “{shorten(family.text, 90)}”",
        ),
        el(
            "p",
            "⚠ ",
            el("strong", "Attribution differs: "),
            describe_credits(family, comparison.label),
            ".",
            class_="attribution",
        )
        if family.attribution_differs
        else None,
        el("div", columns, class_="columns"),
        change_lists,
        class_="family",
        id=family.id,
    )


def _sentence_columns(comparison: Comparison, items: Sequence[tuple[str, str]]) -> Markup:
    columns = []
    for article in comparison.articles:
        mine = [text for aid, text in items if aid == article.id]
        if not mine:
            continue
        columns.append(
            el(
                "div",
                el("h4", f"{comparison.label(article.id)} ({len(mine)})"),
                el("ul", [el("li", text) for text in mine], class_="sentences"),
                class_="column",
            )
        )
    return el("div", columns, class_="columns") if columns else el("p", "None.")


def render_html(comparison: Comparison) -> str:
    """The whole comparison as one self-contained HTML page."""
    story = next((a.story for a in comparison.articles if a.story), None)
    title = comparison.headline + (f": {story}" if story else "")
    shared = comparison.shared_families
    legend = el(
        "div",
        el("strong", "How to read the differences: "),
        el("span", el("del", "struck through"), " only in the left-most outlet's version"),
        el("span", el("ins", "underlined"), " only in this outlet's version (not the left-most)"),
        el("span", "⚠ a change inside the quoted words (a word changed or left out unmarked)"),
        class_="legend",
    )
    sections: list[Child] = [
        el("h1", title),
        el(
            "p",
            f"Made with framediff {__version__}. Quotations are the articles' own words, "
            "after page furniture was removed.",
            class_="note",
        ),
        el("h2", "The articles"),
        _overview(comparison),
    ]
    if len(comparison.groups) > 1:
        sections.append(
            el(
                "p",
                "These articles cover more than one event; they are compared within groups: ",
                "; ".join(
                    ", ".join(comparison.label(a) for a in group) for group in comparison.groups
                ),
                ".",
            )
        )
    sections.append(framing_html(comparison, part="headlines"))
    sections += [el("h2", f"Shared quotations ({len(shared)})"), legend]
    sections += [_family(comparison, f) for f in shared] or [el("p", "None.")]
    sections.append(el("h2", "Quotation in one outlet, paraphrase in another"))
    if comparison.paraphrase_links:
        rows = [
            el(
                "tr",
                el("td", _label(comparison, link.quote_article)),
                el("td", "“", link.quote_text, "”"),
                el("td", _label(comparison, link.paraphrase_article)),
                el("td", link.paraphrase_text),
                el("td", f"{link.score:.2f}", class_="num"),
            )
            for link in comparison.paraphrase_links
        ]
        head = el(
            "tr",
            *(
                el("th", h)
                for h in ("Quoted by", "Quotation", "Paraphrased by", "Paraphrase", "Match")
            ),
        )
        sections.append(el("table", el("thead", head), el("tbody", rows)))
    else:
        sections.append(el("p", "None found."))
    sections.append(el("h2", "What each outlet adds"))
    sections.append(el("p", "Sentences no other outlet in the group has.", class_="note"))
    sections.append(
        _sentence_columns(
            comparison, [(a.article, quoting(a) + a.text) for a in comparison.alignment.added]
        )
    )
    sections.append(el("h2", "What each outlet leaves out"))
    sections.append(
        el("p", f"Sentences other outlets have and this one does not. {PAIR_NOTE}", class_="note")
    )
    sections.append(
        _sentence_columns(
            comparison,
            [
                (
                    o.article,
                    f"{quoting(o)}{o.text} "
                    f"(in {', '.join(_label(comparison, p) for p in o.present_in)})",
                )
                for o in comparison.informative_omissions
            ],
        )
    )
    sections.append(el("h2", "Recycled text"))
    recycled = [
        el(
            "li",
            " = ".join(_label(comparison, a) for a in r.articles),
            f" ({r.score:.2f}): ",
            r.texts[0],
        )
        for r in comparison.alignment.recycled
    ]
    sections.append(el("ul", recycled) if recycled else el("p", "None."))
    alone = [f for f in comparison.families if not f.shared]
    sections.append(el("h2", f"Quoted by one outlet only ({len(alone)})"))
    sections.append(
        el(
            "ul",
            [
                el(
                    "li",
                    el("strong", _label(comparison, f.members[0].article)),
                    ": ",
                    f.speaker or "speaker unknown",
                    ", “",
                    shorten(f.text, 220),
                    "”",
                )
                for f in alone
            ],
        )
        if alone
        else el("p", "None.")
    )
    sections.append(framing_html(comparison, part="signals"))
    document = el(
        "html",
        el(
            "head",
            el("meta", charset="utf-8"),
            el("meta", name="viewport", content="width=device-width, initial-scale=1"),
            el(
                "meta",
                http_equiv="Content-Security-Policy",
                content="default-src 'none'; style-src 'unsafe-inline'; img-src data:",
            ),
            el("title", title),
            el("style", STYLE),
        ),
        el("body", el("main", sections)),
        lang="en",
    )
    return "<!DOCTYPE html>\n" + document + "\n"
