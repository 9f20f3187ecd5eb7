"""One warm-up and one first pass of attribution, for counting instructions: run on demand.

Usage: valgrind --tool=callgrind .venv/bin/python benchmarks/extract_once.py N

Imports the extraction benchmark (``bench_extract.py``), warms up on 40 PolNeAR dev
articles and makes one first pass over the first N train articles (none with N = 0).
The instructions of N = 100 less those of N = 0 are the cost of 100 new articles
(``docs/performance.md``, "Counted in instructions").
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_extract

from framediff.runtime import use_batch_gc


def main() -> None:
    articles = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    use_batch_gc()
    _, raw = bench_extract.texts(None)
    bench_extract.one_pass(bench_extract.warm_up_texts()[:40])
    if articles:
        bench_extract.one_pass(raw[:articles])


if __name__ == "__main__":
    main()
