"""How many articles a second one core turns into attributions: run on demand, not a test.

Usage: python benchmarks/bench_extract.py [--limit N] [--runs 3] [--json]

Reads the raw text of the PolNeAR train articles (``../shared/evaldata/polnear``, read
only; the five seed articles stand in when it is absent), and for each article builds the
``Article`` (paragraphs and sentences, ``article_from_clean_text``) and runs
``framediff.attribution.attribute`` on it: quotations, kinds, speakers, reported speech and
name mentions. The texts are read before timing starts. One warm-up pass over the first
articles fills the word caches, as in any long run; then ``--runs`` timed passes over all
of them. Articles per second per core are computed from the CPU time of the process (one
thread), which other work on a shared machine does not inflate as it does the wall time.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from framediff.attribution import attribute  # noqa: E402
from framediff.ingest.build import article_from_clean_text  # noqa: E402

POLNEAR_TRAIN = REPO.parent / "shared" / "evaldata" / "polnear" / "data" / "train" / "text"
SEED_STORY = REPO / "corpus" / "nato-shootdown-2024"


def texts(limit: int | None) -> tuple[str, list[str]]:
    """(where the texts come from, the raw texts)."""
    paths = sorted(POLNEAR_TRAIN.glob("*.txt")) if POLNEAR_TRAIN.is_dir() else []
    source = "PolNeAR train"
    if not paths:
        paths, source = sorted(SEED_STORY.glob("*.txt")), "seed articles"
    return source, [p.read_text(encoding="utf-8") for p in paths[:limit]]


def one_pass(raw: list[str]) -> tuple[float, float, int]:
    """(CPU seconds, wall seconds, quotations found) for one pass over ``raw``."""
    cpu, wall, found = time.process_time(), time.perf_counter(), 0
    for n, text in enumerate(raw):
        found += len(attribute(article_from_clean_text(text, id=f"a{n}")).quotes)
    return time.process_time() - cpu, time.perf_counter() - wall, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--runs", type=int, default=3, help="timed passes (default 3)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    args = parser.parse_args()
    source, raw = texts(args.limit)
    one_pass(raw[:20])  # warm-up
    passes = [one_pass(raw) for _ in range(args.runs)]
    best_cpu = min(cpu for cpu, _, _ in passes)
    result = {
        "source": source,
        "articles": len(raw),
        "characters": sum(len(t) for t in raw),
        "quotations": passes[0][2],
        "runs": args.runs,
        "cpu_s_min": round(best_cpu, 3),
        "cpu_s_median": round(statistics.median(cpu for cpu, _, _ in passes), 3),
        "wall_s_median": round(statistics.median(wall for _, wall, _ in passes), 3),
        "articles_per_s_per_core": round(len(raw) / best_cpu, 1),
        "ms_per_article": round(1000 * best_cpu / len(raw), 2),
        "python": platform.python_version(),
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(
        f"{result['articles']} {source} articles ({result['characters']:,} characters, "
        f"{result['quotations']} quotations): {result['articles_per_s_per_core']} articles/s "
        f"per core ({result['ms_per_article']} ms each; CPU {result['cpu_s_min']} s best of "
        f"{args.runs}, wall median {result['wall_s_median']} s)"
    )


if __name__ == "__main__":
    main()
