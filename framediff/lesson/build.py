"""``build_lesson``: choose the articles and quotations a lesson rests on, build every item
whose signal is present, keep as many as the level and length allow, and write the notes.

Pure: a comparison in, a ``Lesson`` out; rendering is ``framediff.render.lesson_*``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict, replace

from framediff import __version__
from framediff.compare import Comparison, report_labels
from framediff.errors import LessonError
from framediff.lesson import story_items
from framediff.lesson.evidence import FamilyView, family_view, paragraph_number, passages
from framediff.lesson.items import FamilyItems, cuts, silent_changes
from framediff.lesson.original import OriginalMatch, closest_item
from framediff.lesson.records import (
    SECTIONS,
    Length,
    Lesson,
    LessonArticle,
    LessonItem,
    Level,
)
from framediff.lesson.wording import WORD_BANK
from framediff.model import Article
from framediff.options import DEFAULT_LESSON_OPTIONS, LessonOptions

TITLE = "Comparing how news outlets report the same words"
# Which items go first when a level and length cannot hold all of them: the notice items a
# lesson cannot do without, then the verify and reflect steps, then the rest.
PRIORITY = (
    "presence", "cut", "inside", "credit", "trace", "original", "one_source", "control",
    "context", "verbs", "paraphrase", "headline_body", "cut_meaning", "voices", "headlines",
    "connotation", "rewrite", "explanations",
)  # fmt: skip
# Minutes a class spends on each item: a fill-in table two, a short written answer three or
# four, a rewrite or an argued explanation five (research notes: 10-12 items in 45-50
# minutes with reading; 6-8 in 20-30 for middle school).
MINUTES = {
    "presence": 2, "cut": 3, "inside": 3, "verbs": 2, "credit": 2, "headlines": 3,
    "context": 4, "voices": 3, "connotation": 3, "headline_body": 3, "paraphrase": 4,
    "cut_meaning": 4, "explanations": 5, "control": 3, "original": 4, "trace": 3,
    "one_source": 3, "rewrite": 5,
}  # fmt: skip
# Reading speed, words a minute, for the reading-time estimate (silent reading of news
# text: about 120 in grades 6-8, 180 in high school, 220 for undergraduates).
READING_WPM = {"middle": 120, "high": 180, "college": 220}
VOCABULARY = (
    ("quotation", "the exact words someone said, inside quotation marks"),
    ("attribution", "the words that tell the reader who said something (“she said”)"),
    ("paraphrase", "someone's meaning told in the writer's own words, without quotation marks"),
    ("ellipsis", "the mark … that shows words were left out of a quotation"),
    ("context", "the information around a quotation that helps a reader understand it"),
    ("headline", "the title of a news article, often written by an editor"),
)
VOCABULARY_MORE = (
    ("connotation", "the feeling or judgement a word carries beyond its dictionary meaning"),
    ("wire copy", "a news agency's story that many outlets print, word for word or edited"),
    ("omission", "something left out"),
)


def _too_little(comparison: Comparison) -> LessonError:
    return LessonError(
        f"{len(comparison.articles)} articles have too little in common for a lesson: no "
        "quotation appears in two of them and none is reported by another in its own words; "
        "give articles that report the same statement or event"
    )


def _rank_groups(comparison: Comparison) -> list[tuple[str, ...]]:
    def score(group: tuple[str, ...]) -> tuple[int, int, int]:
        members = set(group)
        shared = sum(1 for f in comparison.shared_families if set(f.articles) <= members)
        links = sum(1 for link in comparison.paraphrase_links if link.quote_article in members)
        return (shared, links, len(group))

    useful = [g for g in comparison.groups if len(g) > 1 and any(score(g)[:2])]
    return sorted(useful, key=score, reverse=True)


def _view_score(
    comparison: Comparison, view: FamilyView, options: LessonOptions
) -> tuple[bool, int, bool, bool, int, int]:
    return (
        view.confident,
        len(view.articles),
        bool(silent_changes(view)),
        bool(cuts(view, options)),
        len(view.family.text.split()),
        -comparison.families.index(view.family),
    )


def _choose(
    comparison: Comparison, level: Level, options: LessonOptions
) -> list[tuple[tuple[str, ...], list[FamilyView]]]:
    """The groups of the lesson, each with its articles and its shared quotations, best first."""
    cap = {
        "middle": options.max_outlets_middle,
        "high": options.max_outlets_high,
        "college": len(comparison.articles),
    }[level]
    chosen: list[tuple[tuple[str, ...], list[FamilyView]]] = []
    room = cap
    for group in _rank_groups(comparison):
        if room < 2:
            break
        views = [
            family_view(f, group)
            for f in comparison.shared_families
            if set(f.articles) & set(group)
        ]
        views = [v for v in views if len(v.articles) > 1]
        views.sort(key=lambda v: _view_score(comparison, v, options), reverse=True)
        order = list(
            dict.fromkeys(
                [*(views[0].articles if views else ()), *_linked(comparison, group), *group]
            )
        )
        taken = tuple(a for a in group if a in order[:room])
        taken = tuple(sorted(taken, key=order.index))
        views = [family_view(v.family, taken) for v in views]
        views = [v for v in views if len(v.articles) > 1]
        if not views and not _linked(comparison, taken):
            continue
        chosen.append((taken, views))
        room -= len(taken)
    if not chosen:
        raise _too_little(comparison)
    return chosen


def _linked(comparison: Comparison, group: Sequence[str]) -> list[str]:
    links = [
        link
        for link in comparison.paraphrase_links
        if link.quote_article in group and link.paraphrase_article in group
    ]
    links.sort(key=lambda link: -link.score)
    return [a for link in links[:1] for a in (link.quote_article, link.paraphrase_article)]


def _candidates(
    comparison: Comparison,
    chosen: list[tuple[tuple[str, ...], list[FamilyView]]],
    level: Level,
    options: LessonOptions,
    original: Article | None,
    matches: Sequence[OriginalMatch],
) -> list[LessonItem]:
    found: list[LessonItem | None] = []
    lesson_articles = [a for group, _ in chosen for a in group]
    _, views = chosen[0]
    view = views[0] if views else None
    if view is not None:
        fam = FamilyItems(comparison, view, level, options)
        found += [fam.presence(lesson_articles), fam.cut(), fam.inside(), fam.verbs(), fam.credit()]
        found.append(story_items.headlines(comparison, view.articles, view, level))
        found += [fam.context(), story_items.voices(comparison, view.articles, level)]
        found += [
            story_items.headline_body(comparison, view, level),
            fam.cut_meaning(),
        ]
    found.append(story_items.connotation(comparison, lesson_articles, level))
    for group, _ in chosen:
        item = story_items.paraphrase(comparison, group, level)
        if item is not None:
            found.append(item)
            break
    if view is not None:
        found.append(FamilyItems(comparison, view, level, options).explanations())
    if original is not None and view is not None:
        found.append(closest_item(comparison, view, level, original, matches, options))
    else:
        found.append(story_items.trace(comparison, view, level))
    if view is not None:
        found.append(FamilyItems(comparison, view, level, options).control())
    found.append(story_items.one_source(comparison, view, level))
    if view is not None:
        found.append(story_items.rewrite(comparison, view, level))
    return [i for i in found if i is not None]


def _cap(items: list[LessonItem], limit: int) -> list[LessonItem]:
    """The ``limit`` most important items, one of each section kept where there is one."""
    rank = {signal: n for n, signal in enumerate(PRIORITY)}
    ordered = sorted(range(len(items)), key=lambda i: rank.get(items[i].signal, len(rank)))
    keep: list[int] = []
    for section in SECTIONS:
        first = next((i for i in ordered if items[i].section == section), None)
        if first is not None:
            keep.append(first)
    for i in ordered:
        if len(keep) >= limit:
            break
        if i not in keep:
            keep.append(i)
    kept = [items[i] for i in sorted(keep)]
    return sorted(kept, key=lambda item: SECTIONS.index(item.section))


def _packet(
    comparison: Comparison,
    article_ids: Sequence[str],
    items: Sequence[LessonItem],
    level: Level,
    options: LessonOptions,
) -> tuple[LessonArticle, ...]:
    cited: dict[str, set[int]] = {}
    for item in items:
        for citation in item.key.evidence:
            cited.setdefault(citation.article, set()).add(citation.paragraph)
    whole = sum(len(comparison.article(a).body.split()) for a in article_ids)
    excerpt = level == "middle" or (
        level == "high" and whole / READING_WPM["high"] > options.max_reading_minutes_high
    )
    packet = []
    for article_id in article_ids:
        article = comparison.article(article_id)
        numbered = [
            (paragraph_number(article, p.index), article.text[p.start : p.end])
            for p in article.body_paragraphs
        ]
        if excerpt:
            around = options.excerpt_paragraphs
            wanted = {
                n + d for n in cited.get(article_id, set()) for d in range(-around, around + 1)
            }
            numbered = [(n, t) for n, t in numbered if n in wanted]
        label = dict(options.outlet_labels).get(article.label)
        packet.append(
            replace(_lesson_article(comparison, article, tuple(numbered), excerpt), label=label)
        )
    return tuple(packet)


def _lesson_article(
    comparison: Comparison, article: Article, paragraphs: tuple[tuple[int, str], ...], excerpt: bool
) -> LessonArticle:
    return LessonArticle(
        id=article.id,
        outlet=comparison.label(article.id),
        title=article.title,
        date=article.date,
        url=article.url,
        author=article.author,
        wire=article.wire,
        paragraphs=paragraphs,
        excerpt=excerpt,
    )


def _minutes(
    level: Level, packet: Sequence[LessonArticle], items: Sequence[LessonItem]
) -> tuple[tuple[str, int], ...]:
    words = sum(len(t.split()) for a in packet for _, t in a.paragraphs)
    reading = max(3, round(words / READING_WPM[level]))
    parts = [("Warm-up and vocabulary", 3), ("Reading", reading)]
    for section in SECTIONS:
        spent = sum(i.minutes for i in items if i.section == section)
        if spent:
            parts.append((section.capitalize(), spent))
    parts.append(("Discussion and exit ticket", 2 if level == "middle" else 3))
    return tuple(parts)


def build_lesson(
    comparison: Comparison,
    *,
    level: Level = "high",
    length: Length = "period",
    original: Article | None = None,
    matches: Sequence[OriginalMatch] = (),
    options: LessonOptions = DEFAULT_LESSON_OPTIONS,
) -> Lesson:
    """The lesson for ``comparison``; ``LessonError`` when it has too little in common."""
    chosen = _choose(comparison, level, options)
    # Outlets are told apart by date only when the lesson itself holds two of one outlet.
    in_lesson = [comparison.article(a) for group, _ in chosen for a in group]
    comparison = replace(comparison, labels=(*comparison.labels, *report_labels(in_lesson)))
    items = _candidates(comparison, chosen, level, options, original, matches)
    limits = {
        "middle": options.max_items_middle,
        "high": options.max_items_high,
        "college": options.max_items_college,
    }[level]
    limit = limits[("short", "period", "extended").index(length)]
    items = [
        replace(item, number=n, minutes=MINUTES.get(item.signal, item.minutes))
        for n, item in enumerate(_cap(items, limit), start=1)
    ]
    article_ids = [a for group, _ in chosen for a in group]
    packet = _packet(comparison, article_ids, items, level, options)
    views = [v for _, vs in chosen for v in vs[:1]]
    quotations = tuple(passages(comparison, v) for v in views)
    signals = {i.signal for i in items}
    vocabulary = VOCABULARY + tuple(
        v
        for v in VOCABULARY_MORE
        if (v[0] == "connotation" and "connotation" in signals)
        or (v[0] == "wire copy" and "control" in signals)
        or (v[0] == "omission" and level != "middle")
    )
    return Lesson(
        title=TITLE,
        level=level,
        length=length,
        articles=packet,
        quotations=quotations,
        items=tuple(items),
        # The word bank is for the verb items; without one it would only be noise.
        word_bank=WORD_BANK if level == "middle" and signals & {"verbs", "connotation"} else (),
        vocabulary=vocabulary,
        minutes=_minutes(level, packet, items),
        teacher_notes=_notes(comparison, chosen, excerpt=any(a.excerpt for a in packet)),
        provenance=_provenance(comparison, packet, level, length, original, options),
        original=original.body if original is not None else None,
    )


def _notes(
    comparison: Comparison,
    chosen: list[tuple[tuple[str, ...], list[FamilyView]]],
    *,
    excerpt: bool,
) -> tuple[str, ...]:
    label: Callable[[str], str] = comparison.label
    notes = [
        "Before class, open each article's live page and check the text printed here "
        "against it: framediff reads saved text, and pages change after publication or are "
        "cut short by paywalls.",
        "Every finding in this key was made by rules, not judgement; check each one against "
        "the article before you rely on it in class.",
        "Keep the discussion on the words in the texts. Outlets are not labelled left or "
        "right here, and a difference is a question to investigate, not a verdict.",
        "News about war, elections or other contested events can be personal for students: "
        "agree on discussion norms first (listen, cite the text, criticise words, not "
        "people) and say that no outlet or country is being judged as a whole.",
    ]
    if len(chosen) > 1:
        groups = "; ".join(", ".join(label(a) for a in group) for group, _ in chosen)
        notes.append(
            "framediff found that these articles report different occasions of the story ("
            + groups
            + "); the items compare only articles about the same occasion."
        )
    wires = [a for group, _ in chosen for a in group if comparison.article(a).wire]
    for article_id in wires:
        notes.append(
            f"{label(article_id)} credits {comparison.article(article_id).wire}: its text may "
            "be shared copy rather than its own reporting."
        )
    if excerpt:
        notes.append(
            "The worksheet prints excerpts (the paragraphs the items use, with their "
            "neighbours); paragraph numbers are those of the full articles."
        )
    notes.append(
        "Quotations whose speaker framediff could only guess (a pronoun, an unnamed source) "
        "carry no item about who is speaking."
    )
    return tuple(notes)


def _provenance(
    comparison: Comparison,
    packet: Sequence[LessonArticle],
    level: Level,
    length: Length,
    original: Article | None,
    options: LessonOptions,
) -> tuple[tuple[str, str], ...]:
    used = {a.id for a in packet}
    rows = [
        (
            comparison.label(a.id),
            "; ".join(bit for bit in (f"“{a.title}”", a.date, a.author, a.url, a.path) if bit)
            + ("" if a.id in used else " (compared, not in this lesson)"),
        )
        for a in comparison.articles
    ]
    if original is not None:
        rows.append(("Original", "; ".join(b for b in (original.title, original.path) if b)))
    if options.outlet_labels:
        rows.append(("Outlet labels", "supplied by the teacher, not by framediff"))
    rows.append(("framediff", __version__))
    rows.append(("Level and length", f"{level}, {length}"))
    rows.append(("Lesson thresholds", ", ".join(f"{k}={v}" for k, v in asdict(options).items())))
    return tuple(rows)
