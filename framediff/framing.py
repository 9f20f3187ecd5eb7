"""Framing signals: how each outlet presents the same people and words.

Five signals, each computed from the articles, their quotations and the quote families,
with no I/O. Every finding that points at words carries offsets into ``Article.text``.

Headlines
    Each headline, the word-level differences between every two headlines, quotation marks
    a headline puts around words nobody is quoted as saying (scare quotes: ‘Shoot Down’),
    and how many of the headline's content words its own body uses (a headline claim the
    body never makes shows up as missing words).
Attribution
    The verb that introduces each quotation ("said", "told", "claimed") and the verbs the
    writer uses to report speech without quoting it ("Zelenskyy bemoaned …"), classed by
    ``framediff.verbs.verb_class`` as neutral, evaluative or intensifying; by speaker, by
    quote family and counted per article.
Voices
    Who each article quotes, how often and at what length; who is quoted by one article
    only; and how an article's body divides between quotation, reported speech and the
    writer's own prose.
Names and words
    How each article spells and titles each speaker ("Zelensky", "Zelenskyy", "the Ukrainian
    leader"), and loaded or hedging words from a small lexicon (``LEXICON``).
Readability
    Flesch reading ease and Flesch–Kincaid grade of each body (``framediff.readability``).

Results do not depend on the order articles are given in: articles are ranked by id and
every list is sorted by article rank, then position in the text, with explicit tie-breaks.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from framediff.align import QuoteFamily
from framediff.attribution.names import (
    FUNCTION_WORDS,
    NATIONALITIES,
    PRONOUNS,
    ROLE_NOUNS,
    canonical_key,
    is_org_name,
    mention_from_tokens,
    phrase_after,
    phrase_before,
)
from framediff.attribution.tokens import Token, tokenize
from framediff.attribution.verbs import lemma_of, verb_class
from framediff.diff import DiffOp, diff_words
from framediff.model import Article, Paragraph, Quote, Sentence
from framediff.options import DEFAULT_OPTIONS, FramingOptions, Options
from framediff.readability import Readability, readability
from framediff.similarity import NUMBER_WORDS, STOPWORDS, content_words, stem, word_spans

VerbSource = Literal["quote", "reported"]
MentionKind = Literal["name", "role", "pronoun"]
LexiconCategory = Literal["loaded", "hedging"]
VERB_CLASSES = ("neutral", "evaluative", "intensifying", "unknown")

# --------------------------------------------------------------------------- lexicon

# (entry, category, pattern). Small on purpose: a reader must be able to check every entry.
# Loaded words carry the writer's judgement or heat; hedging words distance the writer from
# a claim. "may" is matched in lower case only, so the month ("in May") is not a hedge.
LEXICON: tuple[tuple[str, LexiconCategory, str], ...] = (
    ("bemoan", "loaded", r"bemoan(?:s|ed|ing)?"),
    ("regime", "loaded", r"regimes?"),
    ("slam", "loaded", r"slam(?:s|med|ming)?"),
    ("lash out", "loaded", r"lash(?:es|ed|ing)? out"),
    ("terror", "loaded", r"terror(?:s|ism|ist|ists)?"),
    ("radical", "loaded", r"radicals?"),
    ("extremist", "loaded", r"extremists?"),
    ("so-called", "loaded", r"so[- ]called"),
    ("propaganda", "loaded", r"propaganda"),
    ("dictator", "loaded", r"dictators?|dictatorial"),
    ("puppet", "loaded", r"puppets?"),
    ("reportedly", "hedging", r"reportedly"),
    ("allegedly", "hedging", r"alleged(?:ly)?"),
    ("claim", "hedging", r"claim(?:s|ed|ing)?"),
    ("purport", "hedging", r"purport(?:s|ed|edly|ing)?"),
    ("appears to", "hedging", r"appear(?:s|ed)? to"),
    ("apparently", "hedging", r"apparently|seemingly|supposedly"),
    ("may", "hedging", r"(?-i:may)"),
    ("might", "hedging", r"might"),
    ("unverified", "hedging", r"unverified|unconfirmed"),
)
_LEXICON_RE = re.compile(
    "|".join(rf"(?P<e{n}>\b(?:{pattern})\b)" for n, (_entry, _cat, pattern) in enumerate(LEXICON)),
    re.IGNORECASE,
)

# Between a speaker and their verb the writer may put an auxiliary or an adverb ("has
# previously said"); these words end the search instead, because they open another clause.
_CLAUSE_BREAKS = frozenset(
    ("that", "which", "who", "whom", "whose", "and", "or", "but", "to", "if", "because", "while")
)
# A passive ("was asked", "were told") means the subject did not speak.
_PASSIVE = frozenset(("was", "were", "been", "be", "being", "is", "are"))
_SUBJECT_PRONOUNS = frozenset(p for p in PRONOUNS if p not in ("it", "we"))


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class Span:
    """Words of an article that a finding points at, with their offsets in its text."""

    article: str
    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"article": self.article, "start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class Headline:
    """An article's headline: its scare quotes and how much of it its own body supports."""

    article: str
    text: str
    start: int
    end: int
    scare_quotes: tuple[Span, ...]
    content_words: int
    supported_words: int
    missing: tuple[Span, ...]

    @property
    def support(self) -> float:
        """Share of the headline's distinct content words that its body uses (1.0 if none)."""
        return self.supported_words / self.content_words if self.content_words else 1.0

    def to_json(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "scare_quotes": [s.to_json() for s in self.scare_quotes],
            "content_words": self.content_words,
            "supported_words": self.supported_words,
            "support": round(self.support, 4),
            "missing": [s.to_json() for s in self.missing],
        }


