"""Rendering the quotations of articles (``framediff quotes``): table, JSON, markdown."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Sequence
from typing import Any

from tabulate import tabulate

from framediff.model import Quote
from framediff.render.common import counted
from framediff.render.escape import escape_markdown


def quote_records(quotes: Sequence[Quote]) -> list[dict[str, Any]]:
    """The JSON form: one object per quotation, with the linked parts of its utterance."""
    parts: dict[tuple[str, int], list[Quote]] = {}
    for quote in quotes:
        parts.setdefault((quote.article, quote.utterance), []).append(quote)
    records = []
    for quote in quotes:
        record = quote.to_json()
        siblings = parts[(quote.article, quote.utterance)]
        record["parts"] = (
            [{"index": q.index, "start": q.start, "end": q.end, "text": q.text} for q in siblings]
            if len(siblings) > 1
            else []
        )
        records.append(record)
    return records


def quotes_json(quotes: Sequence[Quote]) -> str:
    return json.dumps(quote_records(quotes), ensure_ascii=False, indent=2) + "\n"


def _part_label(quote: Quote, quotes: Sequence[Quote]) -> str:
    siblings = [q for q in quotes if q.article == quote.article and q.utterance == quote.utterance]
    if len(siblings) < 2:
        return ""
    return f"{siblings.index(quote) + 1}/{len(siblings)}"


def quotes_table(quotes: Sequence[Quote]) -> str:
    rows = [
        [
            q.article,
            q.kind,
            q.speaker or "—",
            q.verb or "—",
            _part_label(q, quotes),
            textwrap.fill(" ".join(q.text.split()), 60),
        ]
        for q in quotes
    ]
    headers = ["article", "kind", "speaker", "verb", "part", "quotation"]
    return (
        tabulate(rows, headers=headers, tablefmt="simple")
        + f"\n\n{counted(len(quotes), 'quotation')}\n"
    )


def quotes_markdown(quotes: Sequence[Quote]) -> str:
    lines = [
        "| article | kind | speaker | verb | quotation |",
        "|---|---|---|---|---|",
    ]
    for q in quotes:
        cells = [q.article, q.kind, q.speaker or "—", q.verb or "—", f"“{q.text}”"]
        lines.append("| " + " | ".join(escape_markdown(c) for c in cells) + " |")
    return "\n".join(lines) + f"\n\n{counted(len(quotes), 'quotation')}\n"
