"""The corpus database: SQLite tables any tool opens as they are (Datasette, sqlite-utils,
pandas), and optionally the same tables as Parquet files.

This is the corpus stage's only I/O; the CLI opens the store and hands it to
``index_corpus``. Every run writes in one transaction: a run that fails leaves the database
as it was. Tables (docs/corpus.md has the columns):

``articles``      one row an article: metadata, cleaned text, paragraph roles, content hash
``attributions``  every direct quotation part, with its speaker as written and resolved
``quotations``    utterances (parts joined): the units families are made of
``families``      one row a family: fullest text, speaker, outlets, cuts, credits differ
``members``       which quotations (and articles) belong to each family
``links``         pairs of quotations found to be one utterance, kept for the next run
``meta``          the schema version and the options of the last run
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from framediff.corpus.blocking import IntArray
from framediff.corpus.records import ArticleRecord, ExtractedArticle, FamilyRow
from framediff.errors import InputError, OutputError

SCHEMA_VERSION = "1"

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY, outlet TEXT, title TEXT, date TEXT, author TEXT, url TEXT,
    path TEXT, story TEXT, wire TEXT, content_hash TEXT NOT NULL, roles TEXT NOT NULL,
    text TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS attributions (
    id INTEGER PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id),
    quote_index INTEGER NOT NULL, utterance INTEGER NOT NULL, kind TEXT NOT NULL,
    text TEXT NOT NULL, start_char INTEGER NOT NULL, end_char INTEGER NOT NULL,
    speaker TEXT, speaker_mention TEXT, verb TEXT, verb_lemma TEXT
);
CREATE TABLE IF NOT EXISTS quotations (
    id INTEGER PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id),
    utterance INTEGER NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL,
    start_char INTEGER NOT NULL, end_char INTEGER NOT NULL, speaker TEXT, verb TEXT,
    words TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS links (
    a INTEGER NOT NULL REFERENCES quotations(id), b INTEGER NOT NULL REFERENCES quotations(id),
    PRIMARY KEY (a, b)
);
CREATE TABLE IF NOT EXISTS families (
    id INTEGER PRIMARY KEY, text TEXT NOT NULL, speaker TEXT, quotations INTEGER NOT NULL,
    articles INTEGER NOT NULL, outlets INTEGER NOT NULL, cuts INTEGER NOT NULL,
    speakers INTEGER NOT NULL, attribution_differs INTEGER NOT NULL, first_date TEXT,
    last_date TEXT
);
CREATE TABLE IF NOT EXISTS members (
    family_id INTEGER NOT NULL REFERENCES families(id),
    quotation_id INTEGER NOT NULL REFERENCES quotations(id),
    article_id TEXT NOT NULL REFERENCES articles(id),
    PRIMARY KEY (family_id, quotation_id)
);
CREATE INDEX IF NOT EXISTS attributions_article ON attributions(article_id);
CREATE INDEX IF NOT EXISTS quotations_article ON quotations(article_id);
CREATE INDEX IF NOT EXISTS members_quotation ON members(quotation_id);
CREATE INDEX IF NOT EXISTS members_article ON members(article_id);
CREATE INDEX IF NOT EXISTS families_outlets ON families(outlets DESC, quotations DESC);
CREATE INDEX IF NOT EXISTS families_speaker ON families(speaker);
CREATE INDEX IF NOT EXISTS articles_outlet ON articles(outlet);
CREATE INDEX IF NOT EXISTS articles_date ON articles(date);
"""

TABLES = ("articles", "attributions", "quotations", "families", "members", "links", "meta")


@dataclass(frozen=True)
class StoredQuotation:
    """A quotation as read back for grouping."""

    id: int
    article: str
    text: str
    speaker: str | None
    words: tuple[str, ...]