@dataclass(frozen=True)
class HeadlineDiff:
    """Word-level differences between two headlines (op offsets are into the headlines)."""

    a: str
    b: str
    ops: tuple[DiffOp, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "a": self.a,
            "b": self.b,
            "ops": [op.to_json() for op in self.ops if op.kind != "equal"],
        }


@dataclass(frozen=True)
class VerbUse:
    """An attribution verb: who it introduces, in which article, how, and its class."""

    article: str
    speaker: str | None
    verb: str
    lemma: str
    verb_class: str
    source: VerbSource
    start: int
    end: int
    family: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "speaker": self.speaker,
            "verb": self.verb,
            "lemma": self.lemma,
            "class": self.verb_class,
            "source": self.source,
            "start": self.start,
            "end": self.end,
            "family": self.family,
        }


@dataclass(frozen=True)
class SpeakerVerbs:
    """How often one article uses one verb lemma for one speaker, quoting or reporting."""

    speaker: str
    article: str
    lemma: str
    verb_class: str
    quoted: int
    reported: int

    def to_json(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker,
            "article": self.article,
            "lemma": self.lemma,
            "class": self.verb_class,
            "quoted": self.quoted,
            "reported": self.reported,
        }


@dataclass(frozen=True)
class FamilyVerbs:
    """The verbs each article uses to introduce one quotation (a quote family)."""

    family: str
    speaker: str | None
    shared: bool
    uses: tuple[VerbUse, ...]

    @property
    def lemmas(self) -> dict[str, tuple[str, ...]]:
        """Each article's distinct lemmas for this quotation, in text order."""
        out: dict[str, list[str]] = {}
        for use in self.uses:
            lemmas = out.setdefault(use.article, [])
            if use.lemma not in lemmas:
                lemmas.append(use.lemma)
        return {article: tuple(lemmas) for article, lemmas in out.items()}

    def to_json(self) -> dict[str, Any]:
        return {
            "family": self.family,
            "speaker": self.speaker,
            "shared": self.shared,
            "lemmas": {a: list(v) for a, v in self.lemmas.items()},
            "uses": [u.to_json() for u in self.uses],
        }


@dataclass(frozen=True)
class VerbCounts:
    """An article's attribution verbs counted by class, for quotations and reported speech."""

    article: str
    quoted: tuple[tuple[str, int], ...]
    reported: tuple[tuple[str, int], ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "quoted": dict(self.quoted),
            "reported": dict(self.reported),
        }


@dataclass(frozen=True)
class Voice:
    """One speaker as quoted by one article: utterances, quoted words, first appearance."""

    article: str
    speaker: str | None
    quotations: int
    words: int
    start: int

    def to_json(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "speaker": self.speaker,
            "quotations": self.quotations,
            "words": self.words,
            "start": self.start,
        }


@dataclass(frozen=True)
class Reach:
    """Which articles (and outlets) quote a speaker; ``sole`` when only one article does."""

    speaker: str
    articles: tuple[str, ...]
    outlets: tuple[str, ...]

    @property
    def sole(self) -> bool:
        return len(self.articles) == 1

    def to_json(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker,
            "articles": list(self.articles),
            "outlets": list(self.outlets),
            "sole": self.sole,
        }


@dataclass(frozen=True)
class ReportedSpeech:
    """A sentence that reports someone's words without quoting them directly."""

    article: str
    sentence: int
    start: int
    end: int
    speaker: str | None
    subject: Span
    verb: VerbUse

    def to_json(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "speaker": self.speaker,
            "subject": self.subject.to_json(),
            "verb": self.verb.to_json(),
        }


