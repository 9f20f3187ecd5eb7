"""Furniture removed and story lines lost on the written house-style articles: run on demand.

Usage: python benchmarks/eval_styles.py [FILE …] [--show] [--check]

Reads the marked articles of ``tests/data/styles/marked/`` (a line starting "#F " is
furniture; every other line after the headline is the story), cleans each as
``framediff clean`` does, and prints per article and in all: how many furniture lines were
removed (a line trimmed in part counts as removed) and how many story lines were lost.
``--show`` lists the furniture kept and the story lost. ``--check`` (the CI gate) fails when
any story line is lost. Run on an older checkout, it gives
the figures before a change (``docs/evaluation.md``, house styles).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from framediff.ingest.clean import clean_text  # noqa: E402

MARKED = REPO / "tests" / "data" / "styles" / "marked"
MARK = "#F "


def _flat(text: str) -> str:
    return " ".join(text.split())


def score(path: Path) -> tuple[int, int, int, int, list[str]]:
    """(furniture lines, removed, story lines, lost, what went wrong) for one article."""
    lines = path.read_text(encoding="utf-8").strip().split("\n")
    cleaned = clean_text("\n\n".join(line.removeprefix(MARK) for line in lines))
    kept = _flat(cleaned.text)
    paragraphs = {_flat(p) for p in cleaned.text.split("\n\n")}
    furniture = removed = story = lost = 0
    wrong: list[str] = []
    for line in lines[1:]:
        if line.startswith(MARK):
            furniture += 1
            if _flat(line.removeprefix(MARK)) in paragraphs:
                wrong.append(f"kept: {line.removeprefix(MARK)}")
            else:
                removed += 1
        else:
            story += 1
            if _flat(line) not in kept:
                lost += 1
                wrong.append(f"lost: {line}")
    return furniture, removed, story, lost, wrong


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", help="marked articles (default: all of them)")
    parser.add_argument("--show", action="store_true", help="list what went wrong")
    parser.add_argument("--check", action="store_true", help="fail when a story line is lost")
    args = parser.parse_args()
    paths = [Path(f) for f in args.files] or sorted(MARKED.glob("*.txt"))
    totals = [0, 0, 0, 0]
    for path in paths:
        furniture, removed, story, lost, wrong = score(path)
        totals = [a + b for a, b in zip(totals, (furniture, removed, story, lost), strict=True)]
        print(
            f"{path.name}: furniture removed {removed} of {furniture}, story lost {lost} of {story}"
        )
        if args.show:
            for line in wrong:
                print(f"    {line}")
    furniture, removed, story, lost = totals
    print(f"all: furniture removed {removed} of {furniture}, story lines lost {lost} of {story}")
    if args.check:
        print("check: ok" if lost == 0 else f"check: FAILED, {lost} story lines lost")
        if lost:
            sys.exit(1)


if __name__ == "__main__":
    main()
