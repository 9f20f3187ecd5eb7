"""How fast framediff loads and compares articles: a benchmark run on demand, not a test.

Usage: python benchmarks/bench_compare.py [--runs 20] [--sizes 25,50,100,200] [--json]

Measured, each separately:

* start-up: a fresh ``python -c "import framediff.compare"`` in a subprocess, against a bare
  ``python -c pass``, so the cost of the interpreter and of importing framediff (and its
  dependencies) is not mixed into the other figures;
* loading and cleaning the five bundled seed articles (``corpus/nato-shootdown-2024/``)
  with ``load_articles``, and ``compare`` alone on them: one warm-up run, then ``--runs``
  timed runs, reported as minimum and median;
* scale: ``compare`` on synthetic corpora of ``--sizes`` articles, built in memory from the
  seed paragraphs (shuffled, cut, mixed between seeds and lightly reworded, with a fixed
  random seed so every run builds the same corpora). Nothing is written to disk.

The synthetic articles keep the seeds' quotations, so they form large event groups full of
shared quotations and near-identical sentences: a harder case than a real news day, where
most articles are unrelated. docs/performance.md records the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from framediff.compare import compare  # noqa: E402
from framediff.ingest.build import article_from_clean_text  # noqa: E402
from framediff.ingest.load import load_articles  # noqa: E402
from framediff.model import Article  # noqa: E402

SEED_STORY = REPO / "corpus" / "nato-shootdown-2024"
T = TypeVar("T")

# Stand-ins for the light rewording one outlet does of another's sentence. Only words outside
# quotation marks are swapped, so quotations still match across the synthetic articles.
SWAPS = {
    "said": "stated",
    "says": "states",
    "told": "informed",
    "missiles": "rockets",
    "Russian": "Moscow's",
    "Ukraine": "Kyiv",
    "president": "leader",
    "also": "too",
    "would": "could",
    "countries": "nations",
}


def timed(function: Callable[[], T], runs: int) -> tuple[list[float], T]:
    """Seconds for each of ``runs`` calls after one untimed warm-up, and the last result."""
    result = function()
    seconds = []
    for _ in range(runs):
        started = time.perf_counter()
        result = function()
        seconds.append(time.perf_counter() - started)
    return seconds, result


def subprocess_seconds(code: str, runs: int) -> list[float]:
    """Wall time of fresh interpreters running ``code``: start-up as a user meets it."""
    command = [sys.executable, "-c", code]
    # Import from this checkout, as the other figures do, whether or not it is installed.
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    subprocess.run(command, check=True, env=env)  # warm the file cache
    seconds = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, check=True, env=env)
        seconds.append(time.perf_counter() - started)
    return seconds


def summary(seconds: Sequence[float]) -> dict[str, float]:
    return {"min": min(seconds), "median": statistics.median(seconds), "runs": len(seconds)}


def _reword(paragraph: str, rng: random.Random) -> str:
    """Swap a few words outside quotation marks, as an outlet adapting a sentence would."""
    out = []
    inside = False
    for token in paragraph.split(" "):
        # Straight and curly double marks both open and close, so parity is enough here.
        marks = sum(token.count(m) for m in '"“”')
        bare = token.strip(".,;:")
        if not inside and marks == 0 and bare in SWAPS and rng.random() < 0.5:
            token = token.replace(bare, SWAPS[bare])
        out.append(token)
        inside ^= marks % 2 == 1
    return " ".join(out)


def synthetic_corpus(seeds: Sequence[Article], size: int, seed: int = 2024) -> list[Article]:
    """``size`` articles made from the seeds' paragraphs, the same ones on every run."""
    rng = random.Random(seed + size)
    bodies = [[s.text[p.start : p.end] for p in s.body_paragraphs] for s in seeds]
    articles = []
    for n in range(size):
        base = n % len(seeds)
        paragraphs = list(bodies[base])
        # Keep most of the base article, cut a few paragraphs, borrow a couple from another
        # seed (background one outlet shares with another), and shuffle the middle.
        keep = max(2, int(len(paragraphs) * rng.uniform(0.6, 1.0)))
        paragraphs = paragraphs[:1] + rng.sample(paragraphs[1:], min(keep, len(paragraphs)) - 1)
        donor = bodies[(base + 1 + rng.randrange(len(seeds) - 1)) % len(seeds)]
        paragraphs += rng.sample(donor, min(2, len(donor)))
        middle = paragraphs[1:]
        rng.shuffle(middle)
        paragraphs = [_reword(p, rng) for p in paragraphs[:1] + middle]
        headline = f"{seeds[base].title} ({n})"
        articles.append(
            article_from_clean_text(
                "\n\n".join([headline, *paragraphs]),
                id=f"syn{n:04d}",
                outlet=f"Outlet {n % 23}",
                title=headline,
            )
        )
    return articles


