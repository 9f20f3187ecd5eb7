"""The speaker pass's shortcuts give what the plain computations they replace give."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from framediff.attribution.attach import _closes, verbs_after
from framediff.attribution.cues import find_verbs
from framediff.attribution.kinds import QuoteContext, quote_kind
from framediff.attribution.marks import QuoteSpan
from framediff.attribution.names import Mention
from framediff.attribution.quotations import _LOWERCASE_WORD
from framediff.attribution.registry import Registry
from framediff.attribution.resolver import Resolver
from framediff.attribution.sentences import TokenSentence
from framediff.attribution.tokens import tokenize
from framediff.options import QuoteOptions

# Letters of both cases, the characters a lowercase word may hold, and their neighbours.
_CHARS = st.text(alphabet="abzAZé_1 '’-‘.,", max_size=40)


@given(_CHARS)
def test_lowercase_words_are_the_boundary_pattern(text: str) -> None:
    assert _LOWERCASE_WORD.findall(text) == re.findall(r"\b[a-z][a-z'’-]+\b", text)


_PIECES = st.sampled_from(
    [
        "said",
        "told",
        "added",
        "according",
        "to",
        "pointed",
        "out",
        "he",
        "Smith",
        ",",
        "—",
        "“",
        "”",
        ".",
        "the",
        "warned",
        "saying",
    ]
)


@given(st.lists(_PIECES, min_size=1, max_size=40), st.booleans(), st.data())
def test_verbs_after_are_a_scan_from_there(
    pieces: list[str], headline: bool, data: st.DataObject
) -> None:
    """The sentence's verbs from a position after a token that is no word are those a scan
    from there finds (the scan ``verbs_after`` replaces), and past its reach only a verb
    that closes the sentence after a comma (wire style: "…, Civil Protection chief Marco
    Bellandi said Tuesday.")."""
    text = " ".join(pieces)
    tokens = tokenize(text, 0, len(text))
    starts = [k + 1 for k in range(len(tokens)) if not tokens[k].is_word]
    if not starts:
        return
    after_lo = data.draw(st.sampled_from(starts))
    sentence = TokenSentence(0, len(tokens))
    scanned = [
        v
        for v in find_verbs(tokens, after_lo, min(sentence.hi, after_lo + 18), headline=headline)
        if v[2] - after_lo <= 16
        and not any(tokens[k].text.startswith("¤") for k in range(after_lo, v[2]))
    ]
    found = verbs_after(tokens, sentence, after_lo, headline=headline)
    assert [v for v in found if v in scanned] == scanned
    assert all(_closes(tokens, sentence, v) for v in found if v not in scanned)


def _mention(name: str, start: int) -> Mention:
    return Mention(name, start, start + len(name), "name", name, ())


def test_noted_facts_follow_registry_changes() -> None:
    """What a noted name is (organisation, place, gender) is what the registry says at the
    time: the facts kept per name are dropped when the registry changes."""
    registry = Registry()
    resolver = Resolver(registry, frozenset())

    def registry_facts() -> tuple[bool, bool, str]:
        return registry.is_org("Smith"), registry.is_place("Smith"), registry.gender_of("Smith")

    resolver.note(0, 0, "Smith")
    assert resolver._facts_of("Smith") == registry_facts() == (False, False, "")
    registry.add(_mention("Mary Smith", 10))
    resolver.note(20, 1, "Smith")
    assert resolver._facts_of("Smith") == registry_facts() == (False, False, "female")


@given(st.sampled_from(["don‘t stop", "a “b” c", "«Oui»", "plain words here", "Fox ‘n’ Friends"]))
def test_quote_kind_ignores_the_shape_of_marks(quoted: str) -> None:
    tokens = tokenize("He said ¤ .", 0, 11)
    span = QuoteSpan(0, None, 0, len(quoted), 0, continues=False, continued=False)
    straight = quoted.translate(str.maketrans("‘’“”«»", '\'\'""""'))
    kinds = {
        quote_kind(
            QuoteContext(span, tokens, 2, TokenSentence(0, len(tokens))),
            text,
            headline=False,
            options=QuoteOptions(),
        )
        for text in (quoted, straight)
    }
    assert len(kinds) == 1


def test_resolved_names_follow_registry_changes() -> None:
    """A name resolves to the registry's fullest form of it at the time: the names kept per
    resolver are dropped when the registry changes."""
    registry = Registry()
    resolver = Resolver(registry, frozenset())
    assert resolver.resolve(_mention("Smith", 30), 1) == "Smith"
    registry.add(_mention("Mary Smith", 10))
    assert resolver.resolve(_mention("Smith", 30), 1) == "Mary Smith"


def test_noted_facts_follow_an_entity_settled_as_a_body() -> None:
    """A context that settles a name as a body's ("Southern Vale, a water company,") is a
    change of the registry: facts kept for the name before it are read again."""
    registry = Registry()
    resolver = Resolver(registry, frozenset())
    entity = registry.add(_mention("Southern Vale", 10))
    assert entity is not None
    resolver.note(20, 0, "Southern Vale")
    assert resolver._facts_of("Southern Vale")[0] is False
    registry.settle(entity, is_org=True)
    assert resolver._facts_of("Southern Vale")[0] is registry.is_org("Southern Vale") is True
