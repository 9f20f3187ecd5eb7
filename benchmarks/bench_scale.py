"""How the cost of one long article grows with its size: a benchmark run on demand, not a test.

Usage: python benchmarks/bench_scale.py [--sizes 0.1,0.5,1,2,5] [--repeated 0.24,0.5,1,19]
                                        [--raise-limit] [--json]

Two kinds of article, each compared with one seed article (``corpus/nato-shootdown-2024``):

* ordinary text: PolNeAR train articles (``../shared/evaldata/polnear``, read only, never
  copied into the repository) joined into one article of 0.1, 0.5, 1, 2 and 5 MB; the five
  seed articles stand in when the evaluation data is absent;
* the repeated-article case: one seed article of 2.3 KB repeated until it holds 0.24, 0.5,
  1 and 19 MB, the shape of a page that repeats its story thousands of times. The 19 MB
  article is over the default limit per article: the run measures how fast it is refused
  (``--raise-limit`` lifts the limits and measures what comparing it costs).

Each size runs in a fresh subprocess that writes the article to a temporary folder, then
loads and cleans it (``load_articles``) and compares it (``compare``): wall time, CPU time
of the process and peak memory (``resource.getrusage``, resident set size) are reported.
CPU time is the figure to judge growth by on a shared machine, where other work stretches
the wall time. The ratio column is time(this size) / time(previous size).
"""

from __future__ import annotations

import argparse
import json
import math
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
POLNEAR = REPO.parent / "shared" / "evaldata" / "polnear" / "data"
SEED_STORY = REPO / "corpus" / "nato-shootdown-2024"
SEED = SEED_STORY / "003_e10f0307fb1c42ac.txt"
MB = 1_000_000


def ordinary_text(size: float) -> str:
    """At least ``size`` MB of distinct news articles, joined as paragraphs of one text."""
    folders = [POLNEAR / part / "text" for part in ("train", "dev", "test")]
    paths = [p for folder in folders if folder.is_dir() for p in sorted(folder.glob("*.txt"))]
    if not paths:  # no evaluation data: the seeds, repeated as often as needed
        paths = sorted(SEED_STORY.glob("*.txt"))
    parts: list[str] = []
    total = 0
    while total < size * MB:
        for path in paths:
            parts.append(path.read_text(encoding="utf-8"))
            total += len(parts[-1]) + 2
            if total >= size * MB:
                break
    return "\n\n".join(parts)


def repeated_text(size: float) -> str:
    """One seed article repeated until the text holds about ``size`` MB."""
    one = SEED.read_text(encoding="utf-8").strip()
    return "\n\n".join([one] * max(1, round(size * MB / (len(one) + 2))))


def measure_one(kind: str, size: float, raise_limit: bool) -> dict[str, Any]:
    """Load and compare one long article with a seed, in this process; the figures."""
    from framediff.compare import compare
    from framediff.errors import InputError
    from framediff.ingest.load import load_articles
    from framediff.options import LoadOptions, Options

    text = ordinary_text(size) if kind == "ordinary" else repeated_text(size)
    options = Options()
    if raise_limit:
        options = Options(load=LoadOptions(max_article_chars=10**9, max_total_chars=10**9))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"{kind}.txt"
        path.write_text(text, encoding="utf-8")
        wall, cpu = time.perf_counter(), time.process_time()
        result: dict[str, Any] = {"kind": kind, "mb": size, "chars": len(text)}
        try:
            articles = load_articles([str(path), str(SEED)], options=options)
            loaded = time.process_time()
            comparison = compare(articles, options=options)
            result.update(
                outcome="compared",
                load_cpu_s=round(loaded - cpu, 2),
                quotations=len(comparison.quotes),
                sentences=sum(len(a.sentences) for a in articles),
            )
        except InputError as error:
            result.update(outcome="refused", message=str(error))
        result["wall_s"] = round(time.perf_counter() - wall, 2)
        result["cpu_s"] = round(time.process_time() - cpu, 2)
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return result


def run_one(kind: str, size: float, raise_limit: bool) -> dict[str, Any]:
    """``measure_one`` in a fresh interpreter, so peak memory is this size's alone."""
    command = [sys.executable, __file__, "--one", kind, str(size)]
    if raise_limit:
        command.append("--raise-limit")
    done = subprocess.run(command, capture_output=True, text=True, check=True, cwd=REPO)
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def with_ratios(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each compared row with time(size) / time(previous size) and the growth exponent
    (1 is linear, 2 quadratic), by CPU time."""
    previous: dict[str, Any] | None = None
    for row in rows:
        if row["outcome"] == "compared" and previous is not None:
            ratio = row["cpu_s"] / max(previous["cpu_s"], 1e-9)
            row["ratio"] = round(ratio, 2)
            row["size_ratio"] = round(row["chars"] / previous["chars"], 2)
            row["exponent"] = round(math.log(ratio) / math.log(row["size_ratio"]), 2)
        previous = row if row["outcome"] == "compared" else None
    return rows


def table(rows: list[dict[str, Any]]) -> str:
    lines = [
        "| case | MB | outcome | wall (s) | CPU (s) | ratio | size ratio | exponent "
        "| peak RSS (MB) |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        lines.append(
            f"| {row['kind']} | {row['chars'] / MB:.2f} | {row['outcome']} | {row['wall_s']} "
            f"| {row['cpu_s']} | {row.get('ratio', '')} | {row.get('size_ratio', '')} "
            f"| {row.get('exponent', '')} | {row['peak_rss_mb']} |"
        )
    refused = [row["message"] for row in rows if row["outcome"] == "refused"]
    return "\n".join(lines + [f"\nrefused: {message}" for message in refused])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="0.1,0.5,1,2,5", help="ordinary text, MB")
    parser.add_argument("--repeated", default="0.24,0.5,1,19", help="repeated article, MB")
    parser.add_argument("--raise-limit", action="store_true", help="lift the size limits")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--one", nargs=2, metavar=("KIND", "MB"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        kind, size = args.one
        print(json.dumps(measure_one(kind, float(size), args.raise_limit)))
        return
    rows: list[dict[str, Any]] = []
    for kind, sizes in (("ordinary", args.sizes), ("repeated", args.repeated)):
        group = [run_one(kind, float(s), args.raise_limit) for s in sizes.split(",") if s]
        rows.extend(with_ratios(group))
    if args.json:
        info = {"python": platform.python_version(), "machine": platform.machine()}
        print(json.dumps({"environment": info, "results": rows}, indent=2))
    else:
        print(table(rows))


if __name__ == "__main__":
    main()
