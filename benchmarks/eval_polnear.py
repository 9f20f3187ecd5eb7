"""Score direct-quotation extraction and speaker attribution against PolNeAR.

Usage: python benchmarks/eval_polnear.py [--split dev|train] [--check] [--misses N]
       [--annotators first|all]

PolNeAR (Newell, Margolin & Ruths, LREC 2018) annotates attributions (source, cue, content)
in US political news. The data is third-party and never copied into this repository; it is
read from ``<repo>/../shared/evaldata/polnear`` or from ``$FRAMEDIFF_EVALDATA`` (the
evaldata folder, or the polnear folder itself). When it is missing the script says so in
one line and exits 0.

What is scored (docs/evaluation.md explains the choices):

* Annotator: an article annotated by several people is scored against one of them, the
  annotator whose id sorts first, so every article counts once and the choice is stable
  (the gate). ``--annotators all`` scores it against every annotator's file in turn and
  sums the counts, so every independent judgement weighs the same; both are reported.
* Gold quotations: inside each gold Content span (all its discontinuous pieces), the
  stretches set in double quote marks, and in single marks when the span has no double
  ones. Content spans without marks are paraphrase and not scored.
* Predictions: our ``speech`` and ``fragment`` quotes; ``term`` quotes are not claims that
  someone spoke the words, so they are not predictions.
* Matching is by word tokens. A gold quotation is found when at least half of its tokens
  lie inside our predicted quotations; a prediction is correct when at least half of its
  tokens lie inside gold quotations. Precision, recall and F1 follow.
* Speakers: for each found gold quotation whose Source names someone (a capitalised name in
  the source phrase, before any "for"/"of"/"to"/comma, not a word modifying a noun after it
  as in "the Florida senator" or "Trump's spokesman"), our speaker is right when its words
  include that name's surname (spelling variants folded). A pronoun source counts only when
  every named gold source in the 1,500 characters before it shares one surname; that name is
  then the antecedent. Other sources ("a spokesman", "officials") are not scored.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from framediff.ingest.build import article_from_clean_text  # noqa: E402
from framediff.quotes import extract_quotes  # noqa: E402
from framediff.speakers import FUNCTION_WORDS, canonical_key, is_title_word  # noqa: E402

FLOORS = REPO / "benchmarks" / "floors.json"
# Match threshold: the share of a quotation's word tokens that must be covered.
OVERLAP = 0.5
PRONOUNS = frozenset(["he", "she", "they", "i", "we", "him", "her", "them"])
WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
DOUBLE = '"“”„«»'


def polnear_root() -> Path | None:
    env = os.environ.get("FRAMEDIFF_EVALDATA")
    candidates = []
    if env:
        candidates += [Path(env) / "polnear", Path(env)]
    else:
        candidates.append(REPO.parent / "shared" / "evaldata" / "polnear")
    for path in candidates:
        if (path / "data").is_dir():
            return path
    return None


@dataclass(frozen=True)
class Gold:
    ranges: tuple[tuple[int, int], ...]  # the quoted stretches of one Content span
    source: str | None
    source_start: int | None


def _spans(field: str) -> list[tuple[int, int]]:
    return [(int(a), int(b)) for a, b in (part.split() for part in field.split(";"))]


def _quoted(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The stretches inside quote marks in the given pieces of ``text``."""
    lo, hi = pieces[0][0], pieces[-1][1]
    # A span whose marks sit just outside it: look one character either side.
    lo2 = lo - 1 if lo > 0 and text[lo - 1] in DOUBLE + "‘'" else lo
    hi2 = hi + 1 if hi < len(text) and text[hi] in DOUBLE + "’'" else hi
    positions = [i for i in range(lo2, hi2) if text[i] in DOUBLE]
    marks: list[tuple[int, int]] = []
    if positions:
        opened: int | None = None
        for i in positions:
            ch = text[i]
            if opened is None and ch != "”":
                opened = i
            elif opened is not None and ch != "“":
                marks.append((opened + 1, i))
                opened = None
            elif opened is None and ch == "”" and not marks:
                marks.append((lo2, i))  # the opening mark fell outside the span
        if opened is not None:
            marks.append((opened + 1, hi2))
    else:
        for m in re.finditer(r"(?<!\w)[‘'](.+?)[’'](?!\w)", text[lo2:hi2]):
            marks.append((lo2 + m.start(1), lo2 + m.end(1)))
    inside = []
    for a, b in marks:
        for p, q in pieces:
            s, e = max(a, p), min(b, q)
            if e > s and WORD.search(text, s, e):
                inside.append((s, e))
    return inside


