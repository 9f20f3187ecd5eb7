"""What every renderer says the same way: how a diff operation is described in words.

Also the markdown form of a whole diff (``marked_diff``), which the markdown report and its
framing sections both print.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from framediff.align import AddedContext, Omission, QuoteFamily
from framediff.align.utterance import same_person
from framediff.diff import DiffOp
from framediff.render.escape import escape_markdown

# How each kind of difference is named for a reader, most serious first. An unmarked
# omission inside a quotation is the misquotation signal teachers care most about.
KIND_LABELS: dict[str, str] = {
    "omission": "words left out without a mark",
    "wording": "a word changed",
    "extension": "quotes more (a different cut)",
    "elision": "words cut, marked with …",
    "insertion": "an editor's words added in brackets",
    "number": "a number written differently",
    "spelling": "spelled differently",
    "contraction": "contracted differently",
    "variant": "transcribed differently (gonna / going to, a censored word)",
    "case": "capitals differ",
    "punctuation": "punctuation differs",
}
KIND_ORDER = tuple(KIND_LABELS)
SERIOUS_KINDS = frozenset({"omission", "wording"})
PAIR_NOTE = "In a group of two articles, what one leaves out is what the other adds (above)."


def changes(ops: Iterable[DiffOp]) -> list[DiffOp]:
    """The operations that are differences, not equal text or white space only."""
    return [op for op in ops if op.kind != "equal" and (op.a_text.strip() or op.b_text.strip())]


def counted(count: int, noun: str) -> str:
    """'1 quotation', '3 quotations': the count with its noun in the right number."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def describe_change(
    op: DiffOp,
    label_a: str,
    label_b: str,
    *,
    limit: int = 70,
    escape: Callable[[str], str] = str,
) -> str:
    """What differs, in words: ``only Antiwar.com has “So my question is,”``.

    ``escape`` is applied to every piece of article text and label (markdown escaping for
    the markdown report; the HTML builder escapes on its own).
    """
    a_text, b_text = escape(shorten(op.a_text, limit)), escape(shorten(op.b_text, limit))
    if op.op == "delete":
        return f"only {escape(label_a)} has “{a_text}”"
    if op.op == "insert":
        return f"only {escape(label_b)} has “{b_text}”"
    return f"{escape(label_a)} “{a_text}” / {escape(label_b)} “{b_text}”"


def describe_credits(
    family: QuoteFamily, label: Callable[[str], str], *, escape: Callable[[str], str] = str
) -> str:
    """Who credits whom: ``Outlet A credits Jens Stoltenberg; Outlet B credits no one``.

    Outlets that credit the same person are named together, in article order.
    """
    groups: list[tuple[str | None, list[str]]] = []
    for credit in family.attributions:
        for speaker, outlets in groups:
            if same_person(speaker, credit.speaker):
                outlets.append(label(credit.article))
                break
        else:
            groups.append((credit.speaker, [label(credit.article)]))
    parts = []
    for speaker, outlets in groups:
        who = escape(" and ".join(outlets))
        verb = "credits" if len(outlets) == 1 else "credit"
        parts.append(f"{who} {verb} {escape(speaker) if speaker else 'no one'}")
    return "; ".join(parts)


def quoting(item: AddedContext | Omission, *, escape: Callable[[str], str] = str) -> str:
    """``quoting Anna Kovacs: `` before a sentence that is direct quotation; else nothing."""
    if not item.quoted:
        return ""
    return f"quoting {escape(item.speaker) if item.speaker else 'an unnamed speaker'}: "


def count_kinds(ops: Iterable[DiffOp]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for op in changes(ops):
        counts[op.kind] = counts.get(op.kind, 0) + 1
    return {kind: counts[kind] for kind in KIND_ORDER if kind in counts}


def _wrap_marked(text: str, marker: str) -> str:
    """``marker`` around the escaped words of ``text``, spaces kept outside the markers."""
    stripped = text.strip()
    if not stripped:
        return text
    lead = text[: len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()) :]
    return f"{lead and ' '}{marker}{escape_markdown(stripped)}{marker}{trail and ' '}"


def _keep_spaces(raw: str, escaped: str) -> str:
    """``escaped`` with the white space that ``raw`` had at either end (one space each)."""
    lead = " " if raw[:1].isspace() else ""
    trail = " " if raw[-1:].isspace() and raw.strip() else ""
    return f"{lead}{escaped}{trail}"


def marked_diff(ops: Sequence[DiffOp]) -> str:
    """Version a with version b's changes marked: ~~a only~~ **b only**."""
    parts: list[str] = []
    for op in ops:
        if op.op == "equal" or op.kind == "equal":
            parts.append(_keep_spaces(op.a_text, escape_markdown(op.a_text)))
            continue
        if op.a_text.strip():
            parts.append(_wrap_marked(op.a_text, "~~"))
        if op.b_text.strip():
            parts.append(_wrap_marked(op.b_text, "**"))
        if not op.a_text.strip() and not op.b_text.strip():
            parts.append(" ")
    return " ".join("".join(parts).split())
