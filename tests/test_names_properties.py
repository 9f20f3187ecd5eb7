"""Reading names is what its plain definitions give.

The phrase before a word, the words a registry phrase may end after and the capitalised
words of name mentions are written for speed (phrases trimmed only when there is one,
tokens picked in C); the definitions here are the plain ones, a token at a time.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from framediff.attribution.body_names import (
    and_inside_body,
    and_joins_fields,
    as_listed,
    body_named_with_for,
    body_named_with_of,
    capitalised_run,
    comma_in_body_list,
    strip_possessive,
    titled_after_body,
)
from framediff.attribution.lexicon import (
    BARE_BODIES,
    NATIONALITIES,
    NEW_PLACES,
    OPENERS,
    ORG_NOUNS,
    ORG_WORDS,
    PARTICLES,
    PRONOUNS,
    canonical_key,
    clean_word,
    is_role_noun,
    opens_capitalised,
)
from framediff.attribution.mentions import name_mentions
from framediff.attribution.names import (
    NO_END,
    Mention,
    _body_start,
    _classify,
    _is_false_title,
    _is_phrase_text,
    _is_share,
    _opens_body_name,
    _owner_describes,
    is_name_text,
    is_name_word,
    phrase_span,
)
from framediff.attribution.portfolios import and_in_portfolio, for_inside_phrase, without_portfolio
from framediff.attribution.sentences import _ENDS, TokenSentence, _attributes, token_sentences
from framediff.attribution.tokens import Token, tokenize
from framediff.ingest.build import article_from_clean_text
from framediff.model import NameMention

# Names, titles, openers, links, pronouns, bodies' nouns, possessives, abbreviations and
# marks: the words a phrase is read back over or stops at.
_WORDS = st.sampled_from(
    [
        *("Jens", "Stoltenberg", "Zelensky's", "Mr.", "Oct.", "President", "Secretary", "NATO"),
        *("the", "The", "a", "one", "of", "for", "and", "And", "said", "he", "He", "She"),
        *("ministry", "company", "county's", "police", "official", "new", "New", "York"),
        *("Trump", "Pence", "Labour's", "But", "US", "Al", "de", "nutritional-supplement"),
        *(",", ".", "—", "(", ")", "“", "”", "¤¤", "3", "Ukrainian", "leader", "Half"),
        *("Party", "Republican", "White", "House", "Baker", "Sue", "Timmins", "CNBC's"),
        *("?", "!", "…", "¤", ":", ";", "told", "added", "Murphy", "Minister", "Health"),
        *("his", "wife", "family", "Securities", "Exchange", "Commission", "Canada"),
    ]
)
_PHRASES = st.lists(_WORDS, max_size=14).map(" ".join)


def _tokens(text: str) -> list[Token]:
    return tokenize(text, 0, len(text))


def _plain_phrase_span(tokens: Sequence[Token], end: int) -> tuple[int, int]:
    """``phrase_span`` trimming every phrase, and looking for "and" in all of it."""
    i = end - 1
    if i < 0:
        return end, end
    last = tokens[i]
    if last.lower in PRONOUNS:
        return i, end
    if not last.is_capitalised:
        body = _body_start(tokens, i)
        if body >= 0:
            return body, end
    start = end
    while i >= 0:
        token = tokens[i]
        possessive = token.lower in ("his", "her", "their", "its", "my", "our", "your")
        if (token.lower in OPENERS and token.is_word) or (
            possessive and start < end and not tokens[start].is_capitalised
        ):
            start = i
            if (
                i >= 2
                and tokens[i - 1].lower in ("of", "for")
                and tokens[i - 2].is_capitalised
                and tokens[i - 2].is_word
            ):
                i -= 2
                continue
            break
        if not _is_phrase_text(token.text) and not (
            # Shared: the commas of a body's list of fields ("the Department for
            # Environment, Food and Rural Affairs").
            token.text == "," and comma_in_body_list(tokens, i)
        ):
            # A particle joins the name after it: "von der Leyen", "bin Salman".
            after = tokens[i + 1] if start == i + 1 < end else None
            if not (
                token.lower in PARTICLES
                and after is not None
                and (after.is_capitalised or after.lower in PARTICLES)
            ) and not (
                # "Minister for Housing", "the Office for National Statistics": a title's
                # portfolio, a body's name.
                after is not None and for_inside_phrase(tokens, i)
            ):
                break
        start = i
        i -= 1
    lo, hi = start, end
    while lo < hi and tokens[lo].lower in ("of", "and"):
        lo += 1
    while hi > lo and tokens[hi - 1].lower in NO_END:
        hi -= 1
    k = hi - 2
    while k >= lo:
        if tokens[k].lower == "and":
            # a title's portfolio holds its "and" ("Minister of Small Business and …"), and
            # a body's name (shared: "the Securities and Exchange Commission")
            inside = k > lo and (and_in_portfolio(tokens, k) or and_inside_body(tokens, lo, k))
            return (lo, hi) if inside else (k + 1, hi)
        k -= 1
    return lo, hi


@settings(max_examples=400, deadline=None)
@given(_PHRASES)
@example("the Securities and Exchange Commission said")
@example("Jens , Securities and Exchange Canada said")
def test_phrase_span_is_the_plain_reading(text: str) -> None:
    tokens = _tokens(text)
    for end in range(len(tokens) + 1):
        assert phrase_span(tokens, end) == _plain_phrase_span(tokens, end)


@settings(max_examples=200, deadline=None)
@given(st.lists(_PHRASES, min_size=1, max_size=4))
def test_name_mentions_are_the_plain_ones(paragraphs: list[str]) -> None:
    article = article_from_clean_text("\n\n".join(paragraphs), id="a")
    plain: list[NameMention] = []
    for paragraph in article.paragraphs:
        tokens = tokenize(article.text, paragraph.start, paragraph.end)
        for k, token in enumerate(tokens):
            word = token.text
            if len(word) < 3 or not is_name_word(token):
                continue
            bare = word[:-2] if word.endswith(("'s", "’s")) else word
            if not bare[:1].isalpha() or len(bare) < 3:
                continue
            lo, hi = _plain_phrase_span(tokens, k + 1)
            start, end = (tokens[lo] if hi > lo else token).start, token.start + len(bare)
            plain.append(NameMention("a", article.text[start:end], bare, start, end))
    assert name_mentions(article) == tuple(plain)


_POSSESSIVE = re.compile(r"['’‘]s$")


def _plain_mention(tokens: Sequence[Token]) -> Mention | None:
    return _plain_classify(tokens) if tokens else None


def _plain_classify(tokens: Sequence[Token]) -> Mention | None:
    """``_classify`` as a mention, reading every token for "of", telling descriptors by
    equality and possessives by a pattern."""
    first = tokens[0]
    if len(tokens) == 1 and first.lower in PRONOUNS:
        return Mention(first.text, first.start, first.end, "pronoun", None, ())
    words = [t for t in tokens if t.is_word]
    if not words:
        return None
    # The rules this oracle shares with ``_classify`` rather than restating: a body named
    # with "for" or "of", a title's portfolio.
    named_with_for = body_named_with_for(tokens, tuple(t.text for t in tokens))
    if named_with_for is not None:
        text, kind, name, descriptors, _, _ = named_with_for
        return Mention(text, tokens[0].start, tokens[-1].end, kind, name, descriptors)
    # "Gov. Terry E. Branstad of Iowa", "Patricia Moran of Cheyenne": the person is named
    # before "of"; "Secretary of State John Kerry" has only a title there.
    for k, token in enumerate(tokens):
        if (
            first.lower in OPENERS
            and is_role_noun(tokens[-1].lower)
            and not tokens[-1].is_capitalised
        ):
            break  # "A Ministry of Environment and Energy official": the official, a person
        if token.lower == "of" and k > 0:
            head = [t for t in tokens[:k] if t.is_word]
            if len(head) == 1 and _is_share(head[0]) and k + 1 < len(tokens):
                # "Half of Vermont Democrats said", "Two-thirds of insiders said": the share
                # of a group speaks as that group.
                return _plain_mention(tokens[k + 1 :])
            # Shared rules too: a body named "of" what it serves, and a person titled
            # after one ("Bank of England Governor Andrew Bailey").
            body_of = body_named_with_of(tokens, tuple(t.text for t in tokens), head, k)
            if body_of is not None:
                text, kind, name, descriptors, _, _ = body_of
                return Mention(text, tokens[0].start, tokens[-1].end, kind, name, descriptors)
            if titled_after_body(tokens, head, k):
                break
            if head and is_name_word(head[-1]) and clean_word(head[-1].text) not in NATIONALITIES:
                return _plain_mention(tokens[:k])
            if head and head[-1].is_capitalised and clean_word(head[-1].text) in ORG_WORDS:
                # "the Republican Party of Wyoming announced": the body is named before
                # "of", in capitals, even when its last word is also a title word.
                body = capitalised_run(head)
                name = " ".join(strip_possessive(t.text) for t in body)
                descriptors = tuple(clean_word(t.text).lower() for t in head if t not in body)
                return Mention(
                    " ".join(t.text for t in tokens),
                    tokens[0].start,
                    tokens[-1].end,
                    "name",
                    name,
                    descriptors,
                )
            break
    # The name is the run of name words at the end of the phrase ("NATO Secretary General
    # Jens Stoltenberg" → "Jens Stoltenberg"); titles and nationalities before it describe.
    name_tokens: list[Token] = []
    for at in reversed(range(len(words))):
        token = words[at]
        is_name = is_name_word(token) and clean_word(token.text) not in NATIONALITIES
        # "new" describes ("the new minister"), but it opens place and paper names too
        # ("The New York Times", "New Hampshire"), and sits inside one after a name's word.
        new_place = (
            token.text == "New"
            and bool(name_tokens)
            and (name_tokens[0].text in NEW_PLACES or (at > 0 and is_name_word(words[at - 1])))
        )
        body_word = name_tokens and token.is_capitalised and _opens_body_name(token, name_tokens)
        # Shared: an "and" joining two fields of a body's name ("Securities and Exchange").
        fields = name_tokens and token.lower == "and" and and_joins_fields(words, 0, at)
        if (
            is_name
            or new_place
            or (name_tokens and token.lower in PARTICLES)
            or body_word
            or fields
        ):
            name_tokens.insert(0, token)
        else:
            break
    if name_tokens:
        name_tokens = without_portfolio(words, name_tokens)
    owner = next(
        (n for n in range(len(name_tokens) - 2, -1, -1) if _POSSESSIVE.search(name_tokens[n].text)),
        None,
    )
    if owner is not None and _owner_describes(name_tokens[: owner + 1], name_tokens[owner + 1 :]):
        name_tokens = name_tokens[owner + 1 :]  # "Labour's Iain Rennie": the party describes
    if len(name_tokens) >= 3 and _is_false_title(name_tokens):
        name_tokens.pop(0)  # "Baker Sue Timmins": the trade describes, as a title does
    descriptors = tuple(clean_word(t.text).lower() for t in words if t not in name_tokens)
    text_start, text_end = tokens[0].start, tokens[-1].end
    texts = [t.text for t in tokens]
    # Shared: the commas of a body's list of fields are written as they are.
    phrase = as_listed(texts) if "," in texts else " ".join(texts)
    if name_tokens:
        if "," in texts:
            name_tokens = [
                t for t in tokens if name_tokens[0].start <= t.start <= name_tokens[-1].start
            ]
        name = as_listed([strip_possessive(t.text) for t in name_tokens])
        return Mention(phrase, text_start, text_end, "name", name, descriptors)
    heads = [t for t in words if is_role_noun(clean_word(t.text).lower())]
    if not heads and (first.lower in OPENERS or _POSSESSIVE.search(first.text) or len(words) > 1):
        # A body's common noun heads a phrase with its determiner ("the ministry", "a
        # statement from the union", "the county's utility"); a singular count noun alone
        # is no subject in English ("his campaign and has boasted" has "campaign" bare).
        heads = [t for t in words if clean_word(t.text).lower() in ORG_NOUNS]
    elif not heads:
        heads = [t for t in words if clean_word(t.text).lower() in BARE_BODIES]
    if not heads:
        body = capitalised_run(words[1:])
        if first.lower == "the" and body and len(body) == len(words) - 1:
            # "the White House", "the Élysée": a body named by title words alone, which
            # are no name words elsewhere ("White House spokesman").
            name = " ".join(strip_possessive(t.text) for t in body)
            return Mention(phrase, text_start, text_end, "name", name, ())
        # No head at all: not a speaker.
        return None
    if first.lower in ("the", "this", "that") and len(words) > 1:
        return Mention(phrase, text_start, text_end, "role", None, descriptors)
    return Mention(phrase, text_start, text_end, "generic", None, descriptors)


@settings(max_examples=600, deadline=None)
@given(_PHRASES)
@example("the Jens of wife")
def test_a_phrase_is_classified_as_the_plain_reading_does(text: str) -> None:
    tokens = _tokens(text)
    for lo in range(len(tokens)):
        phrase = tokens[lo:]
        reading = _classify(phrase, tuple(t.text for t in phrase))
        mention = None
        if reading is not None:
            text, kind, name, descriptors, first, last = reading
            start, end = phrase[first].start, phrase[last].end
            mention = Mention(text, start, end, kind, name, descriptors)
        assert mention == _plain_classify(phrase)


def _plain_token_sentences(
    tokens: Sequence[Token], last_chars: dict[int, str]
) -> list[TokenSentence]:
    """``token_sentences`` stepping through every token.

    A quotation ending in . ! or ? ends the sentence unless an attribution follows it
    (“Can we get seven?” Zelenskyy said)."""
    result: list[TokenSentence] = []
    lo = 0
    depth = 0
    for i, token in enumerate(tokens):
        if token.is_word:
            continue  # only brackets, sentence ends and quotations are read, no word
        text = token.text
        if text == "(":
            depth += 1
        elif text == ")" and depth:
            depth -= 1  # never below zero: a stray ")" opens nothing
        boundary = False
        if text in _ENDS and depth == 0:
            nxt_token = tokens[i + 1] if i + 1 < len(tokens) else None
            # "(R-Fla.)", "state.gov" and "no. 2" do not end sentences.
            boundary = not (
                nxt_token is not None
                and (nxt_token.text in (")", ",", ";") or nxt_token.text[:1].islower())
            )
        if text.startswith("¤") and last_chars.get(token.start, "") in (".", "!", "?", "…"):
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if nxt is not None and (nxt.is_capitalised or nxt.text.startswith("¤")):
                # An attribution may follow after an appositive ("“…!” Murphy, the head of
                # Right to Rise USA, tweeted"), so look to the next full stop.
                window = []
                for j in range(i + 1, min(len(tokens), i + 17)):
                    if tokens[j].text in (".", "!", "?") or tokens[j].text.startswith("¤"):
                        break
                    window.append(j)
                if len(window) > 5 and not any(tokens[j].text == "," for j in window[:6]):
                    window = window[:5]  # no appositive: the verb must come at once
                # "“… my home.” Her daughter added, “We were not asked.”": an attribution that
                # ends in a comma or colon before the next quotation introduces that one.
                end = window[-1] if window else i
                opens_next = (
                    tokens[end].text in (",", ":")
                    and end + 1 < len(tokens)
                    and tokens[end + 1].text.startswith("¤")
                )
                boundary = opens_next or not any(_attributes(tokens, j) for j in window)
        if boundary:
            result.append(TokenSentence(lo, i + 1))
            lo = i + 1
    if lo < len(tokens):
        result.append(TokenSentence(lo, len(tokens)))
    return result


@settings(max_examples=400, deadline=None)
@given(_PHRASES, st.sampled_from(".,!?"))
def test_token_sentences_are_the_plain_ones(text: str, mark: str) -> None:
    tokens = _tokens(text)
    # Every other quotation ends with ``mark``, the rest with a letter.
    quoted = [t.start for t in tokens if t.text.startswith("¤")]
    last_chars = {start: mark if n % 2 else "a" for n, start in enumerate(quoted)}
    found = token_sentences(tokens, last_chars)
    assert found == _plain_token_sentences(tokens, last_chars)


def test_a_name_word_by_its_text() -> None:
    for text in ("Stoltenberg", "But", "President", "Oct.", "said", "3", "Zelensky's"):
        assert is_name_text(text) == is_name_word(Token(text, 0, len(text)))
    assert is_name_text("Stoltenberg") and not is_name_text("But")


@pytest.mark.parametrize(
    ("word", "capitalised"),
    [
        ("al-Assad", True),
        ("el-Sisi", True),
        ("Al-Sudani", True),
        ("ad-Din", False),
        ("al-qaeda", False),
        ("as-is", False),
        ("at-large", False),
        ("Assad", True),
        ("assad", False),
    ],
)
def test_a_hyphened_article_opens_a_capitalised_name(word: str, capitalised: bool) -> None:
    assert opens_capitalised(word) is capitalised
    assert tokenize(word, 0, len(word))[0].is_capitalised is capitalised


def test_a_surname_keys_alike_with_its_hyphened_article_and_without() -> None:
    assert canonical_key("al-Assad") == canonical_key("Assad") == canonical_key("Al-Assad")
    assert canonical_key("as-is") != canonical_key("is")
