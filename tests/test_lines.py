"""The pieces cleaning rules read: a paragraph's match key follows its text."""

from __future__ import annotations

from framediff.ingest.lines import Block, match_key


def test_a_block_key_is_the_key_of_the_text_it_holds_now() -> None:
    block = Block("Advertisement — Story continues below", 3)
    assert block.match_key() == match_key(block.text)
    block.text = "Story continues below"  # trimmed in place, as the rules do
    assert block.match_key() == "story continues below"
    assert block == Block("Story continues below", 3)  # the key is no part of the block
