"""The sentence rule the boilerplate lexicon is made of: a name, the reason a reader is
shown, and the pattern of its alternatives (``lexicon``, ``reader_rules``)."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    """A named boilerplate pattern and the reason shown when it removes text."""

    name: str
    reason: str
    pattern: re.Pattern[str]
    # The alternatives ``pattern`` is made of, for ``lexicon.any_sentence_rule``.
    alternatives: tuple[str, ...] = ()


def rule(name: str, reason: str, *alternatives: str) -> Rule:
    """A rule of ``alternatives``, each a pattern read case-insensitively."""
    pattern = re.compile("|".join(alternatives), re.IGNORECASE)
    return Rule(name, reason, pattern, alternatives)