def load_gold(text: str, ann: str) -> list[Gold]:
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    events: list[dict[str, str]] = []
    for line in ann.splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            label, _, field = parts[1].partition(" ")
            spans[parts[0]] = (label, _spans(field))
        elif line.startswith("E") and len(parts) >= 2:
            events.append(dict(arg.split(":", 1) for arg in parts[1].split() if ":" in arg))
    gold = []
    for event in events:
        content = spans.get(event.get("Content", ""))
        if content is None:
            continue
        ranges = _quoted(text, content[1])
        if not ranges:
            continue
        source = spans.get(event.get("Source", ""))
        source_text = None
        source_start = None
        if source is not None:
            source_text = " ".join(text[a:b] for a, b in source[1])
            source_start = source[1][0][0]
        gold.append(Gold(tuple(ranges), source_text, source_start))
    return gold


def token_ids(ranges: Iterable[tuple[int, int]], index: list[int]) -> set[int]:
    """Ids of the word tokens that have a character inside the ranges."""
    ids: set[int] = set()
    for a, b in ranges:
        ids.update(index[i] for i in range(max(a, 0), min(b, len(index))) if index[i] >= 0)
    return ids


def name_key(source: str) -> str | None:
    """The surname a gold source names, or None when it names no one.

    The name is a run of capitalised words that are not titles; a capitalised word that
    modifies a lowercase noun after it ("the Florida senator", "Trump's spokesman", "an FBI
    investigation") names no speaker. "A spokesman for Trump" and "an adviser to Trump" name
    the spokesman and the adviser (no one), but "Secretary of State John Kerry" names Kerry;
    "Carson's business manager, Armstrong Williams," names Williams, in the appositive."""

    def names_in(part: str) -> list[str]:
        words = [re.sub(r"['’]s?$", "", w).rstrip(".") for w in part.split()]
        names: list[str] = []
        for n, w in enumerate(words):
            nxt = words[n + 1] if n + 1 < len(words) else ""
            if nxt[:1].islower() and nxt not in ("de", "van", "von", "der", "al", "da", "la"):
                continue  # a modifier of the noun after it
            if w[:1].isupper() and w not in FUNCTION_WORDS and w.isalpha() and not is_title_word(w):
                names.append(w)
        return names

    head, _, rest = source.partition(",")
    parts = re.split(r"\s(?:for|of|at|with|who|from|in|to)\s", head, maxsplit=1)
    before = parts[0]
    names = names_in(before)
    if not names and len(parts) > 1 and all(is_title_word(w) for w in before.split()):
        names = names_in(head)  # "Secretary of State John Kerry"
    if not names and rest and any(is_title_word(w) for w in before.split()):
        names = names_in(rest.split(",", 1)[0])  # "X's manager, Armstrong Williams,"
    return canonical_key(names[-1]) if names else None


@dataclass
class Tally:
    gold: int = 0
    found: int = 0
    predicted: int = 0
    correct: int = 0
    speaker_total: int = 0
    speaker_right: int = 0


def score_article(
    stem: str, text: str, gold: list[Gold], tally: Tally, misses: list[str], show: int
) -> None:
    article = article_from_clean_text(text, id=stem, roles=("headline",))
    quotes = [q for q in extract_quotes(article) if q.kind != "term"]
    index = [-1] * len(text)
    for n, m in enumerate(WORD.finditer(text)):
        index[m.start() : m.end()] = [n] * (m.end() - m.start())
    gold_ids = [token_ids(g.ranges, index) for g in gold]
    pred_ids = [token_ids([(q.start, q.end)], index) for q in quotes]
    all_gold = set().union(*gold_ids) if gold_ids else set()
    all_pred = set().union(*pred_ids) if pred_ids else set()

    named: list[tuple[int, str]] = []
    for g in gold:
        if g.source and g.source_start is not None and g.source.lower() not in PRONOUNS:
            key = name_key(g.source)
            if key:
                named.append((g.source_start, key))

    for g, ids in zip(gold, gold_ids, strict=True):
        if not ids:
            continue
        tally.gold += 1
        if len(ids & all_pred) < OVERLAP * len(ids):
            if len(misses) < show:
                a, b = g.ranges[0][0], g.ranges[-1][1]
                misses.append(f"MISS {stem}: {text[max(0, a - 60) : b + 20]!r}")
            continue
        tally.found += 1
        key = None
        if g.source and g.source.lower() in PRONOUNS and g.source_start is not None:
            window = {k for s, k in named if g.source_start - 1500 <= s < g.source_start}
            key = window.pop() if len(window) == 1 else None
        elif g.source:
            key = name_key(g.source)
        if key is None:
            continue
        best = max(range(len(quotes)), key=lambda n: (len(pred_ids[n] & ids), -n), default=None)
        tally.speaker_total += 1
        speaker = quotes[best].speaker if best is not None else None
        ours = {canonical_key(w) for w in re.findall(r"[^\W\d_]+", speaker or "")}
        if key in ours:
            tally.speaker_right += 1
        elif len(misses) < show and best is not None:
            q = quotes[best]
            misses.append(
                f"SPEAKER {stem}: gold={g.source!r} ours={q.speaker!r} "
                f"(mention {q.speaker_mention!r}) {q.text[:60]!r}"
            )
    for q, ids in zip(quotes, pred_ids, strict=True):
        if not ids:
            continue
        tally.predicted += 1
        if len(ids & all_gold) >= OVERLAP * len(ids):
            tally.correct += 1
        elif len(misses) < show:
            misses.append(f"FALSE {stem}: {q.kind} {text[max(0, q.start - 60) : q.end + 20]!r}")


