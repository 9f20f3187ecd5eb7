"""The lesson as printable HTML: one self-contained page each for worksheet and key.

Built with ``htmlbuild.el``, so every article word and prompt is escaped. The page has a
print stylesheet (answer lines, page breaks between parts) and a visible print hint that
itself does not print. The worksheet page holds no answer in any form: no hidden
elements, no comments, nothing in the title.
"""

from __future__ import annotations

from framediff.lesson.records import SECTIONS, Citation, Lesson, LessonItem
from framediff.lesson.wording import EVIDENCE_LINE, SECTION_HINTS, SECTION_TITLES
from framediff.render.htmlbuild import Child, Markup, el
from framediff.render.lesson_markdown import LEVEL_NAMES, SIGNAL_NAMES

_STYLE = """
body { font: 12pt/1.45 Georgia, "Times New Roman", serif; max-width: 46em; margin: 2em auto;
  padding: 0 1em; color: #111; }
h1 { font-size: 1.5em; } h2 { border-bottom: 1px solid #999; margin-top: 1.6em; }
.hint { background: #eef; border: 1px solid #99c; padding: .5em .8em; }
.par { margin: .4em 0; } .num { font-weight: bold; margin-right: .4em; }
blockquote { border-left: 3px solid #999; margin: .6em 0; padding: .2em .8em; }
table { border-collapse: collapse; width: 100%; margin: .5em 0; }
td, th { border: 1px solid #666; padding: .35em .5em; text-align: left; vertical-align: top; }
td.blank { height: 2.2em; }
.line { border-bottom: 1px solid #666; height: 1.9em; }
.item { margin: 1.2em 0; break-inside: avoid; }
.frame, .bank { font-style: italic; }
.note { color: #444; font-size: .9em; }
@media print {
  .hint { display: none; }
  body { margin: 0; max-width: none; }
  h2.part { break-before: page; }
  h2.part.first { break-before: auto; }
  a { color: inherit; text-decoration: none; }
}
"""


def _page(title: str, body: list[Child]) -> str:
    head = el(
        "head",
        el("meta", charset="utf-8"),
        el("meta", name="viewport", content="width=device-width, initial-scale=1"),
        el("title", title),
        el("style", Markup(_STYLE)),
    )
    hint = el(
        "p",
        "To print: press Ctrl+P (⌘P on a Mac). This box does not print.",
        class_="hint",
    )
    return "<!DOCTYPE html>\n" + el("html", head, el("body", hint, *body), lang="en") + "\n"


def _lines(count: int) -> list[Child]:
    return [el("div", class_="line") for _ in range(count)]


def _item(item: LessonItem) -> Markup:
    parts: list[Child] = [el("p", el("strong", f"{item.number}. "), item.prompt)]
    for passage in item.passages:
        parts.append(el("blockquote", el("strong", passage.outlet, ": "), passage.text))
    if item.table is not None:
        head = el("tr", *(el("th", h) for h in item.table.header))
        rows = [
            el(
                "tr",
                el("td", row),
                *(el("td", class_="blank") for _ in item.table.header[1:]),
            )
            for row in item.table.rows
        ]
        parts.append(el("table", el("thead", head), el("tbody", rows)))
    for choice in item.choices:
        parts.append(el("p", "☐ ", choice))
    for frame in item.frames:
        parts.append(el("p", "Sentence frame: ", frame, class_="frame"))
    parts += _lines(item.answer_lines)
    if item.evidence_line:
        parts += [el("p", EVIDENCE_LINE), *_lines(2)]
    return el("div", parts, class_="item")


def worksheet_html(lesson: Lesson) -> str:
    body: list[Child] = [
        el("h1", lesson.title),
        el("p", "Name: ______________________   Date: ____________"),
        el(
            "p",
            f"You will read {len(lesson.articles)} news articles and compare exactly how "
            "they quote people. Answer with the articles' own words.",
        ),
        el("h2", "Part A. The articles", class_="part first"),
    ]
    for n, article in enumerate(lesson.articles, start=1):
        outlet = article.outlet + (f" ({article.label})" if article.label else "")
        heading = f"Article {n}: {outlet}, “{article.title}”"
        body.append(el("h3", heading + (f" ({article.date})" if article.date else "")))
        if article.excerpt:
            body.append(
                el(
                    "p",
                    "Excerpts; the numbers are the paragraphs of the full article.",
                    class_="note",
                )
            )
        body += [
            el("p", el("span", f"¶{number}", class_="num"), text, class_="par")
            for number, text in article.paragraphs
        ]
    body.append(el("h2", "Part B. The quotation in each article", class_="part"))
    for quotation in lesson.quotations:
        body += [el("blockquote", el("strong", p.outlet, ": "), p.text) for p in quotation]
    body.append(el("h2", "Part C. Questions", class_="part"))
    if lesson.word_bank:
        body.append(el("p", "Word bank: ", ", ".join(lesson.word_bank), class_="bank"))
    for section in SECTIONS:
        items = lesson.section_items(section)
        if items:
            body += [
                el("h3", SECTION_TITLES[section]),
                el("p", SECTION_HINTS[lesson.level][section], class_="note"),
                *(_item(i) for i in items),
            ]
    return _page(lesson.title, body)


def _cite(citation: Citation) -> Markup:
    where = "headline" if citation.paragraph == 0 else f"paragraph {citation.paragraph}"
    return el("li", el("strong", citation.outlet), f", {where}: “{citation.words}”")


def key_html(lesson: Lesson) -> str:
    title = f"Answer key: {lesson.title}"
    body: list[Child] = [
        el("h1", title),
        el(
            "p",
            f"For the teacher: {LEVEL_NAMES[lesson.level]}, {lesson.length} lesson, about "
            f"{lesson.total_minutes} minutes. Do not hand this page out.",
        ),
        el("h2", "Provenance"),
        el(
            "table", el("tbody", [el("tr", el("th", k), el("td", v)) for k, v in lesson.provenance])
        ),
        el("h2", "Teacher notes"),
        el(
            "table",
            el("thead", el("tr", el("th", "Section"), el("th", "Minutes"))),
            el(
                "tbody",
                [el("tr", el("td", name), el("td", str(m))) for name, m in lesson.minutes],
                el("tr", el("th", "Total"), el("th", str(lesson.total_minutes))),
            ),
        ),
        el("p", "Vocabulary to pre-teach:"),
        el("ul", [el("li", el("strong", w), ": ", m) for w, m in lesson.vocabulary]),
        el("p", "Notes:"),
        el("ul", [el("li", note) for note in lesson.teacher_notes]),
        el("h2", "Items"),
    ]
    for item in lesson.items:
        key = item.key
        basis = "Fact framediff found" if key.basis == "fact" else "For discussion"
        body += [
            el("h3", f"{item.number}. {item.section.capitalize()}: {SIGNAL_NAMES[item.signal]}"),
            el("p", el("em", "Question: "), item.prompt),
            el("p", el("strong", basis, ": "), key.finding),
        ]
        for heading, entries in (
            ("What a strong answer notices", key.look_fors),
            ("Acceptable answers", key.acceptable),
            ("What the evidence does not show", key.not_shown),
            ("Innocent explanations", key.innocent),
        ):
            if heading == "What a strong answer notices" and key.evidence:
                body += [el("p", "Evidence:"), el("ul", [_cite(c) for c in key.evidence])]
            if entries:
                body += [el("p", heading, ":"), el("ul", [el("li", e) for e in entries])]
    return _page(title, body)
