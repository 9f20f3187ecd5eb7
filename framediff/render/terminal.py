"""The default report: plain tables for a terminal (tabulate), colour only on a tty.

Differences are data until here; this module is the only place that adds colour, and only
when asked (``colour=True`` is decided by the CLI: a terminal, and no ``NO_COLOR``). Without
colour, deleted and added words are marked ``[-…-]`` and ``{+…+}`` so the report still reads
on paper and in a pipe.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from tabulate import tabulate

from framediff.align import QuoteFamily
from framediff.compare import Comparison
from framediff.diff import DiffOp
from framediff.render.common import (
    KIND_LABELS,
    PAIR_NOTE,
    changes,
    count_kinds,
    describe_change,
    describe_credits,
    quoting,
    shorten,
)

WIDTH = 100
_RED, _GREEN, _BOLD, _DIM, _RESET = "\033[31m", "\033[32m", "\033[1m", "\033[2m", "\033[0m"


class _Style:
    def __init__(self, colour: bool) -> None:
        self.colour = colour

    def deleted(self, text: str) -> str:
        return f"{_RED}[-{text}-]{_RESET}" if self.colour else f"[-{text}-]"

    def inserted(self, text: str) -> str:
        return f"{_GREEN}{{+{text}+}}{_RESET}" if self.colour else f"{{+{text}+}}"

    def heading(self, text: str) -> str:
        line = f"{text}\n{'═' * min(len(text), WIDTH)}"
        return f"{_BOLD}{line}{_RESET}" if self.colour else line

    def dim(self, text: str) -> str:
        return f"{_DIM}{text}{_RESET}" if self.colour else text


def inline_diff(ops: Sequence[DiffOp], style: _Style) -> str:
    """Text a with b's changes marked inline: deletions and insertions side by side."""
    parts: list[str] = []
    for op in ops:
        if op.op == "equal" or op.kind == "equal":
            parts.append(op.a_text)
            continue
        if op.a_text:
            parts.append(style.deleted(op.a_text))
        if op.b_text:
            parts.append(style.inserted(op.b_text))
    return "".join(parts)


def _wrap(text: str, indent: str) -> str:
    return textwrap.fill(
        " ".join(text.split()),
        width=WIDTH,
        initial_indent=indent,
        subsequent_indent=indent,
        break_on_hyphens=False,
        break_long_words=False,
    )


def _articles_table(comparison: Comparison) -> str:
    rows = []
    for entry in comparison.to_json()["articles"]:
        rows.append(
            [
                entry["id"],
                entry["outlet"] or "—",
                entry["date"] or "—",
                entry["words"],
                entry["quotations"],
                shorten(entry["title"], 48),
            ]
        )
    return tabulate(
        rows,
        headers=["id", "outlet", "date", "words", "quotes", "headline"],
        tablefmt="simple",
    )


def _groups(comparison: Comparison) -> str:
    lines = []
    for number, group in enumerate(comparison.groups, start=1):
        names = ", ".join(f"{comparison.label(a)} ({a})" for a in group)
        lines.append(f"Group {number}: {names}")
    matrix = comparison.similarity
    numbers = [str(n) for n in range(1, len(matrix.articles) + 1)]
    rows = [
        [
            f"{numbers[i]} {comparison.label(a)}",
            *(f"{s:.2f}" if i != j else "·" for j, s in enumerate(row)),
        ]
        for i, (a, row) in enumerate(zip(matrix.articles, matrix.scores, strict=True))
    ]
    lines.append("")
    lines.append(tabulate(rows, headers=["similarity (0–1)", *numbers], tablefmt="simple"))
    return "\n".join(lines)


def _family(comparison: Comparison, family: QuoteFamily, style: _Style) -> str:
    outlets = ", ".join(comparison.label(a) for a in family.articles)
    lines = [f"{family.id} · {family.speaker or 'speaker unknown'} · quoted by {outlets}"]
    if family.attribution_differs:
        credits = describe_credits(family, comparison.label)
        lines.append(_wrap(f"! attribution differs: {credits}", "  "))
    for member in family.first_members():
        words = family.rendering(member.article) or member.text
        credit = family.credit(member.article)
        who = (credit.speaker or "no one") if family.attribution_differs and credit else None
        how = ", ".join(x for x in (who and f"credits {who}", member.verb, member.kind) if x)
        lines.append(f"  {comparison.label(member.article)} ({how}):")
        lines.append(_wrap(f"“{words}”", "      "))
    for diff in family.diffs:
        label_a, label_b = comparison.label(diff.a), comparison.label(diff.b)
        found = changes(diff.ops)
        if not found:
            lines.append(f"  {label_a} and {label_b}: word for word the same")
            continue
        counts = ", ".join(f"{n} {kind}" for kind, n in count_kinds(diff.ops).items())
        lines.append(f"  {label_a} → {label_b}: {counts}")
        for op in found:
            marker = "!" if op.kind in {"omission", "wording"} else " "
            lines.append(f"   {marker} {op.kind:<12} {describe_change(op, label_a, label_b)}")
        # Wrapping would count colour codes as letters; coloured lines are left whole.
        inline = inline_diff(diff.ops, style)
        lines.append("      " + inline if style.colour else _wrap(inline, "      "))
    return "\n".join(lines)