@dataclass(frozen=True)
class BodyShares:
    """How an article's body divides, by words, into quotation, reported speech and prose."""

    article: str
    words: int
    quoted: int
    reported: int
    own: int

    def share(self, part: int) -> float:
        return part / self.words if self.words else 0.0

    @property
    def quoted_share(self) -> float:
        return self.share(self.quoted)

    @property
    def reported_share(self) -> float:
        return self.share(self.reported)

    @property
    def own_share(self) -> float:
        return self.share(self.own)

    def to_json(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "words": self.words,
            "quoted": self.quoted,
            "reported": self.reported,
            "own": self.own,
            "quoted_share": round(self.quoted_share, 4),
            "reported_share": round(self.reported_share, 4),
            "own_share": round(self.own_share, 4),
        }


@dataclass(frozen=True)
class NameMention:
    """One mention of a speaker: the phrase as written, the surname's spelling, its kind."""

    article: str
    speaker: str
    text: str
    spelling: str | None
    kind: MentionKind
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "speaker": self.speaker,
            "text": self.text,
            "spelling": self.spelling,
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True)
class NameLabels:
    """How one article names one speaker: spellings of the surname and the labels used."""

    speaker: str
    article: str
    spellings: tuple[str, ...]
    labels: tuple[str, ...]
    mentions: tuple[NameMention, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker,
            "article": self.article,
            "spellings": list(self.spellings),
            "labels": list(self.labels),
            "mentions": [m.to_json() for m in self.mentions],
        }


@dataclass(frozen=True)
class LexiconHit:
    """A loaded or hedging word from ``LEXICON``, where it is, and whether it frames a quote."""

    article: str
    entry: str
    category: LexiconCategory
    text: str
    start: int
    end: int
    in_quote: bool
    near_quote: bool

    def to_json(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "entry": self.entry,
            "category": self.category,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "in_quote": self.in_quote,
            "near_quote": self.near_quote,
        }


@dataclass(frozen=True)
class LexiconCounts:
    """An article's loaded and hedging words in its own voice (outside quotation marks)."""

    article: str
    loaded: int
    hedging: int
    loaded_near_quotes: int
    hedging_near_quotes: int

    def to_json(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "loaded": self.loaded,
            "hedging": self.hedging,
            "loaded_near_quotes": self.loaded_near_quotes,
            "hedging_near_quotes": self.hedging_near_quotes,
        }


@dataclass(frozen=True)
class ArticleReadability:
    """The readability of one article's body (headline left out)."""

    article: str
    readability: Readability

    def to_json(self) -> dict[str, Any]:
        return {"article": self.article, **self.readability.to_json()}


@dataclass(frozen=True)
class Framing:
    """Every framing signal of a set of articles, each list in article order."""

    articles: tuple[str, ...]
    headlines: tuple[Headline, ...]
    headline_diffs: tuple[HeadlineDiff, ...]
    verbs: tuple[VerbUse, ...]
    speaker_verbs: tuple[SpeakerVerbs, ...]
    family_verbs: tuple[FamilyVerbs, ...]
    verb_counts: tuple[VerbCounts, ...]
    voices: tuple[Voice, ...]
    reach: tuple[Reach, ...]
    reported: tuple[ReportedSpeech, ...]
    shares: tuple[BodyShares, ...]
    names: tuple[NameLabels, ...]
    lexicon: tuple[LexiconHit, ...]
    lexicon_counts: tuple[LexiconCounts, ...]
    readability: tuple[ArticleReadability, ...]

    def readability_by_article(self) -> dict[str, Readability]:
        """Each article's readability, for articles whose body has words to score."""
        return {
            r.article: r.readability
            for r in self.readability
            if r.readability.flesch_reading_ease is not None
        }

    def to_json(self) -> dict[str, Any]:
        return {
            "articles": list(self.articles),
            "headlines": {
                "headlines": [h.to_json() for h in self.headlines],
                "diffs": [d.to_json() for d in self.headline_diffs],
            },
            "attribution": {
                "verbs": [v.to_json() for v in self.verbs],
                "by_speaker": [v.to_json() for v in self.speaker_verbs],
                "by_family": [v.to_json() for v in self.family_verbs],
                "counts": [c.to_json() for c in self.verb_counts],
            },
            "voices": {
                "voices": [v.to_json() for v in self.voices],
                "reach": [r.to_json() for r in self.reach],
                "reported": [r.to_json() for r in self.reported],
                "shares": [s.to_json() for s in self.shares],
            },
            "names": [n.to_json() for n in self.names],
            "lexicon": {
                "hits": [h.to_json() for h in self.lexicon],
                "counts": [c.to_json() for c in self.lexicon_counts],
            },
            "readability": [r.to_json() for r in self.readability],
        }


# --------------------------------------------------------------------------- helpers


def _framing_options(options: Options | FramingOptions) -> FramingOptions:
    return options.framing if isinstance(options, Options) else options


def _is_direct(quote: Quote) -> bool:
    return quote.kind in ("speech", "fragment")


