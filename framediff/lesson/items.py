"""Worksheet items built on one shared quotation: where it appears, how each outlet cuts,
changes, introduces and surrounds it, and what a reader could make of that.

Each builder returns an item only when its signal is in the comparison and above its
threshold in ``LessonOptions``; otherwise nothing (never a question about a difference that
is not there). Every key entry cites the articles' exact words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from framediff.align.families import SEAM
from framediff.align.records import QuoteDiff
from framediff.attribution.verbs import verb_class
from framediff.compare import Comparison
from framediff.diff import DiffOp
from framediff.lesson.evidence import (
    FamilyView,
    cite,
    cite_quote,
    opening,
    sentence_of,
)
from framediff.lesson.records import Citation, KeyEntry, LessonItem, Level, Table
from framediff.lesson.wording import frames, prompt
from framediff.options import LessonOptions
from framediff.similarity import content_words

# Kinds of change inside the quoted words that a reader cannot see without the other
# version: words left out with no ellipsis, words substituted, a transcript's variant.
SILENT_KINDS = frozenset({"omission", "wording", "variant", "number"})
# Words whose loss can turn a remark around: negation, hedges, conditions, limits in time.
QUALIFIERS = frozenset(
    (
        "not",
        "no",
        "never",
        "n't",
        "only",
        "if",
        "unless",
        "some",
        "perhaps",
        "maybe",
        "might",
        "could",
        "may",
        "for now",
        "yet",
        "until",
        "except",
        "without",
    )
)


@dataclass(frozen=True)
class Cut:
    """Words one outlet quotes at an end of the quotation and the other does not."""

    longer: str
    shorter: str
    words: str
    where: str  # "start" | "end"
    marked: bool


def _oriented(diff: QuoteDiff, a: str) -> tuple[DiffOp, ...]:
    return diff.ops if diff.a == a else tuple(op.swapped() for op in diff.ops)


def _pair_diff(view: FamilyView) -> QuoteDiff | None:
    """The diff between the first two outlets of the lesson that quote it."""
    if len(view.articles) < 2:
        return None
    a, b = view.articles[0], view.articles[1]
    return next((d for d in view.family.diffs if {d.a, d.b} == {a, b}), None)


def cuts(view: FamilyView, options: LessonOptions) -> tuple[Cut, ...]:
    diff = _pair_diff(view)
    if diff is None:
        return ()
    found = []
    ops = diff.ops
    for i, op in enumerate(ops):
        if op.kind != "extension":
            continue
        a_side, b_side = op.a_text.strip(), op.b_text.strip()
        words, longer, shorter = (a_side, diff.a, diff.b) if a_side else (b_side, diff.b, diff.a)
        if len(content_words(words)) < options.min_cut_content_words:
            continue
        where = "start" if i == 0 or all(o.kind == "extension" for o in ops[:i]) else "end"
        # The rendering joins split parts with a seam that looks like an ellipsis: whether
        # the outlet marked a cut is read from its own quoted parts.
        marked = any(
            "…" in q.text or "..." in q.text or any(e.kind == "elision" for e in q.edits)
            for q in view.quotes(shorter)
        )
        found.append(Cut(longer, shorter, words, where, marked))
    return tuple(found)


def silent_changes(view: FamilyView) -> tuple[DiffOp, ...]:
    diff = _pair_diff(view)
    if diff is None:
        return ()
    return tuple(op for op in diff.ops if op.kind in SILENT_KINDS)


def _common_run(view: FamilyView) -> str:
    """The longest stretch both outlets quote identically (ignoring case and commas)."""
    diff = _pair_diff(view)
    if diff is None:
        return ""
    runs, run = [], ""
    for op in diff.ops:
        if op.kind in {"equal", "case", "punctuation"}:
            run += op.a_text
        else:
            runs.append(run)
            run = ""
    runs.append(run)
    # A seam (where an outlet closed and reopened its marks) is not the outlet's ellipsis.
    pieces = [piece.strip() for r in runs for piece in r.split(SEAM)]
    return max(pieces, key=lambda t: len(t.split()), default="")


def small_differences(view: FamilyView, skip: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """Every other difference of the pair (not the cuts in ``skip``), for the key's range of
    acceptable answers."""
    diff = _pair_diff(view)
    if diff is None:
        return ()
    found = []
    for op in diff.ops:
        if op.kind == "equal":
            continue
        a_side, b_side = op.a_text.strip(), op.b_text.strip()
        who = diff.a if a_side else diff.b
        if op.kind == "punctuation" and not (a_side and b_side):
            found.append(f"the “{a_side or b_side}” (only in {who}; punctuation)")
        elif op.kind in {"case", "punctuation", "spelling", "contraction"}:
            found.append(f"“{a_side}” against “{b_side}” (a matter of style)")
        elif op.kind == "extension" and a_side not in skip and b_side not in skip:
            found.append(f"“{a_side or b_side}” (only in {who})")
    return tuple(found)


class FamilyItems:
    """The item builders for one shared quotation, at one level."""

    def __init__(
        self, comparison: Comparison, view: FamilyView, level: Level, options: LessonOptions
    ) -> None:
        self.c = comparison
        self.view = view
        self.level = level
        self.options = options
        self.a = view.articles[0]
        self.b = view.articles[1] if len(view.articles) > 1 else view.articles[0]
        # The prompt names the quotation by words every version has, so naming it does
        # not show which outlet quotes more.
        self.fields = {
            "q": opening(_common_run(view) or view.family.text),
            "s": view.speaker(),
            "a": comparison.label(self.a),
            "b": comparison.label(self.b),
        }
        self.evidence = tuple(cite_quote(comparison, qs[0]) for _, qs in view.parts)

    def _label(self, article: str) -> str:
        return self.c.label(article)

    def _labelled(self, notes: Sequence[str]) -> list[str]:
        """``notes`` with article ids replaced by outlet names."""
        out = []
        for note in notes:
            for article in self.view.articles:
                note = note.replace(f"only in {article}", f"only in {self._label(article)}")
            out.append(note)
        return out

    def presence(self, group: Sequence[str]) -> LessonItem:
        rows = tuple(self._label(a) for a in group)
        present = set(self.view.articles)
        carried = [
            f"{self._label(a)}: paragraph {cite.paragraph}"
            for a, cite in zip(self.view.articles, self.evidence, strict=True)
        ]
        missing = [self._label(a) for a in group if a not in present]
        finding = "Carried by " + "; ".join(carried) + "."
        if missing:
            finding += " Not carried by " + ", ".join(missing) + "."
        return LessonItem(
            section="notice",
            signal="presence",
            prompt=prompt("presence", self.level, **self.fields),
            table=Table(("Article", "Has these words? (✓ or ✗)", "Paragraph"), rows),
            answer_lines=0,
            minutes=3,
            key=KeyEntry(
                evidence=self.evidence,
                finding=finding,
                look_fors=(
                    "Finds the words in each article that carries them, with the right "
                    "paragraph number.",
                ),
                acceptable=(
                    "A paragraph number one off is fine when the student counted the "
                    "standfirst (the line under the headline) differently.",
                ),
                not_shown=(
                    "That an article without these words left them out on purpose: it may "
                    "report another part of the event, or an earlier version.",
                ),
                innocent=("Articles have different lengths and different angles.",),
                basis="fact",
            ),
        )

    def cut(self) -> LessonItem | None:
        found = cuts(self.view, self.options)
        if not found:
            return None
        longer = {c.longer for c in found}
        finding = " ".join(
            f"{self._label(c.longer)} has “{c.words}” at the {c.where}; "
            f"{self._label(c.shorter)} does not"
            + (" and marks the cut with an ellipsis." if c.marked else ", with no ellipsis.")
            for c in found
        )
        return LessonItem(
            section="notice",
            signal="cut",
            prompt=prompt("cut", self.level, **self.fields),
            frames=frames("cut", self.level, **self.fields),
            answer_lines=3,
            minutes=4,
            key=KeyEntry(
                evidence=self._cut_citations(found),
                finding=finding,
                look_fors=(
                    "Underlines exactly the words only one version has, and says where they "
                    "are (start or end).",
                    "Notices whether the shorter version shows the reader a cut (an "
                    "ellipsis “…”) or not.",
                ),
                acceptable=(
                    (
                        "Either version can be called “the shorter one” for a cut at one end "
                        "and “the longer one” for a cut at the other."
                        if len(longer) > 1
                        else "Any answer that finds the words and their place."
                    ),
                    *(
                        f"Also correct if noticed: {d}."
                        for d in self._labelled(
                            small_differences(self.view, frozenset(c.words for c in found))
                        )
                    ),
                ),
                not_shown=(
                    "Which version is closer to what was said: without the original "
                    "transcript nobody can tell which outlet quoted more fully.",
                ),
                innocent=(
                    "Journalists shorten quotations to fit; starting a quotation after a "
                    "lead-in (“So my question is”) or stopping before a new sentence is "
                    "common and allowed when the meaning stays the same.",
                ),
                basis="fact",
            ),
        )

    def _cut_citations(self, found: Sequence[Cut]) -> tuple[Citation, ...]:
        citations = list(self.evidence)
        for c in found:
            for quote in self.view.quotes(c.longer):
                at = self.c.article(c.longer).text.find(c.words, quote.start)
                if quote.start <= at < quote.end:
                    citations.append(cite(self.c, c.longer, at, at + len(c.words)))
                    break
        return tuple(dict.fromkeys(citations))

    def inside(self) -> LessonItem | None:
        changed = silent_changes(self.view)
        if not changed:
            return None
        diff = _pair_diff(self.view)
        assert diff is not None
        a = diff.a
        pairs = [
            f"“{op.a_text.strip() or '(nothing)'}” → “{op.b_text.strip() or '(nothing)'}”"
            for op in _oriented(diff, a)
            if op.kind in SILENT_KINDS
        ]
        return LessonItem(
            section="notice",
            signal="inside",
            prompt=prompt("inside", self.level, **self.fields),
            frames=frames("inside", self.level, **self.fields),
            answer_lines=3,
            minutes=4,
            key=KeyEntry(
                evidence=self.evidence,
                finding=f"Inside the quotation marks, {self._label(a)} → "
                f"{self._label(diff.b if a == diff.a else diff.a)}: " + "; ".join(pairs) + ".",
                look_fors=(
                    "Finds each pair of differing words inside the quotation marks.",
                    "Says that no ellipsis or bracket tells the reader about the change.",
                ),
                acceptable=("Pairs written in either direction.",),
                not_shown=(
                    "Which version is verbatim: without a transcript we cannot tell.",
                    "That the change was deliberate.",
                ),
                innocent=(
                    "Transcribing from audio, translating from another language, or an "
                    "article updated after a correction.",
                ),
                basis="fact",
            ),
        )

    def verbs(self) -> LessonItem | None:
        credits = [self.view.family.credit(a) for a in self.view.articles]
        used = [
            (a, c.verb) for a, c in zip(self.view.articles, credits, strict=True) if c and c.verb
        ]
        if len(used) < 2:
            return None
        distinct = len({v.lower() for _, v in used}) > 1
        if self.level == "middle" and not distinct:
            return None
        citations = []
        for article_id, _ in used:
            quote = self.view.quotes(article_id)[0]
            if quote.verb_start is not None and quote.verb_end is not None:
                start, end = sentence_of(self.c.article(article_id), quote.verb_start)
                citations.append(cite(self.c, article_id, start, end))
        classes = "; ".join(f"{self._label(a)}: “{v}” ({_verb_note(v)})" for a, v in used)
        return LessonItem(
            section="notice",
            signal="verbs",
            prompt=prompt("verbs", self.level, **self.fields),
            table=Table(
                ("Article", "Verb", "The words that say who is speaking"),
                tuple(self._label(a) for a, _ in used),
            ),
            frames=frames("verbs", self.level, **self.fields),
            answer_lines=0,
            minutes=3,
            key=KeyEntry(
                evidence=tuple(citations) or self.evidence,
                finding=classes + ".",
                look_fors=("Copies each verb exactly as written, with who it is about.",),
                acceptable=(
                    "“Told” and “said” are both neutral; students may note that “told” "
                    "names a listener (an interviewer, a newspaper).",
                ),
                not_shown=("What the reporter thought of the speaker.",),
                innocent=("House style: many newsrooms use “said” for almost everything.",),
                basis="fact",
            ),
        )

    def credit(self) -> LessonItem | None:
        if not self.view.family.attribution_differs:
            return None
        credits = [self.view.family.credit(a) for a in self.view.articles]
        finding = "; ".join(
            f"{self._label(c.article)} credits {c.speaker or 'nobody by name'}"
            for c in credits
            if c
        )
        return LessonItem(
            section="notice",
            signal="credit",
            prompt=prompt("credit", self.level, **self.fields),
            table=Table(
                ("Article", "Who spoke these words?"),
                tuple(self._label(a) for a in self.view.articles),
            ),
            answer_lines=0,
            minutes=3,
            key=KeyEntry(
                evidence=self.evidence,
                finding=finding + ".",
                look_fors=("Copies the name or description each article gives.",),
                acceptable=("A title instead of a name, when the article gives only that.",),
                not_shown=(
                    "Which credit is right; framediff's speaker reading can also be wrong, "
                    "so check the sentence around the quotation.",
                ),
                innocent=(
                    "Two people may have said similar words; a spokesperson may speak "
                    "for a leader.",
                ),
                basis="fact",
            ),
        )

    def context(self) -> LessonItem | None:
        window = self.options.context_window_sentences
        per_article: list[Citation] = []
        for article_id in self.view.articles[:2]:
            article = self.c.article(article_id)
            quotes = self.view.quotes(article_id)
            first = next(s.index for s in article.sentences if s.end > quotes[0].start)
            last = next((s.index for s in article.sentences if s.end >= quotes[-1].end), first)
            near = [
                added
                for added in self.c.alignment.added_context(article_id)
                if not added.quoted and first - window <= added.sentence_index <= last + window
            ]
            for added in near[: self.options.max_context_sentences]:
                per_article.append(cite(self.c, article_id, added.start, added.end))
        if not per_article:
            return None
        finding = " ".join(f"Only {c.outlet}: “{c.words}”" for c in per_article)
        return LessonItem(
            section="notice",
            signal="context",
            prompt=prompt("context", self.level, **self.fields),
            frames=frames("context", self.level, **self.fields),
            answer_lines=4,
            minutes=5,
            key=KeyEntry(
                evidence=tuple(per_article),
                finding=finding,
                look_fors=(
                    "Names a piece of information only one article gives, in its own words, "
                    "and which article gives it.",
                    "Says what kind of information it is: background, another speaker's "
                    "reply, a description of the speaker, a number.",
                ),
                acceptable=(
                    "Any sentence near the quotation that the other article does not have; "
                    "the list here is what framediff found, not the only right answers.",
                ),
                not_shown=(
                    "That the other outlet did not know it; it may have used it elsewhere or "
                    "in another article.",
                ),
                innocent=("Space limits; a different audience that already knows the background.",),
                basis="fact",
            ),
        )

    def cut_meaning(self) -> LessonItem | None:
        found = cuts(self.view, self.options)
        if not found or self.level == "middle":
            return None
        qualifier = [c for c in found if QUALIFIERS & {w.lower() for w in c.words.split()}]
        finding = (
            "The words only one version has include a qualifier ("
            + ", ".join(f"“{c.words}”" for c in qualifier)
            + "): discuss whether the shorter version changes the claim."
            if qualifier
            else "The words only one version has hold no negation, condition or hedge: a "
            "reasonable answer is that the meaning of the shared words is mostly unchanged."
        )
        return LessonItem(
            section="interpret",
            signal="cut_meaning",
            prompt=prompt("cut_meaning", self.level, **self.fields),
            evidence_line=True,
            answer_lines=5,
            minutes=5,
            key=KeyEntry(
                evidence=self._cut_citations(found),
                finding=finding,
                look_fors=(
                    "Compares the two readings and says whether the claim, its strength or "
                    "its scope changes.",
                    "Backs the answer with the exact words.",
                ),
                acceptable=(
                    "“The meaning is the same; the cut is for length.”",
                    "“The extra words add a demand or a question the shorter version does "
                    "not show.”",
                ),
                not_shown=("Why the outlet cut where it did.",),
                innocent=("Length limits; the cut words were said at another moment.",),
                basis="discussion",
            ),
        )

    def explanations(self) -> LessonItem | None:
        if self.level == "middle" or not (
            cuts(self.view, self.options) or silent_changes(self.view)
        ):
            return None
        return LessonItem(
            section="interpret",
            signal="explanations",
            prompt=prompt("explanations", self.level, **self.fields),
            evidence_line=True,
            answer_lines=5,
            minutes=5,
            key=KeyEntry(
                evidence=self.evidence,
                finding="The versions differ as the notice items show.",
                look_fors=(
                    "One innocent and one worrying explanation, each plausible, and a "
                    "concrete way to decide (the recording, the transcript, a "
                    "correction note).",
                ),
                acceptable=(
                    "Innocent: shortened for space, a different moment of the interview, "
                    "translation, house style.",
                    "Worrying: a cut that drops a condition or changes who the remark is aimed at.",
                ),
                not_shown=("Intent: the texts alone cannot show why a reporter chose words.",),
                innocent=("Translation, transcription from audio, a later update.",),
                basis="discussion",
            ),
        )

    def control(self) -> LessonItem | None:
        run = _common_run(self.view)
        if len(run.split()) < self.options.min_control_words:
            return None
        wire = [
            f"{self._label(a)} credits {self.c.article(a).wire}"
            for a in self.view.articles[:2]
            if self.c.article(a).wire
        ]
        finding = (
            f"Where they overlap, {self.fields['a']} and {self.fields['b']} quote the same "
            f"words (apart from capitals and commas): “{run}”."
        )
        if wire:
            finding += " " + "; ".join(wire) + ": check whether the text is shared copy."
        return LessonItem(
            section="verify",
            signal="control",
            prompt=prompt("control", self.level, **self.fields),
            frames=frames("control", self.level, **self.fields),
            evidence_line=True,
            answer_lines=3,
            minutes=3,
            key=KeyEntry(
                evidence=self.evidence,
                finding=finding,
                look_fors=(
                    "Sees that the shared words match.",
                    "Knows that agreement supports the quotation, but two outlets copying one "
                    "source (a wire story, a press release, one interview) is one source, not "
                    "two.",
                ),
                acceptable=("Any reasonable account of why matching words help a reader.",),
                not_shown=("That both reporters heard the words themselves.",),
                innocent=("Shared wire copy or a published interview both outlets read.",),
                basis="discussion",
            ),
        )


def _verb_note(verb: str) -> str:
    lemma = verb.split()[0].lower()
    from framediff.attribution.verbs import lemma_of

    found = lemma_of(lemma)
    return verb_class(found) if found else "neutral"
