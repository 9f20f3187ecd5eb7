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
* Body and headline: the gated figures are for the article body, everything after the
  first line. The headline's quoted words are terms by the project's definition, while
  PolNeAR often marks them as attribution content, so gold quotations and predictions in
  the headline are counted apart (how many we call speech or fragment, how many only a
  term), and the whole-text figures (headline included, as before) are printed and gated
  too.
* Speakers: for each found gold quotation whose Source names someone (a capitalised name in
  the source phrase, before any "for"/"of"/"to"/comma, not a run of capitalised words
  modifying a noun after it as in "the Florida senator", "Trump's spokesman" or "the Global
  Times tabloid"), our speaker is right when its words include that name's surname
  (spelling variants folded). A "he"/"him"/"she"/"her" source takes as antecedent the
  nearest source before it, among the Sources of all the file's attributions (quoted
  content or not), that names someone, stepping back over pronouns, sources that name no
  one and names whose given name or title tells the other gender, within 1,500 characters.
  "They", "we", "I" and sources that name no one ("a spokesman", "officials") are not
  scored. The rule was checked against a reading of 150 train quotations
  (docs/evaluation.md).
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

from framediff.attribution import extract_quotes  # noqa: E402
from framediff.attribution.lexicon import (  # noqa: E402
    FEMALE_NAMES,
    FEMALE_TITLES,
    FUNCTION_WORDS,
    MALE_NAMES,
    MALE_TITLES,
    ORG_WORDS,
    canonical_key,
    is_title_word,
)
from framediff.ingest.build import article_from_clean_text  # noqa: E402

FLOORS = REPO / "benchmarks" / "floors.json"
# Match threshold: the share of a quotation's word tokens that must be covered.
OVERLAP = 0.5
PRONOUNS = frozenset(["he", "she", "they", "i", "we", "him", "her", "them"])
PRONOUN_GENDER = {"he": "male", "him": "male", "she": "female", "her": "female"}
# How far back (characters, source start to source start) a pronoun's antecedent may be.
WINDOW = 1500
WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
DOUBLE = '"“”„«»'
# A word of a name: letters, or capitalised parts joined by a hyphen or apostrophe
# ("O’Malley", "Holtz-Eakin"; not "They’re", "Two-thirds").
NAME_WORD = re.compile(r"[^\W\d_]+(?:[-'’][A-Z][^\W\d_]*)*")
# Capitalised sources that name no one: "Another said", "Others argue".
INDEFINITES = frozenset(
    {"Another", "One", "Others", "Anyone", "Everyone", "Someone", "Somebody", "Nobody", "All"}
)
PARTIES = frozenset(["Republican", "Republicans", "Democrat", "Democrats", "Democratic"])
PREPOSITION = re.compile(r"\s(?:for|of|at|with|who|from|in|to)\s")
# Lowercase words after a name that are not a noun it modifies.
NOT_NOUNS = frozenset(["de", "van", "von", "der", "al", "da", "la", "himself", "herself"])
# A given name or title, initials, and a surname: "Donald J. Trump", "Ms. Brainard".
# (A lookahead, so that "Sen. Elizabeth Warren" yields "Elizabeth Warren" too.)
FULL_NAME = re.compile(r"\b(?=([A-Z][a-z]+\.?(?:\s+[A-Z]\.)*)\s+([A-Z][\w'’-]*\w))")


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
class Source:
    """The Source span of one attribution event, quoted content or not."""

    start: int
    text: str
    key: str | None  # the surname it names (name_key), None for pronouns and "a spokesman"
    gender: str  # "female", "male" or "" from a given name or title before the surname

    @property
    def person(self) -> bool:
        """False for what reads as a group or an organisation when no given name or title
        tells a gender: "the Iranians", "the Times", "Wall Street", "Breitbart News"."""
        if self.gender or self.key is None:
            return True
        words = [re.sub(r"['’]s?$", "", w).rstrip(".,") for w in self.text.split()]
        named = [w for w in words if surname_key(w) == self.key]
        if named and named[0] in ORG_WORDS:
            return False
        # "the" and then only the name: "the Iranians", not "The Group's CEO, Kim Fritts".
        return not (
            words[0].lower() == "the"
            and all(w[:1].isupper() and not is_title_word(w) for w in words[1:])
        )


