"""Count the speakers that are places, headings, section words or common words, on every
article we have.

Usage: python benchmarks/speaker_audit.py [--corpus dev,train,newswcl50,seeds] [--list]

A speaker must be a person, an organisation or a government metonym ("Moscow said"), never
a place named in passing, a heading, a section word or a dateline. This script reads every
quotation and every reported-speech record of the PolNeAR dev and train texts, the NewsWCL50
articles (through framediff's loader) and the seed story, and counts the speakers that are:

* ``place``: a name the article uses as a place (after "in", "at", "near", "from",
  "across", "outside"; as the second part of "Concord, N.H."; in a dateline) or a US state,
  Canadian province or their abbreviation, credited by anything but a metonym (the place
  alone, right before or after the cue or before an appositive: "Moscow warned", "said
  Ottawa", "Texas, leading a coalition of 13 states, asked"); a dateline's place is in
  capitals or carries a region or an agency's credit ("FLINT, Mich. —", "Ottawa (CP) —");
* ``heading``: words of a short paragraph with no sentence punctuation that does not lead
  into a quotation, a capitals-only phrase that only ever opens a paragraph (and is no
  transcript's "NAME:" label), or a kicker in capitals glued to a name ("ROLL TIDE
  Alabama");
* ``section``: a section word ("Business", "Sports", "Opinion");
* ``word``: a common word that opened a sentence ("Having met", "Ironically,", "Case of"):
  one the article writes in lower case or with an adverb's or participle's ending, and
  never capitalised after a lowercase word as it would a name.

The evidence is read from the text here, apart from the rules in ``framediff.attribution``,
so the count checks them rather than repeating them. The data is third-party and read from
``../shared/evaldata`` (or ``$FRAMEDIFF_EVALDATA``); a corpus that is missing is skipped with
a note. Not a gate: it describes, and ``--list`` prints every suspect with its context for
reading by hand.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

import eval_newswcl50  # noqa: E402
import eval_polnear  # noqa: E402

from framediff.attribution import attribute  # noqa: E402
from framediff.attribution.lexicon import FEMALE_NAMES, MALE_NAMES, word_set  # noqa: E402
from framediff.ingest.build import article_from_clean_text  # noqa: E402
from framediff.ingest.load import articles_from_sources, sources_from_paths  # noqa: E402
from framediff.model import Article  # noqa: E402
from framediff.options import Options  # noqa: E402

SECTION_WORDS = word_set(
    """Business Sports Sport Opinion Politics World Local News Health Entertainment Lifestyle
    Life Money Tech Technology Science Arts Culture Travel Weather Video Videos Photos Live
    Trending Breaking Editorial Analysis Commentary Features Markets Economy Nation
    Metro Style Food Books Music Movies Obituaries Letters Podcasts Newsletters Advertisement
    Sponsored Related Watch Listen"""
)
REGIONS = word_set(
    """Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida
    Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts
    Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon
    Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming Alberta
    Manitoba Saskatchewan Ontario Quebec Nunavut Yukon Newfoundland Labrador Ala Ariz Ark
    Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont Neb
    Nev N.H. N.J. N.M. N.Y. N.C. N.D. Okla Ore Pa R.I. S.C. S.D. Tenn Tex Vt Va Wash Wis
    Wyo D.C. B.C. Alta Sask Man Ont Que N.S. N.B. P.E.I. OH"""
)
PLACE_BEFORE = re.compile(r"\b(?:in|near|across|outside|throughout)\s+$")
CITY_BEFORE = re.compile(
    r"\b(?:in|at|near|across|outside|from)\s+(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.]*,\s+$"
)
# What follows a place after a preposition: punctuation or a function word, not a noun it
# modifies ("at Trump rallies") nor a possessive ("in Clinton's speech").
PLACE_AFTER = re.compile(
    r"\s*(?:[,.;:)]|$)|\s+(?:on|in|and|to|for|where|last|this|that|the|with|during|before|after"
    r"|since|when|until|earlier|later)\b"
)
# After a dateline's place: its region ("FLINT, Mich."), an agency's credit ("(AP)") and a
# dash standing apart from the words (not the hyphen of "Washington-based").
DATELINE_AFTER = re.compile(
    r"(?P<region>,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?\.?"
    r"(?P<credit>\s*\([A-Za-z. ]+\))?\s*(?:—|–|―|--|-(?=\s))"
)
STOPS = frozenset(".!?")
QUOTES = "\"“”‘’'"


def polnear_articles(split: str) -> Iterator[Article]:
    root = eval_polnear.polnear_root()
    if root is None:
        return
    for path in sorted((root / "data" / split / "text").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        yield article_from_clean_text(text, id=path.stem, roles=("headline",))


def newswcl50_articles() -> Iterator[Article]:
    root = eval_newswcl50.data_root()
    if root is None:
        return
    for folder in sorted((root / "1-raw-articles").iterdir()):
        if folder.name.startswith("event_"):
            yield from eval_newswcl50.load_event(folder, Options())


def seed_articles() -> Iterator[Article]:
    sources = sources_from_paths([str(REPO / "corpus" / "nato-shootdown-2024")], options=Options())
    yield from articles_from_sources(sources, options=Options())


CORPORA = {
    "dev": lambda: polnear_articles("dev"),
    "train": lambda: polnear_articles("train"),
    "newswcl50": newswcl50_articles,
    "seeds": seed_articles,
}


def _bare(name: str) -> str:
    return re.sub(r"^(?:the|The)\s+", "", name).strip()


def used_as_place(text: str, name: str) -> bool:
    """Whether the article writes ``name`` as a place: after a preposition of place, as the
    second part of "City, Region", or opening a dateline."""
    for m in re.finditer(rf"(?<![\w.]){re.escape(name)}(?![\w])", text):
        before = text[max(0, m.start() - 40) : m.start()]
        after = text[m.end() : m.end() + 40]
        if PLACE_BEFORE.search(before) and PLACE_AFTER.match(after):
            return True
        if CITY_BEFORE.search(before) and re.match(r"[.,]?\s*[,(—–-]", after):
            return True  # "in Concord, N.H., on Monday"
        line_start = m.start() == 0 or text[m.start() - 1] == "\n"
        dateline = DATELINE_AFTER.match(after) if line_start else None
        # A dateline's place is set in capitals or carries a region or a credit; a name and
        # a dash in mixed case opens a sentence about a person ("Mehmet Oz — surgeon and
        # TV star — has been called").
        if dateline and (name.isupper() or dateline.group("region") or dateline.group("credit")):
            return True
    return False


def used_as_person(text: str, name: str) -> bool:
    """Whether the article writes ``name`` after a given name or a title ("Donald Trump",
    "Mr. Obama", "Sen. Sanders"): a person, whatever else it is."""
    if name.split()[0] in FEMALE_NAMES | MALE_NAMES:
        return True
    last = re.escape(name.split()[-1])
    titled = rf"\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|President|Senator|Governor)\.?\s+{last}\b"
    given = rf"(?<![,.]\s)\b[A-Z][a-z]+\s+{last}\b"
    return bool(re.search(titled, text) or (" " not in name and re.search(given, text)))


def only_in_headings(article: Article, name: str) -> bool:
    """Whether ``name`` appears in the body only in headings: short paragraphs with no
    sentence punctuation that do not lead into a quotation (a heading, a section word, a
    credit), or capitals-only lines."""
    seen = False
    paragraphs = article.paragraphs
    for n, p in enumerate(paragraphs[1:], start=1):
        line = article.text[p.start : p.end].strip()
        if name not in line:
            continue
        following = (
            article.text[paragraphs[n + 1].start :].lstrip() if n + 1 < len(paragraphs) else ""
        )
        if following[:1] in QUOTES:
            return False  # "Jennifer Jacobs of Bloomberg News tweeted" / "“…”": a lead-in
        short = len(line.split()) <= 8 and not (STOPS | set(QUOTES) | {":", ","}) & set(line)
        if not (short or (line.upper() == line and any(c.isalpha() for c in line))):
            return False
        seen = True
    return seen


def classify(
    article: Article, speaker: str, mention: str | None, start: int | None, cue: int | None
) -> str | None:
    """ "place", "heading", "section", "word", or None for a speaker that may speak."""
    text = article.text
    name = _bare(speaker)
    if name in SECTION_WORDS and " " not in name:
        return "section"
    letters = [c for c in name if c.isalpha()]
    if len(letters) > 5 and name.upper() == name and " " in name and heading_only(text, name):
        return "heading"
    words = name.split()
    kicker = 0
    while kicker < len(words) and re.fullmatch(r"[A-Z][A-Z’'-]+", words[kicker]):
        kicker += 1
    if kicker >= 2 and kicker < len(words):
        return "heading"  # "ROLL TIDE Alabama": a kicker in capitals glued to a name
    if only_in_headings(article, name):
        return "heading"
    if name in REGIONS or (used_as_place(text, name) and not used_as_person(text, name)):
        metonym = (
            mention is not None
            and _bare(mention) == name
            and cue is not None
            and start is not None
            and (
                abs(cue - start) <= len(mention) + 12
                # "Texas, leading a coalition of 13 states, asked": an appositive between
                or APPOSITIVE.match(text, start + len(mention), cue) is not None
            )
        )
        if metonym and not (name.isupper() and len(name) > 3):
            return None
        pronoun = mention is not None and mention.lower() in ("he", "she")
        return "place" if pronoun or not metonym else None
    if common_word(text, name):
        return "word"
    return None


def common_word(text: str, name: str) -> bool:
    """Whether a one-word speaker is a common word that opened a sentence ("Having met",
    "Ironically,", "Case of"): the article never writes it capitalised after a lowercase
    word or a comma, as it would a name, and writes it in lower case, or it has the ending
    of a participle or an adverb. A plural noun for people speaks as a group ("Aides
    said")."""
    if " " in name or not name[:1].isupper() or name.isupper():
        return False
    if re.fullmatch(r"[A-Z][a-z]+[^s]s|Police|People|Staff", name):
        return False  # "Aides said", "Police say": a group of people, named by its noun
    if re.search(rf"[a-z,;]\s+{re.escape(name)}(?![\w])", text):
        return False
    lower = re.search(rf"(?<![\w]){re.escape(name.lower())}(?![\w])", text)
    return lower is not None or name.lower().endswith(("ly", "ing"))


def heading_only(text: str, name: str) -> bool:
    """Whether a name in capitals only ever opens a paragraph, and not as a transcript's
    label ("JOEL BENENSON: …"): a heading. A name in capitals inside a sentence ("… len.
    USA TODAY reported") is a house style for that name."""
    found = False
    for m in re.finditer(rf"(?<![\w.]){re.escape(name)}(?![\w])", text):
        if not (m.start() == 0 or text[m.start() - 1] == "\n"):
            return False
        if text[m.end() : m.end() + 1] == ":":
            return False
        found = True
    return found


# The text between a subject and its verb when an appositive stands between them.
# It opens with a determiner, a quantifier, a participle or a relative ("Texas, leading a
# coalition of 13 states, asked"; "France, both nuclear powers, continue"), not with a
# clause's own subject ("Tennessee, his mother refused to …, insisting").
APPOSITIVE = re.compile(
    r"\s*,\s*(?:a|an|the|both|each|all|who|which|[a-z]+ing|[a-z]+ed)\b[^.;!?\n]{0,70},\s*$"
)


def audit(articles: Iterator[Article]) -> tuple[Counter[str], list[str]]:
    counts: Counter[str] = Counter()
    suspects: list[str] = []
    for article in articles:
        found = attribute(article)
        records = [
            (q.speaker, q.speaker_mention, q.speaker_start, q.verb_start)
            for q in found.quotes
            if q.kind != "term"
        ]
        records += [
            (r.speaker, r.speaker_mention, r.speaker_start, r.verb_start) for r in found.reported
        ]
        for speaker, mention, start, cue in records:
            counts["records"] += 1
            if speaker is None:
                counts["no speaker"] += 1
                continue
            kind = classify(article, speaker, mention, start, cue)
            if kind is None:
                continue
            counts[kind] += 1
            where = ""
            if start is not None:
                where = article.text[max(0, start - 50) : start + 60].replace("\n", " | ")
            suspects.append(f"{kind:8} {article.id}: {speaker!r} ({mention!r}) …{where}…")
    return counts, suspects


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default="dev,train,newswcl50,seeds")
    parser.add_argument("--list", action="store_true", help="print every suspect speaker")
    args = parser.parse_args(argv)
    for name in args.corpus.split(","):
        counts, suspects = audit(CORPORA[name]())
        if not counts:
            print(f"{name}: not found (set FRAMEDIFF_EVALDATA); skipped")
            continue
        if args.list:
            for line in suspects:
                print(line)
        print(
            f"{name}: {counts['records']} speaker records ({counts['no speaker']} without);"
            f" place {counts['place']}, heading {counts['heading']}, section {counts['section']},"
            f" word {counts['word']}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
