"""Loading every kind of input, and refusing bad input with one clear line."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from framediff.attribution.quotations import extract_quotes
from framediff.cli import app
from framediff.errors import EncodingError, InputError
from framediff.ingest.decode import decode_bytes
from framediff.ingest.load import load_articles
from tests.conftest import ROOT, STORY

PAGES = ROOT / "tests" / "data" / "pages"
SEED = STORY / "003_e10f0307fb1c42ac.txt"

runner = CliRunner()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252"])
def test_encodings_give_the_same_article(tmp_path: Path, encoding: str) -> None:
    text = SEED.read_text(encoding="utf-8")
    path = tmp_path / f"article-{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    (article,) = load_articles([str(path)])
    (reference,) = load_articles([str(SEED)])
    assert article.text == reference.text
    assert article.encoding == {"utf-16-le": "utf-16-le"}.get(encoding, article.encoding)
    assert "“So my question is, what’s the problem?" in article.text


def test_cp1252_is_named_and_not_confused_with_central_european() -> None:
    data = "The café’s “owner” said — naïvely — it was fine.".encode("cp1252")
    text, encoding = decode_bytes(data, name="x")
    assert encoding == "cp1252"
    assert text == "The café’s “owner” said — naïvely — it was fine."


def test_an_explicit_encoding_wins(tmp_path: Path) -> None:
    path = tmp_path / "polish.txt"
    path.write_bytes(
        "Premier powiedział: „Nie zestrzelimy rakiet”.\n\nTo wszystko.".encode("cp1250")
    )
    (article,) = load_articles([str(path)], options=_options(encoding="cp1250"))
    assert "„Nie zestrzelimy rakiet”" in article.text


def _options(**load: object):  # type: ignore[no-untyped-def]
    from framediff.options import LoadOptions, Options

    return Options(load=LoadOptions(**load))  # type: ignore[arg-type]


def test_front_matter_and_inferred_title(tmp_path: Path) -> None:
    path = tmp_path / "piece.txt"
    path.write_text(
        "---\noutlet: Example Ledger\ndate: 2024-08-04\nurl: https://example.org/a\n---\n"
        "Zelensky wants a coalition\n\nKyiv will discuss it with NATO, Zelensky said.\n",
        encoding="utf-8",
    )
    (article,) = load_articles([str(path)])
    assert (article.id, article.outlet, article.date, article.url) == (
        "piece",
        "Example Ledger",
        "2024-08-04",
        "https://example.org/a",
    )
    assert article.title == "Zelensky wants a coalition"
    assert article.body == "Kyiv will discuss it with NATO, Zelensky said."


def test_a_header_of_known_keys_without_fences_is_metadata(tmp_path: Path) -> None:
    # As article databases and e-mailed copies print it above the story.
    path = tmp_path / "piece.txt"
    path.write_text(
        "Headline: 'I never planned to run': the mayor-elect on her win\n"
        "Source: City Weekly\nDate: 4 November 2025\n\n"
        "Jo Whitaker won by 212 votes.\n\n“I never planned to run,” Whitaker said.\n",
        encoding="utf-8",
    )
    (article,) = load_articles([str(path)])
    assert (article.title, article.outlet, article.date) == (
        "'I never planned to run': the mayor-elect on her win",
        "City Weekly",
        "4 November 2025",
    )
    # The title is the headline; the story's own first line is its first paragraph.
    assert article.paragraphs[0].role == "headline"
    assert article.text[article.paragraphs[1].start :].startswith("Jo Whitaker won by 212 votes.")
    speakers = {q.speaker for q in extract_quotes(article) if q.paragraph > 0}
    assert speakers == {"Jo Whitaker"}


@pytest.mark.parametrize(
    "opening",
    [
        # Not a header: an unknown key, no blank line after it, or a story's own first line.
        "Warning: the bridge is closed to traffic until further notice.\n\n",
        "Source: a person close to the talks said the deal was near.\nIt was not.\n\n",
    ],
)
def test_a_first_line_that_is_no_header_stays_in_the_story(opening: str, tmp_path: Path) -> None:
    path = tmp_path / "piece.txt"
    path.write_text(opening + "The council met on Monday, the mayor said.\n", encoding="utf-8")
    (article,) = load_articles([str(path)])
    assert article.outlet is None
    assert opening.split("\n")[0] in article.raw_text


def test_markdown_is_read_as_the_words_a_reader_sees(tmp_path: Path) -> None:
    path = tmp_path / "piece.md"
    path.write_text(
        "# Zelensky wants a coalition\n\n![Zelensky](img.jpg)\n\n"
        "Kyiv will **discuss** it with [NATO](https://nato.int), Zelensky said.\n",
        encoding="utf-8",
    )
    (article,) = load_articles([str(path)])
    assert article.title == "Zelensky wants a coalition"
    assert article.body == "Kyiv will discuss it with NATO, Zelensky said."


def test_jsonl_corpus(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    records = [
        {
            "id": "a",
            "outlet": "One",
            "title": "Headline one",
            "date": "2024-05-28",
            "url": "https://one.example/a",
            "text": "“Shoot them down,” Zelensky said.\nHe added more.",
        },
        {
            "id": "b",
            "outlet": "Two",
            "title": "Headline two",
            "text": "Zelensky asked NATO for help.",
        },
    ]
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n\n", encoding="utf-8")
    articles = load_articles([str(path)])
    assert [a.id for a in articles] == ["a", "b"]
    assert articles[0].title == "Headline one"
    assert articles[0].text.startswith("Headline one\n\n“Shoot them down,” Zelensky said.")
    assert articles[0].paragraphs[0].role == "headline"
    assert articles[1].url is None and articles[1].source_format == "jsonl"


def test_jsonl_bad_line_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    path.write_text('{"text": "fine"}\n{not json}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"line 2: not valid JSON"):
        load_articles([str(path)])


def test_saved_html_page() -> None:
    (article,) = load_articles([str(PAGES / "kyiv-coalition.html")])
    assert article.title == "Ukraine wants coalition to down Russian missiles, Zelensky says"
    assert (article.outlet, article.date, article.author) == (
        "Example Ledger",
        "2024-08-04",
        "Maria Example",
    )
    body = article.body
    assert body.startswith("Kyiv will discuss with NATO the creation of a coalition")
    assert "“a very big responsibility”" in body
    assert "“out of the question.”" in body
    for furniture in (
        "Subscribe",
        "Most read",
        "newsletter",
        "All rights reserved",
        "Read more:",
        "analytics",
        "Another story entirely",
    ):
        assert furniture not in body


def test_hostile_html_loses_its_markup() -> None:
    (article,) = load_articles([str(PAGES / "hostile.html")])
    assert "alert(" not in article.text.replace("javascript:alert(2)", "")
    assert "<img" not in article.text and "onerror" not in article.text
    assert "The opposition leader said she would respond on Tuesday" in article.text


def test_story_folder_reads_story_toml() -> None:
    articles = load_articles([str(STORY)])
    assert [a.id for a in articles] == sorted(p.stem for p in STORY.glob("*.txt"))
    outlets = {a.id[:3]: a.outlet for a in articles}
    assert outlets == {
        "000": "The Kyiv Independent",
        "001": "Euromaidan Press",
        "002": "Euromaidan Press",
        "003": "Antiwar.com",
        "004": "Tampa Free Press",
    }
    # The story's title from story.toml names the story in reports.
    assert all(a.story and a.story.startswith("Should NATO shoot down") for a in articles)
    assert articles[3].author == "Dave DeCamp"


def test_duplicate_ids_are_made_unique(tmp_path: Path) -> None:
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        shutil.copy(SEED, tmp_path / name / "same.txt")
    articles = load_articles([str(tmp_path / "a"), str(tmp_path / "b")])
    assert [a.id for a in articles] == ["same", "same-2"]


# --- bad input: the whole matrix is in tests/test_bad_input.py ----------------------


def test_undecodable_file_can_be_read_with_encoding(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes("Premier powiedział, że „rakiety” spadły.".encode("cp1250"))
    with pytest.raises(EncodingError):
        decode_bytes(bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D]) * 20, name="x")
    result = runner.invoke(app, ["clean", str(path), "--encoding", "cp1250"])
    assert result.exit_code == 0, result.stderr
    assert "„rakiety”" in result.stdout


def test_jsonl_strings_may_hold_line_separators(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    record = {"id": "a", "title": "Headline", "text": "First\u2028half and\u0085second half."}
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    (article,) = load_articles([str(path)])
    assert article.id == "a" and "second half" in article.text


def test_metadata_must_be_text(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    path.write_text(json.dumps({"title": {"a": 1}, "text": "Words."}) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"line 1: title must be text"):
        load_articles([str(path)])


def test_removed_lines_count_the_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "piece.txt"
    path.write_text(
        "---\noutlet: Example\n---\nA headline\n\nRead: another story\n\n"
        "The minister said the bridge would open on Monday.\n",
        encoding="utf-8",
    )
    (article,) = load_articles([str(path)])
    (removal,) = article.removed
    assert removal.rule == "cross-link"
    assert path.read_text(encoding="utf-8").split("\n")[removal.line - 1] == removal.text


def test_control_characters_never_reach_a_report(tmp_path: Path) -> None:
    path = tmp_path / "escape.txt"
    path.write_text(
        "A headline\x1b]0;pwned\x07\n\nThe minister\x1b[2J said “we will build it,” on Monday.\n",
        encoding="utf-8",
    )
    (article,) = load_articles([str(path)])
    assert "\x1b" not in article.text and "\x07" not in article.text
    assert article.title == "A headline]0;pwned"


def test_a_saved_page_gives_the_writer_without_the_role_and_drops_a_box_label() -> None:
    """A page's author field may carry the role as a byline does ("Jane Doe; Education
    correspondent"); an "ALSO READ" box whose markup is gone leaves its label and headline
    with nothing between, and both go."""
    (page,) = load_articles([str(PAGES / "uk-education.html")])
    assert page.author == "Jane Doe"
    assert 'A spokesperson said: "We urge the union to return to talks."' in page.text
    (flood,) = load_articles([str(PAGES / "in-flood-relief.html")])
    assert "ALSO READ" not in flood.text
    assert '"We will raise this in Parliament," Gogoi said.' in flood.text
    assert any(r.rule == "cross-link" and r.text.startswith("ALSO READ") for r in flood.removed)
