"""Every tuning knob of framediff, with its default and the reason for it.

``Options`` is built in one place (the CLI, or a library caller) and handed down; no stage
reads a threshold from anywhere else. ``docs/how-it-decides.md`` explains each value to
readers who are not programmers.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True, kw_only=True)
class LoadOptions:
    """Limits on what loading accepts."""

    # A news article is rarely over 100 KB of text; 20 MB is far beyond any real page and
    # stops a mistaken path (a log file, a database dump) from eating memory.
    max_file_bytes: int = 20 * 1024 * 1024
    # A JSON Lines corpus may hold many articles, so it gets a larger cap.
    max_corpus_bytes: int = 512 * 1024 * 1024
    # Fetching: seconds to wait for a server, and the largest page accepted.
    fetch_timeout_seconds: float = 20.0
    max_fetch_bytes: int = 10 * 1024 * 1024
    # An explicit encoding overrides detection (for the rare file detection gets wrong).
    encoding: str | None = None


@dataclass(frozen=True, kw_only=True)
class CleanOptions:
    """How boilerplate is recognised."""

    # A caption or credit line is short; longer lines are kept even when they look odd.
    max_caption_words: int = 40
    # A teaser for another story sits at the very end: a headline-shaped line followed by at
    # most this many paragraphs before the article ends.
    max_teaser_paragraphs: int = 2
    # A line repeated verbatim in this many articles of one outlet is that outlet's
    # boilerplate (a banner, a sign-off), provided it sits at the head or tail of the article.
    min_outlet_repeats: int = 2
    # Lines shorter than this many characters are never judged by repetition alone: short
    # lines ("Yes.", a dateline) repeat by chance.
    min_repeat_chars: int = 40


@dataclass(frozen=True, kw_only=True)
class QuoteOptions:
    """How quotations, their kinds and their speakers are decided."""

    # A quotation of at most this many words set inside the writer's own sentence, with no
    # speech verb of its own, is a fragment rather than speech.
    max_fragment_words: int = 8


@dataclass(frozen=True, kw_only=True)
class Options:
    """All options, grouped by stage."""

    load: LoadOptions = field(default_factory=LoadOptions)
    clean: CleanOptions = field(default_factory=CleanOptions)
    quotes: QuoteOptions = field(default_factory=QuoteOptions)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


DEFAULT_OPTIONS = Options()
