"""Large realistic quotation corpora with a ground truth, for ``benchmarks/families.py``.

Utterances are real news sentences: PolNeAR and NewsWCL50 article text read from
``../shared/evaldata`` when present (never copied into the repository), the bundled seed
story otherwise. Each real sentence is one utterance; when a corpus needs more utterances
than there are sentences, further ones are made from a real sentence by putting other real
words in place of all its content words (the sentence's shape, its function words and
punctuation, stays real; its claim is new). Each utterance is then quoted by a number of
outlets, as outlets do:

* word for word, or cut at either end (a fragment of at least six words), or extended with
  what the speaker said next (real words in an order no other utterance has);
* re-punctuated (commas dropped, curly quotes, a dash for a comma), respelt (British
  spelling, "it is" for "it's", a number in words), a transcript's one-word variant;
* credited to the speaker, to the surname alone, to nobody, or to someone else (a
  misattribution).

The truth is which quotations quote one utterance. Everything is seeded: the same size and
seed give the same corpus.

Two defects of the first version of the truth, kept behind ``legacy=True`` so that figures
measured against it can be reproduced (docs/performance.md gives both):

* a further utterance replaced nine in ten of the content words that were alphabetic as
  split on spaces, so every word touching punctuation ("said," "Journal.") and every
  number stayed, and one content word in ten: the variants of one real sentence (each is
  reused about a dozen times at a million quotations) kept its skeleton and much of its
  claim, and a cut of one variant is, word for word, a cut of another. Now every word that
  is not a function word is replaced, inside its punctuation, numbers included;
* the real sentences hold copies: wire copy or boilerplate edited by several outlets (a
  figure written with and without its comma, a standing note with one clause added),
  which the first version made separate utterances though they are one. Now a sentence with the same
  words as an earlier one (punctuation and case aside), or sharing a run of twelve words
  in a row with one (``AlignOptions.recycled_min_run_words``: independent writers do not
  share twelve words in a row), is dropped as a copy.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path

from framediff.similarity import STOPWORDS

REPO = Path(__file__).resolve().parent.parent
EVALDATA = REPO.parent / "shared" / "evaldata"
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[A-Z“\"])")
_WORD = re.compile(r"[A-Za-z]+")
_PLAIN = re.compile(r"[a-z0-9]+")
# A word inside its punctuation: letters and digits, with inner apostrophes, hyphens,
# commas and points ("it's", "U.S.-Mexico", "100,000").
_CORE = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9'’.,-]*[A-Za-z0-9])?")
# Two real sentences sharing this many words in a row are one sentence copied and edited
# (the run ``AlignOptions.recycled_min_run_words`` calls copied text).
COPY_RUN_WORDS = 12
GIVEN = [
    "James",
    "Maria",
    "Ahmed",
    "Olena",
    "Chen",
    "Priya",
    "Kofi",
    "Elena",
    "Tomás",
    "Yuki",
    "Fatima",
    "Lars",
    "Aisha",
    "Diego",
]
FAMILY = [
    "Okafor",
    "Lindqvist",
    "Haddad",
    "Moreau",
    "Tanaka",
    "Kowalski",
    "Ferreira",
    "Nakamura",
    "Osei",
    "Ivanova",
    "Brennan",
    "Castillo",
    "Mehta",
    "Schreiber",
    "Adeyemi",
    "Novak",
    "Zelenskyy",
    "Sato",
    "Romero",
    "Kaplan",
    "Dubois",
    "Horvat",
]
OUTLETS = [f"outlet-{n:03d}" for n in range(400)]
SPELLINGS = {
    "honor": "honour",
    "favor": "favour",
    "labor": "labour",
    "defense": "defence",
    "center": "centre",
    "organize": "organise",
    "realize": "realise",
    "Zelensky": "Zelenskyy",
    "Kyiv": "Kiev",
}
NUMBERS = {"three": "3", "two": "2", "four": "4", "ten": "10", "five": "5"}
CONTRACT = {
    "it is": "it's",
    "do not": "don't",
    "we are": "we're",
    "I am": "I'm",
    "will not": "won't",
    "is not": "isn't",
}


@dataclass(frozen=True)
class GeneratedQuote:
    text: str
    speaker: str | None
    outlet: str
    family: int  # the truth: quotations with one family number quote one utterance


def real_sentences() -> list[str]:
    """Sentences of 10 to 45 words from real news, in a stable order (copies included)."""
    files = sorted((EVALDATA / "polnear" / "data").glob("*/text/*.txt"))
    files += sorted((EVALDATA / "newswcl50" / "1-raw-articles").glob("event_*/*"))
    if not files:
        files = sorted((REPO / "corpus" / "nato-shootdown-2024").glob("*.md"))
    seen: dict[str, None] = {}
    for path in files:
        for paragraph in path.read_text(encoding="utf-8", errors="replace").split("\n"):
            for sentence in _SENTENCE_END.split(paragraph.strip()):
                sentence = sentence.strip().strip('“”"')
                if 10 <= len(sentence.split()) <= 45 and '"' not in sentence:
                    seen.setdefault(sentence, None)
    return list(seen)


def _plain(sentence: str) -> list[str]:
    return _PLAIN.findall(sentence.lower())


def without_copies(sentences: list[str], *, run: int = COPY_RUN_WORDS) -> list[str]:
    """``sentences`` less those that copy an earlier one: the same words (punctuation and
    case aside), or a run of ``run`` words in a row in common."""
    seen_words: set[tuple[str, ...]] = set()
    seen_runs: set[int] = set()
    kept = []
    for sentence in sentences:
        words = _plain(sentence)
        runs = {hash(tuple(words[i : i + run])) for i in range(len(words) - run + 1)}
        if tuple(words) in seen_words or not runs.isdisjoint(seen_runs):
            continue
        seen_words.add(tuple(words))
        seen_runs |= runs
        kept.append(sentence)
    return kept


def _utterances(
    count: int, sentences: list[str], rng: random.Random, *, legacy: bool = False
) -> list[list[str]]:
    """``count`` distinct utterances as word lists: the real sentences, then variations."""
    vocabulary = sorted({w for s in sentences for w in s.split() if len(w) > 3 and w.isalpha()})
    found = [s.split() for s in sentences[:count]]
    while len(found) < count:
        words = list(rng.choice(sentences).split())
        for n, word in enumerate(words):
            if legacy:
                if len(word) > 3 and word.isalpha() and rng.random() < 0.9:
                    words[n] = rng.choice(vocabulary)
                continue
            # The word inside any punctuation ("Journal." "$100,000" "“build"), unless it
            # is a function word: the shape of the sentence stays, none of its claim.
            core = _CORE.search(word)
            if core is not None and core.group(0).lower() not in STOPWORDS:
                words[n] = word[: core.start()] + rng.choice(vocabulary) + word[core.end() :]
        found.append(words)
    return found


def _family_size(rng: random.Random) -> int:
    if rng.random() < 0.35:
        return 1  # quoted by one outlet only
    return min(30, 2 + int(rng.expovariate(0.45)))


def _respell(text: str, rng: random.Random) -> str:
    table = rng.choice([SPELLINGS, NUMBERS, CONTRACT])
    for a, b in table.items():
        if a in text:
            return text.replace(a, b, 1)
    return text


def _repunctuate(text: str, rng: random.Random) -> str:
    choice = rng.random()
    if choice < 0.4:
        return text.replace(",", "", 2)
    if choice < 0.7:
        return text.replace(", ", " — ", 1)
    return text.replace("'", "’")


def _render(words: list[str], follow: list[str], rng: random.Random) -> str:
    """One outlet's rendering of an utterance."""
    choice = rng.random()
    if choice < 0.3 and len(words) >= 12:  # a cut at one or both ends
        keep = rng.randint(max(6, len(words) // 2), len(words) - 1)
        start = rng.randint(0, len(words) - keep)
        words = words[start : start + keep]
    elif choice < 0.4:  # extended: the outlet quotes on
        words = words + follow[: rng.randint(3, 8)]
    elif choice < 0.5 and len(words) > 8:  # a transcript's variant of one word
        words = list(words)
        words[rng.randint(3, len(words) - 3)] = rng.choice(follow or words)
    text = " ".join(words)
    if rng.random() < 0.3:
        text = _repunctuate(text, rng)
    if rng.random() < 0.2:
        text = _respell(text, rng)
    return text


def _credit(speaker: str, rng: random.Random) -> str | None:
    choice = rng.random()
    if choice < 0.6:
        return speaker
    if choice < 0.8:
        return speaker.split()[-1]
    if choice < 0.9:
        return None
    if choice < 0.95:
        return "a spokesperson"
    return f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"  # misattributed


def generate(quotes: int, *, seed: int = 1, legacy: bool = False) -> list[GeneratedQuote]:
    """A shuffled corpus of ``quotes`` quotations with its truth (``legacy``: the first
    version of the truth, with the two defects of the module docstring)."""
    rng = random.Random(seed)
    sentences = real_sentences()
    rng.shuffle(sentences)
    if not legacy:
        sentences = without_copies(sentences)
    sizes: list[int] = []
    total = 0
    while total < quotes:
        sizes.append(_family_size(rng))
        total += sizes[-1]
    sizes[-1] -= total - quotes
    utterances = _utterances(len(sizes), sentences, rng, legacy=legacy)
    vocabulary = sorted({w for s in sentences for w in s.split() if len(w) > 3 and w.isalpha()})
    found = []
    for family, (size, words) in enumerate(zip(sizes, utterances, strict=True)):
        speaker = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"
        # What the speaker said next: real words no other utterance continues with.
        follow = rng.sample(vocabulary, 8)
        for outlet in rng.sample(OUTLETS, size):
            found.append(
                GeneratedQuote(_render(words, follow, rng), _credit(speaker, rng), outlet, family)
            )
    rng.shuffle(found)
    return found