def _inside(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def _headline(article: Article) -> Paragraph | None:
    return next((p for p in article.paragraphs if p.role == "headline"), None)


def _word_count(text: str) -> int:
    return len(word_spans(text))


def _stem_word(word: str) -> str | None:
    """The content-word key of one lowercased word, as ``similarity.content_words`` makes it."""
    if word in STOPWORDS:
        return None
    if word in NUMBER_WORDS:
        return str(NUMBER_WORDS[word])
    stemmed = stem(word)
    return stemmed if stemmed and stemmed not in STOPWORDS else None


def _surname_key(name: str) -> str:
    return canonical_key(re.sub(r"['’]s$", "", name.split()[-1]))


@dataclass(frozen=True)
class _Context:
    """What every signal needs to know about one article."""

    article: Article
    rank: int
    quotes: tuple[Quote, ...]
    direct: tuple[tuple[int, int], ...]
    speech: tuple[tuple[int, int], ...]
    body_sentences: tuple[Sentence, ...]


def _contexts(articles: Sequence[Article], quotes: Sequence[Quote]) -> list[_Context]:
    by_article: dict[str, list[Quote]] = defaultdict(list)
    for quote in quotes:
        by_article[quote.article].append(quote)
    out = []
    for rank, article in enumerate(sorted(articles, key=lambda a: a.id)):
        own = tuple(
            sorted(
                (
                    q
                    for q in by_article.get(article.id, ())
                    if 0 <= q.start <= q.end <= len(article.text)
                ),
                key=lambda q: (q.start, q.end, q.index),
            )
        )
        body_paras = {p.index for p in article.paragraphs if p.role != "headline"}
        out.append(
            _Context(
                article,
                rank,
                own,
                tuple((q.start, q.end) for q in own if _is_direct(q)),
                tuple((q.start, q.end) for q in own if q.kind == "speech"),
                tuple(s for s in article.sentences if s.paragraph in body_paras),
            )
        )
    return out


class _Speakers:
    """The named speakers of all articles, found again by surname in any spelling."""

    def __init__(self, quotes: Sequence[Quote]) -> None:
        names = sorted(
            {q.speaker for q in quotes if q.speaker and q.speaker[:1].isupper()},
            key=lambda s: (-len(s.split()), s),
        )
        self.by_key: dict[str, str] = {}
        for name in names:
            self.by_key.setdefault(_surname_key(name), name)
        self.people = frozenset(n for n in names if not is_org_name(n))

    def resolve(self, name: str | None) -> str | None:
        if not name:
            return None
        return self.by_key.get(_surname_key(name))


# --------------------------------------------------------------------------- headlines


def _headlines(
    contexts: Sequence[_Context],
) -> tuple[tuple[Headline, ...], tuple[HeadlineDiff, ...]]:
    heads: list[Headline] = []
    for ctx in contexts:
        article, para = ctx.article, _headline(ctx.article)
        if para is None:
            continue
        text = article.text[para.start : para.end]
        scare = tuple(
            Span(article.id, q.start, q.end, q.text)
            for q in ctx.quotes
            if q.kind == "term" and para.start <= q.start and q.end <= para.end
        )
        body_words = set(content_words(article.body))
        keys: dict[str, bool] = {}
        missing: list[Span] = []
        for word, start, end in word_spans(text):
            key = _stem_word(word)
            if key is None:
                continue
            found = key in body_words
            keys.setdefault(key, found)
            if not found:
                s, e = para.start + start, para.start + end
                missing.append(Span(article.id, s, e, article.text[s:e]))
        heads.append(
            Headline(
                article.id,
                text,
                para.start,
                para.end,
                scare,
                len(keys),
                sum(keys.values()),
                tuple(missing),
            )
        )
    diffs = tuple(
        HeadlineDiff(a.article, b.article, diff_words(a.text, b.text))
        for i, a in enumerate(heads)
        for b in heads[i + 1 :]
    )
    return tuple(heads), diffs


# --------------------------------------------------------------------------- attribution


def _locate_verb(ctx: _Context, quote: Quote) -> tuple[int, int]:
    """Where the quote's verb is written: the occurrence nearest the quote, outside quotes."""
    article = ctx.article
    assert quote.verb is not None
    # The verb sits in the quotation's paragraph or, when a colon or comma introduces a
    # quotation set as its own paragraph ("Stoltenberg said," ¶ "We have seen …"), the one
    # before it.
    near = [
        p
        for p in article.paragraphs
        if p.role != "headline" and quote.paragraph - 1 <= p.index <= quote.paragraph
    ]
    lo = min((p.start for p in near), default=0)
    hi = max((p.end for p in near), default=len(article.text))
    pattern = re.compile(r"\b" + re.escape(quote.verb) + r"\b", re.IGNORECASE)
    best: tuple[int, int, int] | None = None
    for match in pattern.finditer(article.text, lo, hi):
        if _overlaps(match.start(), match.end(), ctx.direct):
            continue
        distance = max(match.start() - quote.end, quote.start - match.end(), 0)
        if best is None or distance < best[0]:
            best = (distance, match.start(), match.end())
    # Not found (the verb was normalised by extraction): point at the quotation itself.
    return (best[1], best[2]) if best is not None else (quote.start, quote.end)


@dataclass(frozen=True)
class _QuoteVerb:
    """The verb of one utterance and the spans of all the utterance's parts."""

    use: VerbUse
    parts: tuple[tuple[int, int], ...]


def _quote_verbs(ctx: _Context, family_of: Mapping[tuple[str, int], str]) -> list[_QuoteVerb]:
    """One use per utterance: its parts share the verb that introduces them."""
    parts: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for quote in ctx.quotes:
        if _is_direct(quote):
            parts[quote.utterance].append((quote.start, quote.end))
    uses: list[_QuoteVerb] = []
    seen: set[int] = set()
    for quote in ctx.quotes:
        if not _is_direct(quote) or not quote.verb or not quote.verb_lemma:
            continue
        if quote.utterance in seen:
            continue
        seen.add(quote.utterance)
        start, end = _locate_verb(ctx, quote)
        use = VerbUse(
            ctx.article.id,
            quote.speaker,
            quote.verb,
            quote.verb_lemma,
            verb_class(quote.verb_lemma),
            "quote",
            start,
            end,
            family_of.get((quote.article, quote.index)),
        )
        uses.append(_QuoteVerb(use, tuple(parts[quote.utterance])))
    return uses


def _verb_at(tokens: Sequence[Token], i: int) -> tuple[str, str, int] | None:
    """(verb as written, lemma, tokens used) for an attribution verb at ``tokens[i]``."""
    token = tokens[i]
    if not token.is_word or token.is_capitalised:
        return None
    if i + 1 < len(tokens):
        pair = f"{token.text} {tokens[i + 1].text}"
        lemma = lemma_of(pair)
        if lemma is not None:
            return pair, lemma, 2
    lemma = lemma_of(token.text)
    return (token.text, lemma, 1) if lemma is not None else None


def _subject_like(token: Token) -> bool:
    if not token.is_word:
        return False
    low = re.sub(r"['’]s$", "", token.lower)
    if low in _SUBJECT_PRONOUNS or low in ROLE_NOUNS:
        return True
    bare = re.sub(r"['’]s$", "", token.text)
    return token.is_capitalised and bare not in FUNCTION_WORDS and bare not in NATIONALITIES


def _subject_before(tokens: Sequence[Token], i: int, window: int) -> list[Token] | None:
    if i > 0 and tokens[i - 1].lower in _PASSIVE:
        return None
    for j in range(i - 1, max(-1, i - 1 - window), -1):
        token = tokens[j]
        if not token.is_word or token.lower in _CLAUSE_BREAKS:
            return None
        if _subject_like(token):
            phrase = phrase_before(tokens, j + 1)
            return phrase or [token]
    return None


def _reported(
    ctx: _Context,
    speakers: _Speakers,
    opts: FramingOptions,
    last_named: _LastNamed,
    quote_verbs: Sequence[_QuoteVerb],
) -> list[ReportedSpeech]:
    """Sentences with a speaker and an attribution verb but no direct speech.

    A sentence that holds a direct quotation of speech is the quotation's frame ("…,"
    Zelensky said), not reported speech, and so is a sentence whose verb introduces a
    quotation set in the next paragraph ("Stoltenberg said,"). A sentence with only a quoted
    fragment is reported speech that borrows a few of the speaker's words; its verb is the
    fragment's, counted once, as a quotation's.
    """
    article = ctx.article
    found: list[ReportedSpeech] = []
    for sentence in ctx.body_sentences:
        if _overlaps(sentence.start, sentence.end, ctx.speech):
            continue
        tokens = [
            t
            for t in tokenize(article.text, sentence.start, sentence.end)
            if not _overlaps(t.start, t.end, ctx.direct)
        ]
        candidates: list[tuple[int, int, str, str, _QuoteVerb | None]] = []
        frame = False
        for i in range(len(tokens)):
            hit = _verb_at(tokens, i)
            if hit is None:
                continue
            verb, lemma, used = hit
            v_start, v_end = tokens[i].start, tokens[i + used - 1].end
            owner = next(
                (q for q in quote_verbs if _overlaps(v_start, v_end, [(q.use.start, q.use.end)])),
                None,
            )
            if owner is not None and not _overlaps(sentence.start, sentence.end, owner.parts):
                frame = True
                break
            candidates.append((i, used, verb, lemma, owner))
        if frame:
            continue
        for i, used, verb, lemma, owner in candidates:
            report = _report(
                ctx, sentence, tokens, i, used, verb, lemma, owner, speakers, opts, last_named
            )
            if report is not None:
                found.append(report)
                break  # one report per sentence: its first attribution carries it
    return found


def _report(
    ctx: _Context,
    sentence: Sentence,
    tokens: Sequence[Token],
    i: int,
    used: int,
    verb: str,
    lemma: str,
    owner: _QuoteVerb | None,
    speakers: _Speakers,
    opts: FramingOptions,
    last_named: _LastNamed,
) -> ReportedSpeech | None:
    article = ctx.article
    if lemma == "according to":
        subject = phrase_after(tokens, i + used)
    else:
        subject = _subject_before(tokens, i, opts.verb_window_words) or []
    if not subject:
        return None
    s_start, s_end = subject[0].start, subject[-1].end
    if owner is not None:
        use = owner.use
        speaker = use.speaker
    else:
        speaker = _subject_speaker(subject, article.id, speakers, last_named)
        v_start, v_end = tokens[i].start, tokens[i + used - 1].end
        use = VerbUse(
            article.id, speaker, verb, lemma, verb_class(lemma), "reported", v_start, v_end
        )
    return ReportedSpeech(
        article.id,
        sentence.index,
        sentence.start,
        sentence.end,
        speaker,
        Span(article.id, s_start, s_end, article.text[s_start:s_end]),
        use,
    )


def _subject_speaker(
    subject: Sequence[Token], article: str, speakers: _Speakers, last_named: _LastNamed
) -> str | None:
    """Who a subject phrase names: a known speaker, a new name, or whom "he" stands for."""
    mention = mention_from_tokens(subject)
    if mention is None:
        return None
    if mention.kind == "name":
        return speakers.resolve(mention.name) or mention.name
    if mention.kind == "role" or (
        mention.kind == "pronoun" and mention.text.lower() in ("he", "she")
    ):
        # "he", "the Ukrainian leader": the person last named before this point. Plural and
        # generic subjects ("Polish officials", "they") stand for nobody in particular.
        return last_named.before(article, subject[0].start)
    return None


class _LastNamed:
    """Positions where each article names a speaker, to resolve "he" and "the president"."""

    def __init__(self) -> None:
        self.points: dict[str, list[tuple[int, str]]] = defaultdict(list)

    def add(self, article: str, at: int, speaker: str) -> None:
        self.points[article].append((at, speaker))

    def before(self, article: str, at: int) -> str | None:
        earlier = [p for p in self.points.get(article, ()) if p[0] < at]
        return max(earlier)[1] if earlier else None


# --------------------------------------------------------------------------- names


def _name_mentions(ctx: _Context, speakers: _Speakers) -> list[NameMention]:
    """Every place an article names a known speaker, in any spelling, with its title."""
    article = ctx.article
    text = article.text
    found: list[NameMention] = []
    for para in article.paragraphs:
        tokens = tokenize(text, para.start, para.end)
        for k, token in enumerate(tokens):
            if not token.is_capitalised:
                continue
            bare = re.sub(r"['’]s$", "", token.text)
            speaker = speakers.by_key.get(canonical_key(bare)) if bare[:1].isalpha() else None
            if speaker is None or speaker not in speakers.people:
                continue
            # Only the surname position: "Volodymyr" is not a spelling of "Zelensky".
            if len(bare) < 3 or canonical_key(bare) != _surname_key(speaker):
                continue
            phrase = phrase_before(tokens, k + 1) or [token]
            start, end = phrase[0].start, token.start + len(bare)
            found.append(
                NameMention(article.id, speaker, text[start:end], bare, "name", start, end)
            )
    for quote in ctx.quotes:
        if (
            quote.speaker not in speakers.people
            or quote.speaker_mention is None
            or quote.speaker_start is None
            or quote.speaker_end is None
        ):
            continue
        mention = text[quote.speaker_start : quote.speaker_end]
        kind: MentionKind
        if mention.lower() in PRONOUNS:
            kind = "pronoun"
        elif any(canonical_key(w) == _surname_key(quote.speaker) for w in mention.split()):
            kind = "name"
        else:
            kind = "role"
        found.append(
            NameMention(
                article.id,
                quote.speaker,
                mention,
                None,
                kind,
                quote.speaker_start,
                quote.speaker_end,
            )
        )
    return found


def _dedupe(mentions: Iterable[NameMention]) -> list[NameMention]:
    """One mention per stretch of text: the longest, so a title stays with its name."""
    kept: list[NameMention] = []
    for m in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start), m.spelling is None)):
        if kept and m.start < kept[-1].end:
            continue
        kept.append(m)
    return kept


