"""Rendering the families of a corpus database (``framediff families``): table and JSON."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Sequence
from dataclasses import asdict

from tabulate import tabulate

from framediff.corpus.records import FamilyRow


def families_json(rows: Sequence[FamilyRow]) -> str:
    return json.dumps([asdict(r) for r in rows], ensure_ascii=False, indent=2) + "\n"


def families_table(rows: Sequence[FamilyRow]) -> str:
    """One line a family: id, outlets, articles, cuts, credits, speaker and text."""
    if not rows:
        return "No families match.\n"
    table = [
        (
            r.id,
            r.outlets,
            r.articles,
            r.cuts,
            "differ" if r.attribution_differs else "agree",
            r.speaker or "—",
            r.last_date or "",
            textwrap.shorten(" ".join(r.text.split()), width=70, placeholder=" …"),
        )
        for r in rows
    ]
    headers = ("family", "outlets", "articles", "cuts", "credits", "speaker", "last date", "text")
    return tabulate(table, headers=headers) + "\n"
