"""The articles written in other countries' house styles (``tests/data/speakers/``) keep
their speakers: each batch scores at least its floor in ``benchmarks/floors.json``, by the
scorer of ``benchmarks/eval_speakers.py``, and every gold line quotes its article."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "tests" / "data" / "speakers"
BATCHES = sorted(p for p in DATA.iterdir() if p.is_dir())


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "eval_speakers", REPO / "benchmarks" / "eval_speakers.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks its module up there
    spec.loader.exec_module(module)
    return module


SCORER = _scorer()
FLOORS = json.loads((REPO / "benchmarks" / "floors.json").read_text(encoding="utf-8"))["speakers"]


def test_every_batch_has_a_floor() -> None:
    assert BATCHES
    assert {p.name for p in BATCHES} <= set(FLOORS)


@pytest.mark.parametrize("batch", BATCHES, ids=lambda p: p.name)
def test_a_batch_scores_at_least_its_floor(batch: Path) -> None:
    quotations = found = right = 0
    for article in sorted(batch.glob("*.txt")):
        result = SCORER.score(article)
        quotations += result.quotations
        found += result.found
        right += result.right
    assert found / quotations >= FLOORS[batch.name]["found"]
    assert right / found >= FLOORS[batch.name]["speakers"]


@pytest.mark.parametrize("batch", BATCHES, ids=lambda p: p.name)
def test_every_gold_line_opens_a_quotation_of_its_article(batch: Path) -> None:
    for gold in sorted(batch.glob("*.gold")):
        text = gold.with_suffix(".txt").read_text(encoding="utf-8")
        at = 0
        for line in gold.read_text(encoding="utf-8").splitlines():
            opening, arrow, speaker = line.rpartition(" => ")
            assert arrow and opening and speaker, f"{gold.name}: {line!r}"
            # The first place after the one before where the words follow a quote mark: the
            # same words may come earlier unquoted (a summary box above the story).
            starts = [text.find(mark + opening, at) for mark in "\"'“‘„«‹‚"]
            found = min((k + 1 for k in starts if k >= 0), default=0)
            assert found > 0, f"{gold.name}: {opening!r} opens no quotation after the one before"
            at = found


def test_the_scorer_names_speakers_as_the_docstring_says() -> None:
    names = SCORER.names
    assert names("Ranil Wickremesinghe", "Mr Wickremesinghe")
    assert names("Koh Wei Ming", "Koh")
    assert names("Joint Chiefs of Staff", "JCS")
    assert names("an official with the agency", "the official")
    assert names("Kwaku Ampem Darko II", "Nana Darko")
    assert not names("Jan Kowalczyk", "Dean Whitcombe")
    assert not names("a Johannesburg Water engineer", "Johannesburg Water")
