"""The report the page shows inline: the comparison as records a template can lay out.

The same findings as the HTML report, in the same words (``framediff/render/common.py``),
shaped for the page's two views of a shared quotation: outlets side by side, each column
marking its own words, or one line per pair of outlets with both sides' words inline. Every
marked span says in words whose version it is only in, so colour is never the only cue;
the template escapes every piece of article text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup

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

# In "changes only", equal text longer than this many words shows only its ends, this
# many words each, around an ellipsis: enough to find the place, short enough to skim.
CONTEXT_WORDS = 6


@dataclass(frozen=True)
class Part:
    """A run of a quotation: the same in both versions, or only in one outlet's."""

    text: str
    mark: str  # "same", "del" (only in the first outlet named) or "ins" (only in the other)
    only_in: str = ""
    kind: str = ""
    serious: bool = False
    # For a long "same" run, its ends only: what "changes only" shows.
    short: str = ""

    @property
    def label(self) -> str:
        return f"{self.kind}: {KIND_LABELS[self.kind]}" if self.kind in KIND_LABELS else ""


@dataclass(frozen=True)
class Column:
    label: str
    meta: str
    credited: str
    parts: tuple[Part, ...]
    source: str


@dataclass(frozen=True)
class Change:
    kind: str
    label: str
    text: str
    serious: bool


@dataclass(frozen=True)
class Pair:
    label_a: str
    label_b: str
    parts: tuple[Part, ...]
    counts: str
    changes: tuple[Change, ...]


@dataclass(frozen=True)
class FamilyView:
    id: str
    heading: str
    attribution: str
    columns: tuple[Column, ...]
    pairs: tuple[Pair, ...]

    @property
    def changed(self) -> bool:
        return any(pair.changes for pair in self.pairs) or bool(self.attribution)


@dataclass(frozen=True)
class ArticleRow:
    label: str
    title: str
    date: str
    words: int
    quotations: int


@dataclass(frozen=True)
class Listing:
    """Sentences of one outlet: what it adds, or what it leaves out."""

    label: str
    items: tuple[str, ...]


@dataclass(frozen=True)
class ReportView:
    headline: str
    articles: tuple[ArticleRow, ...]
    groups: tuple[str, ...]
    families: tuple[FamilyView, ...]
    paraphrases: tuple[tuple[str, str, str, str, str], ...]
    added: tuple[Listing, ...]
    omitted: tuple[Listing, ...]
    omission_note: str
    recycled: tuple[str, ...]
    alone: tuple[tuple[str, str, str], ...]
    headlines: Markup
    signals: Markup


def _short(text: str) -> str:
    words = text.split()
    if len(words) <= 2 * CONTEXT_WORDS + 1:
        return ""
    lead = " " if text[:1].isspace() else ""
    trail = " " if text[-1:].isspace() else ""
    return f"{lead}{' '.join(words[:CONTEXT_WORDS])} … {' '.join(words[-CONTEXT_WORDS:])}{trail}"


def _same(text: str) -> Part:
    return Part(text, "same", short=_short(text))


def one_side(ops: Sequence[DiffOp], *, side: str, owner: str) -> tuple[Part, ...]:
    """One version, its own words marked: side "a" as deleted, "b" as inserted."""
    parts = []
    for op in ops:
        text = op.a_text if side == "a" else op.b_text
        if op.op == "equal" or op.kind == "equal" or not text.strip():
            parts.append(_same(text))
        else:
            mark = "del" if side == "a" else "ins"
            parts.append(Part(text, mark, owner, op.kind, op.kind in SERIOUS_KINDS))
    return tuple(parts)


def both_sides(ops: Sequence[DiffOp], *, label_a: str, label_b: str) -> tuple[Part, ...]:
    """Both versions in one line: a's own words deleted, then b's inserted."""
    parts = []
    for op in ops:
        if op.op == "equal" or op.kind == "equal":
            parts.append(_same(op.a_text))
            continue
        serious = op.kind in SERIOUS_KINDS
        if op.a_text.strip():
            parts.append(Part(op.a_text, "del", label_a, op.kind, serious))
        if op.b_text.strip():
            parts.append(Part(op.b_text, "ins", label_b, op.kind, serious))
        if not op.a_text.strip() and not op.b_text.strip():
            parts.append(_same(op.a_text or op.b_text))
    return tuple(parts)


