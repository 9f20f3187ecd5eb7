"""How many articles a second one core turns into attributions: run on demand, not a test.

Usage: python benchmarks/bench_extract.py [--limit N] [--runs 3] [--clean] [--json] [--default-gc]

Reads the raw text of the PolNeAR train articles (``../shared/evaldata/polnear``, read
only; the five seed articles stand in when it is absent), and for each article builds the
``Article`` (paragraphs and sentences, ``article_from_clean_text``) and runs
``framediff.attribution.attribute`` on it: quotations, kinds, speakers, reported speech and
name mentions. The texts are read before timing starts. One warm-up pass over other
articles (the PolNeAR dev articles) fills the word caches, as in any long run; then
``--runs`` timed passes over all of them. The first timed pass meets every article for the
first time, as a run over a corpus does: its figure is the one reported
(``articles_per_s_per_core``); later passes meet articles already read, whose phrases the
caches may hold, and the best of them is reported beside it
(``repeat_articles_per_s_per_core``). Articles per second per core are computed from the
CPU time of the process (one thread), which other work on a shared machine does not
inflate as it does the wall time.

The garbage collector runs with the thresholds of framediff's own processes (the command
line and the corpus engine's workers: ``BATCH_GC_THRESHOLDS`` in ``framediff/options.py``);
``--default-gc`` keeps CPython's.

With ``--clean`` each raw text is first cleaned (``clean_text``, as ``framediff index`` and
every other command that loads files does) and the ``Article`` is built from the cleaned
text and its paragraph roles; the CPU time of cleaning alone is reported beside the total.
"""

from __future__ import annotations

import argparse
import gc
import json
import platform
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from framediff.attribution import attribute  # noqa: E402
from framediff.ingest.build import article_from_clean_text  # noqa: E402
from framediff.ingest.clean import clean_text  # noqa: E402
from framediff.model import Article  # noqa: E402
from framediff.runtime import use_batch_gc  # noqa: E402

POLNEAR = REPO.parent / "shared" / "evaldata" / "polnear" / "data"
POLNEAR_TRAIN = POLNEAR / "train" / "text"
SEED_STORY = REPO / "corpus" / "nato-shootdown-2024"


def texts(limit: int | None) -> tuple[str, list[str]]:
    """(where the texts come from, the raw texts)."""
    paths = sorted(POLNEAR_TRAIN.glob("*.txt")) if POLNEAR_TRAIN.is_dir() else []
    source = "PolNeAR train"
    if not paths:
        paths, source = sorted(SEED_STORY.glob("*.txt")), "seed articles"
    return source, [p.read_text(encoding="utf-8") for p in paths[:limit]]


def warm_up_texts() -> list[str]:
    """Articles that are not timed, to fill the word caches: PolNeAR dev, or the seeds."""
    paths = sorted((POLNEAR / "dev" / "text").glob("*.txt"))
    if not paths:
        paths = sorted(SEED_STORY.glob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths]


def one_pass(raw: list[str], *, clean: bool = False) -> tuple[float, float, int, float]:
    """(CPU seconds, wall seconds, quotations found, CPU seconds of cleaning) for one pass
    over ``raw``."""
    cpu, wall, found, cleaning = time.process_time(), time.perf_counter(), 0, 0.0
    for n, text in enumerate(raw):
        if clean:
            started = time.process_time()
            article = _cleaned_article(text, f"a{n}")
            cleaning += time.process_time() - started
        else:
            article = article_from_clean_text(text, id=f"a{n}")
        found += len(attribute(article).quotes)
    return time.process_time() - cpu, time.perf_counter() - wall, found, cleaning


def _cleaned_article(raw: str, article_id: str) -> Article:
    """The article ``load_articles`` makes of a plain text file with no metadata."""
    cleaned = clean_text(raw)
    return article_from_clean_text(
        cleaned.text,
        id=article_id,
        title=cleaned.title,
        raw_text=raw,
        roles=cleaned.roles,
        removed=cleaned.removed,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--runs", type=int, default=3, help="timed passes (default 3)")
    parser.add_argument("--clean", action="store_true", help="clean each raw text first")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.add_argument(
        "--default-gc",
        action="store_true",
        help="CPython's garbage collector thresholds, not those framediff's processes use",
    )
    args = parser.parse_args()
    source, raw = texts(args.limit)
    if not args.default_gc:
        use_batch_gc()  # as the command line and the corpus engine's workers run
    one_pass(warm_up_texts(), clean=args.clean)
    passes = [one_pass(raw, clean=args.clean) for _ in range(args.runs)]
    first = passes[0]
    repeat = min(passes[1:]) if len(passes) > 1 else None
    result = {
        "source": source,
        "articles": len(raw),
        "characters": sum(len(t) for t in raw),
        "quotations": passes[0][2],
        "runs": args.runs,
        "cpu_s_first": round(first[0], 3),
        "cpu_s_repeat_min": round(repeat[0], 3) if repeat else None,
        "wall_s_first": round(first[1], 3),
        "cleaning": args.clean,
        # Of the first pass: its CPU time spent cleaning.
        "cleaning_cpu_s": round(first[3], 3),
        "articles_per_s_per_core": round(len(raw) / first[0], 1),
        "ms_per_article": round(1000 * first[0] / len(raw), 2),
        "repeat_articles_per_s_per_core": round(len(raw) / repeat[0], 1) if repeat else None,
        "gc_thresholds": list(gc.get_threshold()),
        "python": platform.python_version(),
    }
    if args.clean:
        result["cleaning_articles_per_s_per_core"] = round(len(raw) / first[3], 1)
    if args.json:
        print(json.dumps(result, indent=2))
        return
    again = (
        f"; passes over the same articles again: {result['repeat_articles_per_s_per_core']}"
        if repeat
        else ""
    )
    print(
        f"{result['articles']} {source} articles ({result['characters']:,} characters, "
        f"{result['quotations']} quotations): {result['articles_per_s_per_core']} articles/s "
        f"per core ({result['ms_per_article']} ms each; CPU {result['cpu_s_first']} s, wall "
        f"{result['wall_s_first']} s, in a first pass{again})"
    )
    if args.clean:
        print(
            f"  of which cleaning: {result['cleaning_cpu_s']} s CPU "
            f"({result['cleaning_articles_per_s_per_core']} articles/s per core alone)"
        )


if __name__ == "__main__":
    main()
