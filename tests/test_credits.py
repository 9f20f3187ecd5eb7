"""Attribution differs: a quote family says when its outlets credit different people."""

from __future__ import annotations

import json
from dataclasses import replace

import jsonschema

from framediff.compare import Comparison, compare
from framediff.ingest.build import article_from_clean_text
from framediff.render.html import render_html
from framediff.render.markdown import render_markdown
from framediff.render.terminal import render_terminal
from tests.conftest import ROOT

WORDS = "We will keep the old bridge open to every farmer until the last of the harvest is in"


def _story(credit_b: str, credit_c: str | None = None) -> Comparison:
    a = article_from_clean_text(
        "Bridge stays open\n\nThe county will not close the river crossing this autumn.\n\n"
        f"“{WORDS},” Mayor Anna Kovacs said on Monday.\n\nThe bridge is 90 years old.",
        id="a",
        outlet="Valley Times",
    )
    b = article_from_clean_text(
        "Farmers keep their bridge\n\nThe crossing will stay open this autumn.\n\n"
        f"“{WORDS},” {credit_b}.\n\nRepairs are planned for spring.",
        id="b",
        outlet="River Post",
    )
    articles = [a, b]
    if credit_c is not None:
        articles.append(
            article_from_clean_text(
                f"Crossing news\n\nA notice went up at the crossing.\n\n{credit_c}“{WORDS}.”",
                id="c",
                outlet="Daily Ledger",
            )
        )
    return compare(articles)


def test_a_quotation_credited_to_another_person_is_a_finding() -> None:
    (family,) = _story("Governor Peter Lind said").shared_families
    assert family.attribution_differs
    assert [(c.article, c.speaker) for c in family.attributions] == [
        ("a", "Anna Kovacs"),
        ("b", "Peter Lind"),
    ]


def test_an_outlet_that_credits_nobody_differs_from_one_that_names_someone() -> None:
    (family,) = _story("Mayor Anna Kovacs said", credit_c="").shared_families
    assert family.attribution_differs
    assert [c.speaker for c in family.attributions] == ["Anna Kovacs", "Anna Kovacs", None]


def test_one_person_spelled_two_ways_is_not_a_difference() -> None:
    (family,) = _story("Kovacs said").shared_families
    assert not family.attribution_differs


def test_json_names_who_credits_whom() -> None:
    comparison = _story("Governor Peter Lind said", credit_c="")
    report = comparison.to_json()
    schema = json.loads((ROOT / "docs" / "schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(report, schema)
    (family,) = [f for f in report["quote_families"] if f["shared"]]
    assert family["attribution_differs"] is True
    assert family["attributions"] == [
        {"article": "a", "outlet": "Valley Times", "speaker": "Anna Kovacs", "verb": "said"},
        {"article": "b", "outlet": "River Post", "speaker": "Peter Lind", "verb": "said"},
        {"article": "c", "outlet": "Daily Ledger", "speaker": None, "verb": None},
    ]
    assert [m["speaker"] for m in family["members"]] == ["Anna Kovacs", "Peter Lind", None]


def test_every_report_says_who_credits_whom() -> None:
    comparison = _story("Governor Peter Lind said", credit_c="")
    said = "Valley Times credits Anna Kovacs; River Post credits Peter Lind; Daily Ledger credits"
    terminal = " ".join(render_terminal(comparison).split())
    assert f"! attribution differs: {said} no one" in terminal
    assert "River Post (credits Peter Lind, said, speech):" in terminal
    assert f"⚠ **Attribution differs:** {said} no one." in render_markdown(comparison)
    html = render_html(comparison)
    assert f"<strong>Attribution differs: </strong>{said} no one." in html
    assert "<strong>credits no one · </strong>" in html


def test_outlets_crediting_one_person_are_named_together() -> None:
    comparison = _story("Mayor Anna Kovacs said", credit_c="")
    assert (
        "Valley Times and River Post credit Anna Kovacs; Daily Ledger credits no one"
        in render_markdown(comparison)
    )


def test_a_credit_is_escaped_like_any_article_text() -> None:
    comparison = _story("Governor Peter Lind said")
    family = comparison.families[0]
    hostile = tuple(
        replace(c, speaker="<i>Lind</i>") if c.article == "b" else c for c in family.attributions
    )
    comparison = replace(comparison, families=(replace(family, attributions=hostile),))
    html = render_html(comparison)
    assert "<i>Lind" not in html and "&lt;i&gt;Lind" in html
    assert "<i>Lind" not in render_markdown(comparison)