def _paraphrases(comparison: Comparison) -> str:
    rows = []
    for link in comparison.paraphrase_links:
        rows.append(
            [
                textwrap.fill(comparison.label(link.quote_article), 16),
                textwrap.fill(shorten(link.quote_text, 160), 30),
                textwrap.fill(comparison.label(link.paraphrase_article), 16),
                textwrap.fill(shorten(link.paraphrase_text, 160), 30),
                f"{link.score:.2f}",
            ]
        )
    return tabulate(
        rows,
        headers=["quoted by", "quotation", "paraphrased by", "paraphrase", "score"],
        tablefmt="grid",
    )


def _per_article(comparison: Comparison, items: dict[str, list[str]], limit: int) -> str:
    lines = []
    for article in comparison.articles:
        texts = items.get(article.id, [])
        if not texts:
            continue
        lines.append(f"{comparison.label(article.id)} ({article.id}): {len(texts)}")
        for text in texts[:limit]:
            lines.append(
                textwrap.fill(
                    shorten(text, 300), WIDTH, initial_indent="  - ", subsequent_indent="    "
                )
            )
        if len(texts) > limit:
            lines.append(f"    … and {len(texts) - limit} more (--format json lists them all)")
    return "\n".join(lines) or "none"


def render_terminal(comparison: Comparison, *, colour: bool = False, limit: int = 8) -> str:
    """The whole comparison as terminal text."""
    style = _Style(colour)
    out: list[str] = []
    out.append(style.heading(f"framediff: {len(comparison.articles)} articles compared"))
    out.append(_articles_table(comparison))
    out.append("")
    out.append(style.heading("Event groups (articles are compared within their group)"))
    out.append(_groups(comparison))

    shared = comparison.shared_families
    out.append("")
    out.append(style.heading(f"Shared quotations ({len(shared)} quoted by two or more outlets)"))
    legend = "[-words-] only in the first outlet, {+words+} only in the second; ! = misquote risk"
    out.append(style.dim(legend))
    out.append("\n\n".join(_family(comparison, f, style) for f in shared) or "none")

    out.append("")
    out.append(style.heading("Quotation in one outlet, paraphrase in another"))
    out.append(_paraphrases(comparison) if comparison.paraphrase_links else "none")

    added: dict[str, list[str]] = {}
    for item in comparison.alignment.added:
        added.setdefault(item.article, []).append(quoting(item) + item.text)
    out.append("")
    out.append(style.heading("Context each outlet adds (sentences no other outlet has)"))
    out.append(_per_article(comparison, added, limit))

    omitted: dict[str, list[str]] = {}
    for omission in comparison.informative_omissions:
        present = ", ".join(comparison.label(a) for a in omission.present_in)
        omitted.setdefault(omission.article, []).append(
            f"{quoting(omission)}{omission.text} [in {present}]"
        )
    out.append("")
    out.append(style.heading("What each outlet leaves out (present in others)"))
    out.append(style.dim(PAIR_NOTE))
    out.append(_per_article(comparison, omitted, limit))

    out.append("")
    out.append(style.heading("Recycled text (near-identical sentences)"))
    if comparison.alignment.recycled:
        for copied in comparison.alignment.recycled:
            names = " = ".join(comparison.label(a) for a in copied.articles)
            out.append(f"  {names} ({copied.score:.2f}):")
            out.append(_wrap(copied.texts[0], "      "))
    else:
        out.append("none")

    alone = [f for f in comparison.families if not f.shared]
    out.append("")
    out.append(style.heading(f"Quoted by one outlet only ({len(alone)})"))
    rows = [
        [
            comparison.label(f.members[0].article),
            f.speaker or "—",
            textwrap.fill(shorten(f.text, 150), 60),
        ]
        for f in alone
    ]
    out.append(
        tabulate(rows, headers=["outlet", "speaker", "quotation"], tablefmt="simple")
        if rows
        else "none"
    )
    out.append("")
    out.append(
        style.dim("Kinds of difference: " + "; ".join(f"{k} = {v}" for k, v in KIND_LABELS.items()))
    )
    return "\n".join(out) + "\n"
