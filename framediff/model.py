"""The data model: small frozen records that every stage passes along.

Every span (paragraph, sentence, quotation, removed block) carries character offsets into
the cleaned text of its article, so any line of a report can be traced back to the words
it came from. Each record has a ``to_json`` method giving its wire form; where a record is
read back (articles in a JSON Lines corpus), a ``from_json`` restores it exactly.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Any, Literal, TypeVar

ParagraphRole = Literal["headline", "standfirst", "body"]
QuoteKind = Literal["speech", "fragment", "term"]
EditKind = Literal["elision", "insertion"]


def _fields_json(record: Any) -> dict[str, Any]:
    """The wire form of a flat record: its fields in declaration order."""
    return {f.name: getattr(record, f.name) for f in fields(record)}


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of cleaned text: the headline, a standfirst (subtitle) or body text."""

    index: int
    start: int
    end: int
    role: ParagraphRole

    def to_json(self, text: str) -> dict[str, Any]:
        return {
            "index": self.index,
            "role": self.role,
            "start": self.start,
            "end": self.end,
            "text": text[self.start : self.end],
        }


@dataclass(frozen=True)
class Sentence:
    """A sentence of cleaned text, inside exactly one paragraph."""

    index: int
    paragraph: int
    start: int
    end: int

    def to_json(self, text: str) -> dict[str, Any]:
        return {
            "index": self.index,
            "paragraph": self.paragraph,
            "start": self.start,
            "end": self.end,
            "text": text[self.start : self.end],
        }


@dataclass(frozen=True)
class Removal:
    """A block of the raw text that cleaning removed, and why.

    ``line`` is the 1-based line of the raw text where the block starts, so a user can find
    it in the file they handed in.
    """

    text: str
    reason: str
    rule: str
    line: int

    def to_json(self) -> dict[str, Any]:
        return {"line": self.line, "rule": self.rule, "reason": self.reason, "text": self.text}


@dataclass(frozen=True)
class Article:
    """One news article: its metadata, raw text and cleaned text with structure."""

    id: str
    path: str
    outlet: str | None
    title: str
    date: str | None
    author: str | None
    url: str | None
    raw_text: str
    text: str
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    removed: tuple[Removal, ...] = ()
    source_format: str = "text"
    encoding: str | None = None
    story: str | None = None
    # The news agency or original publisher the text credits ("The Canadian Press"), when
    # the article is wire copy or republished.
    wire: str | None = None

    @property
    def body_paragraphs(self) -> tuple[Paragraph, ...]:
        return tuple(p for p in self.paragraphs if p.role != "headline")

    @property
    def body(self) -> str:
        """The cleaned text without its headline, one paragraph a line."""
        return "\n\n".join(self.text[p.start : p.end] for p in self.body_paragraphs)

    @property
    def label(self) -> str:
        """The short name reports use for this article: its outlet, else its id."""
        return self.outlet or self.id

    def sentence_text(self, sentence: Sentence) -> str:
        return self.text[sentence.start : sentence.end]

    def to_json(self, *, full: bool = True) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "path": self.path,
            "outlet": self.outlet,
            "title": self.title,
            "date": self.date,
            "author": self.author,
            "wire": self.wire,
            "url": self.url,
        }
        if full:
            data.update(
                {
                    "story": self.story,
                    "source_format": self.source_format,
                    "encoding": self.encoding,
                    "text": self.text,
                    "body": self.body,
                    "paragraphs": [p.to_json(self.text) for p in self.paragraphs],
                    "sentences": [s.to_json(self.text) for s in self.sentences],
                    "removed": [r.to_json() for r in self.removed],
                }
            )
        return data