# --------------------------------------------------------------------------- lexicon


def _lexicon(ctx: _Context, near_sentences: int, quoting_sentences: set[int]) -> list[LexiconHit]:
    article = ctx.article
    hits: list[LexiconHit] = []
    starts = [s.start for s in article.sentences]
    for match in _LEXICON_RE.finditer(article.text):
        assert match.lastgroup is not None
        entry, category, _ = LEXICON[int(match.lastgroup[1:])]
        start, end = match.span()
        sentence = next(
            (s.index for s in article.sentences if s.start <= start < s.end),
            None,
        )
        if sentence is None:
            sentence = max((n for n, s in enumerate(starts) if s <= start), default=0)
        near = any(abs(sentence - q) <= near_sentences for q in quoting_sentences)
        hits.append(
            LexiconHit(
                article.id,
                entry,
                category,
                match.group(0),
                start,
                end,
                _inside(start, end, ctx.direct),
                near,
            )
        )
    return hits


def _lexicon_counts(article: str, hits: Sequence[LexiconHit]) -> LexiconCounts:
    own = [h for h in hits if not h.in_quote]
    return LexiconCounts(
        article,
        sum(h.category == "loaded" for h in own),
        sum(h.category == "hedging" for h in own),
        sum(h.category == "loaded" and h.near_quote for h in own),
        sum(h.category == "hedging" and h.near_quote for h in own),
    )