@dataclass(frozen=True)
class Gold:
    ranges: tuple[tuple[int, int], ...]  # the quoted stretches of one Content span
    source: str | None
    source_start: int | None
    key: str | None  # the surname the speaker must contain: named, or a pronoun's antecedent


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
    sources: dict[int, Source] = {}
    genders = text_genders(text)
    for event in events:
        span = spans.get(event.get("Source", ""))
        if span is not None:
            source_text = " ".join(text[a:b] for a, b in span[1]).strip()
            key = None if is_pronoun(source_text) else name_key(source_text)
            start = span[1][0][0]
            sources[start] = Source(start, source_text, key, name_gender(source_text, key, genders))
    ordered = [sources[start] for start in sorted(sources)]
    gold = []
    for event in events:
        content = spans.get(event.get("Content", ""))
        if content is None:
            continue
        ranges = _quoted(text, content[1])
        if not ranges:
            continue
        span = spans.get(event.get("Source", ""))
        source = sources[span[1][0][0]] if span is not None else None
        key = None
        if source is not None:
            key = antecedent(source, ordered) if is_pronoun(source.text) else source.key
        gold.append(
            Gold(
                tuple(ranges),
                source.text if source else None,
                source.start if source else None,
                key,
            )
        )
    return gold


def is_pronoun(source: str) -> bool:
    return source.strip().lower() in PRONOUNS


def antecedent(pronoun: Source, sources: list[Source]) -> str | None:
    """The surname a "he"/"him"/"she"/"her" source refers to: that of the nearest source
    before it, among the sources of all the file's attributions, that names someone,
    stepping back over pronouns, sources that name no one, names of the other gender and
    groups or organisations, within ``WINDOW`` characters. None when there is none, and for
    "they", "we", "I": groups, the writer, or a speaker inside a quotation, not the last
    person named."""
    gender = PRONOUN_GENDER.get(pronoun.text.strip().lower(), "")
    if not gender:
        return None
    for source in reversed(sources):
        if source.start >= pronoun.start:
            continue
        if pronoun.start - source.start > WINDOW:
            return None
        if source.key is None or not source.person:
            continue
        if source.gender and source.gender != gender:
            continue
        return source.key
    return None


def surname_key(word: str) -> str:
    """The key of a surname as our speaker's words are split ("O’Malley" → "malley")."""
    parts = re.findall(r"[^\W\d_]+", word)
    return canonical_key(parts[-1]) if parts else ""


def gender_of(before: list[str]) -> str:
    """The gender the words before a surname tell: the given name (skipping initials, as in
    "Donald J. Trump") or a title ("Mrs."); "" when they tell none."""
    for word in reversed(before):
        if len(word) == 1:
            continue  # an initial
        if word in FEMALE_NAMES or word.lower() in FEMALE_TITLES:
            return "female"
        if word in MALE_NAMES or word.lower() in MALE_TITLES:
            return "male"
        return ""
    return ""


def text_genders(text: str) -> dict[str, str]:
    """Surname key → gender, for the surnames the article writes after a given name or a
    title that tells one gender ("Jeb Bush", "Ms. Brainard"); a surname written with both
    ("Hillary Clinton", "Bill Clinton") is left out."""
    found: dict[str, set[str]] = {}
    for m in FULL_NAME.finditer(text):
        words = [w.rstrip(".") for w in m.group(1).split()]
        gender = gender_of(words)
        if gender and words[0] != "Will":  # "Will Trump win?"
            found.setdefault(surname_key(m.group(2)), set()).add(gender)
    return {key: genders.pop() for key, genders in found.items() if len(genders) == 1}


