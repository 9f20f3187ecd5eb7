"""A lesson kit built from a comparison: a student worksheet and a separate answer key.

``lesson_documents`` is the one entry point: it builds the lesson items from the comparison
(``build.build_lesson``, pure) and renders both documents (``framediff.render.lesson_*``).
The worksheet carries no answer: no diff markup, no counts, no names of kinds of change;
everything framediff found is in the key, with the exact words and paragraph of each
article.
"""

from __future__ import annotations

from dataclasses import dataclass

from framediff.align.original import match_original
from framediff.compare import Comparison
from framediff.errors import InputError
from framediff.lesson.build import build_lesson
from framediff.lesson.records import LENGTHS, LEVELS, Lesson
from framediff.model import Article
from framediff.options import DEFAULT_LESSON_OPTIONS, LessonOptions

FORMATS = {
    "markdown": ("md", "text/markdown; charset=utf-8"),
    "html": ("html", "text/html; charset=utf-8"),
    "docx": ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
}


@dataclass(frozen=True)
class LessonDocuments:
    """The worksheet and the answer key, as bytes ready to write or serve."""

    worksheet: bytes
    key: bytes
    extension: str  # "md" | "html" | "docx"
    media_type: str


def lesson(
    comparison: Comparison,
    *,
    level: str = "high",
    length: str = "period",
    original: Article | None = None,
    options: LessonOptions | None = None,
) -> Lesson:
    """The lesson's items and notes (no rendering); see ``build.build_lesson``."""
    if level not in LEVELS:
        raise InputError(f"unknown level {level!r}: use one of {', '.join(LEVELS)}")
    if length not in LENGTHS:
        raise InputError(f"unknown length {length!r}: use one of {', '.join(LENGTHS)}")
    matches = (
        comparison.original_matches
        if comparison.original_matches or original is None
        else match_original(comparison.families, original)
    )
    return build_lesson(
        comparison,
        level=level,
        length=length,
        original=original,
        matches=matches,
        options=options or DEFAULT_LESSON_OPTIONS,
    )


def lesson_documents(
    comparison: Comparison,
    *,
    level: str = "high",
    length: str = "period",
    format: str = "markdown",
    original: Article | None = None,
    options: LessonOptions | None = None,
) -> LessonDocuments:
    """The student worksheet and the teacher's key for ``comparison``.

    Raises ``LessonError`` when the articles have too little in common for a lesson,
    ``InputError`` for an unknown level, length or format, and ``OutputError`` for
    ``format="docx"`` when python-docx is not installed.
    """
    if format not in FORMATS:
        raise InputError(f"unknown format {format!r}: use one of {', '.join(FORMATS)}")
    built = lesson(comparison, level=level, length=length, original=original, options=options)
    extension, media_type = FORMATS[format]
    if format == "markdown":
        from framediff.render.lesson_markdown import key_markdown, worksheet_markdown

        worksheet, key = worksheet_markdown(built).encode(), key_markdown(built).encode()
    elif format == "html":
        from framediff.render.lesson_html import key_html, worksheet_html

        worksheet, key = worksheet_html(built).encode(), key_html(built).encode()
    else:
        from framediff.render.lesson_docx import key_docx, worksheet_docx

        worksheet, key = worksheet_docx(built), key_docx(built)
    return LessonDocuments(worksheet, key, extension, media_type)


def read_outlet_labels(text: str) -> tuple[tuple[str, str], ...]:
    """A teacher's label file: one ``outlet: label`` a line; ``#`` starts a comment."""
    labels = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        outlet, colon, label = line.partition(":")
        if not colon or not outlet.strip() or not label.strip():
            raise InputError(f"label file line {number}: write it as 'Outlet name: label'")
        labels.append((outlet.strip(), label.strip()))
    return tuple(labels)


__all__ = [
    "FORMATS",
    "Lesson",
    "LessonDocuments",
    "lesson",
    "lesson_documents",
    "read_outlet_labels",
]
