"""``framediff serve``: the API and the page, through Starlette's test client."""

from __future__ import annotations

import json
import re

import pytest
from starlette.testclient import TestClient
from typer.testing import CliRunner

from framediff.cli import app as cli_app
from framediff.compare import compare
from framediff.ingest.load import load_articles
from framediff.render.markdown import render_markdown
from tests.conftest import STORY
from tests.serve_support import AUTH, BASE, INTERVIEW, TOKEN, interview_articles, make_app


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(make_app(), base_url=BASE)  # type: ignore[arg-type]


def _compare(client: TestClient, format: str) -> str:
    response = client.post(
        "/api/compare", json={"articles": interview_articles(), "format": format}, headers=AUTH
    )
    assert response.status_code == 200, response.text
    return response.text


def test_api_answers_in_each_format_what_the_cli_prints(client: TestClient) -> None:
    report = json.loads(_compare(client, "json"))
    shared = [f for f in report["quote_families"] if f["shared"]]
    assert len(shared) == 1
    assert "And give us the weapons" in shared[0]["text"]
    markdown = _compare(client, "markdown")
    assert "And give us the weapons" in markdown and markdown.startswith("# How 2 outlets")
    html = _compare(client, "html")
    assert html.startswith("<!DOCTYPE html>") and "How to read the differences" in html


def test_the_page_view_marks_the_sentence_only_one_outlet_quotes(client: TestClient) -> None:
    view = _compare(client, "view")
    marked = re.findall(r"<ins class=\"diff\"[^>]*>(.*?)</ins>", view)
    weapons = [m for m in marked if "And give us the weapons" in m]
    # Once beside the Tampa Free Press column and once in the inline pair line, in words.
    assert len(weapons) == 2
    assert all("only in Tampa Free Press: </span>" in m for m in weapons)
    assert "Antiwar.com → Tampa Free Press" in view
    assert '<del class="diff"' in view and "So my question is, " in view


def test_uploads_are_read_like_files(client: TestClient) -> None:
    (antiwar, text_a), (tampa, text_b) = INTERVIEW
    files = [
        ("file", ("antiwar.txt", text_a.encode("utf-8"), "text/plain")),
        ("file", ("tampa.md", text_b.encode("cp1252", errors="replace"), "text/markdown")),
    ]
    data = {"outlet": [antiwar, tampa], "text": ["", ""], "format": "markdown"}
    response = client.post("/api/compare", data=data, files=files, headers=AUTH)
    assert response.status_code == 200, response.text
    assert "And give us the weapons" in response.text
    assert "Tampa Free Press" in response.text


def test_pasted_articles_give_the_report_their_files_give(client: TestClient) -> None:
    paths = [str(STORY / "003_e10f0307fb1c42ac.txt"), str(STORY / "004_e3e60bfa29fad391.txt")]
    from_files = load_articles(paths)
    expected = compare(from_files)
    pasted = _compare(client, "json")
    assert [f["text"] for f in json.loads(pasted)["quote_families"]] == [
        f.text for f in expected.families
    ]
    assert render_markdown(expected).count("##") == _compare(client, "markdown").count("##")


@pytest.mark.parametrize(
    ("payload", "status", "message"),
    [
        (
            {"articles": [{"text": INTERVIEW[0][1]}]},
            400,
            "compare needs at least two articles, got 1: give two or more files",
        ),
        ({"articles": "no"}, 400, 'the request must be a JSON object with an "articles" list'),
        (
            {"articles": [{"text": "a"}, {"text": 5}]},
            400,
            "article 2: text must be text, not int",
        ),
        (
            {"articles": interview_articles(), "format": "pdf"},
            400,
            "format must be one of json, markdown, html, view, not 'pdf'",
        ),
        (
            {"articles": [{"text": "a"}, {"url": "intranet"}]},
            400,
            "article 2: 'intranet' is not a web address",
        ),
        (
            {
                "articles": [
                    {"text": INTERVIEW[0][1]},
                    {"text": "<html><body></body></html>", "filename": "a.html"},
                ]
            },
            400,
            "article 2: found no article text in this HTML page",
        ),
    ],
)
def test_bad_input_gets_the_one_line_message_and_a_4xx(
    client: TestClient, payload: object, status: int, message: str
) -> None:
    response = client.post("/api/compare", json=payload, headers=AUTH)
    assert response.status_code == status
    body = response.json()
    assert body["status"] == status
    assert body["error"].startswith(message), body["error"]
    assert "\n" not in body["error"]


def test_the_api_message_is_the_cli_message(client: TestClient, tmp_path) -> None:  # type: ignore[no-untyped-def]
    lone = tmp_path / "lone.txt"
    lone.write_text(INTERVIEW[0][1], encoding="utf-8")
    cli = CliRunner().invoke(cli_app, ["compare", str(lone)])
    api = client.post("/api/compare", json={"articles": [{"text": INTERVIEW[0][1]}]}, headers=AUTH)
    assert cli.stderr.strip() == f"framediff: error: {api.json()['error']}"


def test_other_content_types_are_refused(client: TestClient) -> None:
    response = client.post(
        "/api/compare", content=b"hello", headers={**AUTH, "content-type": "text/plain"}
    )
    assert response.status_code == 415
    assert "send the articles as JSON" in response.json()["error"]
    response = client.post(
        "/api/compare", content=b"{", headers={**AUTH, "content-type": "application/json"}
    )
    assert response.status_code == 400 and "not valid JSON" in response.json()["error"]


