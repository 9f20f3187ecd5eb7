"""The accounting of a comparison: nothing in an article is lost without a reason.

Every sentence of every article's cleaned text gets exactly one status, read from the
comparison's own results, not worked out again:

* ``headline``: a sentence of the headline, which the headline signals read;
* ``shared``, ``reworded`` or ``added``: a sentence of the writer's own in the sentence
  alignment (``added`` is a sentence no other article carries: added context);
* ``quotation``: a sentence that is mostly a quotation several outlets share, shown in
  that quote family's diff (``family`` names it);
* ``skipped``: knowingly left out of every comparison, with the ``reason``.

A sentence that no result claims, or that two claim, is a defect: ``Accounting.problems``
names it and ``complete`` is False (the tests assert it is True for real news).

Cleaning is accounted too: every block it removed from the raw text carries a rule and a
reason, and every word of the raw text is in the cleaned text or in a removed block
(``unaccounted_words`` lists any that are in neither).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from framediff.align.records import QuoteFamily, SentenceAlignment
from framediff.ingest.lines import normalise_unicode
from framediff.model import Article, Quote, Removal, Sentence
from framediff.options import AlignOptions

SentenceState = Literal["headline", "shared", "reworded", "added", "quotation", "skipped"]
STATES: tuple[SentenceState, ...] = (
    "headline",
    "shared",
    "reworded",
    "added",
    "quotation",
    "skipped",
)
ALONE_REASON = "the only article of its event group: there is no other article to compare it with"


@dataclass(frozen=True)
class SentenceAccount:
    """The one status of one sentence, with the family or the reason where it has one."""

    sentence: int
    status: SentenceState
    family: str | None = None
    reason: str | None = None

    def to_json(self) -> dict[str, Any]:
        found: dict[str, Any] = {"sentence": self.sentence, "status": self.status}
        if self.family is not None:
            found["family"] = self.family
        if self.reason is not None:
            found["reason"] = self.reason
        return found


@dataclass(frozen=True)
class ArticleAccount:
    """One article: each sentence's status, and what cleaning removed from its raw text."""

    article: str
    sentences: tuple[SentenceAccount, ...]
    removed_blocks: int
    removed_by_rule: tuple[tuple[str, int], ...]
    # Removals without a rule or a reason (a defect of the cleaner).
    unexplained_removals: int
    # Words of the raw text found neither in the cleaned text nor in a removed block.
    unaccounted_words: tuple[str, ...]

    def counts(self) -> dict[str, int]:
        tally = Counter(s.status for s in self.sentences)
        return {state: tally.get(state, 0) for state in STATES}

    def to_json(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "counts": self.counts(),
            "removed_blocks": self.removed_blocks,
            "removed_by_rule": dict(self.removed_by_rule),
            "unexplained_removals": self.unexplained_removals,
            "unaccounted_words": list(self.unaccounted_words),
            "sentences": [s.to_json() for s in self.sentences],
        }


@dataclass(frozen=True)
class Accounting:
    """The accounting of every article; ``problems`` lists each sentence or word lost."""

    articles: tuple[ArticleAccount, ...]
    problems: tuple[str, ...]

    @property
    def complete(self) -> bool:
        return not self.problems

    def counts(self) -> dict[str, int]:
        """Sentences per status over all articles."""
        total: Counter[str] = Counter()
        for article in self.articles:
            total.update(article.counts())
        return {state: total.get(state, 0) for state in STATES}

    def to_json(self) -> dict[str, Any]:
        return {
            "complete": self.complete,
            "counts": self.counts(),
            "problems": list(self.problems),
            "articles": [a.to_json() for a in self.articles],
        }


