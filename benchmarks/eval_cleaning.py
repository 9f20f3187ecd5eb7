"""Check that cleaning removes furniture and never a sentence of the story that quotes someone.

Usage: python benchmarks/eval_cleaning.py [--check] [--show RULE|all] [--limit N]

Every PolNeAR article (train and dev, the raw ``.txt``), every NewsWCL50 article and every
seed article in ``corpus/`` is cleaned as ``framediff clean`` would clean it. The script
counts the removals by rule and checks two things:

* no *quotation sentence* is removed: a sentence of the raw text holding a span in quote
  marks of three or more words must still be in the cleaned text (whitespace aside), or its
  words must (a pull quote repeats in marks a sentence the story prints, and loses none);
* no PolNeAR *gold quotation* (the quoted stretches of an annotated Content span, as
  ``eval_polnear.py`` reads them) is lost: its words must all still be in the cleaned text.

The evaluation data is third-party and never copied into this repository; it is read from
``<repo>/../shared/evaldata`` or from ``$FRAMEDIFF_EVALDATA``. When it is missing the script
says so plainly and checks the seeds alone. ``--check`` exits 1 when a quotation sentence or
a gold quotation was removed. It takes about half a minute.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from eval_polnear import load_gold  # noqa: E402

from framediff.ingest.clean import clean_text  # noqa: E402
from framediff.ingest.decode import decode_bytes  # noqa: E402
from framediff.ingest.lines import match_key, normalise_unicode  # noqa: E402
from framediff.model import Removal  # noqa: E402
from framediff.segment import sentence_spans  # noqa: E402

# A span in quote marks (straight or curly, double) of three or more words.
QUOTED = re.compile(r"[\"“„«]\s*[^\"“”„«»\s]+(?:\s+[^\"“”„«»\s]+){2,}\s*[\"”»]")


def evaldata() -> Path | None:
    env = os.environ.get("FRAMEDIFF_EVALDATA")
    folder = Path(env) if env else REPO.parent / "shared" / "evaldata"
    return folder if folder.is_dir() else None


def _flat(text: str) -> str:
    return " ".join(text.split())


@dataclass
class Tally:
    """What cleaning did to one corpus."""

    articles: int = 0
    removals: Counter[str] = field(default_factory=Counter)
    quote_sentences: int = 0
    lost_sentences: list[str] = field(default_factory=list)
    gold: int = 0
    lost_gold: list[str] = field(default_factory=list)
    examples: dict[str, list[str]] = field(default_factory=dict)


def quotation_sentences(raw: str) -> Iterator[str]:
    for line in normalise_unicode(raw).split("\n"):
        line = line.strip()
        for start, end in sentence_spans(line, 0, len(line)):
            if QUOTED.search(line[start:end]):
                yield line[start:end]


def tally_article(
    tally: Tally, name: str, raw: str, removed: tuple[Removal, ...], cleaned: str
) -> None:
    tally.articles += 1
    flat = _flat(cleaned)
    words = f" {match_key(cleaned)} "
    for removal in removed:
        tally.removals[removal.rule] += 1
        tally.examples.setdefault(removal.rule, []).append(f"{name}:{removal.line}: {removal.text}")
    for sentence in quotation_sentences(raw):
        tally.quote_sentences += 1
        if _flat(sentence) not in flat and f" {match_key(sentence)} " not in words:
            tally.lost_sentences.append(f"{name}: {sentence}")


def polnear(root: Path, tally: Tally) -> None:
    for split in ("train", "dev"):
        base = root / "polnear" / "data" / split
        for path in sorted((base / "text").glob("*.txt")):
            raw = path.read_text(encoding="utf-8")
            cleaned = clean_text(raw)
            tally_article(tally, path.stem, raw, cleaned.removed, cleaned.text)
            anns = sorted((base / "attributions").glob(f"{path.stem}_*.ann"))
            if not anns:
                continue
            flat = _flat(cleaned.text)
            for gold in load_gold(raw, anns[0].read_text(encoding="utf-8")):
                for start, end in gold.ranges:
                    tally.gold += 1
                    words = _flat(normalise_unicode(raw[start:end]))
                    if words and words not in flat:
                        tally.lost_gold.append(f"{path.stem}: {words}")


def newswcl50(root: Path, tally: Tally) -> None:
    for path in sorted((root / "newswcl50" / "1-raw-articles").glob("event_*/*.txt*")):
        raw, _ = decode_bytes(path.read_bytes(), name=str(path))
        cleaned = clean_text(raw)
        tally_article(tally, f"{path.parent.name}/{path.name}", raw, cleaned.removed, cleaned.text)


def seeds(tally: Tally) -> None:
    from framediff.ingest.load import load_articles

    for article in load_articles(
        [str(p) for p in sorted((REPO / "corpus").iterdir()) if p.is_dir()]
    ):
        tally_article(tally, article.id, article.raw_text, article.removed, article.text)


def report(name: str, tally: Tally, show: str | None, limit: int) -> None:
    rules = ", ".join(f"{rule} {n}" for rule, n in sorted(tally.removals.items()))
    print(f"{name}: {tally.articles} articles; removals {sum(tally.removals.values())}: {rules}")
    print(
        f"  quotation sentences: {tally.quote_sentences}, removed {len(tally.lost_sentences)}"
        + (f"; gold quotations: {tally.gold}, lost {len(tally.lost_gold)}" if tally.gold else "")
    )
    for line in (tally.lost_sentences + tally.lost_gold)[:limit]:
        print(f"    LOST {line}")
    for rule, examples in sorted(tally.examples.items()):
        if show in (rule, "all"):
            for example in examples[:limit]:
                print(f"    [{rule}] {example}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when a quotation is removed")
    parser.add_argument("--show", help="print removals of this rule (or 'all')")
    parser.add_argument("--limit", type=int, default=20, help="examples printed per rule")
    args = parser.parse_args(argv)

    tallies: dict[str, Tally] = {"seeds": Tally()}
    seeds(tallies["seeds"])
    root = evaldata()
    if root is None:
        print("evaldata not found (../shared/evaldata or $FRAMEDIFF_EVALDATA): seeds only")
    else:
        if (root / "polnear" / "data").is_dir():
            tallies["polnear"] = Tally()
            polnear(root, tallies["polnear"])
        else:
            print(f"no PolNeAR under {root}: skipped")
        if (root / "newswcl50" / "1-raw-articles").is_dir():
            tallies["newswcl50"] = Tally()
            newswcl50(root, tallies["newswcl50"])
        else:
            print(f"no NewsWCL50 under {root}: skipped")
    failed = False
    for name, tally in tallies.items():
        report(name, tally, args.show, args.limit)
        failed = failed or bool(tally.lost_sentences or tally.lost_gold)
    if args.check:
        print("check:", "FAILED (a quotation was removed by cleaning)" if failed else "ok")
        return 1 if failed else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