def _family(comparison: Comparison, family: QuoteFamily) -> FamilyView:
    label = comparison.label
    articles = family.articles
    reference = articles[0]
    diffs = {(d.a, d.b): d for d in family.diffs}
    columns = []
    for member in family.first_members():
        article_id = member.article
        words = family.rendering(article_id) or member.text
        parts: tuple[Part, ...] = (_same(words),)
        if article_id == reference:
            first = diffs.get((reference, articles[1])) if len(articles) > 1 else None
            if first is not None:
                parts = one_side(first.ops, side="a", owner=label(reference))
        elif (diff := diffs.get((reference, article_id))) is not None:
            parts = one_side(diff.ops, side="b", owner=label(article_id))
        elif (reverse := diffs.get((article_id, reference))) is not None:
            parts = one_side(reverse.ops, side="a", owner=label(article_id))
        article = comparison.article(article_id)
        credit = family.credit(article_id)
        columns.append(
            Column(
                label=label(article_id),
                meta=f"{member.verb or 'no verb'} · {member.kind}",
                credited=f"credits {credit.speaker or 'no one'}"
                if family.attribution_differs and credit
                else "",
                parts=parts,
                source=", ".join(x for x in (article.title, article.date) if x),
            )
        )
    pairs = []
    for diff in family.diffs:
        label_a, label_b = label(diff.a), label(diff.b)
        found = changes(diff.ops)
        pairs.append(
            Pair(
                label_a,
                label_b,
                both_sides(diff.ops, label_a=label_a, label_b=label_b),
                ", ".join(f"{n} × {kind}" for kind, n in count_kinds(diff.ops).items()),
                tuple(
                    Change(
                        op.kind,
                        KIND_LABELS[op.kind],
                        describe_change(op, label_a, label_b, limit=100),
                        op.kind in SERIOUS_KINDS,
                    )
                    for op in found
                ),
            )
        )
    return FamilyView(
        id=family.id,
        heading=f"{family.id}. {family.speaker or 'Speaker unknown'}: “{shorten(family.text, 90)}”",
        attribution=describe_credits(family, label) if family.attribution_differs else "",
        columns=tuple(columns),
        pairs=tuple(pairs),
    )


def _listings(comparison: Comparison, items: Sequence[tuple[str, str]]) -> tuple[Listing, ...]:
    listings = []
    for article in comparison.articles:
        mine = tuple(text for article_id, text in items if article_id == article.id)
        if mine:
            listings.append(Listing(f"{comparison.label(article.id)} ({len(mine)})", mine))
    return tuple(listings)


def report_view(comparison: Comparison) -> ReportView:
    """Everything the page's report shows, in reading order."""
    label = comparison.label
    return ReportView(
        headline=comparison.headline,
        articles=tuple(
            ArticleRow(
                label(a.id),
                a.title,
                a.date or "—",
                len(a.body.split()),
                comparison.quotation_count(a.id),
            )
            for a in comparison.articles
        ),
        groups=tuple(", ".join(label(a) for a in group) for group in comparison.groups)
        if len(comparison.groups) > 1
        else (),
        families=tuple(_family(comparison, f) for f in comparison.shared_families),
        paraphrases=tuple(
            (
                label(link.quote_article),
                link.quote_text,
                label(link.paraphrase_article),
                link.paraphrase_text,
                f"{link.score:.2f}",
            )
            for link in comparison.paraphrase_links
        ),
        added=_listings(
            comparison, [(a.article, quoting(a) + a.text) for a in comparison.alignment.added]
        ),
        omitted=_listings(
            comparison,
            [
                (
                    o.article,
                    f"{quoting(o)}{o.text} (in {', '.join(label(p) for p in o.present_in)})",
                )
                for o in comparison.informative_omissions
            ],
        ),
        omission_note=PAIR_NOTE,
        recycled=tuple(
            f"{' = '.join(label(a) for a in r.articles)} ({r.score:.2f}): {r.texts[0]}"
            for r in comparison.alignment.recycled
        ),
        alone=tuple(
            (label(f.members[0].article), f.speaker or "speaker unknown", shorten(f.text, 220))
            for f in comparison.families
            if not f.shared
        ),
        # Built by the escaping HTML builder: trusted as it is.
        headlines=Markup(str(framing_html(comparison, part="headlines"))),
        signals=Markup(str(framing_html(comparison, part="signals"))),
    )
