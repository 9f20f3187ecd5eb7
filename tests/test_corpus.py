"""framediff index: a corpus into SQLite families, the same families ``compare`` finds."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from framediff.cli import app
from framediff.compare import compare
from framediff.corpus.blocking import candidate_pairs, vocabulary
from framediff.corpus.cluster import family_digest
from framediff.corpus.engine_local import LocalEngine
from framediff.corpus.extract import extract_articles
from framediff.corpus.grouping import group_quotations
from framediff.model import Article
from framediff.options import CorpusOptions
from framediff.variants import canonical_words
from tests.conftest import ROOT, STORY

runner = CliRunner()
# The one query docs/corpus.md shows: which outlets quoted a sentence, whom each credited.
WHO_QUOTED = (ROOT / "docs" / "corpus.md").read_text(encoding="utf-8").split("```sql\n")[1]
WHO_QUOTED = WHO_QUOTED.split("```")[0]


def _pairs(texts: list[str], **options: int) -> set[tuple[int, int]]:
    found = candidate_pairs(
        vocabulary([canonical_words(t) for t in texts]), options=CorpusOptions(**options)
    )
    return {(int(a), int(b)) for a, b in found.tolist()}


def test_blocking_pairs_texts_that_share_a_distinctive_run() -> None:
    texts = [
        "We will shoot down Russian missiles over western Ukraine",
        "shoot down Russian missiles",
        "It is not what it is and it is not",
        "it is not what we want",
        "The weather in Warsaw was mild",
    ]
    pairs = _pairs(texts)
    assert (0, 1) in pairs
    # "it is not" is all function words: never a reason to compare two texts.
    assert (2, 3) not in pairs
    assert not any(4 in pair for pair in pairs)


def test_a_shingle_held_by_too_many_texts_is_dropped() -> None:
    texts = [f"the united states said {word} today" for word in ("yes", "no", "maybe", "later")]
    assert _pairs(texts, shingle_cap=48)
    assert not _pairs(texts, shingle_cap=3)


def _families(
    articles: list[Article], engine: object = None, options: CorpusOptions | None = None
) -> set[frozenset[tuple[str, int]]]:
    quotes = [q for e in extract_articles(articles) for q in e.quotes]
    grouped = group_quotations(
        [q.words for q in quotes],
        [q.speaker for q in quotes],
        engine=engine or LocalEngine(1),  # type: ignore[arg-type]
        options=options or CorpusOptions(),
    )
    groups: dict[int, set[tuple[str, int]]] = {}
    for quote, label in zip(quotes, grouped.labels.tolist(), strict=True):
        groups.setdefault(label, set()).add((quote.article, quote.utterance))
    return {frozenset(g) for g in groups.values() if len({a for a, _ in g}) > 1}


def test_corpus_families_are_the_families_compare_finds(
    seed_articles: dict[str, Article],
) -> None:
    articles = list(seed_articles.values())
    expected = {
        frozenset((q.article, q.utterance) for q in f.members)
        for f in compare(articles).families
        if f.shared
    }
    assert expected
    assert _families(articles) == expected


def test_the_digest_depends_on_the_families_not_their_order() -> None:
    labels = np.asarray([0, 0, 2, 3, 2], dtype=np.int64)
    keys = ["a", "b", "c", "d", "e"]
    relabelled = np.asarray([9, 9, 4, 3, 4], dtype=np.int64)
    assert family_digest(labels, keys) == family_digest(relabelled, keys)
    assert family_digest(labels, keys) != family_digest(np.arange(5, dtype=np.int64), keys)


def test_the_dask_engine_finds_the_same_families(seed_articles: dict[str, Article]) -> None:
    pytest.importorskip("distributed")
    from framediff.corpus.engine_dask import DaskEngine

    articles = list(seed_articles.values())
    # Every sentence of the seeds, and each cut at both ends: many families of two or more.
    sentences = [canonical_words(a.sentence_text(s)) for a in articles for s in a.sentences]
    words = sentences + [s[2:-2] for s in sentences if len(s) > 10]
    speakers = [None] * len(words)
    keys = [str(n) for n in range(len(words))]
    options = CorpusOptions(pair_chunk=50)  # many tasks, spread over both workers
    with DaskEngine(workers=2) as engine:
        on_dask = _families(articles, engine)
        grouped = group_quotations(words, speakers, engine=engine, options=options)
    local = group_quotations(words, speakers, engine=LocalEngine(2), options=options)
    assert on_dask == _families(articles)
    assert on_dask
    assert len(np.unique(local.labels)) < len(words)
    assert family_digest(grouped.labels, keys) == family_digest(local.labels, keys)


def _index(paths: list[str], database: Path) -> str:
    result = runner.invoke(app, ["index", *paths, "-o", str(database), "--workers", "1"])
    assert result.exit_code == 0, result.output
    return result.output


def test_index_writes_a_database_that_answers_who_quoted_what(tmp_path: Path) -> None:
    database = tmp_path / "corpus.db"
    summary = _index([str(STORY)], database)
    assert "5 articles (5 new, 0 changed, 0 unchanged)" in summary
    with sqlite3.connect(database) as db:
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"articles", "quotations", "families", "members", "attributions"} <= tables
        shared = db.execute("SELECT id, outlets FROM families WHERE outlets > 1").fetchall()
        rows = db.execute(WHO_QUOTED, {"words": "%shoot down%"}).fetchall()
    assert shared
    outlets = {outlet for outlet, *_ in rows}
    assert len(outlets) >= 2, rows

    listed = runner.invoke(app, ["families", str(database), "--format", "json"])
    assert listed.exit_code == 0, listed.output
    families = json.loads(listed.output)
    assert [f["id"] for f in families] == [f for f, _ in shared]
    nobody = runner.invoke(app, ["families", str(database), "--speaker", "Nobody Atall"])
    assert "No families match" in nobody.output


def test_index_adds_new_articles_without_redoing_the_rest(tmp_path: Path) -> None:
    story = tmp_path / "story"
    shutil.copytree(STORY, story)
    extra = story / "006_extra.txt"
    first = sorted(story.glob("*.txt"))[0]
    database = tmp_path / "corpus.db"
    _index([str(story)], database)
    extra.write_text(first.read_text(encoding="utf-8"), encoding="utf-8")
    summary = _index([str(story)], database)
    assert "6 articles (1 new, 0 changed, 5 unchanged)" in summary
    # The copied article quotes all the first one does: its quotations join their families.
    with sqlite3.connect(database) as db:
        alone = db.execute(
            "SELECT COUNT(*) FROM members m JOIN families f ON f.id = m.family_id "
            "WHERE m.article_id = '006_extra' AND f.articles = 1"
        ).fetchone()[0]
    assert alone == 0


def test_a_run_cleans_only_the_articles_it_extracts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Cleaning runs with extraction, for the new and changed articles only: a run over a
    # corpus with one new article cleans that one, not the five it already holds.
    import framediff.ingest.load as load

    cleaned: list[str] = []
    real_clean_text = load.clean_text

    def counting_clean_text(raw: str, **options: Any) -> Any:
        cleaned.append(raw)
        return real_clean_text(raw, **options)

    monkeypatch.setattr(load, "clean_text", counting_clean_text)
    story = tmp_path / "story"
    shutil.copytree(STORY, story)
    database = tmp_path / "corpus.db"
    _index([str(story)], database)
    assert len(cleaned) == 5
    extra = sorted(story.glob("*.txt"))[0].read_text(encoding="utf-8") + "\nOne more line.\n"
    (story / "006_extra.txt").write_text(extra, encoding="utf-8")
    cleaned.clear()
    summary = _index([str(story)], database)
    assert "6 articles (1 new, 0 changed, 5 unchanged)" in summary
    assert cleaned == [extra]


def test_a_run_that_fails_leaves_no_new_database_and_an_old_one_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import framediff.corpus.extract as extract
    from framediff.errors import InputError

    def refuse(*args: object, **options: object) -> Article:
        raise InputError("x.txt: nothing is left after removing boilerplate")

    story = tmp_path / "story"
    shutil.copytree(STORY, story)
    kept = tmp_path / "kept.db"
    _index([str(story)], kept)
    before = kept.read_bytes()
    (story / "006_extra.txt").write_text("A new article.\n\nIt says little.\n", encoding="utf-8")
    monkeypatch.setattr(extract, "article_from_source", refuse)
    for database in (tmp_path / "new.db", kept):
        args = ["index", str(story), "-o", str(database), "--workers", "1"]
        result = runner.invoke(app, args)
        assert result.exit_code != 0
        assert "nothing is left after removing boilerplate" in result.output
        assert "Traceback" not in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kept.db", "story"]
    assert kept.read_bytes() == before


def test_compare_from_a_family_is_the_ordinary_comparison(
    tmp_path: Path, seed_articles: dict[str, Article]
) -> None:
    database = tmp_path / "corpus.db"
    _index([str(STORY)], database)
    with sqlite3.connect(database) as db:
        (family,) = db.execute("SELECT id FROM families ORDER BY outlets DESC LIMIT 1").fetchone()
        ids = [
            r[0]
            for r in db.execute(
                "SELECT DISTINCT article_id FROM members WHERE family_id = ?", (family,)
            )
        ]
    result = runner.invoke(
        app, ["compare", "--from", str(database), "--family", str(family), "-f", "json"]
    )
    assert result.exit_code == 0, result.output
    expected = compare([seed_articles[i] for i in ids])
    report = json.loads(result.output)
    assert [f["members"] for f in report["quote_families"]] == [
        f.to_json()["members"] for f in expected.families
    ]


def test_compare_from_needs_a_family_or_articles(tmp_path: Path) -> None:
    database = tmp_path / "corpus.db"
    _index([str(STORY)], database)
    result = runner.invoke(app, ["compare", "--from", str(database)])
    assert result.exit_code == 2
    assert "--family" in result.output
    missing = runner.invoke(app, ["compare", "--from", str(tmp_path / "none.db"), "--family", "1"])
    assert missing.exit_code == 3


def test_the_quick_bound_never_refuses_a_pair_the_decision_joins(
    seed_articles: dict[str, Article],
) -> None:
    from framediff.align.utterance import same_words
    from framediff.corpus.verify import could_join
    from framediff.options import AlignOptions

    sentences = [
        canonical_words(a.sentence_text(s)) for a in seed_articles.values() for s in a.sentences
    ]
    # Sentences against their own cuts and against each other, with and without speakers.
    texts = sentences + [s[2:-2] for s in sentences if len(s) > 8]
    options = AlignOptions()
    refused = joined = 0
    for n, a in enumerate(texts[:150]):
        for b in texts[n + 1 : n + 60]:
            for against in (False, True):
                same = same_words(a, b, different_speakers=against, options=options)
                joined += same
                if not could_join(a, b, different_speakers=against, options=options, rarity=None):
                    refused += 1
                    assert not same, (a, b)
    assert refused and joined


def test_a_fragment_the_writers_also_write_is_a_stock_phrase() -> None:
    from framediff.corpus.stock import stock_phrases

    fragment = canonical_words("radical Islamic terrorism")
    prose = "He warned again of radical Islamic terrorism on Monday."
    quoted = 'He said "radical Islamic terrorism" on Monday.'
    start = quoted.index("radical")
    spans = [(start, start + len("radical Islamic terrorism"))]
    assert stock_phrases([fragment], [(prose, [])], max_words=6).used(fragment)
    # Inside quotation marks the words are somebody's, not the writer's.
    assert not stock_phrases([fragment], [(quoted, spans)], max_words=6).used(fragment)


@settings(max_examples=80, deadline=None)
@given(
    st.lists(st.lists(st.sampled_from(["the", "red", "line", "is", "red"]), max_size=4)),
    st.lists(st.sampled_from(["the", "red", "line", "is", "red", "\n", "not", "Red,"])),
)
def test_stock_phrases_are_the_short_texts_written_as_runs_of_the_prose(
    short: list[list[str]], prose_words: list[str]
) -> None:
    from framediff.corpus.stock import stock_phrases

    prose = " ".join(prose_words)
    found = stock_phrases(short, [(prose, [])], max_words=3)
    for paragraph in prose.split("\n"):
        written = f" {' '.join(canonical_words(paragraph))} "
        for words in short:
            if 0 < len(words) <= 3 and f" {' '.join(words)} " in written:
                assert found.used(words)
    for words in short:
        if found.used(words):
            assert any(
                f" {' '.join(words)} " in f" {' '.join(canonical_words(p))} "
                for p in prose.split("\n")
            )


def test_the_bound_for_a_whole_task_is_the_bound_pair_by_pair(
    seed_articles: dict[str, Article],
) -> None:
    from framediff.align.utterance import word_rarity
    from framediff.corpus.verify import could_join, pair_task, possible
    from framediff.options import AlignOptions

    sentences = [a.sentence_text(s) for a in seed_articles.values() for s in a.sentences]
    texts = [canonical_words(s) for s in sentences[:60]]
    # Cuts, a repeated word and a censored word, so that every branch of the bound is met.
    texts += [t[2:-2] for t in texts if len(t) > 8]
    texts += [("the", "the", "the", "vote", "vote"), ("the", "vote", "vote", "is", "the")]
    texts += [("what", "the", "f***", "is", "going", "on"), ("what", "the", "fuck", "is")]
    speakers = [None, "doe", "roe"]
    node_speakers = [speakers[n % 3] for n in range(len(texts))]
    vocab = vocabulary(texts)
    pairs = np.asarray([(a, b) for a in range(len(texts)) for b in range(a, len(texts))])
    task = pair_task(pairs, vocab, node_speakers)
    options = AlignOptions()
    for rarity in (None, word_rarity(sentences, rare_in=1)):
        together = possible(task, options=options, rarity=rarity).tolist()
        one_by_one = [
            could_join(
                texts[a],
                texts[b],
                different_speakers=None not in (node_speakers[a], node_speakers[b])
                and node_speakers[a] != node_speakers[b],
                options=options,
                rarity=rarity,
            )
            for a, b in pairs.tolist()
        ]
        assert together == one_by_one
        assert 0 < sum(together) < len(together)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.lists(st.sampled_from(["the", "vote", "is", "f***", "late", "now"]), max_size=6),
        min_size=1,
        max_size=12,
    ),
    st.data(),
)
def test_a_pair_task_carries_each_of_its_nodes_words_and_speaker(
    texts: list[list[str]], data: st.DataObject
) -> None:
    from framediff.corpus.verify import pair_task

    vocab = vocabulary([tuple(t) for t in texts])
    node = st.integers(0, len(texts) - 1)
    chosen = data.draw(st.lists(st.tuples(node, node), min_size=1, max_size=20))
    pairs = np.asarray(chosen, dtype=np.int64)
    speakers = [f"s{n % 3}" if n % 4 else None for n in range(len(texts))]
    task = pair_task(pairs, vocab, speakers)
    assert task.nodes.tolist() == sorted({n for pair in chosen for n in pair})
    assert task.nodes[task.pairs].tolist() == [list(p) for p in chosen]
    assert list(task.vocabulary) == sorted(set(task.vocabulary), key=vocab.words.index)
    for local, corpus_node in enumerate(task.nodes.tolist()):
        assert task.words(local) == tuple(texts[corpus_node])
        assert task.speakers[local] == speakers[corpus_node]


def test_in_a_corpus_a_name_shared_at_the_seam_of_two_remarks_joins_nothing() -> None:
    from framediff.align.utterance import same_words
    from framediff.options import AlignOptions

    ending = canonical_words("The vote on the levy belongs to Councillor Ines Marwick")
    starting = canonical_words("Councillor Ines Marwick told the board she would not run")
    # A comparison of one story joins them (three rare words overlap) ...
    assert same_words(ending, starting, different_speakers=False, options=AlignOptions())
    # ... a corpus, where a name of the day is in hundreds of other texts, does not.
    with LocalEngine(1) as engine:
        grouped = group_quotations([ending, starting], [None, None], engine=engine)
    assert grouped.labels.tolist() == [0, 1]


def _minhash_pairs(texts: list[str], **options: int) -> set[tuple[int, int]]:
    from framediff.corpus.minhash import minhash_pairs

    found = minhash_pairs(
        vocabulary([canonical_words(t) for t in texts]),
        options=CorpusOptions(blocking="minhash", **options),  # type: ignore[arg-type]
    )
    assert all(a < b for a, b in found.tolist())
    return {(int(a), int(b)) for a, b in found.tolist()}


def test_minhash_blocking_finds_cuts_and_narrow_bands_find_short_ones() -> None:
    whole = (
        "We will not stand by while our neighbours are attacked, and we will keep every "
        "promise we have made to the people of Estonia, Latvia and Lithuania this winter"
    )
    texts = [
        whole,
        "and we will keep every promise we have made to the people of Estonia",  # J = 0.5
        "keep every promise we have made",  # 4 of the whole's 24 distinctive shingles
        "The ferry to Helsinki was cancelled because of the storm on Tuesday",
    ]
    assert {(0, 1), (1, 2)} <= _minhash_pairs(texts)
    assert not any(3 in pair for pair in _minhash_pairs(texts))
    # One band of one row per shingle it could hold: every shared shingle is seen.
    assert _minhash_pairs(texts, minhash_bands=64, minhash_rows=1) == {(0, 1), (0, 2), (1, 2)}
    # One band of four rows, the near-duplicate setting, needs most shingles to agree.
    assert _minhash_pairs(texts, minhash_bands=1, minhash_rows=4) == set()


def test_minhash_blocking_finds_the_families_compare_finds(
    seed_articles: dict[str, Article],
) -> None:
    articles = list(seed_articles.values())
    expected = _families(articles)
    assert expected
    assert _families(articles, options=CorpusOptions(blocking="minhash")) == expected


def test_index_with_minhash_and_parquet_writes_the_same_tables(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    database = tmp_path / "corpus.db"
    folder = tmp_path / "parquet"
    result = runner.invoke(
        app,
        [
            *("index", str(STORY), "-o", str(database), "--workers", "1"),
            *("--blocking", "minhash", "--parquet", str(folder)),
        ],
    )
    assert result.exit_code == 0, result.output
    with sqlite3.connect(database) as db:
        for table in ("articles", "quotations", "families", "members", "attributions"):
            rows = db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
            assert rows, table
            assert pq.read_table(folder / f"{table}.parquet").num_rows == rows, table
        shared = db.execute("SELECT COUNT(*) FROM families WHERE outlets > 1").fetchone()[0]
    assert shared
    assert not list(folder.glob(".*partial"))


def test_parquet_without_pyarrow_is_one_line_and_no_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "pyarrow", None)
    result = runner.invoke(
        app,
        [
            *("index", str(STORY), "-o", str(tmp_path / "c.db"), "--workers", "1"),
            *("--parquet", str(tmp_path / "pq")),
        ],
    )
    assert result.exit_code != 0
    assert "pip install 'framediff[parquet]'" in result.output
    assert "Traceback" not in result.output


def test_a_family_is_credited_to_the_person_most_credit_whatever_the_form() -> None:
    from collections import Counter

    from framediff.corpus.indexer import family_speaker

    credits = Counter({"Biden": 3, "Joe Biden": 1, "Donald Trump": 2, "Trump": 1})
    # Biden by four credits against Trump's three, named in full.
    assert family_speaker(credits) == "Joe Biden"
    # A bare surname counts with the first full name it fits; two given names stay apart.
    assert family_speaker(Counter({"Hunter Biden": 1, "Joe Biden": 1, "Biden": 1})) == (
        "Hunter Biden"
    )
    assert family_speaker(Counter()) is None