# --------------------------------------------------------------------------- voices


def _voices(ctx: _Context) -> list[Voice]:
    parts: dict[str | None, list[Quote]] = defaultdict(list)
    for quote in ctx.quotes:
        if _is_direct(quote):
            parts[quote.speaker].append(quote)
    voices = [
        Voice(
            ctx.article.id,
            speaker,
            len({q.utterance for q in qs}),
            sum(_word_count(q.text) for q in qs),
            min(q.start for q in qs),
        )
        for speaker, qs in parts.items()
    ]
    return sorted(voices, key=lambda v: (v.start, v.speaker or ""))


def _shares(ctx: _Context, reported: Sequence[ReportedSpeech]) -> BodyShares:
    article = ctx.article
    reported_spans = [(r.start, r.end) for r in reported]
    words = quoted = in_reported = 0
    for para in article.paragraphs:
        if para.role == "headline":
            continue
        for _word, start, end in word_spans(article.text[para.start : para.end]):
            s, e = para.start + start, para.start + end
            words += 1
            if _overlaps(s, e, ctx.direct):
                quoted += 1
            elif _overlaps(s, e, reported_spans):
                in_reported += 1
    return BodyShares(article.id, words, quoted, in_reported, words - quoted - in_reported)


# --------------------------------------------------------------------------- entry point


