"""Words a pattern cannot match without: a cheap test that rules a pattern out before the
regular expression engine tries it.

The boilerplate lexicon searches every sentence of every article, and nearly every sentence
matches nothing. A pattern of many alternatives each starting with a word boundary makes
the engine try every alternative at every word boundary of the sentence (with IGNORECASE it
cannot check a literal first character before trying). A substring test for a word each
alternative must contain ("readers like you", "subscribe ") answers "no" for nearly every
sentence in a few string searches; the pattern itself is searched only when one is found.

The test is exact, never a guess: a literal is taken only where the pattern requires it,
outside any optional or alternative part, and the sentence is searched in lower case only
where lower case and the engine's IGNORECASE agree (see ``FOLDS_TO_ASCII``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

# Characters that IGNORECASE matches to an ASCII letter whose lower case is not that letter
# ('ſ' to 's', dotted and dotless i; the Kelvin sign's lower case is 'k'). In a text holding
# one, a pattern's ASCII literal can match where the lower-case text does not hold it, so
# such a text is searched by the patterns themselves. A test checks every character.
FOLDS_TO_ASCII = "\u0130\u0131\u017f"
_FOLDING = re.compile(f"[{FOLDS_TO_ASCII}]")

# Characters taken into a literal: ASCII that a pattern holds as itself outside a class,
# which the engine matches only to itself or to the same letter in the other case.
LITERAL_CHARACTERS = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 !\"#%&',-/:;<=>@_`~"
)
_QUANTIFIERS = "?*+{"
# Escapes two characters long that match no required literal text: a boundary, a class, or
# a punctuation mark as itself (left out of the literal, which can only shorten it).
_SKIPPED_ESCAPES = frozenset("bBsSwWdDAZ") | frozenset("\\.^$*+?{}[]()|-/ '\"#&~!,:;<=>@%`_")
_REPEAT = re.compile(r"\{\d*(?:,\d*)?\}")
# Flags for the whole pattern ("(?x)"); flags for a group ("(?i:…)") leave the group out.
_INLINE_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def _class_end(pattern: str, start: int) -> int:
    """Index of the ``]`` closing the character class opened at ``start``."""
    index = start + 1
    if pattern[index : index + 1] == "^":
        index += 1
    if pattern[index : index + 1] == "]":
        index += 1  # a ']' first in the class is one of its characters
    while index < len(pattern):
        if pattern[index] == "\\":
            index += 2
            continue
        if pattern[index] == "]":
            return index
        index += 1
    raise ValueError(f"unclosed class in {pattern!r}")


def _structure(pattern: str, start: int = 0) -> Iterator[tuple[int, str]]:
    """(index, character) of each group bracket and "|" of ``pattern`` from ``start`` on,
    passing over escapes and character classes, where those characters are themselves."""
    index = start
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":
            index = _class_end(pattern, index) + 1
            continue
        if char in "()|":
            yield index, char
        index += 1


def _group_end(pattern: str, start: int) -> int:
    """Index of the ``)`` closing the group opened at ``start``."""
    depth = 0
    for index, char in _structure(pattern, start):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index
    raise ValueError(f"unclosed group in {pattern!r}")


def split_branches(body: str) -> list[str]:
    """The top-level alternatives of a pattern or of a group's body."""
    branches, depth, start = [], 0, 0
    for index, char in _structure(body):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif depth == 0:
            branches.append(body[start:index])
            start = index + 1
    branches.append(body[start:])
    return branches


def _pieces(pattern: str) -> list[tuple[str, ...]] | None:
    """Each run of literal text the pattern requires, as a one-string tuple, and each
    required group whose every branch starts with literal text, as the tuple of those
    texts: one of them must occur. None for a pattern with alternatives of its own."""
    pieces: list[tuple[str, ...]] = []
    run: list[str] = []

    def end_run() -> None:
        if run:
            pieces.append(("".join(run),))
            run.clear()

    if _INLINE_FLAGS.search(pattern):
        return None  # flags such as (?x) change what a literal character means
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "|":
            return None
        if char in _QUANTIFIERS:
            # A quantifier applies to the one character before it (or to the group or class
            # before it, already left out): that character is not required.
            if run:
                run.pop()
            end_run()
            if char == "{":
                repeat = _REPEAT.match(pattern, index)
                if repeat is None:
                    return None  # a '{' the engine reads as itself: not worth the cases
                index = repeat.end()
            else:
                index += 1
            continue
        if char in LITERAL_CHARACTERS:
            run.append(char)
            index += 1
            continue
        end_run()
        if char == "\\":
            if pattern[index + 1 : index + 2] not in _SKIPPED_ESCAPES:
                # "\x41", "\u2019", "\1", "\N{…}": an escape that stands for a character
                # or a group is more than the two characters skipped here.
                return None
            index += 2
        elif char == "[":
            index = _class_end(pattern, index) + 1
        elif char == "(":
            close = _group_end(pattern, index)
            optional = close + 1 < len(pattern) and pattern[close + 1] in _QUANTIFIERS
            body = pattern[index + 1 : close]
            if body.startswith("?:") and not optional:
                heads = [_leading_literal(b) for b in split_branches(body[2:])]
                if all(heads):
                    pieces.append(tuple(dict.fromkeys(heads)))
            index = close + 1
        else:
            index += 1  # . ^ $ and the like: nothing literal
    end_run()
    return pieces


