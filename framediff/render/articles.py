"""Rendering cleaned articles (``framediff clean``): readable text or JSON."""

from __future__ import annotations

import json
from collections.abc import Sequence

from framediff.model import Article


def articles_text(articles: Sequence[Article], *, show_removed: bool = False) -> str:
    """Each article's title, a rule, its cleaned body, and (optionally) what was removed."""
    parts: list[str] = []
    for article in articles:
        heading = f"{article.title}"
        details = " · ".join(
            value for value in (article.outlet, article.date, article.author) if value
        )
        lines = [f"# {article.id}", heading]
        if details:
            lines.append(details)
        lines.append("-" * min(max(len(heading), 20), 78))
        lines.append(article.body)
        if show_removed:
            lines.append("")
            if article.removed:
                lines.append(f"Removed ({len(article.removed)}):")
                for removal in article.removed:
                    lines.append(f"  line {removal.line} [{removal.rule}] {removal.reason}:")
                    lines.append(f"    {removal.text}")
            else:
                lines.append("Removed: nothing")
        parts.append("\n".join(lines))
    return "\n\n".join(parts) + "\n"


def articles_json(articles: Sequence[Article]) -> str:
    return json.dumps([a.to_json() for a in articles], ensure_ascii=False, indent=2) + "\n"