def framing_signals(
    articles: Sequence[Article],
    quotes: Sequence[Quote],
    families: Sequence[QuoteFamily],
    *,
    options: Options | FramingOptions = DEFAULT_OPTIONS,
) -> Framing:
    """Every framing signal of ``articles``, given their quotations and quote families.

    ``quotes`` should have speakers unified across articles (``quotes.unify_speakers``) so
    that "Zelensky" and "Zelenskyy" are one speaker; quotations of articles not in
    ``articles`` are ignored.
    """
    opts = _framing_options(options)
    ids = {a.id for a in articles}
    quotes = [q for q in quotes if q.article in ids]
    contexts = _contexts(articles, quotes)
    rank = {ctx.article.id: ctx.rank for ctx in contexts}
    speakers = _Speakers(quotes)

    headlines, headline_diffs = _headlines(contexts)

    family_of: dict[tuple[str, int], str] = {}
    for family in families:
        for member in family.members:
            family_of[(member.article, member.index)] = family.id

    # Names first: they tell "he" and "the president" whom they stand for.
    mentions: dict[str, list[NameMention]] = {}
    last_named = _LastNamed()
    for ctx in contexts:
        mentions[ctx.article.id] = _name_mentions(ctx, speakers)
        for m in mentions[ctx.article.id]:
            if m.kind == "name":
                last_named.add(ctx.article.id, m.start, m.speaker)
        for q in ctx.quotes:
            if q.speaker in speakers.people and q.speaker_start is not None:
                last_named.add(ctx.article.id, q.speaker_start, q.speaker)

    verbs: list[VerbUse] = []
    reported: list[ReportedSpeech] = []
    voices: list[Voice] = []
    shares: list[BodyShares] = []
    lexicon: list[LexiconHit] = []
    lexicon_counts: list[LexiconCounts] = []
    verb_counts: list[VerbCounts] = []
    reading: list[ArticleReadability] = []
    for ctx in contexts:
        article = ctx.article
        quote_verbs = _quote_verbs(ctx, family_of)
        quote_uses = [q.use for q in quote_verbs]
        reports = _reported(ctx, speakers, opts, last_named, quote_verbs)
        reported_uses = [r.verb for r in reports if r.verb.source == "reported"]
        verbs.extend(sorted([*quote_uses, *reported_uses], key=lambda v: (v.start, v.end)))
        reported.extend(reports)
        voices.extend(_voices(ctx))
        shares.append(_shares(ctx, reports))
        # Role labels that report speech ("The Ukrainian leader dismissed …") are names too.
        for r in reports:
            if r.speaker in speakers.people and r.subject.text.lower() not in PRONOUNS:
                assert r.speaker is not None
                kind: MentionKind = (
                    "name"
                    if any(
                        _surname_key(w) == _surname_key(r.speaker) for w in r.subject.text.split()
                    )
                    else "role"
                )
                mentions[article.id].append(
                    NameMention(
                        article.id,
                        r.speaker,
                        r.subject.text,
                        None,
                        kind,
                        r.subject.start,
                        r.subject.end,
                    )
                )
        quoting = {s.index for s in article.sentences if _overlaps(s.start, s.end, ctx.direct)} | {
            r.sentence for r in reports
        }
        hits = _lexicon(ctx, opts.near_quote_sentences, quoting)
        lexicon.extend(hits)
        lexicon_counts.append(_lexicon_counts(article.id, hits))
        verb_counts.append(
            VerbCounts(
                article.id,
                _class_counts(quote_uses),
                _class_counts(reported_uses),
            )
        )
        reading.append(ArticleReadability(article.id, readability(article.body)))

    return Framing(
        articles=tuple(ctx.article.id for ctx in contexts),
        headlines=headlines,
        headline_diffs=headline_diffs,
        verbs=tuple(verbs),
        speaker_verbs=_speaker_verbs(verbs, rank),
        family_verbs=_family_verbs(families, verbs, rank),
        verb_counts=tuple(verb_counts),
        voices=tuple(voices),
        reach=_reach(voices, contexts),
        reported=tuple(reported),
        shares=tuple(shares),
        names=_names(mentions, rank),
        lexicon=tuple(lexicon),
        lexicon_counts=tuple(lexicon_counts),
        readability=tuple(reading),
    )