def evaluate(
    root: Path, split: str, show: int, annotators: str = "first"
) -> tuple[dict[str, float], list[str]]:
    """Score one split. ``annotators`` is "first" (each article against the annotator whose
    id sorts first) or "all" (each article against every annotator's file in turn, counts
    summed: every independent judgement weighs the same)."""
    base = root / "data" / split
    tally = Tally()
    misses: list[str] = []
    annotations: dict[str, list[Path]] = {}
    for path in sorted((base / "attributions").glob("*.ann")):
        stem = path.stem.rsplit("_", 1)[0]
        annotations.setdefault(stem, []).append(path)  # sorted: the first annotator first
    for stem, ann_paths in sorted(annotations.items()):
        text_path = base / "text" / f"{stem}.txt"
        if not text_path.exists():
            continue
        text = text_path.read_text(encoding="utf-8")
        for ann_path in ann_paths if annotators == "all" else ann_paths[:1]:
            gold = load_gold(text, ann_path.read_text(encoding="utf-8"))
            score_article(stem, text, gold, tally, misses, show)
    recall = tally.found / tally.gold if tally.gold else 0.0
    precision = tally.correct / tally.predicted if tally.predicted else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    speaker = tally.speaker_right / tally.speaker_total if tally.speaker_total else 0.0
    figures = {
        "articles": float(len(annotations)),
        "gold_quotations": float(tally.gold),
        "predicted_quotations": float(tally.predicted),
        "recall": recall,
        "precision": precision,
        "f1": f1,
        "speaker_scored": float(tally.speaker_total),
        "speaker_accuracy": speaker,
    }
    return figures, misses


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "train"), default="dev")
    parser.add_argument("--check", action="store_true", help="fail below benchmarks/floors.json")
    parser.add_argument("--misses", type=int, default=0, help="print this many misses")
    parser.add_argument(
        "--annotators",
        choices=("first", "all"),
        default="first",
        help="score against the first annotator (the gate) or every annotator's file",
    )
    args = parser.parse_args(argv)
    if args.check and args.annotators != "first":
        parser.error("the floors are for the first-annotator protocol; drop --annotators")
    root = polnear_root()
    if root is None:
        print("PolNeAR not found (set FRAMEDIFF_EVALDATA); skipping the quotation evaluation.")
        return 0
    figures, misses = evaluate(root, args.split, args.misses, args.annotators)
    for line in misses:
        print(line)
    print(
        f"PolNeAR {args.split} ({args.annotators} annotator"
        f"{'s' if args.annotators == 'all' else ''}): {int(figures['articles'])} articles, "
        f"{int(figures['gold_quotations'])} gold quotations, "
        f"{int(figures['predicted_quotations'])} predicted"
    )
    print(
        f"  quotations: precision {figures['precision']:.3f}  recall {figures['recall']:.3f}"
        f"  F1 {figures['f1']:.3f}"
    )
    print(
        f"  speakers:   accuracy {figures['speaker_accuracy']:.3f}"
        f" over {int(figures['speaker_scored'])} quotations with a named source"
    )
    if not args.check:
        return 0
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))["polnear"].get(args.split, {})
    failed = [
        f"{name} {figures[name]:.3f} is below its floor {floor:.3f}"
        for name, floor in sorted(floors.items())
        if figures[name] < floor
    ]
    for line in failed:
        print(f"FAIL: {line}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
