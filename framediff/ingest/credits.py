"""Credits as metadata: the byline, wire, outlet and date that cleaning removed from the body."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from framediff.ingest import credit_lines
from framediff.ingest.lines import Block, is_bare_wire
from framediff.model import Removal


@dataclass(frozen=True)
class Credits:
    author: str | None = None
    wire: str | None = None
    outlet: str | None = None
    date: str | None = None


def credits_from(removed: Sequence[Removal], kept: Sequence[Block]) -> Credits:
    """Metadata from the credits cleaning removed: byline, wire, outlet, date.

    The first of each kind wins; a photo credit names the photographer's agency, not the
    story's, and is not used, nor is an agency's name alone on a line in the middle of the
    article (it sits under a photo). A wire in the first paragraph's dateline ("OTTAWA (CP) —")
    counts too.
    """
    author = wire = outlet = date = None
    lines = [b.line for b in kept if b.role == "body"]
    for removal in removed:
        text = removal.text
        middle = bool(lines) and lines[min(2, len(lines) - 1)] < removal.line < lines[-3:][0]
        if middle and is_bare_wire(text):
            continue  # mid-article, under a photo: the photographer's agency
        if removal.rule == "dateline" and date is None:
            match = credit_lines.DATELINE.match(text) or credit_lines.DATE.search(text)
            date = (match.groupdict().get("date") or match.group(0)) if match else None
        if removal.rule == "outlet-name":
            outlet = outlet or text.strip(" .")
        if removal.rule == "dateline":
            # "Philippine Daily Inquirer / 05:10 AM …"
            outlet = outlet or credit_lines.outlet_before_stamp(text)
        if removal.rule not in {"byline", "wire-credit", "republication"}:
            continue
        found_wire = credit_lines.wire_of(text)
        wire = wire or found_wire
        if removal.rule == "byline":
            credit, stamp = credit_lines.split_stamp(text)
            match = credit_lines.byline_match(credit) or credit_lines.NAME_ONLY.match(
                credit if stamp else text
            )
            if match is None:
                continue
            if stamp and date is None and (found_date := credit_lines.DATE.search(stamp)):
                date = found_date.group(0)
            name = match.group("name")
            org = match.groupdict().get("org") or match.groupdict().get("org2")
            if credit_lines.wire_of(name) is not None and credit_lines.wire_of(name) == found_wire:
                continue  # "By Reuters": a wire, not a person
            if credit_lines.OUTLET.fullmatch(name.strip()):
                outlet = outlet or name.strip()  # "By HT News Desk": a desk, not a person
                continue
            author = author or name
            if org and credit_lines.wire_of(org) is None:
                outlet = outlet or org.strip(" .")
        elif removal.rule == "wire-credit" and (reporter := credit_lines.REPORTING_BY.match(text)):
            author = author or reporter.group("name")
        elif removal.rule == "republication" and found_wire is None:
            match = _COPYRIGHT_HOLDER.match(text)
            if match:
                outlet = outlet or match.group("holder").strip(" .")
            else:
                match = _FIRST_PUBLISHER.search(text)
                wire = wire or (match.group("publisher").strip(" .") if match else None)
    for block in kept[:3]:
        match = credit_lines.WIRE_DATELINE.match(block.text)
        if match and wire is None:
            wire = credit_lines.wire_of(match.group("wire"))
    return Credits(author, wire, outlet, date)


_COPYRIGHT_HOLDER = re.compile(
    r"^\W*(?:©|\(c\)|copyright)\s*(?:©\s*)?\d{4}\s*(?P<holder>[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*|\s+(?:and|of|the)){0,6})"
)
_FIRST_PUBLISHER = re.compile(
    r"(?:published|appeared)\s+(?:by|in|on|at)\s+(?:the\s+)?(?P<publisher>[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*|\s+(?:and|of)){0,6})"
)
