"""Sources described and then named in passing: "a woman who gave her name only as
Pauline", "a food vendor who gave only her first name, Wati", "a man identified only as
Musa". The name is who speaks, as far as the article can say."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from framediff.attribution.lexicon import word_set
from framediff.attribution.names import mention_from_tokens, phrase_after
from framediff.attribution.subjects import FoundAttribution
from framediff.attribution.tokens import Token, first_at

# Words after which "as" (or a comma, after "name") gives the name: "gave her name as",
# "identified only as", "known locally as", "who would only be named as".
_NAMING = word_set("name names named identified known")
# How far after the description the naming is looked for, in tokens: "who gave her name
# only as" and a short place between fit ("a trader at the market who gave …").
_REACH = 12


def with_given_name(tokens: Sequence[Token], found: FoundAttribution) -> FoundAttribution:
    """``found`` with the name a described source is given right after the description,
    in its clause; ``found`` itself when its source is a name or is given none."""
    if found.mention.kind in ("name", "pronoun"):
        return found
    start = first_at(tokens, found.mention.end)
    for j in range(start, min(len(tokens) - 1, start + _REACH)):
        token = tokens[j]
        if token.text.startswith("¤") or token.text in (".", ";", ":"):
            break
        before = tokens[j - 1].lower if j else ""
        if before == "only" and j >= 2:
            before = tokens[j - 2].lower  # "identified only as"
        if (token.lower == "as" and before in _NAMING) or (
            token.text == "," and tokens[j - 1].lower == "name"
        ):
            mention = mention_from_tokens(phrase_after(tokens, j + 1))
            if mention is not None and mention.kind == "name":
                return replace(found, mention=mention)
            return found
    return found
