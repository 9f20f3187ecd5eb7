"""Measure framediff's similarity scores on the Microsoft Research Paraphrase Corpus.

Reads the MSRP training pairs from ``<repo>/../shared/evaldata/msrp/msr_paraphrase_train.txt``
(or from ``$FRAMEDIFF_EVALDATA/msrp/``), scores every pair with ``paraphrase_score`` and
``sentence_similarity``, and prints precision, recall, F1 and accuracy over a sweep of
thresholds, marking the thresholds ``AlignOptions`` uses. The data is third-party and is
never copied into the repository; without it the script says so and exits 0.

    python benchmarks/eval_msrp.py [--check]

With ``--check`` it exits 1 when a figure at a threshold framediff uses falls below its floor
in ``benchmarks/floors.json`` (key ``msrp``): the gate that keeps a change to the scoring
from silently making the links less precise.
"""

from __future__ import annotations

import csv
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from framediff.options import AlignOptions
from framediff.similarity import paraphrase_score, sentence_similarity

ROOT = Path(__file__).resolve().parent.parent
Pair = tuple[bool, str, str]


def data_path() -> Path:
    base = os.environ.get("FRAMEDIFF_EVALDATA")
    folder = Path(base) if base else ROOT.parent / "shared" / "evaldata"
    return folder / "msrp" / "msr_paraphrase_train.txt"


def load(path: Path) -> list[Pair]:
    pairs = []
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(reader)  # header
        for row in reader:
            if len(row) == 5:
                pairs.append((row[0].strip() == "1", row[3], row[4]))
    return pairs


def sweep(
    scores: Sequence[tuple[float, bool]], thresholds: Sequence[float]
) -> list[tuple[float, float, float, float, float]]:
    rows = []
    for threshold in thresholds:
        tp = sum(1 for s, gold in scores if s >= threshold and gold)
        fp = sum(1 for s, gold in scores if s >= threshold and not gold)
        fn = sum(1 for s, gold in scores if s < threshold and gold)
        tn = len(scores) - tp - fp - fn
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        rows.append((threshold, precision, recall, f1, (tp + tn) / len(scores)))
    return rows


def report(
    name: str, scorer: Callable[[str, str], float], pairs: Sequence[Pair], marks: dict[float, str]
) -> dict[str, tuple[float, float, float]]:
    """Print the sweep; return (precision, recall, F1) at each marked threshold, by mark."""
    scores = [(scorer(a, b), gold) for gold, a, b in pairs]
    thresholds = sorted({round(0.40 + 0.05 * n, 2) for n in range(11)} | set(marks))
    print(f"\n{name}")
    print("threshold  precision  recall  F1     accuracy")
    at_marks: dict[str, tuple[float, float, float]] = {}
    for threshold, precision, recall, f1, accuracy in sweep(scores, thresholds):
        mark = f"  <- {marks[threshold]}" if threshold in marks else ""
        print(f"{threshold:9.2f}  {precision:9.3f}  {recall:6.3f}  {f1:.3f}  {accuracy:8.3f}{mark}")
        if threshold in marks:
            at_marks[marks[threshold]] = (precision, recall, f1)
    return at_marks


def check(figures: dict[str, tuple[float, float, float]]) -> int:
    """Compare the figures with the pinned floors; print each, return the exit status."""
    floors = json.loads((ROOT / "benchmarks" / "floors.json").read_text(encoding="utf-8"))
    failed = 0
    print()
    for name, limits in floors.get("msrp", {}).items():
        precision, recall, f1 = figures[name]
        measured = {"precision": precision, "recall": recall, "f1": f1}
        for metric, floor in limits.items():
            ok = measured[metric] >= floor
            failed += not ok
            status = "ok" if ok else "BELOW FLOOR"
            print(f"{name} {metric}: {measured[metric]:.3f} (floor {floor:.3f}) {status}")
    return 1 if failed else 0


def main() -> int:
    path = data_path()
    if not path.is_file():
        print(f"MSRP data not found at {path}: nothing to evaluate (set FRAMEDIFF_EVALDATA).")
        return 0
    pairs = load(path)
    positives = sum(1 for gold, _, _ in pairs if gold)
    print(
        f"MSRP training pairs: {len(pairs)} ({positives} paraphrases, base rate "
        f"{positives / len(pairs):.3f})"
    )
    options = AlignOptions()
    figures = report(
        "paraphrase_score (quotation -> reported speech links)",
        paraphrase_score,
        pairs,
        {options.paraphrase_threshold: "paraphrase_threshold"},
    )
    figures |= report(
        "sentence_similarity (context sentence alignment)",
        sentence_similarity,
        pairs,
        {
            options.reworded_threshold: "reworded_threshold",
            options.shared_threshold: "shared_threshold",
            options.recycled_threshold: "recycled_threshold",
        },
    )
    return check(figures) if "--check" in sys.argv[1:] else 0


if __name__ == "__main__":
    sys.exit(main())
