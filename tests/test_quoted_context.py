"""Quotation only one outlet carries counts as context it adds; a split quotation's seam shows."""

from __future__ import annotations

from framediff.compare import Comparison, compare
from framediff.ingest.build import article_from_clean_text
from framediff.render.markdown import render_markdown
from framediff.render.terminal import render_terminal

SHARED = "“We will keep the old bridge open to every farmer until the harvest is in,”"
EXTRA = "“The ferry will also run twice a day for the school children of Millbrook,”"


def _story() -> Comparison:
    a = article_from_clean_text(
        "Bridge stays open\n\nThe county will not close the river crossing this autumn.\n\n"
        f"{SHARED} Mayor Anna Kovacs said on Monday.\n\nThe bridge is 90 years old.\n\n"
        f"{EXTRA} council member Joe Brandt said.",
        id="a",
        outlet="Valley Times",
    )
    b = article_from_clean_text(
        "Farmers keep their bridge\n\nThe county will not close the river crossing this "
        f"autumn.\n\n{SHARED} Mayor Anna Kovacs said.\n\nRepairs are planned for spring.",
        id="b",
        outlet="River Post",
    )
    c = article_from_clean_text(
        "Crossing stays open\n\nThe county will not close the river crossing this autumn.\n\n"
        f"{SHARED} said Mayor Anna Kovacs.\n\nRepairs are planned for spring.",
        id="c",
        outlet="Daily Ledger",
    )
    return compare([a, b, c])


def test_a_sentence_of_quotation_only_one_outlet_carries_is_added_context() -> None:
    comparison = _story()
    (added,) = [a for a in comparison.alignment.added_context("a") if a.quoted]
    assert "school children of Millbrook" in added.text
    assert added.speaker == "Joe Brandt"
    assert added.to_json()["speaker"] == "Joe Brandt"
    # The quotation all three carry is a family, never context.
    assert not any("harvest" in a.text for a in comparison.alignment.added)


def test_the_other_outlets_leave_it_out_and_the_reports_say_who_is_quoted() -> None:
    comparison = _story()
    left_out = [o for o in comparison.informative_omissions if "Millbrook" in o.text]
    assert {o.article for o in left_out} == {"b", "c"}
    assert all(o.quoted and o.speaker == "Joe Brandt" for o in left_out)
    terminal = " ".join(render_terminal(comparison).split())
    assert "- quoting Joe Brandt: “The ferry will also run" in terminal
    assert "- quoting Joe Brandt: “The ferry will also run" in render_markdown(comparison)


def _family(first: str, second: str):  # type: ignore[no-untyped-def]
    """The one shared family of two short articles whose bodies are ``first``, ``second``."""
    a = article_from_clean_text(f"Minister speaks\n\n{first}", id="a")
    b = article_from_clean_text(f"Minister promises\n\n{second}", id="b")
    (family,) = compare([a, b]).shared_families
    return family


SPLIT = "“There is no such issue,” the minister said. “Shoot down what is in the sky over the river"


def test_a_split_quotation_shows_its_seam() -> None:
    family = _family(
        "“There is no such issue, so shoot down what is in the sky over the river,” the "
        "minister said on Monday.",
        f"{SPLIT}.”",
    )
    rendering = family.rendering("b")
    assert rendering is not None and "issue, … Shoot down" in rendering
    assert "issue, Shoot" not in rendering
    # The word "so" that b cut where it closed its quote marks is a marked cut.
    (diff,) = family.diffs
    kinds = {op.kind for op in diff.ops if op.kind != "equal"}
    assert "elision" in kinds and not kinds & {"omission", "wording"}


def test_the_fullest_text_of_split_parts_shows_the_seam() -> None:
    family = _family(
        f"{SPLIT}.”",
        f"{SPLIT},” she added, “and do it before the winter comes to the valley.”",
    )
    assert "There is no such issue, … Shoot down" in family.text
    assert "issue, Shoot" not in family.text
