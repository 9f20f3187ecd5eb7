"""The data model: small frozen records that every stage passes along.

Every span (paragraph, sentence, quotation, removed block) carries character offsets into
the cleaned text of its article, so any line of a report can be traced back to the words
it came from. Each record has a ``to_json`` method giving its wire form; where a record is
read back (articles in a JSON Lines corpus), a ``from_json`` restores it exactly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

ParagraphRole = Literal["headline", "standfirst", "body"]
QuoteKind = Literal["speech", "fragment", "term"]
EditKind = Literal["elision", "insertion"]


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

    @property
    def is_direct_speech(self) -> bool:
        return self.kind != "term"

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
            "start": self.start,
            "end": self.end,
            "paragraph": self.paragraph,
            "utterance": self.utterance,
            "open_mark": self.open_mark,
            "close_mark": self.close_mark,
            "edits": [e.to_json() for e in self.edits],
        }