class CorpusStore:
    """An open corpus database."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self.connection = connection
        self.path = path

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> CorpusStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- reading -------------------------------------------------------------------
    def hashes(self) -> dict[str, str]:
        """Article id to content hash, for every stored article."""
        rows = self.connection.execute("SELECT id, content_hash FROM articles")
        return {str(i): str(h) for i, h in rows}

    def quotations(self) -> list[StoredQuotation]:
        rows = self.connection.execute(
            "SELECT id, article_id, text, speaker, words FROM quotations ORDER BY id"
        )
        return [
            StoredQuotation(int(i), str(a), str(t), s, tuple(str(w).split()))
            for i, a, t, s, w in rows
        ]

    def links(self) -> list[tuple[int, int]]:
        return [(int(a), int(b)) for a, b in self.connection.execute("SELECT a, b FROM links")]

    def texts_and_spans(self) -> Iterator[tuple[str, list[tuple[int, int]]]]:
        """Each article's cleaned text and the spans of its quotation parts."""
        spans: dict[str, list[tuple[int, int]]] = {}
        for article, start, end in self.connection.execute(
            "SELECT article_id, start_char, end_char FROM attributions"
        ):
            spans.setdefault(str(article), []).append((int(start), int(end)))
        for article, text in self.connection.execute("SELECT id, text FROM articles"):
            yield str(text), spans.get(str(article), [])

    def outlets_and_dates(self) -> dict[str, tuple[str, str | None]]:
        rows = self.connection.execute("SELECT id, outlet, date FROM articles")
        return {str(i): (str(o or i), d) for i, o, d in rows}

    # --- writing (inside ``transaction``) ------------------------------------------
    @property
    def transaction(self) -> sqlite3.Connection:
        """``with store.transaction:`` commits all or nothing."""
        return self.connection

    def remove_articles(self, ids: Iterable[str]) -> None:
        """Forget articles (changed since the last run) and all that was found in them."""
        db = self.connection
        for article in ids:
            quoted = "SELECT id FROM quotations WHERE article_id = ?"
            db.execute(
                f"DELETE FROM links WHERE a IN ({quoted}) OR b IN ({quoted})", (article, article)
            )
            db.execute("DELETE FROM members WHERE article_id = ?", (article,))
            db.execute("DELETE FROM quotations WHERE article_id = ?", (article,))
            db.execute("DELETE FROM attributions WHERE article_id = ?", (article,))
            db.execute("DELETE FROM articles WHERE id = ?", (article,))

    def add_articles(self, found: Sequence[ExtractedArticle]) -> None:
        db = self.connection
        db.executemany(
            "INSERT INTO articles VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            [_article_row(e.article) for e in found],
        )
        db.executemany(
            "INSERT INTO attributions (article_id, quote_index, utterance, kind, text, "
            "start_char, end_char, speaker, speaker_mention, verb, verb_lemma) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [
                (
                    q.article,
                    q.index,
                    q.utterance,
                    q.kind,
                    q.text,
                    q.start,
                    q.end,
                    q.speaker,
                    q.speaker_mention,
                    q.verb,
                    q.verb_lemma,
                )
                for e in found
                for q in e.parts
            ],
        )
        db.executemany(
            "INSERT INTO quotations (article_id, utterance, kind, text, start_char, end_char, "
            "speaker, verb, words) VALUES (?,?,?,?,?,?,?,?,?)",
            [
                (
                    q.article,
                    q.utterance,
                    q.kind,
                    q.text,
                    q.start,
                    q.end,
                    q.speaker,
                    q.verb,
                    " ".join(q.words),
                )
                for e in found
                for q in e.quotes
            ],
        )

    def replace_families(
        self,
        families: Sequence[FamilyRow],
        members: Iterable[tuple[int, int, str]],
        links: IntArray,
    ) -> None:
        db = self.connection
        db.execute("DELETE FROM members")
        db.execute("DELETE FROM families")
        db.execute("DELETE FROM links")
        db.executemany(
            "INSERT INTO families VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [
                (
                    f.id,
                    f.text,
                    f.speaker,
                    f.quotations,
                    f.articles,
                    f.outlets,
                    f.cuts,
                    f.speakers,
                    int(f.attribution_differs),
                    f.first_date,
                    f.last_date,
                )
                for f in families
            ],
        )
        db.executemany("INSERT INTO members VALUES (?,?,?)", members)
        unique = np.unique(np.sort(links, axis=1), axis=0) if len(links) else links
        db.executemany("INSERT INTO links VALUES (?,?)", [tuple(p) for p in unique.tolist()])

    def set_meta(self, values: dict[str, str]) -> None:
        self.connection.executemany(
            "INSERT OR REPLACE INTO meta VALUES (?,?)", sorted(values.items())
        )


def _article_row(a: ArticleRecord) -> tuple[object, ...]:
    return (
        a.id,
        a.outlet,
        a.title,
        a.date,
        a.author,
        a.url,
        a.path,
        a.story,
        a.wire,
        a.content_hash,
        json.dumps(list(a.roles)),
        a.text,
    )


def open_store(path: Path, *, create: bool) -> CorpusStore:
    """Open (or, with ``create``, create) the corpus database at ``path``."""
    if not create and not path.is_file():
        raise InputError(f"{path}: no such corpus database; build one with 'framediff index'")
    try:
        connection = sqlite3.connect(path)
        version = _schema_version(connection)
        if version is None and create:
            with connection:
                _create(connection)
        elif version is None:
            raise InputError(f"{path} is not a framediff corpus database (no meta table)")
        elif version != SCHEMA_VERSION:
            raise InputError(
                f"{path} has corpus schema {version}, this framediff writes {SCHEMA_VERSION}: "
                "index the corpus into a new file"
            )
    except sqlite3.DatabaseError as error:
        raise InputError(f"{path} is not an SQLite database ({error})") from error
    return CorpusStore(connection, path)


def _create(connection: sqlite3.Connection) -> None:
    for statement in SCHEMA.split(";"):
        if statement.strip():
            connection.execute(statement)
    connection.execute("INSERT INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))


def _schema_version(connection: sqlite3.Connection) -> str | None:
    found = connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'meta'"
    ).fetchone()
    if found is None:
        return None
    row = connection.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
    return str(row[0]) if row else None


def write_parquet(store: CorpusStore, folder: Path) -> list[Path]:
    """Every table as ``folder/<table>.parquet`` (pyarrow, the ``parquet`` extra)."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as error:
        raise OutputError("--parquet needs pyarrow: pip install 'framediff[parquet]'") from error
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for table in TABLES:
        cursor = store.connection.execute(f"SELECT * FROM {table}")
        columns = [c[0] for c in cursor.description]
        rows = cursor.fetchall()
        data = {name: [row[n] for row in rows] for n, name in enumerate(columns)}
        target = folder / f"{table}.parquet"
        partial = folder / f".{table}.parquet.partial"
        pq.write_table(pa.table(data), partial)
        partial.replace(target)
        written.append(target)
    return written
