"""Reading a corpus database: which families, and the articles of one, back as ``Article``.

What leads from a million articles to one lesson: ``list_families`` finds the families
worth reading (most outlets first), ``family_articles`` the articles that quote one, and
``stored_articles`` rebuilds them exactly as they were indexed, for ``compare``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from framediff.corpus.records import FamilyRow
from framediff.corpus.store import CorpusStore
from framediff.errors import InputError
from framediff.ingest.build import article_from_clean_text
from framediff.model import Article, ParagraphRole


@dataclass(frozen=True)
class Rendering:
    """How one article renders a family: its words and whom it credits."""

    article: str
    outlet: str | None
    date: str | None
    text: str
    speaker: str | None
    verb: str | None


def list_families(
    store: CorpusStore,
    *,
    speaker: str | None = None,
    min_outlets: int = 2,
    since: str | None = None,
    limit: int | None = 50,
) -> list[FamilyRow]:
    """Families quoted by at least ``min_outlets`` outlets, most outlets first.

    ``speaker`` keeps families in which some article credits a speaker whose name contains
    it (case-insensitive); ``since`` (an ISO date) those quoted on or after it.
    """
    where: list[str] = ["outlets >= ?"]
    args: list[object] = [min_outlets]
    if speaker:
        where.append(
            "EXISTS (SELECT 1 FROM members m JOIN quotations q ON q.id = m.quotation_id "
            "WHERE m.family_id = families.id AND q.speaker LIKE ?)"
        )
        args.append(f"%{speaker}%")
    if since:
        where.append("last_date >= ?")
        args.append(since)
    sql = (
        f"SELECT * FROM families WHERE {' AND '.join(where)} "
        "ORDER BY outlets DESC, quotations DESC, id"
    )
    if limit is not None:
        sql += " LIMIT ?"
        args.append(limit)
    rows = store.connection.execute(sql, args).fetchall()
    return [_family_row(row) for row in rows]


def _family_row(row: Sequence[Any]) -> FamilyRow:
    return FamilyRow(
        id=row[0],
        text=row[1],
        speaker=row[2],
        quotations=row[3],
        articles=row[4],
        outlets=row[5],
        cuts=row[6],
        speakers=row[7],
        attribution_differs=bool(row[8]),
        first_date=row[9],
        last_date=row[10],
    )


def family_renderings(store: CorpusStore, family: int) -> list[Rendering]:
    """Each member of ``family``: its outlet, words and credited speaker."""
    rows = store.connection.execute(
        "SELECT a.id, a.outlet, a.date, q.text, q.speaker, q.verb FROM members m "
        "JOIN quotations q ON q.id = m.quotation_id JOIN articles a ON a.id = m.article_id "
        "WHERE m.family_id = ? ORDER BY a.date, a.id, q.start_char",
        (family,),
    ).fetchall()
    return [Rendering(*row) for row in rows]


def family_articles(store: CorpusStore, family: int) -> list[str]:
    """The ids of the articles that quote ``family``."""
    found = store.connection.execute("SELECT 1 FROM families WHERE id = ?", (family,)).fetchone()
    if found is None:
        raise InputError(
            f"{store.path} has no family {family}: list them with 'framediff families'"
        )
    rows = store.connection.execute(
        "SELECT DISTINCT article_id FROM members WHERE family_id = ? ORDER BY article_id",
        (family,),
    )
    return [str(r[0]) for r in rows]


def stored_articles(store: CorpusStore, ids: Sequence[str]) -> list[Article]:
    """The articles ``ids`` as indexed: cleaned text, paragraph roles and metadata."""
    articles = []
    for article_id in ids:
        row = store.connection.execute(
            "SELECT id, outlet, title, date, author, url, path, story, wire, roles, text "
            "FROM articles WHERE id = ?",
            (article_id,),
        ).fetchone()
        if row is None:
            raise InputError(f"{store.path} has no article {article_id!r}")
        roles: list[ParagraphRole] = json.loads(row[9])
        articles.append(
            article_from_clean_text(
                row[10],
                id=row[0],
                outlet=row[1],
                title=row[2],
                date=row[3],
                author=row[4],
                url=row[5],
                path=row[6] or "",
                story=row[7],
                wire=row[8],
                roles=roles,
            )
        )
    return articles