def unaccounted_words(raw: str, text: str, removed: Sequence[Removal]) -> tuple[str, ...]:
    """Words of ``raw`` (as cleaning normalises it) in neither ``text`` nor ``removed``.

    Words are compared as a multiset: a word the raw text has three times must be kept or
    removed three times. The cleaned text may hold more (a title given apart from the text
    is put in front as the headline); it may not hold less.
    """
    have = Counter(text.split())
    for removal in removed:
        have.update(removal.text.split())
    raw_words = Counter(normalise_unicode(raw).split())
    missing, extra = raw_words - have, have - raw_words
    # A banner glued to the first word ("Support us just onceKyiv will …") is cut inside
    # the raw word: its two halves are words the kept and removed text have over the raw.
    lost = []
    for word in sorted(missing.elements()):
        split = next((i for i in range(1, len(word)) if extra[word[:i]] and extra[word[i:]]), None)
        if split is None:
            lost.append(word)
        else:
            extra[word[:split]] -= 1
            extra[word[split:]] -= 1
    return tuple(lost)


def _quoted_share(sentence: Sentence, spans: Sequence[tuple[int, int]]) -> float:
    covered = sum(max(0, min(e, sentence.end) - max(s, sentence.start)) for s, e in spans)
    return covered / max(1, sentence.end - sentence.start)


def account(
    articles: Sequence[Article],
    *,
    groups: Sequence[Sequence[str]],
    quotes: Sequence[Quote],
    families: Sequence[QuoteFamily],
    alignment: SentenceAlignment,
    options: AlignOptions,
) -> Accounting:
    """The accounting of a comparison's results (see the module docstring)."""
    group_size = {a: len(group) for group in groups for a in group}
    matched = {(m.article, m.sentence_index): m.status for m in alignment.matches}
    added = {(a.article, a.sentence_index) for a in alignment.added}
    # The quotations of shared families, each with its family's id.
    in_family: dict[str, list[tuple[int, int, str]]] = {}
    for family in families:
        if family.shared:
            for q in family.members:
                in_family.setdefault(q.article, []).append((q.start, q.end, family.id))
    speech: dict[str, list[tuple[int, int]]] = {}
    for q in quotes:
        if q.is_direct_speech:
            speech.setdefault(q.article, []).append((q.start, q.end))

    problems: list[str] = []
    accounts: list[ArticleAccount] = []
    for article in articles:
        headline = {p.index for p in article.paragraphs if p.role == "headline"}
        alone = group_size.get(article.id, 1) < 2
        sentences: list[SentenceAccount] = []
        for sentence in article.sentences:
            key = (article.id, sentence.index)
            claims: list[SentenceAccount] = []
            is_headline = sentence.paragraph in headline
            if is_headline:
                claims.append(SentenceAccount(sentence.index, "headline"))
            elif alone:
                claims.append(SentenceAccount(sentence.index, "skipped", reason=ALONE_REASON))
            status = matched.get(key)
            if status is not None:
                state: SentenceState = "added" if status == "unique" else status
                claims.append(SentenceAccount(sentence.index, state))
            if (status == "unique") != (key in added):
                problems.append(
                    f"{article.id} sentence {sentence.index}: alignment status {status} "
                    "disagrees with the added-context list"
                )
            share = _quoted_share(sentence, speech.get(article.id, ()))
            if not is_headline and share >= options.quote_sentence_share:
                family_id = next(
                    (
                        f
                        for s, e, f in in_family.get(article.id, ())
                        if s < sentence.end and e > sentence.start
                    ),
                    None,
                )
                if family_id is not None:
                    claims.append(SentenceAccount(sentence.index, "quotation", family=family_id))
            if len(claims) != 1:
                what = ", ".join(c.status for c in claims) or "no result"
                text = article.sentence_text(sentence)[:60]
                problems.append(f"{article.id} sentence {sentence.index} ({text!r}): {what}")
            if claims:
                sentences.append(claims[0])
        rules = Counter(r.rule for r in article.removed)
        unexplained = sum(1 for r in article.removed if not r.rule.strip() or not r.reason.strip())
        if unexplained:
            problems.append(f"{article.id}: {unexplained} removed blocks without a reason")
        lost = unaccounted_words(article.raw_text, article.text, article.removed)
        if lost:
            problems.append(
                f"{article.id}: {len(lost)} words of the raw text neither kept nor removed "
                f"({' '.join(lost[:8])})"
            )
        accounts.append(
            ArticleAccount(
                article.id,
                tuple(sentences),
                len(article.removed),
                tuple(sorted(rules.items())),
                unexplained,
                lost,
            )
        )
    return Accounting(tuple(accounts), tuple(problems))
