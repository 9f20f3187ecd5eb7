"""Shared fixtures: the bundled story's seed articles, loaded as a user would load them."""

from __future__ import annotations

from pathlib import Path

import pytest

from framediff.ingest.load import load_articles
from framediff.model import Article

ROOT = Path(__file__).resolve().parent.parent
STORY = ROOT / "corpus" / "nato-shootdown-2024"
SHARED = ROOT.parent / "shared"
EVALDATA = SHARED / "evaldata"


def _load_seed_articles() -> dict[str, Article]:
    return {article.id: article for article in load_articles([str(STORY)])}


@pytest.fixture(scope="session")
def seed_articles() -> dict[str, Article]:
    """The five seed articles keyed by id (file stem), e.g. ``"003_e10f0307fb1c42ac"``."""
    return _load_seed_articles()
