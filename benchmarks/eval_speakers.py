"""Speakers of the quotations in the written house-style articles: run on demand.

Usage: python benchmarks/eval_speakers.py [DIR_OR_FILE …] [--show] [--check]

Reads the articles of ``tests/data/speakers/`` (each batch a folder): ``NAME.txt`` is an
article (the headline, a blank line, paragraphs), ``NAME.gold`` lists its quotations in
text order, one a line, as ``<the first words inside the quote marks> => <speaker>``. The
speaker is the article's fullest name for whoever is credited, the person a pronoun means,
a short description as written for someone unnamed ("a senior police officer"), or ``-``
when the article credits nobody.

Each article is loaded and cleaned as ``framediff quotes`` does, and each gold quotation
is looked up among the extracted ones by its opening words. Scored:

* **found**: a gold quotation is found when an extracted quotation of kind speech or
  fragment opens with its words (a quotation the tool calls a term is not found);
* **speaker**: a found quotation's speaker is right when the gold's surname (its last
  word) is one of the words of the speaker we give ("Mr Ranil Wickremesinghe" and
  "Wickremesinghe" both name "Ranil Wickremesinghe"), or we give its first word and
  nothing outside it (a name written surname first: "Koh" for "Koh Wei Ming"), or the
  initials of its capitalised words ("JCS" for "Joint Chiefs of Staff") or of all its
  words ("MOL" for "Ministry of Labor"); for a description in lower case, when we give
  its head noun ("the official" for "an official with the agency"); and for ``-`` when we
  give none. A found quotation we leave without a speaker counts as wrong.

``--show`` lists every miss with what we gave. ``--check`` (the CI gate) fails when a batch
scores below its floor in ``benchmarks/floors.json`` (``speakers.<batch>``). Copied into an
older checkout and given this one's folders, it gives the figures before a change
(``docs/evaluation.md``, "Speakers in house styles").
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from framediff.attribution import extract_quotes  # noqa: E402
from framediff.ingest.load import load_articles  # noqa: E402

DATA = REPO / "tests" / "data" / "speakers"
FLOORS = REPO / "benchmarks" / "floors.json"


@dataclass(frozen=True)
class Result:
    quotations: int
    found: int
    right: int
    misses: tuple[str, ...]


def _words(text: str) -> list[str]:
    """Lower-case words with accents, quote marks and punctuation folded away."""
    folded = unicodedata.normalize("NFKD", text.replace("’", "'").replace("‘", "'"))
    letters = "".join(
        c if c.isalnum() or c in "'-" else " " for c in folded if not unicodedata.combining(c)
    )
    return [w.strip("'-").removesuffix("'s") for w in letters.lower().split() if w.strip("'-")]


# Words that open what follows a description's head ("an official with the agency", "a
# person familiar with the talks", "a guard at the market", "a source close to him").
_POSTMODIFIERS = frozenset(
    {"with", "within", "inside", "at", "of", "in", "from", "for", "on", "who", "whose"}
    | {"familiar", "close", "briefed", "attached"}
)
# A regnal number or a generation after a surname ("Kwaku Ampem Darko II", "John Doe Jr").
_SUFFIXES = frozenset(["ii", "iii", "iv", "jr", "sr"])


def names(gold: str, given: str) -> bool:
    """Whether the speaker we give names the gold one (see the module's docstring)."""
    want, have = _words(gold), set(_words(given))
    while len(want) > 1 and want[-1] in _SUFFIXES:
        want.pop()
    if not want:
        return False
    if gold[:1].islower():  # a description: its head noun
        head = next((k for k, w in enumerate(want) if k and w in _POSTMODIFIERS), len(want))
        return want[head - 1] in have
    if want[-1] in have:
        return True
    # A name written surname first ("Koh Wei Ming" is Mr Koh) and a body by the initials
    # the article gave it ("Joint Chiefs of Staff (JCS)" is the JCS).
    # "Ministry of Labor (MOL)": some acronyms keep the initial of "of" too.
    initials = {
        "".join(w[0] for w in gold.split() if w[:1].isupper()).lower(),
        "".join(w[0] for w in gold.split()).lower(),
    }
    return (want[0] in have and have <= set(want)) or (len(have) == 1 and bool(initials & have))


def _gold(path: Path) -> list[tuple[str, str]]:
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            opening, _, speaker = line.rpartition("=>")
            pairs.append((opening.strip(), speaker.strip()))
    return pairs


def score(text_path: Path) -> Result:
    """The gold quotations of one article, how many we found and how many we credit right."""
    article = load_articles([str(text_path)])[0]
    quotes = [q for q in extract_quotes(article) if q.kind in ("speech", "fragment")]
    used: set[int] = set()
    found = right = 0
    misses: list[str] = []
    gold = _gold(text_path.with_suffix(".gold"))
    for opening, speaker in gold:
        want = _words(opening)
        match = next(
            (
                n
                for n, q in enumerate(quotes)
                if n not in used and _words(q.text)[: len(want)] == want
            ),
            None,
        )
        if match is None:
            misses.append(f"not found: {opening!r} => {speaker}")
            continue
        used.add(match)
        found += 1
        given = quotes[match].speaker
        ok = given is None if speaker == "-" else given is not None and names(speaker, given)
        if ok:
            right += 1
        else:
            misses.append(f"speaker: {opening!r} => {speaker}, we gave {given!r}")
    return Result(len(gold), found, right, tuple(misses))


def _batches(args: list[str]) -> dict[str, list[Path]]:
    written = sorted(p for p in DATA.iterdir() if p.is_dir()) if DATA.is_dir() else []
    paths = [Path(a) for a in args] or written
    batches: dict[str, list[Path]] = {}
    for path in paths:
        if path.is_dir():
            batches[path.name] = sorted(path.glob("*.txt"))
        else:
            batches.setdefault(path.parent.name, []).append(path)
    return batches


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", help="batch folders or articles (default: all)")
    parser.add_argument("--show", action="store_true", help="list every miss")
    parser.add_argument("--check", action="store_true", help="fail below the floors")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    floors = json.loads(FLOORS.read_text(encoding="utf-8")).get("speakers", {})
    failed: list[str] = []
    report: dict[str, dict[str, float]] = {}
    for batch, paths in _batches(args.paths).items():
        total = [0, 0, 0]
        for path in paths:
            result = score(path)
            total = [total[0] + result.quotations, total[1] + result.found, total[2] + result.right]
            if not args.json:
                print(
                    f"{batch}/{path.name}: found {result.found} of {result.quotations}, "
                    f"speaker right {result.right}"
                )
                if args.show:
                    for miss in result.misses:
                        print(f"    {miss}")
        quotations, found, right = total
        figures = {
            "quotations": quotations,
            "found": round(found / quotations, 3) if quotations else 0.0,
            "speakers": round(right / found, 3) if found else 0.0,
        }
        report[batch] = figures
        if not args.json:
            print(
                f"{batch}: {quotations} quotations, found {found} ({figures['found']:.3f}), "
                f"speaker right {right} of {found} ({figures['speakers']:.3f})"
            )
        floor = floors.get(batch)
        if floor is not None:
            for key in ("found", "speakers"):
                if figures[key] < floor[key]:
                    failed.append(f"{batch} {key} {figures[key]:.3f} < {floor[key]:.3f}")
    if args.json:
        print(json.dumps(report, indent=2))
    if args.check:
        print("check: ok" if not failed else "check: FAILED, " + "; ".join(failed))
        if failed:
            sys.exit(1)


if __name__ == "__main__":
    main()