def _leading_literal(branch: str) -> str:
    """The literal text a branch starts with ('' when it starts otherwise)."""
    pieces = _pieces(branch)
    if not pieces or len(pieces[0]) != 1 or not branch.startswith(pieces[0][0]):
        return ""
    return pieces[0][0]


def required_literals(pattern: str) -> tuple[str, ...] | None:
    """Lower-case texts one of which occurs, in lower case, in any text ``pattern`` matches
    (compiled with IGNORECASE) that holds none of ``FOLDS_TO_ASCII``; None when the pattern
    requires no literal text that can be found.

    Of the required pieces, the one whose shortest text is longest: the rarest in prose.
    """
    pieces = _pieces(pattern)
    if not pieces:
        return None
    best = max(pieces, key=lambda texts: min(len(t.strip()) for t in texts))
    if min(len(t.strip()) for t in best) == 0:
        return None
    return tuple(t.lower() for t in best)


# Lower-case ASCII letters from the rarest in English news text to the commonest (counted on
# the PolNeAR articles): the letter of a literal that the search for any literal starts at.
_LETTERS_BY_RARITY = "qzxjkvbywfgpumcdlhrsoniate"


def _rarest_first(literal: str) -> str:
    """A pattern matching exactly ``literal``, written to start at its rarest letter: the
    literal's text up to that letter is a look-behind. A pattern that starts with a
    character lets the regex engine skip to where the character occurs."""
    at = min(
        range(len(literal)),
        key=lambda i: (_LETTERS_BY_RARITY + literal[i]).index(literal[i]),
    )
    before = re.escape(literal[: at + 1])
    return re.escape(literal[at]) + (f"(?<={before})" if at else "") + re.escape(literal[at + 1 :])


def any_literal_pattern(literals: Sequence[str]) -> re.Pattern[str]:
    """A pattern that a text matches exactly when it holds one of ``literals``.

    One search of the text in place of a substring test for each literal: each literal is
    written to start at its rarest letter, and the literals starting at the same letter are
    grouped, so the engine tries one group where the letter occurs and nothing elsewhere.
    The literals are not empty; of none, the pattern matches nothing."""
    if not literals:
        return re.compile("(?!)")
    by_letter: dict[str, list[str]] = {}
    for literal in sorted(set(literals)):
        written = _rarest_first(literal)
        first = written[:2] if written.startswith("\\") else written[:1]
        by_letter.setdefault(first, []).append(written[len(first) :])
    return re.compile(
        "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in by_letter.items())
    )


class LiteralFilteredSearch:
    """Whether any of ``alternatives`` (compiled with IGNORECASE) matches a text, each
    alternative searched only when a literal it requires occurs in the text."""

    def __init__(self, alternatives: Sequence[str]) -> None:
        by_literal: dict[str, list[str]] = {}
        unfiltered: list[str] = []
        for alternative in alternatives:
            literals = required_literals(alternative)
            if literals is None:
                unfiltered.append(alternative)
            for literal in literals or ():
                by_literal.setdefault(literal, []).append(alternative)
        self.keyed = tuple(
            (literal, re.compile("|".join(found), re.IGNORECASE))
            for literal, found in by_literal.items()
        )
        self.unfiltered = re.compile("|".join(unfiltered), re.IGNORECASE) if unfiltered else None
        self._whole = re.compile("|".join(alternatives), re.IGNORECASE)
        # Nearly every paragraph holds none of the literals: one search says so.
        self._any_literal = any_literal_pattern([literal for literal, _ in self.keyed])

    def search(self, text: str) -> bool:
        if self.unfiltered is not None and self.unfiltered.search(text):
            return True
        if not self.keyed:
            return False  # the alternatives left are those searched just above
        if not text.isascii() and _FOLDING.search(text):
            return self._whole.search(text) is not None
        lower = text.lower()
        return any(literal in lower and pattern.search(text) for literal, pattern in self.keyed)

    def within(self, text: str) -> LiteralFilteredSearch:
        """The same search for the parts of ``text`` (its sentences): only the alternatives
        whose literal ``text`` holds can match a part of it, so only they are kept, and a
        paragraph's sentences are not each tested for every literal again."""
        if not text.isascii() and _FOLDING.search(text):
            return self
        lower = text.lower()
        narrowed = object.__new__(LiteralFilteredSearch)
        if self.keyed and self._any_literal.search(lower) is not None:
            narrowed.keyed = tuple([entry for entry in self.keyed if entry[0] in lower])
        else:
            narrowed.keyed = ()
        narrowed.unfiltered = self.unfiltered
        narrowed._whole = self._whole
        narrowed._any_literal = self._any_literal
        return narrowed
