"""Page furniture of the house styles of ``tests/data/styles/marked`` batch 10, written
again with other outlets, names and places: a paywall's box, photo credits set before or
after a caption, a sign-off of initials, a long tag line, "More … coverage" and the links
under it, appeals that name the outlet, the comment form's prompt, a writer's note. Each
line of the story around them must stay."""

from __future__ import annotations

import pytest

from framediff.ingest.clean import clean_text

_STORY = (
    "Harbour workers in Port Louis walked off the job on Monday after talks over night-shift "
    "pay broke down, leaving three container ships waiting at anchor.",
    "“We have asked for the same thing for two years,” said union secretary Devika Ramful.",
    "The port authority said it would meet the union again on Thursday.",
    "Read the union's statement in full on its website, the secretary added.",
)


def _cleaned(*furniture: str) -> tuple[str, list[str]]:
    """The cleaned text of a story with ``furniture`` lines set between its paragraphs,
    and the furniture lines the cleaner kept."""
    paragraphs = [_STORY[0], *furniture[:2], *_STORY[1:3], *furniture[2:], _STORY[3]]
    text = "Port Louis dock workers strike over night pay\n\n" + "\n\n".join(paragraphs) + "\n"
    cleaned = clean_text(text).text
    kept = [line for line in furniture if line in cleaned.split("\n\n")]
    for line in _STORY:
        assert line in cleaned, f"story line lost: {line!r}"
    return cleaned, kept


@pytest.mark.parametrize(
    "line",
    [
        # A paywall's box.
        "To continue reading, please log in:",
        "Already have an account? Sign in here »",
        "* Billed as £3.50 every four weeks. Cancel any time.",
        "or",
        "Advertise with us",
        # Photo credits around a caption.
        "Dock workers gather at the gate of the port in Port Louis (MBC photo)",
        "STRIKE: Workers outside the harbour office yesterday. —Photo: ANIL JHUGROO",
        "A ship waits at anchor off Port Louis. -- Photo: Mauritius Ports Authority",
        "PRIYA DOOKUN / LE MAURICIEN Union members gather outside the harbour office.",
        # A sign-off of the paper's initials.
        "(LM)",
        # A long tag line.
        "Tags: dock workers, night shifts, port authority, Port Louis, strikes, trade unions, "
        "wages, shipping, container traffic, labour law",
        # Appeals and the comment form.
        "Support Defimedia: Help keep Defimedia free for all readers by supporting our team",
        "Our newsroom depends on its readers to power our journalism.",
        "Use the comment form below to begin a discussion about this article.",
        # A writer's note.
        "Ravi Soobrayan is a labour reporter at Le Mauricien. He grew up in Curepipe and "
        "joined the newsroom in 2019.",
    ],
)
def test_a_furniture_line_goes(line: str) -> None:
    _, kept = _cleaned(line)
    assert kept == []


def test_more_coverage_and_the_headlines_under_it_go() -> None:
    # Under the story, as the page lists them.
    links = (
        "More Defimedia coverage",
        "Taxi drivers threaten strike over fuel prices",
        "Explainer: How the port's night-shift rota works",
    )
    text = "Port Louis dock workers strike\n\n" + "\n\n".join((*_STORY, *links)) + "\n"
    paragraphs = clean_text(text).text.split("\n\n")
    assert [line for line in links if line in paragraphs] == []
    assert all(line in paragraphs for line in _STORY)
