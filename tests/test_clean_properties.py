"""Invariants of loading and cleaning, on any text (hypothesis)."""

from __future__ import annotations

from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from framediff.ingest import credit_lines, lexicon
from framediff.ingest.build import article_from_clean_text
from framediff.ingest.clean import clean_text
from framediff.ingest.decode import decode_bytes
from framediff.ingest.lines import is_bare_wire, match_key, normalise_unicode

# Article-like text: words, news punctuation, quote marks, line breaks, and furniture
# phrases, so the generator reaches the cleaner's rules rather than only random noise.
_PIECES = st.sampled_from(
    [
        "Zelensky",
        "said",
        "the",
        "NATO",
        "missiles",
        "“",
        "”",
        "‘",
        "’",
        '"',
        "'",
        ".",
        ",",
        "?",
        "\n",
        "\n\n",
        " ",
        "Aug.",
        "4",
        "Read: ",
        "Become a member",
        "Support us",
        "Donate now",
        "Follow us on Twitter",
        "credit flickr",
        "By Jane Doe",
        "Jul 15, 2024",
        "onceKyiv",
        "Related:",
        "You could close this page.",
        "he added",
        "(Russian)",
        "…",
    ]
)
ARTICLE_TEXT = st.lists(st.one_of(_PIECES, st.text(max_size=8)), max_size=60).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ARTICLE_TEXT)
def test_cleaning_never_raises_and_keeps_only_source_text(raw: str) -> None:
    cleaned = clean_text(raw)
    assert len(cleaned.roles) == len([p for p in cleaned.text.split("\n\n") if p.strip()])
    source = " ".join(normalise_unicode(raw).split())
    for paragraph in cleaned.text.split("\n\n"):
        # Kept text is source text: cleaning removes and joins, it never writes words.
        assert " ".join(paragraph.split()) in source
    for removal in cleaned.removed:
        assert " ".join(removal.text.split()) in source or removal.line == 0


@settings(max_examples=150, deadline=None)
@given(ARTICLE_TEXT)
@example("Zelensky\nBecome a memberZelensky")
def test_nothing_is_lost_silently(raw: str) -> None:
    """Every word of the source is either kept or named in a removal."""
    cleaned = clean_text(raw)
    accounted = set(
        match_key(cleaned.text + " " + " ".join(r.text for r in cleaned.removed)).split()
    )
    # Compared after NFC, which cleaning applies on purpose (one form for each character).
    for word in match_key(normalise_unicode(raw)).split():
        # A banner glued to the text ("Become a memberZelensky") is cut inside the word.
        split = any(word[:k] in accounted and word[k:] in accounted for k in range(1, len(word)))
        assert word in accounted or split


@settings(max_examples=100, deadline=None)
@given(ARTICLE_TEXT)
def test_segmentation_offsets_are_consistent(raw: str) -> None:
    text = clean_text(raw).text
    article = article_from_clean_text(text, id="x")
    previous_end = 0
    for sentence in article.sentences:
        assert previous_end <= sentence.start < sentence.end <= len(text)
        chunk = text[sentence.start : sentence.end]
        assert chunk == chunk.strip()
        previous_end = sentence.end


@settings(max_examples=100, deadline=None)
# Control characters are left out: a text of them is "binary" (refused), and b"\xff\xfe\0\0"
# (UTF-16 of a lone NUL) is also the UTF-32 byte-order mark.
@given(
    st.text(
        st.characters(exclude_categories=["Cs", "Cc"], include_characters="\n\t"),
        min_size=1,
        max_size=200,
    )
)
def test_utf8_and_utf16_decode_to_the_same_text(text: str) -> None:
    assume(not text.startswith("\ufeff"))  # a leading BOM character is read as a mark
    for encoding in ("utf-8", "utf-8-sig", "utf-16"):
        try:
            decoded, _ = decode_bytes(text.encode(encoding), name="x")
        except ValueError:
            continue  # control characters make it "binary": a refusal, not a wrong guess
        assert decoded == text


@settings(max_examples=300, deadline=None)
@given(ARTICLE_TEXT)
@example("Donate!")  # only an alternative anchored at the start matches
@example("Our readers like you.")  # only one that is not
@example("Photo: Jane Roe")
def test_one_test_for_all_sentence_rules_agrees_with_each_rule(sentence: str) -> None:
    each = any(rule.pattern.search(sentence) for rule in lexicon.SENTENCE_RULES)
    assert lexicon.any_sentence_rule(sentence) == each


def _bare_wire_by_search(text: str) -> bool:
    """``is_bare_wire`` as first written: the first agency name anywhere in the line, and
    only dashes, spaces and brackets around it."""
    match = credit_lines.WIRE_NAME.search(text)
    return (
        match is not None
        and credit_lines.wire_of(match.group(0)) is not None
        and not text[: match.start()].strip(" —–-(") + text[match.end() :].strip(" .)")
    )


_CREDIT_PIECES = st.sampled_from(
    [
        "AP",
        "ap",
        "Reuters",
        "The Canadian Press",
        "CP",
        "dpa",
        "x",
        "Photo",
        "-",
        "—",
        "(",
        ")",
        " ",
        ".",
        "'",
        "’",
        "a",
        "9",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_CREDIT_PIECES, max_size=8).map("".join))
@example("— AP")
@example("(AP) Photo")
@example("-AP")
@example("(AP)")
def test_bare_wire_is_tried_where_it_could_start(line: str) -> None:
    assert is_bare_wire(line) == _bare_wire_by_search(line)
