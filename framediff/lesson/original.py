"""The "closest to the original" item, when the teacher supplies a transcript or statement."""

from __future__ import annotations

from collections.abc import Sequence

from framediff.align.original import OriginalMatch
from framediff.compare import Comparison
from framediff.lesson.evidence import FamilyView, cite_quote
from framediff.lesson.records import KeyEntry, LessonItem, Level, Passage
from framediff.lesson.wording import frames, prompt
from framediff.model import Article
from framediff.options import LessonOptions

__all__ = ["OriginalMatch", "closest_item"]


def closest_item(
    comparison: Comparison,
    view: FamilyView,
    level: Level,
    original: Article,
    matches: Sequence[OriginalMatch],
    options: LessonOptions,
) -> LessonItem | None:
    mine = sorted(
        (m for m in matches if m.family == view.family.id and m.article in view.articles),
        key=lambda m: (m.distance, view.articles.index(m.article)),
    )
    if not mine or mine[0].distance >= 0.5:
        return None
    ranking = "; ".join(
        f"{comparison.label(m.article)}: distance {m.distance:.2f}"
        + (" (word for word)" if m.distance <= options.original_verbatim_distance else "")
        for m in mine
    )
    fields = {"s": view.speaker()}
    return LessonItem(
        section="verify",
        signal="original",
        prompt=prompt("original", level, **fields),
        frames=frames("original", level, **fields),
        passages=(Passage(original.label, 0, _shown(original, mine[0])),),
        evidence_line=True,
        answer_lines=4,
        minutes=5,
        key=KeyEntry(
            evidence=tuple(cite_quote(comparison, qs[0]) for _, qs in view.parts),
            finding=f"Closest span of the original: “{mine[0].text}”. Ranking (0 is word "
            f"for word): {ranking}.",
            look_fors=(
                "Compares each version with the original word by word and names the "
                "differences it finds.",
            ),
            acceptable=("A version that quotes less but exactly can be called closest.",),
            not_shown=(
                "That the original given is complete: it may be an excerpt or a translation.",
            ),
            innocent=("Translation or transcription differences.",),
            basis="fact",
        ),
    )


# An original this short is printed whole; a longer one shows the sentences around the
# closest span, so students still have to find the words.
_WHOLE_WORDS = 250


def _shown(original: Article, match: OriginalMatch) -> str:
    if len(original.body.split()) <= _WHOLE_WORDS:
        return original.body
    inside = [s for s in original.sentences if s.end > match.start and s.start < match.end]
    if not inside:
        return match.text
    index = original.sentences.index(inside[0])
    first = original.sentences[max(0, index - 1)]
    last = original.sentences[
        min(len(original.sentences) - 1, original.sentences.index(inside[-1]) + 1)
    ]
    return original.text[first.start : last.end]
