"""Compare five outlets end to end on NewsWCL50 and report what framediff finds.

Usage: python benchmarks/eval_newswcl50.py [--check] [--show N] [--events 0,3,7]

NewsWCL50 (Hamborg, Zhukova & Gipp, JCDL 2019) holds ten 2018 news events, each covered by
five US outlets from left to right: HuffPost (LL), NYT (L), USA Today (M), Fox (R) and
Breitbart (RR). The texts belong to their outlets and are never copied into this
repository; they are read from ``<repo>/../shared/evaldata/newswcl50`` or from
``$FRAMEDIFF_EVALDATA`` (the evaldata folder, or the newswcl50 folder itself). When the
data is missing the script says so in one line and exits 0.

Each event's five files go through framediff's own loader (decoding, cleaning) with the
outlet named from the file suffix, then through ``compare``. Per event it reports the
quotations found, quote families quoted by two or more outlets (and three or more),
paraphrase links, added-context sentences, recycled sentence pairs, the event groups and
the time ``compare`` took. There is no gold standard for cross-outlet quote families, so
the figures describe behaviour; ``--show N`` prints shared families with their diffs for
checking by hand (docs/evaluation.md records such a check).

Then all events' articles are compared at once, as a user who drops the whole corpus on
framediff would: it reports the groups compare forms and the similarity of same-event and
different-event article pairs.

``--check`` fails (exit 1) when ``compare`` raises on any event, when the total of
families spanning two or more outlets falls below ``newswcl50_families_2plus`` in
``benchmarks/floors.json``, or when the articles compared at once do not come out as one
group per event.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import traceback
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from framediff.align import QuoteFamily  # noqa: E402
from framediff.compare import Comparison, compare  # noqa: E402
from framediff.ingest.load import articles_from_sources, sources_from_paths  # noqa: E402
from framediff.model import Article  # noqa: E402
from framediff.options import Options  # noqa: E402

FLOORS = REPO / "benchmarks" / "floors.json"
FLOOR_KEY = "newswcl50_families_2plus"
# File suffix -> (position left to right, outlet). The position goes into the article id so
# that compare's id order, which every report follows, reads left to right.
OUTLETS = {
    "LL": (1, "HuffPost"),
    "L": (2, "NYT"),
    "M": (3, "USA Today"),
    "R": (4, "Fox"),
    "RR": (5, "Breitbart"),
}


def data_root() -> Path | None:
    """The newswcl50 folder, or None when it is not there."""
    env = os.environ.get("FRAMEDIFF_EVALDATA")
    # An explicit setting wins: pointing it at a missing folder must not silently fall back.
    if env:
        candidates = [Path(env) / "newswcl50", Path(env)]
    else:
        candidates = [REPO.parent / "shared" / "evaldata" / "newswcl50"]
    for folder in candidates:
        if (folder / "1-raw-articles").is_dir():
            return folder
    return None


def outlet_code(path: Path) -> str:
    """ "LL" from ``0_LL.txt`` and from ``4_LL.txt.txt`` (one event has doubled suffixes)."""
    return path.name.split(".", 1)[0].rsplit("_", 1)[1]


def load_event(folder: Path, options: Options) -> list[Article]:
    """The event's articles through framediff's loader, labelled with their outlets.

    Sources are read one file at a time and given their id and outlet before cleaning, so
    nothing needs copying or linking into a story folder and the labels are not guessed.
    """
    files = sorted(
        (p for p in folder.iterdir() if p.is_file() and outlet_code(p) in OUTLETS),
        key=lambda p: OUTLETS[outlet_code(p)][0],
    )
    sources = []
    for path in files:
        (source,) = sources_from_paths([str(path)], options=options)
        position, outlet = OUTLETS[outlet_code(path)]
        event = folder.name.removeprefix("event_")
        metadata = {**source.metadata, "id": f"{event}-{position}-{outlet_code(path)}"}
        sources.append(replace(source, metadata={**metadata, "outlet": outlet}))
    return articles_from_sources(sources, options=options)


@dataclass(frozen=True)
class EventResult:
    """What compare found on one event (or the error it raised)."""

    event: str
    articles: int
    comparison: Comparison | None
    seconds: float
    error: str | None = None

    def figures(self) -> dict[str, int]:
        c = self.comparison
        if c is None:
            return {}
        spans = [len(f.articles) for f in c.families]
        return {
            "articles": self.articles,
            # Terms (scare quotes, titles) are not claims that anyone spoke the words.
            "quotations": sum(1 for q in c.quotes if q.is_direct_speech),
            "families": len(c.families),
            "families_2plus": sum(1 for n in spans if n >= 2),
            "families_3plus": sum(1 for n in spans if n >= 3),
            "paraphrase_links": len(c.paraphrase_links),
            "added_context": len(c.alignment.added),
            "recycled": len(c.alignment.recycled),
            "groups": len(c.groups),
            "largest_group": max((len(g) for g in c.groups), default=0),
        }


def run_event(folder: Path, options: Options) -> EventResult:
    event = folder.name.removeprefix("event_")
    try:
        articles = load_event(folder, options)
    except Exception:
        return EventResult(event, 0, None, 0.0, traceback.format_exc())
    started = time.perf_counter()
    try:
        comparison = compare(articles, options=options)
    except Exception:
        # Recorded rather than raised: one failing event must not hide the others' figures.
        elapsed = time.perf_counter() - started
        return EventResult(event, len(articles), None, elapsed, traceback.format_exc())
    return EventResult(event, len(articles), comparison, time.perf_counter() - started)


COLUMNS = (
    ("event", "event"),
    ("articles", "arts"),
    ("quotations", "quotes"),
    ("families_2plus", "fam2+"),
    ("families_3plus", "fam3+"),
    ("paraphrase_links", "para"),
    ("added_context", "added"),
    ("recycled", "recyc"),
    ("groups", "groups"),
)


def print_table(results: Sequence[EventResult]) -> dict[str, int]:
    header = [title for _, title in COLUMNS] + ["seconds", "headline (USA Today)"]
    print("  ".join(f"{h:>6}" for h in header[:-1]) + "  " + header[-1])
    totals: dict[str, int] = {}
    for result in results:
        figures = result.figures()
        if result.comparison is None:
            print(f"{result.event:>6}  ERROR: {_last_line(result.error)}")
            continue
        for key, value in figures.items():
            totals[key] = totals.get(key, 0) + value
        cells = [result.event] + [str(figures[key]) for key, _ in COLUMNS[1:]]
        groups = figures["groups"]
        if groups > 1:
            cells[-1] = f"{groups}({figures['largest_group']})"
        print(
            "  ".join(f"{c:>6}" for c in cells)
            + f"  {result.seconds:7.2f}  {_headline(result.comparison)[:60]}"
        )
    seconds = sum(r.seconds for r in results)
    cells = ["total"] + [str(totals.get(key, 0)) for key, _ in COLUMNS[1:-1]]
    one_group = sum(
        1 for r in results if r.comparison is not None and len(r.comparison.groups) == 1
    )
    cells.append(f"{one_group}/{len(results)}")
    print("  ".join(f"{c:>6}" for c in cells) + f"  {seconds:7.2f}")
    print(
        "(groups: event groups compare formed, 'n(k)' = n groups, the largest of k articles; "
        "in the total row, events kept whole in one group)"
    )
    return totals


def _headline(comparison: Comparison) -> str:
    middle = [a for a in comparison.articles if a.outlet == "USA Today"]
    return (middle or list(comparison.articles))[0].title


def _last_line(text: str | None) -> str:
    lines = [line for line in (text or "").strip().splitlines() if line.strip()]
    return lines[-1] if lines else "unknown error"


def show_families(results: Sequence[EventResult], count: int) -> None:
    """Print ``count`` shared families, taken in turn from each event, widest first."""
    per_event = []
    for result in results:
        if result.comparison is None:
            continue
        shared = sorted(
            (f for f in result.comparison.families if f.shared),
            key=lambda f: (-len(f.articles), int(f.id[1:])),
        )
        per_event.append((result.comparison, shared))
    picked: list[tuple[Comparison, QuoteFamily]] = []
    depth = 0
    while len(picked) < count and any(depth < len(s) for _, s in per_event):
        for comparison, shared in per_event:
            if depth < len(shared) and len(picked) < count:
                picked.append((comparison, shared[depth]))
        depth += 1
    for comparison, family in picked:
        event = comparison.articles[0].id.split("-", 1)[0]
        outlets = ", ".join(comparison.label(a) for a in family.articles)
        print(f"\n=== event {event} {family.id}  speaker: {family.speaker}  [{outlets}]")
        print(f"  fullest: {family.text}")
        for quote in family.members:
            print(
                f"  - {comparison.label(quote.article):9} speaker={quote.speaker!s:22} "
                f"verb={quote.verb!s:8} kind={quote.kind:8} “{quote.text}”"
            )
        for diff in family.diffs:
            changes = [op for op in diff.ops if op.kind != "equal"]
            label = f"{comparison.label(diff.a)} -> {comparison.label(diff.b)}"
            if not changes:
                print(f"  {label}: identical")
                continue
            print(f"  {label}:")
            for op in changes:
                print(f"      {op.kind:11} {op.a_text!r} -> {op.b_text!r}")


def pooled_groups(folders: Sequence[Path], options: Options) -> tuple[int, int]:
    """All events' articles compared at once: print the event groups compare forms and the
    similarity of same-event and different-event pairs; return (groups, pure groups)."""
    articles = [a for folder in folders for a in load_event(folder, options)]
    started = time.perf_counter()
    comparison = compare(articles, options=options)
    seconds = time.perf_counter() - started

    def event(article_id: str) -> str:
        return article_id.split("-", 1)[0]

    matrix = comparison.similarity
    same, different = [], []
    for i, a in enumerate(matrix.articles):
        for j in range(i + 1, len(matrix.articles)):
            b = matrix.articles[j]
            (same if event(a) == event(b) else different).append(matrix.scores[i][j])
    pure = sum(1 for g in comparison.groups if len({event(a) for a in g}) == 1)
    print(f"\nAll {len(articles)} articles compared at once ({seconds:.1f} s):")
    for name, scores in (("same-event", same), ("different-event", different)):
        scores.sort()
        quartiles = [scores[int(q * (len(scores) - 1))] for q in (0, 0.25, 0.5, 0.75, 1)]
        figures = " / ".join(f"{x:.3f}" for x in quartiles)
        print(f"  {name} pairs: {len(scores)}, min / 25% / median / 75% / max {figures}")
    groups = ["+".join(sorted({event(a) for a in g})) for g in comparison.groups]
    print(f"  {len(groups)} groups, {pure} of a single event: {', '.join(groups)}")
    return len(groups), pure


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail below benchmarks/floors.json")
    parser.add_argument("--show", type=int, default=0, help="print this many shared families")
    parser.add_argument("--events", help="comma-separated event numbers (default: all ten)")
    args = parser.parse_args(argv)
    root = data_root()
    if root is None:
        print("NewsWCL50 not found (set FRAMEDIFF_EVALDATA); skipping the outlet comparison.")
        return 0
    folders = sorted(
        (p for p in (root / "1-raw-articles").iterdir() if p.name.startswith("event_")),
        key=lambda p: int(p.name.removeprefix("event_")),
    )
    if args.events:
        wanted = {e.strip() for e in args.events.split(",")}
        folders = [p for p in folders if p.name.removeprefix("event_") in wanted]
    options = Options()
    # Each folder is one event by construction, so a second run turns event grouping off
    # (every pair reaches a threshold of 0): it shows what the later stages find when the
    # grouping does not split the event, and tells grouping misses from family misses.
    whole = replace(options, align=replace(options.align, event_threshold=0.0))
    results = [run_event(folder, options) for folder in folders]
    results_whole = [run_event(folder, whole) for folder in folders]

    print(f"NewsWCL50: {len(results)} events, five outlets each (HuffPost … Breitbart)")
    print("\nDefault options (compare decides the event groups):")
    totals = print_table(results)
    print("\nOne event group (event_threshold 0):")
    print_table(results_whole)
    for result in (*results, *results_whole):
        if result.error:
            print(f"\nevent {result.event} raised:\n{result.error}")
    pooled = pooled_groups(folders, options) if args.events is None else None
    if args.show:
        print("\nShared families of the one-group run:")
        show_families(results_whole, args.show)
    if not args.check:
        return 0

    failed = [f"compare raised on event {r.event}" for r in results if r.error]
    floors = json.loads(FLOORS.read_text(encoding="utf-8")) if FLOORS.is_file() else {}
    floor = floors.get(FLOOR_KEY)
    found = totals.get("families_2plus", 0)
    if floor is None:
        failed.append(f"no {FLOOR_KEY} floor in {FLOORS.name}: pin one")
    elif args.events is None and found < floor:
        failed.append(f"families spanning 2+ outlets: {found}, below the floor {floor}")
    if pooled is not None and pooled != (len(folders), len(folders)):
        failed.append(
            f"all articles at once: {pooled[0]} groups, {pooled[1]} of a single event "
            f"(expected {len(folders)}, one per event)"
        )
    for line in failed:
        print(f"FAIL: {line}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
