"""The lesson as markdown: a worksheet for students and a separate key for the teacher.

Every string that comes from an article, and every prompt (prompts name outlets and
speakers), passes through ``escape_markdown``. The worksheet uses no markup that marks a
difference (no strike-through, no bold inside quotations); answers exist only in the key.
"""

from __future__ import annotations

from framediff.lesson.records import SECTIONS, Citation, Lesson, LessonItem
from framediff.lesson.wording import EVIDENCE_LINE, SECTION_HINTS, SECTION_TITLES
from framediff.render.escape import escape_markdown as esc

LEVEL_NAMES = {"middle": "middle school", "high": "high school", "college": "college"}
BLANK = "_" * 60
SIGNAL_NAMES = {
    "presence": "Which articles carry the quotation, and where",
    "cut": "Words one version quotes and the other does not",
    "inside": "A change inside the quotation marks",
    "verbs": "Attribution verbs",
    "credit": "Who each article says is speaking",
    "headlines": "Headlines",
    "context": "Context only one article gives",
    "voices": "Who is quoted by one article only",
    "connotation": "What an attribution verb suggests",
    "headline_body": "Headline against the quotation",
    "paraphrase": "Quotation and paraphrase",
    "cut_meaning": "What the shorter version does to the meaning",
    "explanations": "Innocent and worrying explanations",
    "control": "Control: the outlets agree word for word",
    "original": "Closest to the original",
    "trace": "Tracing the words to their source",
    "one_source": "The one-source reader",
    "rewrite": "Neutral rewrite",
}


def worksheet_markdown(lesson: Lesson) -> str:
    lines = [f"# {esc(lesson.title)}", "", f"Name: {'_' * 30}  Date: {'_' * 15}", ""]
    lines += [
        f"You will read {len(lesson.articles)} news articles and compare exactly how they "
        "quote people. Answer with the articles' own words.",
        "",
        "## Part A. The articles",
        "",
    ]
    for n, article in enumerate(lesson.articles, start=1):
        outlet = article.outlet + (f" ({article.label})" if article.label else "")
        head = f"### Article {n}: {esc(outlet)}, “{esc(article.title)}”"
        lines += [head + (f" ({esc(article.date)})" if article.date else ""), ""]
        if article.excerpt:
            lines += ["*Excerpts; the numbers are the paragraphs of the full article.*", ""]
        for number, text in article.paragraphs:
            lines += [f"¶{number}  {esc(text)}", ""]
    lines += ["## Part B. The quotation in each article", ""]
    for quotation in lesson.quotations:
        for passage in quotation:
            lines += [f"> {esc(passage.outlet)}: {esc(passage.text)}", ">"]
        lines[-1] = ""
    lines += ["## Part C. Questions", ""]
    if lesson.word_bank:
        lines += ["Word bank: " + ", ".join(esc(w) for w in lesson.word_bank), ""]
    for section in SECTIONS:
        items = lesson.section_items(section)
        if not items:
            continue
        lines += [
            f"### {SECTION_TITLES[section]}",
            "",
            f"*{SECTION_HINTS[lesson.level][section]}*",
            "",
        ]
        for item in items:
            lines += _item(item)
    return "\n".join(lines).rstrip() + "\n"


def _item(item: LessonItem) -> list[str]:
    lines = [f"**{item.number}.** {esc(item.prompt)}", ""]
    for passage in item.passages:
        lines += [f"> {esc(passage.outlet)}: {esc(passage.text)}", ""]
    if item.table is not None:
        lines.append("| " + " | ".join(esc(h) for h in item.table.header) + " |")
        lines.append("|" + "---|" * len(item.table.header))
        for row in item.table.rows:
            lines.append(f"| {esc(row)} |" + " |" * (len(item.table.header) - 1))
        lines.append("")
    for choice in item.choices:
        lines += [f"- ☐ {esc(choice)}"]
    for frame in item.frames:
        lines += [f"Sentence frame: {esc(frame)}", ""]
    lines += [BLANK, ""] * item.answer_lines
    if item.evidence_line:
        lines += [f"{EVIDENCE_LINE} {BLANK}", ""]
    return lines


def _cite(citation: Citation) -> str:
    where = "headline" if citation.paragraph == 0 else f"paragraph {citation.paragraph}"
    return f"{esc(citation.outlet)}, {where}: “{esc(citation.words)}”"


def key_markdown(lesson: Lesson) -> str:
    lines = [
        f"# Answer key: {esc(lesson.title)}",
        "",
        f"For the teacher: {LEVEL_NAMES[lesson.level]}, {lesson.length} lesson, about "
        f"{lesson.total_minutes} minutes. This file is separate from the worksheet; do not "
        "hand it out.",
        "",
        "## Provenance",
        "",
        "| | |",
        "|---|---|",
    ]
    lines += [f"| {esc(k)} | {esc(v)} |" for k, v in lesson.provenance]
    lines += ["", "## Teacher notes", "", "| Section | Minutes |", "|---|---:|"]
    lines += [f"| {esc(name)} | {m} |" for name, m in lesson.minutes]
    lines += [f"| Total | {lesson.total_minutes} |", ""]
    lines += ["Vocabulary to pre-teach:", ""]
    lines += [f"- {esc(word)}: {esc(meaning)}" for word, meaning in lesson.vocabulary]
    lines += ["", "Notes:", ""]
    lines += [f"- {esc(note)}" for note in lesson.teacher_notes]
    lines += [
        "",
        "Each entry says whether its answer is a fact framediff found in the texts (check "
        "it against the article) or a question for discussion with more than one good answer.",
        "",
        "## Items",
        "",
    ]
    for item in lesson.items:
        lines += _key_item(item)
    return "\n".join(lines).rstrip() + "\n"


def _key_item(item: LessonItem) -> list[str]:
    key = item.key
    basis = "Fact framediff found" if key.basis == "fact" else "For discussion"
    lines = [
        f"### {item.number}. {item.section.capitalize()}: {SIGNAL_NAMES[item.signal]}",
        "",
        f"Question: {esc(item.prompt)}",
        "",
        f"{basis}: {esc(key.finding)}",
        "",
    ]
    sections = (
        ("Evidence", [_cite(c) for c in key.evidence]),
        ("What a strong answer notices", [esc(x) for x in key.look_fors]),
        ("Acceptable answers", [esc(x) for x in key.acceptable]),
        ("What the evidence does not show", [esc(x) for x in key.not_shown]),
        ("Innocent explanations", [esc(x) for x in key.innocent]),
    )
    for title, entries in sections:
        if entries:
            lines += [f"{title}:", ""] + [f"- {e}" for e in entries] + [""]
    return lines
