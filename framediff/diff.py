"""Typed word-level differences between two renderings of the same quotation.

``diff_words(a, b)`` cuts both texts into words, numbers, punctuation and white space,
aligns them, and labels every difference with what kind of change it is: a comma, a
capital, a spelling ("Zelensky"/"Zelenskyy", "defense"/"defence"), a contraction, a number
written two ways, a word substituted, words left out inside the quoted span (an unmarked
omission, the misquotation signal), a longer or shorter cut at either end (an extension),
or an edit the writer marked ("…", "[he]").

The operations cover both texts completely: joining the ``a_text`` of every operation gives
``a`` back exactly, and joining the ``b_text`` gives ``b``. Differences of white space
alone are not differences: they stay inside ``equal`` operations. The result does not
depend on which text is passed first: ``diff_words(b, a)`` is ``diff_words(a, b)`` with the
sides swapped (``insert`` and ``delete`` exchanged) and the same kinds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any, Literal, get_args

from rapidfuzz.distance import Indel

from framediff.similarity import NUMBER_WORDS, normalise_quotes
from framediff.variants import CENSORED, expand, us_spelling, variant_of

OpName = Literal["equal", "insert", "delete", "replace"]
DiffKind = Literal[
    "equal",
    "punctuation",
    "case",
    "spelling",
    "contraction",
    "number",
    "variant",
    "wording",
    "omission",
    "extension",
    "elision",
    "insertion",
]
DIFF_KINDS: tuple[DiffKind, ...] = get_args(DiffKind)


@dataclass(frozen=True)
class DiffOp:
    """One step from text a to text b: the spans it covers on each side and its kind."""

    op: OpName
    a_text: str
    b_text: str
    a_start: int
    a_end: int
    b_start: int
    b_end: int
    kind: DiffKind

    def swapped(self) -> DiffOp:
        """The same step seen from the other side."""
        op: OpName = {"insert": "delete", "delete": "insert"}.get(self.op, self.op)  # type: ignore[assignment]
        return DiffOp(
            op,
            self.b_text,
            self.a_text,
            self.b_start,
            self.b_end,
            self.a_start,
            self.a_end,
            self.kind,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "op": self.op,
            "kind": self.kind,
            "a_text": self.a_text,
            "b_text": self.b_text,
            "a_start": self.a_start,
            "a_end": self.a_end,
            "b_start": self.b_start,
            "b_end": self.b_end,
        }


TokenType = Literal["space", "elision", "group", "number", "word", "punct"]

# Order matters: a marked elision before a bracket group ("[…]" is an elision, "[he]" an
# insertion), a censored word ("f***") before punctuation takes its asterisks, numbers
# before words so "61bn" stays one token.
_TOKEN = re.compile(
    r"(?P<space>\s+)"
    r"|(?P<elision>\[\s*(?:…|\.\s?\.\s?\.)\s*\]|\(\s*(?:…|\.\s?\.\s?\.)\s*\)|…|\.{3,}|\. \. \.)"
    # An editorial insertion: brackets around a few words on one line. Long parentheses
    # are left as punctuation and words, because the alignment can then match inside them.
    r"|(?P<group>\[[^\[\]\n]{1,60}\]|\([^()\n]{1,60}\))"
    r"|(?P<word>" + CENSORED.pattern + ")"
    r"|(?P<number>\d+(?:[.,]\d+)*[^\W\d_]*)"
    r"|(?P<word2>[^\W_]+(?:['’][^\W_]+)*)"
    r"|(?P<punct>.)",
    re.DOTALL,
)


@dataclass(frozen=True)
class _Token:
    type: TokenType
    text: str
    start: int
    end: int
    key: str


def _key(kind: TokenType, text: str) -> str:
    if kind == "space":
        return " "
    if kind == "elision":
        return "…"
    if kind == "group":
        inner = " ".join(re.findall(r"[^\W_]+(?:['’][^\W_]+)*", normalise_quotes(text[1:-1])))
        return "[" + inner.lower() + "]"
    return normalise_quotes(text).lower()


def tokenise(text: str) -> tuple[_Token, ...]:
    """Words, numbers, punctuation, white space, marked elisions and bracketed insertions."""
    tokens = []
    for match in _TOKEN.finditer(text):
        group = match.lastgroup
        kind: TokenType = "word" if group == "word2" else group  # type: ignore[assignment]
        tokens.append(
            _Token(kind, match.group(0), match.start(), match.end(), _key(kind, match.group(0)))
        )
    return tuple(tokens)


_WORDISH = frozenset({"word", "number"})

_NUMBER_TOKEN = re.compile(r"(\d+(?:\.\d+)?)(bn|b|tn|mn|m|k|st|nd|rd|th)?")
_MULTIPLIERS = {"bn": 1e9, "b": 1e9, "tn": 1e12, "mn": 1e6, "m": 1e6, "k": 1e3}


def number_value(words: Sequence[str]) -> float | None:
    """The number a run of words spells ("61 billion", "61bn", "seven"), else None."""
    total = 0.0
    current = 0.0
    seen = False
    for raw in words:
        word = raw.lower().replace(",", "")
        digits = _NUMBER_TOKEN.fullmatch(word)
        if digits is not None:
            current += float(digits.group(1)) * _MULTIPLIERS.get(digits.group(2) or "", 1.0)
            seen = True
        elif word in NUMBER_WORDS:
            value = NUMBER_WORDS[word]
            if value == 100:
                current = (current or 1) * 100
            elif value >= 1000:
                total += (current or 1) * value
                current = 0.0
            else:
                current += value
            seen = True
        elif word in _MULTIPLIERS and seen:
            total += (current or 1) * _MULTIPLIERS[word]
            current = 0.0
        elif word not in ("and", "percent", "per", "cent"):
            return None
    return total + current if seen else None


_INFLECTIONS = ("s", "es", "ed", "d", "ing", "'s", "’s", "er", "ly")


def spelling_variant(x: str, y: str) -> bool:
    """True when two different words are one word spelled two ways.

    US/UK spellings and known transliterations always count. Otherwise the words must be
    long (short words one letter apart are usually different words: "would"/"could",
    "shoot"/"short"), start alike and be at least 80% similar; a plural or a tense
    ("missile"/"missiles") is a different word form, not a spelling.
    """
    x, y = normalise_quotes(x).lower(), normalise_quotes(y).lower()
    if x == y:
        return False
    if us_spelling(x) == us_spelling(y):
        return True
    for suffix in _INFLECTIONS:
        if x + suffix == y or y + suffix == x:
            return False
    if (x.endswith("e") and x[:-1] + "ing" == y) or (y.endswith("e") and y[:-1] + "ing" == x):
        return False
    return min(len(x), len(y)) >= 6 and x[0] == y[0] and Indel.normalized_similarity(x, y) >= 0.8


def _classify_change(a: Sequence[_Token], b: Sequence[_Token], at_edge: bool) -> DiffKind:
    """The kind of a change that turns tokens ``a`` into tokens ``b`` (either may be empty).

    Every test is symmetric in a and b, so swapping the texts keeps the kind.
    """
    types = {t.type for t in a} | {t.type for t in b}
    if "elision" in types:
        return "elision"
    if "group" in types:
        # A bracketed editor's word is an insertion when the brackets are all that side
        # changed ("(Russian)" / "Russian", "[he]" / "Zelensky"); words dropped beside
        # them ("this war (with NATO) quickly" / "this war") are still an unmarked
        # omission, the more serious finding.
        rest_a = [t for t in a if t.type != "group"]
        rest_b = [t for t in b if t.type != "group"]

        def only_brackets(side: Sequence[_Token], rest: Sequence[_Token]) -> bool:
            return any(t.type == "group" for t in side) and not any(
                t.type in _WORDISH for t in rest
            )

        if only_brackets(a, rest_a) or only_brackets(b, rest_b):
            return "insertion"
        return _classify_change(rest_a, rest_b, at_edge)
    wa = [t.text for t in a if t.type in _WORDISH]
    wb = [t.text for t in b if t.type in _WORDISH]
    if not wa and not wb:
        return "punctuation"
    if not wa or not wb:
        # Words on one side only: a cut at either end of what both quote is a longer or
        # shorter quotation; inside it, words silently left out.
        if at_edge:
            return "extension"
        # A dropped article ("an honor and a privilege") is a transcript's variant.
        return "variant" if variant_of(wa, wb) else "omission"
    la = [normalise_quotes(w).lower() for w in wa]
    lb = [normalise_quotes(w).lower() for w in wb]
    if "".join(la) == "".join(lb):
        return "case" if la == lb and wa != wb else "punctuation"
    if expand(la, colloquial=False) == expand(lb, colloquial=False):
        return "contraction"
    va, vb = number_value(la), number_value(lb)
    if va is not None and va == vb:
        return "number"
    if len(la) == len(lb) and all(
        x == y or spelling_variant(x, y) for x, y in zip(la, lb, strict=True)
    ):
        return "spelling"
    if variant_of(la, lb):
        return "variant"
    if at_edge and max(len(la), len(lb)) > 3:
        return "extension"
    return "wording"


def _classify_token_pair(a: _Token, b: _Token) -> DiffKind:
    """The kind of difference between two tokens that align as equal (same key)."""
    if a.type in _WORDISH and a.text.lower() != b.text.lower():
        # Keys match, so they differ only in apostrophe style; a capital may differ too.
        return "case" if normalise_quotes(a.text) != normalise_quotes(b.text) else "punctuation"
    if a.type in _WORDISH:
        return "case"
    return "punctuation"


@dataclass
class _Block:
    tag: str
    i1: int
    i2: int
    j1: int
    j2: int


def _merged_opcodes(ta: Sequence[_Token], tb: Sequence[_Token]) -> list[_Block]:
    ka = [t.key for t in ta]
    kb = [t.key for t in tb]
    matcher = SequenceMatcher(None, ka, kb, autojunk=False)
    blocks = [_Block(*op) for op in matcher.get_opcodes()]
    # A change of several words comes back as several changes with the spaces between them
    # "equal" ("will shoot down" / "would intercept"): join them into one change.
    merged: list[_Block] = []
    for block in blocks:
        if (
            len(merged) >= 2
            and block.tag != "equal"
            and merged[-2].tag != "equal"
            and merged[-1].tag == "equal"
            and all(t.type == "space" for t in ta[merged[-1].i1 : merged[-1].i2])
        ):
            space = merged.pop()
            previous = merged.pop()
            merged.append(_Block("replace", previous.i1, block.i2, previous.j1, block.j2))
            del space
        else:
            merged.append(block)
    for block in merged:
        if block.tag != "equal":
            block.tag = (
                "replace"
                if block.i2 > block.i1 and block.j2 > block.j1
                else ("delete" if block.i2 > block.i1 else "insert")
            )
    return merged


def _span(tokens: Sequence[_Token], i1: int, i2: int, fallback: int) -> tuple[int, int]:
    if i2 > i1:
        return tokens[i1].start, tokens[i2 - 1].end
    return fallback, fallback


def _diff_canonical(a: str, b: str) -> list[DiffOp]:
    ta, tb = tokenise(a), tokenise(b)
    blocks = _merged_opcodes(ta, tb)
    anchors = [
        n
        for n, block in enumerate(blocks)
        if block.tag == "equal" and any(t.type in _WORDISH for t in ta[block.i1 : block.i2])
    ]
    first_anchor = anchors[0] if anchors else len(blocks)
    last_anchor = anchors[-1] if anchors else -1

    ops: list[DiffOp] = []
    a_pos = b_pos = 0

    def emit(op: OpName, i1: int, i2: int, j1: int, j2: int, kind: DiffKind) -> None:
        nonlocal a_pos, b_pos
        a_start, a_end = _span(ta, i1, i2, a_pos)
        b_start, b_end = _span(tb, j1, j2, b_pos)
        ops.append(
            DiffOp(op, a[a_start:a_end], b[b_start:b_end], a_start, a_end, b_start, b_end, kind)
        )
        a_pos, b_pos = a_end, b_end

    for n, block in enumerate(blocks):
        if block.tag == "equal":
            # Equal keys may still differ in case or quote style: split those tokens out.
            run_i = block.i1
            run_j = block.j1
            for offset in range(block.i2 - block.i1):
                x, y = ta[block.i1 + offset], tb[block.j1 + offset]
                if x.text == y.text or x.type == "space":
                    continue
                if block.i1 + offset > run_i:
                    emit("equal", run_i, block.i1 + offset, run_j, block.j1 + offset, "equal")
                emit(
                    "replace",
                    block.i1 + offset,
                    block.i1 + offset + 1,
                    block.j1 + offset,
                    block.j1 + offset + 1,
                    _classify_token_pair(x, y),
                )
                run_i, run_j = block.i1 + offset + 1, block.j1 + offset + 1
            if block.i2 > run_i:
                emit("equal", run_i, block.i2, run_j, block.j2, "equal")
            continue
        a_side = ta[block.i1 : block.i2]
        b_side = tb[block.j1 : block.j2]
        at_edge = n < first_anchor or n > last_anchor
        op: OpName = block.tag  # type: ignore[assignment]
        emit(op, block.i1, block.i2, block.j1, block.j2, _classify_change(a_side, b_side, at_edge))
    return _fold_space(ops)


def _fold_space(ops: list[DiffOp]) -> list[DiffOp]:
    """White space that differs on its own is not a difference: fold it into a neighbour."""
    out: list[DiffOp] = []
    pending: list[DiffOp] = []
    for op in ops:
        space_only = op.op != "equal" and not op.a_text.strip() and not op.b_text.strip()
        if space_only and out and out[-1].op == "equal":
            out[-1] = _join(out[-1], op)
        elif space_only:
            pending.append(op)
        else:
            if pending and op.op == "equal":
                for waiting in reversed(pending):
                    op = _join(waiting, op)
                pending = []
            elif pending:
                out.extend(_retag_space(p) for p in pending)
                pending = []
            out.append(op)
    out.extend(_retag_space(p) for p in pending)
    return out


def _join(first: DiffOp, second: DiffOp) -> DiffOp:
    return DiffOp(
        "equal",
        first.a_text + second.a_text,
        first.b_text + second.b_text,
        first.a_start,
        second.a_end,
        first.b_start,
        second.b_end,
        "equal",
    )


def _retag_space(op: DiffOp) -> DiffOp:
    return DiffOp(
        op.op, op.a_text, op.b_text, op.a_start, op.a_end, op.b_start, op.b_end, "punctuation"
    )


def diff_words(a: str, b: str) -> tuple[DiffOp, ...]:
    """The typed word-level differences between two renderings of one quotation."""
    ka = tuple(t.key for t in tokenise(a))
    kb = tuple(t.key for t in tokenise(b))
    # SequenceMatcher is not symmetric (it breaks ties by position in its first argument),
    # so always align in one canonical order and swap the sides back afterwards.
    if (ka, a) <= (kb, b):
        return tuple(_diff_canonical(a, b))
    return tuple(op.swapped() for op in _diff_canonical(b, a))


def summarise(ops: Iterable[DiffOp]) -> dict[str, int]:
    """How many operations of each kind a diff has (every kind listed, zero when absent)."""
    counts: dict[str, int] = dict.fromkeys(DIFF_KINDS, 0)
    for op in ops:
        counts[op.kind] += 1
    return counts


def has_unmarked_omission(ops: Iterable[DiffOp]) -> bool:
    """True when one side leaves words out inside the span both quote, with no "…" to say so."""
    return any(op.kind == "omission" for op in ops)


def differences(ops: Iterable[DiffOp]) -> tuple[DiffOp, ...]:
    """The operations that are real differences (everything but ``equal``)."""
    return tuple(op for op in ops if op.kind != "equal")