def name_gender(source: str, key: str | None, genders: dict[str, str]) -> str:
    """The gender ("female", "male", or "" when unknown) of the person a source names: from
    the given name or title before the surname in the source ("Sen. Elizabeth Warren",
    "Mrs. Clinton"), else from how the article writes that surname elsewhere, else from the
    name itself when it is a given name ("Hillary")."""
    if key is None:
        return ""
    words = [re.sub(r"['’]s?$", "", w).rstrip(".,") for w in source.split()]
    for n in range(len(words) - 1, -1, -1):
        if surname_key(words[n]) == key:
            # A given name alone ("Hillary", "Bernie") tells it too, last.
            return gender_of(words[:n]) or genders.get(key, "") or gender_of(words[n : n + 1])
    return genders.get(key, "")


def token_ids(ranges: Iterable[tuple[int, int]], index: list[int]) -> set[int]:
    """Ids of the word tokens that have a character inside the ranges."""
    ids: set[int] = set()
    for a, b in ranges:
        ids.update(index[i] for i in range(max(a, 0), min(b, len(index))) if index[i] >= 0)
    return ids


def name_key(source: str) -> str | None:
    """The surname a gold source names, or None when it names no one.

    The name is a run of capitalised words that are not titles; a run that modifies a
    lowercase noun after it ("the Florida senator", "Donald Trump's spokesman", "an FBI
    investigation") names no speaker. "A spokesman for Trump" and "an adviser to Trump" name
    the spokesman and the adviser (no one), but "Secretary of State John Kerry" names Kerry;
    "Carson's business manager, Armstrong Williams," names Williams, in the appositive. The
    key is the surname's last part ("O’Malley" → "malley"), spelling variants folded."""

    def is_name(w: str) -> bool:
        return bool(
            w[:1].isupper()
            and w not in FUNCTION_WORDS
            and w not in INDEFINITES
            and w not in ("Jr", "Sr", "II", "III")  # "Harry B. Harris Jr."
            and NAME_WORD.fullmatch(w)
            and not is_title_word(w)
            and not w.endswith(("-American", "-Americans"))
            and not re.match(r"[A-Z]-", w)  # a party label, "R-Fla"
        )

    def names_in(part: str) -> list[str]:
        raw = part.split()
        words = [re.sub(r"['’]s?$", "", w).rstrip(".") for w in raw]
        names: list[str] = []
        run: list[str] = []
        for n, w in enumerate([*words, ""]):
            if w and is_name(w):
                run.append(w)
                continue
            # A run of names before a lowercase noun modifies it ("the Global Times
            # tabloid", "Donald Trump's campaign"), and so does one before a title that a
            # name follows ("New Hampshire Sen. Kelly Ayotte") or a possessive one before a
            # title ("The Podesta Group's CEO"); not "the Associated Press", "Amy Pope".
            possessive = bool(run) and re.search(r"['’]s?$", raw[n - 1]) is not None
            named_next = n + 1 < len(words) and is_name(words[n + 1])
            modifier = (w[:1].islower() and w not in NOT_NOUNS) or (
                bool(w) and is_title_word(w) and (possessive or named_next)
            )
            if not modifier:
                names += run
            run = []
        return names

    def before_preposition(part: str) -> list[str]:
        return PREPOSITION.split(part, maxsplit=1)

    head, _, rest = source.partition(",")
    parts = before_preposition(head)
    before = parts[0].split()
    if (
        head[len(parts[0]) :].startswith(" of ")
        and before
        and all(w[:1].isupper() for w in before)
        and is_title_word(before[-1])
        and before[-1] not in PARTIES
    ):
        names = names_in(head)  # "(Missouri) Secretary of State John Kerry"
    else:
        names = names_in(parts[0])
    if not names and rest and any(is_title_word(w) for w in before):
        # "X's manager, Armstrong Williams,"; "…'s challenger, Sen. Bernie Sanders of Vermont,"
        names = names_in(before_preposition(rest.split(",", 1)[0])[0])
    # "O’Malley", "Shanklin-Hawkins": the last part, as our speaker's words are split.
    return surname_key(names[-1]) if names else None


