"""Page furniture of the house styles of ``tests/data/styles/marked`` batch 16, written
again with other outlets, names and places: writers' notes of every form (the outlet's own
correspondent, "The writer is …", two colleagues), the credits of a translator and a
photographer, menus divided by middle dots, a non-profit's licence and funder, the paper's
own subscription, a channel's invitation, the letters page and "More in …" boxes. Sentences
of a story that look like them stay."""

from __future__ import annotations

import pytest

from framediff.ingest.clean import clean_text

_STORY = (
    "Bus drivers in Quetzaltenango stopped work on Tuesday after the city cut the fuel "
    "allowance, leaving thousands of commuters to walk.",
    "“We were told on Friday, by text message,” said driver Edgar Pop Caal.",
    "The municipality said the cut would be reviewed next month.",
    "Read together with last year's audit, the figures show a deficit, the council said.",
)


def _kept(*lines: str) -> list[str]:
    """The ``lines`` the cleaner kept when set between the story's paragraphs; every line
    of the story must stay."""
    paragraphs = [_STORY[0], *lines[:2], *_STORY[1:3], *lines[2:], _STORY[3]]
    text = "Quetzaltenango bus drivers strike\n\n" + "\n\n".join(paragraphs) + "\n"
    cleaned = clean_text(text).text.split("\n\n")
    for line in _STORY:
        assert line in cleaned, f"story line lost: {line!r}"
    return [line for line in lines if line in cleaned]


@pytest.mark.parametrize(
    "line",
    [
        # Writers' notes.
        "Ana Lucía Sac is the Xela Herald's correspondent in Totonicapán. She has covered the "
        "western highlands since 2018.",
        "Tomás Ixcoy is Prensa Altense's Quetzaltenango correspondent. He writes on transport "
        "and local government.",
        "The writer is a Lahore-based journalist who has reported on labour for a decade. He "
        "tweets @tixcoy",
        "Marta Chávez is a senior reporter at Voz Libre, where she covers city hall. Pedro "
        "Yat is Voz Libre's data editor.",
        "Julia Tzul covers transport and labour for the Xela Herald. She previously worked in "
        "radio.",
        # Credits other than the writer's.
        "Translated from Spanish by Rosa Quemé",
        "Pic by Nimal Perera",
        "Image courtesy of the Highlands Transit Observatory.",
        # A menu divided by middle dots.
        "News · Politics · Economy · Culture · Opinion · Podcasts",
        # A non-profit's licence and funder, the paper's own subscription, a channel.
        "Republish this story for free under a Creative Commons licence.",
        "This investigation was supported by the Open Cities Reporting Fund.",
        "Subscribe to The Highland Weekly: print and digital editions every Friday.",
        "WhatsApp: Join the Voz Libre channel to receive our top stories. Join now",
        "Join our Telegram and WhatsApp channels for real-time updates.",
        # The letters page and boxes of other stories.
        "Write to us: letters@xelaherald.example. Letters may be edited for length.",
        "More in THE TRANSIT FILES",
        "ALSO IN THIS ISSUE: Guatemala City's buses face the same cut next year",
    ],
)
def test_a_furniture_line_goes(line: str) -> None:
    assert _kept(line) == []


@pytest.mark.parametrize(
    "line",
    [
        # A journalist the story is about, and a writer's note with no beat.
        "Elena Choc is a reporter at the Xela Herald who was detained at the terminal on Monday.",
        "Rafael Coyoy is a journalist based in Quetzaltenango who was beaten by police.",
        # A project's funder is news; so is advice to subscribe to a service.
        "This project was funded by the Inter-American Development Bank.",
        "Subscribe to your bank's text alerts, the regulator advised drivers.",
        # Credits' words opening a sentence of the story.
        "Translated into K'iche', the notice reached drivers only on Monday.",
        "Photos taken by passengers show the queues stretching for blocks.",
        "Transport · the council's biggest cost · rose by a tenth last year, the audit said.",
    ],
)
def test_a_story_line_that_looks_like_furniture_stays(line: str) -> None:
    assert _kept(line) == [line]
