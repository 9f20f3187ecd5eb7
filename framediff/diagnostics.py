"""Things a user should know about their input that do not stop the work."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from framediff.model import Quote


@dataclass(frozen=True)
class Diagnostic:
    """A note about one article: what framediff noticed and what it did about it."""

    article: str
    message: str

    def __str__(self) -> str:
        return f"{self.article}: {self.message}"


def unclosed_quotations(quotes: Sequence[Quote]) -> tuple[Diagnostic, ...]:
    """Quotations whose opening mark is never closed (the last part has no closing mark).

    Earlier parts of a quotation that runs over several paragraphs have no closing mark by
    convention; only the last part of an utterance must close.
    """
    last_parts: dict[tuple[str, int], Quote] = {}
    for quote in quotes:
        last_parts[(quote.article, quote.utterance)] = quote
    notes = []
    for quote in last_parts.values():
        if quote.close_mark:
            continue
        words = " ".join(quote.text.split()[:6])
        notes.append(
            Diagnostic(
                quote.article,
                f"the quotation opened in paragraph {quote.paragraph + 1} "
                f"({quote.open_mark}{words} …) is never closed; it was read to the end of "
                "that paragraph. Check the source for a missing quote mark.",
            )
        )
    return tuple(notes)
