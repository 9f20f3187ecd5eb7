"""Extraction throughput: raw article text to attributions, articles a second on one core.

Usage: python benchmarks/extraction.py [--split train|dev] [--limit N] [--json]

Reads the PolNeAR articles from ``../shared/evaldata/polnear`` (never copied into the
repository; the bundled seed story when it is missing), then times, in this one process,
``load_articles`` (decoding and cleaning) and ``extract_article`` (attributions and the
utterances the corpus stores) over all of them. That is the article stage of
``framediff index``, which runs it on every core.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from framediff.corpus.extract import extract_article  # noqa: E402
from framediff.ingest.load import load_articles  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="train")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    folder = REPO.parent / "shared" / "evaldata" / "polnear" / "data" / args.split / "text"
    source = "polnear-" + args.split
    if not folder.is_dir():
        folder, source = REPO / "corpus" / "nato-shootdown-2024", "seed story"
    files = sorted(str(p) for p in folder.iterdir() if p.suffix in {".txt", ".md"})
    files = files[: args.limit] if args.limit else files
    started = time.perf_counter()
    articles = load_articles(files)
    loaded = time.perf_counter()
    quotations = sum(len(extract_article(a).quotes) for a in articles)
    done = time.perf_counter()
    result = {
        "source": source,
        "articles": len(articles),
        "quotations": quotations,
        "load_s": round(loaded - started, 2),
        "extract_s": round(done - loaded, 2),
        "articles_per_s_per_core": round(len(articles) / (done - started), 1),
        "extract_only_articles_per_s": round(len(articles) / (done - loaded), 1),
    }
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:>28}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
