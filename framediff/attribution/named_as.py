"""Sources described and then named in passing: "a woman who gave her name only as
Pauline", "a food vendor who gave only her first name, Wati", "a man identified only as
Musa". The name is who speaks, as far as the article can say."""

from __future__ import annotations

from collections.abc import Sequence

from framediff.attribution.lexicon import word_set
from framediff.attribution.names import Mention, mention_from_tokens
from framediff.attribution.phrase_after import phrase_after
from framediff.attribution.tokens import Token, first_at

# Words after which "as" (or a comma, after "name") gives the name: "gave her name as",
# "identified only as", "known locally as", "who would only be named as".
_NAMING = word_set("name names named identified known")
# "who introduced himself as Bakyt": a name the person gave for themselves.
_SELF = word_set("himself herself")
_INTRODUCED = word_set("introduced identified presented")
# How far after the description the naming is looked for, in tokens: "who gave her name
# only as" and a short place between fit ("a trader at the market who gave …").
_REACH = 12


def given_name_after(tokens: Sequence[Token], mention: Mention) -> Mention | None:
    """The name a described source is given right after its description, in its clause;
    None when the source is a name or is given none."""
    if mention.kind in ("name", "pronoun"):
        return None
    start = first_at(tokens, mention.end)
    for j in range(start, min(len(tokens) - 1, start + _REACH)):
        token = tokens[j]
        if token.text.startswith("¤") or token.text in (".", ";", ":"):
            break
        before = tokens[j - 1].lower if j else ""
        if before == "only" and j >= 2:
            before = tokens[j - 2].lower  # "identified only as"
        if before in _SELF and j >= 2 and tokens[j - 2].lower in _INTRODUCED:
            before = "named"  # "one of the drivers, who introduced himself as Bakyt,"
        if (token.lower == "as" and before in _NAMING) or (
            token.text == "," and tokens[j - 1].lower == "name"
        ):
            named = mention_from_tokens(phrase_after(tokens, j + 1))
            return named if named is not None and named.kind == "name" else None
    return None