@dataclass
class Tally:
    gold: int = 0
    found: int = 0
    predicted: int = 0
    correct: int = 0
    speaker_total: int = 0
    speaker_right: int = 0
    pronoun_total: int = 0  # of speaker_total, gold pronoun sources scored by their antecedent
    pronoun_right: int = 0
    found_as_term: int = 0  # gold quotations we extract only as terms (reported for headlines)

    def figures(self) -> dict[str, float]:
        recall = self.found / self.gold if self.gold else 0.0
        precision = self.correct / self.predicted if self.predicted else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        speaker = self.speaker_right / self.speaker_total if self.speaker_total else 0.0
        return {
            "gold_quotations": float(self.gold),
            "predicted_quotations": float(self.predicted),
            "recall": recall,
            "precision": precision,
            "f1": f1,
            "speaker_scored": float(self.speaker_total),
            "speaker_accuracy": speaker,
            "speaker_right": float(self.speaker_right),
            "pronoun_scored": float(self.pronoun_total),
            "pronoun_right": float(self.pronoun_right),
            "found_as_term": float(self.found_as_term),
            "correct": float(self.correct),
            "found": float(self.found),
        }


REGIONS = ("body", "headline", "whole_text")


def score_article(
    stem: str, text: str, gold: list[Gold], tallies: dict[str, Tally], misses: list[str], show: int
) -> None:
    """Add one article's counts to ``tallies`` ("body", "headline", "whole_text"); misses are
    listed for the body only, the gated figures."""
    article = article_from_clean_text(text, id=stem, roles=("headline",))
    headline_end = article.paragraphs[0].end if article.paragraphs else 0
    extracted = extract_quotes(article)
    quotes = [q for q in extracted if q.kind != "term"]
    terms = [q for q in extracted if q.kind == "term"]
    index = [-1] * len(text)
    for n, m in enumerate(WORD.finditer(text)):
        index[m.start() : m.end()] = [n] * (m.end() - m.start())
    gold_ids = [token_ids(g.ranges, index) for g in gold]
    pred_ids = [token_ids([(q.start, q.end)], index) for q in quotes]
    all_gold = set().union(*gold_ids) if gold_ids else set()
    all_pred = set().union(*pred_ids) if pred_ids else set()
    all_term = set().union(*(token_ids([(q.start, q.end)], index) for q in terms))

    for g, ids in zip(gold, gold_ids, strict=True):
        if not ids:
            continue
        region = "headline" if g.ranges[0][0] < headline_end else "body"
        counted = [tallies[region], tallies["whole_text"]]
        body = region == "body"
        for tally in counted:
            tally.gold += 1
        if len(ids & all_pred) < OVERLAP * len(ids):
            if len(ids & all_term) >= OVERLAP * len(ids):
                for tally in counted:
                    tally.found_as_term += 1
            if body and len(misses) < show:
                a, b = g.ranges[0][0], g.ranges[-1][1]
                misses.append(f"MISS {stem}: {text[max(0, a - 60) : b + 20]!r}")
            continue
        for tally in counted:
            tally.found += 1
        if g.key is None:
            continue
        best = max(range(len(quotes)), key=lambda n: (len(pred_ids[n] & ids), -n), default=None)
        speaker = quotes[best].speaker if best is not None else None
        ours = {canonical_key(w) for w in re.findall(r"[^\W\d_]+", speaker or "")}
        for tally in counted:
            tally.speaker_total += 1
            tally.speaker_right += g.key in ours
            if g.source and is_pronoun(g.source):
                tally.pronoun_total += 1
                tally.pronoun_right += g.key in ours
        if g.key not in ours and body and len(misses) < show and best is not None:
            q = quotes[best]
            misses.append(
                f"SPEAKER {stem}: gold={g.source!r} (key {g.key!r}) ours={q.speaker!r} "
                f"(mention {q.speaker_mention!r}) {q.text[:60]!r}"
            )
    for q, ids in zip(quotes, pred_ids, strict=True):
        if not ids:
            continue
        region = "headline" if q.start < headline_end else "body"
        counted = [tallies[region], tallies["whole_text"]]
        for tally in counted:
            tally.predicted += 1
        if len(ids & all_gold) >= OVERLAP * len(ids):
            for tally in counted:
                tally.correct += 1
        elif region == "body" and len(misses) < show:
            misses.append(f"FALSE {stem}: {q.kind} {text[max(0, q.start - 60) : q.end + 20]!r}")


