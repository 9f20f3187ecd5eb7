"""Framing signals as HTML sections, built with the escaping builder."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from framediff.compare import Comparison
from framediff.diff import diff_words
from framediff.render.htmlbuild import Child, Markup, el, fragment


def _table(headers: Sequence[str], rows: Sequence[Sequence[Child]], numeric: int = 0) -> Markup:
    """A table whose last ``numeric`` columns are right-aligned numbers."""
    first_numeric = len(headers) - numeric
    body = [
        el(
            "tr",
            *(
                el("td", cell, class_="num" if index >= first_numeric else None)
                for index, cell in enumerate(row)
            ),
        )
        for row in rows
    ]
    return el("table", el("thead", el("tr", *(el("th", h) for h in headers))), el("tbody", body))


def _headline_diff(comparison: Comparison, a: str, b: str) -> Markup:
    parts: list[Child] = []
    for op in diff_words(comparison.article(a).title, comparison.article(b).title):
        if op.op == "equal" or op.kind == "equal":
            parts.append(op.a_text)
            continue
        if op.a_text.strip():
            parts.append(el("del", op.a_text, title=op.kind))
        if op.b_text.strip():
            parts.append(el("ins", op.b_text, title=op.kind))
        if not op.a_text.strip() and not op.b_text.strip():
            parts.append(" ")
    return fragment(parts)


def _headlines(comparison: Comparison) -> Markup:
    framing = comparison.framing
    columns = []
    for headline in framing.headlines:
        notes: list[Child] = []
        if headline.scare_quotes:
            notes.append(
                el(
                    "li",
                    "Scare quotes around ",
                    ", ".join(f"“{s.text}”" for s in headline.scare_quotes),
                )
            )
        if headline.content_words:
            missing = (
                f" (not: {', '.join(m.text for m in headline.missing)})" if headline.missing else ""
            )
            notes.append(
                el(
                    "li",
                    f"{headline.supported_words} of {headline.content_words} key words "
                    f"appear in its article{missing}",
                )
            )
        columns.append(
            el(
                "div",
                el("h4", comparison.label(headline.article)),
                el("p", headline.text, class_="quote"),
                el("ul", notes, class_="meta") if notes else None,
                class_="column",
            )
        )
    pairs = [
        el(
            "li",
            el("strong", f"{comparison.label(d.a)} / {comparison.label(d.b)}: "),
            _headline_diff(comparison, d.a, d.b),
        )
        for d in framing.headline_diffs
        if any(d.a in group and d.b in group for group in comparison.groups)
    ]
    return fragment(
        el("h2", "Headlines"),
        el("div", columns, class_="columns"),
        (el("p", "Headlines of the same event, word by word:"), el("ul", pairs)) if pairs else None,
    )


def _signals(comparison: Comparison) -> Markup:
    framing = comparison.framing
    label = comparison.label
    verbs = _table(
        ["Speaker", "Outlet", "Verb", "Class", "Quoting", "Reporting"],
        [
            [
                row.speaker,
                label(row.article),
                row.lemma,
                row.verb_class,
                str(row.quoted),
                str(row.reported),
            ]
            for row in framing.speaker_verbs
        ],
        numeric=2,
    )
    voices = _table(
        ["Outlet", "Speaker", "Quotations", "Quoted words"],
        [
            [label(v.article), v.speaker or "unknown", str(v.quotations), str(v.words)]
            for v in framing.voices
        ],
        numeric=2,
    )
    shares = _table(
        ["Outlet", "Words", "Quotation", "Reported speech", "Own words"],
        [
            [
                label(s.article),
                str(s.words),
                f"{s.quoted_share:.0%}",
                f"{s.reported_share:.0%}",
                f"{s.own_share:.0%}",
            ]
            for s in framing.shares
        ],
        numeric=4,
    )
    sole = [r for r in framing.reach if r.sole]
    names = [
        el(
            "li",
            el("strong", n.speaker),
            f" in {label(n.article)}: ",
            "; ".join(
                bit
                for bit in (
                    ("spelled " + ", ".join(f"“{s}”" for s in n.spellings)) if n.spellings else "",
                    ("called " + ", ".join(f"“{s}”" for s in n.labels)) if n.labels else "",
                )
                if bit
            ),
        )
        for n in framing.names
        if n.spellings or n.labels
    ]
    lexicon = _table(
        ["Outlet", "Loaded", "Hedging", "Next to a quotation"],
        [
            [
                label(c.article),
                str(c.loaded),
                str(c.hedging),
                str(c.loaded_near_quotes + c.hedging_near_quotes),
            ]
            for c in framing.lexicon_counts
        ],
        numeric=3,
    )
    hits = [
        el("li", f"{label(h.article)}: “{h.text}” ({h.category})")
        for h in framing.lexicon
        if not h.in_quote
    ]
    return fragment(
        el("h2", "Framing signals"),
        el("h3", "Attribution verbs"),
        el(
            "p",
            "Neutral verbs (said, told) report; evaluative ones (claimed, insisted, "
            "bemoaned) suggest a judgement; intensifying ones (warned, slammed, pleaded) add "
            "drama.",
            class_="note",
        ),
        verbs,
        el("h3", "Voices: who is quoted, and how much"),
        voices,
        el(
            "p",
            "Quoted by one outlet only: ",
            "; ".join(f"{r.speaker} ({', '.join(r.outlets)})" for r in sole),
        )
        if sole
        else None,
        shares,
        el("h3", "Names and labels"),
        el("ul", names) if names else el("p", "None."),
        el("h3", "Loaded and hedging words (in the writer's own voice)"),
        lexicon,
        el("ul", hits) if hits else None,
    )


def framing_html(comparison: Comparison, *, part: Literal["headlines", "signals"]) -> Markup:
    return _headlines(comparison) if part == "headlines" else _signals(comparison)