def _class_counts(uses: Iterable[VerbUse]) -> tuple[tuple[str, int], ...]:
    counts = Counter(u.verb_class for u in uses)
    return tuple((cls, counts.get(cls, 0)) for cls in VERB_CLASSES)


def _speaker_verbs(verbs: Sequence[VerbUse], rank: Mapping[str, int]) -> tuple[SpeakerVerbs, ...]:
    table: dict[tuple[str, str, str], list[int]] = {}
    for use in verbs:
        if use.speaker is None:
            continue
        counts = table.setdefault((use.speaker, use.article, use.lemma), [0, 0])
        counts[0 if use.source == "quote" else 1] += 1
    rows = [
        SpeakerVerbs(speaker, article, lemma, verb_class(lemma), quoted, reported)
        for (speaker, article, lemma), (quoted, reported) in table.items()
    ]
    return tuple(sorted(rows, key=lambda r: (r.speaker, rank[r.article], r.lemma)))


def _family_verbs(
    families: Sequence[QuoteFamily], verbs: Sequence[VerbUse], rank: Mapping[str, int]
) -> tuple[FamilyVerbs, ...]:
    by_family: dict[str, list[VerbUse]] = defaultdict(list)
    for use in verbs:
        if use.family is not None:
            by_family[use.family].append(use)
    out = []
    for family in families:
        uses = sorted(by_family.get(family.id, ()), key=lambda u: (rank[u.article], u.start))
        if uses:
            out.append(FamilyVerbs(family.id, family.speaker, family.shared, tuple(uses)))
    return tuple(out)


def _reach(voices: Sequence[Voice], contexts: Sequence[_Context]) -> tuple[Reach, ...]:
    label = {ctx.article.id: ctx.article.label for ctx in contexts}
    articles: dict[str, list[str]] = defaultdict(list)
    for voice in voices:  # already in article order
        if voice.speaker is not None and voice.article not in articles[voice.speaker]:
            articles[voice.speaker].append(voice.article)
    return tuple(
        Reach(speaker, tuple(ids), tuple(dict.fromkeys(label[a] for a in ids)))
        for speaker, ids in sorted(articles.items())
    )


def _names(
    mentions: Mapping[str, list[NameMention]], rank: Mapping[str, int]
) -> tuple[NameLabels, ...]:
    grouped: dict[tuple[str, str], list[NameMention]] = defaultdict(list)
    for article, found in mentions.items():
        for m in _dedupe(found):
            grouped[(m.speaker, article)].append(m)
    rows = []
    for (speaker, article), found in grouped.items():
        spellings = tuple(dict.fromkeys(m.spelling for m in found if m.spelling))
        labels = tuple(dict.fromkeys(m.text for m in found if m.kind != "pronoun"))
        rows.append(NameLabels(speaker, article, spellings, labels, tuple(found)))
    return tuple(sorted(rows, key=lambda r: (r.speaker, rank[r.article])))
