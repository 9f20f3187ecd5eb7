"""The records of a lesson: items for the worksheet, each with its entry in the answer key.

A lesson is data, not text layout: the renderers (``framediff.render.lesson_*``) turn the
same ``Lesson`` into markdown, HTML or a Word file. Student-facing fields (``prompt``,
``passages``, ``table``, ``frames``, ``word_bank``) never carry what the comparison found;
everything found lives in ``key``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Section = Literal["notice", "interpret", "verify", "reflect"]
SECTIONS: tuple[Section, ...] = ("notice", "interpret", "verify", "reflect")
Level = Literal["middle", "high", "college"]
LEVELS: tuple[Level, ...] = ("middle", "high", "college")
Length = Literal["short", "period", "extended"]
LENGTHS: tuple[Length, ...] = ("short", "period", "extended")
# "fact": framediff found it in the texts (check it against the article); "discussion":
# more than one good answer.
Basis = Literal["fact", "discussion"]


@dataclass(frozen=True)
class Citation:
    """Exact words of one article: ``words`` is ``article.text[start:end]``."""

    article: str
    outlet: str
    paragraph: int  # 1-based among the paragraphs under the headline; 0 is the headline
    words: str
    start: int
    end: int


@dataclass(frozen=True)
class Passage:
    """Words an item shows the student, exactly as the article prints them."""

    outlet: str
    paragraph: int
    text: str


@dataclass(frozen=True)
class Table:
    """A table for the student to fill in: the header and the pre-printed first column."""

    header: tuple[str, ...]
    rows: tuple[str, ...]


@dataclass(frozen=True)
class KeyEntry:
    """What the teacher needs to mark one item."""

    evidence: tuple[Citation, ...]
    look_fors: tuple[str, ...]
    acceptable: tuple[str, ...]
    not_shown: tuple[str, ...]
    innocent: tuple[str, ...]
    basis: Basis
    # What framediff found, in a sentence for the teacher ("The Tampa Free Press version
    # ends with a sentence the Antiwar.com version does not have").
    finding: str = ""


@dataclass(frozen=True)
class LessonItem:
    """One worksheet question and its key entry."""

    section: Section
    # The signal the item rests on (key and tests only; never printed on the worksheet).
    signal: str
    prompt: str
    key: KeyEntry
    passages: tuple[Passage, ...] = ()
    table: Table | None = None
    choices: tuple[str, ...] = ()
    frames: tuple[str, ...] = ()
    evidence_line: bool = False
    answer_lines: int = 3
    minutes: int = 3
    number: int = 0


@dataclass(frozen=True)
class LessonArticle:
    """An article of the lesson, as the provenance block and the reading packet show it."""

    id: str
    outlet: str
    title: str
    date: str | None
    url: str | None
    author: str | None
    wire: str | None
    # (paragraph number, text) of what the worksheet prints: all of it, or excerpts.
    paragraphs: tuple[tuple[int, str], ...]
    excerpt: bool
    # The teacher's label for the outlet, from a label file; None without one.
    label: str | None = None


@dataclass(frozen=True)
class Lesson:
    """A worksheet's items in order (notice, interpret, verify, reflect) and the notes."""

    title: str
    level: Level
    length: Length
    articles: tuple[LessonArticle, ...]
    # Each shared quotation shown plainly: its outlets' versions, no difference marked.
    quotations: tuple[tuple[Passage, ...], ...]
    items: tuple[LessonItem, ...]
    word_bank: tuple[str, ...]
    vocabulary: tuple[tuple[str, str], ...]
    minutes: tuple[tuple[str, int], ...]
    teacher_notes: tuple[str, ...]
    provenance: tuple[tuple[str, str], ...]
    original: str | None = None

    @property
    def total_minutes(self) -> int:
        return sum(m for _, m in self.minutes)

    def section_items(self, section: Section) -> tuple[LessonItem, ...]:
        return tuple(i for i in self.items if i.section == section)
