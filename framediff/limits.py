"""Size limits on the text one run reads: refused with one line that names the flag.

Cost grows linearly with the text (docs/performance.md), but a mistaken input (a log file,
a page that repeats one article thousands of times) can still hold megabytes that no
reader wants compared; the limits stop it before any work, not after minutes of it.
"""

from __future__ import annotations

from collections.abc import Iterable

from framediff.errors import InputError
from framediff.options import LoadOptions

_MB = 1_000_000


def check_text_sizes(texts: Iterable[tuple[str, int]], options: LoadOptions) -> None:
    """Raise ``InputError`` when one text or all of them together are over the limits.

    ``texts`` are (name shown to the user, length in characters)."""
    total = 0
    for name, size in texts:
        if size > options.max_article_chars:
            raise InputError(
                f"{name} holds {size / _MB:.1f} MB of text, over the limit of "
                f"{options.max_article_chars / _MB:g} MB per article; raise it with "
                "--max-article-mb"
            )
        total += size
    if total > options.max_total_chars:
        raise InputError(
            f"the articles hold {total / _MB:.1f} MB of text together, over the limit of "
            f"{options.max_total_chars / _MB:g} MB per run; raise it with --max-total-mb"
        )
