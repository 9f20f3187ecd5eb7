"""The lesson as Word files (python-docx, the optional ``framediff[docx]`` extra).

Teachers edit their worksheets: a .docx opens in Word, LibreOffice and Google Docs. The
text goes in as plain runs, so nothing an article says can become a field or a link.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from framediff.errors import OutputError
from framediff.lesson.records import SECTIONS, Lesson, LessonItem
from framediff.lesson.wording import EVIDENCE_LINE, SECTION_HINTS, SECTION_TITLES
from framediff.render.lesson_markdown import LEVEL_NAMES, SIGNAL_NAMES

if TYPE_CHECKING:
    from docx.document import Document as DocumentType

BLANK = "_" * 70


def _document() -> DocumentType:
    try:
        from docx import Document
    except ImportError as error:
        raise OutputError(
            "--format docx needs python-docx: pip install 'framediff[docx]'"
        ) from error
    return Document()


def _bytes(document: DocumentType) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _table(document: DocumentType, header: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> Any:
    table = document.add_table(rows=1 + len(rows), cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    for row, values in zip(table.rows[1:], rows, strict=True):
        for cell, text in zip(row.cells, values, strict=False):
            cell.text = text
    return table


def _item(document: DocumentType, item: LessonItem) -> None:
    paragraph = document.add_paragraph()
    paragraph.add_run(f"{item.number}. ").bold = True
    paragraph.add_run(item.prompt)
    for passage in item.passages:
        quote = document.add_paragraph(style="Quote")
        quote.add_run(f"{passage.outlet}: ").bold = True
        quote.add_run(passage.text)
    if item.table is not None:
        blanks = ("",) * (len(item.table.header) - 1)
        _table(document, item.table.header, [(row, *blanks) for row in item.table.rows])
    for choice in item.choices:
        document.add_paragraph(f"☐ {choice}")
    for frame in item.frames:
        document.add_paragraph().add_run(f"Sentence frame: {frame}").italic = True
    for _ in range(item.answer_lines):
        document.add_paragraph(BLANK)
    if item.evidence_line:
        document.add_paragraph(f"{EVIDENCE_LINE} {BLANK}")


def worksheet_docx(lesson: Lesson) -> bytes:
    document = _document()
    document.core_properties.title = lesson.title
    document.add_heading(lesson.title, level=0)
    document.add_paragraph("Name: ______________________   Date: ____________")
    document.add_paragraph(
        f"You will read {len(lesson.articles)} news articles and compare exactly how they "
        "quote people. Answer with the articles' own words."
    )
    document.add_heading("Part A. The articles", level=1)
    for n, article in enumerate(lesson.articles, start=1):
        outlet = article.outlet + (f" ({article.label})" if article.label else "")
        heading = f"Article {n}: {outlet}, “{article.title}”"
        document.add_heading(heading + (f" ({article.date})" if article.date else ""), level=2)
        if article.excerpt:
            document.add_paragraph("Excerpts; the numbers are the paragraphs of the full article.")
        for number, text in article.paragraphs:
            paragraph = document.add_paragraph()
            paragraph.add_run(f"¶{number}  ").bold = True
            paragraph.add_run(text)
    document.add_heading("Part B. The quotation in each article", level=1)
    for quotation in lesson.quotations:
        for passage in quotation:
            quote = document.add_paragraph(style="Quote")
            quote.add_run(f"{passage.outlet}: ").bold = True
            quote.add_run(passage.text)
    document.add_heading("Part C. Questions", level=1)
    if lesson.word_bank:
        document.add_paragraph("Word bank: " + ", ".join(lesson.word_bank))
    for section in SECTIONS:
        items = lesson.section_items(section)
        if not items:
            continue
        document.add_heading(SECTION_TITLES[section], level=2)
        document.add_paragraph().add_run(SECTION_HINTS[lesson.level][section]).italic = True
        for item in items:
            _item(document, item)
    return _bytes(document)


def key_docx(lesson: Lesson) -> bytes:
    document = _document()
    title = f"Answer key: {lesson.title}"
    document.core_properties.title = title
    document.add_heading(title, level=0)
    document.add_paragraph(
        f"For the teacher: {LEVEL_NAMES[lesson.level]}, {lesson.length} lesson, about "
        f"{lesson.total_minutes} minutes. Do not hand this document out."
    )
    document.add_heading("Provenance", level=1)
    _table(document, ("", ""), list(lesson.provenance))
    document.add_heading("Teacher notes", level=1)
    rows = [(name, str(m)) for name, m in lesson.minutes] + [("Total", str(lesson.total_minutes))]
    _table(document, ("Section", "Minutes"), rows)
    document.add_paragraph("Vocabulary to pre-teach:")
    for word, meaning in lesson.vocabulary:
        document.add_paragraph(f"{word}: {meaning}", style="List Bullet")
    document.add_paragraph("Notes:")
    for note in lesson.teacher_notes:
        document.add_paragraph(note, style="List Bullet")
    document.add_heading("Items", level=1)
    for item in lesson.items:
        key = item.key
        document.add_heading(
            f"{item.number}. {item.section.capitalize()}: {SIGNAL_NAMES[item.signal]}", level=2
        )
        document.add_paragraph(f"Question: {item.prompt}")
        basis = "Fact framediff found" if key.basis == "fact" else "For discussion"
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{basis}: ").bold = True
        paragraph.add_run(key.finding)
        groups = (
            (
                "Evidence",
                [f"{c.outlet}, {_where(c.paragraph)}: “{c.words}”" for c in key.evidence],
            ),
            ("What a strong answer notices", list(key.look_fors)),
            ("Acceptable answers", list(key.acceptable)),
            ("What the evidence does not show", list(key.not_shown)),
            ("Innocent explanations", list(key.innocent)),
        )
        for heading, entries in groups:
            if entries:
                document.add_paragraph().add_run(heading + ":").bold = True
                for entry in entries:
                    document.add_paragraph(entry, style="List Bullet")
    return _bytes(document)


def _where(paragraph: int) -> str:
    return "headline" if paragraph == 0 else f"paragraph {paragraph}"