@dataclass(frozen=True)
class MarkedEdit:
    """An edit the writer marked inside a quotation: an ellipsis or a bracketed insertion."""

    kind: EditKind
    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class Quote:
    """A direct quotation: the words inside the marks, who said them, and how.

    ``start``/``end`` delimit ``text`` (the words inside the marks) in the article's cleaned
    text. Parts of one utterance split by its attribution ("…,” he said. “…”) share
    ``utterance``, the index of the first part.
    """

    article: str
    index: int
    text: str
    start: int
    end: int
    kind: QuoteKind
    speaker: str | None
    speaker_mention: str | None
    verb: str | None
    verb_lemma: str | None
    utterance: int
    paragraph: int
    open_mark: str
    close_mark: str
    edits: tuple[MarkedEdit, ...] = field(default=())
    speaker_start: int | None = None
    speaker_end: int | None = None
    # Where the cue (``verb``) is written; a quotation that inherits its speaker from an
    # earlier one ("“…” he said. “…”") points at that quotation's verb.
    verb_start: int | None = None
    verb_end: int | None = None

    @property
    def is_direct_speech(self) -> bool:
        return self.kind != "term"

    def credited_as(self, other: Quote) -> Quote:
        """This quotation with ``other``'s speaker and verb: a part of one utterance, or a
        headline's cut of words the story credits."""
        return replace(
            self,
            speaker=other.speaker,
            speaker_mention=other.speaker_mention,
            speaker_start=other.speaker_start,
            speaker_end=other.speaker_end,
            verb=other.verb,
            verb_lemma=other.verb_lemma,
            verb_start=other.verb_start,
            verb_end=other.verb_end,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "index": self.index,
            "text": self.text,
            "kind": self.kind,
            "speaker": self.speaker,
            "speaker_mention": self.speaker_mention,
            "speaker_start": self.speaker_start,
            "speaker_end": self.speaker_end,
            "verb": self.verb,
            "verb_lemma": self.verb_lemma,
            "verb_start": self.verb_start,
            "verb_end": self.verb_end,
            "start": self.start,
            "end": self.end,
            "paragraph": self.paragraph,
            "utterance": self.utterance,
            "open_mark": self.open_mark,
            "close_mark": self.close_mark,
            "edits": [e.to_json() for e in self.edits],
        }


@dataclass(frozen=True)
class ReportedSpeech:
    """A sentence that reports somebody's words without quoting them as speech.

    "Zelenskyy claimed that NATO wouldn't …", "Stoltenberg expressed opposition to …": the
    source mention as written (``speaker_mention`` at ``speaker_start:speaker_end``), the
    speaker it resolves to, and the cue (``verb`` as written, its lemma and offsets).
    ``start``/``end`` delimit the sentence (``sentence`` is its index in
    ``Article.sentences``). A sentence that borrows a few quoted words ("called it “…”") is
    reported speech whose cue is that fragment's: ``quote`` is then the fragment's index.
    """

    article: str
    index: int
    paragraph: int
    sentence: int
    start: int
    end: int
    speaker: str | None
    speaker_mention: str
    speaker_start: int
    speaker_end: int
    verb: str
    verb_lemma: str
    verb_start: int
    verb_end: int
    quote: int | None = None

    def to_json(self) -> dict[str, Any]:
        return _fields_json(self)


@dataclass(frozen=True)
class NameMention:
    """A capitalised word that may be a person's surname, with the title written before it.

    ``text`` is the phrase as written ("Ukrainian President Zelensky"), ``spelling`` the
    surname alone ("Zelensky"). ``speaker`` is filled when the comparison knows a quoted
    person of that surname, in any article; otherwise the word is nobody known.
    """

    article: str
    text: str
    spelling: str
    start: int
    end: int
    speaker: str | None = None

    def to_json(self) -> dict[str, Any]:
        return _fields_json(self)


@dataclass(frozen=True)
class Attributions:
    """What the attribution stage found in one article: its direct quotations, its reported
    speech and the places it names people, all in text order."""

    article: str
    quotes: tuple[Quote, ...] = ()
    reported: tuple[ReportedSpeech, ...] = ()
    mentions: tuple[NameMention, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "quotes": [q.to_json() for q in self.quotes],
            "reported": [r.to_json() for r in self.reported],
            "mentions": [m.to_json() for m in self.mentions],
        }


_Record = TypeVar("_Record")


def record_without_init(record_type: type[_Record], /, **values: object) -> _Record:
    """``record_type(**values)`` for a frozen dataclass, made without its ``__init__``,
    which sets each field by ``object.__setattr__`` (the price of being frozen): for the
    records an article makes by the hundred (paragraphs, sentences, quote
    spans, quotations, name mentions). ``values`` names every field, in the dataclass's
    order, and the dataclass has no ``__post_init__``; tests hold each caller to the
    dataclass (equality, repr, hash, field order)."""
    record = object.__new__(record_type)
    record.__dict__.update(values)
    return record