def evaluate(
    root: Path, split: str, show: int, annotators: str = "first"
) -> tuple[dict[str, dict[str, float]], list[str]]:
    """Score one split: figures for the body, the headline and the whole text. ``annotators``
    is "first" (each article against the annotator whose id sorts first) or "all" (each
    article against every annotator's file in turn, counts summed: every independent
    judgement weighs the same)."""
    base = root / "data" / split
    tallies = {region: Tally() for region in REGIONS}
    misses: list[str] = []
    annotations: dict[str, list[Path]] = {}
    for path in sorted((base / "attributions").glob("*.ann")):
        stem = path.stem.rsplit("_", 1)[0]
        annotations.setdefault(stem, []).append(path)  # sorted: the first annotator first
    articles = files = 0
    for stem, ann_paths in sorted(annotations.items()):
        text_path = base / "text" / f"{stem}.txt"
        if not text_path.exists():
            continue
        articles += 1
        text = text_path.read_text(encoding="utf-8")
        for ann_path in ann_paths if annotators == "all" else ann_paths[:1]:
            files += 1
            gold = load_gold(text, ann_path.read_text(encoding="utf-8"))
            score_article(stem, text, gold, tallies, misses, show)
    figures = {region: tally.figures() for region, tally in tallies.items()}
    figures["corpus"] = {"articles": float(articles), "files": float(files)}
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
    body, head, whole = figures["body"], figures["headline"], figures["whole_text"]
    corpus = figures["corpus"]
    files = f" ({int(corpus['files'])} files)" if args.annotators == "all" else ""
    print(
        f"PolNeAR {args.split} ({args.annotators} annotator"
        f"{'s' if args.annotators == 'all' else ''}): {int(corpus['articles'])} articles{files}"
    )
    print(
        f"  body:       {int(body['gold_quotations'])} gold quotations,"
        f" {int(body['predicted_quotations'])} predicted"
    )
    print(
        f"  quotations: precision {body['precision']:.3f}  recall {body['recall']:.3f}"
        f"  F1 {body['f1']:.3f}"
    )
    pronoun_accuracy = (
        body["pronoun_right"] / body["pronoun_scored"] if body["pronoun_scored"] else 0
    )
    print(
        f"  speakers:   accuracy {body['speaker_accuracy']:.3f}"
        f" over {int(body['speaker_scored'])} quotations with a named source or a resolved"
        f" pronoun (pronouns {pronoun_accuracy:.3f} over {int(body['pronoun_scored'])})"
    )
    print(
        f"  headline:   {int(head['gold_quotations'])} gold quotations:"
        f" {int(head['found'])} found as speech/fragment,"
        f" {int(head['found_as_term'])} extracted only as term;"
        f" {int(head['predicted_quotations'])} speech/fragment predicted,"
        f" {int(head['correct'])} of them gold;"
        f" speakers {int(head['speaker_right'])}/{int(head['speaker_scored'])}"
    )
    print(
        f"  whole text: {int(whole['gold_quotations'])} gold quotations,"
        f" {int(whole['predicted_quotations'])} predicted;"
        f" precision {whole['precision']:.3f}  recall {whole['recall']:.3f}"
        f"  F1 {whole['f1']:.3f}; speakers {whole['speaker_accuracy']:.3f}"
        f" over {int(whole['speaker_scored'])}"
    )
    if not args.check:
        return 0
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))["polnear"].get(args.split, {})
    failed = [
        f"{part} {name} {figures[part][name]:.3f} is below its floor {floor:.3f}"
        for part in ("body", "whole_text")
        for name, floor in sorted(floors.get(part, {}).items())
        if figures[part][name] < floor
    ]
    for line in failed:
        print(f"FAIL: {line}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