def test_the_page_offers_the_bundled_story_and_loads_it(client: TestClient) -> None:
    page = client.get(f"/?token={TOKEN}")
    assert page.status_code == 200
    assert 'data-story="nato-shootdown-2024"' in page.text
    story = client.get("/api/stories/nato-shootdown-2024", headers=AUTH).json()
    assert [a["outlet"] for a in story["articles"]][3:] == ["Antiwar.com", "Tampa Free Press"]
    assert story["articles"][4]["text"].startswith("Zelenskyy Says NATO Needs To")
    missing = client.get("/api/stories/nothing", headers=AUTH)
    assert missing.status_code == 404


def test_every_asset_of_the_page_is_served_from_the_package(client: TestClient) -> None:
    page = client.get(f"/?token={TOKEN}").text
    links = re.findall(r'(?:src|href|action)="([^"]*)"', page)
    assert links and all(link.startswith(("/", "data:")) for link in links), links
    assert "<script>" not in page and "style=" not in page  # nothing inline for the CSP
    for asset in ("/static/page.js", "/static/page.css"):
        served = client.get(asset)
        assert served.status_code == 200
        assert "http://" not in served.text and "https://" not in served.text
        assert "@import" not in served.text and "url(" not in served.text


def test_serve_without_the_extra_says_what_to_install(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import builtins

    real_import = builtins.__import__

    def no_uvicorn(name: str, *args, **kwargs):  # type: ignore[no-untyped-def]
        if name == "uvicorn" or name.startswith("starlette"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    import sys

    for module in [m for m in sys.modules if m.startswith("framediff.serve")]:
        monkeypatch.delitem(sys.modules, module)
    monkeypatch.setattr(builtins, "__import__", no_uvicorn)
    result = CliRunner().invoke(cli_app, ["serve"])
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        "framediff: error: the page needs the serve extra: pip install 'framediff[serve]'"
    )


@pytest.mark.parametrize(
    ("lesson_format", "media_type", "extension"),
    [
        ("markdown", "text/markdown; charset=utf-8", "md"),
        ("html", "text/html; charset=utf-8", "html"),
        ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    ],
)
def test_the_lesson_kit_downloads_at_a_chosen_level(
    client: TestClient, lesson_format: str, media_type: str, extension: str
) -> None:
    from framediff.lesson import lesson_documents

    expected = lesson_documents(
        compare(
            load_articles(
                [str(STORY / "003_e10f0307fb1c42ac.txt"), str(STORY / "004_e3e60bfa29fad391.txt")]
            )
        ),
        level="middle",
        format=lesson_format,
    )
    for part in ("worksheet", "key"):
        response = client.post(
            "/api/lesson",
            json={
                "articles": interview_articles(),
                "part": part,
                "level": "middle",
                "lesson_format": lesson_format,
            },
            headers=AUTH,
        )
        assert response.status_code == 200, response.text
        assert response.headers["content-type"] == media_type
        assert response.headers["content-disposition"] == (
            f'attachment; filename="framediff-{part}-middle.{extension}"'
        )
        if lesson_format == "markdown":
            # Pasted text and files give the same kit, once the file names are set aside.
            mine = getattr(expected, part).decode()
            assert response.text.count("\n") == mine.count("\n")
            assert ("Tampa Free Press" in response.text) == ("Tampa Free Press" in mine)


def test_lesson_errors_are_one_line(client: TestClient) -> None:
    unrelated = [
        {"text": "The cat sat on the mat. “Meow,” it said.", "outlet": "A"},
        {"text": "Markets fell on Tuesday. “Sell,” a trader said.", "outlet": "B"},
    ]
    response = client.post("/api/lesson", json={"articles": unrelated}, headers=AUTH)
    assert response.status_code == 400
    assert response.json()["error"].startswith("2 articles have too little in common")
    response = client.post(
        "/api/lesson",
        json={"articles": interview_articles(), "level": "kindergarten"},
        headers=AUTH,
    )
    assert response.status_code == 400
    assert response.json()["error"] == (
        "level must be one of middle, high, college, not 'kindergarten'"
    )


def test_the_command_prints_the_address_to_open_first_and_serves_it() -> None:
    import urllib.error
    import urllib.request

    from tests.serve_support import running_server

    with running_server() as url:
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+/\?token=[\w-]{20,}", url)
        with urllib.request.urlopen(url, timeout=10) as response:
            assert response.status == 200
            assert "framediff_token=" in response.headers["set-cookie"]
            assert b'<script src="/static/page.js" defer>' in response.read()
        without_token = url.split("?")[0]
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(without_token, timeout=10)
        assert refused.value.code == 403


def test_an_original_statement_becomes_the_base_text(client: TestClient) -> None:
    transcript = (
        "Transcript\n\n“So my question is, what’s the problem? Why can’t we shoot them down? "
        "Is it defense? Yes. Is it an attack on Russia? No. Are you shooting down Russian "
        "planes and killing Russian pilots? No. So, what’s the issue with involving NATO "
        "countries in the war? There is no such issue. Shoot down what’s in the sky over "
        "Ukraine. And give us the weapons to use against Russian forces on the borders.”\n"
    )
    plain = json.loads(_compare(client, "json"))
    assert "original" not in plain or plain["original"] is None
    response = client.post(
        "/api/compare",
        json={"articles": interview_articles(), "original": {"text": transcript}},
        headers=AUTH,
    )
    assert response.status_code == 200, response.text
    report = response.json()
    assert report["original"]["title"] == "Transcript"
    form = client.post(
        "/api/compare",
        data={
            "text": [text for _, text in INTERVIEW],
            "outlet": [outlet for outlet, _ in INTERVIEW],
            "original": transcript,
            "format": "json",
        },
        headers=AUTH,
    )
    assert form.json()["original"] == report["original"]