def measure(runs: int, sizes: Sequence[int], startup_runs: int) -> dict[str, Any]:
    bare = subprocess_seconds("pass", startup_runs)
    imported = subprocess_seconds("import framediff.compare", startup_runs)

    load_seconds, seeds = timed(lambda: load_articles([str(SEED_STORY)]), runs)
    compare_seconds, seed_comparison = timed(lambda: compare(seeds), runs)

    scale = []
    for size in sizes:
        corpus = synthetic_corpus(seeds, size)
        # Large corpora take seconds per run: a few runs are enough to see the trend.
        repeats = 3 if size <= 50 else 1
        seconds = []
        for _ in range(repeats):
            started = time.perf_counter()
            comparison = compare(corpus)
            seconds.append(time.perf_counter() - started)
        scale.append(
            {
                "articles": size,
                "sentences": sum(len(a.sentences) for a in corpus),
                "quotations": len(comparison.quotes),
                "groups": len(comparison.groups),
                "largest_group": max(len(g) for g in comparison.groups),
                "families": len(comparison.families),
                "seconds": summary(seconds),
            }
        )
    return {
        "machine": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
        },
        "startup": {"python": summary(bare), "import_framediff_compare": summary(imported)},
        "seed": {
            "articles": len(seeds),
            "quotations": len(seed_comparison.quotes),
            "families": len(seed_comparison.families),
            "load_and_clean": summary(load_seconds),
            "compare": summary(compare_seconds),
        },
        "scale": scale,
    }


def ms(figure: dict[str, float]) -> str:
    return f"{figure['min'] * 1000:9.1f}  {figure['median'] * 1000:9.1f}"


def print_report(result: dict[str, Any]) -> None:
    machine = result["machine"]
    print(f"Python {machine['python']} on {machine['platform']}, {machine['cpus']} CPUs")
    seed = result["seed"]
    print(f"\n{'what':42}  {'min ms':>9}  {'median ms':>9}  runs")
    rows = [
        ("start-up: python -c pass", result["startup"]["python"]),
        ("start-up: import framediff.compare", result["startup"]["import_framediff_compare"]),
        (f"seed story: load + clean ({seed['articles']} articles)", seed["load_and_clean"]),
        (f"seed story: compare ({seed['articles']} articles)", seed["compare"]),
    ]
    for name, figure in rows:
        print(f"{name:42}  {ms(figure)}  {figure['runs']}")
    total = seed["load_and_clean"]["median"] + seed["compare"]["median"]
    print(f"{'seed story: load + compare, after start-up':42}  {'':9}  {total * 1000:9.1f}")

    print("\nScale: compare on synthetic corpora built from the seed paragraphs")
    print(
        f"{'articles':>8}  {'sentences':>9}  {'quotes':>6}  {'groups':>6}  {'largest':>7}  "
        f"{'families':>8}  {'min s':>7}  {'median s':>8}  {'ms/article':>10}"
    )
    for row in result["scale"]:
        seconds = row["seconds"]
        print(
            f"{row['articles']:8}  {row['sentences']:9}  {row['quotations']:6}  "
            f"{row['groups']:6}  {row['largest_group']:7}  {row['families']:8}  "
            f"{seconds['min']:7.2f}  {seconds['median']:8.2f}  "
            f"{seconds['median'] * 1000 / row['articles']:10.1f}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20, help="timed runs on the seed story")
    parser.add_argument(
        "--sizes", default="25,50,100,200", help="comma-separated synthetic corpus sizes"
    )
    parser.add_argument("--startup-runs", type=int, default=5, help="timed interpreter starts")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    result = measure(max(1, args.runs), sizes, max(1, args.startup_runs))
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print_report(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
